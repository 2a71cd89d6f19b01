#!/usr/bin/env bash
# Install what is missing, build the release app, and serve it on http://127.0.0.1:8080
# (PORT=… to change the port).
source "$(dirname "$0")/setup.sh"
setup_build
build_release
say "Serving dist/ (Ctrl-C to stop)"
exec node "$ROOT/scripts/static-server.mjs" "$ROOT/dist" "${PORT:-8080}"
