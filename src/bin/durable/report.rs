//! `durable report BACKUP.json --from D --to D [--html]`: the clinician report of a backup over a
//! period, as text (or a one-page HTML document), the same as the app's printable report.

use std::ffi::OsString;
use std::path::PathBuf;
use std::process::ExitCode;

use chrono::NaiveDate;

use durable::domain::report;

use crate::next::{date_value, emit, with_backup};

const USAGE: &str = "usage: durable report BACKUP.json --from YYYY-MM-DD --to YYYY-MM-DD [--html]";

/// What the command was asked.
struct Args {
    file: PathBuf,
    from: NaiveDate,
    to: NaiveDate,
    html: bool,
}

/// Runs the command: exit 0 with the report, 1 on bad input.
pub fn run(args: &[OsString]) -> ExitCode {
    let (args, data) = match with_backup("report", USAGE, parse(args), |args| &args.file) {
        Ok(parsed) => parsed,
        Err(code) => return code,
    };
    let made = report::report(&data, args.from, args.to);
    emit(&if args.html {
        made.to_html()
    } else {
        made.to_text()
    })
}

/// Parses the arguments; `None` when help was asked.
fn parse(args: &[OsString]) -> Result<Option<Args>, String> {
    let mut parser = lexopt::Parser::from_args(args.iter().cloned());
    let (mut file, mut from, mut to, mut html) = (None, None, None, false);
    while let Some(arg) = parser.next().map_err(|error| error.to_string())? {
        match arg {
            lexopt::Arg::Long("html") => html = true,
            lexopt::Arg::Long("from") => from = Some(date_value(&mut parser)?),
            lexopt::Arg::Long("to") => to = Some(date_value(&mut parser)?),
            lexopt::Arg::Short('h') | lexopt::Arg::Long("help") => return Ok(None),
            lexopt::Arg::Value(value) if file.is_none() => file = Some(PathBuf::from(value)),
            other => return Err(other.unexpected().to_string()),
        }
    }
    let file = file.ok_or("give a backup file")?;
    let from = from.ok_or("give the first day with --from")?;
    let to = to.ok_or("give the last day with --to")?;
    if from > to {
        return Err("--from is after --to".to_string());
    }
    Ok(Some(Args {
        file,
        from,
        to,
        html,
    }))
}
