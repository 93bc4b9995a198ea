// The build-time CLI, run the way `npx pagemark` runs it from an installed package.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, mkdirSync, copyFileSync, cpSync, readFileSync, readdirSync, writeFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { parse } from "parse5";
import { consumerProject, fixture, root } from "./helpers.mjs";

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

/** A content folder: the docs corpus, the fixtures and `extra` files (`{ "path.md": text }`). */
function contentFolder(extra = {}) {
  const src = mkdtempSync(join(tmpdir(), "pagemark-content-"));
  cpSync(join(root, "benches/corpus/docs"), join(src, "docs"), { recursive: true });
  mkdirSync(join(src, "blog"));
  copyFileSync(join(fixtures, "quicktakes-therapeutic-integration.md"), join(src, "answer.md"));
  copyFileSync(join(fixtures, "toml-page.md"), join(src, "blog", "release.md"));
  copyFileSync(join(fixtures, "hugo-docs-page.md"), join(src, "blog", "_index.md"));
  for (const [path, text] of Object.entries(extra)) {
    mkdirSync(dirname(join(src, path)), { recursive: true });
    writeFileSync(join(src, path), text);
  }
  return src;
}

const build = (src, ...flags) => spawnSync(cli(), ["build", src, "--out", join(src, "dist"), "--base-url", "https://example.com/", ...flags], { encoding: "utf8" });

function listHtml(dir, prefix = "") {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? listHtml(join(dir, e.name), `${prefix}${e.name}/`) : e.name.endsWith(".html") ? [`${prefix}${e.name}`] : []));
}

test("pagemark build: one URL per page — the sitemap, the files and every canonical agree; a title gets one h1; a feed of the dated pages", () => {
  const src = contentFolder({
    "broken.md": fixture("broken-yaml.md"),
    "dated/older.md": "---\ntitle: Older <post>\ndate: 2024-03-01\ndescription: The older one & more.\nauthor: Bo\n---\nText.\n",
    "dated/own-h1.md": "---\ntitle: Own\ndate: 2025-02-01 10:00:00 +0100\n---\n# Its own heading\n\nText.\n",
    "claims/one.md": "---\ntitle: One\nurl: /same/\n---\nOne.\n",
    "claims/two.md": "---\ntitle: Two\npermalink: /same/\n---\nTwo.\n",
    "crosspost.md": "---\ntitle: First published elsewhere\ncanonical: https://other.example.org/post/\n---\nText.\n",
  });
  const out = join(src, "dist");
  const r = build(src, "--site-name", "Example");
  assert.equal(r.status, 1, "a broken file and a URL claimed twice make the exit status 1");
  assert.match(r.stderr, /broken\.md:3:7: invalid-yaml: /);
  assert.match(r.stderr, /^pagemark: claims\/one\.md and claims\/two\.md are both https:\/\/example\.com\/same\/$/m);
  assert.match(r.stderr, /pagemark: 998 pages written to .*, 3 failed, sitemap\.xml with 997 URLs, feed\.xml with 4 entries/);
  assert.ok(!existsSync(join(out, "same/index.html")), "neither page claiming one URL is written");

  const sitemap = readFileSync(join(out, "sitemap.xml"), "utf8");
  const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
  const written = listHtml(out);
  assert.equal(written.length, 998);
  const canonicals = new Map();
  for (const file of written) {
    const html = readFileSync(join(out, file), "utf8");
    const canonical = /<link rel="canonical" href="([^"]+)">/.exec(html)?.[1];
    assert.ok(canonical, `${file} has a canonical`);
    assert.equal(/<meta property="og:url" content="([^"]+)">/.exec(html)?.[1], canonical, file);
    if (!canonical.startsWith("https://example.com/")) continue;
    canonicals.set(canonical, file);
    // The page lives at its URL: `/x/` is x/index.html, `/x` is x.html.
    const path = new URL(canonical).pathname.slice(1);
    assert.equal(decodeURIComponent(path.endsWith("/") || path === "" ? `${path}index.html` : `${path}.html`), file, canonical);
    if (/<title>/.test(html)) assert.equal(html.match(/<h1[ >]/g)?.length, 1, `${file}: one h1`);
    assert.match(html, /<link rel="alternate" type="application\/atom\+xml" title="Example" href="https:\/\/example\.com\/feed\.xml">/);
    assert.match(html, /<link rel="stylesheet" href="(\.\.\/)*pagemark\.css">/);
  }
  assert.deepEqual([...locs].sort(), [...canonicals.keys()].sort(), "the sitemap lists exactly the pages' canonical URLs");
  assert.ok(existsSync(join(out, "pagemark.css")));
  // Front matter URLs are where the pages are written; the rest live at their file's path.
  assert.ok(existsSync(join(out, "blog/releases/pagemark-0-1.html")));
  assert.ok(existsSync(join(out, "docs/commands/hugo_convert/index.html")) || existsSync(join(out, "commands/hugo_convert/index.html")));
  assert.ok(existsSync(join(out, "blog/index.html")));
  assert.ok(locs.includes("https://example.com/docs/content-management__page-resources/"));
  // A page whose canonical is another site's is written at its file's path and not listed.
  assert.ok(existsSync(join(out, "crosspost/index.html")));
  assert.ok(!locs.some((l) => l.includes("other.example.org") || l.includes("crosspost")));
  assert.match(sitemap, /<loc>https:\/\/example\.com\/blog\/releases\/pagemark-0-1<\/loc><lastmod>2026-11-25<\/lastmod>/);

  // The article layout: a title and its byline; content with an h1 of its own keeps only that.
  const older = readFileSync(join(out, "dated/older/index.html"), "utf8");
  assert.match(older, /<h1>Older &lt;post&gt;<\/h1>\n<p class="pagemark-byline"><time datetime="2024-03-01">March 1, 2024<\/time> by <span class="pagemark-author">Bo<\/span>/);
  const ownH1 = readFileSync(join(out, "dated/own-h1/index.html"), "utf8");
  assert.match(ownH1, /<header>\n<p class="pagemark-byline">.*<\/p>\n<\/header>[\s\S]*<h1[^>]*>Its own heading<\/h1>/);

  // The feed: newest first, absolute links to pages that were written.
  const feed = readFileSync(join(out, "feed.xml"), "utf8");
  const links = [...feed.matchAll(/<entry>\s*<title>[^<]*<\/title>\s*<link href="([^"]+)"\/>/g)].map((m) => m[1]);
  assert.deepEqual(links, [
    "https://example.com/blog/releases/pagemark-0-1",
    "https://example.com/dated/own-h1/",
    "https://example.com/learn/education-studies/questions/how-does-the-integration-of-therapeutic-approaches-enhance-treatment-effectiveness",
    "https://example.com/dated/older/",
  ]);
  for (const link of links) assert.ok(canonicals.has(link), `${link} is a written page`);
  assert.match(feed, /<published>2025-02-01T10:00:00\+01:00<\/published>/);
  assert.match(feed, /<summary>The older one &amp; more\.<\/summary>/);
});

test("pagemark build --template: placeholders filled per page, front matter escaped where it lands; a misplaced placeholder is refused", () => {
  const src = contentFolder({ "evil.md": `---\ntitle: "\\"><script>alert(1)</script>"\n---\nBody <img src=x onerror=alert(2)>\n` });
  const template = join(src, "page.html");
  writeFileSync(template, `<!doctype html><html lang="{{lang}}"><head>{{head}}<link rel="stylesheet" href="{{root}}site.css"></head>\n<body><header data-title="{{title}}">{{site_name}} / {{title}}</header><main>{{article}}</main></body></html>\n`);
  const r = build(src, "--template", template, "--site-name", "<b>Site</b>", "--lang", "fr", "--layout", "content");
  assert.equal(r.status, 0, r.stderr);
  const html = readFileSync(join(src, "dist/evil/index.html"), "utf8");
  assert.match(html, /<header data-title="&quot;&gt;&lt;script&gt;alert\(1\)&lt;\/script&gt;">&lt;b&gt;Site&lt;\/b&gt; \/ &quot;&gt;&lt;script&gt;alert\(1\)&lt;\/script&gt;<\/header>/);
  assert.match(html, /<html lang="fr">/);
  assert.match(html, /href="\.\.\/site\.css"/);
  const doc = parse(html);
  const scripts = [];
  const walk = (n) => {
    if (n.tagName === "script") scripts.push(n);
    for (const attr of n.attrs ?? []) assert.ok(!attr.name.startsWith("on"), `no ${attr.name} attribute`);
    (n.childNodes ?? []).forEach(walk);
  };
  walk(doc);
  assert.deepEqual(scripts.map((s) => s.attrs.find((a) => a.name === "type")?.value), ["application/ld+json"]);
  assert.ok(!/<h1/.test(html), "--layout content: no article header");

  writeFileSync(template, "{{head}}\n<script>const t = {{title}};</script>{{article}}");
  const refused = build(src, "--template", template);
  assert.equal(refused.status, 2);
  assert.match(refused.stderr, /page\.html:2:19: \{\{title\}\} is in <script>/);
  const layout = build(src, "--layout", "wide");
  assert.equal(layout.status, 2);
  assert.match(layout.stderr, /--layout wide: expected article, content or auto/);
  const noBase = spawnSync(cli(), ["build", src, "--out", join(src, "dist")], { encoding: "utf8" });
  assert.equal(noBase.status, 2);
  assert.match(noBase.stderr, /build needs --base-url/);
});

test("pagemark --help, -h and --version answer; an unknown flag or a missing value is an error naming it", () => {
  for (const flag of ["--help", "-h"]) {
    const r = spawnSync(cli(), [flag], { encoding: "utf8" });
    assert.equal(r.status, 0, r.stderr);
    for (const listed of ["render", "build", "--out", "--base-url", "--site-name", "--lang", "--layout", "--template", "--feed-limit", "--json", "--version"]) assert.ok(r.stdout.includes(listed), `${flag} lists ${listed}`);
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
