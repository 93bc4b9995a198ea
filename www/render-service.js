// One render function for the demo, used inside the worker and, where workers are unavailable,
// on the main thread: a Renderer reused until the options change (no per-keystroke option
// parsing), and results as plain objects so they cross postMessage as they are.
import init, { Renderer } from "../pkg/pagemark.js";

const ready = init();
let renderer = null;
let optionsKey = "";

export async function renderSource(source, options) {
  await ready;
  const key = JSON.stringify(options);
  if (key !== optionsKey) {
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
    const page = renderer.render(source);
    return { page, ms: performance.now() - started };
  } catch (e) {
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
