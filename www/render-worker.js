// The demo's render worker: { id, source | edit, options, reset } in, { id, update | error, ms }
// out. It keeps the text, so after the first message a keystroke sends only its edit
// (`{ at, remove, insert }`); a message with neither only waits for the module, and answers { id }
// once it is loaded.
import { ready, updateSource } from "./render-service.js";

let text = "";

self.onmessage = async ({ data: { id, source, edit, options, reset } }) => {
  if (source === undefined && edit === undefined) {
    await ready;
    self.postMessage({ id });
    return;
  }
  text = source ?? text.slice(0, edit.at) + edit.insert + text.slice(edit.at + edit.remove);
  self.postMessage({ id, ...(await updateSource(text, options, reset)) });
};
