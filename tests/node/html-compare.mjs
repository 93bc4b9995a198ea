// HTML compared as a browser would read it: both sides parsed and serialized by parse5 (a
// spec-compliant parser), white space between block tags dropped, and the attributes pagemark
// adds on purpose left out (heading ids, image loading hints, rel on external links). Shared
// by the CommonMark and GFM conformance tests.
import { parseFragment, serialize } from "parse5";

const BLOCK = "address|article|aside|blockquote|details|div|dl|dd|dt|fieldset|figcaption|figure|footer|form|h[1-6]|header|hr|li|main|nav|ol|p|pre|section|table|thead|tbody|tfoot|tr|th|td|ul";
const ADDED = { h1: ["id"], h2: ["id"], h3: ["id"], h4: ["id"], h5: ["id"], h6: ["id"], img: ["loading", "decoding", "fetchpriority"], a: ["rel"] };

function strip(node) {
  if (node.attrs && ADDED[node.tagName]) node.attrs = node.attrs.filter((a) => !ADDED[node.tagName].includes(a.name));
  node.attrs?.sort((a, b) => (a.name < b.name ? -1 : 1));
  for (const child of node.childNodes ?? []) strip(child);
  if (node.content) strip(node.content);
}

/** `html` in the form two renderings are compared in. */
export function normalize(html) {
  const fragment = parseFragment(html);
  strip(fragment);
  return serialize(fragment)
    .replace(new RegExp(`\\s*(</?(?:${BLOCK})(?:\\s[^>]*)?>)\\s*`, "g"), "$1")
    .trim();
}

