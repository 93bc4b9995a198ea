// pagemark against the JavaScript pipelines it replaces, on the committed corpus, in one Node
// process: every round runs each pipeline once over a set (alternating, so machine noise hits
// all alike); speed is CPU-time MB/s (process.cpuUsage), the median of the rounds. Also:
// per-document latency on `qa`, the package size, wasm memory, and the native ceiling (from
// `cargo bench --bench pipeline -- --json`). Writes BENCHMARKS.md. Run by `make bench`.
import { existsSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { execFileSync } from "node:child_process";
import { cpus, totalmem } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import matter from "gray-matter";
import MarkdownIt from "markdown-it";
import sanitizeHtml from "sanitize-html";
import { marked } from "marked";
import createDOMPurify from "dompurify";
import { JSDOM } from "jsdom";
import * as mdwasm from "markdown-wasm";
import { initSync, Renderer } from "../../pkg/pagemark.js";

const root = fileURLToPath(new URL("../..", import.meta.url));
const wasmBytes = readFileSync(join(root, "pkg/pagemark_bg.wasm"));
const wasm = initSync({ module: wasmBytes });
await mdwasm.ready;

const ROUNDS = Number(process.env.ROUNDS ?? 5);
const sets = ["qa", "docs", "big", "html"];
const corpus = Object.fromEntries(
  sets.map((set) => {
    const dir = join(root, "benches/corpus", set);
    const docs = readdirSync(dir).filter((f) => f.endsWith(".md")).sort().map((f) => readFileSync(join(dir, f), "utf8"));
    return [set, { docs, bytes: docs.reduce((n, d) => n + Buffer.byteLength(d), 0) }];
  }),
);

// The same content choice pagemark makes: a blank body takes the `answer`/`content` field,
// its literal \n escapes turned into newlines — so every pipeline renders the same markdown.
function content(file) {
  if (file.content.replaceAll("&nbsp;", "").trim() !== "") return file.content;
  const field = file.data.content ?? file.data.answer ?? file.data.body ?? "";
  return String(field).includes("\n") ? String(field) : String(field).replaceAll("\\n", "\n").replaceAll("\\t", "\t");
}
const bodyOf = (doc) => content(matter(doc, {}));

const md = new MarkdownIt({ html: true, linkify: false });
const purify = createDOMPurify(new JSDOM("").window);
const renderer = new Renderer({ site: { baseUrl: "https://example.com", name: "Bench" } });
const pipelines = {
  pagemark: (doc) => renderer.render(doc).html.length,
  "gray-matter + markdown-it + sanitize-html": (doc) => sanitizeHtml(md.render(bodyOf(doc))).length,
  "gray-matter + marked + DOMPurify (jsdom)": (doc) => purify.sanitize(marked.parse(bodyOf(doc))).length,
  "markdown-it alone": (doc, body) => md.render(body).length,
  "markdown-wasm alone": (doc, body) => mdwasm.parse(body).length,
};
const SLOW = "gray-matter + marked + DOMPurify (jsdom)";

function cpuSeconds(f) {
  const start = process.cpuUsage();
  f();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1e6;
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const speed = {};
for (const set of sets) {
  const { docs, bytes } = corpus[set];
  const bodies = docs.map(bodyOf); // "alone" pipelines get the markdown ready-made
  const samples = Object.fromEntries(Object.keys(pipelines).map((p) => [p, []]));
  for (let round = 0; round < ROUNDS; round++) {
    for (const [name, run] of Object.entries(pipelines)) {
      if (name === SLOW && round >= 3) continue; // 0.8 MB/s: three rounds are enough
      const seconds = cpuSeconds(() => docs.forEach((d, i) => run(d, bodies[i])));
      samples[name].push(bytes / 1e6 / seconds);
    }
  }
  speed[set] = Object.fromEntries(Object.entries(samples).map(([k, v]) => [k, median(v)]));
  process.stderr.write(`bench: ${set} done\n`);
}

// Latency per document on qa (wall clock, each document timed alone, after a warm-up pass).
function latency(run) {
  const { docs } = corpus.qa;
  const bodies = docs.map(bodyOf);
  docs.forEach((d, i) => run(d, bodies[i]));
  const times = docs.map((d, i) => {
    const t = process.hrtime.bigint();
    run(d, bodies[i]);
    return Number(process.hrtime.bigint() - t) / 1e3;
  });
  times.sort((a, b) => a - b);
  return { p50: times[Math.floor(times.length * 0.5)], p99: times[Math.floor(times.length * 0.99)] };
}
const latencies = { pagemark: latency(pipelines.pagemark), "markdown-wasm alone": latency(pipelines["markdown-wasm alone"]) };

// Memory: the wasm memory after everything above, and after rendering the whole corpus again.
const memoryAfterCorpus = wasm.memory.buffer.byteLength;
for (const set of sets) corpus[set].docs.forEach((d) => renderer.render(d));
const memoryAfterRepeat = wasm.memory.buffer.byteLength;
const largestInput = Math.max(...sets.flatMap((s) => corpus[s].docs.map((d) => Buffer.byteLength(d))));

// Every file the browser entry loads: the glue, the JS snippets it imports, and the module.
const gz = (bytes) => gzipSync(bytes, { level: 9 }).length;
const snippets = readdirSync(join(root, "pkg/snippets"), { recursive: true })
  .filter((f) => f.endsWith(".js"))
  .map((f) => ({ name: `pkg/snippets/${f}`, bytes: readFileSync(join(root, "pkg/snippets", f)) }));
const download = [
  { name: "pkg/pagemark_bg.wasm", bytes: wasmBytes },
  { name: "pkg/pagemark.js (glue)", bytes: readFileSync(join(root, "pkg/pagemark.js")) },
  ...snippets,
];
const downloadGz = download.reduce((sum, f) => sum + gz(f.bytes), 0);

let native = null;
try {
  const out = execFileSync("cargo", ["bench", "-q", "--bench", "pipeline", "--", "--json"], { cwd: root, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] });
  native = JSON.parse(out.trim().split("\n").pop());
} catch (e) {
  process.stderr.write(`bench: native benchmark failed: ${e.message}\n`);
}

// ---- report ----
const f1 = (x) => (x >= 100 ? x.toFixed(0) : x.toFixed(1));
const ratio = (a, b) => `${(a / b).toFixed(2)}×`;
const names = Object.keys(pipelines);
const lines = [];
lines.push("# Benchmarks", "");
lines.push(`Generated by \`make bench\` (\`node benches/js/bench.mjs\`) on ${new Date().toISOString().slice(0, 10)}: Node ${process.version}, ${cpus().length} × ${cpus()[0].model.trim()}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB. One process, pipelines alternated each round, CPU-time MB/s, median of ${ROUNDS} rounds (3 for the jsdom pipeline). Corpus: \`benches/corpus/\` (see its README); MB/s counts the source file bytes, front matter included, for every pipeline.`, "");
lines.push("pagemark runs the whole pipeline (front matter, markdown, sanitizing, head tags with JSON-LD, TOC, SEO warnings) through a reused `Renderer`. The JS pipelines parse front matter and render and sanitize the same content (the `answer` field for `qa`), but build no head. \"alone\" rows render ready-made markdown only: no front matter, no sanitizing.", "");
lines.push("## Throughput (MB/s, higher is better)", "");
lines.push(`| pipeline | ${sets.join(" | ")} |`, `|---|${sets.map(() => "---:").join("|")}|`);
for (const n of names) lines.push(`| ${n} | ${sets.map((s) => f1(speed[s][n])).join(" | ")} |`);
if (native) lines.push(`| pagemark native (Rust, same pipeline) | ${sets.map((s) => f1(native[s].render)).join(" | ")} |`);
lines.push("", "## Targets (ratios from this run)", "");
lines.push(`| target | ${sets.join(" | ")} |`, `|---|${sets.map(() => "---:").join("|")}|`);
const row = (label, f) => lines.push(`| ${label} | ${sets.map(f).join(" | ")} |`);
row("pagemark ÷ gray-matter+markdown-it+sanitize-html (target ≥ 10×)", (s) => ratio(speed[s].pagemark, speed[s]["gray-matter + markdown-it + sanitize-html"]));
row("pagemark ÷ markdown-wasm (target ≥ 1.0×; ≥ 0.75× on html)", (s) => ratio(speed[s].pagemark, speed[s]["markdown-wasm alone"]));
if (native) row("pagemark wasm ÷ native (target ≥ 0.6×)", (s) => ratio(speed[s].pagemark, native[s].render));
lines.push("", "## Latency per document on `qa` (µs, wall clock)", "", "| pipeline | p50 | p99 |", "|---|---:|---:|");
for (const [n, l] of Object.entries(latencies)) lines.push(`| ${n} | ${l.p50.toFixed(1)} | ${l.p99.toFixed(1)} |`);
// The live preview in Chromium, from the last `make bench-browser` (benches/js/live-preview.md).
if (existsSync(join(root, "benches/js/live-preview.md"))) lines.push("", readFileSync(join(root, "benches/js/live-preview.md"), "utf8").trim());
lines.push("", "## Size", "", "Every file the browser entry loads, gzip -9.", "", "| file | bytes | gzip -9 |", "|---|---:|---:|");
for (const f of download) lines.push(`| ${f.name} | ${f.bytes.length} | ${gz(f.bytes)} |`);
lines.push(`| total download | | **${downloadGz}** (target ≤ 153600) |`);
// The steps taken toward the target, each measured when it landed (benches/js/size-steps.md).
lines.push("", readFileSync(join(root, "benches/js/size-steps.md"), "utf8").trim());
lines.push("", "## Memory", "");
lines.push(`wasm memory after the whole benchmark: ${(memoryAfterCorpus / 2 ** 20).toFixed(1)} MiB; after rendering the whole corpus once more: ${(memoryAfterRepeat / 2 ** 20).toFixed(1)} MiB (${memoryAfterRepeat === memoryAfterCorpus ? "no growth" : "grew"}). Largest input: ${(largestInput / 2 ** 20).toFixed(2)} MiB, so memory is ${(memoryAfterRepeat / largestInput).toFixed(1)}× the largest input (target ≤ 4×).`);
if (native) {
  lines.push("", "## Native stages (Rust, MB/s of each stage's own input)", "", "| set | front matter | markdown + sanitize | sanitize only | render (all) |", "|---|---:|---:|---:|---:|");
  for (const s of sets) lines.push(`| ${s} | ${f1(native[s].frontMatter)} | ${f1(native[s].markdown)} | ${f1(native[s].sanitize)} | ${f1(native[s].render)} |`);
}
try {
  const table = execFileSync("cargo", ["bench", "-q", "--bench", "pathological", "--", "--markdown"], { cwd: root, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] });
  lines.push("", "## Pathological inputs (native, best of 3; growth = time at 10× the size ÷ time, target ≤ 15×)", "", table.trim());
} catch (e) {
  process.stderr.write(`bench: pathological benchmark failed: ${e.message}\n`);
}
try {
  const table = execFileSync("cargo", ["bench", "-q", "--bench", "frontmatter", "--", "--markdown"], { cwd: root, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] });
  lines.push("", "## Front-matter readers (native, CPU-time MB/s, median of 15 rounds; `cargo bench --bench frontmatter`)", "", "Ours through the whole front-matter stage (`parse` of a `+++` document); the crate on the block alone.", "", table.trim());
} catch (e) {
  process.stderr.write(`bench: front-matter benchmark failed: ${e.message}\n`);
}
try {
  const table = execFileSync("bash", ["benches/js/variants.sh"], { cwd: root, encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] });
  lines.push("", "## Build variants (wasm in Node, MB/s; the download is .wasm + glue)", "", "Regenerated by `bash benches/js/variants.sh` (part of `make bench`): each build alternated in one process.", "", table.trim());
} catch (e) {
  process.stderr.write(`bench: build variants failed: ${e.message}\n`);
}
const notes = readFileSync(join(root, "benches/js/NOTES.md"), "utf8");
lines.push("", notes.trim(), "");
writeFileSync(join(root, "BENCHMARKS.md"), lines.join("\n"));
console.log(lines.join("\n"));
