# Durable — the two commands a fresh machine needs are `make serve` and `make test` (see README.md).
SHELL := /bin/bash
CARGO_BIN := $(or $(CARGO_HOME),$(HOME)/.cargo)/bin
export PATH := $(CURDIR)/node_modules/.bin:$(CARGO_BIN):$(PATH)
export CHROMEDRIVER ?= /usr/bin/chromedriver
CARGO_OFFLINE := --offline

.PHONY: setup serve build build-subpath size test lint test-native test-wasm test-e2e bench fuzz clean

setup:
	./scripts/setup.sh

## Set up, then serve the app at http://127.0.0.1:8080 with live reload.
serve: setup
	trunk serve --offline

## Release build into dist/, then print what a first visit downloads.
build: setup
	trunk build --release --offline
	node scripts/size.mjs dist

## Release build for hosting under /durable/ (dist-sub/), used by the sub-path end-to-end test.
build-subpath: setup
	trunk build --release --offline --public-url /durable/ --dist dist-sub

size:
	node scripts/size.mjs dist

## Every test layer: format, lints (native and wasm32), native tests, browser unit tests, end-to-end.
test: setup lint test-native test-wasm build build-subpath test-e2e
	@echo "make test: all layers passed"

lint:
	cargo fmt --all --check
	cargo clippy $(CARGO_OFFLINE) --all-targets -- -D warnings
	cargo clippy $(CARGO_OFFLINE) --target wasm32-unknown-unknown --lib --bins --test 'web*' -- -D warnings

test-native:
	cargo test $(CARGO_OFFLINE)

## The ten-year storage benchmark runs in one call that takes 20–30 s in a debug build on a busy
## 2-core machine, past the runner's default 20 s; its timing goals are checked by `make bench`.
test-wasm:
	WASM_BINDGEN_TEST_TIMEOUT=$${WASM_BINDGEN_TEST_TIMEOUT:-120} cargo test $(CARGO_OFFLINE) --target wasm32-unknown-unknown --test 'web*'

test-e2e:
	node --test --test-concurrency=1 tests/e2e/

## Benchmarks: the engine natively (cargo bench) and storage in headless Chromium.
bench: setup
	cargo bench $(CARGO_OFFLINE)
	cargo test $(CARGO_OFFLINE) --release --target wasm32-unknown-unknown --test web_bench -- --nocapture

## The engine's property tests with many more cases and a random seed, printed by each property
## (replay a failure with the DURABLE_PROP_SEED and DURABLE_PROP_CASES its message names; a failure
## found is saved in tests/engine_props/regressions/). DURABLE_PROP_CASES=… and DURABLE_PROP_SEED=…
## override. Optimised without the release profile's LTO, which would make the build much slower.
fuzz:
	DURABLE_PROP_CASES=$${DURABLE_PROP_CASES:-20000} DURABLE_PROP_RANDOM=1 \
	CARGO_PROFILE_RELEASE_LTO=false CARGO_PROFILE_RELEASE_CODEGEN_UNITS=16 CARGO_PROFILE_RELEASE_OPT_LEVEL=3 \
	cargo test $(CARGO_OFFLINE) --release --test engine_props -- --nocapture

clean:
	rm -rf dist dist-sub target
