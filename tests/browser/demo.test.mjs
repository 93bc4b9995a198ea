// The demo page in a real browser: it loads the package, renders the seed in a Web Worker (or on
// the main thread where no worker can start), and re-renders live on every keystroke, including
// through invalid intermediate states; every tab at phone and desktop widths, light and dark.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync } from "node:fs";
import { start } from "./browser.mjs";

let env;
before(async () => {
  env = await start();
  mkdirSync("target/screenshots", { recursive: true });
});
after(() => env?.close());

// Rendering is asynchronous (a worker): wait until the latest text has been rendered.
const settled = (page) => page.waitForSelector("body[data-ready=true][data-busy=false]");

/** The demo at `query`, rendered; `errors` collects the page's uncaught errors. */
async function openDemo({ width = 1440, height = 900, query = "" } = {}) {
  const page = await env.browser.newPage({ viewport: { width, height } });
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(`${env.base}/www/${query}`);
  await settled(page);
  return { page, errors };
}

test("the demo renders the seed and follows the editor", async () => {
  const { page, errors } = await openDemo();
  // A worker is there for long documents; a short one renders on the main thread.
  assert.equal(await page.getAttribute("body", "data-worker"), "yes");
  assert.equal(await page.getAttribute("body", "data-engine"), "main thread");

  const seed = await page.evaluate(() => ({
    items: [...document.querySelectorAll("#preview ol > li")].map((li) => li.querySelector("strong")?.textContent),
    h1: document.querySelector("#preview h1")?.textContent,
    byline: document.querySelector("#preview .pagemark-byline")?.textContent,
  }));
  // The tabs are filled when shown: the head is there once its tab is opened.
  assert.equal(await page.locator("#head").textContent(), "");
  await page.click("[role=tab][data-tab=head]");
  seed.head = await page.locator("#head").textContent();
  await page.click("[role=tab][data-tab=preview]");
  assert.deepEqual(seed.items, [
    "Tailored Interventions",
    "Increased Effectiveness",
    "Addressing Complex Issues",
    "Flexibility in Treatment",
    "Enhanced Client Engagement",
    "Improved Therapeutic Alliance",
  ]);
  assert.equal(seed.h1, "How does the integration of therapeutic approaches enhance treatment effectiveness?");
  assert.equal(seed.byline, "Posted on Jan 26, 2025 by QuickTakes");
  assert.match(seed.head, /<title>QuickTakes \| Education studies<\/title>/);
  await page.screenshot({ path: "target/screenshots/demo-seed-1440.png" });

  // Every tab, at desktop and phone widths, in both colour schemes; nothing wider than the page.
  for (const scheme of ["light", "dark"]) {
    await page.emulateMedia({ colorScheme: scheme });
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    assert.equal(background, scheme === "dark" ? "rgb(20, 23, 29)" : "rgb(255, 255, 255)", scheme);
    for (const width of [1440, 375]) {
      await page.setViewportSize({ width, height: width === 375 ? 812 : 900 });
      for (const tab of ["preview", "search", "social", "head", "meta", "data", "warnings"]) {
        await page.click(`[role=tab][data-tab=${tab}]`);
        assert.equal(await page.locator(`[data-panel=${tab}]`).isVisible(), true, tab);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        assert.ok(overflow <= 0, `${tab} at ${width}px ${scheme}: ${overflow}px of horizontal overflow`);
        await page.screenshot({ path: `target/screenshots/demo-${tab}-${width}-${scheme}.png`, fullPage: width === 375 });
      }
    }
  }
  await page.emulateMedia({ colorScheme: "light" });
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.click("[role=tab][data-tab=search]");
  const serp = await page.evaluate(() => ({ title: document.querySelector("#serp-title").textContent, url: document.querySelector("#serp-url").textContent, desc: document.querySelector("#serp-desc").textContent }));
  assert.equal(serp.title, "QuickTakes | Education studies");
  assert.equal(serp.url, "https://example.com › learn › education-studies › questions › how-does-the-integration-of-therapeutic-approaches-enhance-treatment-effectiveness");
  assert.ok(serp.desc.endsWith(" …") && serp.desc.length < 200, `description cut by width: ${serp.desc}`);
  assert.equal(await page.locator("#card-title").textContent(), "How does the integration of therapeutic approaches enhance treatment effectiveness?");
  await page.click("[role=tab][data-tab=preview]");

  // Type a new document key by key: every keystroke renders, half-typed front matter included.
  await page.click("#source");
  await page.keyboard.press("Control+A");
  await page.keyboard.press("Delete");
  await page.keyboard.type("---\ntitle: Typed <live>\n---\n# Hello *world*\n\nA [link](https://example.org).", { delay: 0 });
  await settled(page);
  await page.click("[role=tab][data-tab=head]");
  const typed = await page.evaluate(() => ({
    preview: document.querySelector("#preview").innerHTML,
    head: document.querySelector("#head").textContent,
    error: document.querySelector("#error").hidden,
  }));
  assert.equal(typed.error, true, "no error is left once the document is valid");
  assert.match(typed.preview, /<h1 data-line="4" id="hello-world">Hello <em>world<\/em><\/h1>/);
  assert.match(typed.preview, /<a href="https:\/\/example.org" rel="noopener noreferrer">link<\/a>/);
  assert.match(typed.head, /<title>Typed &lt;live&gt;<\/title>/);

  await page.click("[role=tab][data-tab=preview]");
  // An error shows its line in the gutter (the unclosed `[`); fixing it recovers.
  await page.fill("#source", "---\ntitle: ok\ntags: [a\n---\nbody");
  await settled(page);
  const broken = await page.evaluate(() => ({ error: document.querySelector("#error").textContent, mark: document.querySelector("#gutter mark")?.textContent }));
  assert.match(broken.error, /^invalid-yaml: /);
  assert.equal(broken.mark, "3");
  await page.fill("#source", "---\ntitle: ok\ntags: [a]\n---\nbody");
  await settled(page);
  assert.equal(await page.locator("#error").isHidden(), true);
  assert.equal(await page.locator("#preview").innerHTML(), '<p data-line="5">body</p>\n');
  await page.screenshot({ path: "target/screenshots/demo-typed-1440.png" });

  // Image sizes from the options, the first image eager; reading time; a warning's line button
  // puts the caret on that line.
  await page.fill("#opt-images", '{"/a.png": {"width": 640, "height": 480}}');
  await page.fill("#source", "---\ntitle: Images\n---\n![First](/a.png)\n\n[nowhere](#missing) ![Second](/a.png)\n");
  await settled(page);
  const images = await page.evaluate(() =>
    [...document.querySelectorAll("#preview img")].map((i) => [i.getAttribute("width"), i.getAttribute("height"), i.loading, i.getAttribute("fetchpriority")]),
  );
  assert.deepEqual(images, [["640", "480", "auto", "high"], ["640", "480", "lazy", null]]);
  assert.equal(await page.locator("#reading").textContent(), "1 word · 1 min read");
  await page.click("[role=tab][data-tab=warnings]");
  await page.click('#warnings li[data-code="broken-fragment-link"] button.line');
  const caret = await page.evaluate(() => document.querySelector("#source").value.slice(0, document.querySelector("#source").selectionStart).split("\n").length);
  assert.equal(caret, 6);
  await page.fill("#opt-images", "{not json");
  await settled(page);
  assert.match(await page.locator("#error").textContent(), /^invalid-options: /);
  await page.fill("#opt-images", "");
  await page.click("[role=tab][data-tab=preview]");
  assert.deepEqual(errors, []);
  await page.close();
});

test("without workers the demo renders on the main thread", async () => {
  for (const [how, setup] of [
    ["no Worker constructor", (page) => page.addInitScript(() => delete window.Worker)],
    ["?engine=main", async () => {}],
  ]) {
    const page = await env.browser.newPage({ viewport: { width: 1024, height: 768 } });
    const errors = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await setup(page);
    await page.goto(`${env.base}/www/${how === "?engine=main" ? "?engine=main" : ""}`);
    await settled(page);
    assert.equal(await page.getAttribute("body", "data-worker"), "no", how);
    assert.equal(await page.getAttribute("body", "data-engine"), "main thread", how);
    assert.equal(await page.locator("#preview ol > li").count(), 6, how);
    await page.fill("#source", "# Main *thread*");
    await settled(page);
    assert.equal(await page.locator("#preview").innerHTML(), '<h1 data-line="1" id="main-thread">Main <em>thread</em></h1>\n', how);
    assert.match(await page.locator("#status").textContent(), /\(main thread\)$/);
    assert.deepEqual(errors, [], how);
    await page.close();
  }
});

test("a dropped file and the large sample render in the worker", async () => {
  const { page } = await openDemo();
  const dropped = await page.evaluateHandle(() => {
    const data = new DataTransfer();
    data.items.add(new File(["---\ntitle: Dropped file\n---\nDropped **here**."], "dropped.md", { type: "text/markdown" }));
    return data;
  });
  await page.dispatchEvent(".editor-pane", "drop", { dataTransfer: dropped });
  await page.waitForFunction(() => document.querySelector("#source").value.startsWith("---\ntitle: Dropped file"));
  await settled(page);
  assert.equal(await page.locator("#preview").innerHTML(), '<p data-line="4">Dropped <strong>here</strong>.</p>\n');
  await page.click("[role=tab][data-tab=head]");
  assert.match(await page.locator("#head").textContent(), /^<title>Dropped file<\/title>\n/);

  // The 1 MB sample: rendered off the main thread, and typing at its end re-renders it.
  await page.selectOption("#sample", "Large document (1 MB)");
  await page.waitForFunction(() => document.querySelector("#source").value.length > 900_000);
  await settled(page);
  const status = await page.locator("#status").textContent();
  assert.match(status, /^rendered [\d,]+ chars in [\d.]+ ms \(worker\)$/);
  const headings = await page.locator("#preview h2").count();
  assert.ok(headings > 10, `the large document rendered: ${headings} h2`);
  await page.focus("#source");
  await page.keyboard.press("Control+End");
  await page.keyboard.type("\n\n## Typed at the end", { delay: 0 });
  await settled(page);
  assert.equal(await page.locator("#preview h2").last().textContent(), "Typed at the end");
  // Edits in the middle cross to the worker as edits; the patched preview equals a fresh render.
  await page.evaluate(() => {
    const s = document.querySelector("#source");
    const at = s.value.indexOf("\n\n", s.value.length / 2);
    s.setSelectionRange(at, at);
  });
  await page.keyboard.type(" Mid edit\n\n# New heading", { delay: 0 });
  await page.keyboard.press("Backspace");
  await page.keyboard.press("Backspace");
  await settled(page);
  assert.match(await page.locator("#status").textContent(), /\(worker\)$/);
  const same = await page.evaluate(async () => {
    const { default: init, Renderer } = await import("../pkg/pagemark.js");
    await init();
    const fresh = document.createElement("div");
    fresh.innerHTML = new Renderer({ site: { baseUrl: "https://example.com", name: "QuickTakes" }, html: "sanitize", layout: "auto", sourcePositions: true }).render(document.querySelector("#source").value).html;
    const shown = document.querySelector("#preview");
    return fresh.childNodes.length === shown.childNodes.length && [...fresh.childNodes].every((n, i) => n.isEqualNode(shown.childNodes[i]));
  });
  assert.equal(same, true, "the patched preview equals a fresh render");
  const text = await page.locator("#preview").textContent();
  assert.ok(text.includes("Mid edit") && text.includes("New headi") && !text.includes("New heading"));
  assert.ok(Number(await page.evaluate(() => document.querySelector("#gutter").childNodes.length)) > 0);
  await page.close();
});

// The live preview on a long document (the GFM spec's own text, with its front matter): edits
// patch the preview instead of replacing it, the two panes scroll together by source line, a click
// on a block puts the caret on its line, and the block under the caret is marked.
test("the live preview patches, scrolls with the editor and follows the caret", async () => {
  const { page, errors } = await openDemo();
  await page.evaluate(async () => {
    const source = document.querySelector("#source");
    source.value = await (await fetch("../tests/fixtures/conformance/gfm/spec.txt")).text();
    source.dispatchEvent(new Event("input"));
  });
  await settled(page);
  const lineAt = (line) => page.evaluate((line) => document.querySelector("#source").value.split("\n")[line - 1], line);
  const blocks = await page.locator("#preview [data-line]").count();
  assert.ok(blocks > 1000, `${blocks} blocks`);

  // A keystroke in a paragraph far down patches that paragraph: the nodes before it are the
  // same DOM objects, and the paragraph shows the new text.
  const target = await page.evaluate(() => {
    window.firstParagraph = document.querySelector("#preview p");
    const p = [...document.querySelectorAll("#preview > p[data-line]")][300];
    window.laterParagraph = p.nextElementSibling;
    return Number(p.dataset.line);
  });
  assert.match(await lineAt(target), /^[A-Za-z]/);
  await page.evaluate((line) => {
    const source = document.querySelector("#source");
    const start = source.value.split("\n").slice(0, line - 1).join("\n").length + 1;
    const at = source.value.indexOf("\n\n", start); // the end of the paragraph
    source.focus();
    source.setSelectionRange(at, at);
  }, target);
  await page.keyboard.type(" Patched", { delay: 0 });
  await settled(page);
  const patched = await page.evaluate((line) => ({
    first: window.firstParagraph.isConnected,
    later: window.laterParagraph.isConnected,
    text: document.querySelector(`#preview > [data-line="${line}"]`).textContent,
    mark: document.querySelector("#caret-mark").dataset.line,
  }), target);
  assert.deepEqual([patched.first, patched.later], [true, true], "untouched nodes stay in place");
  assert.match(patched.text, / Patched$/);
  assert.equal(Number(patched.mark), target, "the block under the caret is marked");

  // An Enter moves the lines of every later block, in place.
  await page.keyboard.press("Enter");
  await settled(page);
  const shifted = await page.evaluate(() => ({ later: window.laterParagraph.isConnected, line: Number(window.laterParagraph.dataset.line) }));
  assert.equal(shifted.later, true);
  assert.match(await lineAt(shifted.line), /^\S/, "a later block's line still points at its start");

  // A click on a heading in the preview puts the caret on its line, and marks it.
  const heading = page.locator("#preview h2").nth(10);
  await heading.scrollIntoViewIfNeeded();
  await heading.click();
  const clicked = Number(await heading.getAttribute("data-line"));
  const caret = await page.evaluate(() => {
    const s = document.querySelector("#source");
    return s.value.slice(0, s.selectionStart).split("\n").length;
  });
  assert.equal(caret, clicked);
  assert.match(await lineAt(clicked), /^## /);
  await page.waitForFunction((line) => document.querySelector("#caret-mark").dataset.line === String(line), clicked);

  // Scrolling the editor to a heading's line brings that heading to the preview's top, and
  // scrolling the preview to another brings its line to the editor's top.
  const topBlockLine = () =>
    page.evaluate(() => {
      const panel = document.querySelector("[data-panel=preview]");
      const top = panel.getBoundingClientRect().top;
      return Number([...document.querySelectorAll("#preview [data-line]")].find((b) => b.getBoundingClientRect().bottom > top + 12)?.dataset.line);
    });
  const editorTopLine = () => page.evaluate(() => {
    const s = document.querySelector("#source");
    return Math.floor(s.scrollTop / parseFloat(getComputedStyle(s).lineHeight)) + 1;
  });
  const h2 = await page.locator("#preview h2").evaluateAll((hs) => hs.map((h) => Number(h.dataset.line)));
  await page.evaluate((line) => {
    const s = document.querySelector("#source");
    s.scrollTop = (line - 1) * parseFloat(getComputedStyle(s).lineHeight);
  }, h2[20]);
  await page.waitForTimeout(100);
  assert.equal(await topBlockLine(), h2[20]);
  await page.evaluate(() => {
    const h = document.querySelectorAll("#preview h2")[30];
    const panel = document.querySelector("[data-panel=preview]");
    panel.scrollTop += h.getBoundingClientRect().top - panel.getBoundingClientRect().top - 8;
  });
  await page.waitForTimeout(100);
  const top = await editorTopLine();
  assert.ok(Math.abs(top - h2[30]) <= 1, `editor top line ${top}, heading at ${h2[30]}`);
  await page.screenshot({ path: "target/screenshots/demo-spec-synced-1440.png" });
  assert.deepEqual(errors, []);
  await page.close();
});
