// A worker that renders off the main thread: post { source, options }, get back the page or
// the error's fields.
import init, { Renderer } from "../../pkg/pagemark.js";

const ready = init();
let renderer = null;
let optionsKey = "";

self.onmessage = async ({ data: { id, source, options } }) => {
  await ready;
  const key = JSON.stringify(options ?? {});
  if (key !== optionsKey) {
    renderer?.free();
    renderer = new Renderer(options ?? {});
    optionsKey = key;
  }
  try {
    self.postMessage({ id, page: renderer.render(source) });
  } catch (e) {
    self.postMessage({ id, error: { code: e.code, message: e.message, line: e.line, column: e.column } });
  }
};
