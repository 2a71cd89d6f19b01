#!/usr/bin/env bash
# Install what is missing, build the release app, and print its size and speed figures
# against the budgets (see README). Reports; never fails on a missed budget.
source "$(dirname "$0")/setup.sh"
setup_build
setup_chromium
build_release
(cd "$ROOT" && cargo run --quiet --release --locked --example engine_timing)
exec node "$ROOT/scripts/bench.mjs"
