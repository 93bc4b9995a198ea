// The demo's render worker: { id, source, options } in, { id, page | error, ms } out.
import { renderSource } from "./render-service.js";

self.onmessage = async ({ data: { id, source, options } }) => {
  self.postMessage({ id, ...(await renderSource(source, options)) });
};
