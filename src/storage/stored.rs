//! The typed reader and writer of stored values: one serde pass reads or writes each key.
//!
//! The stored text is the one [`super::codec`] describes (`{"r":7,"s":3,"n":…,"z":"…"}`, packed;
//! `{"r":7,"s":2,"d":{"S":[…]}}` before schema 3) with field names shortened by the one table of
//! `super::mirror`. The log, check-ins and outcomes (almost all the bytes) are read straight from
//! the (unpacked) text into the mirror structs, whose names are the table's short forms, and then
//! moved into the domain types (`super::convert`). Nothing goes through a generic
//! `serde_json::Value`: that detour made opening five years three times slower in Chromium and six
//! times slower natively (`tests/web_bench.rs`, `benches/storage.rs`). The profile and program (one
//! small key each) still go through the generic table ([`codec::short_value`],
//! [`codec::from_short_value`]); both give the same JSON (`stored_tests.rs`).
//!
//! Values of the current schema ([`migrate::CURRENT`]) are read here as they are. Values of an
//! older schema from [`migrate::RECORDS_UNCHANGED_SINCE`] on are read here too: their records read
//! as today's, and only their profile and program go through [`migrate::migrate`]. Anything older
//! goes through the generic codec and the migrations (see `super::load::read_stored`), which also
//! take over when this reader fails, so anything the generic reader accepts still loads.
//!
//! The serde attributes of the mirrors (`default`, `skip_serializing_if`) copy the domain ones.
//! Fields a *newer* app wrote that this version does not know are ignored, exactly as the generic
//! reader did (it deserialized into the same domain types, which have no place to keep them); a
//! newer app that must keep such fields raises the schema version, which opens older apps
//! read-only.

use chrono::NaiveDateTime;
use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::codec::{self, CodecError};
use super::mirror::StoredData;
use crate::domain::checkin::{CheckIn, Outcome};
use crate::domain::data::AppData;
use crate::domain::log::Session;
use crate::domain::migrate;
use crate::domain::profile::Profile;
use crate::domain::program::Program;

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

#[cfg(all(test, not(target_arch = "wasm32")))]
#[path = "stored_tests.rs"]
mod tests;

#[cfg(all(test, not(target_arch = "wasm32")))]
#[path = "stored_props.rs"]
mod props;
