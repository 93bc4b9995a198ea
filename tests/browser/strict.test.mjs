// Strict pages: under `script-src 'self' 'wasm-unsafe-eval'; object-src 'none'; base-uri 'none';
// require-trusted-types-for 'script'; trusted-types pagemark`, init, renderAll, applyHead,
// toTrustedHTML and applyUpdate work and no violation is reported (tests/strict/).
import { test } from "node:test";
import assert from "node:assert/strict";
import { start } from "./browser.mjs";

test("under a strict CSP with Trusted Types enforced, every helper works and nothing is refused", async () => {
  const env = await start();
  try {
    const page = await env.browser.newPage();
    const errors = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto(`${env.base}/tests/strict/index.html`);
    const results = JSON.parse(await (await page.waitForSelector("body[data-results]", { state: "attached" })).getAttribute("data-results"));
    assert.equal(results.error, undefined);
    assert.deepEqual(results.violationsBefore, [], "no violation while pagemark writes");
    assert.match(results.renderAll, /<h1 id="hello">Hello<\/h1>\n<p>Some <em>text<\/em> <img src="x"[^>]*> and a link\.<\/p>/);
    assert.equal(results.title, "Embedded under Trusted Types");
    assert.equal(results.trustedType, "TrustedHTML");
    assert.match(results.own, /<b>bold<\/b>/);
    assert.equal(results.forged, "invalid-argument", "a forged page gets no TrustedHTML");
    assert.match(results.live, /<h1>T<\/h1>[\s\S]*<p data-line="3">Hi<\/p>/);
    assert.equal(results.control, "TypeError", "the page enforces Trusted Types");
    assert.equal(results.violations.length, 1, "the control's refusal is reported: the watcher works");
    assert.match(results.violations[0], /require-trusted-types-for/);
    assert.equal(results.pwned, null);
    assert.deepEqual(errors, []);
  } finally {
    await env.close();
  }
});
