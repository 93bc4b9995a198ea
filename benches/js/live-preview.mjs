// The live preview's latency in headless Chromium: the demo (www/) against a bare textarea
// (benches/js/textarea.html), typing a word into the middle of a long document, the GFM spec's own
// text with its front matter, at 10 KB, 100 KB and 1 MB. For each keystroke: keydown to the
// frame that shows it (for the demo, the frame after the update that includes the key has been
// applied; for the textarea, the frame after its input event), the main thread's cost of
// applying the update, the worker's render, and the bytes posted each way. Writes
// benches/js/live-preview.md and its section of BENCHMARKS.md. Run by `make bench-browser`.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { start } from "../../tests/browser/browser.mjs";

const root = fileURLToPath(new URL("../..", import.meta.url));
const WORD = " quick brown foxes jump over lazy dogs";
const ROUNDS = Number(process.env.ROUNDS ?? 3);

/** The spec's text cut (or repeated) to about `size` bytes, at a blank line outside any fence. */
function documentOf(size) {
  const spec = readFileSync(join(root, "tests/fixtures/conformance/gfm/spec.txt"), "utf8");
  const bodyAt = spec.indexOf("\n...\n") + 5;
  let text = spec;
  while (text.length < size) text += `\n${spec.slice(bodyAt)}`;
  let cut = 0;
  let fences = 0;
  for (const line of text.split("\n")) {
    const next = cut + line.length + 1;
    if (next > size) break;
    if (/^`{3,}/.test(line)) fences++;
    cut = next;
    if (line === "" && fences % 2 === 0) var end = cut;
  }
  return text.slice(0, end);
}

/** Where the caret goes: the end of the first prose paragraph after the middle. */
function caretOf(text) {
  const lines = text.split("\n");
  let at = 0;
  let fences = 0;
  for (let i = 0; i < lines.length; i++) {
    if (/^`{3,}/.test(lines[i])) fences++;
    const paragraphStart = fences % 2 === 0 && lines[i - 1] === "" && /^[A-Za-z]/.test(lines[i]);
    if (at > text.length / 2 && paragraphStart) return text.indexOf("\n\n", at);
    at += lines[i].length + 1;
  }
  return text.length;
}

// Installed in both pages before their scripts: keystroke → painted samples, the bytes that
// cross to and from a worker, and the demo's `pagemark-shown` events.
function probe() {
  const probe = (window.__probe = { samples: [], pending: [], inputs: 0, shown: 0, posted: [], received: [], renderMs: [], engines: [] });
  const painted = (t) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => probe.samples.push(performance.now() - t);
      channel.port2.postMessage(0);
    });
  addEventListener("keydown", (e) => probe.pending.push({ t: e.timeStamp, input: probe.inputs + 1 }), true);
  addEventListener("input", () => {
    probe.inputs++;
    if (!probe.demo) for (const { t } of probe.pending.splice(0)) painted(t);
  }, true);
  addEventListener("pagemark-shown", (e) => {
    probe.demo = true;
    probe.engines.push(e.detail.engine);
    probe.renderMs.push(e.detail.ms);
    probe.shown = e.detail.version;
    const done = probe.pending.filter((p) => p.input + probe.offset <= e.detail.version);
    probe.pending = probe.pending.filter((p) => !done.includes(p));
    for (const { t } of done) painted(t);
  });
  const NativeWorker = window.Worker;
  if (!NativeWorker) return;
  window.Worker = class extends NativeWorker {
    constructor(...args) {
      super(...args);
      this.addEventListener("message", ({ data }) => {
        probe.received.push(JSON.stringify(data).length);
      });
    }
    postMessage(data, transfer) {
      probe.posted.push(JSON.stringify(data ?? {}).length);
      super.postMessage(data, transfer);
    }
  };
}

async function typeInto(page, text, caret) {
  await page.evaluate(({ text, caret }) => {
    const source = document.querySelector("#source");
    source.value = text;
    source.dispatchEvent(new Event("input"));
    source.focus();
    source.setSelectionRange(caret, caret);
    source.scrollTop = source.value.slice(0, caret).split("\n").length * 19.5 - 200;
  }, { text, caret });
  if (await page.evaluate(() => !!document.querySelector("#preview"))) {
    await page.waitForSelector("body[data-busy=false]");
    await page.waitForFunction(() => window.__probe.shown > 0 && window.__probe.pending.length === 0);
  }
  await page.waitForTimeout(300);
  await page.evaluate(() => {
    const p = window.__probe;
    // Each later input is one render: the k-th typed key is shown by version shown + k.
    p.offset = p.shown - p.inputs;
    Object.assign(p, { samples: [], pending: [], posted: [], received: [], renderMs: [], engines: [] });
    performance.clearMeasures();
  });
  for (const [i, key] of [...WORD].entries()) {
    await page.keyboard.press(key === " " ? "Space" : key);
    await page.waitForFunction((n) => window.__probe.samples.length >= n, i + 1, { timeout: 30_000 });
    await page.waitForTimeout(60);
  }
  return page.evaluate(() => ({
    samples: window.__probe.samples,
    posted: window.__probe.posted,
    received: window.__probe.received,
    renderMs: window.__probe.renderMs,
    engines: window.__probe.engines,
    apply: performance.getEntriesByName("pagemark:apply").map((e) => e.duration),
  }));
}

const quantile = (xs, q) => {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))];
};
const median = (xs) => quantile(xs, 0.5);
const padded = (xs, n) => xs.concat(Array(Math.max(0, n - xs.length)).fill(0));

const env = await start();
const rows = [];
try {
  const sizes = [["10 KB", 10_000], ["100 KB", 100_000], ["1 MB", 1_000_000]];
  // SIZES=1MB (labels without spaces) runs only those, for a quick look; the table wants all.
  const only = process.env.SIZES?.split(",");
  for (const [label, size] of sizes.filter(([l]) => !only || only.includes(l.replace(" ", "")))) {
    const text = documentOf(size);
    const caret = caretOf(text);
    const runs = { textarea: [], demo: [] };
    for (let round = 0; round < ROUNDS; round++) {
      for (const [name, url] of [["textarea", "/benches/js/textarea.html"], ["demo", "/www/"]]) {
        const page = await env.browser.newPage({ viewport: { width: 1440, height: 900 } });
        await page.addInitScript(probe);
        await page.goto(`${env.base}${url}`);
        if (name === "demo") await page.waitForSelector("body[data-ready=true][data-busy=false]");
        runs[name].push(await typeInto(page, text, caret));
        await page.close();
      }
    }
    const all = (name, key) => runs[name].flatMap((r) => r[key]);
    const [bare, demo] = [all("textarea", "samples"), all("demo", "samples")];
    rows.push({
      label,
      bytes: text.length,
      bare: { median: median(bare), p95: quantile(bare, 0.95) },
      demo: { median: median(demo), p95: quantile(demo, 0.95) },
      over: median(demo) - median(bare),
      apply: { median: median(all("demo", "apply")), max: Math.max(...all("demo", "apply")) },
      render: median(all("demo", "renderMs")),
      onMain: all("demo", "engines").filter((e) => e === "main thread").length / all("demo", "engines").length,
      // Keystrokes rendered on the main thread post nothing: they count as 0.
      posted: median(padded(all("demo", "posted"), demo.length)),
      received: median(padded(all("demo", "received"), demo.length)),
      keys: demo.length,
    });
    process.stderr.write(`live-preview: ${label} done\n`);
  }
} finally {
  await env.close();
}

const ms = (x) => x.toFixed(1);
const targets = { "10 KB": null, "100 KB": 17, "1 MB": 50 };
const lines = [
  "## Live preview (headless Chromium, ms; `make bench-browser`)",
  "",
  `Generated by \`make bench-browser\` (\`node benches/js/live-preview.mjs\`) on ${new Date().toISOString().slice(0, 10)}: the demo (render in a worker, \`renderer.update\` + \`applyUpdate\`) and a bare textarea, in the same run, typing "${WORD.trim()}" (${WORD.length} keys, one at a time) at the end of a paragraph in the middle of the GFM spec's text with its front matter; ${ROUNDS} rounds, a fresh page each. Keystroke → painted: from the keydown to the frame after the update with that key is applied (the textarea: the frame after its input). Apply: the main thread's cost of one update (\`applyUpdate\`, the tabs, the caret mark, the gutter). Render: \`renderer.update\` alone. Engine: the share of keystrokes rendered on the main thread (the demo renders there while a render costs under 8 ms, in its worker beyond 12). Posted: characters sent to the worker per keystroke (the source) and back (the update), medians, 0 for a keystroke rendered on the main thread.`,
  "",
  "| document | textarea median | textarea p95 | demo median | demo p95 | over the textarea (target) | apply median / max | render | engine: main thread | posted → / ← |",
  "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
  ...rows.map((r) =>
    `| ${r.label} (${r.bytes.toLocaleString("en")} B) | ${ms(r.bare.median)} | ${ms(r.bare.p95)} | ${ms(r.demo.median)} | ${ms(r.demo.p95)} | **${ms(r.over)}**${targets[r.label] ? ` (≤ ${targets[r.label]})` : ""} | ${ms(r.apply.median)} / ${ms(r.apply.max)}${r.label === "1 MB" ? " (≤ 4)" : ""} | ${ms(r.render)} | ${Math.round(r.onMain * 100)} % | ${r.posted.toLocaleString("en")} / ${r.received.toLocaleString("en")} |`,
  ),
];
const section = lines.join("\n");
writeFileSync(join(root, "benches/js/live-preview.md"), `${section}\n`);
const benchmarks = join(root, "BENCHMARKS.md");
const current = readFileSync(benchmarks, "utf8");
const from = current.indexOf("## Live preview");
const next = from === -1 ? -1 : current.indexOf("\n## ", from + 1);
const updated =
  from === -1
    ? current.replace("## Reading these numbers", `${section}\n\n## Reading these numbers`)
    : `${current.slice(0, from)}${section}\n${next === -1 ? "" : current.slice(next)}`;
writeFileSync(benchmarks, updated);
console.log(section);
