// Compare two builds of the package in one Node process: `node benches/js/ab.mjs OLD_PKG_DIR NEW_PKG_DIR [sets]`
// (e.g. a copy of pkg/ saved before a change, and pkg/ after it). The builds alternate round by
// round on the same corpus, so the machine's drift hits both; prints CPU-time MB/s medians of 9
// rounds and the ratio. This is how the changes in benches/js/NOTES.md were judged: on this VM,
// separate runs differ by ±20–30 %, the two builds within one run do not.
import { readFileSync, readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = fileURLToPath(new URL("../..", import.meta.url));
const [oldDir, newDir, setList = "qa,docs,big,html"] = process.argv.slice(2);
if (!oldDir || !newDir) {
  console.error("usage: node benches/js/ab.mjs OLD_PKG_DIR NEW_PKG_DIR [qa,docs,big,html]");
  process.exit(2);
}
const renderers = [];
for (const dir of [oldDir, newDir].map((d) => resolve(d))) {
  const module = await import(pathToFileURL(join(dir, "pagemark.js")).href);
  await module.default({ module_or_path: readFileSync(join(dir, "pagemark_bg.wasm")) });
  renderers.push(new module.Renderer());
}
const median = (xs) => xs.sort((a, b) => a - b)[xs.length >> 1];
for (const set of setList.split(",")) {
  const dir = join(root, "benches/corpus", set);
  const docs = readdirSync(dir).map((f) => readFileSync(join(dir, f), "utf8"));
  const bytes = docs.reduce((n, d) => n + Buffer.byteLength(d), 0);
  const speeds = [[], []];
  for (let round = 0; round < 9; round++) {
    for (const which of round % 2 ? [1, 0] : [0, 1]) {
      const start = process.cpuUsage();
      for (const doc of docs) renderers[which].render(doc).html;
      const used = process.cpuUsage(start);
      speeds[which].push(bytes / ((used.user + used.system) / 1e6) / 1e6);
    }
  }
  const [a, b] = speeds.map(median);
  console.log(`${set.padEnd(5)} old ${a.toFixed(1)} MB/s  new ${b.toFixed(1)} MB/s  new/old ${(b / a).toFixed(2)}`);
}
