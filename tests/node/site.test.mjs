// `pagemark build`'s pure parts (pkg/site.js): where a page lives, the template, the feed.
import { test } from "node:test";
import assert from "node:assert/strict";
import { atomDate, atomFeed, compileTemplate, fileFor, fillTemplate, rootFrom, siteBase, sitemap, sourceUrl } from "../../pkg/site.js";

test("a page's file serves its URL, and only URLs under the base URL are the site's", () => {
  const base = siteBase("https://example.com/docs");
  assert.equal(base.href, "https://example.com/docs/");
  assert.equal(fileFor("https://example.com/docs/", base), "index.html");
  assert.equal(fileFor("https://example.com/docs/guide/install/", base), "guide/install/index.html");
  assert.equal(fileFor("https://example.com/docs/guide/install", base), "guide/install.html");
  assert.equal(fileFor("https://example.com/docs/a/b.html?x=1#y", base), "a/b.html");
  assert.equal(fileFor("https://example.com/docs/caf%C3%A9/", base), "café/index.html");
  for (const elsewhere of ["https://example.com/blog/", "https://other.org/docs/x/", "http://example.com/docs/x/", "https://example.com/docs/a%2F..%2F..%2Fetc/"]) {
    assert.equal(fileFor(elsewhere, base), null, elsewhere);
  }
  // The URL parser resolves dot-segments before pagemark sees the path: nothing leaves the folder.
  assert.equal(fileFor("https://example.com/docs/../../etc/passwd", base), null);
  assert.ok(siteBase("ftp://example.com/") instanceof Error);
  assert.ok(siteBase("example.com") instanceof Error);
});

test("a file's own URL is its path, folders' index pages their folder", () => {
  assert.equal(sourceUrl("blog/post.md"), "/blog/post/");
  assert.equal(sourceUrl("blog/_index.md"), "/blog/");
  assert.equal(sourceUrl("index.markdown"), "/");
  assert.equal(sourceUrl("a b/c?.md"), "/a%20b/c%3F/");
  assert.equal(rootFrom("index.html"), "./");
  assert.equal(rootFrom("a/b/index.html"), "../../");
});

test("templates: text placeholders escaped, HTML ones as they are; misplaced and unknown ones refused where they are", () => {
  const t = compileTemplate('<html lang="{{lang}}"><head>{{ head }}</head><body><h2 title=\'{{title}}\'>{{site_name}}</h2>{{article}}</body></html>');
  const out = fillTemplate(t, { head: "<title>T</title>", article: "<p>A</p>", title: `'"><script>x</script>`, site_name: "<b>&", lang: 'en" onload="x' });
  assert.equal(out, `<html lang="en&quot; onload=&quot;x"><head><title>T</title></head><body><h2 title='&#39;&quot;&gt;&lt;script&gt;x&lt;/script&gt;'>&lt;b&gt;&amp;</h2><p>A</p></body></html>`);
  const refused = [
    ["{{head}}{{article}}{{body}}", /the template:1:20: unknown placeholder \{\{body\}\}/],
    ["{{head}}\n<script>var t = '{{title}}'</script>{{article}}", /:2:18: \{\{title\}\} is in <script>/],
    ["{{head}}<style>{{site_name}}</style>{{article}}", /is in <style>/],
    ["{{head}}<a title={{title}}>{{article}}", /is in an unquoted attribute or tag name/],
    ["{{head}}<!-- {{title}} -->{{article}}", /is in a comment/],
    ['{{head}}<meta content="{{article}}">', /\{\{article\}\} is in quoted attribute; it is HTML/],
    ["{{head}}", /no \{\{article\}\} placeholder/],
  ];
  for (const [text, error] of refused) assert.throws(() => compileTemplate(text), error, text);
  // After a closed script or comment, text is text again.
  assert.doesNotThrow(() => compileTemplate("<script>x</script><!-- c -->{{head}}<title>{{title}}</title>{{article}}"));
});

test("Atom dates are RFC 3339 date-times; the feed is newest first and limited", () => {
  assert.equal(atomDate("2025-01-26"), "2025-01-26T00:00:00Z");
  assert.equal(atomDate("2025-01-26T10:00Z"), "2025-01-26T10:00:00Z");
  assert.equal(atomDate("2025-01-26T10:00:05.5+01:00"), "2025-01-26T10:00:05.5+01:00");
  assert.equal(atomDate("2025-01-26T10:00:00"), "2025-01-26T10:00:00Z");
  assert.equal(atomDate("Jan 26"), null);
  assert.equal(atomDate(null), null);
  const base = siteBase("https://example.com/");
  const page = (n, published) => ({ url: `https://example.com/${n}/`, title: `Post <${n}>`, published, summary: "S & s", authors: ["Ann"] });
  assert.equal(atomFeed([page("u", null)], { base, limit: 20 }), null);
  const { xml: feed, entries } = atomFeed([page("a", "2024-01-01"), page("b", "2025-06-01T08:00:00+02:00"), page("c", "2023-01-01"), page("d", null)], { base, siteName: "Ex", limit: 2 });
  assert.equal(entries, 2);
  const ids = [...feed.matchAll(/<id>([^<]+)<\/id>/g)].map((m) => m[1]);
  assert.deepEqual(ids, ["https://example.com/", "https://example.com/b/", "https://example.com/a/"]);
  assert.match(feed, /<updated>2025-06-01T08:00:00\+02:00<\/updated>\n {2}<author><name>Ex<\/name><\/author>/);
  assert.match(feed, /<title>Post &lt;b&gt;<\/title>/);
  assert.match(feed, /<link rel="self" type="application\/atom\+xml" href="https:\/\/example.com\/feed.xml"\/>/);
  assert.match(sitemap([{ url: "https://e.com/b&c/" }, { url: "https://e.com/a/", lastmod: "2025-01-01" }]), /<loc>https:\/\/e.com\/a\/<\/loc><lastmod>2025-01-01<\/lastmod><\/url>\n {2}<url><loc>https:\/\/e.com\/b&amp;c\/<\/loc>/);
});
