//! The browser entry point: mounts the app. Natively it only explains how to run the app.

#[cfg(target_arch = "wasm32")]
fn main() {
    durable::ui::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("durable-web is the browser app: build it with `trunk build` (see README.md).");
    eprintln!("For the command-line companion, run `durable --help`.");
    std::process::exit(2);
}
