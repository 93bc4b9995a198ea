#!/usr/bin/env bash
# Speed and size of the package's wasm at each optimisation level, for BENCHMARKS.md (run by
# benches/js/bench.mjs): each variant is built into target/variants/, then benches/js/variants.mjs
# measures them alternated in one Node process and prints a markdown table.
set -euo pipefail
cd "$(dirname "$0")/../.."
out=target/variants
wasm_opt=node_modules/.bin/wasm-opt
features="--enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext --enable-mutable-globals --enable-reference-types --enable-multivalue"

# build NAME CARGO_DIR [cargo --config ...]: the crate at these settings, then its glue.
build() {
  local name=$1 dir=$2
  shift 2
  CARGO_TARGET_DIR=$out/$dir cargo build -q --lib --target wasm32-unknown-unknown --release "$@" >&2
  mkdir -p "$out/$name"
  wasm-bindgen --target web --out-dir "$out/$name" --out-name pagemark "$out/$dir/wasm32-unknown-unknown/release/pagemark.wasm"
}
# optimize NAME FLAGS: wasm-opt in place.
optimize() {
  # shellcheck disable=SC2086
  "$wasm_opt" $2 $features "$out/$1/pagemark_bg.wasm" -o "$out/$1/pagemark_bg.wasm"
}
# Every dependency (hash tables, the allocator, wasm-bindgen) at z; pagemark itself, the hot path, at 3.
deps_z=(--config 'profile.release.package."*".opt-level="z"')

# shipped: every crate at opt-level 3 (Cargo.toml), inlining threshold 80 without the hint bonus and no
# unrolling (.cargo/config.toml),
# then wasm-opt -O3 with the producers and target-features sections stripped
# (scripts/build-pkg.sh). The download column counts the glue unminified, for every variant alike.
build "shipped, no wasm-opt" shipped
build "shipped (wasm-opt -O3)" shipped && optimize "shipped (wasm-opt -O3)" "-O3 --strip-producers --strip-target-features"
# LLVM's own inlining threshold (225 at -O3) and loop unrolling: RUSTFLAGS, even empty, replaces the
# config's flags.
RUSTFLAGS="" build "LLVM's inlining and unrolling, wasm-opt -O3" llvm-inline && optimize "LLVM's inlining and unrolling, wasm-opt -O3" -O3
# Session 19's inlining (threshold 100, hinted callees at LLVM's 325): the size the shipped
# threshold of 80 without the hint bonus saves, and the speed it costs.
RUSTFLAGS="-C llvm-args=-inline-threshold=100 -C llvm-args=-unroll-threshold=0 -C llvm-args=-unroll-runtime=false" \
  build "threshold 100, inline hints at 325, wasm-opt -O3" hint-bonus && optimize "threshold 100, inline hints at 325, wasm-opt -O3" -O3
build "dependencies at z, hot path at 3, wasm-opt -O3" deps-z "${deps_z[@]}" && optimize "dependencies at z, hot path at 3, wasm-opt -O3" -O3
build "all at s, wasm-opt -Os" all-s --config 'profile.release.opt-level="s"' && optimize "all at s, wasm-opt -Os" -Os
build "all at z, wasm-opt -Oz" all-z --config 'profile.release.opt-level="z"' && optimize "all at z, wasm-opt -Oz" -Oz

node benches/js/variants.mjs "$out" "shipped (wasm-opt -O3)" "shipped, no wasm-opt" "LLVM's inlining and unrolling, wasm-opt -O3" \
  "threshold 100, inline hints at 325, wasm-opt -O3" "dependencies at z, hot path at 3, wasm-opt -O3" \
  "all at s, wasm-opt -Os" "all at z, wasm-opt -Oz"
