#!/usr/bin/env node
// pagemark's build-time CLI:
//   pagemark render FILE.md [--base-url URL] [--site-name NAME] [--layout L] [--template FILE] [--json]
//   pagemark build DIR --out DIR --base-url URL [--site-name NAME] [--lang TAG] [--layout L] [--template FILE] [--feed-limit N]
// `build` renders every .md under DIR on all cores (worker threads), gives each page one URL — its
// front matter's `url`/`permalink`, else the path of its file — and writes it there, reports errors
// as file:line:column without stopping the rest, and writes sitemap.xml, feed.xml and pagemark.css.
import { Worker, isMainThread, parentPort, workerData } from "node:worker_threads";
import { readFileSync, writeFileSync, mkdirSync, readdirSync, statSync, copyFileSync } from "node:fs";
import { availableParallelism, cpus } from "node:os";
import { join, relative, dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { Renderer } from "./node.js";
import { BUILT_IN_TEMPLATE, PLACEHOLDERS, atomFeed, compileTemplate, escapeHtml, fileFor, fillTemplate, rootFrom, siteBase, sitemap, sourceUrl } from "./site.js";

const USAGE = `usage:
  pagemark render FILE.md [--base-url URL] [--site-name NAME] [--layout L] [--template FILE] [--json]
  pagemark build DIR --out DIR --base-url URL [--site-name NAME] [--lang TAG] [--layout L] [--template FILE] [--feed-limit N]
  pagemark --help | --version

  render            print FILE.md as a full HTML page (head and article), or --json the page object
  build             render every .md under DIR into pages under --out, with sitemap.xml, feed.xml
                    (Atom, the dated pages) and pagemark.css. A page lives at its front matter's
                    url/permalink (relative to --base-url), else at its file's path (blog/post.md →
                    blog/post/); two pages at one URL are an error naming both
  --out DIR         where build writes (required for build)
  --base-url URL    the site's absolute URL (required for build): canonical links, og:url, the
                    sitemap and the feed are absolute
  --site-name NAME  the site's name (og:site_name, JSON-LD publisher, the feed's title, {{site_name}})
  --lang TAG        the pages' <html lang> (default en)
  --layout L        article (title, byline, content; build's default), content, or auto (an
                    article when the content is a front-matter field; render's default)
  --template FILE   an HTML page with placeholders, each replaced per page: ${Object.entries(PLACEHOLDERS).map(([k, v]) => `{{${k}}} ${v}`).join("; ")}.
                    Text placeholders are escaped and allowed in text and quoted attribute values
                    only. Default: a built-in page linking pagemark.css (light and dark)
  --feed-limit N    the feed's newest N dated pages (default 20)
  --json            render: print the page object as JSON instead of HTML
  -h, --help        this text
  --version         pagemark's version`;

/** Flags that take a value, and those that stand alone; any other is an error naming it. */
const VALUED = new Set(["out", "base-url", "site-name", "lang", "layout", "template", "feed-limit"]);
const SWITCHES = new Set(["json", "help", "version"]);
const LAYOUTS = new Set(["article", "content", "auto"]);

/** A mistake in the command line: answered with the usage, exit status 2. */
class UsageError extends Error {}

/** What a page's template is filled with, from its rendered page and the build's settings. */
function fill(template, page, { lang, siteName, root, feed }) {
  const feedLink = feed ? `<link rel="alternate" type="application/atom+xml" title="${escapeHtml(feed.title)}" href="${escapeHtml(feed.href)}">\n` : "";
  return fillTemplate(template, { head: page.head + feedLink, article: page.html, title: page.meta.title ?? "", site_name: siteName, lang, root });
}

/** The site's name for `{{site_name}}` and the feed: --site-name, else the base URL's host. */
function siteName(flags) {
  if (flags["site-name"]) return flags["site-name"];
  try {
    return new URL(flags["base-url"]).host;
  } catch {
    return "Home";
  }
}

function options(flags) {
  const layout = flags.layout ?? (flags.command === "build" ? "article" : "auto");
  if (!LAYOUTS.has(layout)) throw new UsageError(`--layout ${layout}: expected article, content or auto`);
  return { site: { baseUrl: flags["base-url"], name: flags["site-name"] }, layout };
}

function template(flags) {
  if (!flags.template) return compileTemplate(BUILT_IN_TEMPLATE, "the built-in template");
  return compileTemplate(readFileSync(flags.template, "utf8"), flags.template);
}

function parseArgs(argv) {
  const positional = [];
  const flags = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] === "-h" ? "--help" : argv[i];
    if (!a.startsWith("-") || a === "-") {
      positional.push(a);
      continue;
    }
    const [key, inline] = a.replace(/^--?/, "").split("=", 2);
    if (SWITCHES.has(key) && inline === undefined) flags[key] = true;
    else if (VALUED.has(key)) {
      flags[key] = inline ?? argv[++i];
      if (flags[key] === undefined || (inline === undefined && flags[key].startsWith("--"))) throw new UsageError(`--${key} needs a value`);
    } else throw new UsageError(`unknown option ${a}`);
  }
  flags.command = positional[0];
  return { positional, flags };
}

const describe = (file, e) => (e.code ? `${file}:${e.line ?? 1}:${e.column ?? 1}: ${e.code}: ${e.reason ?? e.message}` : `${file}: ${e.message}`);

function listMarkdown(dir) {
  const out = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...listMarkdown(path));
    else if (name.endsWith(".md") || name.endsWith(".markdown")) out.push(path);
  }
  return out;
}

if (!isMainThread) {
  // A worker: render the files it is sent, one message back per file with what the main thread
  // needs to place the page, link it and write it. One Renderer per page: each has its own URL.
  parentPort.on("message", ({ file, url }) => {
    try {
      const page = new Renderer({ ...workerData.options, url }).render(readFileSync(file, "utf8"));
      const m = page.meta;
      parentPort.postMessage({
        file,
        ok: true,
        page: { head: page.head, html: page.html, meta: { title: m.title } },
        url: m.canonical,
        lastmod: m.dateModified ?? m.datePublished,
        entry: { title: m.headline ?? m.title, published: m.datePublished, updated: m.dateModified, summary: m.description, authors: m.author.map((a) => a.name) },
      });
    } catch (e) {
      parentPort.postMessage({ file, ok: false, error: describe(file, e) });
    }
  });
} else {
  main().then((code) => process.exit(code), (e) => {
    console.error(e instanceof UsageError ? `pagemark: ${e.message}\n${USAGE}` : `pagemark: ${e.message}`);
    process.exit(2);
  });
}

async function main() {
  const { positional, flags } = parseArgs(process.argv.slice(2));
  if (flags.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (flags.version) {
    const pkg = JSON.parse(readFileSync(new URL("./package.json", import.meta.url), "utf8"));
    process.stdout.write(`pagemark ${pkg.version}\n`);
    return 0;
  }
  const [command, target] = positional;
  if (command === "render" && target) {
    const page = new Renderer(options(flags)).render(readFileSync(target, "utf8"));
    const lang = flags.lang ?? "en";
    process.stdout.write(flags.json ? `${JSON.stringify(page, null, 2)}\n` : fill(template(flags), page, { lang, siteName: siteName(flags), root: "./" }));
    return 0;
  }
  if (command === "build" && target && flags.out) {
    if (!flags["base-url"]) throw new UsageError("build needs --base-url: canonical links, the sitemap and the feed are absolute");
    const base = siteBase(flags["base-url"]);
    if (base instanceof Error) throw new UsageError(base.message);
    const limit = Number(flags["feed-limit"] ?? 20);
    if (!Number.isInteger(limit) || limit < 0) throw new UsageError(`--feed-limit ${flags["feed-limit"]}: expected a whole number`);
    return build(resolve(target), resolve(flags.out), { flags, base, limit, template: template(flags) });
  }
  console.error(USAGE);
  return 2;
}

/** Render every file on worker threads; the results in file order. */
async function renderAll(root, files, opts) {
  const count = Math.max(1, Math.min(files.length, availableParallelism?.() ?? cpus().length));
  const workers = Array.from({ length: count }, () => new Worker(fileURLToPath(import.meta.url), { workerData: { options: opts } }));
  const results = new Array(files.length);
  const tty = process.stderr.isTTY;
  let done = 0;
  const progress = () => {
    const width = 30;
    const filled = Math.round((done / Math.max(files.length, 1)) * width);
    const line = `[${"#".repeat(filled)}${" ".repeat(width - filled)}] ${done}/${files.length}`;
    if (tty) process.stderr.write(`\r${line}`);
    else if (done === files.length) process.stderr.write(`${line}\n`);
  };
  await new Promise((finish) => {
    let next = 0;
    const feed = (worker) => {
      if (next >= files.length) return;
      const index = next++;
      // The page's own URL: its file's path under the base URL, unless its front matter says.
      const source = new URL(sourceUrl(relative(root, files[index])).slice(1), opts.site.baseUrl).href;
      worker.once("message", (result) => {
        results[index] = { ...result, source };
        done++;
        if (!result.ok) process.stderr.write(`${tty ? "\n" : ""}${result.error}\n`);
        progress();
        if (done === files.length) finish();
        else feed(worker);
      });
      worker.postMessage({ file: files[index], url: source });
    };
    for (const worker of workers) feed(worker);
    if (files.length === 0) finish();
  });
  await Promise.all(workers.map((w) => w.terminate()));
  if (tty) process.stderr.write("\n");
  return results;
}

/**
 * Where each rendered page is written and under which URL: its canonical when that is on this
 * site, else (a canonical on another site) its file's path, unlisted. Two pages at one file are
 * both refused, in one message naming both.
 */
function place(results, root, base) {
  const byFile = new Map();
  for (const r of results.filter((r) => r.ok)) {
    const own = r.url && fileFor(r.url, base);
    r.listed = Boolean(own);
    r.out = own ?? fileFor(r.source, base);
    if (!r.listed) r.url = null;
    const other = byFile.get(r.out);
    if (!other) {
      byFile.set(r.out, r);
      continue;
    }
    const claim = `${relative(root, other.file)} and ${relative(root, r.file)} are both ${other.url ?? r.url ?? r.out}`;
    other.ok = r.ok = false;
    other.error = r.error = claim;
    process.stderr.write(`pagemark: ${claim}\n`);
  }
}

async function build(root, out, { flags, base, limit, template }) {
  const files = listMarkdown(root);
  const opts = options(flags);
  opts.site.baseUrl = base.href;
  const results = await renderAll(root, files, opts);
  place(results, root, base);
  const pages = results.filter((r) => r.ok);
  const listed = pages.filter((r) => r.listed);
  const atom = atomFeed(listed.map((r) => ({ url: r.url, ...r.entry })), { base, siteName: siteName(flags), limit });
  const feed = atom && { title: siteName(flags), href: new URL("feed.xml", base).href };
  for (const r of pages) {
    const path = join(out, ...r.out.split("/"));
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, fill(template, r.page, { lang: flags.lang ?? "en", siteName: siteName(flags), root: rootFrom(r.out), feed }));
  }
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, "sitemap.xml"), sitemap(listed));
  if (atom) writeFileSync(join(out, "feed.xml"), atom.xml);
  copyFileSync(new URL("./article.css", import.meta.url), join(out, "pagemark.css"));
  const failed = results.length - pages.length;
  process.stderr.write(`pagemark: ${pages.length} pages written to ${out}, ${failed} failed, sitemap.xml with ${listed.length} URLs, feed.xml with ${atom?.entries ?? 0} entries\n`);
  return failed ? 1 : 0;
}
