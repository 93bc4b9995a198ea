// Deep nesting and the other pathological inputs in wasm, where the stack is smaller than
// natively: each 1 MB input renders or fails with an error — never a trap — and the module keeps
// working after each.
import { test } from "node:test";
import assert from "node:assert/strict";
import { render, sanitizeHtml } from "../../pkg/node.js";

const n = 1_000_000;
const cases = {
  "nested block quotes": "> ".repeat(n / 2) + "a\n",
  "deeply nested lists": (() => {
    let s = "";
    for (let i = 0; s.length < n; i++) s += "  ".repeat(i) + "* a\n";
    return s;
  })(),
  "nested brackets": "[".repeat(n / 2) + "a" + "]".repeat(n / 2),
  "nested emphasis": "*a **a ".repeat(n / 14) + "b" + " a** a*".repeat(n / 14),
  "nested raw HTML": "<div>".repeat(n / 5),
  "nested YAML": `---\na: ${"[".repeat(n / 2)}${"]".repeat(n / 2)}\n---\n`,
  "nested JSON": `{"a": ${"[".repeat(n / 2)}${"]".repeat(n / 2)}}\n`,
  "nested TOML": `+++\na = ${"[".repeat(n / 2)}${"]".repeat(n / 2)}\n+++\n`,
};

for (const [name, source] of Object.entries(cases)) {
  test(`${name} (1 MB) in wasm`, () => {
    try {
      const page = render(source);
      assert.equal(typeof page.html, "string");
    } catch (e) {
      assert.equal(e.name, "PagemarkError", `${name}: ${e}`);
    }
    assert.equal(typeof sanitizeHtml(source), "string");
    assert.equal(render("# still fine").html, '<h1 id="still-fine">still fine</h1>\n');
  });
}
