// Shared by the Node tests: pack pkg/ and install it into a temporary project the way an npm
// consumer would, then run scripts there that import "pagemark" by name.
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

export const root = fileURLToPath(new URL("../..", import.meta.url));
export const fixture = (name) => readFileSync(join(root, "tests/fixtures", name), "utf8");

/** `npm pack` of pkg/ into `destination`; the tarball's path. */
export function pack(destination) {
  const name = execFileSync("npm", ["pack", "--silent", "--pack-destination", destination, join(root, "pkg")], { encoding: "utf8" }).trim().split("\n").pop();
  return join(destination, name);
}

let installed = null;

/** A temporary project with the packed pagemark installed; created once per test process. */
export function consumerProject() {
  if (installed) return installed;
  const dir = mkdtempSync(join(tmpdir(), "pagemark-consumer-"));
  const tarball = pack(dir);
  writeFileSync(join(dir, "package.json"), JSON.stringify({ name: "consumer", private: true, type: "module" }));
  execFileSync("npm", ["install", "--no-audit", "--no-fund", "--offline", tarball], { cwd: dir, stdio: "pipe" });
  installed = { dir, tarball };
  return installed;
}

/** Run an ES module in the consumer project; it prints JSON, which is returned parsed. */
export function runInConsumer(code) {
  const { dir } = consumerProject();
  const file = join(dir, `script-${Math.random().toString(36).slice(2)}.mjs`);
  writeFileSync(file, code);
  return JSON.parse(execFileSync("node", [file], { cwd: dir, encoding: "utf8" }));
}
