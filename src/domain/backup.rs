//! The `durable-backup` file: everything one person has, in a versioned, readable JSON file.
//!
//! Reading goes parse → check format and version → migrate → decode → validate, and every failure
//! is a [`BackupError`] whose `Display` is a sentence a person can act on. Nothing here panics,
//! whatever the file holds.

use std::collections::HashSet;
use std::fmt;

use chrono::NaiveDateTime;
use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::catalog;
use super::data::AppData;
use super::ladder;
use super::limits;
/// The limits of values, shared with the forms (`domain::limits`).
pub use super::limits::{
    MAX_LOAD_G, MAX_SETS_PER_EXERCISE, MAX_SET_VALUE, MAX_SLEEP_HOURS, SCALE_MAX,
};
use super::log::Session;
use super::migrate;
use super::program::{Load, Program};

/// The value of the `"format"` field of every backup file.
pub const FORMAT: &str = "durable-backup";
/// The value of the `"format"` field of a shared plan file (which is not a backup).
pub const PLAN_FORMAT: &str = "durable-plan";
/// The backup format version this app writes, and the newest it reads.
pub const VERSION: u32 = migrate::CURRENT;
/// Largest file accepted, in bytes (5 years of daily use is well under 2 MB).
pub const MAX_BYTES: usize = 20 * 1024 * 1024;
/// Most sessions accepted (about 270 years of daily training).
pub const MAX_SESSIONS: usize = 100_000;
/// Most check-ins accepted (about 270 years of daily check-ins).
pub const MAX_CHECKINS: usize = 100_000;
/// Most weekly outcomes accepted.
pub const MAX_OUTCOMES: usize = 20_000;
/// Days after the last downloaded backup when the app suggests a fresh one: browsers may clear the
/// data of a site not used for a while, and a backup file is the only copy outside the browser.
pub const REMINDER_DAYS: i64 = 30;

/// Whether to suggest downloading a backup: there is training or check-in data worth keeping, and
/// no backup was downloaded yet or the last one is more than [`REMINDER_DAYS`] old.
pub fn reminder_due(
    data: &AppData,
    last_backup: Option<NaiveDateTime>,
    now: NaiveDateTime,
) -> bool {
    let has_history = !data.sessions.is_empty() || !data.checkins.is_empty();
    has_history
        && last_backup.is_none_or(|last| (now.date() - last.date()).num_days() > REMINDER_DAYS)
}
/// Most exercises in one session or slots in one program day.
pub const MAX_EXERCISES: usize = 50;
/// Most days in one program.
pub const MAX_PROGRAM_DAYS: usize = 14;
/// How many problems a validation error lists before saying "and N more".
const PROBLEMS_SHOWN: usize = 3;

/// A backup read from a file: the data and what the file says about itself.
#[derive(Clone, Debug, PartialEq)]
pub struct Backup {
    /// The format version the file was written in (before migration).
    pub version: u32,
    /// The version of Durable that wrote it, if it says.
    pub app_version: String,
    /// When it was exported, if it says.
    pub exported_at: Option<NaiveDateTime>,
    /// Everything it holds, migrated to the current schema and validated.
    pub data: AppData,
}

/// Why a file could not be read as a backup. `Display` gives a plain sentence for the person.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum BackupError {
    /// The file is empty (or only spaces).
    Empty,
    /// The file is not text (for example a picture or a zip file).
    NotText,
    /// The file is larger than [`MAX_BYTES`].
    TooLarge {
        /// Its size in bytes.
        bytes: usize,
    },
    /// The file is not valid JSON; the position is where reading stopped.
    Syntax {
        /// Line, from 1.
        line: usize,
        /// Column, from 1.
        column: usize,
        /// What was wrong there, in plain words.
        detail: String,
    },
    /// The file is JSON but not an object with fields.
    NotAnObject,
    /// The file is a Durable plan, which is imported as a plan, not as a backup.
    IsPlan,
    /// The file has no `"format"` field, or another format than [`FORMAT`].
    WrongFormat {
        /// The format it names, if any.
        found: Option<String>,
    },
    /// The `"version"` field is missing or not a whole number from 1 up.
    BadVersion,
    /// The file was written by a newer version of Durable than this one.
    Newer {
        /// The format version of the file.
        version: u64,
    },
    /// An older file could not be brought up to the current format.
    Migration {
        /// What went wrong.
        detail: String,
    },
    /// A field has the wrong type or is missing; the position is where in the file.
    Shape {
        /// Line, from 1 (0 when unknown).
        line: usize,
        /// Column, from 1 (0 when unknown).
        column: usize,
        /// What was wrong there, in plain words.
        detail: String,
    },
    /// The file holds more records than any real use could make.
    TooMany {
        /// What there is too much of ("sessions", "check-ins", "outcomes").
        what: &'static str,
        /// How many the file has.
        count: usize,
        /// The most accepted.
        max: usize,
    },
    /// The data reads but does not make sense (a pain of 14, two check-ins on one day…).
    Invalid {
        /// Every problem found, each a short sentence naming where it is.
        problems: Vec<String>,
    },
}

impl fmt::Display for BackupError {
    fn fmt(&self, out: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            BackupError::Empty => write!(out, "This file is empty, so there is nothing to open."),
            BackupError::NotText => write!(
                out,
                "This file is not a Durable backup: it is not text (it may be a picture or another kind of file)."
            ),
            BackupError::TooLarge { bytes } => write!(
                out,
                "This file is too large to be a Durable backup ({:.1} MB; a backup is at most {} MB).",
                *bytes as f64 / (1024.0 * 1024.0),
                MAX_BYTES / (1024 * 1024)
            ),
            BackupError::Syntax { line, column, detail } => write!(
                out,
                "This file is not a readable Durable backup. Line {line}, column {column}: {detail}"
            ),
            BackupError::NotAnObject => write!(
                out,
                "This file is not a Durable backup: it does not have the fields a backup has."
            ),
            BackupError::IsPlan => write!(
                out,
                "This file is a Durable plan, not a backup. Import it as a plan instead."
            ),
            BackupError::WrongFormat { found: None } => write!(
                out,
                "This file is not a Durable backup (it has no \"format\" field saying what it is)."
            ),
            BackupError::WrongFormat { found: Some(found) } => write!(
                out,
                "This file is not a Durable backup (its format is “{}”).",
                shorten(found)
            ),
            BackupError::BadVersion => write!(
                out,
                "This backup has no valid format version, so it cannot be read safely."
            ),
            BackupError::Newer { version } => write!(
                out,
                "This backup was made by a newer version of Durable (format version {version}); \
                 this app reads up to version {VERSION}. Update the app to open it."
            ),
            BackupError::Migration { detail } => write!(
                out,
                "This backup is from an older version of Durable and could not be updated: {detail}"
            ),
            BackupError::Shape { line: 0, detail, .. } => {
                write!(out, "This backup has data this app cannot read: {detail}")
            }
            BackupError::Shape { line, column, detail } => write!(
                out,
                "This backup has data this app cannot read. Line {line}, column {column}: {detail}"
            ),
            BackupError::TooMany { what, count, max } => write!(
                out,
                "This backup holds {count} {what}, more than any real use could make (at most {max}), \
                 so it was not opened."
            ),
            BackupError::Invalid { problems } => {
                write!(out, "This backup has data that does not make sense, so nothing was changed. ")?;
                for (shown, problem) in problems.iter().take(PROBLEMS_SHOWN).enumerate() {
                    if shown > 0 {
                        write!(out, " ")?;
                    }
                    write!(out, "{problem}")?;
                }
                if problems.len() > PROBLEMS_SHOWN {
                    write!(out, " (and {} more)", problems.len() - PROBLEMS_SHOWN)?;
                }
                Ok(())
            }
        }
    }
}

impl std::error::Error for BackupError {}

/// The file as written: the envelope around the data.
#[derive(Serialize)]
struct BackupFileOut<'a> {
    format: &'static str,
    version: u32,
    app_version: &'static str,
    exported_at: NaiveDateTime,
    data: &'a AppData,
}

/// The file as read, once its format and version are known to be right.
#[derive(Deserialize)]
struct BackupFileIn {
    #[serde(default)]
    app_version: String,
    #[serde(default)]
    exported_at: Option<NaiveDateTime>,
    data: AppData,
}

/// Reads a backup file's text into the data it holds, or says plainly why not.
pub fn read(text: &str) -> Result<AppData, BackupError> {
    read_backup(text).map(|backup| backup.data)
}

/// Reads a backup file from raw bytes (as a file picker gives them), checking it is text first.
pub fn read_bytes(bytes: &[u8]) -> Result<Backup, BackupError> {
    if bytes.len() > MAX_BYTES {
        return Err(BackupError::TooLarge { bytes: bytes.len() });
    }
    let text = std::str::from_utf8(bytes).map_err(|_| BackupError::NotText)?;
    read_backup(text)
}

/// Reads a backup file's text with what the file says about itself (version, app, export time).
pub fn read_backup(text: &str) -> Result<Backup, BackupError> {
    if text.len() > MAX_BYTES {
        return Err(BackupError::TooLarge { bytes: text.len() });
    }
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim().is_empty() {
        return Err(BackupError::Empty);
    }
    if text.contains('\0') {
        return Err(BackupError::NotText);
    }
    let value: Value = serde_json::from_str(text).map_err(|error| syntax_error(&error))?;
    let Value::Object(fields) = &value else {
        return Err(BackupError::NotAnObject);
    };
    match fields.get("format") {
        Some(Value::String(format)) if format == FORMAT => {}
        Some(Value::String(format)) if format == PLAN_FORMAT => return Err(BackupError::IsPlan),
        Some(Value::String(format)) => {
            return Err(BackupError::WrongFormat {
                found: Some(format.clone()),
            })
        }
        Some(other) => {
            return Err(BackupError::WrongFormat {
                found: Some(other.to_string()),
            })
        }
        None => return Err(BackupError::WrongFormat { found: None }),
    }
    let version = match fields.get("version").and_then(Value::as_u64) {
        Some(version) if version >= 1 => version,
        _ => return Err(BackupError::BadVersion),
    };
    if version > u64::from(VERSION) {
        return Err(BackupError::Newer { version });
    }
    let version = version as u32;
    let file: BackupFileIn = if version == VERSION {
        // Decoding the text (not the value) keeps line and column numbers for shape errors.
        serde_json::from_str(text).map_err(|error| shape_error(&error))?
    } else {
        let mut value = value;
        let data = value
            .get_mut("data")
            .map(Value::take)
            .ok_or_else(|| BackupError::Shape {
                line: 0,
                column: 0,
                detail: "missing field `data`".to_string(),
            })?;
        let data = migrate::migrate(version, data).map_err(|error| BackupError::Migration {
            detail: error.to_string(),
        })?;
        value["data"] = data;
        // A migration only adds what an older file lacks, so data that does not read is wrong in
        // the file as written: read the text itself to say where (line and column).
        serde_json::from_value(value).map_err(|error| {
            match serde_json::from_str::<BackupFileIn>(text) {
                Err(in_text) => shape_error(&in_text),
                Ok(_) => shape_error(&error),
            }
        })?
    };
    check_sizes(&file.data)?;
    let problems = validate(&file.data);
    if !problems.is_empty() {
        return Err(BackupError::Invalid { problems });
    }
    Ok(Backup {
        version,
        app_version: file.app_version,
        exported_at: file.exported_at,
        data: file.data,
    })
}

/// Writes all the data as a backup file: readable, indented JSON with format, version and time.
pub fn write(data: &AppData, exported_at: NaiveDateTime) -> String {
    let file = BackupFileOut {
        format: FORMAT,
        version: VERSION,
        app_version: env!("CARGO_PKG_VERSION"),
        exported_at,
        data,
    };
    // Serializing plain structs with string keys cannot fail; the fallback keeps this panic-free.
    serde_json::to_string_pretty(&file).unwrap_or_default() + "\n"
}

/// Rejects files with absurd numbers of records before they are validated one by one.
fn check_sizes(data: &AppData) -> Result<(), BackupError> {
    let limits = [
        ("sessions", data.sessions.len(), MAX_SESSIONS),
        ("check-ins", data.checkins.len(), MAX_CHECKINS),
        ("outcomes", data.outcomes.len(), MAX_OUTCOMES),
    ];
    for (what, count, max) in limits {
        if count > max {
            return Err(BackupError::TooMany { what, count, max });
        }
    }
    Ok(())
}

/// Every problem in the data: ranges, references, duplicates and equipment that makes no sense
/// ([`Inventory::problems`](super::equipment::Inventory::problems)). Empty when all is well.
pub fn validate(data: &AppData) -> Vec<String> {
    let mut problems = Vec::new();
    if let Some(profile) = &data.profile {
        check_rating(
            &mut problems,
            "Profile",
            "usual pain",
            Some(profile.baseline_pain),
        );
        if profile.days_per_week > 7 {
            problems.push(format!(
                "Profile: {} training days a week is more than a week has.",
                profile.days_per_week
            ));
        }
        if let Some(bodyweight) = profile.bodyweight {
            if !(0..=MAX_LOAD_G).contains(&bodyweight.grams()) {
                problems.push("Profile: the body weight is out of range.".to_string());
            }
        }
        problems.extend(profile.inventory.problems(profile.unit));
    }
    if let Some(program) = &data.program {
        validate_program(&mut problems, program);
    }
    let mut session_ids = HashSet::new();
    for (index, session) in data.sessions.iter().enumerate() {
        let place = format!("Session {} ({})", index + 1, session.started.date());
        if !session_ids.insert(session.id.as_str()) {
            problems.push(format!(
                "{place}: another session has the same id “{}”.",
                shorten(&session.id)
            ));
        }
        validate_session(&mut problems, &place, session);
    }
    let mut checkin_dates = HashSet::new();
    for checkin in &data.checkins {
        let place = format!("Check-in of {}", checkin.date);
        if !checkin_dates.insert(checkin.date) {
            problems.push(format!("{place}: there are two check-ins for this day."));
        }
        for (what, rating) in [
            ("pain", checkin.pain),
            ("stiffness", checkin.stiffness),
            ("sleep quality", checkin.sleep_quality),
            ("stress", checkin.stress),
            ("mood", checkin.mood),
        ] {
            check_rating(&mut problems, &place, what, rating);
        }
        if let Some(hours) = checkin.sleep_hours {
            if !limits::sleep_hours_ok(hours) {
                problems.push(format!("{place}: {hours} hours of sleep is not possible."));
            }
        }
        if let Some(minutes) = checkin.walk_minutes {
            if !limits::walk_minutes_ok(minutes) {
                problems.push(format!(
                    "{place}: {minutes} minutes of walking in one day is not possible."
                ));
            }
        }
    }
    for outcome in &data.outcomes {
        let place = format!("Outcome of {}", outcome.date);
        check_rating(&mut problems, &place, "usual pain", outcome.usual_pain);
        check_rating(&mut problems, &place, "confidence", outcome.confidence);
        for item in &outcome.psfs {
            check_rating(&mut problems, &place, "activity score", Some(item.score));
        }
    }
    problems
}

/// Checks a program's days, slots, schemes, loads and the ladders and exercises it names.
fn validate_program(problems: &mut Vec<String>, program: &Program) {
    if program.days.len() > MAX_PROGRAM_DAYS {
        problems.push(format!(
            "Program: {} training days is too many.",
            program.days.len()
        ));
    }
    for (day_index, day) in program.days.iter().enumerate() {
        if day.slots.len() > MAX_EXERCISES {
            problems.push(format!(
                "Program day {}: too many exercises.",
                day_index + 1
            ));
        }
        for (slot_index, slot) in day.slots.iter().enumerate() {
            let place = format!("Program day {}, exercise {}", day_index + 1, slot_index + 1);
            if ladder::ladder(&slot.ladder).is_none() {
                problems.push(format!(
                    "{place}: the ladder “{}” is not known.",
                    shorten(&slot.ladder)
                ));
            }
            check_exercise_id(problems, &place, &slot.exercise);
            for alternative in &slot.alternatives {
                check_exercise_id(problems, &place, alternative);
            }
            let scheme = slot.scheme;
            if scheme.sets == 0 || usize::from(scheme.sets) > MAX_SETS_PER_EXERCISE {
                problems.push(format!(
                    "{place}: {} sets is not a workable number.",
                    scheme.sets
                ));
            }
            if scheme.low > scheme.high || scheme.high > MAX_SET_VALUE {
                problems.push(format!(
                    "{place}: the range {}–{} does not make sense.",
                    scheme.low, scheme.high
                ));
            }
            if scheme.target_rir > SCALE_MAX {
                problems.push(format!(
                    "{place}: {} reps in reserve is out of range.",
                    scheme.target_rir
                ));
            }
            check_load(problems, &place, &slot.load);
        }
    }
}

/// Checks one session's ratings, exercises and sets.
fn validate_session(problems: &mut Vec<String>, place: &str, session: &Session) {
    check_rating(problems, place, "pain during", session.pain_during);
    check_rating(problems, place, "pain after", session.pain_after);
    if session.day >= MAX_PROGRAM_DAYS {
        problems.push(format!(
            "{place}: program day {} does not exist.",
            session.day + 1
        ));
    }
    if session.exercises.len() > MAX_EXERCISES {
        problems.push(format!("{place}: too many exercises."));
    }
    for (exercise_index, exercise) in session.exercises.iter().enumerate() {
        let place = format!("{place}, exercise {}", exercise_index + 1);
        if exercise.slot >= MAX_EXERCISES {
            problems.push(format!(
                "{place}: slot {} does not exist.",
                exercise.slot + 1
            ));
        }
        check_exercise_id(problems, &place, &exercise.exercise);
        check_rating(problems, &place, "pain during", exercise.pain_during);
        if exercise.sets.len() > MAX_SETS_PER_EXERCISE {
            problems.push(format!(
                "{place}: {} sets is too many.",
                exercise.sets.len()
            ));
        }
        for (set_index, set) in exercise.sets.iter().enumerate() {
            let place = format!("{place}, set {}", set_index + 1);
            if set.value > MAX_SET_VALUE {
                problems.push(format!(
                    "{place}: {} is far more than one set can hold.",
                    set.value
                ));
            }
            if let Some(rir) = set.rir {
                if rir > SCALE_MAX {
                    problems.push(format!("{place}: {rir} reps in reserve is out of range."));
                }
            }
            check_load(problems, &place, &set.load);
        }
    }
}

/// Checks that an exercise id names an exercise of the library (once the library is filled in).
fn check_exercise_id(problems: &mut Vec<String>, place: &str, id: &str) {
    if !catalog::EXERCISES.is_empty() && catalog::exercise(id).is_none() {
        problems.push(format!(
            "{place}: the exercise “{}” is not in the library.",
            shorten(id)
        ));
    }
}

/// Checks a 0–10 rating, if given.
fn check_rating(problems: &mut Vec<String>, place: &str, what: &str, rating: Option<u8>) {
    if let Some(rating) = rating {
        if rating > SCALE_MAX {
            problems.push(format!(
                "{place}: {what} is {rating}, but the scale goes from 0 to 10."
            ));
        }
    }
}

/// Checks a load is a real, positive mass (bands and body weight are always fine).
fn check_load(problems: &mut Vec<String>, place: &str, load: &Load) {
    if let Load::Mass(mass) = load {
        if !(0..=MAX_LOAD_G).contains(&mass.grams()) {
            problems.push(format!("{place}: the load is out of range (0 to 500 kg)."));
        }
    }
}

/// A JSON syntax error as a person reads it.
fn syntax_error(error: &serde_json::Error) -> BackupError {
    BackupError::Syntax {
        line: error.line(),
        column: error.column(),
        detail: plain_detail(error),
    }
}

/// A JSON type or missing-field error as a person reads it.
fn shape_error(error: &serde_json::Error) -> BackupError {
    if error.is_syntax() || error.is_eof() {
        return syntax_error(error);
    }
    BackupError::Shape {
        line: error.line(),
        column: error.column(),
        detail: plain_detail(error),
    }
}

/// serde_json's message without its position suffix, with type names in plain words.
fn plain_detail(error: &serde_json::Error) -> String {
    let message = error.to_string();
    let suffix = format!(" at line {} column {}", error.line(), error.column());
    let message = message.strip_suffix(&suffix).unwrap_or(&message);
    if error.is_eof() {
        return "the file ends too early (it may have been cut off).".to_string();
    }
    let mut plain = message.to_string();
    for (technical, human) in [
        ("invalid type: ", "found "),
        ("expected u8", "expected a whole number"),
        ("expected u16", "expected a whole number"),
        ("expected u32", "expected a whole number"),
        ("expected u64", "expected a whole number"),
        ("expected usize", "expected a whole number"),
        ("expected i64", "expected a whole number"),
        ("expected f32", "expected a number"),
        ("expected f64", "expected a number"),
        ("integer `", "the number `"),
        ("floating point `", "the number `"),
        ("expected a sequence", "expected a list"),
        ("expected value", "expected a value"),
        ("recursion limit exceeded", "the data is nested too deeply"),
        // chrono's messages for dates and times that do not exist or do not parse.
        (
            "input is out of range",
            "a date or time that does not exist (like 30 February)",
        ),
        (
            "input contains invalid characters",
            "a date or time that is not written as YYYY-MM-DD",
        ),
        ("premature end of input", "a date or time that is cut short"),
        ("trailing input", "a date or time with extra text after it"),
    ] {
        plain = plain.replace(technical, human);
    }
    shorten(&plain)
}

/// Cuts long text from a file so a message stays readable.
fn shorten(text: &str) -> String {
    const MAX_CHARS: usize = 120;
    if text.chars().count() <= MAX_CHARS {
        text.to_string()
    } else {
        let mut short: String = text.chars().take(MAX_CHARS).collect();
        short.push('…');
        short
    }
}

#[cfg(test)]
#[path = "backup_tests.rs"]
mod tests;
