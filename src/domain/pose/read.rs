//! Reading the pose file: its JSON walked by hand into entries. The app already parses JSON into
//! values, and a derived reader for these types cost the browser app about 25 KB of wasm for the
//! same checks (unknown fields refused, every number where a number belongs).

use serde_json::{Map, Value};

use super::figure::Point;
use super::kit::{Hold, Kit};
use super::{BookError, RawEntry, RawPose, View};

/// A JSON object.
type Object = Map<String, Value>;

/// The fields a pose may write.
const POSE_FIELDS: [&str; 13] = [
    "say", "at", "x", "y", "trunk", "spine", "neck", "hip", "knee", "ankle", "shoulder", "elbow",
    "touch",
];

/// Each implement's kind with the fields it takes besides `k`.
const KIT_FIELDS: [(&str, &[&str]); 12] = [
    ("dumbbell", &["at"]),
    ("kettlebell", &["at", "pair"]),
    ("barbell", &["at"]),
    ("trap-bar", &["high"]),
    ("band", &["x", "y", "at"]),
    ("box", &["x", "w", "h"]),
    ("bench", &["x", "w", "h", "tilt"]),
    ("chair", &["x", "left"]),
    ("wall", &["x"]),
    ("doorway", &["x"]),
    ("bar", &["x", "y"]),
    ("stick", &[]),
];

/// Every entry of the file by exercise id.
pub(super) fn entries(text: &str) -> Result<Vec<(String, RawEntry)>, BookError> {
    let value: Value = serde_json::from_str(text).map_err(|error| BookError(error.to_string()))?;
    object(&value, "the file")?
        .iter()
        .map(|(id, entry)| Ok((id.clone(), entry_of(entry, id)?)))
        .collect()
}

/// One exercise's entry.
fn entry_of(value: &Value, id: &str) -> Result<RawEntry, BookError> {
    let entry = object(value, id)?;
    only(entry, &["like", "view", "kit", "poses"], id)?;
    let view = match text(entry, "view", id)? {
        None => None,
        Some("side") => Some(View::Side),
        Some("front") => Some(View::Front),
        Some(other) => return Err(fail(id, &["no view `", other, "`"])),
    };
    let kit = match entry.get("kit") {
        None => None,
        Some(list) => Some(
            array(list, id)?
                .iter()
                .map(|item| kit_of(item, id))
                .collect::<Result<_, _>>()?,
        ),
    };
    let poses = match entry.get("poses") {
        None => Vec::new(),
        Some(list) => array(list, id)?
            .iter()
            .map(|item| pose_of(item, id))
            .collect::<Result<_, _>>()?,
    };
    Ok(RawEntry {
        like: text(entry, "like", id)?.map(str::to_string),
        view,
        kit,
        poses,
    })
}

/// One pose as written.
fn pose_of(value: &Value, id: &str) -> Result<RawPose, BookError> {
    let pose = object(value, id)?;
    only(pose, &POSE_FIELDS, id)?;
    let at = match text(pose, "at", id)? {
        None => None,
        Some(name) => {
            Some(Point::named(name).ok_or_else(|| fail(id, &["no body point `", name, "`"]))?)
        }
    };
    let touch = match pose.get("touch") {
        None => None,
        Some(list) => Some(
            array(list, id)?
                .iter()
                .map(|pair| match pair.as_array().map(Vec::as_slice) {
                    Some([Value::String(what), Value::String(on)]) => {
                        Ok((what.clone(), on.clone()))
                    }
                    _ => Err(fail(id, &["a touch is a pair of names"])),
                })
                .collect::<Result<_, _>>()?,
        ),
    };
    Ok(RawPose {
        say: text(pose, "say", id)?.map(str::to_string),
        at,
        x: number(pose, "x", id)?,
        y: number(pose, "y", id)?,
        trunk: number(pose, "trunk", id)?,
        spine: number(pose, "spine", id)?,
        neck: number(pose, "neck", id)?,
        hip: pair(pose, "hip", id)?,
        knee: pair(pose, "knee", id)?,
        ankle: pair(pose, "ankle", id)?,
        shoulder: pair(pose, "shoulder", id)?,
        elbow: pair(pose, "elbow", id)?,
        touch,
    })
}

/// One implement.
fn kit_of(value: &Value, id: &str) -> Result<Kit, BookError> {
    let item = object(value, id)?;
    let kind = text(item, "k", id)?.ok_or_else(|| fail(id, &["an implement needs `k`"]))?;
    let (_, fields) = KIT_FIELDS
        .iter()
        .find(|(name, _)| *name == kind)
        .ok_or_else(|| fail(id, &["no implement `", kind, "`"]))?;
    let mut allowed = fields.to_vec();
    allowed.push("k");
    only(item, &allowed, id)?;
    let need = |key: &str| {
        number(item, key, id)?.ok_or_else(|| fail(id, &["the ", kind, " needs `", key, "`"]))
    };
    let flag = |key: &str| item.get(key).and_then(Value::as_bool).unwrap_or(false);
    let at = || -> Result<Hold, BookError> {
        let name = text(item, "at", id)?.unwrap_or_default();
        Hold::named(name).ok_or_else(|| fail(id, &["the ", kind, " is held at `", name, "`"]))
    };
    Ok(match kind {
        "dumbbell" => Kit::Dumbbell { at: at()? },
        "kettlebell" => Kit::Kettlebell {
            at: at()?,
            pair: flag("pair"),
        },
        "barbell" => Kit::Barbell { at: at()? },
        "trap-bar" => Kit::TrapBar { high: flag("high") },
        "band" => Kit::Band {
            x: need("x")?,
            y: need("y")?,
            at: at()?,
        },
        "box" => Kit::Box {
            x: need("x")?,
            w: need("w")?,
            h: need("h")?,
        },
        "bench" => Kit::Bench {
            x: need("x")?,
            w: need("w")?,
            h: need("h")?,
            tilt: number(item, "tilt", id)?.unwrap_or(0.0),
        },
        "chair" => Kit::Chair {
            x: need("x")?,
            left: flag("left"),
        },
        "wall" => Kit::Wall { x: need("x")? },
        "doorway" => Kit::Doorway { x: need("x")? },
        "bar" => Kit::Bar {
            x: need("x")?,
            y: need("y")?,
        },
        _ => Kit::Stick,
    })
}

/// A reading error.
/// A reading error about entry `id`, its message in `parts` (joined without `format!`, which costs
/// the browser app code at every call).
fn fail(id: &str, parts: &[&str]) -> BookError {
    let mut message = format!("{id}: ");
    for part in parts {
        message.push_str(part);
    }
    BookError(message)
}

/// The value as an object.
fn object<'a>(value: &'a Value, id: &str) -> Result<&'a Object, BookError> {
    value
        .as_object()
        .ok_or_else(|| fail(id, &["expected an object"]))
}

/// The value as a list.
fn array<'a>(value: &'a Value, id: &str) -> Result<&'a Vec<Value>, BookError> {
    value
        .as_array()
        .ok_or_else(|| fail(id, &["expected a list"]))
}

/// Refuses a field not in `allowed`, so a typo does not pass silently.
fn only(object: &Object, allowed: &[&str], id: &str) -> Result<(), BookError> {
    match object.keys().find(|key| !allowed.contains(&key.as_str())) {
        Some(key) => Err(fail(id, &["unknown field `", key, "`"])),
        None => Ok(()),
    }
}

/// A text field, if written.
fn text<'a>(object: &'a Object, key: &str, id: &str) -> Result<Option<&'a str>, BookError> {
    match object.get(key) {
        None => Ok(None),
        Some(value) => value
            .as_str()
            .map(Some)
            .ok_or_else(|| fail(id, &["`", key, "` is not text"])),
    }
}

/// A number field, if written.
fn number(object: &Object, key: &str, id: &str) -> Result<Option<f32>, BookError> {
    match object.get(key) {
        None => Ok(None),
        Some(value) => value
            .as_f64()
            .map(|number| Some(number as f32))
            .ok_or_else(|| fail(id, &["`", key, "` is not a number"])),
    }
}

/// A `[near, far]` pair of numbers, if written.
fn pair(object: &Object, key: &str, id: &str) -> Result<Option<[f32; 2]>, BookError> {
    match object.get(key) {
        None => Ok(None),
        Some(value) => match value.as_array().map(Vec::as_slice) {
            Some([near, far]) => match (near.as_f64(), far.as_f64()) {
                (Some(near), Some(far)) => Ok(Some([near as f32, far as f32])),
                _ => Err(fail(id, &["`", key, "` is not two numbers"])),
            },
            _ => Err(fail(id, &["`", key, "` is not two numbers"])),
        },
    }
}
