// The browser helpers in headless Chromium: renderAll renders embedded markdown in place (and
// reports a broken block without stopping), applyHead adds our tags and on a second call
// replaces exactly those, leaving the host page's own head tags alone.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { start } from "./browser.mjs";

let env;
before(async () => (env = await start()));
after(() => env?.close());

test("renderAll and applyHead", async () => {
  const page = await env.browser.newPage();
  await page.goto(`${env.base}/tests/browser/helpers.html`);
  await page.waitForSelector("body[data-ready=true]", { state: "attached" });
  const result = await page.evaluate(async () => {
    const { renderAll, applyHead, render } = window.pagemark;
    const rendered = renderAll(undefined, { site: { baseUrl: "https://example.com" } });
    const divs = renderAll(".md");
    applyHead(rendered[0].page);
    const once = document.head.innerHTML;
    const canonical = document.querySelector("link[rel=canonical][data-pagemark]")?.href;
    applyHead(rendered[0].page);
    const twice = document.head.innerHTML;
    applyHead({ headTags: [
      { tag: "script", attrs: { src: "/x.js" } },
      { tag: "link", attrs: { rel: "stylesheet", href: "/evil.css" } },
      { tag: "base", attrs: { href: "https://evil.example/" } },
      { tag: "script", attrs: { type: "module" }, text: "__xss(2)" },
      { tag: "script", attrs: {}, text: "__xss(3)" },
      { tag: "style", attrs: {}, text: "body{display:none}" },
      { tag: "meta", attrs: { name: "x", content: "y", "http-equiv": "refresh" } },
    ] });
    const smuggled = {
      applied: [...document.querySelectorAll("[data-pagemark]")].map((e) => e.outerHTML),
    };
    const thrown = [];
    for (const bad of [{}, { headTags: "x" }, { headTags: [{ tag: 1 }] }]) {
      try { applyHead(bad); thrown.push(null); } catch (e) { thrown.push(`${e.name} ${e.code}`); }
    }
    applyHead(render("---\ntitle: Second page\n---\nx"));
    await new Promise((r) => setTimeout(r, 300));
    return {
      count: rendered.length,
      first: { tag: rendered[0].element.tagName, className: rendered[0].element.className, html: rendered[0].element.innerHTML },
      error: { code: rendered[1].error?.code, line: rendered[1].error?.line, stillThere: rendered[1].element.isConnected, tag: rendered[1].element.tagName },
      div: divs[0].element.innerHTML,
      scriptsLeft: document.querySelectorAll('main script[type="text/markdown"]').length,
      onceEqualsTwice: once === twice,
      ours: once.match(/data-pagemark/g).length,
      canonical,
      hostDescription: document.querySelector('meta[name=description]:not([data-pagemark])')?.content,
      hostStylesheet: !!document.querySelector('link[rel=stylesheet]'),
      finalTitle: document.title,
      finalOurs: document.querySelectorAll("[data-pagemark]").length,
      finalCanonical: document.querySelectorAll("link[rel=canonical]").length,
      ldScripts: document.querySelectorAll('script[type="application/ld+json"]').length,
      hits: window.__hits,
      smuggled,
      thrown,
    };
  });
  assert.equal(result.count, 2);
  assert.equal(result.first.tag, "DIV");
  assert.equal(result.first.className, "pagemark");
  assert.match(result.first.html, /<h1 id="embedded">Embedded<\/h1>/);
  assert.match(result.first.html, /<strong>markdown<\/strong>/);
  assert.doesNotMatch(result.first.html, /onerror/);
  assert.deepEqual(result.error, { code: "invalid-yaml", line: 2, stillThere: true, tag: "SCRIPT" });
  assert.equal(result.div, "<p>Plain <em>div</em> content</p>\n");
  assert.equal(result.scriptsLeft, 1, "only the broken block is left as it was");
  assert.ok(result.onceEqualsTwice, "applying twice leaves one set of our tags");
  assert.ok(result.ours >= 8);
  assert.equal(result.canonical, "https://example.com/embedded");
  assert.equal(result.hostDescription, "The host page's own description", "the host's tags are untouched");
  assert.ok(result.hostStylesheet);
  assert.equal(result.finalTitle, "Second page");
  assert.equal(result.finalCanonical, 0, "the second page has no URL, so the first page's canonical is gone");
  assert.equal(result.ldScripts, 1);
  assert.deepEqual(result.hits, []);
  assert.deepEqual(result.smuggled.applied, ['<meta name="x" content="y" data-pagemark="">'], "only a meta's own attributes");
  assert.deepEqual(result.thrown, Array(3).fill("PagemarkError invalid-argument"));
  await page.close();
});

// applyHead's allowlist admits every tag `render` builds, with all its attributes (a page with
// every kind: meta by name and property, canonical and alternate links, JSON-LD), and a page's
// tags are checked before any is applied.
test("applyHead applies every tag render builds, whole", async () => {
  const page = await env.browser.newPage();
  await page.goto(`${env.base}/tests/browser/helpers.html`);
  await page.waitForSelector("body[data-ready=true]", { state: "attached" });
  const result = await page.evaluate(() => {
    const { render, applyHead } = window.pagemark;
    const rendered = render(
      "---\ntitle: T\ndescription: D\ndate: 2025-01-02\nimage: /i.png\ntranslations:\n  fr: /fr/\n---\nx",
      { site: { baseUrl: "https://example.com", name: "Site" } },
    );
    applyHead(rendered);
    const missing = rendered.headTags
      .filter((t) => t.tag !== "title")
      .filter((t) => ![...document.head.querySelectorAll(`${t.tag}[data-pagemark]`)].some((el) =>
        Object.entries(t.attrs).every(([k, v]) => el.getAttribute(k) === v) &&
        el.attributes.length === Object.keys(t.attrs).length + 1 &&
        (t.text == null || el.textContent === t.text)));
    const before = document.head.innerHTML;
    let code;
    try {
      applyHead({ headTags: [{ tag: "meta", attrs: { name: "a", content: "b" } }, { tag: "meta" }] });
    } catch (e) {
      code = e.code;
    }
    return {
      kinds: [...new Set(rendered.headTags.map((t) => t.tag))].sort(),
      count: rendered.headTags.length,
      missing,
      title: document.title,
      code,
      untouched: document.head.innerHTML === before,
    };
  });
  assert.deepEqual(result.kinds, ["link", "meta", "script", "title"]);
  assert.ok(result.count >= 12, `${result.count} tags`);
  assert.deepEqual(result.missing, []);
  assert.equal(result.title, "T");
  assert.equal(result.code, "invalid-argument");
  assert.ok(result.untouched, "a list with one bad tag applies none");
  await page.close();
});
