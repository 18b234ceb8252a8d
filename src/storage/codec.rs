//! Compact encoding of stored values: an envelope with revision and schema, and short field names.
//!
//! A stored value reads `{"r":7,"s":1,"d":{…}}`: `r` is the key's revision (raised by every write,
//! so a tab can tell that another tab wrote since it read), `s` the schema version of `d`, and `d`
//! a part of `AppData` (e.g. `{"sessions":[…]}`) with its field names shortened by one fixed table.
//!
//! This module is the generic form of that encoding: [`shorten`] and [`lengthen`] rename the keys
//! of a `serde_json::Value` tree. Fields missing from the table are kept as they are, so a field
//! added later is never dropped. Storage uses it for the profile and program, for values of older
//! schemas (which [`crate::domain::migrate`] upgrades in their long-named JSON form), and as the
//! fallback reader. The log, check-ins and outcomes of the current schema are read and written in
//! one typed pass by `super::stored`, which gives the same text and keeps the same guarantee (see
//! its docs).

use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

/// Long field names and their short stored forms. Short forms never change once released; add new
/// rows only. A short form must not equal any long field name.
const SHORT_NAMES: &[(&str, &str)] = &[
    ("sessions", "S"),
    ("checkins", "C"),
    ("outcomes", "O"),
    ("profile", "P"),
    ("program", "G"),
    ("id", "i"),
    ("started", "t"),
    ("day", "y"),
    ("exercises", "x"),
    ("exercise", "e"),
    ("slot", "o"),
    ("sets", "z"),
    ("value", "v"),
    ("load", "l"),
    ("kind", "k"),
    ("rir", "r"),
    ("pain_during", "pd"),
    ("pain_after", "pa"),
    ("user_adjusted", "u"),
    ("notes", "n"),
    ("finished", "f"),
    ("date", "d"),
    ("pain", "p"),
    ("stiffness", "st"),
    ("sleep_hours", "sh"),
    ("sleep_quality", "sq"),
    ("stress", "ss"),
    ("mood", "m"),
    ("walk_minutes", "w"),
    ("new_leg_symptoms", "nl"),
    ("flare", "fl"),
    ("usual_pain", "up"),
    ("psfs", "ps"),
    ("confidence", "cf"),
    ("activity", "a"),
    ("score", "sc"),
    ("implement", "im"),
    ("tempo", "tp"),
    ("range", "rg"),
];

/// Marks a stored field name that is not a short form (see [`shorten`]).
const ESCAPE: char = '~';

/// Why a stored value could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CodecError(pub String);

impl std::fmt::Display for CodecError {
    fn fmt(&self, out: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(out, "{}", self.0)
    }
}

/// A stored value, opened.
#[derive(Clone, Debug, PartialEq)]
pub struct Envelope {
    /// The revision of the key.
    pub rev: u64,
    /// The schema version of `data`.
    pub schema: u32,
    /// The data, with long field names, as written by that schema.
    pub data: Value,
}

#[derive(Serialize, Deserialize)]
struct Stored {
    r: u64,
    s: u32,
    d: Value,
}

/// Encodes `part` (any serializable part of `AppData`) with its revision and schema.
pub fn encode<T: Serialize>(rev: u64, schema: u32, part: &T) -> Result<String, CodecError> {
    let stored = Stored {
        r: rev,
        s: schema,
        d: short_value(part)?,
    };
    serde_json::to_string(&stored).map_err(|error| CodecError(error.to_string()))
}

/// `part` as JSON with short field names.
pub fn short_value<T: Serialize>(part: &T) -> Result<Value, CodecError> {
    // Going through text first keeps `f32` values short (7.3, not 7.300000190734863).
    let text = serde_json::to_string(part).map_err(|error| CodecError(error.to_string()))?;
    let value: Value =
        serde_json::from_str(&text).map_err(|error| CodecError(error.to_string()))?;
    Ok(shorten(value))
}

/// Reads JSON with short field names (the inverse of [`short_value`]).
pub fn from_short_value<T: DeserializeOwned>(value: Value) -> Result<T, CodecError> {
    serde_json::from_value(lengthen(value)).map_err(|error| CodecError(error.to_string()))
}

/// Opens a stored value: revision, schema and the data with long field names.
pub fn decode(text: &str) -> Result<Envelope, CodecError> {
    let stored: Stored =
        serde_json::from_str(text).map_err(|error| CodecError(error.to_string()))?;
    Ok(Envelope {
        rev: stored.r,
        schema: stored.s,
        data: lengthen(stored.d),
    })
}

/// The revision and schema of a stored value without decoding its data (cheap; used before every
/// write to see whether another tab wrote since this one read).
pub fn peek(text: &str) -> Result<(u64, u32), CodecError> {
    let fast = text.strip_prefix("{\"r\":").and_then(|rest| {
        let (rev, rest) = rest.split_once(',')?;
        let rest = rest.strip_prefix("\"s\":")?;
        let (schema, _) = rest.split_once(',')?;
        Some((rev.parse().ok()?, schema.parse().ok()?))
    });
    match fast {
        Some(header) => Ok(header),
        None => {
            // Fields in another order: read the header and skip the data without building it.
            #[derive(Deserialize)]
            struct Header {
                r: u64,
                s: u32,
                #[allow(dead_code)]
                d: serde::de::IgnoredAny,
            }
            serde_json::from_str::<Header>(text)
                .map(|header| (header.r, header.s))
                .map_err(|error| CodecError(error.to_string()))
        }
    }
}

/// Replaces long field names by their short forms, everywhere in `value`.
///
/// A name that already looks like a short form (or starts with the escape mark) is escaped with one
/// more `~`, so names in free-form maps round-trip exactly.
pub fn shorten(value: Value) -> Value {
    rename(value, &|key| {
        if let Some((_, short)) = SHORT_NAMES.iter().find(|(long, _)| *long == key) {
            (*short).to_string()
        } else if key.starts_with(ESCAPE) || SHORT_NAMES.iter().any(|(_, short)| *short == key) {
            format!("{ESCAPE}{key}")
        } else {
            key.to_string()
        }
    })
}

/// Undoes [`shorten`].
pub fn lengthen(value: Value) -> Value {
    rename(value, &|key| {
        if let Some(escaped) = key.strip_prefix(ESCAPE) {
            escaped.to_string()
        } else if let Some((long, _)) = SHORT_NAMES.iter().find(|(_, short)| *short == key) {
            (*long).to_string()
        } else {
            key.to_string()
        }
    })
}

fn rename(value: Value, rename_key: &dyn Fn(&str) -> String) -> Value {
    match value {
        Value::Object(fields) => Value::Object(
            fields
                .into_iter()
                .map(|(key, inner)| (rename_key(&key), rename(inner, rename_key)))
                .collect::<Map<String, Value>>(),
        ),
        Value::Array(items) => Value::Array(
            items
                .into_iter()
                .map(|item| rename(item, rename_key))
                .collect(),
        ),
        other => other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_names_are_unique_and_never_a_long_name() {
        for (index, (long, short)) in SHORT_NAMES.iter().enumerate() {
            for (other_long, other_short) in &SHORT_NAMES[index + 1..] {
                assert_ne!(long, other_long);
                assert_ne!(short, other_short);
            }
            assert!(SHORT_NAMES.iter().all(|(any_long, _)| any_long != short));
        }
    }

    #[test]
    fn names_round_trip_even_when_they_look_short() {
        let value = serde_json::json!({
            "sessions": [{"id": "a", "S": 1, "~x": 2, "unknown_field": {"value": 3}}]
        });
        let short = shorten(value.clone());
        assert_eq!(
            short,
            serde_json::json!({"S": [{"i": "a", "~S": 1, "~~x": 2, "unknown_field": {"v": 3}}]})
        );
        assert_eq!(lengthen(short), value);
    }

    #[test]
    fn envelopes_round_trip_and_peek_reads_the_header() {
        let part = serde_json::json!({"checkins": [{"date": "2026-11-03", "sleep_hours": 7.3}]});
        let text = encode(7, 1, &part).unwrap();
        assert_eq!(
            text,
            r#"{"r":7,"s":1,"d":{"C":[{"d":"2026-11-03","sh":7.3}]}}"#
        );
        assert_eq!(peek(&text), Ok((7, 1)));
        assert_eq!(peek(r#"{"s":2,"d":{},"r":9}"#), Ok((9, 2)));
        let envelope = decode(&text).unwrap();
        assert_eq!((envelope.rev, envelope.schema, envelope.data), (7, 1, part));
        assert!(decode("{\"r\":1,").is_err());
    }
}
