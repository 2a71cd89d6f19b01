#!/usr/bin/env bash
# Install what is missing, then run every check and test: formatting, lints on both targets,
# native engine/format/chart/storage tests, browser unit tests in headless Chromium, and
# end-to-end tests of the release build with Playwright.
source "$(dirname "$0")/setup.sh"
setup_test
cd "$ROOT"

say "cargo fmt --check"
cargo fmt --all -- --check

say "clippy (native and wasm32)"
cargo clippy --workspace --all-targets --locked -- -D warnings
cargo clippy --workspace --all-targets --locked --target wasm32-unknown-unknown -- -D warnings

say "Native tests (engine, format, chart, storage record, the send_wrapper patch)"
cargo test --workspace --locked

say "Browser unit tests (wasm-bindgen-test in headless Chromium)"
web_tests=()
for f in tests/web_*.rs; do web_tests+=(--test "$(basename "$f" .rs)"); done
CHROMEDRIVER="$(command -v chromedriver)" WASM_BINDGEN_TEST_TIMEOUT=120 \
  cargo test --locked --target wasm32-unknown-unknown "${web_tests[@]}"

build_release

say "End-to-end tests (Playwright + Chromium, release dist/)"
node --test --test-concurrency=1 tests/e2e/*.test.mjs
