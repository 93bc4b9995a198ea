// Bounded memory: the wasm memory after a 10 MB document stays within a documented multiple of
// it, does not grow across many small renders, across Renderers created and freed, or across
// 100 000 renders; and after every kind of error the module keeps working.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { render, Renderer, parse, sanitizeHtml } from "../../pkg/node.js";
import { initSync } from "../../pkg/pagemark.js";
import { root, fixture } from "./helpers.mjs";

// The module is already instantiated by node.js; initSync hands back its exports.
const { memory } = initSync({ module: readFileSync(join(root, "pkg/pagemark_bg.wasm")) });
const mib = (n) => (n / 2 ** 20).toFixed(1);

test("a 10 MB document, then many small ones: memory bounded and flat", () => {
  const section = readFileSync(join(root, "benches/corpus/big/big.md"), "utf8").replace(/^---[\s\S]*?\n---\n/, "");
  let big = "---\ntitle: Ten megabytes\n---\n";
  while (big.length < 10 * 2 ** 20) big += section;
  const page = render(big);
  assert.ok(page.html.length > big.length / 2);
  const afterBig = memory.buffer.byteLength;
  const docs = readdirSync(join(root, "benches/corpus/qa")).slice(0, 300).map((f) => readFileSync(join(root, "benches/corpus/qa", f), "utf8"));
  for (let round = 0; round < 3; round++) docs.forEach((d) => render(d));
  const afterSmall = memory.buffer.byteLength;
  console.log(`# memory: ${mib(big.length)} MiB input -> ${mib(afterBig)} MiB wasm memory; after 900 small renders ${mib(afterSmall)} MiB`);
  assert.equal(afterSmall, afterBig, "small renders reuse the memory the big one left");
  // Documented bound (README, Robustness): 9× the largest input. Measured: about 7.7× (10×
  // before the parse tree was freed ahead of the sanitizer and the body stopped being copied).
  assert.ok(afterBig <= 9 * big.length, `wasm memory ${mib(afterBig)} MiB is over 9× the ${mib(big.length)} MiB input`);
});

test("Renderers created and freed, and 100 000 renders, do not grow memory", () => {
  const seed = fixture("quicktakes-therapeutic-integration.md");
  for (let i = 0; i < 200; i++) new Renderer({ site: { baseUrl: "https://example.com" } }).free();
  const r = new Renderer({});
  for (let i = 0; i < 1000; i++) r.render("# warm up\n\nText *here*.");
  const before = memory.buffer.byteLength;
  for (let i = 0; i < 1000; i++) new Renderer({ site: { baseUrl: "https://example.com" } }).free();
  for (let i = 0; i < 100_000; i++) r.render(i % 100 === 0 ? seed : "# Title\n\nSome *text* and a [link](https://example.com).");
  assert.equal(memory.buffer.byteLength, before);
  r.free();
});

test("after every kind of error the module keeps working", () => {
  const dir = join(root, "tests/fixtures/frontmatter");
  const errors = readdirSync(dir).filter((f) => f.startsWith("err-") && f.endsWith(".md"));
  assert.ok(errors.length >= 15);
  const codes = new Set();
  for (const name of errors) {
    const expected = JSON.parse(readFileSync(join(dir, name.replace(/\.md$/, ".json")), "utf8")).error;
    assert.throws(() => render(readFileSync(join(dir, name), "utf8")), (e) => e.name === "PagemarkError" && e.code === expected.code && e.line === expected.line);
    codes.add(expected.code);
    assert.equal(render("# ok").html, '<h1 id="ok">ok</h1>\n');
  }
  assert.throws(() => render("x".repeat(100), { limits: { maxInputBytes: 10 } }), { code: "input-too-large" });
  assert.throws(() => sanitizeHtml("x", { html: "bogus" }), { code: "invalid-options" });
  assert.throws(() => new Renderer({ sanitize: { tags: "not a list" } }), { code: "invalid-options" });
  assert.equal(parse("---\na: 1\n---\nb").content, "b");
  assert.ok(codes.size >= 10, [...codes].join(", "));
});
