// TypeScript users get exact types: a consumer file that uses every export compiles with
// `tsc --noEmit --strict` against the packed, installed package (resolved by its exports map).
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { copyFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { consumerProject, root } from "./helpers.mjs";

test("tsc --strict accepts a consumer of every export", () => {
  const { dir } = consumerProject();
  copyFileSync(join(root, "tests/types/consumer.ts"), join(dir, "consumer.ts"));
  copyFileSync(join(root, "tests/types/tsconfig.json"), join(dir, "tsconfig.json"));
  const tsc = join(root, "node_modules/.bin/tsc");
  let output = "";
  try {
    output = execFileSync(tsc, ["-p", join(dir, "tsconfig.json")], { cwd: dir, encoding: "utf8" });
  } catch (e) {
    output = `${e.stdout}${e.stderr}`;
    assert.fail(`tsc failed:\n${output}`);
  }
  assert.equal(output.trim(), "");
  // And it does fail on a misuse, so the check has teeth.
  writeFileSync(join(dir, "bad.ts"), `import { render } from "pagemark";\nconst n: number = render("x").html;\nrender("x", { html: "unsafe" });\n`);
  writeFileSync(join(dir, "tsconfig.bad.json"), JSON.stringify({ extends: "./tsconfig.json", files: ["bad.ts"] }));
  assert.throws(() => execFileSync(tsc, ["-p", join(dir, "tsconfig.bad.json")], { cwd: dir, encoding: "utf8", stdio: "pipe" }));
});
