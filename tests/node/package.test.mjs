// The npm package as a consumer uses it: packed, installed, imported by name in Node ESM.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { consumerProject, runInConsumer, root } from "./helpers.mjs";
import { join } from "node:path";
import { readFileSync } from "node:fs";

const seedPath = join(root, "tests/fixtures/quicktakes-therapeutic-integration.md");

test("the packed tarball holds only the package files", () => {
  const { tarball } = consumerProject();
  const files = execFileSync("tar", ["-tzf", tarball], { encoding: "utf8" }).trim().split("\n").map((f) => f.replace(/^package\//, "")).sort();
  // wasm-bindgen puts the page.js snippet under a hashed folder.
  const named = files.map((f) => f.replace(/^snippets\/pagemark-[0-9a-f]+\//, "snippets/pagemark-*/"));
  assert.deepEqual(named, ["README.md", "article.css", "cli.js", "dom.d.ts", "dom.js", "node.d.ts", "node.js", "package.json", "pagemark.d.ts", "pagemark.js", "pagemark_bg.wasm", "pagemark_bg.wasm.d.ts", "site.js", "snippets/pagemark-*/src/bindings/page.js", "worker.js"]);
});

test("pagemark/dom's Trusted Types policy code is the glue snippet's, line for line", () => {
  // pagemark/dom loads without the glue, so it carries its own copy; one policy named "pagemark"
  // (what `trusted-types pagemark` allows) holds only while both create it the same way.
  const twin = (file) => {
    const text = readFileSync(join(root, file), "utf8");
    const policy = text.match(/^const POLICY = .*$/m)?.[0];
    const fn = text.match(/^function trusted\(html, kind = "createHTML"\) \{\n[\s\S]*?^\}$/m)?.[0];
    assert.ok(policy && fn, `${file}: the policy helper was not found`);
    return `${policy}\n${fn}`;
  };
  assert.equal(twin("pkg/dom.js"), twin("src/bindings/page.js"));
});

test("import { render } from 'pagemark' works with no init and renders the seed", () => {
  const r = runInConsumer(`
    import { readFileSync } from "node:fs";
    import { render } from "pagemark";
    const page = render(readFileSync(${JSON.stringify(seedPath)}, "utf8"), { site: { baseUrl: "https://example.com" } });
    console.log(JSON.stringify(page));
  `);
  assert.deepEqual(Object.keys(r).sort(), ["frontMatter", "head", "headTags", "html", "meta", "toc", "warnings"]);
  assert.equal((r.html.match(/<li>/g) ?? []).length, 6);
  assert.match(r.html, /<ol>\n<li>\n<p><strong>Tailored Interventions<\/strong>:/);
  assert.ok(!r.html.includes("\\n"));
  assert.match(r.html, /Posted on <time datetime="2025-01-26">Jan 26, 2025<\/time>/);
  assert.equal(r.meta.title, "QuickTakes | Education studies");
  assert.equal(r.meta.canonical, "https://example.com/learn/education-studies/questions/how-does-the-integration-of-therapeutic-approaches-enhance-treatment-effectiveness");
  assert.equal(r.frontMatter.date, "2025-01-26", "dates stay strings");
  assert.equal(r.frontMatter.seo.title, "QuickTakes | Education studies", "nested data is a plain object");
  const title = r.headTags.find((t) => t.tag === "title");
  assert.deepEqual(title, { tag: "title", attrs: {}, text: "QuickTakes | Education studies" });
  const canonical = r.headTags.find((t) => t.tag === "link");
  assert.equal(canonical.attrs.rel, "canonical");
  assert.deepEqual(r.warnings.map((w) => [w.code, w.line]), [["escaped-newlines", undefined], ["content-from-field", undefined], ["description-too-long", 11]]);
});

test("bad input throws a structured error and the module keeps working", () => {
  const r = runInConsumer(`
    import { render, parse, renderMarkdown, Renderer } from "pagemark";
    const errors = [];
    for (const [src, opts] of [["---\\ntitle: ok\\ntags: [a, b\\n---\\nbody", undefined], ["---\\nno end", undefined], ["x", { nope: true }], ["---\\na: 1\\na: 2\\n---\\n", undefined]]) {
      try { render(src, opts); errors.push(null); }
      catch (e) { errors.push({ isError: e instanceof Error, name: e.name, code: e.code, line: e.line, column: e.column, message: e.message }); }
    }
    const after = render("# Still works");
    const parsed = parse("+++\\ntitle = 'T'\\n+++\\nbody");
    const renderer = new Renderer({ html: "strip" });
    console.log(JSON.stringify({ errors, after: after.html, parsed, md: renderMarkdown("a <b>x</b>"), stripped: renderer.render("a <b>x</b>").html }));
  `);
  const [yaml, unclosed, options, duplicate] = r.errors;
  assert.deepEqual({ ...yaml, message: undefined }, { isError: true, name: "PagemarkError", code: "invalid-yaml", line: 3, column: 7, message: undefined });
  assert.match(yaml.message, /invalid YAML/);
  assert.equal(unclosed.code, "unclosed-front-matter");
  assert.equal(unclosed.line, 1);
  assert.equal(options.code, "invalid-options");
  assert.match(options.message, /unknown field `nope`/);
  assert.deepEqual([duplicate.code, duplicate.line, duplicate.column], ["duplicate-key", 3, 1]);
  assert.equal(r.after, '<h1 id="still-works">Still works</h1>\n');
  assert.deepEqual(r.parsed, { data: { title: "T" }, content: "body", format: "toml", contentLine: 4 });
  assert.equal(r.md, "<p>a <b>x</b></p>\n");
  assert.equal(r.stripped, "<p>a x</p>\n");
});
