# pagemark: `make demo` serves the live demo, `make test` runs every test. Both install what
# they need first (scripts/setup.sh: idempotent, about a second when all is there).
SHELL := /bin/bash
PORT ?= 8080

.PHONY: setup pkg demo test test-rust test-node test-browser lint bench bench-browser fuzz-smoke clean

setup:
	bash scripts/setup.sh

pkg: setup
	bash scripts/build-pkg.sh

demo: pkg
	@echo "pagemark demo: http://127.0.0.1:$(PORT)/www/"
	node scripts/serve.mjs $(PORT)

lint:
	cargo fmt --check
	cargo clippy --all-targets -- -D warnings
	cargo clippy --lib --target wasm32-unknown-unknown -- -D warnings

test-rust:
	cargo test

test-node: pkg
	node --test tests/node/

test-browser: pkg
	bash scripts/setup.sh --browser
	node --test --test-concurrency=1 tests/browser/

test: setup lint test-rust test-node test-browser

bench: pkg
	cd benches/js && ( [ -d node_modules ] && [ ! package-lock.json -nt node_modules/.package-lock.json ] || npm ci --no-audit --no-fund )
	node benches/js/bench.mjs

# The live preview's keystroke latency in headless Chromium (the demo against a bare textarea).
bench-browser: pkg
	bash scripts/setup.sh --browser
	node benches/js/live-preview.mjs

# Each fuzz target briefly (cargo-fuzz on stable through RUSTC_BOOTSTRAP, no sanitizer runtime).
FUZZ_SECONDS ?= 30
fuzz-smoke:
	command -v cargo-fuzz >/dev/null || cargo install cargo-fuzz
	cd fuzz && RUSTC_BOOTSTRAP=1 cargo fuzz build --sanitizer none -O
	for t in parse render sanitize toml yaml; do \
	  mkdir -p fuzz/corpus/$$t fuzz/artifacts/$$t; \
	  fuzz/target/x86_64-unknown-linux-gnu/release/$$t fuzz/corpus/$$t fuzz/seeds/$$t \
	    -max_total_time=$(FUZZ_SECONDS) -max_len=65536 -timeout=10 -rss_limit_mb=2048 \
	    -artifact_prefix=fuzz/artifacts/$$t/ -print_final_stats=1 || exit 1; \
	done

clean:
	cargo clean
	rm -f pkg/pagemark.js pkg/pagemark.d.ts pkg/pagemark_bg.wasm pkg/pagemark_bg.wasm.d.ts
	rm -rf pkg/snippets
