// pagemark/dom: applies a live-preview update (`Renderer.update`, on this thread or in a worker)
// to a container with the least DOM work: only the spliced nodes are parsed, removed and
// inserted. Plain JavaScript, no WebAssembly: a page whose worker renders loads only this file.

// Trusted Types: the same policy as the main module's (see `trusted` in its page.js snippet),
// found under the same registry symbol, since this file loads without it.
const POLICY = Symbol.for("pagemark.trustedTypesPolicy");

/** `html` as `TrustedHTML` through the one "pagemark" policy where the browser has Trusted Types. */
function trusted(html, kind = "createHTML") {
  const tt = globalThis.trustedTypes;
  if (typeof tt?.createPolicy !== "function") return html;
  globalThis[POLICY] ??= tt.createPolicy("pagemark", { createHTML: (s) => s, createScript: (s) => s });
  return globalThis[POLICY][kind](html);
}

/** Container → how many DOM nodes each content node became (1, unless its HTML parses otherwise). */
const shown = new WeakMap();

const ARTICLE = ":scope > article.pagemark-article";
const CONTENT = ":scope > article.pagemark-article > section.pagemark-content";

/**
 * Apply `update` to `container`. Every update of one renderer must be applied, in order; the
 * first (which carries `shell`) builds the container.
 */
export function applyUpdate(container, update) {
  if (!container || typeof container.querySelector !== "function") {
    throw new TypeError("applyUpdate needs an element to render into");
  }
  if (typeof update?.shell === "string") {
    container.innerHTML = trusted(update.shell);
    shown.set(container, []);
  }
  const sizes = shown.get(container);
  if (!sizes) {
    throw new Error("pagemark: apply the renderer's first update (the one with `shell`) before the others");
  }
  if (typeof update.lead === "string") replaceLead(container, update.lead);
  const target = container.querySelector(CONTENT) ?? container;
  const added = splice(target, sizes, update.start, update.deleteCount, update.html);
  if (update.lineShift) {
    const after = countBefore(sizes, update.start) + added.reduce((n, size) => n + size, 0);
    shiftLines(target, after, update.lineShift);
  }
  const next = sizes.slice(0, update.start).concat(added, sizes.slice(update.start + update.deleteCount));
  if (next.length !== update.nodeCount) {
    throw new Error("pagemark: this update does not follow the last one applied here; apply every update, in order");
  }
  shown.set(container, next);
}

/** How many DOM nodes the first `count` content nodes are. */
function countBefore(sizes, count) {
  let index = 0;
  for (let i = 0; i < count; i++) index += sizes[i];
  return index;
}

/** Replace `deleteCount` content nodes from `start` by `html`; how many DOM nodes each became. */
function splice(target, sizes, start, deleteCount, html) {
  const index = countBefore(sizes, start);
  let removed = 0;
  for (let i = start; i < start + deleteCount; i++) removed += sizes[i];
  const after = target.childNodes[index + removed] ?? null;
  for (let i = 0; i < removed; i++) target.childNodes[index].remove();
  const { fragment, counts } = parse(html);
  target.insertBefore(fragment, after);
  return counts;
}

/** Add `shift` to every `data-line` in the children of `target` from the `from`th on. */
function shiftLines(target, from, shift) {
  const children = target.childNodes;
  for (let i = from; i < children.length; i++) {
    const node = children[i];
    if (node.nodeType !== Node.ELEMENT_NODE) continue;
    for (const element of [node, ...node.querySelectorAll("[data-line]")]) {
      const line = element.getAttribute("data-line");
      if (line !== null) element.setAttribute("data-line", String(Number(line) + shift));
    }
  }
}

/** The nodes' HTML as one fragment: parsed at once when each gives one DOM node, else one by one. */
function parse(html) {
  const template = document.createElement("template");
  template.innerHTML = trusted(html.join(""));
  if (template.content.childNodes.length === html.length) {
    return { fragment: template.content, counts: html.map(() => 1) };
  }
  const fragment = document.createDocumentFragment();
  const counts = html.map((node) => {
    template.innerHTML = trusted(node);
    const count = template.content.childNodes.length;
    fragment.append(template.content);
    return count;
  });
  return { fragment, counts };
}

/** The article's header and question: every child of the article before its content section. */
function replaceLead(container, lead) {
  const article = container.querySelector(ARTICLE);
  const content = container.querySelector(CONTENT);
  if (!article || !content) return;
  while (article.firstChild && article.firstChild !== content) article.firstChild.remove();
  const template = document.createElement("template");
  template.innerHTML = trusted(lead);
  article.insertBefore(template.content, content);
}
