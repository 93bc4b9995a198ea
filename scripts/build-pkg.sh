#!/usr/bin/env bash
# Builds the npm package into pkg/: release wasm, wasm-bindgen glue (web target, which also
# serves bundlers and, through pkg/node.js, Node), then wasm-opt when it accepts the module, then
# the JavaScript minified.
set -euo pipefail
cd "$(dirname "$0")/.."
# The producers and target-features sections are for tools, not engines: 0.2 KB gzipped.
# --low-memory-unused lets wasm-opt fold a pointer's added constant into the load's offset; it
# needs addresses below 1 024 never used. Rust's wasm32 linker puts the 1 MiB stack first,
# growing down to 0 (`__stack_pointer` starts at 1 048 576, data above it), so only the last
# 1 KiB of a full stack is there, and every recursion here is bounded by `Limits` far short of
# that. With a second -O3 after --gufa (whole-module flow analysis): -950 bytes gzipped, speed
# 0.98-1.05x by benches/js/ab.mjs (session 19).
# --reorder-functions-by-name last: a module's functions then sit side by side, where gzip's
# 32 KiB window finds what they repeat of each other: -954 bytes gzipped (by call count instead,
# +750).
WASM_OPT_FLAGS=${WASM_OPT_FLAGS:---low-memory-unused -O3 --gufa -O3 --reorder-functions-by-name --strip-producers --strip-target-features}

cargo build --lib --target wasm32-unknown-unknown --release
wasm-bindgen --target web --out-dir pkg --out-name pagemark target/wasm32-unknown-unknown/release/pagemark.wasm

wasm_opt=node_modules/.bin/wasm-opt
if [ -n "$WASM_OPT_FLAGS" ] && [ "$WASM_OPT_FLAGS" != none ] && [ -x "$wasm_opt" ]; then
  if "$wasm_opt" $WASM_OPT_FLAGS --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
      --enable-mutable-globals --enable-reference-types --enable-multivalue \
      pkg/pagemark_bg.wasm -o pkg/pagemark_bg.opt.wasm 2>/tmp/pagemark-wasm-opt.log; then
    mv pkg/pagemark_bg.opt.wasm pkg/pagemark_bg.wasm
  else
    echo "build-pkg: wasm-opt rejected the module; keeping the unoptimised one (see /tmp/pagemark-wasm-opt.log)" >&2
    rm -f pkg/pagemark_bg.opt.wasm
  fi
fi
# The glue and its snippets minified, as the JavaScript pipelines pagemark replaces are measured
# (esbuild --minify): 5.1 → 3.4 KB and 1.4 → 0.5 KB gzipped. Exported names are kept; the
# types are in pagemark.d.ts, which the banner points TypeScript at as wasm-bindgen's does.
esbuild=node_modules/.bin/esbuild
[ -x "$esbuild" ] || { echo "build-pkg: $esbuild is missing: run scripts/setup.sh" >&2; exit 1; }
"$esbuild" pkg/pagemark.js --minify --keep-names --format=esm --log-level=warning \
  --banner:js='/* @ts-self-types="./pagemark.d.ts" */' --outfile=pkg/pagemark.js --allow-overwrite
for snippet in pkg/snippets/*/src/bindings/*.js; do
  "$esbuild" "$snippet" --minify --format=esm --log-level=warning --outfile="$snippet" --allow-overwrite
done

raw=$(wc -c < pkg/pagemark_bg.wasm)
gz=$(gzip -9 -c pkg/pagemark_bg.wasm | wc -c)
glue=$(gzip -9 -c pkg/pagemark.js | wc -c)
echo "build-pkg: pkg/pagemark_bg.wasm ${raw} bytes, ${gz} gzipped; glue ${glue} gzipped"
