//! Benchmarks of the domain core (run with `cargo bench`).

fn main() {
    divan::main();
}
