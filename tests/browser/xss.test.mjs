// XSS in a real browser: every vector of tests/xss/vectors.mjs is rendered, inserted with
// innerHTML and through an iframe srcdoc (head tags included), and every element is focused,
// hovered and clicked. `__xss` must never be called, no `on*` attribute or unsafe URL may reach
// the DOM, nothing may clobber `window.__xss`, and the output must be stable: sanitizing what the
// browser re-serializes builds the same DOM again. A control run in `trusted` mode proves the
// harness does catch payloads that run.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { startHarness } from "./browser.mjs";
import { vectors } from "../xss/vectors.mjs";

let env;
let page;
before(async () => ({ env, page } = await startHarness()));
after(() => env?.close());

/** Runs in the page: renders, inserts, pokes; returns what went wrong for each vector. */
async function runInPage({ vectors, options, useIframe }) {
  const SAFE = new Set(["http:", "https:", "mailto:", "tel:"]);
  const stage = document.getElementById("stage");
  const again = document.getElementById("again");
  const problems = [];
  const wait = (ms) => new Promise((r) => setTimeout(r, ms));
  // Keep real navigation from leaving the page; a javascript: URL is not stopped here, so it would run.
  const guard = (e) => {
    const a = e.target.closest?.("a[href]");
    if (a && SAFE.has(new URL(a.getAttribute("href"), location.href).protocol)) e.preventDefault();
  };
  function poke(root) {
    root.addEventListener("click", guard, true);
    for (const el of root.querySelectorAll("*")) {
      for (const type of ["mouseover", "mouseenter", "pointerenter", "focus", "auxclick"]) el.dispatchEvent(new Event(type, { bubbles: true }));
      el.focus?.();
      el.click?.();
    }
    root.removeEventListener("click", guard, true);
  }
  function inspect(root, id, where) {
    for (const el of root.querySelectorAll("*")) {
      for (const attr of el.attributes) {
        if (attr.name.startsWith("on")) problems.push({ id, where, issue: `${el.localName}[${attr.name}]` });
        if (["href", "src", "action", "formaction", "xlink:href", "cite", "background", "data", "srcset"].includes(attr.name)) {
          const protocol = new URL(attr.value, location.href).protocol;
          if (!SAFE.has(protocol)) problems.push({ id, where, issue: `${el.localName}[${attr.name}=${attr.value}]` });
        }
      }
      if (["script", "iframe", "object", "embed", "svg", "math", "style", "form", "base", "meta", "link", "template"].includes(el.localName)) {
        problems.push({ id, where, issue: `<${el.localName}>` });
      }
    }
  }
  for (const v of vectors) {
    let html;
    let head = "";
    try {
      if (v.kind === "document") {
        const result = pagemark.render(v.source, options);
        html = result.html;
        head = result.head;
      } else {
        html = pagemark.renderMarkdown(v.source, options);
      }
    } catch (e) {
      problems.push({ id: v.id, where: "render", issue: `threw ${e.code}: ${e.message}` });
      continue;
    }
    stage.innerHTML = html;
    inspect(stage, v.id, "innerHTML");
    poke(stage);
    if (typeof window.__xss !== "function") problems.push({ id: v.id, where: "innerHTML", issue: "window.__xss clobbered" });
    // Stability: sanitize what the browser serialized; it must build the same DOM.
    const serialized = stage.innerHTML;
    again.innerHTML = pagemark.sanitizeHtml(serialized, options);
    if (again.innerHTML !== serialized) problems.push({ id: v.id, where: "stability", issue: `${serialized} -> ${again.innerHTML}` });
    if (useIframe) {
      const frame = document.createElement("iframe");
      const loaded = new Promise((r) => (frame.onload = r));
      frame.srcdoc = `<!doctype html><html><head><script>window.__xss=(i)=>parent.__xss(i);window.alert=(x)=>parent.__xss('alert:'+x)<\/script>${head}</head><body>${html}</body></html>`;
      document.body.append(frame);
      await loaded;
      const doc = frame.contentDocument;
      inspect(doc.body, v.id, "iframe");
      // The head holds only the harness's own script and the JSON-LD block.
      const scripts = [...doc.head.querySelectorAll("script")].slice(1);
      if (scripts.some((s) => s.type !== "application/ld+json")) problems.push({ id: v.id, where: "iframe head", issue: "script" });
      for (const el of doc.head.querySelectorAll("*")) {
        if (![...el.attributes].every((a) => !a.name.startsWith("on"))) problems.push({ id: v.id, where: "iframe head", issue: el.outerHTML });
        if (!["title", "meta", "link", "script"].includes(el.localName)) problems.push({ id: v.id, where: "iframe head", issue: el.outerHTML });
      }
      poke(doc.body);
      await wait(5);
      frame.remove();
    }
  }
  stage.innerHTML = "";
  await wait(1500); // image errors and toggles fire asynchronously
  return { problems, hits: window.__hits.splice(0) };
}

test("the corpus is large and covers every class of attack", () => {
  assert.ok(vectors.length >= 200, `${vectors.length} vectors`);
  assert.ok(new Set(vectors.map((v) => v.category)).size >= 15);
});

const base = { idPrefix: "user-content-", site: { baseUrl: "https://example.com" } };

for (const mode of ["sanitize", "escape", "strip"]) {
  test(`no vector runs in ${mode} mode (innerHTML${mode === "sanitize" ? " and iframe srcdoc" : ""})`, async () => {
    const { problems, hits } = await page.evaluate(runInPage, { vectors, options: { ...base, html: mode }, useIframe: mode === "sanitize" });
    assert.deepEqual(hits, [], `payloads ran: ${hits.join(", ")}`);
    assert.deepEqual(problems.slice(0, 10), []);
  });
}

test("control: with sanitizing off (trusted), the harness catches payloads that run", async () => {
  const raw = vectors.filter((v) => v.category === "raw event handlers");
  const { hits } = await page.evaluate(runInPage, { vectors: raw, options: { ...base, html: "trusted" }, useIframe: false });
  assert.ok(new Set(hits).size >= 10, `only ${new Set(hits).size} payloads ran unsanitized`);
});
