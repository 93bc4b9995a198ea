// The variants built by benches/js/variants.sh, alternated in one process on the corpus: CPU-time
// MB/s (median of the rounds) and the gzipped download. Prints a markdown table.
import { readFileSync, readdirSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { join, resolve } from "node:path";
import { pathToFileURL, fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../..", import.meta.url));
const [dir, ...names] = process.argv.slice(2);
const ROUNDS = Number(process.env.ROUNDS ?? 5);
const sets = ["qa", "docs", "big", "html"];
const options = { site: { baseUrl: "https://example.com", name: "Example" } };

const variants = [];
for (const name of names) {
  const at = resolve(dir, name);
  const mod = await import(pathToFileURL(join(at, "pagemark.js")).href);
  const wasm = readFileSync(join(at, "pagemark_bg.wasm"));
  mod.initSync({ module: wasm });
  const gz = gzipSync(wasm, { level: 9 }).length + gzipSync(readFileSync(join(at, "pagemark.js")), { level: 9 }).length;
  variants.push({ name, renderer: new mod.Renderer(options), gz, speed: {} });
}

for (const set of sets) {
  const folder = join(root, "benches/corpus", set);
  const docs = readdirSync(folder).filter((f) => f.endsWith(".md")).map((f) => readFileSync(join(folder, f), "utf8"));
  const mb = docs.reduce((n, d) => n + Buffer.byteLength(d), 0) / 1e6;
  const samples = variants.map(() => []);
  for (let round = 0; round < ROUNDS; round++) {
    variants.forEach((v, i) => {
      const start = process.cpuUsage();
      for (const d of docs) v.renderer.render(d);
      const used = process.cpuUsage(start);
      samples[i].push(mb / ((used.user + used.system) / 1e6));
    });
  }
  variants.forEach((v, i) => (v.speed[set] = samples[i].sort((a, b) => a - b)[Math.floor(ROUNDS / 2)]));
}

console.log(`| build | ${sets.join(" | ")} | download (gzip -9) |`);
console.log(`|---|${sets.map(() => "---:").join("|")}|---:|`);
for (const v of variants) console.log(`| ${v.name} | ${sets.map((s) => v.speed[s].toFixed(1)).join(" | ")} | ${(v.gz / 1024).toFixed(0)} KB |`);
