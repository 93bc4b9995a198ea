// Property test of the sanitizer: thousands of inputs made by splicing the XSS vectors together
// and cutting them at random places. Every output, parsed by parse5 (a spec-compliant HTML
// parser), must have no `on*` attribute, no URL with a disallowed scheme and no forbidden
// element, and must be stable: sanitizing parse5's serialization gives the same tree.
import { test } from "node:test";
import assert from "node:assert/strict";
import { parseFragment, serialize } from "parse5";
import { renderMarkdown, sanitizeHtml } from "../../pkg/node.js";
import { vectors } from "../xss/vectors.mjs";

const SAFE = new Set(["http:", "https:", "mailto:", "tel:"]);
const FORBIDDEN = new Set(["script", "style", "iframe", "object", "embed", "svg", "math", "form", "base", "meta", "link", "template", "textarea", "title", "noscript", "xmp", "plaintext", "select", "button"]);
const URL_ATTRS = new Set(["href", "src", "cite", "action", "formaction", "srcset", "background", "data", "xlink:href"]);

let seed = 0x9e3779b9;
const random = (n) => {
  seed ^= seed << 13; seed >>>= 0;
  seed ^= seed >>> 17;
  seed ^= seed << 5; seed >>>= 0;
  return seed % n;
};

// The scheme a browser would follow the URL with; one its URL parser rejects (an invalid host,
// such as `https://a.b=c'd"`) navigates nowhere, so it counts as safe.
function protocol(url) {
  try {
    return new URL(url, "https://base.example/").protocol;
  } catch {
    return "https:";
  }
}

function violations(html) {
  const found = [];
  const walk = (node) => {
    if (node.tagName) {
      if (FORBIDDEN.has(node.tagName)) found.push(`<${node.tagName}>`);
      for (const { name, value } of node.attrs) {
        if (name.startsWith("on")) found.push(`${node.tagName}[${name}]`);
        if (name === "style") found.push(`${node.tagName}[style]`);
        if (URL_ATTRS.has(name) && !SAFE.has(protocol(value))) found.push(`${node.tagName}[${name}=${value}]`);
      }
    }
    for (const child of node.childNodes ?? []) walk(child);
  };
  walk(parseFragment(html));
  return found;
}

function mutate() {
  const a = vectors[random(vectors.length)].source;
  const b = vectors[random(vectors.length)].source;
  const cutA = random(a.length + 1);
  const cutB = random(b.length + 1);
  let s = a.slice(0, cutA) + b.slice(cutB);
  const noise = ["<", ">", '"', "'", "=", "\n\n", "`", "&", "&#", "/", " ", "-->", "<!--", "]]>", "\t", "\0"];
  for (let i = random(4); i > 0; i--) {
    const at = random(s.length + 1);
    s = s.slice(0, at) + noise[random(noise.length)] + s.slice(at);
  }
  return s;
}

test("no sanitized output has a handler, an unsafe URL or a forbidden element, and all are stable", () => {
  const options = { idPrefix: "user-content-" };
  let checked = 0;
  for (let i = 0; i < 4000; i++) {
    const source = mutate();
    for (const out of [renderMarkdown(source, options), sanitizeHtml(source, options)]) {
      assert.deepEqual(violations(out), [], `input ${JSON.stringify(source)}\noutput ${out}`);
      const reparsed = serialize(parseFragment(out));
      const again = serialize(parseFragment(sanitizeHtml(reparsed, options)));
      assert.equal(again, reparsed, `unstable for ${JSON.stringify(source)}`);
      checked++;
    }
  }
  assert.equal(checked, 8000);
});

test("an allowlist asking for what is never allowed is refused, not silently dropped", async () => {
  const { Renderer, render } = await import("../../pkg/node.js");
  const refused = (fn) => {
    try {
      fn();
    } catch (e) {
      return [e.name, e.code, e.message];
    }
    return null;
  };
  const [name, code, message] = refused(() => new Renderer({ sanitize: { addTags: ["script"] } }));
  assert.deepEqual([name, code], ["PagemarkError", "invalid-options"]);
  assert.match(message, /<script> can never be allowed/);
  assert.match(refused(() => render("x", { sanitize: { addAttributes: { a: ["onclick"] } } }))[2], /`onclick` on <a>/);
  assert.match(refused(() => sanitizeHtml("x", { sanitize: { addTags: ["kbd"], removeTags: ["kbd"] } }))[2], /both added and removed/);
  assert.match(refused(() => render("x", { sanitize: { linkSchemes: ["https", "javascript"] } }))[2], /linkSchemes: `javascript` can never be allowed: it runs script/);
  assert.match(refused(() => render("x", { sanitize: { imageSchemes: ["https:"] } }))[2], /`https:` can never be allowed.*without its `:`/);
  // Schemes match in any case, in markdown and raw HTML alike.
  assert.equal(render("[a](FTP://x/a)", { sanitize: { linkSchemes: ["Ftp"] } }).html, '<p><a href="FTP://x/a">a</a></p>\n');
  // The module keeps working, and what may be allowed is.
  assert.equal(sanitizeHtml("<ruby>a</ruby>", { sanitize: { addTags: ["ruby"] } }), "<ruby>a</ruby>");
});
