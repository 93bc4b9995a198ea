// CommonMark conformance: every example of the spec (commonmark-spec 0.31.2, 652 examples)
// rendered by the wasm package. In `html: "trusted"` mode every example must match; in the
// default (sanitizing) mode every example without raw HTML must match too. HTML is compared
// after normalizing both sides (html-compare.mjs).
import { test } from "node:test";
import assert from "node:assert/strict";
import spec from "commonmark-spec";
import { normalize } from "./html-compare.mjs";
import { renderMarkdown } from "../../pkg/node.js";

const core = { tables: false, strikethrough: false, tasklists: false, footnotes: false, alerts: false, autolinks: false };
const examples = spec.tests.map((t) => ({ ...t, markdown: t.markdown.replaceAll("→", "\t"), html: t.html.replaceAll("→", "\t") }));
// Raw HTML: a `<` that starts a tag, comment or declaration, once autolinks are set aside.
const hasRawHtml = (t) =>
  /<[A-Za-z\/!?]/.test(t.markdown.replace(/<[A-Za-z][A-Za-z0-9+.-]{1,31}:[^<>\s]*>/g, "").replace(/<[^<>\s@]+@[^<>\s]+>/g, ""));
// Links whose scheme the default policy drops (the spec's irc:, made-up schemes, …).
const ALLOWED = ["http", "https", "mailto", "tel"];
const dropsByPolicy = (t) =>
  [...t.html.matchAll(/(?:href|src)="([A-Za-z][A-Za-z0-9+.-]*):/g)].some((m) => !ALLOWED.includes(m[1].toLowerCase()));

function run(mode, filter) {
  const failures = [];
  let count = 0;
  for (const t of examples.filter(filter)) {
    count++;
    const got = renderMarkdown(t.markdown, { html: mode, markdown: core });
    if (normalize(got) !== normalize(t.html)) failures.push({ number: t.number, section: t.section, markdown: t.markdown, expected: t.html, got });
  }
  return { count, failures };
}

test("every CommonMark example matches in trusted mode", () => {
  const { count, failures } = run("trusted", () => true);
  console.log(`# commonmark trusted: ${count - failures.length}/${count} examples match`);
  assert.equal(count, 652);
  assert.deepEqual(failures.slice(0, 5), []);
});

test("every CommonMark example without raw HTML matches in the default sanitizing mode", () => {
  const plain = (t) => !hasRawHtml(t);
  const { count, failures } = run("sanitize", (t) => plain(t) && !dropsByPolicy(t));
  const byPolicy = examples.filter((t) => plain(t) && dropsByPolicy(t));
  console.log(`# commonmark sanitize (no raw HTML): ${count - failures.length}/${count} examples match; ${byPolicy.length} more link to a scheme the policy drops`);
  assert.ok(count > 450, `only ${count} examples without raw HTML`);
  assert.deepEqual(failures.slice(0, 5), []);
  // Those render their text without the link.
  for (const t of byPolicy) {
    const got = renderMarkdown(t.markdown, { markdown: core });
    assert.doesNotMatch(got, /href="(?!https?:|mailto:|tel:)[A-Za-z][A-Za-z0-9+.-]*:/, `example ${t.number}`);
  }
});
