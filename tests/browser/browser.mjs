// Headless Chromium for the browser tests: Debian's /usr/bin/chromium driven by playwright-core,
// never a downloaded browser, and the repository served on 127.0.0.1. Playwright gives every
// launch a fresh temporary profile (the fresh --user-data-dir).
import { chromium } from "playwright-core";
import { serve } from "../../scripts/serve.mjs";

/** `start()` and one page on the XSS harness (`tests/xss/harness.html`), loaded and ready. */
export async function startHarness() {
  const env = await start();
  const page = await env.browser.newPage();
  await page.goto(`${env.base}/tests/xss/harness.html`);
  await page.waitForSelector("body[data-ready=true]", { state: "attached" });
  return { env, page };
}

/** Chromium and a server of `dir` (the repository by default). */
export async function start(dir) {
  const server = await serve(0, dir);
  const base = `http://127.0.0.1:${server.address().port}`;
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
  return {
    base,
    browser,
    async close() {
      await browser.close();
      server.close();
    },
  };
}
