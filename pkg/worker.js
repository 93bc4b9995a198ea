// Workers entry (the `workerd` and `worker` export conditions: Cloudflare Workers built by
// wrangler or esbuild): the `.wasm` is imported as a module, which the runtime compiles ahead of
// time, and instantiated synchronously here, so `import { render } from "pagemark"` works with no
// init call and no fetch (Workers load no code over the network).
import wasm from "./pagemark_bg.wasm";
import { initSync } from "./pagemark.js";

initSync({ module: wasm });

export * from "./pagemark.js";
export { default } from "./pagemark.js";
