//! Schema migrations: pure functions that bring older saved data up to the current schema.
//!
//! Data is migrated in its readable JSON form (the `data` object of a backup file, which is also
//! what storage decodes its shards into). Each step takes version `n` to `n + 1`; running them on
//! data already at the current version changes nothing, so migrating twice is harmless.
//!
//! Versions:
//! - **1**: the first release. Phases were not written in the program: the engine applied the
//!   starter's Foundation → Strength schemes to every program.
//! - **2**: a program carries its own `phases` (and a slot its `implement`; a logged exercise its
//!   `implement` and `tempo`, all optional). Step 1 → 2 writes the phases the version-1 starter
//!   used into a program the starter made (author "Durable"), so its person moves on to the
//!   Strength phase as before; any other program is followed as written. The phases are frozen
//!   here as data (`starter_phases_v1`), never taken from today's starter, which may change.
//! - **3**: the data reads exactly as in 2; storage packs it (deflate, 15 bits a character:
//!   `storage::pack`), about a fifteenth of the characters. Step 2 → 3 changes nothing. The number
//!   is raised so that an app of schema 2 opens packed data read-only ("saved by a newer version")
//!   instead of taking it for damage; backups stay plain JSON.

use std::fmt;

use serde_json::{json, Value};

/// The current schema version: what this app writes and the newest it reads.
pub const CURRENT: u32 = 3;

/// Every schema version this app has ever released, oldest first (each has a fixture under
/// `tests/fixtures/` that must load forever).
pub const RELEASED: &[u32] = &[1, 2, 3];

/// The oldest schema whose sessions, check-ins, outcomes and snapshot dates read as the current
/// ones: no step since then changes anything but the profile and the program. Storage reads values
/// of these schemas in its typed pass and migrates only their profile and program (old months of
/// the log are never rewritten, so this keeps opening years of them fast). A step that changes
/// anything else must raise this to the version it writes.
pub const RECORDS_UNCHANGED_SINCE: u32 = 1;

/// Why data could not be migrated.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum MigrateError {
    /// The version number is 0 or otherwise never existed.
    UnknownVersion(u32),
    /// The data was written by a newer app than this one.
    Newer(u32),
    /// The data is not shaped as its version says (for example not an object).
    Malformed {
        /// The version the data claimed.
        version: u32,
        /// What was wrong, in plain words.
        detail: String,
    },
}

impl fmt::Display for MigrateError {
    fn fmt(&self, out: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            MigrateError::UnknownVersion(version) => {
                write!(out, "version {version} is not a version Durable has ever used.")
            }
            MigrateError::Newer(version) => write!(
                out,
                "the data is from a newer version of Durable (schema {version}; this app reads up to {CURRENT})."
            ),
            MigrateError::Malformed { version, detail } => {
                write!(out, "the data does not look like schema {version}: {detail}")
            }
        }
    }
}

impl std::error::Error for MigrateError {}

/// Brings `data` (an `AppData` object in readable JSON) from schema `version` to [`CURRENT`].
///
/// Data already at [`CURRENT`] is returned unchanged, so the call is idempotent.
pub fn migrate(version: u32, data: Value) -> Result<Value, MigrateError> {
    if version == 0 {
        return Err(MigrateError::UnknownVersion(version));
    }
    if version > CURRENT {
        return Err(MigrateError::Newer(version));
    }
    if !data.is_object() {
        return Err(MigrateError::Malformed {
            version,
            detail: "it is not an object with fields.".to_string(),
        });
    }
    let mut data = data;
    for from in version..CURRENT {
        data = step(from, data)?;
    }
    Ok(data)
}

/// One migration step, from `from` to `from + 1`. Add a match arm for each new schema version,
/// and a fixture of the old version under `tests/fixtures/`.
fn step(from: u32, data: Value) -> Result<Value, MigrateError> {
    match from {
        1 => Ok(step_1_to_2(data)),
        // Schema 3 only packs the stored text; the data is the same.
        2 => Ok(data),
        _ => Err(MigrateError::UnknownVersion(from)),
    }
}

/// The author the starter program writes (frozen: the version-1 starter's).
const STARTER_AUTHOR_V1: &str = "Durable";

/// Schema 1 → 2: a starter program (author exactly "Durable") without phases gets the phases the
/// version-1 engine applied to it; everything else, including any other program, is unchanged.
/// `data` may be any part of `AppData` (a storage key holds only some of its fields).
fn step_1_to_2(mut data: Value) -> Value {
    let Some(Value::Object(program)) = data.get_mut("program") else {
        return data;
    };
    let by_starter = program.get("author").and_then(Value::as_str) == Some(STARTER_AUTHOR_V1);
    let has_phases = match program.get("phases") {
        None | Some(Value::Null) => false,
        Some(Value::Array(phases)) => !phases.is_empty(),
        // Something that is not a list: left for the reader to refuse, never overwritten.
        Some(_) => true,
    };
    if by_starter && !has_phases {
        program.insert("phases".to_string(), starter_phases_v1());
    }
    data
}

/// The phases the version-1 starter's program followed, as schema 2 writes them. Frozen: this
/// is what version 1 did, whatever the starter does later.
///
/// Weeks 1–4 ("Foundation"): every rung counted in reps 2 × 12–15. From week 5 ("Strength"):
/// dumbbell, kettlebell and trap-bar rungs 2–3 × 6–10; body-weight and band rungs stay 2 × 12–15.
/// In both: barbell lifts 3–4 × 5–8, holds 2–3 × 20–30 s, carries 2–3 × 10–20 m; 2 reps in reserve
/// everywhere.
fn starter_phases_v1() -> Value {
    let unloaded = json!({"sets": 2, "low": 12, "high": 15, "target_rir": 2});
    let strength = json!({"sets": 2, "max_sets": 3, "low": 6, "high": 10, "target_rir": 2});
    let barbell = json!({"sets": 3, "max_sets": 4, "low": 5, "high": 8, "target_rir": 2});
    let held = json!({"sets": 2, "max_sets": 3, "low": 20, "high": 30, "target_rir": 2});
    let carried = json!({"sets": 2, "max_sets": 3, "low": 10, "high": 20, "target_rir": 2});
    let schemes = |loaded: &Value| {
        json!([
            {"for": {"class": "unloaded"}, "scheme": unloaded},
            {"for": {"class": "loaded"}, "scheme": loaded},
            {"for": {"class": "barbell"}, "scheme": barbell},
            {"for": {"class": "held"}, "scheme": held},
            {"for": {"class": "carried"}, "scheme": carried},
        ])
    };
    json!([
        {
            "name": "Foundation",
            "from_week": 1,
            "note": "Lighter sets of 12 to 15 to learn each movement and let your body get used to training.",
            "schemes": schemes(&unloaded),
        },
        {
            "name": "Strength",
            "from_week": 5,
            "note": "Shorter sets of 6 to 10 with a little more load on dumbbells and kettlebells; a set is added before the load goes up.",
            "schemes": schemes(&strength),
        },
    ])
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::phase;
    use crate::domain::program::{Program, ProgramPhase};

    #[test]
    fn current_data_is_unchanged_and_migrating_twice_changes_nothing() {
        let data =
            serde_json::json!({"sessions": [], "checkins": [{"date": "2026-01-02", "pain": 3}]});
        let once = migrate(CURRENT, data.clone()).unwrap();
        assert_eq!(once, data);
        let twice = migrate(CURRENT, once.clone()).unwrap();
        assert_eq!(twice, once);
    }

    #[test]
    fn newer_and_unknown_versions_are_refused() {
        let data = serde_json::json!({});
        assert_eq!(
            migrate(CURRENT + 1, data.clone()),
            Err(MigrateError::Newer(CURRENT + 1))
        );
        assert_eq!(migrate(0, data), Err(MigrateError::UnknownVersion(0)));
    }

    #[test]
    fn data_that_is_not_an_object_is_malformed() {
        let error = migrate(CURRENT, serde_json::json!([1, 2])).unwrap_err();
        assert!(matches!(
            error,
            MigrateError::Malformed {
                version: CURRENT,
                ..
            }
        ));
    }

    #[test]
    fn records_are_unchanged_by_every_step_since_records_unchanged_since() {
        let records = serde_json::json!({
            "at": "2026-11-22T10:00:00",
            "reason": "before import",
            "sessions": [{
                "id": "2026-10-05T18:00",
                "started": "2026-10-05T18:00:00",
                "day": 0,
                "exercises": [{"slot": 0, "exercise": "goblet-squat", "sets": [
                    {"value": 10, "load": {"kind": "mass", "value": 8000}, "rir": 2}
                ], "pain_during": 2, "user_adjusted": true}],
                "pain_after": 2,
                "notes": "Felt fine.",
                "finished": true
            }],
            "checkins": [{"date": "2026-10-06", "pain": 3, "sleep_hours": 7.5, "flare": true}],
            "outcomes": [{"date": "2026-10-11", "usual_pain": 3,
                "psfs": [{"activity": "lift my toddler", "score": 5}], "confidence": 6}]
        });
        assert!(RELEASED.contains(&RECORDS_UNCHANGED_SINCE));
        for version in RELEASED
            .iter()
            .filter(|version| **version >= RECORDS_UNCHANGED_SINCE)
        {
            assert_eq!(migrate(*version, records.clone()).unwrap(), records);
        }
    }

    #[test]
    fn every_released_version_is_at_most_current() {
        assert!(RELEASED.iter().all(|version| *version <= CURRENT));
        assert_eq!(RELEASED.last(), Some(&CURRENT));
    }

    /// A version-1 program as the starter wrote it (no phases).
    fn v1_program(author: &str) -> Value {
        serde_json::json!({
            "name": "Your first 12 weeks",
            "author": author,
            "notes": "Three days a week.",
            "weeks": 12,
            "start": "2026-10-05",
            "days": [{"name": "Day A", "slots": [{
                "pattern": "squat",
                "ladder": "squat",
                "exercise": "goblet-squat",
                "scheme": {"sets": 2, "low": 12, "high": 15, "target_rir": 2},
                "load": {"kind": "mass", "value": 8000}
            }]}]
        })
    }

    #[test]
    fn the_frozen_starter_phases_are_todays_starter_phases() {
        // If the starter's phases change, this fails: version-1 data must still get what version 1
        // did, so keep the frozen copy and change this test to compare with the old values instead.
        let frozen: Vec<ProgramPhase> = serde_json::from_value(starter_phases_v1()).unwrap();
        assert_eq!(frozen, phase::starter_phases());
        assert_eq!(
            serde_json::to_value(phase::starter_phases()).unwrap(),
            starter_phases_v1()
        );
    }

    #[test]
    fn a_version_1_starter_program_gains_the_phases_it_was_made_with() {
        let data = serde_json::json!({"program": v1_program("Durable")});
        let migrated = migrate(1, data.clone()).unwrap();
        assert_eq!(migrated["program"]["phases"], starter_phases_v1());
        let mut expected = data;
        expected["program"]["phases"] = starter_phases_v1();
        assert_eq!(migrated, expected, "nothing else changes");
        let program: Program = serde_json::from_value(migrated["program"].clone()).unwrap();
        let in_week = |week: i64| program.start + chrono::Duration::weeks(week - 1);
        assert_eq!(program.phase_on(in_week(4)).unwrap().name, "Foundation");
        assert_eq!(program.phase_on(in_week(5)).unwrap().name, "Strength");
        // Empty or null phases count as none.
        for empty in [serde_json::json!([]), Value::Null] {
            let mut program = v1_program("Durable");
            program["phases"] = empty;
            let migrated = migrate(1, serde_json::json!({"program": program})).unwrap();
            assert_eq!(migrated["program"]["phases"], starter_phases_v1());
        }
    }

    #[test]
    fn any_other_version_1_program_is_followed_as_written() {
        for author in ["Dr. Lee, physiotherapist", "", "durable", "Durable "] {
            let data = serde_json::json!({"program": v1_program(author)});
            assert_eq!(migrate(1, data.clone()).unwrap(), data, "author {author:?}");
        }
        let mut no_author = v1_program("Durable");
        no_author.as_object_mut().unwrap().remove("author");
        let data = serde_json::json!({"program": no_author});
        assert_eq!(migrate(1, data.clone()).unwrap(), data);
        // A starter program that already has phases keeps its own.
        let mut own = v1_program("Durable");
        own["phases"] = serde_json::json!([{"name": "Mine", "from_week": 1, "schemes": []}]);
        let data = serde_json::json!({"program": own});
        assert_eq!(migrate(1, data.clone()).unwrap(), data);
    }

    #[test]
    fn parts_without_a_program_are_unchanged() {
        let parts = [
            serde_json::json!({}),
            serde_json::json!({"program": null, "profile": null}),
            serde_json::json!({"sessions": [{"id": "a", "started": "2026-10-05T18:00:00", "day": 0}]}),
            serde_json::json!({"checkins": [{"date": "2026-10-06", "pain": 3}], "outcomes": []}),
            serde_json::json!({"at": "2026-11-05T10:00:00", "reason": "before import", "sessions": []}),
        ];
        for part in parts {
            assert_eq!(migrate(1, part.clone()).unwrap(), part);
        }
    }

    #[test]
    fn a_version_2_program_is_unchanged_and_migrating_again_changes_nothing() {
        let data = serde_json::json!({"program": v1_program("Durable")});
        assert_eq!(migrate(2, data.clone()).unwrap(), data);
        let once = migrate(1, data).unwrap();
        assert_eq!(migrate(CURRENT, once.clone()).unwrap(), once);
        assert_eq!(migrate(1, once.clone()).unwrap(), once);
    }

    #[test]
    fn version_1_data_that_is_not_an_object_is_malformed() {
        for data in [
            serde_json::json!([1, 2]),
            serde_json::json!("program"),
            Value::Null,
        ] {
            assert!(matches!(
                migrate(1, data),
                Err(MigrateError::Malformed { version: 1, .. })
            ));
        }
    }
}
