//! The `durable-plan` file: a program and its phases, with no personal data, for sharing. Public
//! and documented in `docs/plan-format.md`, with a JSON Schema in `schemas/durable-plan.schema.json`.
//!
//! Reading goes size → text → JSON (duplicate keys refused) → format and version → a walk of every
//! field that names each problem by its path. Every failure is a [`PlanError`] whose `Display` is a
//! sentence a person can act on; nothing here panics, whatever the file holds.

pub mod edit;
pub mod forward;
pub mod import;
pub mod limits;
mod read;
pub mod share;
pub mod templates;

use std::fmt;

use chrono::NaiveDate;
use serde::Serialize;
use serde_json::Value;

use super::backup;
use super::catalog::{self, Implement};
use super::program::{Load, Program, ProgramPhase, Scheme, SchemeTarget, SlotClass};

/// The value of the `"format"` field of every plan file.
pub const FORMAT: &str = backup::PLAN_FORMAT;
/// The plan format version this app writes, and the newest it reads.
pub const VERSION: u32 = 1;
/// How many problems the message of an invalid plan lists before saying "and N more".
const PROBLEMS_SHOWN: usize = 3;

/// Why a text could not be read as a plan. `Display` gives a plain sentence for the person.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PlanError {
    /// The file is empty (or only spaces).
    Empty,
    /// The file is not text.
    NotText,
    /// The file is larger than [`limits::MAX_BYTES`].
    TooLarge {
        /// Its size in bytes.
        bytes: usize,
    },
    /// The file is not valid JSON (or names a field twice); the position is where reading stopped.
    Syntax {
        /// Line, from 1.
        line: usize,
        /// Column, from 1.
        column: usize,
        /// What was wrong there.
        detail: String,
    },
    /// The file is JSON but not an object with fields.
    NotAnObject,
    /// The file is a Durable backup, which is restored in Settings, not imported as a plan.
    IsBackup,
    /// The file has no `"format"` field, or another format.
    WrongFormat {
        /// The format it names, if any.
        found: Option<String>,
    },
    /// The `"version"` field is missing or not a whole number from 1 up.
    BadVersion,
    /// The plan was written for a newer version of Durable.
    Newer {
        /// Its format version.
        version: u64,
    },
    /// The plan reads but breaks its rules; each problem names its path.
    Invalid {
        /// Every problem, as `path: what`.
        problems: Vec<String>,
    },
}

impl fmt::Display for PlanError {
    fn fmt(&self, out: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PlanError::Empty => write!(out, "This is empty, so there is no plan to open."),
            PlanError::NotText => write!(out, "This is not a Durable plan: it is not text (it may be a picture or another kind of file)."),
            PlanError::TooLarge { bytes } => write!(
                out,
                "This file is too large to be a Durable plan ({} KB; a plan is at most {} KB).",
                bytes / 1024,
                limits::MAX_BYTES / 1024
            ),
            PlanError::Syntax { line, column, detail } => write!(
                out,
                "This is not a readable Durable plan. Line {line}, column {column}: {detail}"
            ),
            PlanError::NotAnObject => write!(out, "This is not a Durable plan: it does not have the fields a plan has."),
            PlanError::IsBackup => write!(
                out,
                "This file is a Durable backup, not a plan. Restore it in Settings instead."
            ),
            PlanError::WrongFormat { found: None } => write!(
                out,
                "This is not a Durable plan (it has no \"format\" field saying what it is)."
            ),
            PlanError::WrongFormat { found: Some(found) } => {
                write!(out, "This is not a Durable plan (its format is “{}”).", shorten(found))
            }
            PlanError::BadVersion => write!(out, "This plan has no valid format version, so it cannot be read safely."),
            PlanError::Newer { version } => write!(
                out,
                "This plan was written for a newer version of Durable (plan format version {version}); \
                 this app reads up to version {VERSION}. Update the app to open it."
            ),
            PlanError::Invalid { problems } => {
                let count = problems.len();
                write!(
                    out,
                    "This plan has {count} {} and was not opened.",
                    if count == 1 { "problem" } else { "problems" }
                )?;
                for problem in problems.iter().take(PROBLEMS_SHOWN) {
                    write!(out, " {problem}.")?;
                }
                if count > PROBLEMS_SHOWN {
                    write!(out, " (and {} more)", count - PROBLEMS_SHOWN)?;
                }
                Ok(())
            }
        }
    }
}

impl std::error::Error for PlanError {}

/// Reads a plan file's bytes (as a file picker gives them) into a program that starts on `start`.
pub fn read_bytes(bytes: &[u8], start: NaiveDate) -> Result<Program, PlanError> {
    if bytes.len() > limits::MAX_BYTES {
        return Err(PlanError::TooLarge { bytes: bytes.len() });
    }
    let text = std::str::from_utf8(bytes).map_err(|_| PlanError::NotText)?;
    read(text, start)
}

/// Reads a plan's text into a program that starts on `start`, or says plainly why not.
pub fn read(text: &str, start: NaiveDate) -> Result<Program, PlanError> {
    if text.len() > limits::MAX_BYTES {
        return Err(PlanError::TooLarge { bytes: text.len() });
    }
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim().is_empty() {
        return Err(PlanError::Empty);
    }
    if text.contains('\0') {
        return Err(PlanError::NotText);
    }
    let read::Strict(value) = serde_json::from_str(text).map_err(|error| PlanError::Syntax {
        line: error.line(),
        column: error.column(),
        detail: plain_detail(&error),
    })?;
    let Value::Object(fields) = &value else {
        return Err(PlanError::NotAnObject);
    };
    match fields.get("format") {
        Some(Value::String(format)) if format == FORMAT => {}
        Some(Value::String(format)) if format == backup::FORMAT => return Err(PlanError::IsBackup),
        Some(Value::String(format)) => {
            return Err(PlanError::WrongFormat {
                found: Some(format.clone()),
            })
        }
        Some(other) => {
            return Err(PlanError::WrongFormat {
                found: Some(other.to_string()),
            })
        }
        None => return Err(PlanError::WrongFormat { found: None }),
    }
    let version = match fields.get("version").and_then(Value::as_u64) {
        Some(version) if version >= 1 => version,
        _ => return Err(PlanError::BadVersion),
    };
    if version > u64::from(VERSION) {
        return Err(PlanError::Newer { version });
    }
    read::program(fields, start).map_err(|problems| PlanError::Invalid { problems })
}

/// The plan file as written: fields in the order people read them.
#[derive(Serialize)]
struct PlanOut<'a> {
    format: &'static str,
    version: u32,
    name: &'a str,
    #[serde(skip_serializing_if = "str::is_empty")]
    author: &'a str,
    #[serde(skip_serializing_if = "str::is_empty")]
    notes: &'a str,
    weeks: u8,
    days: Vec<DayOut<'a>>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    phases: Vec<PhaseOut<'a>>,
}

#[derive(Serialize)]
struct DayOut<'a> {
    name: &'a str,
    slots: Vec<SlotOut<'a>>,
}

#[derive(Serialize)]
struct SlotOut<'a> {
    exercise: &'a str,
    scheme: SchemeOut,
    load: Value,
    #[serde(skip_serializing_if = "Option::is_none")]
    implement: Option<Implement>,
    #[serde(skip_serializing_if = "Option::is_none")]
    rest_seconds: Option<u16>,
    #[serde(skip_serializing_if = "<[String]>::is_empty")]
    alternatives: &'a [String],
}

#[derive(Serialize)]
struct SchemeOut {
    sets: u8,
    #[serde(skip_serializing_if = "Option::is_none")]
    max_sets: Option<u8>,
    low: u16,
    high: u16,
    target_rir: u8,
}

#[derive(Serialize)]
struct PhaseOut<'a> {
    name: &'a str,
    from_week: u32,
    #[serde(skip_serializing_if = "str::is_empty")]
    note: &'a str,
    schemes: Vec<PhaseSchemeOut>,
}

#[derive(Serialize)]
struct PhaseSchemeOut {
    #[serde(rename = "for")]
    target: Value,
    scheme: SchemeOut,
}

impl From<Scheme> for SchemeOut {
    fn from(scheme: Scheme) -> Self {
        SchemeOut {
            sets: scheme.sets,
            max_sets: scheme.max_sets,
            low: scheme.low,
            high: scheme.high,
            target_rir: scheme.target_rir,
        }
    }
}

/// A load as a plan writes it.
fn load_value(load: &Load) -> Value {
    match load {
        Load::Bodyweight => Value::from("bodyweight"),
        Load::Band(colour) => serde_json::json!({ "band": colour }),
        Load::Mass(mass) => serde_json::json!({ "kg": mass.kg() }),
    }
}

/// What a phase scheme applies to, as a plan writes it.
fn target_value(target: SchemeTarget) -> Value {
    match target {
        SchemeTarget::Class(class) => serde_json::json!({ "class": class_name(class) }),
        SchemeTarget::Slot { day, slot } => serde_json::json!({ "day": day, "slot": slot }),
    }
}

/// The name of a class in a plan file.
fn class_name(class: SlotClass) -> &'static str {
    match class {
        SlotClass::Unloaded => "unloaded",
        SlotClass::Loaded => "loaded",
        SlotClass::Barbell => "barbell",
        SlotClass::Held => "held",
        SlotClass::Carried => "carried",
    }
}

fn plan_out(program: &Program) -> PlanOut<'_> {
    PlanOut {
        format: FORMAT,
        version: VERSION,
        name: &program.name,
        author: &program.author,
        notes: &program.notes,
        weeks: program.weeks,
        days: program
            .days
            .iter()
            .map(|day| DayOut {
                name: &day.name,
                slots: day
                    .slots
                    .iter()
                    .map(|slot| SlotOut {
                        exercise: &slot.exercise,
                        scheme: slot.scheme.into(),
                        load: load_value(&slot.load),
                        // An implement the exercise does not allow (older data) says nothing.
                        implement: slot.implement.filter(|implement| {
                            catalog::exercise(&slot.exercise)
                                .is_none_or(|exercise| exercise.allows(*implement))
                        }),
                        rest_seconds: slot.rest_seconds,
                        alternatives: &slot.alternatives,
                    })
                    .collect(),
            })
            .collect(),
        phases: program.phases.iter().map(phase_out).collect(),
    }
}

fn phase_out(phase: &ProgramPhase) -> PhaseOut<'_> {
    PhaseOut {
        name: &phase.name,
        from_week: phase.from_week,
        note: &phase.note,
        schemes: phase
            .schemes
            .iter()
            .map(|entry| PhaseSchemeOut {
                target: target_value(entry.target),
                scheme: entry.scheme.into(),
            })
            .collect(),
    }
}

/// Writes a program as a plan file: readable, indented JSON with format and version. The start
/// date stays out (a plan starts when it is imported), and so does everything personal.
pub fn write(program: &Program) -> String {
    // Serializing plain structs with string keys cannot fail; the fallback keeps this panic-free.
    serde_json::to_string_pretty(&plan_out(program)).unwrap_or_default() + "\n"
}

/// Writes a program as a plan on one line, for a link.
pub fn write_compact(program: &Program) -> String {
    serde_json::to_string(&plan_out(program)).unwrap_or_default()
}

/// The problems a program would have as a plan (empty when it can be shared as it is): it is
/// written and read back, so the editor and the importer apply one set of rules.
pub fn problems(program: &Program) -> Vec<String> {
    match read(&write(program), program.start) {
        Ok(_) => Vec::new(),
        Err(PlanError::Invalid { problems }) => problems,
        Err(other) => vec![other.to_string()],
    }
}

/// A file name for the plan: `durable-plan-floor-to-feet-2026-11-30.json`.
pub fn file_name(program: &Program, today: NaiveDate) -> String {
    let slug: String = program
        .name
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                '-'
            }
        })
        .collect();
    let slug = slug
        .split('-')
        .filter(|part| !part.is_empty())
        .take(6)
        .collect::<Vec<_>>()
        .join("-");
    if slug.is_empty() {
        format!("durable-plan-{today}.json")
    } else {
        format!("durable-plan-{slug}-{today}.json")
    }
}

/// serde_json's message without its position suffix, in plain words.
fn plain_detail(error: &serde_json::Error) -> String {
    if error.is_eof() {
        return "the text ends too early (it may have been cut off).".to_string();
    }
    let message = error.to_string();
    let suffix = format!(" at line {} column {}", error.line(), error.column());
    let message = message.strip_suffix(&suffix).unwrap_or(&message);
    shorten(&message.replace("recursion limit exceeded", "the data is nested too deeply"))
}

/// Cuts long text from a file so a message stays readable.
fn shorten(text: &str) -> String {
    const MAX_CHARS: usize = 60;
    if text.chars().count() <= MAX_CHARS {
        text.to_string()
    } else {
        text.chars()
            .take(MAX_CHARS)
            .chain(std::iter::once('…'))
            .collect()
    }
}

/// True when two programs are the same plan (all but the start date), so importing one twice
/// adds nothing.
pub fn same_plan(one: &Program, other: &Program) -> bool {
    Program {
        start: other.start,
        ..one.clone()
    } == *other
}

#[cfg(test)]
mod tests;
