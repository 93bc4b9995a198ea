// A rendered page as JavaScript sees it. `html` and `head` arrive as strings; the structured
// rest arrives as one JSON string and is parsed the first time one of its properties is read,
// so a caller that only inserts the HTML and the head (a preview on every keystroke, a build
// step writing files) does not pay for `JSON.parse`. The lazy properties are own, enumerable
// and writable, so spreading, `JSON.stringify`, `structuredClone` and `postMessage` see a plain
// object with every field.

const LAZY = ["headTags", "meta", "frontMatter", "toc", "warnings"];
const pending = new WeakMap();
/** Every page this module made, with the HTML it was made with: `toTrustedHTML` trusts only those. */
const made = new WeakMap();

function settle(page, key, value) {
  Object.defineProperty(page, key, { value, writable: true, enumerable: true, configurable: true });
  return value;
}

const descriptors = {};
for (const key of LAZY) {
  descriptors[key] = {
    enumerable: true,
    configurable: true,
    get() {
      let rest = pending.get(this);
      if (typeof rest === "string") {
        rest = JSON.parse(rest);
        pending.set(this, rest);
      }
      return settle(this, key, rest === undefined ? undefined : rest[key]);
    },
    set(value) {
      settle(this, key, value);
    },
  };
}

export function page(html, head, rest) {
  const page = { html, head };
  pending.set(page, rest);
  made.set(page, html);
  return Object.defineProperties(page, descriptors);
}

// Trusted Types. Where the browser has them, the HTML pagemark writes into the page goes through
// one policy named "pagemark" (a CSP `trusted-types pagemark` allows exactly one), created at the
// first write. pagemark/dom holds the same lines: it loads without this module (a page whose
// worker renders), so the policy is kept under a registry symbol both look up, and whichever
// runs first creates it. The policy passes its input through: it is only ever given pagemark's
// own output (the sanitizer's, or a page this module made, checked below), and its createScript
// only the JSON-LD `applyHead` writes (a `<script type="application/ld+json">`, never run).
const POLICY = Symbol.for("pagemark.trustedTypesPolicy");

function trusted(html, kind = "createHTML") {
  const tt = globalThis.trustedTypes;
  if (typeof tt?.createPolicy !== "function") return html;
  globalThis[POLICY] ??= tt.createPolicy("pagemark", { createHTML: (s) => s, createScript: (s) => s });
  return globalThis[POLICY][kind](html);
}

/** `element.innerHTML = html` through the policy (renderAll's sink). */
export function setHtml(element, html) {
  element.innerHTML = trusted(html);
}

/** `script.textContent = json` through the policy (applyHead's JSON-LD). */
export function setScriptText(script, json) {
  script.textContent = trusted(json, "createScript");
}

/**
 * A page's HTML as a `TrustedHTML` where the browser has Trusted Types (else the string); `null`
 * for anything but a page this module made, with its `html` unchanged.
 */
export function trustedPageHtml(page) {
  if (page === null || typeof page !== "object" || !made.has(page) || made.get(page) !== page.html) return null;
  return trusted(page.html);
}
