// The demo page in a real browser: it loads the package, renders the seed, and re-renders live
// on every keystroke, including through invalid intermediate states.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync } from "node:fs";
import { start } from "./browser.mjs";

let env;
before(async () => {
  env = await start();
  mkdirSync("target/screenshots", { recursive: true });
});
after(() => env?.close());

test("the demo renders the seed and follows the editor", async () => {
  const page = await env.browser.newPage({ viewport: { width: 1440, height: 900 } });
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(`${env.base}/www/`);
  await page.waitForSelector("body[data-ready=true]");

  const seed = await page.evaluate(() => ({
    items: [...document.querySelectorAll("#preview ol > li")].map((li) => li.querySelector("strong")?.textContent),
    h1: document.querySelector("#preview h1")?.textContent,
    byline: document.querySelector("#preview .pagemark-byline")?.textContent,
    head: document.querySelector("#head").textContent,
  }));
  assert.deepEqual(seed.items, [
    "Tailored Interventions",
    "Increased Effectiveness",
    "Addressing Complex Issues",
    "Flexibility in Treatment",
    "Enhanced Client Engagement",
    "Improved Therapeutic Alliance",
  ]);
  assert.equal(seed.h1, "How does the integration of therapeutic approaches enhance treatment effectiveness?");
  assert.equal(seed.byline, "Posted on Jan 26, 2025 by QuickTakes");
  assert.match(seed.head, /<title>QuickTakes \| Education studies<\/title>/);
  await page.screenshot({ path: "target/screenshots/demo-seed-1440.png" });

  // Every tab, at desktop and phone widths.
  for (const width of [1440, 375]) {
    await page.setViewportSize({ width, height: width === 375 ? 812 : 900 });
    for (const tab of ["preview", "search", "social", "head", "meta", "data", "warnings"]) {
      await page.click(`[role=tab][data-tab=${tab}]`);
      assert.equal(await page.locator(`[data-panel=${tab}]`).isVisible(), true, tab);
      await page.screenshot({ path: `target/screenshots/demo-${tab}-${width}.png`, fullPage: width === 375 });
    }
  }
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.click("[role=tab][data-tab=search]");
  const serp = await page.evaluate(() => ({ title: document.querySelector("#serp-title").textContent, url: document.querySelector("#serp-url").textContent, desc: document.querySelector("#serp-desc").textContent }));
  assert.equal(serp.title, "QuickTakes | Education studies");
  assert.equal(serp.url, "https://example.com › learn › education-studies › questions › how-does-the-integration-of-therapeutic-approaches-enhance-treatment-effectiveness");
  assert.ok(serp.desc.endsWith(" …") && serp.desc.length < 200, `description cut by width: ${serp.desc}`);
  assert.equal(await page.locator("#card-title").textContent(), "How does the integration of therapeutic approaches enhance treatment effectiveness?");
  await page.click("[role=tab][data-tab=preview]");

  // Type a new document key by key: every keystroke renders, half-typed front matter included.
  await page.click("#source");
  await page.keyboard.press("Control+A");
  await page.keyboard.press("Delete");
  await page.keyboard.type("---\ntitle: Typed <live>\n---\n# Hello *world*\n\nA [link](https://example.org).", { delay: 0 });
  const typed = await page.evaluate(() => ({
    preview: document.querySelector("#preview").innerHTML,
    head: document.querySelector("#head").textContent,
    error: document.querySelector("#error").hidden,
  }));
  assert.equal(typed.error, true, "no error is left once the document is valid");
  assert.match(typed.preview, /<h1 id="hello-world">Hello <em>world<\/em><\/h1>/);
  assert.match(typed.preview, /<a href="https:\/\/example.org" rel="noopener noreferrer">link<\/a>/);
  assert.match(typed.head, /<title>Typed &lt;live&gt;<\/title>/);

  // An error shows its line in the gutter; fixing it recovers.
  await page.fill("#source", "---\ntitle: ok\ntags: [a\n---\nbody");
  const broken = await page.evaluate(() => ({ error: document.querySelector("#error").textContent, mark: document.querySelector("#gutter mark")?.textContent }));
  assert.match(broken.error, /^invalid-yaml: /);
  assert.equal(broken.mark, "4");
  await page.fill("#source", "---\ntitle: ok\ntags: [a]\n---\nbody");
  assert.equal(await page.locator("#error").isHidden(), true);
  assert.equal(await page.locator("#preview").innerHTML(), "<p>body</p>\n");
  await page.screenshot({ path: "target/screenshots/demo-typed-1440.png" });
  assert.deepEqual(errors, []);
  await page.close();
});
