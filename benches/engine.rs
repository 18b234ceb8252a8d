//! Benchmarks of the domain core (run with `cargo bench`): one full prescription from five years
//! of synthetic history (3 sessions a week, 6 exercises each, daily check-ins), and the synthetic
//! history itself.

use chrono::{Duration, NaiveDate};
use divan::{black_box, Bencher};

use durable::domain::{engine, synth};

fn main() {
    divan::main();
}

/// The first day of the synthetic history.
fn start() -> NaiveDate {
    NaiveDate::from_ymd_opt(2021, 1, 4).expect("valid date")
}

/// `engine::prescribe` on five years of history, the day after it ends.
#[divan::bench]
fn prescribe_five_years(bencher: Bencher) {
    let data = synth::backup(5, 1, start());
    let today = start() + Duration::days(5 * 365);
    bencher.bench(|| engine::prescribe(black_box(&data), black_box(today)));
}

/// `engine::prescribe` on one year of history.
#[divan::bench]
fn prescribe_one_year(bencher: Bencher) {
    let data = synth::backup(1, 1, start());
    let today = start() + Duration::days(365);
    bencher.bench(|| engine::prescribe(black_box(&data), black_box(today)));
}

/// Generating five years of synthetic history (which runs the engine before every session).
#[divan::bench(sample_count = 10)]
fn synth_five_years() -> usize {
    synth::backup(5, black_box(1), start()).sessions.len()
}
