//! `durable synth --years N [--seed S] [--start YYYY-MM-DD] [--out FILE]`: writes a synthetic
//! backup of a person training by the engine for N years.

use std::ffi::OsString;
use std::path::PathBuf;
use std::process::ExitCode;

use chrono::{Duration, NaiveDate};

use durable::domain::{backup, synth};

const USAGE: &str = "usage: durable synth --years N [--seed S] [--start YYYY-MM-DD] [--out FILE]";
/// The most years the command will make.
const MAX_YEARS: u32 = 50;

/// Runs the command: exit 0 with the backup written, 1 on bad input or when it cannot be written.
pub fn run(args: &[OsString]) -> ExitCode {
    let (years, seed, start, out) = match parse(args) {
        Ok(Some(parsed)) => parsed,
        Ok(None) => {
            println!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        Err(message) => {
            eprintln!("durable synth: {message}\n{USAGE}");
            return ExitCode::from(1);
        }
    };
    let data = synth::backup(years, seed, start);
    let last_day = start + Duration::days(i64::from(years) * 365);
    let exported = last_day.and_hms_opt(12, 0, 0).unwrap_or_default();
    let text = backup::write(&data, exported);
    match out {
        Some(path) => match std::fs::write(&path, text) {
            Ok(()) => ExitCode::SUCCESS,
            Err(error) => {
                eprintln!("durable synth: cannot write {}: {error}", path.display());
                ExitCode::from(1)
            }
        },
        None => super::next::emit(&(text + "\n")),
    }
}

/// Years, seed, start day and output file; `None` when help was asked.
#[allow(clippy::type_complexity)]
fn parse(args: &[OsString]) -> Result<Option<(u32, u64, NaiveDate, Option<PathBuf>)>, String> {
    let mut parser = lexopt::Parser::from_args(args.iter().cloned());
    let mut years = None;
    let mut seed = 1;
    let mut start = NaiveDate::from_ymd_opt(2021, 1, 4).ok_or("bad default start")?;
    let mut out = None;
    while let Some(arg) = parser.next().map_err(|error| error.to_string())? {
        let value = |parser: &mut lexopt::Parser| -> Result<String, String> {
            parser
                .value()
                .map(|value| value.to_string_lossy().into_owned())
                .map_err(|error| error.to_string())
        };
        match arg {
            lexopt::Arg::Long("years") => {
                let text = value(&mut parser)?;
                let parsed: u32 = text
                    .parse()
                    .map_err(|_| format!("`{text}` is not a whole number of years"))?;
                if !(1..=MAX_YEARS).contains(&parsed) {
                    return Err(format!("years must be 1 to {MAX_YEARS}"));
                }
                years = Some(parsed);
            }
            lexopt::Arg::Long("seed") => {
                let text = value(&mut parser)?;
                seed = text
                    .parse()
                    .map_err(|_| format!("`{text}` is not a whole-number seed"))?;
            }
            lexopt::Arg::Long("start") => {
                let text = value(&mut parser)?;
                start = NaiveDate::parse_from_str(&text, "%Y-%m-%d")
                    .map_err(|_| format!("`{text}` is not a date like 2021-01-04"))?;
            }
            lexopt::Arg::Long("out") => out = Some(PathBuf::from(value(&mut parser)?)),
            lexopt::Arg::Short('h') | lexopt::Arg::Long("help") => return Ok(None),
            other => return Err(other.unexpected().to_string()),
        }
    }
    let years = years.ok_or("give --years N")?;
    Ok(Some((years, seed, start, out)))
}
