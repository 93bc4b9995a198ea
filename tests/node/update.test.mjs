// `Renderer.update` in Node: the live preview's updates as plain data.
import { test } from "node:test";
import assert from "node:assert/strict";
import { Renderer } from "../../pkg/node.js";
import { fixture } from "./helpers.mjs";

test("the first update holds everything; the same source again updates nothing", () => {
  const renderer = new Renderer();
  const first = renderer.update(fixture("hugo-docs-page.md"));
  assert.equal(first.shell, "");
  assert.equal(first.start, 0);
  assert.equal(first.deleteCount, 0);
  assert.equal(first.html.length, first.nodeCount);
  assert.ok(first.meta && first.headTags && first.toc && first.warnings && first.frontMatter);
  const again = renderer.update(fixture("hugo-docs-page.md"));
  assert.deepEqual(Object.keys(again), ["start", "deleteCount", "html", "nodeCount"]);
  assert.deepEqual([again.deleteCount, again.html, again.nodeCount], [0, [], first.nodeCount]);
  renderer.free();
});

test("one changed paragraph is one node, and the update crosses structured cloning as is", () => {
  const renderer = new Renderer();
  const source = Array.from({ length: 300 }, (_, i) => `Paragraph ${i}.`).join("\n\n");
  renderer.update(source);
  const update = renderer.update(source.replace("Paragraph 150.", "Paragraph 150, changed."));
  assert.deepEqual([update.start, update.deleteCount, update.html], [300, 1, ["<p>Paragraph 150, changed.</p>"]]);
  assert.deepEqual(structuredClone(update), update);
  assert.ok(JSON.stringify(update).length < 1000);
  renderer.free();
});

test("an error leaves the last page shown, and the renderer keeps working", () => {
  const renderer = new Renderer();
  renderer.update("---\ntitle: A\n---\nText\n");
  assert.throws(() => renderer.update("---\ntitle: [\n---\nText\n"), (e) => e.name === "PagemarkError" && e.code === "invalid-yaml");
  const after = renderer.update("---\ntitle: A\n---\nText, more\n");
  assert.deepEqual([after.start, after.deleteCount, after.html], [0, 1, ["<p>Text, more</p>"]]);
  renderer.free();
});
