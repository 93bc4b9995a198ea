// Differential test against gray-matter, the JS standard: on every front-matter fixture that
// gray-matter accepts, pagemark's `data` and `content` equal gray-matter's — except the
// deliberate differences listed (with reasons) in gray-matter-differences.json, each of which is
// asserted to still differ, so the list stays true.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import matter from "gray-matter";
import { parse, render } from "../../pkg/node.js";
import { root } from "./helpers.mjs";

const dir = join(root, "tests/fixtures/frontmatter");
const differences = JSON.parse(readFileSync(join(dir, "gray-matter-differences.json"), "utf8"));
const fixtures = readdirSync(dir).filter((f) => f.endsWith(".md")).sort();
const plain = (v) => JSON.parse(JSON.stringify(v));

function grayMatter(source) {
  try {
    const file = matter(source, {}); // options given: bypasses gray-matter's cache
    return { data: plain(file.data), content: file.content };
  } catch (e) {
    return { rejected: e.message.split("\n")[0] };
  }
}

function pagemark(source) {
  try {
    const p = parse(source);
    return { data: p.data, content: p.content };
  } catch (e) {
    return { error: e.code };
  }
}

test("pagemark agrees with gray-matter except where it deliberately differs", () => {
  let compared = 0;
  let rejectedByGrayMatter = [];
  for (const name of fixtures) {
    const source = readFileSync(join(dir, name), "utf8");
    const theirs = grayMatter(source);
    if (theirs.rejected) {
      rejectedByGrayMatter.push(name);
      assert.ok(!(name in differences), `${name}: gray-matter rejects it, so it is no listed difference`);
      continue;
    }
    compared++;
    const ours = pagemark(source);
    if (name in differences) {
      assert.notDeepEqual(ours, theirs, `${name} is listed as a difference but now agrees with gray-matter`);
    } else {
      assert.deepEqual(ours, theirs, `${name} differs from gray-matter without being listed`);
    }
  }
  assert.ok(compared >= 60, `compared only ${compared}`);
  for (const name of Object.keys(differences)) assert.ok(fixtures.includes(name), `${name} is listed but missing`);
  // gray-matter rejects these; each is one pagemark accepts or rejects for its own reason.
  assert.ok(rejectedByGrayMatter.includes("yaml-dots-closer.md"), "gray-matter rejects the `...` closer");
});

test("the gray-matter bugs users report do not happen here", () => {
  // A JavaScript engine is never evaluated.
  assert.throws(() => parse("---js\nmodule.exports = { a: process.exit(1) }\n---\n"), { code: "unsupported-language", line: 1 });
  // No cache: the same source parsed twice with different options gives each its own answer.
  const source = "---\ntitle: t\n---\nintro\n<!--cut-->\nrest";
  assert.equal(parse(source, { excerptSeparator: "<!--cut-->" }).excerpt, "intro");
  assert.equal(parse(source).excerpt, undefined);
  // An error is thrown every time, never swallowed by a cache on the second call.
  for (let i = 0; i < 3; i++) assert.throws(() => parse("---\na: [\n---\n"), { code: "invalid-yaml" });
  // Dates stay strings; no `\r` survives.
  assert.deepEqual(parse("---\r\ndate: 2025-01-26\r\n---\r\nbody\r\n"), { data: { date: "2025-01-26" }, content: "body\n", format: "yaml", contentLine: 4 });
  // `---- x` is not a closing delimiter.
  assert.throws(() => parse("---\ntitle: a\n---- x\n---\nbody"), { code: "invalid-yaml" });
});

test("a blank body takes the content field, with its escapes, and says so", () => {
  const page = render(readFileSync(join(dir, "yaml-content-field.md"), "utf8"));
  assert.match(page.html, /<ol>\n<li><strong>One<\/strong>: first<\/li>\n<li><strong>Two<\/strong>: second<\/li>\n<\/ol>/);
  assert.deepEqual(page.warnings.map((w) => w.code).slice(0, 2), ["escaped-newlines", "content-from-field"]);
});
