//! Typed mirrors of the compact stored form, so one serde pass reads or writes each key.
//!
//! The stored text is the one [`super::codec`] describes: `{"r":7,"s":1,"d":{"S":[…]}}` with field
//! names shortened by its table. The log, check-ins and outcomes (almost all the bytes) are read
//! straight from that text into the private `Stored…` structs below, whose `#[serde(rename)]` names
//! are the table's short forms, and then moved into the domain types. Nothing goes through a generic
//! `serde_json::Value`: that detour made opening five years three times slower in Chromium and six
//! times slower natively (`tests/web_bench.rs`, `benches/storage.rs`). The profile and program (one
//! small key each) still go through the generic table ([`codec::short_value`],
//! [`codec::from_short_value`]). The stored text is unchanged: same names, same size (only the order
//! of fields within an object differs, which no reader depends on).
//!
//! Values of the current schema ([`migrate::CURRENT`]) are read here as they are. Values of an
//! older schema from [`migrate::RECORDS_UNCHANGED_SINCE`] on are read here too: their records read
//! as today's, and only their profile and program go through [`migrate::migrate`] (old months of
//! the log are never rewritten, and the generic reader would make opening them six times slower).
//! Anything older goes through the generic codec and the migrations (see `super::read_stored`),
//! which also take over when this reader fails, so anything the generic reader accepts still loads.
//!
//! **No field is dropped.** Each conversion between a domain type and its mirror destructures
//! without `..` and builds with a full struct literal, so a field added to `Session`,
//! `ExerciseLog`, `SetLog`, `CheckIn`, `Outcome` or `PsfsItem` does not compile until it has a
//! mirror field here; give it a new short name in `codec`'s table too (the tests in
//! `stored_tests.rs` fail until both writers give the same JSON and each reads what the other
//! wrote). The serde attributes (`default`, `skip_serializing_if`) copy the domain ones. Fields a
//! *newer* app wrote that this version does not know are ignored, exactly as the generic reader
//! did (it deserialized into the same domain types, which have no place to keep them), so no
//! `#[serde(flatten)]` catch-all is needed to keep the old guarantee; a newer app that must keep
//! such fields raises the schema version, which opens older apps read-only.

use chrono::{NaiveDate, NaiveDateTime};
use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::codec::{self, CodecError};
use crate::domain::catalog::Implement;
use crate::domain::checkin::{CheckIn, Outcome, PsfsItem};
use crate::domain::data::AppData;
use crate::domain::log::{ExerciseLog, Session, SetLog};
use crate::domain::migrate;
use crate::domain::profile::Profile;
use crate::domain::program::{Load, Program, Tempo};
use crate::domain::units::Mass;

/// A part of `AppData` to store in one key (absent parts are not written), or with `at` and
/// `reason` an automatic snapshot of all of it.
#[derive(Default)]
pub(crate) struct Part<'a> {
    /// When the snapshot was taken (snapshots only).
    pub at: Option<NaiveDateTime>,
    /// Why the snapshot was taken (snapshots only).
    pub reason: Option<&'a str>,
    /// The profile.
    pub profile: Option<&'a Profile>,
    /// The program.
    pub program: Option<&'a Program>,
    /// Sessions (of one month, the one in progress, or all for a snapshot).
    pub sessions: Option<&'a [Session]>,
    /// Check-ins (of one month, or all for a snapshot).
    pub checkins: Option<&'a [CheckIn]>,
    /// Weekly outcomes.
    pub outcomes: Option<&'a [Outcome]>,
}

/// A stored value read back: its revision and data, and for a snapshot when and why.
#[derive(Debug)]
pub(crate) struct Contents {
    /// The key's revision.
    pub rev: u64,
    /// The data it holds (only the parts present are filled).
    pub data: AppData,
    /// When the snapshot was taken (snapshots only).
    pub at: Option<NaiveDateTime>,
    /// Why the snapshot was taken (snapshots only; empty when absent).
    pub reason: String,
}

/// Writes `part` with its revision and the current schema, in one pass, packed
/// ([`codec::envelope`]).
pub(crate) fn encode(rev: u64, part: &Part<'_>) -> Result<String, CodecError> {
    let d = serde_json::to_string(&stored_data(part)?)
        .map_err(|error| CodecError(error.to_string()))?;
    Ok(codec::envelope(rev, migrate::CURRENT, &d))
}

/// `part` as the plain (unpacked) stored text, `{"r":…,"s":…,"d":…}`: what the generic codec
/// writes before packing, for the tests that compare the two writers.
#[cfg(test)]
pub(crate) fn encode_plain(rev: u64, part: &Part<'_>) -> Result<String, CodecError> {
    let envelope = Envelope {
        r: rev,
        s: migrate::CURRENT,
        d: stored_data(part)?,
    };
    serde_json::to_string(&envelope).map_err(|error| CodecError(error.to_string()))
}

fn stored_data(part: &Part<'_>) -> Result<StoredData, CodecError> {
    Ok(StoredData {
        at: part.at,
        reason: part.reason.map(str::to_string),
        profile: part.profile.map(codec::short_value).transpose()?,
        program: part.program.map(codec::short_value).transpose()?,
        sessions: part.sessions.map(mirror),
        checkins: part.checkins.map(mirror),
        outcomes: part.outcomes.map(mirror),
    })
}

/// Reads a stored value in one pass, migrating the profile and program of an older schema whose
/// records read as today's. Any other schema is an error (the caller migrates those through the
/// generic reader).
pub(crate) fn decode(text: &str) -> Result<Contents, CodecError> {
    let json = |error: serde_json::Error| CodecError(error.to_string());
    let envelope: Envelope<StoredData> = match codec::unpack(text)? {
        Some(unpacked) => Envelope {
            r: unpacked.rev,
            s: unpacked.schema,
            d: serde_json::from_str(&unpacked.d).map_err(json)?,
        },
        None => serde_json::from_str(text).map_err(json)?,
    };
    if !(migrate::RECORDS_UNCHANGED_SINCE..=migrate::CURRENT).contains(&envelope.s) {
        return Err(CodecError(format!(
            "schema {} is not one this reader reads ({} to {})",
            envelope.s,
            migrate::RECORDS_UNCHANGED_SINCE,
            migrate::CURRENT
        )));
    }
    let d = envelope.d;
    let (profile, program) = if envelope.s == migrate::CURRENT {
        (
            d.profile.map(codec::from_short_value).transpose()?,
            d.program.map(codec::from_short_value).transpose()?,
        )
    } else {
        migrate_settings(envelope.s, d.profile, d.program)?
    };
    let data = AppData {
        profile,
        program,
        sessions: unmirror(d.sessions),
        checkins: unmirror(d.checkins),
        outcomes: unmirror(d.outcomes),
    };
    Ok(Contents {
        rev: envelope.r,
        data,
        at: d.at,
        reason: d.reason.unwrap_or_default(),
    })
}

/// The profile and program (short-named, as stored) of a value of an older `schema`, brought up to
/// the current schema in their long-named form, as the generic reader does.
fn migrate_settings(
    schema: u32,
    profile: Option<Value>,
    program: Option<Value>,
) -> Result<(Option<Profile>, Option<Program>), CodecError> {
    let mut long = serde_json::Map::new();
    if let Some(profile) = profile {
        long.insert("profile".to_string(), codec::lengthen(profile));
    }
    if let Some(program) = program {
        long.insert("program".to_string(), codec::lengthen(program));
    }
    let migrated = migrate::migrate(schema, Value::Object(long))
        .map_err(|error| CodecError(error.to_string()))?;
    let Value::Object(mut migrated) = migrated else {
        return Err(CodecError("the migrated data is not an object".to_string()));
    };
    let profile = migrated
        .remove("profile")
        .map(serde_json::from_value::<Option<Profile>>)
        .transpose()
        .map_err(|error| CodecError(error.to_string()))?
        .flatten();
    let program = migrated
        .remove("program")
        .map(serde_json::from_value::<Option<Program>>)
        .transpose()
        .map_err(|error| CodecError(error.to_string()))?
        .flatten();
    Ok((profile, program))
}

fn mirror<T: Clone, S: From<T>>(records: &[T]) -> Vec<S> {
    records.iter().cloned().map(S::from).collect()
}

fn unmirror<S, T: From<S>>(records: Option<Vec<S>>) -> Vec<T> {
    records
        .unwrap_or_default()
        .into_iter()
        .map(T::from)
        .collect()
}

#[derive(Serialize, Deserialize)]
struct Envelope<T> {
    r: u64,
    s: u32,
    d: T,
}

/// The `d` of a stored value. Profile and program stay generic JSON with short names.
#[derive(Serialize, Deserialize)]
struct StoredData {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    at: Option<NaiveDateTime>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    reason: Option<String>,
    #[serde(rename = "P", default, skip_serializing_if = "Option::is_none")]
    profile: Option<Value>,
    #[serde(rename = "G", default, skip_serializing_if = "Option::is_none")]
    program: Option<Value>,
    #[serde(rename = "S", default, skip_serializing_if = "Option::is_none")]
    sessions: Option<Vec<StoredSession>>,
    #[serde(rename = "C", default, skip_serializing_if = "Option::is_none")]
    checkins: Option<Vec<StoredCheckIn>>,
    #[serde(rename = "O", default, skip_serializing_if = "Option::is_none")]
    outcomes: Option<Vec<StoredOutcome>>,
}

/// [`Session`] as stored.
#[derive(Serialize, Deserialize)]
struct StoredSession {
    #[serde(rename = "i")]
    id: String,
    #[serde(rename = "t")]
    started: NaiveDateTime,
    #[serde(rename = "y")]
    day: usize,
    #[serde(rename = "x", default)]
    exercises: Vec<StoredExercise>,
    #[serde(rename = "pd", default, skip_serializing_if = "Option::is_none")]
    pain_during: Option<u8>,
    #[serde(rename = "pa", default, skip_serializing_if = "Option::is_none")]
    pain_after: Option<u8>,
    #[serde(rename = "n", default, skip_serializing_if = "String::is_empty")]
    notes: String,
    #[serde(rename = "f", default)]
    finished: bool,
}

/// [`ExerciseLog`] as stored.
#[derive(Serialize, Deserialize)]
struct StoredExercise {
    #[serde(rename = "o")]
    slot: usize,
    #[serde(rename = "e")]
    exercise: String,
    #[serde(rename = "z", default)]
    sets: Vec<StoredSet>,
    #[serde(rename = "pd", default, skip_serializing_if = "Option::is_none")]
    pain_during: Option<u8>,
    #[serde(rename = "u", default, skip_serializing_if = "std::ops::Not::not")]
    user_adjusted: bool,
    #[serde(rename = "im", default, skip_serializing_if = "Option::is_none")]
    implement: Option<Implement>,
    #[serde(rename = "rg", default, skip_serializing_if = "Option::is_none")]
    range: Option<(u16, u16)>,
    #[serde(rename = "tp", default, skip_serializing_if = "Option::is_none")]
    tempo: Option<Tempo>,
}

/// [`SetLog`] as stored.
#[derive(Serialize, Deserialize)]
struct StoredSet {
    #[serde(rename = "v")]
    value: u16,
    #[serde(rename = "l")]
    load: StoredLoad,
    #[serde(rename = "r", default, skip_serializing_if = "Option::is_none")]
    rir: Option<u8>,
}

/// [`Load`] as stored: `{"k":"mass","v":8000}`.
#[derive(Serialize, Deserialize)]
#[serde(rename_all = "kebab-case", tag = "k", content = "v")]
enum StoredLoad {
    Bodyweight,
    Band(String),
    Mass(Mass),
}

/// [`CheckIn`] as stored.
#[derive(Serialize, Deserialize)]
struct StoredCheckIn {
    #[serde(rename = "d")]
    date: NaiveDate,
    #[serde(rename = "p", default, skip_serializing_if = "Option::is_none")]
    pain: Option<u8>,
    #[serde(rename = "st", default, skip_serializing_if = "Option::is_none")]
    stiffness: Option<u8>,
    #[serde(rename = "sh", default, skip_serializing_if = "Option::is_none")]
    sleep_hours: Option<f32>,
    #[serde(rename = "sq", default, skip_serializing_if = "Option::is_none")]
    sleep_quality: Option<u8>,
    #[serde(rename = "ss", default, skip_serializing_if = "Option::is_none")]
    stress: Option<u8>,
    #[serde(rename = "m", default, skip_serializing_if = "Option::is_none")]
    mood: Option<u8>,
    #[serde(rename = "w", default, skip_serializing_if = "Option::is_none")]
    walk_minutes: Option<u16>,
    #[serde(rename = "nl", default, skip_serializing_if = "std::ops::Not::not")]
    new_leg_symptoms: bool,
    #[serde(rename = "fl", default, skip_serializing_if = "std::ops::Not::not")]
    flare: bool,
}

/// [`Outcome`] as stored.
#[derive(Serialize, Deserialize)]
struct StoredOutcome {
    #[serde(rename = "d")]
    date: NaiveDate,
    #[serde(rename = "up", default, skip_serializing_if = "Option::is_none")]
    usual_pain: Option<u8>,
    #[serde(rename = "ps", default)]
    psfs: Vec<StoredPsfs>,
    #[serde(rename = "cf", default, skip_serializing_if = "Option::is_none")]
    confidence: Option<u8>,
}

/// [`PsfsItem`] as stored.
#[derive(Serialize, Deserialize)]
struct StoredPsfs {
    #[serde(rename = "a")]
    activity: String,
    #[serde(rename = "sc")]
    score: u8,
}

// Conversions. Every one destructures without `..` and builds with a full struct literal, so a
// new domain field is a compile error here rather than a field silently not stored.

impl From<Session> for StoredSession {
    fn from(session: Session) -> StoredSession {
        let Session {
            id,
            started,
            day,
            exercises,
            pain_during,
            pain_after,
            notes,
            finished,
        } = session;
        StoredSession {
            id,
            started,
            day,
            exercises: exercises.into_iter().map(StoredExercise::from).collect(),
            pain_during,
            pain_after,
            notes,
            finished,
        }
    }
}

impl From<StoredSession> for Session {
    fn from(stored: StoredSession) -> Session {
        let StoredSession {
            id,
            started,
            day,
            exercises,
            pain_during,
            pain_after,
            notes,
            finished,
        } = stored;
        Session {
            id,
            started,
            day,
            exercises: exercises.into_iter().map(ExerciseLog::from).collect(),
            pain_during,
            pain_after,
            notes,
            finished,
        }
    }
}

impl From<ExerciseLog> for StoredExercise {
    fn from(exercise: ExerciseLog) -> StoredExercise {
        let ExerciseLog {
            slot,
            exercise,
            sets,
            pain_during,
            user_adjusted,
            implement,
            range,
            tempo,
        } = exercise;
        StoredExercise {
            slot,
            exercise,
            sets: sets.into_iter().map(StoredSet::from).collect(),
            pain_during,
            user_adjusted,
            implement,
            range,
            tempo,
        }
    }
}

impl From<StoredExercise> for ExerciseLog {
    fn from(stored: StoredExercise) -> ExerciseLog {
        let StoredExercise {
            slot,
            exercise,
            sets,
            pain_during,
            user_adjusted,
            implement,
            range,
            tempo,
        } = stored;
        ExerciseLog {
            slot,
            exercise,
            sets: sets.into_iter().map(SetLog::from).collect(),
            pain_during,
            user_adjusted,
            implement,
            range,
            tempo,
        }
    }
}

impl From<SetLog> for StoredSet {
    fn from(set: SetLog) -> StoredSet {
        let SetLog { value, load, rir } = set;
        StoredSet {
            value,
            load: load.into(),
            rir,
        }
    }
}

impl From<StoredSet> for SetLog {
    fn from(stored: StoredSet) -> SetLog {
        let StoredSet { value, load, rir } = stored;
        SetLog {
            value,
            load: load.into(),
            rir,
        }
    }
}

impl From<Load> for StoredLoad {
    fn from(load: Load) -> StoredLoad {
        match load {
            Load::Bodyweight => StoredLoad::Bodyweight,
            Load::Band(colour) => StoredLoad::Band(colour),
            Load::Mass(mass) => StoredLoad::Mass(mass),
        }
    }
}

impl From<StoredLoad> for Load {
    fn from(stored: StoredLoad) -> Load {
        match stored {
            StoredLoad::Bodyweight => Load::Bodyweight,
            StoredLoad::Band(colour) => Load::Band(colour),
            StoredLoad::Mass(mass) => Load::Mass(mass),
        }
    }
}

impl From<CheckIn> for StoredCheckIn {
    fn from(checkin: CheckIn) -> StoredCheckIn {
        let CheckIn {
            date,
            pain,
            stiffness,
            sleep_hours,
            sleep_quality,
            stress,
            mood,
            walk_minutes,
            new_leg_symptoms,
            flare,
        } = checkin;
        StoredCheckIn {
            date,
            pain,
            stiffness,
            sleep_hours,
            sleep_quality,
            stress,
            mood,
            walk_minutes,
            new_leg_symptoms,
            flare,
        }
    }
}

impl From<StoredCheckIn> for CheckIn {
    fn from(stored: StoredCheckIn) -> CheckIn {
        let StoredCheckIn {
            date,
            pain,
            stiffness,
            sleep_hours,
            sleep_quality,
            stress,
            mood,
            walk_minutes,
            new_leg_symptoms,
            flare,
        } = stored;
        CheckIn {
            date,
            pain,
            stiffness,
            sleep_hours,
            sleep_quality,
            stress,
            mood,
            walk_minutes,
            new_leg_symptoms,
            flare,
        }
    }
}

impl From<Outcome> for StoredOutcome {
    fn from(outcome: Outcome) -> StoredOutcome {
        let Outcome {
            date,
            usual_pain,
            psfs,
            confidence,
        } = outcome;
        StoredOutcome {
            date,
            usual_pain,
            psfs: psfs.into_iter().map(StoredPsfs::from).collect(),
            confidence,
        }
    }
}

impl From<StoredOutcome> for Outcome {
    fn from(stored: StoredOutcome) -> Outcome {
        let StoredOutcome {
            date,
            usual_pain,
            psfs,
            confidence,
        } = stored;
        Outcome {
            date,
            usual_pain,
            psfs: psfs.into_iter().map(PsfsItem::from).collect(),
            confidence,
        }
    }
}

impl From<PsfsItem> for StoredPsfs {
    fn from(item: PsfsItem) -> StoredPsfs {
        let PsfsItem { activity, score } = item;
        StoredPsfs { activity, score }
    }
}

impl From<StoredPsfs> for PsfsItem {
    fn from(stored: StoredPsfs) -> PsfsItem {
        let StoredPsfs { activity, score } = stored;
        PsfsItem { activity, score }
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
#[path = "stored_tests.rs"]
mod tests;
