// What `pagemark build` makes of rendered pages, apart from rendering and files: where a page lives
// (its URL and its file), the HTML document around it (a template with placeholders), the
// sitemap and the Atom feed. Pure functions of strings, so each is tested alone.

/** HTML text and quoted-attribute escaping: what every placeholder but the two HTML ones gets. */
export const escapeHtml = (s) => String(s).replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]);

/** `content/blog/post.md` (as `blog/post.md`) → `/blog/post/`; `index.md`/`_index.md` → its folder. */
export function sourceUrl(relativeFile) {
  const parts = relativeFile.replace(/\.(md|markdown)$/, "").split(/[\\/]/);
  if (["index", "_index"].includes(parts.at(-1))) parts.pop();
  return `/${parts.map(encodeURIComponent).join("/")}${parts.length ? "/" : ""}`;
}

/** The base URL with its path ending in `/`, or an Error saying why it cannot be one. */
export function siteBase(baseUrl) {
  let url;
  try {
    url = new URL(baseUrl);
  } catch {
    return new Error(`--base-url ${baseUrl} is not an absolute URL`);
  }
  if (!["http:", "https:"].includes(url.protocol)) return new Error(`--base-url ${baseUrl} is not http(s)`);
  url.search = url.hash = "";
  if (!url.pathname.endsWith("/")) url.pathname += "/";
  return url;
}

/**
 * The file (relative to the output folder, `/`-separated) that serves `url`, or `null` when the
 * URL is not under the site's base (a page whose canonical points to another site: cross-posted).
 * `…/x/` is `x/index.html`; `…/x.html` is itself; `…/x` is `x.html`, which GitHub Pages, Netlify,
 * Cloudflare Pages, Vercel (`cleanUrls`) and `npx serve` all serve for `/x`.
 */
export function fileFor(url, base) {
  const u = new URL(url);
  if (u.origin !== base.origin || !u.pathname.startsWith(base.pathname)) return null;
  const segments = u.pathname.slice(base.pathname.length).split("/");
  const last = segments.pop();
  const decoded = [...segments, last].map((s) => {
    try {
      return decodeURIComponent(s);
    } catch {
      return null;
    }
  });
  // A segment that decodes to a separator or a dot-segment would leave the output folder.
  if (decoded.some((s) => s === null || /[\\/\0]/.test(s) || (s === "." || s === ".."))) return null;
  const name = decoded.pop();
  const dir = decoded.filter((s) => s !== "");
  if (name === "") return [...dir, "index.html"].join("/");
  return [...dir, /\.html?$/i.test(name) ? name : `${name}.html`].join("/");
}

/** The relative path from `file`'s folder back to the output folder's root: `""`, `"../"`, … */
export const rootFrom = (file) => "../".repeat(file.split("/").length - 1) || "./";

/** The placeholders a template may use; `head` and `article` are HTML, the rest text. */
export const PLACEHOLDERS = {
  head: "the page's head tags (title, meta, canonical, JSON-LD) and the feed link",
  article: "the page's sanitized HTML (the article layout by default)",
  title: "the page's title, as in its <title>",
  site_name: "--site-name",
  lang: "--lang",
  root: "the relative URL of the site's root from this page (`./`, `../`, …), e.g. for `{{root}}pagemark.css`",
};
const HTML_PLACEHOLDERS = new Set(["head", "article"]);

/** pagemark's own template: a readable page with the site's name above the article. */
export const BUILT_IN_TEMPLATE = `<!doctype html>
<html lang="{{lang}}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
{{head}}<link rel="stylesheet" href="{{root}}pagemark.css">
</head>
<body class="pagemark">
<header class="pagemark-site pagemark-measure"><a href="{{root}}">{{site_name}}</a></header>
<main class="pagemark-measure">
{{article}}</main>
</body>
</html>
`;

/**
 * A template checked once: the text split at its `{{name}}` placeholders, each with the context it
 * lands in. Text placeholders are escaped, which is safe in HTML text and in quoted attribute
 * values only: one anywhere else (an unquoted attribute, a tag's name, a comment, `<script>` or
 * `<style>`) is refused, as is an unknown name, or a template without `{{head}}` and `{{article}}`.
 * Throws an Error saying where (line:column).
 */
export function compileTemplate(text, name = "the template") {
  const parts = [];
  const seen = new Set();
  let last = 0;
  for (const m of text.matchAll(/\{\{\s*([^{}]*?)\s*\}\}/g)) {
    const where = `${name}:${position(text, m.index)}`;
    const key = m[1];
    if (!Object.hasOwn(PLACEHOLDERS, key)) throw new Error(`${where}: unknown placeholder {{${key}}} (known: ${Object.keys(PLACEHOLDERS).join(", ")})`);
    const context = contextAt(text, m.index);
    const allowed = context === "text" || (!HTML_PLACEHOLDERS.has(key) && context === "quoted attribute");
    if (!allowed) throw new Error(`${where}: {{${key}}} is in ${context}; ${HTML_PLACEHOLDERS.has(key) ? "it is HTML and belongs in the document's text" : "placeholders are escaped for HTML text and quoted attribute values only"}`);
    parts.push(text.slice(last, m.index), key);
    seen.add(key);
    last = m.index + m[0].length;
  }
  parts.push(text.slice(last));
  for (const needed of HTML_PLACEHOLDERS) if (!seen.has(needed)) throw new Error(`${name}: no {{${needed}}} placeholder (${PLACEHOLDERS[needed]})`);
  return parts;
}

/** Fill a compiled template: `values` by placeholder name, HTML ones as they are, the rest escaped. */
export function fillTemplate(parts, values) {
  return parts.map((part, i) => (i % 2 === 0 ? part : HTML_PLACEHOLDERS.has(part) ? values[part] : escapeHtml(values[part] ?? ""))).join("");
}

function position(text, index) {
  const before = text.slice(0, index).split("\n");
  return `${before.length}:${before.at(-1).length + 1}`;
}

/**
 * Where in HTML `index` falls: "text", "quoted attribute", "an unquoted attribute or tag name",
 * "a comment", or "<script>"/"<style>"/… raw text. A tokenizer of the HTML syntax's states that
 * matter here, over the template (the author's, trusted, but placeholders must land where the
 * escaping holds).
 */
function contextAt(text, index) {
  let i = 0;
  while (i < index) {
    if (text.startsWith("<!--", i)) {
      const end = text.indexOf("-->", i + 4);
      if (end < 0 || end + 3 > index) return "a comment";
      i = end + 3;
    } else if (text[i] === "<" && /[a-zA-Z/!]/.test(text[i + 1] ?? "")) {
      const name = /^<\/?([a-zA-Z][\w-]*)?/.exec(text.slice(i))?.[1]?.toLowerCase() ?? "";
      const closing = text[i + 1] === "/";
      let j = i + 1;
      let quote = null;
      for (; j < text.length && (quote || text[j] !== ">"); j++) {
        if (j === index) return quote ? "quoted attribute" : "an unquoted attribute or tag name";
        if (quote && text[j] === quote) quote = null;
        else if (!quote && (text[j] === '"' || text[j] === "'")) quote = text[j];
      }
      if (j >= index) return "an unquoted attribute or tag name";
      i = j + 1;
      if (!closing && ["script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "noscript", "plaintext"].includes(name)) {
        const end = text.toLowerCase().indexOf(`</${name}`, i);
        if (end < 0 || end >= index) {
          if (name === "title" || name === "textarea") return "text";
          return `<${name}>`;
        }
        i = end;
      }
    } else i++;
  }
  return "text";
}

/**
 * An RFC 3339 date-time, as Atom requires, of an ISO 8601 date as pagemark's meta gives it:
 * a date alone is midnight UTC, a time without seconds gets `:00`, one without a zone is UTC.
 * `null` for anything else.
 */
export function atomDate(iso) {
  const m = /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}:\d{2})(:\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?$/.exec(iso ?? "");
  return m ? `${m[1]}T${m[2] ?? "00:00"}${m[3] ?? ":00"}${m[4] ?? "Z"}` : null;
}

/** sitemap.xml of `pages` (`{ url, lastmod? }`), sorted by URL. */
export function sitemap(pages) {
  const urls = [...pages].sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
  const entry = (p) => `  <url><loc>${escapeHtml(p.url)}</loc>${p.lastmod ? `<lastmod>${escapeHtml(p.lastmod)}</lastmod>` : ""}</url>\n`;
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.map(entry).join("")}</urlset>\n`;
}

/**
 * An Atom feed (RFC 4287) of the dated pages (`{ url, title, published, updated?, summary?,
 * authors }`), newest first, at most `limit`: `{ xml, entries }` (how many it holds); `null`
 * when no page is dated.
 */
export function atomFeed(pages, { base, siteName, limit }) {
  const dated = pages
    .map((p) => ({ ...p, published: atomDate(p.published), updated: atomDate(p.updated) ?? atomDate(p.published) }))
    .filter((p) => p.published)
    .sort((a, b) => Date.parse(b.published) - Date.parse(a.published) || (a.url < b.url ? -1 : 1))
    .slice(0, limit);
  if (dated.length === 0) return null;
  const newest = dated.map((p) => p.updated).sort((a, b) => Date.parse(b) - Date.parse(a))[0];
  const name = siteName || base.host;
  const text = (tag, value) => (value ? `<${tag}>${escapeHtml(value)}</${tag}>` : "");
  const entry = (p) =>
    [
      "  <entry>",
      `    ${text("title", p.title || p.url)}`,
      `    <link href="${escapeHtml(p.url)}"/>`,
      `    ${text("id", p.url)}`,
      `    ${text("published", p.published)}`,
      `    ${text("updated", p.updated)}`,
      ...p.authors.map((a) => `    <author>${text("name", a)}</author>`),
      p.summary ? `    ${text("summary", p.summary)}` : null,
      "  </entry>",
    ]
      .filter((line) => line !== null)
      .join("\n");
  const xml = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `  ${text("title", name)}`,
    `  <link href="${escapeHtml(base.href)}"/>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeHtml(new URL("feed.xml", base).href)}"/>`,
    `  ${text("id", base.href)}`,
    `  ${text("updated", newest)}`,
    `  <author>${text("name", name)}</author>`,
    ...dated.map(entry),
    "</feed>",
    "",
  ].join("\n");
  return { xml, entries: dated.length };
}
