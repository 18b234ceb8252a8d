//! The functional core: every rule and calculation, pure Rust with no web imports and no clock.
//!
//! Time comes in as a parameter (`today: NaiveDate`). Everything here compiles and is tested natively.

pub mod backup;
pub mod catalog;
pub mod checkin;
pub mod data;
pub mod duration;
pub mod engine;
pub mod equipment;
pub mod gym;
pub mod history;
pub mod ladder;
pub mod lessons;
pub mod limits;
pub mod log;
pub mod migrate;
pub mod not_today;
pub mod patterns;
pub mod phase;
pub mod plan;
pub mod pose;
pub mod profile;
pub mod program;
pub mod progress;
pub mod report;
pub mod rules;
pub mod schedule;
pub mod screen;
pub mod session;
pub mod starter;
pub mod stats;
pub mod strength;
pub mod synth;
pub mod units;
pub mod walking;
