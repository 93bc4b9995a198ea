// The build-time CLI, run the way `npx pagemark` runs it from an installed package.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, mkdirSync, copyFileSync, readFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "parse5";
import { consumerProject, root } from "./helpers.mjs";

const fixtures = join(root, "tests/fixtures");
const cli = () => join(consumerProject().dir, "node_modules/.bin/pagemark");

test("pagemark render prints a full page", () => {
  const r = spawnSync(cli(), ["render", join(fixtures, "quicktakes-therapeutic-integration.md"), "--base-url", "https://example.com"], { encoding: "utf8" });
  assert.equal(r.status, 0, r.stderr);
  const doc = parse(r.stdout);
  const html = doc.childNodes.find((n) => n.tagName === "html");
  const head = html.childNodes.find((n) => n.tagName === "head");
  assert.ok(head.childNodes.some((n) => n.tagName === "title"));
  assert.match(r.stdout, /<link rel="canonical" href="https:\/\/example\.com\/learn\/education-studies\/questions\//);
  assert.match(r.stdout, /Posted on <time datetime="2025-01-26">Jan 26, 2025<\/time>/);
  const json = spawnSync(cli(), ["render", join(fixtures, "toml-page.md"), "--json"], { encoding: "utf8" });
  assert.equal(JSON.parse(json.stdout).meta.title, "Release notes: pagemark 0.1");
});

test("pagemark build renders a folder on worker threads, reports the broken file, writes a sitemap", () => {
  const src = mkdtempSync(join(tmpdir(), "pagemark-content-"));
  mkdirSync(join(src, "blog"));
  copyFileSync(join(fixtures, "quicktakes-therapeutic-integration.md"), join(src, "answer.md"));
  copyFileSync(join(fixtures, "toml-page.md"), join(src, "blog", "release.md"));
  copyFileSync(join(fixtures, "hugo-docs-page.md"), join(src, "blog", "_index.md"));
  copyFileSync(join(fixtures, "broken-yaml.md"), join(src, "broken.md"));
  const out = join(src, "dist");
  const r = spawnSync(cli(), ["build", src, "--out", out, "--base-url", "https://example.com", "--site-name", "Example"], { encoding: "utf8" });
  assert.equal(r.status, 1, "a broken file makes the exit status 1");
  assert.match(r.stderr, /broken\.md:3:7: invalid-yaml: /);
  assert.match(r.stderr, /3 pages written to .*, 1 failed, sitemap\.xml with 3 URLs/);
  assert.ok(existsSync(join(out, "answer/index.html")));
  assert.ok(existsSync(join(out, "blog/release/index.html")));
  assert.ok(existsSync(join(out, "blog/index.html")));
  const release = readFileSync(join(out, "blog/release/index.html"), "utf8");
  assert.match(release, /<meta property="og:site_name" content="Example">/);
  const sitemap = readFileSync(join(out, "sitemap.xml"), "utf8");
  const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
  assert.deepEqual(locs, [
    "https://example.com/blog/",
    "https://example.com/blog/releases/pagemark-0-1",
    "https://example.com/learn/education-studies/questions/how-does-the-integration-of-therapeutic-approaches-enhance-treatment-effectiveness",
  ]);
  assert.match(sitemap, /<lastmod>2026-11-25<\/lastmod>/);
});

test("pagemark --help, -h and --version answer; an unknown flag or a missing value is an error naming it", () => {
  for (const flag of ["--help", "-h"]) {
    const r = spawnSync(cli(), [flag], { encoding: "utf8" });
    assert.equal(r.status, 0, r.stderr);
    for (const listed of ["render", "build", "--out", "--base-url", "--site-name", "--lang", "--json", "--version"]) assert.ok(r.stdout.includes(listed), `${flag} lists ${listed}`);
  }
  const version = spawnSync(cli(), ["--version"], { encoding: "utf8" });
  const pkg = JSON.parse(readFileSync(join(root, "pkg/package.json"), "utf8"));
  assert.equal(version.stdout.trim(), `pagemark ${pkg.version}`);
  const unknown = spawnSync(cli(), ["build", ".", "--outt", "x"], { encoding: "utf8" });
  assert.equal(unknown.status, 2);
  assert.match(unknown.stderr, /unknown option --outt/);
  const missing = spawnSync(cli(), ["render", "x.md", "--base-url"], { encoding: "utf8" });
  assert.equal(missing.status, 2);
  assert.match(missing.stderr, /--base-url needs a value/);
});
