// Live-preview updates in headless Chromium: `Renderer.update` applied with `applyUpdate`
// (pagemark/dom) must leave the container equal, node by node, to a from-scratch render of the
// same source after every step of random edit sequences; and the XSS corpus, fed through the
// patch path (nodes inserted one by one), must run nothing, as through `innerHTML`.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, readdirSync } from "node:fs";
import { startHarness } from "./browser.mjs";
import { vectors } from "../xss/vectors.mjs";

const root = new URL("../../", import.meta.url);
const read = (path) => readFileSync(new URL(path, root), "utf8");

let env;
let page;
before(async () => ({ env, page } = await startHarness()));
after(() => env?.close());

/** A deterministic generator (xorshift32), so a failing sequence reproduces from its seed. */
function rng(seed) {
  let x = seed || 1;
  return (n) => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) % n;
  };
}

/** The edits an author makes, including ones that change blocks far from the caret. */
const EDITS = [
  (s, at) => s.slice(0, at) + "word " + s.slice(at), // type
  (s, at) => s.slice(0, at) + s.slice(at + 1 + (at % 7)), // delete a few characters
  (s, at) => { // delete a line
    const start = s.lastIndexOf("\n", at - 1) + 1;
    const end = s.indexOf("\n", at);
    return s.slice(0, start) + (end < 0 ? "" : s.slice(end + 1));
  },
  (s, at) => s.slice(0, at) + "\n```\n" + s.slice(at), // open (or close) a code fence
  (s, at) => s.slice(0, at) + "\n\n[far]: /somewhere\n\n" + s.slice(at) + "\n\nA [far] link.\n", // a reference definition
  (s, at) => s.slice(0, at) + "[^n]" + s.slice(at) + "\n\n[^n]: A footnote.\n", // a footnote
  (s) => s.replace(/^title: .*$/m, (t) => t + " x"), // the front matter
  (s, at) => s.slice(0, at) + "\n\n# Heading\n\n" + s.slice(at), // a heading (the TOC)
  (s, at) => s.slice(0, at) + "\n> quote\n" + s.slice(at), // a block quote
];

/** Runs in the page: each step updates, applies, and compares with a fresh render. */
function runSequence({ steps, options }) {
  const { render, Renderer, applyUpdate } = window.pagemark;
  const patched = document.getElementById("stage");
  const fresh = document.getElementById("again");
  const renderer = new Renderer(options);
  const failures = [];
  let posted = 0;
  steps.forEach((source, i) => {
    let update;
    try {
      update = renderer.update(source);
    } catch {
      return; // a broken front matter mid-typing: the preview keeps the last page
    }
    posted += JSON.stringify(update).length;
    applyUpdate(patched, update);
    fresh.innerHTML = render(source, options).html;
    const same = fresh.childNodes.length === patched.childNodes.length &&
      [...fresh.childNodes].every((node, k) => node.isEqualNode(patched.childNodes[k]));
    if (!same) {
      failures.push({ step: i, source, patched: patched.innerHTML.slice(0, 2000), fresh: fresh.innerHTML.slice(0, 2000) });
    }
  });
  renderer.free();
  return { failures, posted };
}

test("random edit sequences: the patched container equals a fresh render after every step", async () => {
  const documents = [
    read("tests/fixtures/hugo-docs-page.md"),
    read("tests/fixtures/toml-page.md"),
    read("tests/fixtures/quicktakes-therapeutic-integration.md"),
    ...readdirSync(new URL("benches/corpus/docs/", root)).slice(0, 6).map((f) => read(`benches/corpus/docs/${f}`)),
  ];
  let checked = 0;
  for (const [d, doc] of documents.entries()) {
    for (const options of [{}, { sourcePositions: true, layout: "article" }]) {
      const next = rng(7919 * (d + 1) + (options.sourcePositions ? 1 : 0));
      const steps = [doc];
      for (let i = 0; i < 40; i++) {
        const s = steps[steps.length - 1];
        steps.push(EDITS[next(EDITS.length)](s, next(s.length + 1)));
      }
      const { failures } = await page.evaluate(runSequence, { steps, options });
      assert.deepEqual(failures.slice(0, 1), [], `document ${d}, options ${JSON.stringify(options)}`);
      checked += steps.length;
    }
  }
  assert.ok(checked >= 700, `${checked} steps`);
});

test("an edit far from the rest posts a small update", async () => {
  const long = Array.from({ length: 400 }, (_, i) => `Paragraph ${i} with some words in it.`).join("\n\n");
  const edited = long.replace("Paragraph 200 ", "Paragraph 200 edited ");
  const { failures, posted } = await page.evaluate(runSequence, { steps: [long, edited], options: {} });
  assert.deepEqual(failures, []);
  assert.ok(posted < long.length * 1.5 + 2000, `${posted} bytes posted`);
  const single = await page.evaluate(({ long, edited }) => {
    const renderer = new window.pagemark.Renderer();
    renderer.update(long);
    const u = renderer.update(edited);
    renderer.free();
    return u;
  }, { long, edited });
  assert.deepEqual([single.start, single.deleteCount, single.html.length], [400, 1, 1]);
  assert.equal(single.shell, undefined);
});

test("with source positions, a new line early in a long document shifts the rest in place", async () => {
  const long = Array.from({ length: 400 }, (_, i) => `Paragraph ${i} with some words in it.`).join("\n\n");
  const steps = [long, long.replace("Paragraph 10 with", "Paragraph 10\nwith"), long.replace("Paragraph 10 with", "Paragraph 10\n\nwith"), long];
  const options = { sourcePositions: true };
  const { failures } = await page.evaluate(runSequence, { steps, options });
  assert.deepEqual(failures, []);
  const updates = await page.evaluate(({ steps, options }) => {
    const renderer = new window.pagemark.Renderer(options);
    const all = steps.map((s) => renderer.update(s));
    renderer.free();
    return all.slice(1).map((u) => [u.start, u.deleteCount, u.html.length, u.lineShift]);
  }, { steps, options });
  // One line more, then a paragraph split in two (two nodes and the text between), then back.
  assert.deepEqual(updates, [[20, 1, 1, 1], [20, 1, 3, 1], [20, 3, 1, -2]]);
});

test("the XSS corpus through the patch path runs nothing", async () => {
  const sources = vectors.map((v) => v.source);
  const result = await page.evaluate(async ({ sources }) => {
    const { Renderer, applyUpdate } = window.pagemark;
    const patched = document.getElementById("stage");
    const renderer = new Renderer({ sourcePositions: true });
    const problems = [];
    // Each vector as an edit of the page so far: the nodes it brings are spliced in one by one.
    let text = "# Start\n\nA paragraph.\n";
    for (const source of sources) {
      text = `${text}\n\n${source}\n`;
      let update;
      try {
        update = renderer.update(text);
      } catch (e) {
        problems.push(`threw ${e.code}`);
        continue;
      }
      applyUpdate(patched, update);
      for (const el of patched.querySelectorAll("*")) {
        for (const attr of el.attributes) if (attr.name.startsWith("on")) problems.push(`${el.localName}[${attr.name}]`);
        if (["script", "iframe", "object", "embed", "style", "base", "meta", "link"].includes(el.localName)) problems.push(`<${el.localName}>`);
        el.dispatchEvent(new Event("mouseover", { bubbles: true }));
        el.click?.();
      }
    }
    renderer.free();
    await new Promise((r) => setTimeout(r, 1500));
    return { problems, hits: window.__hits.splice(0) };
  }, { sources });
  assert.deepEqual(result.problems.slice(0, 10), []);
  assert.deepEqual(result.hits, []);
});
