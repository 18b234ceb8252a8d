//! Benchmarks of storage on the in-memory store (run with `cargo bench --bench storage`): ten years
//! of synthetic training (`domain::synth`) stored with three automatic snapshots of it. Prints the
//! characters stored and their share of a 5 MB quota, then times opening the ten years and the
//! saves made while training. The browser figures come from `tests/web_bench.rs`.

use chrono::NaiveDate;
use divan::{black_box, Bencher};
use durable::domain::data::AppData;
use durable::domain::log::Session;
use durable::domain::synth;
use durable::storage::{layout, MemoryKv, SaveError, Store};

fn main() {
    report_size();
    divan::main();
}

/// Ten years of training, ending in November 2026.
fn ten_years() -> AppData {
    let start = NaiveDate::from_ymd_opt(2016, 11, 30).expect("a date");
    synth::backup(10, 16, start)
}

/// A store holding ten years of data and three snapshots of it, as four imports leave it.
fn ten_years_stored() -> MemoryKv {
    let kv = MemoryKv::new();
    let mut store = Store::open(Box::new(kv.clone())).store;
    let now = NaiveDate::from_ymd_opt(2026, 11, 30)
        .and_then(|day| day.and_hms_opt(9, 0, 0))
        .expect("a time");
    let data = ten_years();
    for _ in 0..4 {
        store.replace_all(data.clone(), now).expect("ten years fit");
    }
    kv
}

/// Prints the characters (UTF-16 units, as browsers count them) ten years and three snapshots take.
fn report_size() {
    let kv = ten_years_stored();
    let data = ten_years();
    let units = |snapshots: bool| -> usize {
        kv.entries()
            .iter()
            .filter(|(key, _)| key.starts_with(layout::SNAPSHOT_PREFIX) == snapshots)
            .map(|(key, value)| key.encode_utf16().count() + value.encode_utf16().count())
            .sum()
    };
    let (data_units, snapshot_units) = (units(false), units(true));
    let total = kv.used_units();
    println!(
        "storage: 10 years = {} sessions, {} check-ins, {} outcomes: {} characters in {} keys; three \
         snapshots {} characters; in all {} characters = {:.1}% of a 5 MB quota (2 bytes a character)",
        data.sessions.len(),
        data.checkins.len(),
        data.outcomes.len(),
        data_units,
        kv.entries()
            .keys()
            .filter(|key| !key.starts_with(layout::SNAPSHOT_PREFIX))
            .count(),
        snapshot_units,
        total,
        (total * 2) as f64 / 5_000_000.0 * 100.0
    );
}

/// Opening storage with ten years of data: read, unpack, decode and sort every key.
#[divan::bench(sample_count = 30)]
fn open_ten_years(bencher: Bencher) {
    let kv = ten_years_stored();
    bencher.bench_local(|| {
        Store::open(Box::new(black_box(kv.clone())))
            .store
            .data()
            .sessions
            .len()
    });
}

/// Saving one set: the session in progress is written whole to its own key.
#[divan::bench]
fn save_one_set(bencher: Bencher) {
    bench_saving(bencher, |store, session| store.save_in_progress(session));
}

/// Saving a finished session into its month of the log.
#[divan::bench]
fn save_session_into_its_month(bencher: Bencher) {
    bench_saving(bencher, |store, session| store.save_session(session));
}

/// Times `save` on ten years of stored data, changing one set's reps each time so every save
/// writes something new.
fn bench_saving(bencher: Bencher, save: impl Fn(&mut Store, &Session) -> Result<(), SaveError>) {
    let kv = ten_years_stored();
    let mut store = Store::open(Box::new(kv)).store;
    let mut session = store.data().sessions.last().expect("sessions").clone();
    let mut reps = 0;
    bencher.bench_local(|| {
        reps = (reps + 1) % 20;
        session.exercises[0].sets[0].value = 10 + reps;
        save(&mut store, black_box(&session)).expect("saved");
    });
}
