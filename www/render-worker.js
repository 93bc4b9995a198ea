// The demo's render worker: { id, source, options, reset } in, { id, update | error, ms } out; a message
// without a source only waits for the module, and answers { id } once it is loaded.
import { ready, updateSource } from "./render-service.js";

self.onmessage = async ({ data: { id, source, options, reset } }) => {
  if (source === undefined) {
    await ready;
    self.postMessage({ id });
    return;
  }
  self.postMessage({ id, ...(await updateSource(source, options, reset)) });
};
