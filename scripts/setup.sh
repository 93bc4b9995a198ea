#!/usr/bin/env bash
# Installs what `make pkg`, `make test` and `make demo` need. Idempotent: every step checks first,
# so a warm machine passes through in about a second.
set -euo pipefail
cd "$(dirname "$0")/.."

WB_VERSION=$(sed -n 's/^wasm-bindgen *= *{ *version *= *"=\([0-9.]*\)".*/\1/p' Cargo.toml)
[ -n "$WB_VERSION" ] || { echo "setup: cannot read the pinned wasm-bindgen version from Cargo.toml" >&2; exit 1; }

want_browser=0
[ "${1:-}" = "--browser" ] && want_browser=1

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  echo "setup: adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

for component in rustfmt clippy; do
  if ! rustup component list --installed 2>/dev/null | grep -q "^$component"; then
    echo "setup: adding the $component component"
    rustup component add "$component"
  fi
done

if [ "$(wasm-bindgen --version 2>/dev/null | awk '{print $2}')" != "$WB_VERSION" ]; then
  echo "setup: installing wasm-bindgen-cli $WB_VERSION (about 7 minutes on 2 cores)"
  # Without --locked: the crate's lock file pins versions newer than some registry mirrors hold.
  cargo install wasm-bindgen-cli --version "$WB_VERSION" --force
fi

# npm ci in a folder with a package-lock.json, unless its node_modules is already current.
npm_ci() {
  if [ ! -d "$1/node_modules" ] || [ "$1/package-lock.json" -nt "$1/node_modules/.package-lock.json" ]; then
    echo "setup: npm ci in $1 ($2)"
    (cd "$1" && npm ci --no-audit --no-fund)
  fi
}

npm_ci . "test and build tooling"
npm_ci tests/runtimes "Deno, Bun, workerd and esbuild for the runtime tests"
if [ "$want_browser" = 1 ]; then npm_ci tests/consumers "Vite and webpack for the consumer apps"; fi

if [ "$want_browser" = 1 ] && { [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; }; then
  echo "setup: installing Debian's chromium and chromium-driver"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq chromium chromium-driver >/dev/null
fi
