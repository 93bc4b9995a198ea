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
function setHtml(element, html) {
  element.innerHTML = trusted(html);
}

/** `script.textContent = json` through the policy (applyHead's JSON-LD). */
function setScriptText(script, json) {
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

// The browser helpers' DOM work, here rather than through web-sys imports: done in Rust it cost
// 3.9 KB of the gzipped module and 0.7 KB of glue (session 19). `dom.rs` exports them and turns
// a failure code returned here into the PagemarkError.

/** The attribute that marks the tags `applyHead` added, so it replaces exactly those. */
const MARK = "data-pagemark";

/** `attrs[key]` when it is the object's own string, else undefined. */
function attr(attrs, key) {
  return Object.hasOwn(attrs, key) && typeof attrs[key] === "string" ? attrs[key] : undefined;
}

/**
 * The attributes a head tag handed back from outside may carry, or undefined for a tag never
 * applied: only what `render` makes — `meta` (name, property, content), canonical and alternate
 * `link`s, JSON-LD `script` — so a hand-made object cannot smuggle in a script, a stylesheet or a
 * `<base>`. `title` carries no attributes.
 */
function applicable(tag, attrs) {
  switch (tag) {
    case "title":
      return [];
    case "meta":
      return ["name", "property", "content"];
    case "link":
      return ["canonical", "alternate"].includes(attr(attrs, "rel")) ? ["rel", "hreflang", "href"] : undefined;
    case "script":
      return attr(attrs, "type") === "application/ld+json" ? ["type"] : undefined;
  }
}

/** One head tag as `render` returns it: `{ tag, attrs: { name: value }, text? }`. */
function isHeadTag(t) {
  return (
    typeof t === "object" && t !== null && typeof t.tag === "string" &&
    typeof t.attrs === "object" && t.attrs !== null && !Array.isArray(t.attrs) &&
    (t.text == null || typeof t.text === "string")
  );
}

/**
 * Set `document.title` and replace the head tags an earlier call added, touching nothing else
 * in `<head>`. Every tag is checked before any is applied. Returns undefined, or the failure:
 * "no-document", "no-head" or "not-a-page".
 */
export function applyHead(page) {
  const doc = globalThis.document;
  if (!doc) return "no-document";
  if (!doc.head) return "no-head";
  const tags = page?.headTags;
  if (!Array.isArray(tags) || !tags.every(isHeadTag)) return "not-a-page";
  for (const el of doc.head.querySelectorAll(`[${MARK}]`)) el.remove();
  for (const { tag, attrs, text } of tags) {
    const allowed = applicable(tag, attrs);
    if (!allowed) continue;
    if (tag === "title") {
      doc.title = text ?? "";
      continue;
    }
    const el = doc.createElement(tag);
    for (const key of allowed) {
      const value = attr(attrs, key);
      if (value !== undefined) el.setAttribute(key, value);
    }
    // JSON-LD: under Trusted Types a script's text must be a TrustedScript.
    if (text != null) tag === "script" ? setScriptText(el, text) : (el.textContent = text);
    el.setAttribute(MARK, "");
    doc.head.append(el);
  }
}

/**
 * Markdown embedded in an HTML page is usually indented with the page: drop the blank lines
 * before it and the indentation (spaces and tabs) all its lines share, so front matter starts on
 * line 1 again.
 */
export function dedent(s) {
  const lines = s.trimEnd().split(/\r?\n/);
  const start = lines.findIndex((l) => l.trim() !== "");
  if (start < 0) return "";
  const kept = lines.slice(start);
  const indent = Math.min(...kept.filter((l) => l.trim() !== "").map((l) => /^[ \t]*/.exec(l)[0].length));
  return kept.map((l) => (/^[ \t]*$/.test(l.slice(0, indent)) ? l.slice(indent) : l.trimStart()) + "\n").join("");
}

/**
 * Render every element matching `selector` with `renderer`, which this frees: a `<script>` is
 * replaced by a `<div class="pagemark">` holding the page; any other element gets the page as its
 * content. Returns `{ element, page }` or `{ element, error }` for each, or "no-document".
 */
export function renderAll(selector, renderer) {
  try {
    const doc = globalThis.document;
    if (!doc) return "no-document";
    const results = [];
    for (const el of doc.querySelectorAll(selector ?? 'script[type="text/markdown"]')) {
      let page;
      try {
        page = renderer.render(dedent(el.textContent ?? ""));
      } catch (error) {
        results.push({ element: el, error });
        continue;
      }
      let target = el;
      if (el.tagName.toLowerCase() === "script") {
        target = doc.createElement("div");
        target.className = "pagemark";
        el.replaceWith(target);
      }
      setHtml(target, page.html);
      results.push({ element: target, page });
    }
    return results;
  } finally {
    renderer.free();
  }
}
