//! Compact encoding of stored values: an envelope with revision and schema, and short field names.
//!
//! A stored value of schema 1 or 2 reads `{"r":7,"s":2,"d":{…}}`: `r` is the key's revision (raised
//! by every write, so a tab can tell that another tab wrote since it read), `s` the schema version
//! of `d`, and `d` a part of `AppData` (e.g. `{"sessions":[…]}`) with its field names shortened by
//! the one table of `super::mirror`. From schema 3 ([`PACKED_SINCE`]) the data is packed ([`super::pack`]):
//! `{"r":7,"s":3,"n":812,"z":"…"}`, where `z` holds the text of `d` deflated and `n` the number of
//! deflated bytes. The header stays plain, so [`peek`] reads the revision and schema without
//! unpacking, and an app older than schema 3 sees a newer schema and opens read-only rather than
//! taking the packed text for damage.
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

use super::mirror::SHORT_NAMES;
use super::pack;

/// The first schema whose values are packed.
pub const PACKED_SINCE: u32 = 3;

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

#[derive(Deserialize)]
struct Stored {
    r: u64,
    s: u32,
    d: Value,
}

/// Encodes `part` (any serializable part of `AppData`) with its revision and schema, packed from
/// [`PACKED_SINCE`] on.
pub fn encode<T: Serialize>(rev: u64, schema: u32, part: &T) -> Result<String, CodecError> {
    let d = serde_json::to_string(&short_value(part)?)
        .map_err(|error| CodecError(error.to_string()))?;
    Ok(envelope(rev, schema, &d))
}

/// The stored text of data `d` (short-named JSON text) with its revision and schema: packed from
/// [`PACKED_SINCE`] on, plain before.
pub fn envelope(rev: u64, schema: u32, d: &str) -> String {
    if schema >= PACKED_SINCE {
        let packed = pack::pack(d);
        format!(
            r#"{{"r":{rev},"s":{schema},"n":{},"z":"{}"}}"#,
            packed.bytes, packed.chars
        )
    } else {
        format!(r#"{{"r":{rev},"s":{schema},"d":{d}}}"#)
    }
}

/// A packed stored value, unpacked: revision, schema and the text of its data.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Unpacked {
    /// The revision of the key.
    pub rev: u64,
    /// The schema version of `d`.
    pub schema: u32,
    /// The data as short-named JSON text.
    pub d: String,
}

/// Unpacks a packed stored value; `Ok(None)` when `text` is plain (`{"r":…,"s":…,"d":…}`).
pub fn unpack(text: &str) -> Result<Option<Unpacked>, CodecError> {
    if !is_packed(text) {
        return Ok(None);
    }
    #[derive(Deserialize)]
    struct Packed<'a> {
        r: u64,
        s: u32,
        n: usize,
        #[serde(borrow)]
        z: std::borrow::Cow<'a, str>,
    }
    let packed: Packed<'_> =
        serde_json::from_str(text).map_err(|error| CodecError(error.to_string()))?;
    let d = pack::unpack(&packed.z, packed.n)
        .ok_or_else(|| CodecError("the packed data is damaged".to_string()))?;
    Ok(Some(Unpacked {
        rev: packed.r,
        schema: packed.s,
        d,
    }))
}

/// True when `text` is a packed value: its header is followed by `"n":`.
fn is_packed(text: &str) -> bool {
    text.strip_prefix("{\"r\":")
        .and_then(|rest| rest.split_once(','))
        .and_then(|(_, rest)| rest.strip_prefix("\"s\":"))
        .and_then(|rest| rest.split_once(','))
        .is_some_and(|(_, rest)| rest.starts_with("\"n\":"))
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

/// Opens a stored value, plain or packed: revision, schema and the data with long field names.
pub fn decode(text: &str) -> Result<Envelope, CodecError> {
    let stored: Stored = match unpack(text)? {
        Some(unpacked) => Stored {
            r: unpacked.rev,
            s: unpacked.schema,
            d: serde_json::from_str(&unpacked.d).map_err(|error| CodecError(error.to_string()))?,
        },
        None => serde_json::from_str(text).map_err(|error| CodecError(error.to_string()))?,
    };
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

/// The short stored form of a long field name, from the one table (`super::mirror`); `None` for a
/// name stored as it is.
pub fn short_form(long: &str) -> Option<&'static str> {
    SHORT_NAMES
        .iter()
        .find(|(name, _)| *name == long)
        .map(|(_, short)| *short)
}

/// True when `name` is the short stored form of a field.
pub fn is_short_form(name: &str) -> bool {
    SHORT_NAMES.iter().any(|(_, short)| *short == name)
}

/// Replaces long field names by their short forms, everywhere in `value`.
///
/// A name that already looks like a short form (or starts with the escape mark) is escaped with one
/// more `~`, so names in free-form maps round-trip exactly.
pub fn shorten(value: Value) -> Value {
    rename(value, &|key| {
        if let Some(short) = short_form(key) {
            short.to_string()
        } else if key.starts_with(ESCAPE) || is_short_form(key) {
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

    #[test]
    fn packed_envelopes_round_trip_and_peek_reads_their_header() {
        let part = serde_json::json!({"checkins": [{"date": "2026-11-03", "sleep_hours": 7.3}]});
        let text = encode(7, PACKED_SINCE, &part).unwrap();
        assert!(text.starts_with(r#"{"r":7,"s":3,"n":"#), "{text}");
        assert_eq!(peek(&text), Ok((7, PACKED_SINCE)));
        let envelope = decode(&text).unwrap();
        assert_eq!((envelope.rev, envelope.schema, envelope.data), (7, 3, part));
        let unpacked = unpack(&text).unwrap().unwrap();
        assert_eq!(unpacked.d, r#"{"C":[{"d":"2026-11-03","sh":7.3}]}"#);
        assert_eq!(unpack(r#"{"r":7,"s":2,"d":{}}"#), Ok(None));
        let damaged = text.replace(r#""n":"#, r#""n":1"#);
        assert!(decode(&damaged).is_err());
    }
}
