//! `durable plan export BACKUP.json [--out FILE]`: the backup's program as a `durable-plan` file;
//! `durable plan preview PLAN.json [--weeks N] [--date YYYY-MM-DD]`: the weeks ahead if every
//! session goes green, as the Program page shows them (with a well-equipped gym in kilograms).

use std::ffi::OsString;
use std::path::PathBuf;
use std::process::ExitCode;

use durable::domain::plan::{self, forward};

use crate::next::{date_value, emit, with_backup};

const USAGE: &str = "\
usage: durable plan export BACKUP.json [--out FILE]
       durable plan preview PLAN.json [--weeks N] [--date YYYY-MM-DD]";

/// Runs `plan export` or `plan preview`: exit 0 with the output, 1 on bad input.
pub fn run(args: &[OsString]) -> ExitCode {
    match args.split_first() {
        Some((command, rest)) if command == "export" => export(rest),
        Some((command, rest)) if command == "preview" => preview(rest),
        Some((command, _)) if command == "-h" || command == "--help" => {
            println!("{USAGE}");
            ExitCode::SUCCESS
        }
        _ => {
            eprintln!("durable plan: say `export` or `preview`\n{USAGE}");
            ExitCode::from(1)
        }
    }
}

/// What `plan export` was asked.
struct ExportArgs {
    file: PathBuf,
    out: Option<PathBuf>,
}

fn export(args: &[OsString]) -> ExitCode {
    let parsed = (|| {
        let mut parser = lexopt::Parser::from_args(args.iter().cloned());
        let (mut file, mut out) = (None, None);
        while let Some(arg) = parser.next().map_err(|error| error.to_string())? {
            match arg {
                lexopt::Arg::Long("out") => {
                    out = Some(PathBuf::from(
                        parser.value().map_err(|error| error.to_string())?,
                    ))
                }
                lexopt::Arg::Short('h') | lexopt::Arg::Long("help") => return Ok(None),
                lexopt::Arg::Value(value) if file.is_none() => file = Some(PathBuf::from(value)),
                other => return Err(other.unexpected().to_string()),
            }
        }
        let file = file.ok_or("give the backup file to export the program of")?;
        Ok(Some(ExportArgs { file, out }))
    })();
    let (args, data) = match with_backup("plan export", USAGE, parsed, |args| &args.file) {
        Ok(parsed) => parsed,
        Err(code) => return code,
    };
    let Some(program) = data.program else {
        eprintln!("durable plan export: this backup has no program yet");
        return ExitCode::from(1);
    };
    let text = plan::write(&program);
    match args.out {
        None => emit(&text),
        Some(path) => match std::fs::write(&path, text) {
            Ok(()) => ExitCode::SUCCESS,
            Err(error) => {
                eprintln!(
                    "durable plan export: cannot write {}: {error}",
                    path.display()
                );
                ExitCode::from(1)
            }
        },
    }
}

fn preview(args: &[OsString]) -> ExitCode {
    let parsed = (|| -> Result<Option<(PathBuf, u32, Option<chrono::NaiveDate>)>, String> {
        let mut parser = lexopt::Parser::from_args(args.iter().cloned());
        let (mut file, mut weeks, mut date) = (None, forward::WEEKS, None);
        while let Some(arg) = parser.next().map_err(|error| error.to_string())? {
            match arg {
                lexopt::Arg::Long("weeks") => {
                    let text = parser.value().map_err(|error| error.to_string())?;
                    weeks = text
                        .to_string_lossy()
                        .parse()
                        .ok()
                        .filter(|weeks| (1..=forward::MAX_WEEKS).contains(weeks))
                        .ok_or(format!(
                            "--weeks takes a number of weeks from 1 to {}",
                            forward::MAX_WEEKS
                        ))?;
                }
                lexopt::Arg::Long("date") => date = Some(date_value(&mut parser)?),
                lexopt::Arg::Short('h') | lexopt::Arg::Long("help") => return Ok(None),
                lexopt::Arg::Value(value) if file.is_none() => file = Some(PathBuf::from(value)),
                other => return Err(other.unexpected().to_string()),
            }
        }
        Ok(Some((
            file.ok_or("give the plan file to preview")?,
            weeks,
            date,
        )))
    })();
    let (file, weeks, date) = match parsed {
        Ok(Some(parsed)) => parsed,
        Ok(None) => {
            println!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        Err(message) => {
            eprintln!("durable plan preview: {message}\n{USAGE}");
            return ExitCode::from(1);
        }
    };
    let today = date.unwrap_or_else(|| chrono::Local::now().date_naive());
    let bytes = match std::fs::metadata(&file).and_then(|_| std::fs::read(&file)) {
        Ok(bytes) => bytes,
        Err(error) => {
            eprintln!(
                "durable plan preview: cannot read {}: {error}",
                file.display()
            );
            return ExitCode::from(1);
        }
    };
    match plan::read_bytes(&bytes, today) {
        Ok(program) => {
            let heading = format!(
                "“{}” — the next {weeks} weeks if every session goes green\n",
                program.name
            );
            emit(&(heading + &forward::text(&forward::preview(&program, None, today, weeks))))
        }
        Err(error) => {
            eprintln!("durable plan preview: {error}");
            ExitCode::from(1)
        }
    }
}
