#!/usr/bin/env bash
# Sets up everything Durable needs to build, serve and test, on a fresh Debian machine with rustup and
# Node.js. Idempotent: it installs only what is missing or at the wrong version, and says what it does.
# Nothing here downloads from outside the package registries (crates.io, npm, Debian).
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14
# wasm-bindgen-cli must match the wasm-bindgen crate exactly (pinned with `=` in Cargo.toml).
WASM_BINDGEN_VERSION=$(sed -n 's/^wasm-bindgen = "=\(.*\)"/\1/p' Cargo.toml)
TOOLCHAIN=$(sed -n 's/^channel = "\(.*\)"/\1/p' rust-toolchain.toml)
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PWD/node_modules/.bin:$PATH"

say() { printf 'setup: %s\n' "$*"; }
as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else
  say "need root to run: $*"; exit 1; fi; }

# 1. Rust toolchain, wasm target and components (rust-toolchain.toml pins them).
if ! rustup toolchain list | grep -q "^$TOOLCHAIN"; then
  say "installing Rust $TOOLCHAIN"
  rustup toolchain install "$TOOLCHAIN" --profile minimal --component clippy,rustfmt --target wasm32-unknown-unknown
fi
if ! rustup target list --installed --toolchain "$TOOLCHAIN" | grep -q wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown --toolchain "$TOOLCHAIN"
fi
for component in clippy rustfmt; do
  if ! rustup component list --installed --toolchain "$TOOLCHAIN" | grep -q "^$component"; then
    say "adding $component"
    rustup component add "$component" --toolchain "$TOOLCHAIN"
  fi
done

# 2. Trunk and wasm-bindgen-cli, built from crates.io. When both are missing they build side by side:
#    each has a long single-threaded tail, so together they finish minutes sooner on 2 cores.
pids=()
if [ "$(trunk --version 2>/dev/null || true)" != "trunk $TRUNK_VERSION" ]; then
  say "installing trunk $TRUNK_VERSION (about 10 minutes on 2 cores)"
  cargo install trunk --version "$TRUNK_VERSION" --locked --quiet &
  pids+=($!)
fi
if [ "$(wasm-bindgen --version 2>/dev/null || true)" != "wasm-bindgen $WASM_BINDGEN_VERSION" ]; then
  say "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (without --locked: its lock names a crate this registry lacks)"
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --force --quiet &
  pids+=($!)
fi
for pid in "${pids[@]}"; do
  wait "$pid" || { say "a tool install failed (see above)"; exit 1; }
done

# 3. Debian packages: Chromium and its driver for the browser tests; Node.js if absent.
missing=()
command -v node >/dev/null || missing+=(nodejs npm)
[ -x /usr/bin/chromium ] || missing+=(chromium)
[ -x /usr/bin/chromedriver ] || missing+=(chromium-driver)
if [ ${#missing[@]} -gt 0 ]; then
  say "installing Debian packages: ${missing[*]}"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}"
fi

# 4. npm packages (wasm-opt from binaryen, playwright-core, axe-core), exactly as locked.
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  say "installing npm packages (npm ci)"
  npm ci --no-audit --no-fund --loglevel=error
fi

# 5. Every crate, so builds can run with --offline.
say "fetching crates"
cargo fetch --quiet
say "ready: trunk $(trunk --version | cut -d' ' -f2), wasm-bindgen $(wasm-bindgen --version | cut -d' ' -f2), wasm-opt $(wasm-opt --version | cut -d' ' -f3), $(chromium --version 2>/dev/null | head -1)"
