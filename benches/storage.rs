//! Benchmarks of storage on the in-memory store (run with `cargo bench --bench storage`): opening
//! five years of synthetic data (783 sessions, 1 826 check-ins, 260 outcomes in 125 keys, about
//! 1 MB), and the saves made while training. The browser figures come from `tests/web_bench.rs`.

use divan::{black_box, Bencher};
use durable::domain::log::Session;
use durable::storage::{MemoryKv, SaveError, Store};

#[path = "../tests/common/synthetic.rs"]
mod synthetic;
use synthetic::{at, five_years};

fn main() {
    divan::main();
}

/// A store holding five years of data, as the app leaves it.
fn five_years_stored() -> MemoryKv {
    let kv = MemoryKv::new();
    let mut store = Store::open(Box::new(kv.clone())).store;
    store
        .replace_all(five_years(), at("2026-11-22 10:00"))
        .expect("five years fit");
    kv
}

/// Opening storage with five years of data: read, decode and sort every key.
#[divan::bench(sample_count = 30)]
fn open_five_years(bencher: Bencher) {
    let kv = five_years_stored();
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

/// Times `save` on five years of stored data, changing one set's reps each time so every save
/// writes something new.
fn bench_saving(bencher: Bencher, save: impl Fn(&mut Store, &Session) -> Result<(), SaveError>) {
    let kv = five_years_stored();
    let mut store = Store::open(Box::new(kv)).store;
    let mut session = store.data().sessions.last().expect("sessions").clone();
    let mut reps = 0;
    bencher.bench_local(|| {
        reps = (reps + 1) % 20;
        session.exercises[0].sets[0].value = 10 + reps;
        save(&mut store, black_box(&session)).expect("saved");
    });
}
