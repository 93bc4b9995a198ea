// The embedding examples in www/examples/ work in a real browser.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { start } from "./browser.mjs";

let env;
before(async () => (env = await start()));
after(() => env?.close());

async function open(path) {
  const page = await env.browser.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  page.on("dialog", (d) => {
    errors.push(`dialog: ${d.message()}`);
    d.dismiss();
  });
  await page.goto(`${env.base}/www/examples/${path}`);
  await page.waitForSelector("body[data-ready=true]", { state: "attached" });
  return { page, errors };
}

test("one script tag renders embedded markdown and applies the head", async () => {
  const { page, errors } = await open("embed.html");
  assert.equal(await page.title(), "Embedding pagemark");
  assert.equal(await page.locator("div.pagemark h1").textContent(), "Embedding pagemark");
  assert.equal(await page.locator("div.pagemark li").count(), 2);
  assert.equal(await page.locator("link[rel=canonical]").getAttribute("href"), "https://example.com/examples/embed");
  assert.equal(await page.locator("img[onerror]").count(), 0);
  await page.waitForTimeout(200);
  assert.deepEqual(errors, []);
  await page.close();
});

test("fetching a .md file renders the seed article", async () => {
  const { page, errors } = await open("fetch.html");
  assert.equal(await page.locator("#post ol > li").count(), 6);
  assert.equal(await page.title(), "QuickTakes | Education studies");
  assert.deepEqual(errors, []);
  await page.close();
});

test("a worker renders off the main thread and follows the input", async () => {
  const { page, errors } = await open("worker.html");
  assert.equal(await page.locator("#preview h1").textContent(), "Typing never waits for rendering");
  await page.fill("#source", "---\ntitle: [broken\n---\n");
  await page.waitForFunction(() => document.querySelector("#preview").textContent.includes("invalid-yaml"));
  await page.fill("#source", "# Fixed");
  await page.waitForFunction(() => document.querySelector("#preview h1")?.textContent === "Fixed");
  assert.deepEqual(errors, []);
  await page.close();
});
