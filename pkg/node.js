// Node entry: loads the WebAssembly module next to this file synchronously at import, so
// `import { render } from "pagemark"` works with no init call.
import { readFileSync } from "node:fs";
import { initSync } from "./pagemark.js";

initSync({ module: readFileSync(new URL("./pagemark_bg.wasm", import.meta.url)) });

export * from "./pagemark.js";
export { default } from "./pagemark.js";
