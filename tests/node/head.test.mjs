// The head, parsed back with parse5 (a spec-compliant HTML parser), never by string matching:
// the seed gives exactly the expected tags and values, and hostile values in every field give
// exactly the intended elements and attributes, with JSON-LD that parses to the original strings.
import { test } from "node:test";
import assert from "node:assert/strict";
import { parse, parseFragment } from "parse5";
import { render } from "../../pkg/node.js";
import { fixture } from "./helpers.mjs";

/** The head's elements as [tag, {attrs}, text] in order, as a browser would build them. */
function parseHead(head) {
  const doc = parse(`<!doctype html><html><head>${head}</head><body></body></html>`);
  const html = doc.childNodes.find((n) => n.tagName === "html");
  const headEl = html.childNodes.find((n) => n.tagName === "head");
  const body = html.childNodes.find((n) => n.tagName === "body");
  assert.equal(body.childNodes.length, 0, "nothing may leak out of the head into the body");
  return headEl.childNodes
    .filter((n) => n.tagName)
    .map((n) => [n.tagName, Object.fromEntries(n.attrs.map((a) => [a.name, a.value])), n.childNodes.map((c) => c.value).join("")]);
}

const canonical = "https://example.com/learn/education-studies/questions/how-does-the-integration-of-therapeutic-approaches-enhance-treatment-effectiveness";
const question = "How does the integration of therapeutic approaches enhance treatment effectiveness?";
const description =
  "The integration of therapeutic approaches enhances treatment effectiveness by tailoring interventions, increasing effectiveness, addressing complex issues, providing flexibility, enhancing client engagement, and improving the therapeutic alliance.";
const keywords = "therapeutic integration, treatment effectiveness, tailored interventions, cognitive behavioral therapy, mindfulness therapy, acceptance and commitment therapy, psychological flexibility, complex issues, flexibility in treatment, client engagement, therapeutic alliance, eclectic approach, personalized treatment, mental wellness";

test("the seed's head, tag by tag", () => {
  const page = render(fixture("quicktakes-therapeutic-integration.md"), { site: { baseUrl: "https://example.com", name: "QuickTakes", locale: "en_US", twitterSite: "@quicktakes", logo: "/logo.png" } });
  const tags = parseHead(page.head);
  const meta = (key, value) => tags.find(([t, a]) => t === "meta" && (a.name === key || a.property === key))?.[1].content;
  assert.deepEqual(tags[0], ["title", {}, "QuickTakes | Education studies"]);
  assert.equal(meta("description"), description);
  assert.equal(meta("keywords"), keywords);
  assert.equal(meta("author"), "QuickTakes");
  assert.deepEqual(tags.find(([t]) => t === "link")[1], { rel: "canonical", href: canonical });
  assert.equal(meta("og:type"), "article");
  assert.equal(meta("og:title"), question);
  assert.equal(meta("og:description"), description);
  assert.equal(meta("og:url"), canonical);
  assert.equal(meta("og:site_name"), "QuickTakes");
  assert.equal(meta("og:locale"), "en_US");
  assert.equal(meta("article:published_time"), "2025-01-26");
  assert.equal(meta("article:author"), "QuickTakes");
  assert.equal(meta("article:section"), "Education studies");
  assert.equal(tags.filter(([t, a]) => a.property === "article:tag").length, 14);
  assert.equal(meta("twitter:card"), "summary");
  assert.equal(meta("twitter:title"), question);
  assert.equal(meta("twitter:site"), "@quicktakes");
  assert.equal(meta("twitter:creator"), undefined, "never made up from the author's name");
  assert.equal(meta("robots"), undefined);

  const ld = JSON.parse(tags.find(([t]) => t === "script")[2]);
  const [article, crumbs] = ld["@graph"];
  assert.equal(article["@type"], "Article");
  assert.equal(article.headline, question);
  assert.equal(article.datePublished, "2025-01-26");
  assert.deepEqual(article.author, { "@type": "Person", name: "QuickTakes" });
  assert.deepEqual(article.publisher, { "@type": "Organization", name: "QuickTakes", logo: { "@type": "ImageObject", url: "https://example.com/logo.png" } });
  assert.deepEqual(article.mainEntityOfPage, { "@type": "WebPage", "@id": canonical });
  assert.deepEqual(crumbs.itemListElement.map((i) => i.name), ["Learn", "Education Studies", "Questions", question]);
  assert.deepEqual(page.headTags.map((t) => t.tag), tags.map(([t]) => t), "headTags lists the same elements as head");
});

const hostile = [
  `"><script>alert(1)</script>`,
  `</script ><script>alert(1)</script>`,
  `</SCRIPT/><img src=x onerror=alert(1)>`,
  `<!--`,
  `a\u2028b\u2029c`,
  `tab\tnew\nline\r\nnul\u0000end`,
  `' " & &amp; < >`,
  `javascript:alert(1)`,
];

test("hostile values in every field stay plain text in exactly the intended tags", () => {
  for (const evil of hostile) {
    const q = JSON.stringify(evil);
    const source = `---\ntitle: ${q}\narticle_title: ${q}\ndescription: ${q}\nkeywords: [${q}]\nauthor: {name: ${q}, url: ${q}}\nimage: {src: ${q}, alt: ${q}}\nsubject: ${q}\nurl: ${q}\ndate: 2025-01-26\nquestion: ${q}\nanswer: ${q}\n---\n`;
    const page = render(source, { site: { baseUrl: "https://example.com", name: evil, titleTemplate: "%s | Site" } });
    const tags = parseHead(page.head);
    const allowed = new Set(["title", "meta", "link", "script"]);
    for (const [tag, attrs] of tags) {
      assert.ok(allowed.has(tag), `unexpected <${tag}> for ${q}`);
      for (const name of Object.keys(attrs)) assert.ok(["name", "property", "content", "rel", "href", "hreflang", "type"].includes(name), `attribute ${name} for ${q}`);
      if (attrs.href) assert.match(attrs.href, /^https:\/\/example\.com\//, `href ${attrs.href}`);
      if (attrs.property === "og:image" || attrs.property === "og:url") assert.match(attrs.content, /^https:\/\//);
    }
    assert.equal(tags.filter(([t]) => t === "script").length, 1, `one script for ${q}`);
    assert.equal(tags.filter(([t]) => t === "title").length, 1);
    // Plain text, whitespace collapsed, escaped once: what parses back is the author's text.
    const collapsed = evil.replace(/[\s\u0000-\u001f\u00a0\u2028\u2029]+/g, " ").trim();
    assert.equal(tags.find(([t]) => t === "title")[2], `${collapsed} | Site`);
    // The description is markdown (rendered to plain text: `<!--` is a comment, so empty, so absent).
    assert.equal(tags.find(([, a]) => a.name === "description")?.[1].content, page.meta.description ?? undefined);
    // The JSON-LD is one script and parses to the original strings.
    const ld = JSON.parse(tags.find(([t]) => t === "script")[2]);
    assert.equal(ld["@graph"][0].publisher.name, evil);
    assert.equal(ld["@graph"][0].headline, collapsed);
    // The article body: front-matter text escaped; the answer is markdown, its raw HTML sanitized.
    const walk = (node) => {
      if (node.tagName) {
        assert.notEqual(node.tagName, "script", `script in body for ${q}`);
        for (const a of node.attrs) assert.ok(!a.name.startsWith("on"), `${node.tagName}[${a.name}] for ${q}`);
      }
      (node.childNodes ?? []).forEach(walk);
    };
    walk(parseFragment(page.html));
    assert.match(page.html, new RegExp(`<h1>${collapsed.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]).replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}</h1>`));
  }
});

test("the `url` option is a page's URL when its front matter names none", () => {
  const site = { baseUrl: "https://example.com/docs/" };
  const tagsOf = (source, url) => parseHead(render(source, { site, url }).head);
  const linked = (tags) => [tags.find(([t, a]) => t === "link" && a.rel === "canonical")?.[1].href, tags.find(([t, a]) => t === "meta" && a.property === "og:url")?.[1].content];
  assert.deepEqual(linked(tagsOf("# Install\n", "guide/install/")), ["https://example.com/docs/guide/install/", "https://example.com/docs/guide/install/"]);
  assert.deepEqual(linked(tagsOf("---\npermalink: /setup/\n---\n# Install\n", "guide/install/")), ["https://example.com/setup/", "https://example.com/setup/"]);
  assert.deepEqual(linked(tagsOf("# Install\n", undefined)), [undefined, undefined]);
  assert.throws(() => render("# x", { url: 3 }), (e) => e.code === "invalid-options" && /url/.test(e.message));
});
