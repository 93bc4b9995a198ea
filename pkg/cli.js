#!/usr/bin/env node
// pagemark's build-time CLI:
//   pagemark render FILE.md [--base-url URL] [--site-name NAME] [--json]
//   pagemark build DIR --out DIR --base-url URL [--site-name NAME] [--lang TAG]
// `build` renders every .md under DIR to a full HTML page (head + article) on all cores (worker
// threads), reports errors as file:line:column without stopping the rest, and writes sitemap.xml.
import { Worker, isMainThread, parentPort, workerData } from "node:worker_threads";
import { readFileSync, writeFileSync, mkdirSync, readdirSync, statSync } from "node:fs";
import { availableParallelism, cpus } from "node:os";
import { join, relative, dirname, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { Renderer } from "./node.js";

const USAGE = `usage:
  pagemark render FILE.md [--base-url URL] [--site-name NAME] [--json]
  pagemark build DIR --out DIR --base-url URL [--site-name NAME] [--lang TAG]
  pagemark --help | --version

  render           print FILE.md as a full HTML page (head and article), or --json the page object
  build            render every .md under DIR into DIR/…/index.html pages and a sitemap.xml
  --out DIR        where build writes (required for build)
  --base-url URL   the site's absolute URL: canonical links, og:url and the sitemap need it
  --site-name NAME the site's name (og:site_name, JSON-LD publisher)
  --lang TAG       the pages' <html lang> (build; default en)
  --json           render: print the page object as JSON instead of HTML
  -h, --help       this text
  --version        pagemark's version`;

/** Flags that take a value, and those that stand alone; any other is an error naming it. */
const VALUED = new Set(["out", "base-url", "site-name", "lang"]);
const SWITCHES = new Set(["json", "help", "version"]);

const escapeText = (s) => s.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]);

/** A complete HTML document for a rendered page. */
function documentFor(page, lang) {
  return `<!doctype html>\n<html lang="${escapeText(lang)}">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n${page.head}</head>\n<body>\n${page.html}</body>\n</html>\n`;
}

function options(flags) {
  return { site: { baseUrl: flags["base-url"], name: flags["site-name"] } };
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
      if (flags[key] === undefined || (inline === undefined && flags[key].startsWith("--"))) throw new Error(`--${key} needs a value`);
    } else throw new Error(`unknown option ${a}`);
  }
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

/** `content/blog/post.md` → `blog/post/index.html`; `_index.md`/`index.md` → the folder's index. */
function outputPath(root, file) {
  const rel = relative(root, file).replace(/\.(md|markdown)$/, "");
  const parts = rel.split(sep);
  if (["index", "_index"].includes(parts.at(-1))) parts.pop();
  return join(...parts, "index.html");
}

if (!isMainThread) {
  // A worker: render the files it is sent, one message back per file.
  const renderer = new Renderer(workerData.options);
  parentPort.on("message", ({ file, out, urlPath }) => {
    try {
      const page = renderer.render(readFileSync(file, "utf8"));
      mkdirSync(dirname(out), { recursive: true });
      writeFileSync(out, documentFor(page, workerData.lang));
      parentPort.postMessage({ file, ok: true, url: page.meta.canonical ?? (workerData.options.site.baseUrl ? new URL(urlPath, workerData.options.site.baseUrl).href : null), lastmod: page.meta.dateModified ?? page.meta.datePublished, warnings: page.warnings.length });
    } catch (e) {
      parentPort.postMessage({ file, ok: false, error: describe(file, e) });
    }
  });
} else {
  main().then((code) => process.exit(code), (e) => {
    console.error(`pagemark: ${e.message}\n${USAGE}`);
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
    process.stdout.write(flags.json ? `${JSON.stringify(page, null, 2)}\n` : documentFor(page, "en"));
    return 0;
  }
  if (command === "build" && target && flags.out) return build(resolve(target), resolve(flags.out), flags);
  console.error(USAGE);
  return 2;
}

async function build(root, out, flags) {
  const files = listMarkdown(root);
  const opts = options(flags);
  const count = Math.max(1, Math.min(files.length, (availableParallelism?.() ?? cpus().length)));
  const workers = Array.from({ length: count }, () => new Worker(fileURLToPath(import.meta.url), { workerData: { options: opts, lang: flags.lang ?? "en" } }));
  const results = [];
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
      const file = files[next++];
      const rel = outputPath(root, file);
      worker.postMessage({ file, out: join(out, rel), urlPath: `/${dirname(rel).split(sep).join("/")}/`.replace(/\/\.\/$|\/+$/, "/") });
    };
    for (const worker of workers) {
      worker.on("message", (result) => {
        results.push(result);
        done++;
        if (!result.ok) process.stderr.write(`${tty ? "\n" : ""}${result.error}\n`);
        progress();
        if (done === files.length) finish();
        else feed(worker);
      });
      feed(worker);
    }
    if (files.length === 0) finish();
  });
  await Promise.all(workers.map((w) => w.terminate()));
  if (tty) process.stderr.write("\n");
  const urls = results.filter((r) => r.ok && r.url).sort((a, b) => (a.url < b.url ? -1 : 1));
  const sitemap = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.map((r) => `  <url><loc>${escapeText(r.url)}</loc>${r.lastmod ? `<lastmod>${escapeText(r.lastmod)}</lastmod>` : ""}</url>\n`).join("")}</urlset>\n`;
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, "sitemap.xml"), sitemap);
  const failed = results.filter((r) => !r.ok).length;
  process.stderr.write(`pagemark: ${results.length - failed} pages written to ${out}, ${failed} failed, sitemap.xml with ${urls.length} URLs\n`);
  return failed ? 1 : 0;
}
