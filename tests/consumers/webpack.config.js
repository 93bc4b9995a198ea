// webpack 5 build of the same app into dist/webpack. pagemark needs nothing special: webpack turns
// `new URL("pagemark_bg.wasm", import.meta.url)` in the package into an emitted asset by itself.
// The only rules here are the app's own: `?raw` imports as text, and an index.html to load it.
import { fileURLToPath } from "node:url";

const emitHtml = {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("emit-html", (compilation) => {
      compilation.hooks.processAssets.tap({ name: "emit-html", stage: compiler.webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL }, () => {
        const html = '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>pagemark in webpack</title></head><body><main id="app"></main><script src="main.js"></script></body></html>';
        compilation.emitAsset("index.html", new compiler.webpack.sources.RawSource(html));
      });
    });
  },
};

export default {
  mode: "production",
  entry: "./src/main.js",
  output: { path: fileURLToPath(new URL("dist/webpack", import.meta.url)), filename: "main.js", clean: true },
  module: { rules: [{ resourceQuery: /raw/, type: "asset/source" }] },
  plugins: [emitHtml],
  // The .wasm is over webpack's 244 KiB hint by design; its size is tracked in BENCHMARKS.md.
  performance: { assetFilter: (file) => !file.endsWith(".wasm") },
  stats: "errors-warnings",
};
