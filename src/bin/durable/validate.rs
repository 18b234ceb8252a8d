//! `durable validate FILE`: checks a backup or a plan file exactly as the app does before
//! importing it, with the app's verdict and messages (a plan's every problem, one a line).

use std::ffi::OsString;
use std::process::ExitCode;

use durable::domain::backup::{self, Backup, BackupError};
use durable::domain::plan::{self, PlanError};
use durable::domain::program::Program;

/// Runs the command: exit 0 with a one-line summary when the file is a good backup, exit 1 with
/// the message the app would show when not, exit 2 on a usage error.
pub fn run(args: &[OsString]) -> ExitCode {
    let [path] = args else {
        eprintln!("durable validate: give exactly one file, e.g. `durable validate backup.json`");
        return ExitCode::from(2);
    };
    match read(path) {
        Ok(Read::Backup(backup)) => {
            println!("{}", summary(&backup));
            ExitCode::SUCCESS
        }
        Ok(Read::Plan(program)) => {
            println!("{}", plan_summary(&program));
            ExitCode::SUCCESS
        }
        Err(Refused::Plan(PlanError::Invalid { problems })) => {
            eprintln!(
                "{}",
                PlanError::Invalid {
                    problems: problems.clone()
                }
            );
            if problems.len() > 1 {
                eprintln!("Every problem:");
                for problem in problems {
                    eprintln!("  {problem}");
                }
            }
            ExitCode::from(1)
        }
        Err(refused) => {
            eprintln!("{refused}");
            ExitCode::from(1)
        }
    }
}

/// A file the app would open.
enum Read {
    /// A backup.
    Backup(Box<Backup>),
    /// A plan.
    Plan(Program),
}

/// Why the app would not open a file.
enum Refused {
    /// The file could not be opened, or is not a backup.
    Other(String),
    /// The file is a plan that breaks the plan rules.
    Plan(PlanError),
}

impl std::fmt::Display for Refused {
    fn fmt(&self, out: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Refused::Other(message) => write!(out, "{message}"),
            Refused::Plan(error) => write!(out, "{error}"),
        }
    }
}

/// Reads the file (refusing absurd sizes before loading them) and checks it with the app's
/// reader: the backup reader, or the plan reader when the file says it is a plan.
fn read(path: &OsString) -> Result<Read, Refused> {
    let bytes = read_bytes(path).map_err(Refused::Other)?;
    match backup::read_bytes(&bytes) {
        Ok(backup) => Ok(Read::Backup(Box::new(backup))),
        Err(BackupError::IsPlan) => {
            let today = chrono::Local::now().date_naive();
            plan::read_bytes(&bytes, today)
                .map(Read::Plan)
                .map_err(Refused::Plan)
        }
        Err(error) => Err(Refused::Other(error.to_string())),
    }
}

/// "OK: durable-plan v1 — “Floor to feet” by Durable: 2 days, 10 exercises, 2 phases, 12 weeks".
fn plan_summary(program: &Program) -> String {
    let exercises: usize = program.days.iter().map(|day| day.slots.len()).sum();
    let author = if program.author.is_empty() {
        String::new()
    } else {
        format!(" by {}", program.author)
    };
    format!(
        "OK: {} v{} — “{}”{author}: {} {}, {} {}, {} {}, {} weeks",
        plan::FORMAT,
        plan::VERSION,
        program.name,
        program.days.len(),
        plural(program.days.len(), "day", "days"),
        exercises,
        plural(exercises, "exercise", "exercises"),
        program.phases.len(),
        plural(program.phases.len(), "phase", "phases"),
        program.weeks,
    )
}

/// The file's bytes, refusing a file larger than any backup before loading it.
fn read_bytes(path: &OsString) -> Result<Vec<u8>, String> {
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
    std::fs::read(path).map_err(|error| format!("Cannot read {shown}: {error}."))
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
