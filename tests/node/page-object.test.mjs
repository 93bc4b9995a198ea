// The page object JavaScript receives: `headTags`, `meta`, `frontMatter`, `toc` and `warnings`
// are parsed only when first read (src/bindings/page.js), yet the object must behave as the
// plain object the types describe: every field present, enumerable, writable, copied by
// spreading, JSON and structured cloning, and independent of every other page.
import { test } from "node:test";
import assert from "node:assert/strict";
import { render, Renderer } from "../../pkg/node.js";
import { fixture } from "./helpers.mjs";

const seed = fixture("quicktakes-therapeutic-integration.md");
const fields = ["html", "head", "headTags", "meta", "frontMatter", "toc", "warnings"];

test("every field is an own enumerable property, in order, before any is read", () => {
  const page = render(seed);
  assert.deepEqual(Object.keys(page), fields);
  for (const key of fields) assert.equal(Object.getOwnPropertyDescriptor(page, key).enumerable, true);
});

test("spread, JSON and structuredClone see the same data as reading the fields", () => {
  const a = render(seed);
  const b = render(seed);
  const spread = { ...a };
  const cloned = structuredClone(render(seed));
  const json = JSON.parse(JSON.stringify(render(seed)));
  for (const copy of [spread, cloned, json]) {
    assert.deepEqual(Object.keys(copy), fields);
    for (const key of fields) assert.deepEqual(copy[key], b[key], key);
  }
  assert.equal(b.meta.question, b.frontMatter.question);
  assert.equal(b.warnings.some((w) => w.code === "content-from-field"), true);
  assert.ok(b.headTags.some((t) => t.attrs?.property === "og:title"));
});

test("a field reads the same object every time, and can be replaced before or after reading", () => {
  const page = render(seed);
  assert.equal(page.meta, page.meta);
  page.meta.title = "changed";
  assert.equal(page.meta.title, "changed");
  page.toc = ["mine"];
  assert.deepEqual(page.toc, ["mine"]);
  const fresh = render(seed);
  fresh.frontMatter = null; // replaced before the JSON was ever parsed
  assert.equal(fresh.frontMatter, null);
  assert.equal(fresh.meta.title, render(seed).meta.title);
  assert.notEqual(fresh.meta.title, "changed");
});

test("pages from one Renderer do not share their data", () => {
  const renderer = new Renderer();
  const first = renderer.render("---\ntitle: One\n---\n# A");
  const second = renderer.render("---\ntitle: Two\n---\n# B");
  assert.equal(second.frontMatter.title, "Two");
  assert.equal(first.frontMatter.title, "One");
  assert.deepEqual(first.toc.map((t) => t.text), ["A"]);
  renderer.free();
});
