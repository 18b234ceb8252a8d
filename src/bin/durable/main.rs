//! `durable`: the command-line companion. Parses arguments, calls the domain, prints the result.
//!
//! Each subcommand lives in its own module; this file only dispatches and reports errors.

use std::process::ExitCode;

mod catalog;
mod next;
mod plan;
mod pose;
mod report;
mod synth;
mod validate;

const HELP: &str = "\
durable — the command-line companion of the Durable back-pain strength coach

USAGE:
    durable <COMMAND> [OPTIONS]

COMMANDS:
    catalog [--json]      Print the exercise library and its ladders
    validate FILE         Check a backup or plan file as the app would before importing it
    plan export BACKUP.json [--out FILE]
                          Write the backup's program as a plan file to share
    plan preview PLAN.json [--weeks N] [--date D]
                          Print the weeks ahead of a plan if every session goes green
    next FILE [--date D] [--json]
                          Print each program day's next prescription with decisions and reasons
    report FILE --from D --to D [--html]
                          Print the clinician report of a backup over a period (text, or HTML)
    pose EXERCISE [--svg] [--out FILE]
                          Describe one exercise's picture, or write it as SVG (start to end)
    synth --years N [--seed S] [--out FILE]
                          Write a synthetic backup of N years of training (stdout by default)
    help                  Print this help

OPTIONS:
    -h, --help            Print help
    -V, --version         Print the version
";

fn main() -> ExitCode {
    let mut args = std::env::args_os().skip(1);
    let Some(command) = args.next() else {
        eprint!("{HELP}");
        return ExitCode::from(2);
    };
    let rest: Vec<std::ffi::OsString> = args.collect();
    let result = match command.to_string_lossy().as_ref() {
        "-h" | "--help" | "help" => {
            print!("{HELP}");
            Ok(())
        }
        "-V" | "--version" => {
            println!("durable {}", env!("CARGO_PKG_VERSION"));
            Ok(())
        }
        "catalog" => catalog::run(&rest),
        "validate" => return validate::run(&rest),
        "next" => return next::run(&rest),
        "plan" => return plan::run(&rest),
        "report" => return report::run(&rest),
        "pose" => pose::run(&rest),
        "synth" => return synth::run(&rest),
        other => Err(format!("unknown command `{other}`; run `durable --help`")),
    };
    let _ = rest;
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("durable: {message}");
            ExitCode::from(2)
        }
    }
}
