// `renderAll`'s dedent (src/bindings/page.js, plain JavaScript): markdown embedded in an HTML page
// loses the blank lines before it and the indentation its lines share, and keeps the rest.
import { test } from "node:test";
import assert from "node:assert/strict";
import { dedent } from "../../src/bindings/page.js";

test("dedent drops leading blank lines and the shared indentation", () => {
  assert.equal(
    dedent("\n    ---\n    title: x\n    ---\n    # Hi\n\n      code\n  "),
    "---\ntitle: x\n---\n# Hi\n\n  code\n",
  );
  assert.equal(dedent("plain"), "plain\n");
  assert.equal(dedent("\r\n\t\ta\r\n\t\t\tb\r\n"), "a\n\tb\n");
  assert.equal(dedent("  \n \n"), "");
});
