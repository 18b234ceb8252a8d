//! Schema migrations: pure functions that bring older saved data up to the current schema.
//!
//! Data is migrated in its readable JSON form (the `data` object of a backup file, which is also
//! what storage decodes its shards into). Each step takes version `n` to `n + 1`; running them on
//! data already at the current version changes nothing, so migrating twice is harmless.

use std::fmt;

use serde_json::Value;

/// The current schema version: what this app writes and the newest it reads.
pub const CURRENT: u32 = 1;

/// Every schema version this app has ever released, oldest first (each has a fixture under
/// `tests/fixtures/` that must load forever).
pub const RELEASED: &[u32] = &[1];

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
fn step(from: u32, _data: Value) -> Result<Value, MigrateError> {
    // No schema after version 1 exists yet, so there is no step to take.
    Err(MigrateError::UnknownVersion(from))
}

#[cfg(test)]
mod tests {
    use super::*;

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
    fn every_released_version_is_at_most_current() {
        assert!(RELEASED.iter().all(|version| *version <= CURRENT));
        assert_eq!(RELEASED.last(), Some(&CURRENT));
    }
}
