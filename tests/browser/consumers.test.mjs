// npm consumers with bundlers: pkg/ is packed and installed into tests/consumers the way npm
// installs a tarball, the same app is built by Vite 8 and by webpack 5, and each build (and the
// Vite dev server) is loaded in headless Chromium, where it must render the seed, apply the head,
// sanitize, survive an error, and fetch the wasm the bundler emitted.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { start } from "./browser.mjs";
import { pack, root } from "../node/helpers.mjs";

const consumers = join(root, "tests/consumers");
const run = (cmd, args) => execFileSync(cmd, args, { cwd: consumers, encoding: "utf8", stdio: "pipe" });

let env;
before(async () => {
  const dir = mkdtempSync(join(tmpdir(), "pagemark-pack-"));
  const tarball = pack(dir);
  const target = join(consumers, "node_modules/pagemark");
  rmSync(target, { recursive: true, force: true });
  mkdirSync(target, { recursive: true });
  run("tar", ["xzf", tarball, "-C", target, "--strip-components=1"]);
  rmSync(dir, { recursive: true });
  env = await start();
});
after(() => env?.close());

async function loadApp(url, screenshot) {
  const page = await env.browser.newPage({ viewport: { width: 1024, height: 768 } });
  const errors = [];
  const wasm = [];
  page.on("pageerror", (e) => errors.push(e.message));
  page.on("response", (r) => r.url().endsWith(".wasm") && wasm.push({ status: r.status(), type: r.headers()["content-type"] }));
  await page.goto(url);
  // Attached, not visible: a failed app has an empty page, and its error is in the attribute.
  await page.waitForSelector("body[data-result]", { state: "attached" });
  const seen = await page.evaluate(() => ({
    result: JSON.parse(document.body.dataset.result),
    items: [...document.querySelectorAll("#app ol > li")].map((li) => li.querySelector("strong")?.textContent),
    title: document.title,
    ogTitle: document.querySelector('meta[property="og:title"]')?.content,
    canonical: document.querySelector('link[rel="canonical"]')?.href,
  }));
  await page.screenshot({ path: screenshot });
  await page.close();
  assert.deepEqual(errors, []);
  assert.equal(wasm.length, 1, "the wasm is fetched once");
  assert.deepEqual(wasm[0], { status: 200, type: "application/wasm" });
  assert.equal(seen.result.failed, undefined, seen.result.failed);
  assert.equal(seen.items.length, 6);
  assert.equal(seen.items[0], "Tailored Interventions");
  assert.equal(seen.title, "QuickTakes | Education studies");
  assert.equal(seen.ogTitle, "How does the integration of therapeutic approaches enhance treatment effectiveness?");
  assert.match(seen.canonical, /^https:\/\/example\.com\/learn\/education-studies\//);
  assert.doesNotMatch(seen.result.hostile, /onerror|javascript:/);
  assert.match(seen.result.hostile, /<h1 id="hi">Hi<\/h1>/);
  assert.deepEqual(seen.result.error, { code: "invalid-yaml", line: 2 });
  assert.equal(seen.result.after, "<p>still <em>working</em></p>\n");
}

test("a Vite 8 production build runs in Chromium", async () => {
  run("node", ["node_modules/vite/bin/vite.js", "build"]);
  const assets = readdirSync(join(consumers, "dist/vite/assets"));
  assert.ok(assets.some((f) => /^pagemark_bg-[\w-]+\.wasm$/.test(f)), `Vite emitted the wasm as a hashed asset: ${assets}`);
  mkdirSync(join(root, "target/screenshots"), { recursive: true });
  await loadApp(`${env.base}/tests/consumers/dist/vite/`, join(root, "target/screenshots/consumer-vite.png"));
});

test("a webpack 5 production build runs in Chromium", async () => {
  run("node", ["node_modules/webpack-cli/bin/cli.js"]);
  assert.ok(readdirSync(join(consumers, "dist/webpack")).some((f) => f.endsWith(".wasm")), "webpack emitted the wasm");
  await loadApp(`${env.base}/tests/consumers/dist/webpack/`, join(root, "target/screenshots/consumer-webpack.png"));
});

test("the Vite dev server serves it too", async () => {
  const { createServer } = await import(pathToFileURL(join(consumers, "node_modules/vite/dist/node/index.js")).href);
  // The package is reinstalled under the same version each run, so Vite's dependency cache
  // (node_modules/.vite) would serve the previous build's glue: force a fresh pre-bundle.
  const server = await createServer({
    root: consumers,
    configFile: join(consumers, "vite.config.js"),
    server: { host: "127.0.0.1", port: 0 },
    optimizeDeps: { force: true },
    logLevel: "silent",
  });
  await server.listen();
  try {
    const { port } = server.httpServer.address();
    await loadApp(`http://127.0.0.1:${port}/`, join(root, "target/screenshots/consumer-vite-dev.png"));
  } finally {
    await server.close();
  }
});
