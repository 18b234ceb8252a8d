//! `durable next BACKUP.json [--date YYYY-MM-DD] [--json]`: the engine's next prescriptions for a
//! backup, each with its decision and reasons.

use std::ffi::OsString;
use std::path::PathBuf;
use std::process::ExitCode;

use chrono::NaiveDate;

use durable::domain::backup;
use durable::domain::catalog;
use durable::domain::engine::{self, Plan, Prescription};
use durable::domain::units::Unit;

const USAGE: &str = "usage: durable next BACKUP.json [--date YYYY-MM-DD] [--json]";

/// What the command was asked.
struct Args {
    file: PathBuf,
    date: Option<NaiveDate>,
    json: bool,
}

/// Runs the command: exit 0 with the plan, 1 on bad input (a file that cannot be read, a wrong argument).
pub fn run(args: &[OsString]) -> ExitCode {
    let (args, data) = match with_backup("next", USAGE, parse(args), |args| &args.file) {
        Ok(parsed) => parsed,
        Err(code) => return code,
    };
    let today = args
        .date
        .unwrap_or_else(|| chrono::Local::now().date_naive());
    let plan = engine::prescribe(&data, today);
    let text = if args.json {
        match serde_json::to_string_pretty(&plan) {
            Ok(text) => text + "\n",
            Err(error) => {
                eprintln!("durable next: cannot write JSON: {error}");
                return ExitCode::from(1);
            }
        }
    } else {
        let unit = data
            .profile
            .as_ref()
            .map_or(Unit::Kg, |profile| profile.unit);
        human(&plan, unit)
    };
    emit(&text)
}

/// Writes to standard output; a closed pipe (`| head`) is not an error.
pub fn emit(text: &str) -> ExitCode {
    use std::io::Write;
    match std::io::stdout().lock().write_all(text.as_bytes()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) if error.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("durable: cannot write output: {error}");
            ExitCode::from(1)
        }
    }
}

/// Parses the arguments; `None` when help was asked.
fn parse(args: &[OsString]) -> Result<Option<Args>, String> {
    let mut parser = lexopt::Parser::from_args(args.iter().cloned());
    let mut file = None;
    let mut date = None;
    let mut json = false;
    while let Some(arg) = parser.next().map_err(|error| error.to_string())? {
        match arg {
            lexopt::Arg::Long("json") => json = true,
            lexopt::Arg::Long("date") => date = Some(date_value(&mut parser)?),
            lexopt::Arg::Short('h') | lexopt::Arg::Long("help") => return Ok(None),
            lexopt::Arg::Value(value) if file.is_none() => file = Some(PathBuf::from(value)),
            other => return Err(other.unexpected().to_string()),
        }
    }
    let file = file.ok_or("give a backup file")?;
    Ok(Some(Args { file, date, json }))
}

/// The arguments of a command that reads a backup, and the backup's data; or the exit code when
/// help was asked (usage printed, 0) or something was wrong (the message, 1).
pub fn with_backup<A>(
    command: &str,
    usage: &str,
    parsed: Result<Option<A>, String>,
    file: impl Fn(&A) -> &PathBuf,
) -> Result<(A, durable::domain::data::AppData), ExitCode> {
    let args = match parsed {
        Ok(Some(args)) => args,
        Ok(None) => {
            println!("{usage}");
            return Err(ExitCode::SUCCESS);
        }
        Err(message) => {
            eprintln!("durable {command}: {message}\n{usage}");
            return Err(ExitCode::from(1));
        }
    };
    match read(file(&args)) {
        Ok(data) => Ok((args, data)),
        Err(message) => {
            eprintln!("durable {command}: {message}");
            Err(ExitCode::from(1))
        }
    }
}

/// The value of a date option: YYYY-MM-DD.
pub fn date_value(parser: &mut lexopt::Parser) -> Result<NaiveDate, String> {
    let text = parser.value().map_err(|error| error.to_string())?;
    let text = text.to_string_lossy();
    NaiveDate::parse_from_str(&text, "%Y-%m-%d")
        .map_err(|_| format!("`{text}` is not a date like 2025-03-14"))
}

/// Reads and checks the backup file as the app would.
pub fn read(path: &PathBuf) -> Result<durable::domain::data::AppData, String> {
    let shown = path.display();
    let size = std::fs::metadata(path)
        .map_err(|error| format!("cannot open {shown}: {error}"))?
        .len();
    if size > backup::MAX_BYTES as u64 {
        return Err(format!("{shown} is too large to be a backup"));
    }
    let bytes = std::fs::read(path).map_err(|error| format!("cannot read {shown}: {error}"))?;
    backup::read_bytes(&bytes)
        .map(|backup| backup.data)
        .map_err(|error| format!("{shown}: {error}"))
}

/// The plan as text for a person.
fn human(plan: &Plan, unit: Unit) -> String {
    let mut out = format!("Next sessions as of {}: {:?}\n", plan.date, plan.status);
    for reason in &plan.status_reasons {
        out.push_str(&format!("  {}\n", reason.text));
    }
    if !plan.ask_safety_screen.is_empty() {
        out.push_str("  Please answer the safety questions again:\n");
        for reason in &plan.ask_safety_screen {
            out.push_str(&format!("    - {}\n", reason.text));
        }
    }
    if plan.days.is_empty() {
        out.push_str("  No program yet.\n");
    }
    for day in &plan.days {
        out.push_str(&format!("\n{}\n", day.name));
        for (number, prescription) in day.slots.iter().enumerate() {
            out.push_str(&slot(number + 1, prescription, unit));
        }
    }
    out
}

/// One slot: the work, the decision, the summary and the reasons.
fn slot(number: usize, prescription: &Prescription, unit: Unit) -> String {
    let decision = serde_json::to_value(prescription.decision)
        .ok()
        .and_then(|value| value.as_str().map(str::to_string))
        .unwrap_or_default();
    let mut out = format!(
        "  {number}. {} — {} [{decision}]\n     {}\n",
        catalog::name_of(&prescription.exercise),
        prescription.details(unit),
        prescription.summary,
    );
    for reason in &prescription.reasons {
        out.push_str(&format!("       · {}\n", reason.text));
    }
    out
}
