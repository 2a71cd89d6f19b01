# Installs what building and testing the planner needs, skipping what is already there.
# Sourced by scripts/serve.sh and scripts/test.sh: `setup_build` for building, `setup_test`
# for everything the tests also need. Assumes Rust via rustup, Node and npm (see README).

set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
TRUNK_VERSION="0.21.14"
export PATH="$ROOT/node_modules/.bin:$HOME/.cargo/bin:$PATH"

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }

# The wasm-bindgen version the crate locks: the CLI must match it exactly.
wasm_bindgen_version() {
  awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' "$ROOT/Cargo.lock"
}

need_commands() {
  local missing=()
  for c in "$@"; do command -v "$c" >/dev/null 2>&1 || missing+=("$c"); done
  if ((${#missing[@]})); then
    echo "error: missing ${missing[*]}: install Rust with rustup, and Node.js 20+ with npm, first." >&2
    exit 1
  fi
}

as_root() {
  if [ "$(id -u)" = 0 ]; then
    "$@"
  elif command -v sudo >/dev/null 2>&1; then
    sudo "$@"
  else
    echo "error: need root (or sudo) to run: $*" >&2
    exit 1
  fi
}

apt_install() {
  say "Installing $* (Debian packages)"
  as_root apt-get update
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y "$@"
}

# Node's test runner takes file arguments from 20.10 on (directories became globs in 21).
check_node() {
  local version
  version="$(node -p 'process.versions.node')"
  if ! node -e 'const [a,b]=process.versions.node.split(".").map(Number); process.exit(a>20||(a===20&&b>=10)?0:1)'; then
    echo "error: Node.js $version is too old: 20.10 or newer is needed." >&2
    exit 1
  fi
}

setup_rust() {
  need_commands cargo rustup node npm
  check_node
  # Build scripts and proc-macros link with the system C toolchain.
  command -v cc >/dev/null 2>&1 || apt_install build-essential
  # xz compresses the wasm the page downloads (scripts/precompress.mjs).
  command -v xz >/dev/null 2>&1 || apt_install xz-utils
  local targets
  targets="$(rustup target list --installed)"
  if ! grep -qx wasm32-unknown-unknown <<<"$targets"; then
    say "Adding the wasm32 target"
    rustup target add wasm32-unknown-unknown
  fi
  if [ "$(trunk --version 2>/dev/null)" != "trunk $TRUNK_VERSION" ]; then
    say "Installing trunk $TRUNK_VERSION (a few minutes, once)"
    cargo install trunk --version "$TRUNK_VERSION" --locked --no-default-features --features rustls
  fi
  local wb
  wb="$(wasm_bindgen_version)"
  if ! grep -q "wasm_bindgen = \"$wb\"" "$ROOT/Trunk.toml"; then
    echo "error: Trunk.toml [tools] wasm_bindgen must be \"$wb\", the version in Cargo.lock." >&2
    exit 1
  fi
  if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $wb" ]; then
    say "Installing wasm-bindgen-cli $wb (a few minutes, once)"
    # Not --locked: a dependency locked by that release is missing from the registry.
    cargo install wasm-bindgen-cli --version "$wb" --force
  fi
}

# npm packages (wasm-opt from binaryen, playwright-core), reinstalled when the lockfile changes.
setup_node() {
  local stamp="$ROOT/node_modules/.installed-from-lock"
  if ! cmp -s "$ROOT/package-lock.json" "$stamp"; then
    say "Installing npm packages"
    (cd "$ROOT" && npm ci --no-audit --no-fund)
    cp "$ROOT/package-lock.json" "$stamp"
  fi
}

setup_chromium() {
  if ! command -v chromium >/dev/null 2>&1 || ! command -v chromedriver >/dev/null 2>&1; then
    apt_install chromium chromium-driver
  fi
}

setup_build() {
  setup_rust
  setup_node
  # trunk --offline passes --offline to cargo, so crates must be fetched first.
  (cd "$ROOT" && cargo fetch --locked --quiet)
}

setup_test() {
  setup_build
  local components
  components="$(rustup component list --installed)"
  grep -q '^clippy' <<<"$components" || rustup component add clippy
  grep -q '^rustfmt' <<<"$components" || rustup component add rustfmt
  setup_chromium
}

build_release() {
  say "Building the release app into dist/"
  (cd "$ROOT" && trunk build --release --offline)
}
