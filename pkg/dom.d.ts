import type { PageUpdate } from "./pagemark.js";

/**
 * Apply a `Renderer.update` result to `container` with the least DOM work: only the spliced
 * nodes are parsed, removed and inserted (and the article's header when it changed). Every
 * update of one renderer must be applied, in order; the first builds the container. Browser
 * only; loads no WebAssembly, so a page whose worker renders needs only this on the main thread.
 *
 * @throws TypeError when `container` is not an element; Error when the updates are applied out
 * of order.
 */
export function applyUpdate(container: Element, update: PageUpdate): void;
