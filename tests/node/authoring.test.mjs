// What authors and CMS editors get beyond the markdown itself, through the JS API: reading
// metadata, image sizes and loading priority, and the warnings an editor shows with lines.
import { test } from "node:test";
import assert from "node:assert/strict";
import { render, renderMarkdown, sanitizeHtml } from "../../pkg/node.js";

test("reading metadata: words and minutes in meta, wordCount in the Article JSON-LD", () => {
  const source = "---\ntitle: Words\ndate: 2025-01-26\n---\n" + "word ".repeat(460) + "\n\n日本語";
  const page = render(source);
  assert.equal(page.meta.wordCount, 463);
  assert.equal(page.meta.readingMinutes, 3);
  assert.match(page.head, /"wordCount":463/);
  assert.equal(render(source, { wordsPerMinute: 463 }).meta.readingMinutes, 1);
  assert.throws(() => render(source, { wordsPerMinute: 0 }), (e) => e.code === "invalid-options");
});

test("images: sizes from the map, the first image eager, the rest lazy", () => {
  const images = { "/a.png": { width: 640, height: 480 }, "https://example.com/b.png": { width: 10, height: 20 } };
  const options = { images, site: { baseUrl: "https://example.com" } };
  const html = renderMarkdown("![A](/a.png)\n\n![B](/b.png) <img src=/a.png alt=raw>", options);
  assert.equal(
    html,
    '<p><img src="/a.png" alt="A" width="640" height="480" decoding="async" fetchpriority="high"></p>\n' +
      '<p><img src="/b.png" alt="B" width="10" height="20" loading="lazy" decoding="async"> ' +
      '<img src="/a.png" alt="raw" width="640" height="480" loading="lazy" decoding="async"></p>\n',
  );
  for (const bad of [{ "/a.png": { width: 0, height: 1 } }, { "/a.png": { width: 1 } }, { "/a.png": { width: 1, height: 1, depth: 1 } }]) {
    assert.throws(() => renderMarkdown("x", { images: bad }), (e) => e.code === "invalid-options", JSON.stringify(bad));
  }
  // sanitizeHtml is not a page: no image is made eager.
  assert.equal(sanitizeHtml("<img src=/a.png>", { images }), '<img src="/a.png" width="640" height="480" loading="lazy" decoding="async">');
});

test("warnings an editor acts on, with lines", () => {
  const source = "---\ntitle: Links\n---\n# Top\n\n[ok](#top) [gone](#nope) [](/x)\n\n[run](javascript:alert(1))\n";
  const found = render(source).warnings.filter((w) => /link|url-dropped/.test(w.code)).map((w) => [w.code, w.line]);
  assert.deepEqual(found, [
    ["unsafe-url-dropped", 8],
    ["empty-link-text", 6],
    ["broken-fragment-link", 6],
  ]);
});
