// One render function for the demo, used inside the worker and, where workers are unavailable,
// on the main thread: a Renderer reused until the options change (no per-keystroke option
// parsing), asked for what changed since the last source (`renderer.update`), so what crosses
// postMessage and what the page patches follow the edit, not the document.
import init, { Renderer } from "../pkg/pagemark.js";

/** Resolves once the module is loaded. */
export const ready = init();
let renderer = null;
let optionsKey = "";

/**
 * `{ update, ms }` or `{ error, ms }`. A new renderer (options changed, or `reset`: another
 * engine rendered meanwhile) starts with a shell, which rebuilds the preview.
 */
export async function updateSource(source, options, reset = false) {
  await ready;
  const key = JSON.stringify(options);
  if (key !== optionsKey || reset) {
    renderer?.free();
    renderer = null;
    optionsKey = "";
    try {
      renderer = new Renderer(options);
      optionsKey = key;
    } catch (e) {
      return { error: fields(e), ms: 0 };
    }
  }
  const started = performance.now();
  try {
    const update = renderer.update(source);
    return { update, ms: performance.now() - started };
  } catch (e) {
    if (fields(e).code === "internal") {
      // After a trap (a bug) the next call starts a new renderer, whose first update rebuilds
      // the preview; a worker is replaced by the caller instead.
      renderer = null;
      optionsKey = "";
    }
    return { error: fields(e), ms: performance.now() - started };
  }
}

// A PagemarkError keeps its code and position; anything else (a wasm trap: a bug) is "internal",
// and the caller starts a fresh instance.
function fields(e) {
  return e?.name === "PagemarkError"
    ? { code: e.code, message: e.message, line: e.line, column: e.column }
    : { code: "internal", message: String(e?.message ?? e) };
}
