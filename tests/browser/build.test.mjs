// `pagemark build`'s pages in Chromium, served as a static host serves them: they look like pages
// (the built-in template and pagemark.css, light and dark), every link the feed gives resolves,
// and the feed is XML.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { cpSync, copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { start } from "./browser.mjs";

const root = fileURLToPath(new URL("../..", import.meta.url));

function builtSite() {
  const src = mkdtempSync(join(tmpdir(), "pagemark-site-"));
  mkdirSync(join(src, "docs"));
  for (const name of ["getting-started__quick-start.md", "content-management__page-resources.md"]) {
    copyFileSync(join(root, "benches/corpus/docs", name), join(src, "docs", name));
  }
  copyFileSync(join(root, "tests/fixtures/quicktakes-therapeutic-integration.md"), join(src, "answer.md"));
  copyFileSync(join(root, "tests/fixtures/toml-page.md"), join(src, "release.md"));
  const out = join(src, "dist");
  const r = spawnSync("node", [join(root, "pkg/cli.js"), "build", src, "--out", out, "--base-url", "https://example.com/", "--site-name", "Example Docs"], { encoding: "utf8" });
  assert.equal(r.status, 0, r.stderr);
  return out;
}

test("built pages look like pages in light and dark, and the feed is XML whose links resolve", async () => {
  const out = builtSite();
  const env = await start(out);
  const shots = mkdtempSync(join(tmpdir(), "pagemark-shots-"));
  try {
    const page = await env.browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors = [];
    // What the page itself loads (its stylesheet); the browser's own favicon request aside.
    page.on("response", (r) => r.status() >= 400 && !r.url().endsWith("/favicon.ico") && errors.push(`${r.url()}: ${r.status()}`));
    page.on("requestfailed", (r) => errors.push(`${r.url()} failed`));
    const looks = {};
    for (const scheme of ["light", "dark"]) {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(`${env.base}/docs/getting-started__quick-start/`);
      looks[scheme] = await page.evaluate(() => {
        const style = (el) => getComputedStyle(el);
        const main = document.querySelector("main").getBoundingClientRect();
        const h1 = document.querySelector("h1");
        const p = document.querySelector("section.pagemark-content p");
        const pre = document.querySelector("pre");
        return {
          background: style(document.body).backgroundColor,
          color: style(document.body).color,
          h1: parseFloat(style(h1).fontSize),
          p: parseFloat(style(p).fontSize),
          lineHeight: parseFloat(style(p).lineHeight) / parseFloat(style(p).fontSize),
          preBackground: pre && style(pre).backgroundColor,
          width: main.width,
          left: main.left,
          h1s: document.querySelectorAll("h1").length,
          title: document.title,
        };
      });
      writeFileSync(join(shots, `quick-start-${scheme}.png`), await page.screenshot({ fullPage: false }));
    }
    const luminance = (rgb) => rgb.match(/\d+/g).slice(0, 3).reduce((sum, c) => sum + Number(c), 0) / 3;
    for (const [scheme, look] of Object.entries(looks)) {
      assert.equal(look.h1s, 1, scheme);
      assert.ok(look.h1 >= look.p * 1.6, `${scheme}: a title larger than the text`);
      assert.ok(look.p >= 16 && look.lineHeight >= 1.5, `${scheme}: readable text`);
      assert.ok(look.width <= 46 * 16 + 1 && look.left > 200, `${scheme}: a centred measure, not the window's width`);
      assert.notEqual(look.preBackground, look.background, `${scheme}: code stands out`);
      assert.ok(Math.abs(luminance(look.background) - luminance(look.color)) > 150, `${scheme}: contrast`);
    }
    assert.ok(luminance(looks.light.background) > 200 && luminance(looks.dark.background) < 60, "light and dark follow the system");

    const feed = await page.evaluate(async () => {
      const text = await (await fetch("/feed.xml")).text();
      const xml = new DOMParser().parseFromString(text, "application/xml");
      const links = [...xml.querySelectorAll("entry > link")].map((l) => l.getAttribute("href"));
      const statuses = [];
      for (const link of links) statuses.push((await fetch(new URL(link).pathname)).status);
      return { error: xml.querySelector("parsererror")?.textContent ?? null, root: xml.documentElement.namespaceURI, links, statuses };
    });
    assert.equal(feed.error, null);
    assert.equal(feed.root, "http://www.w3.org/2005/Atom");
    assert.equal(feed.links.length, 2);
    assert.deepEqual(feed.statuses, [200, 200], "every entry's link is a written page");
    const sitemap = await page.evaluate(async () => {
      const xml = new DOMParser().parseFromString(await (await fetch("/sitemap.xml")).text(), "application/xml");
      const locs = [...xml.getElementsByTagName("loc")].map((l) => new URL(l.textContent).pathname);
      return Promise.all(locs.map(async (path) => [path, (await fetch(path)).status]));
    });
    assert.equal(sitemap.length, 4);
    for (const [path, status] of sitemap) assert.equal(status, 200, path);
    assert.deepEqual(errors, []);
  } finally {
    await env.close();
  }
  console.log(`# screenshots in ${shots}`);
});
