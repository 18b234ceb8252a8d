//! Durable: a strength-training coach for people with back pain.
//!
//! - [`domain`]: the functional core (exercise library, ladders, equipment, engine, formats), pure Rust.
//! - [`storage`]: the only place that touches browser storage; typed errors, migrations, shards.
//! - `ui` (wasm32 only): Leptos components that show state, collect input and call the domain.
#![deny(missing_docs)]

pub mod domain;
pub mod storage;
#[cfg(target_arch = "wasm32")]
pub mod ui;
