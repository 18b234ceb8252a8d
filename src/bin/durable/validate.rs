//! `durable validate FILE`: checks a backup file exactly as the app does before importing it.

use std::ffi::OsString;
use std::process::ExitCode;

use durable::domain::backup::{self, Backup, BackupError};

/// Runs the command: exit 0 with a one-line summary when the file is a good backup, exit 1 with
/// the message the app would show when not, exit 2 on a usage error.
pub fn run(args: &[OsString]) -> ExitCode {
    let [path] = args else {
        eprintln!("durable validate: give exactly one file, e.g. `durable validate backup.json`");
        return ExitCode::from(2);
    };
    match read(path) {
        Ok(backup) => {
            println!("{}", summary(&backup));
            ExitCode::SUCCESS
        }
        Err(message) => {
            eprintln!("{message}");
            ExitCode::from(1)
        }
    }
}

/// Reads the file (refusing absurd sizes before loading them) and checks it with the app's reader.
fn read(path: &OsString) -> Result<Backup, String> {
    let shown = std::path::Path::new(path).display();
    let size = std::fs::metadata(path)
        .map_err(|error| format!("Cannot open {shown}: {error}."))?
        .len();
    if size > backup::MAX_BYTES as u64 {
        return Err(BackupError::TooLarge {
            bytes: usize::try_from(size).unwrap_or(usize::MAX),
        }
        .to_string());
    }
    let bytes = std::fs::read(path).map_err(|error| format!("Cannot read {shown}: {error}."))?;
    backup::read_bytes(&bytes).map_err(|error| error.to_string())
}

/// "OK: durable-backup v1 — 312 sessions, 1 804 check-ins, program “…”, 2021-03-01 to 2026-11-20".
fn summary(backup: &Backup) -> String {
    let data = &backup.data;
    let program = match &data.program {
        Some(program) => format!("program “{}”", program.name),
        None => "no program".to_string(),
    };
    let dates = data
        .sessions
        .iter()
        .map(|session| session.started.date())
        .chain(data.checkins.iter().map(|checkin| checkin.date))
        .chain(data.outcomes.iter().map(|outcome| outcome.date));
    let (first, last) = (dates.clone().min(), dates.max());
    let span = match (first, last) {
        (Some(first), Some(last)) => format!(", {first} to {last}"),
        _ => ", no records yet".to_string(),
    };
    format!(
        "OK: {} v{} — {} {}, {} {}, {program}{span}",
        backup::FORMAT,
        backup.version,
        grouped(data.sessions.len()),
        plural(data.sessions.len(), "session", "sessions"),
        grouped(data.checkins.len()),
        plural(data.checkins.len(), "check-in", "check-ins"),
    )
}

fn plural(count: usize, one: &'static str, many: &'static str) -> &'static str {
    if count == 1 {
        one
    } else {
        many
    }
}

/// A count with a space between thousands: "1 804".
fn grouped(count: usize) -> String {
    let digits = count.to_string();
    let mut out = String::new();
    for (index, digit) in digits.chars().enumerate() {
        if index > 0 && (digits.len() - index).is_multiple_of(3) {
            out.push(' ');
        }
        out.push(digit);
    }
    out
}
