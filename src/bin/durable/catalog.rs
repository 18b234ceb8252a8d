//! `durable catalog`: prints the exercise library grouped by ladder, as text or as JSON.

use std::ffi::OsString;
use std::fmt::Write as _;

use durable::domain::catalog::{exercise, Exercise, EXERCISES};
use durable::domain::ladder::{Ladder, LADDERS};
use serde::Serialize;

/// The JSON shape of `durable catalog --json`.
#[derive(Serialize)]
struct CatalogJson {
    /// Every ladder, rungs easiest first.
    ladders: &'static [Ladder],
    /// Every exercise of the library.
    exercises: &'static [Exercise],
}

/// Runs `durable catalog [--json]` with the arguments after the command name.
pub fn run(args: &[OsString]) -> Result<(), String> {
    let mut json = false;
    let mut parser = lexopt::Parser::from_args(args.iter().cloned());
    while let Some(arg) = parser.next().map_err(|error| error.to_string())? {
        match arg {
            lexopt::Arg::Long("json") => json = true,
            lexopt::Arg::Short('h') | lexopt::Arg::Long("help") => {
                println!("Usage: durable catalog [--json]");
                return Ok(());
            }
            other => return Err(format!("catalog: {}", other.unexpected())),
        }
    }
    if json {
        let catalog = CatalogJson {
            ladders: LADDERS,
            exercises: EXERCISES,
        };
        let text = serde_json::to_string_pretty(&catalog).map_err(|error| error.to_string())?;
        println!("{text}");
    } else {
        print!("{}", as_text());
    }
    Ok(())
}

/// The library as readable text: each ladder with its rungs in order, equipment and dose.
fn as_text() -> String {
    let mut text = String::new();
    for ladder in LADDERS {
        let _ = writeln!(
            text,
            "{} ({}) — {} rungs, pattern: {}",
            ladder.name,
            ladder.id,
            ladder.rungs.len(),
            ladder.pattern.label()
        );
        for (position, rung) in ladder.rungs.iter().enumerate() {
            match exercise(rung) {
                Some(found) => {
                    let needs: Vec<&str> = found.needs.iter().map(|need| need.label()).collect();
                    let needs = if needs.is_empty() {
                        "nothing extra".to_string()
                    } else {
                        needs.join(", ")
                    };
                    let gate = if found.barbell_gated() {
                        " · barbell gate"
                    } else {
                        ""
                    };
                    let _ = writeln!(text, "  {:>2}. {} [{}]", position + 1, found.name, found.id);
                    let _ = writeln!(
                        text,
                        "      {} · {} · needs: {}{}",
                        found.implement.label(),
                        found.dose.label(),
                        needs,
                        gate
                    );
                }
                None => {
                    let _ = writeln!(text, "  {:>2}. [{}] (missing)", position + 1, rung);
                }
            }
        }
        text.push('\n');
    }
    let _ = writeln!(
        text,
        "{} exercises on {} ladders.",
        EXERCISES.len(),
        LADDERS.len()
    );
    text
}
