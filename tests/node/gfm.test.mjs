// GFM's extensions: every example of the GFM spec (0.29-gfm, cmark-gfm's test/spec.txt, copied
// to tests/fixtures/conformance/gfm/) tagged `autolink`, `table` or `strikethrough`, rendered by
// the wasm package with its defaults and compared as html-compare.mjs does. Autolinks are also
// checked to take the same URL policy as written links, and to stay out of code and links.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { renderMarkdown } from "../../pkg/node.js";
import { normalize } from "./html-compare.mjs";
import { root } from "./helpers.mjs";

const FENCE = "`".repeat(32);
const spec = readFileSync(join(root, "tests/fixtures/conformance/gfm/spec.txt"), "utf8");
const examples = [...spec.matchAll(new RegExp(`^${FENCE} example ?(\\w*)\\n([\\s\\S]*?)^\\.\\n([\\s\\S]*?)^${FENCE}$`, "gm"))].map(
  ([, extension, markdown, html]) => ({ extension, markdown: markdown.replaceAll("→", "\t"), html: html.replaceAll("→", "\t") }),
);

function failures(extension, options = {}) {
  const chosen = examples.filter((e) => e.extension === extension);
  const failed = chosen
    .map((e) => ({ ...e, got: renderMarkdown(e.markdown, options) }))
    .filter((e) => normalize(e.got) !== normalize(e.html));
  return { count: chosen.length, failed };
}

test("every autolink example of the GFM spec matches", () => {
  // The spec's ftp:// example needs ftp among the allowed link schemes (not a default).
  const { count, failed } = failures("autolink", { sanitize: { linkSchemes: ["http", "https", "mailto", "ftp"] } });
  console.log(`# gfm autolink: ${count - failed.length}/${count} examples match`);
  assert.equal(count, 11);
  assert.deepEqual(failed, []);
});

test("every table and strikethrough example of the GFM spec matches", () => {
  for (const [extension, expected] of [["table", 8], ["strikethrough", 2]]) {
    const { count, failed } = failures(extension);
    console.log(`# gfm ${extension}: ${count - failed.length}/${count} examples match`);
    assert.equal(count, expected);
    assert.deepEqual(failed, []);
  }
});

test("autolinks meet the URL policy and rel of written links, and can be turned off", () => {
  const html = renderMarkdown("Visit https://example.com and www.example.com today, or write to foo@bar.baz.");
  assert.match(html, /<a href="https:\/\/example\.com" rel="noopener noreferrer">https:\/\/example\.com<\/a>/);
  assert.match(html, /<a href="http:\/\/www\.example\.com" rel="noopener noreferrer">www\.example\.com<\/a>/);
  assert.match(html, /<a href="mailto:foo@bar\.baz">foo@bar\.baz<\/a>/);
  // ftp is not an allowed scheme by default: the text stays, unlinked.
  assert.equal(renderMarkdown("ftp://foo.bar.baz"), "<p>ftp://foo.bar.baz</p>\n");
  assert.equal(renderMarkdown("www.example.com", { markdown: { autolinks: false } }), "<p>www.example.com</p>\n");
  const ugc = renderMarkdown("www.example.com", { nofollowExternal: true });
  assert.match(ugc, /rel="[^"]*nofollow ugc/);
});

test("autolinks stay out of code, links, images and raw-HTML links", () => {
  for (const markdown of [
    "`www.example.com`",
    "    www.example.com",
    "```\nhttps://example.com\n```",
    "[see www.example.com](/x)",
    "![www.example.com](/i.png)",
    '<a href="/x">www.example.com</a>',
  ]) {
    const html = renderMarkdown(markdown, { html: "trusted" });
    assert.equal((html.match(/<a /g) ?? []).length, markdown.includes("](/x)") || markdown.startsWith("<a") ? 1 : 0, `${markdown}: ${html}`);
  }
  // A raw-HTML block that opens and closes its link leaves the text after it linkable.
  assert.match(renderMarkdown('<div>\n<a href="/x">home</a>\n</div>\n\nSee www.example.com'), /See <a href="http:\/\/www\.example\.com"/);
  // Split into several text events by the parser (`_`, `&`), still one link.
  assert.match(renderMarkdown("www.a.com/x_y&z=1"), /<a href="http:\/\/www\.a\.com\/x_y&amp;z=1"/);
});

test("opt-in extensions from JavaScript: heading ids, superscript, subscript", () => {
  const markdown = { headingIds: true, superscript: true, subscript: true };
  const html = renderMarkdown("## Install {#setup .big}\n\na ^sup^ and a ~sub~, ~~struck~~", { markdown });
  assert.equal(html, '<h2 id="setup">Install</h2>\n<p>a <sup>sup</sup> and a <sub>sub</sub>, <del>struck</del></p>\n');
  // Off by default: written as typed.
  assert.equal(renderMarkdown("a ^sup^ {#x}"), "<p>a ^sup^ {#x}</p>\n");
});
