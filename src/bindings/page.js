// A rendered page as JavaScript sees it. `html` and `head` arrive as strings; the structured
// rest arrives as one JSON string and is parsed the first time one of its properties is read,
// so a caller that only inserts the HTML and the head (a preview on every keystroke, a build
// step writing files) does not pay for `JSON.parse`. The lazy properties are own, enumerable
// and writable, so spreading, `JSON.stringify`, `structuredClone` and `postMessage` see a plain
// object with every field.

const LAZY = ["headTags", "meta", "frontMatter", "toc", "warnings"];
const pending = new WeakMap();

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
  return Object.defineProperties(page, descriptors);
}
