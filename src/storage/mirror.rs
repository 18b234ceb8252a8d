//! The stored form, described once: each mirror of a domain type with every field's short name.
//!
//! [`stored_forms!`] takes each stored struct with `field: Type = "short"` (the short name is part
//! of the syntax, so a field without one does not compile), gives it `#[serde(rename = "short")]`,
//! and builds [`SHORT_NAMES`] from the same lines: the table the generic codec (`super::codec`)
//! uses for the profile, the program and values of older schemas. The typed reader and writer
//! (`super::stored`) and the generic codec therefore cannot disagree on a name. Short forms never
//! change once released; `at` and `reason` (snapshots) are stored under their own names.

use chrono::{NaiveDate, NaiveDateTime};
use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::domain::catalog::Implement;
use crate::domain::not_today::DayChoice;
use crate::domain::program::Tempo;
use crate::domain::units::Mass;

/// Defines the tagged load enum and the stored structs, and the table of their short names.
macro_rules! stored_forms {
    (
        $(#[$enum_meta:meta])*
        enum $enum_name:ident tagged ($tag_long:ident = $tag:tt, $content_long:ident = $content:tt) {
            $( $variant:ident $( ($variant_ty:ty) )? ),* $(,)?
        }
        $(
            $(#[$meta:meta])*
            struct $name:ident {
                $( $(#[$field_meta:meta])* $field:ident : $ty:ty = $short:tt ),* $(,)?
            }
        )*
    ) => {
        $(
            $(#[$meta])*
            #[derive(Serialize, Deserialize)]
            pub(super) struct $name {
                $( $(#[$field_meta])* #[serde(rename = $short)] pub(super) $field: $ty, )*
            }
        )*

        $(#[$enum_meta])*
        #[derive(Serialize, Deserialize)]
        #[serde(rename_all = "kebab-case", tag = $tag, content = $content)]
        pub(super) enum $enum_name {
            $( $variant $( ($variant_ty) )?, )*
        }

        /// Every stored field's long name and its short stored form (a long name used by two
        /// types appears twice, with the same short form).
        pub(crate) const SHORT_NAMES: &[(&str, &str)] = &[
            $( $( (stringify!($field), $short), )* )*
            (stringify!($tag_long), $tag),
            (stringify!($content_long), $content),
        ];
    };
}

stored_forms! {
    /// [`crate::domain::program::Load`] as stored: `{"k":"mass","v":8000}`.
    enum StoredLoad tagged (kind = "k", value = "v") {
        Bodyweight,
        Band(String),
        Mass(Mass),
    }

    /// The `d` of a stored value. Profile and program stay generic JSON with short names.
    struct StoredData {
        #[serde(default, skip_serializing_if = "Option::is_none")]
        at: Option<NaiveDateTime> = "at",
        #[serde(default, skip_serializing_if = "Option::is_none")]
        reason: Option<String> = "reason",
        #[serde(default, skip_serializing_if = "Option::is_none")]
        profile: Option<Value> = "P",
        #[serde(default, skip_serializing_if = "Option::is_none")]
        program: Option<Value> = "G",
        #[serde(default, skip_serializing_if = "Option::is_none")]
        sessions: Option<Vec<StoredSession>> = "S",
        #[serde(default, skip_serializing_if = "Option::is_none")]
        checkins: Option<Vec<StoredCheckIn>> = "C",
        #[serde(default, skip_serializing_if = "Option::is_none")]
        outcomes: Option<Vec<StoredOutcome>> = "O",
    }

    /// [`Session`] as stored.
    struct StoredSession {
        id: String = "i",
        started: NaiveDateTime = "t",
        day: usize = "y",
        #[serde(default)]
        exercises: Vec<StoredExercise> = "x",
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pain_during: Option<u8> = "pd",
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pain_after: Option<u8> = "pa",
        #[serde(default, skip_serializing_if = "String::is_empty")]
        notes: String = "n",
        #[serde(default)]
        finished: bool = "f",
    }

    /// [`ExerciseLog`] as stored.
    struct StoredExercise {
        slot: usize = "o",
        exercise: String = "e",
        #[serde(default)]
        sets: Vec<StoredSet> = "z",
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pain_during: Option<u8> = "pd",
        #[serde(default, skip_serializing_if = "std::ops::Not::not")]
        user_adjusted: bool = "u",
        #[serde(default, skip_serializing_if = "std::ops::Not::not")]
        today_only: bool = "to",
        #[serde(default, skip_serializing_if = "Option::is_none")]
        implement: Option<Implement> = "im",
        #[serde(default, skip_serializing_if = "Option::is_none")]
        range: Option<(u16, u16)> = "rg",
        #[serde(default, skip_serializing_if = "Option::is_none")]
        tempo: Option<Tempo> = "tp",
    }

    /// [`SetLog`] as stored.
    struct StoredSet {
        value: u16 = "v",
        load: StoredLoad = "l",
        #[serde(default, skip_serializing_if = "Option::is_none")]
        rir: Option<u8> = "r",
    }

    /// [`CheckIn`] as stored.
    struct StoredCheckIn {
        date: NaiveDate = "d",
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pain: Option<u8> = "p",
        #[serde(default, skip_serializing_if = "Option::is_none")]
        stiffness: Option<u8> = "st",
        #[serde(default, skip_serializing_if = "Option::is_none")]
        sleep_hours: Option<f32> = "sh",
        #[serde(default, skip_serializing_if = "Option::is_none")]
        sleep_quality: Option<u8> = "sq",
        #[serde(default, skip_serializing_if = "Option::is_none")]
        stress: Option<u8> = "ss",
        #[serde(default, skip_serializing_if = "Option::is_none")]
        mood: Option<u8> = "m",
        #[serde(default, skip_serializing_if = "Option::is_none")]
        walk_minutes: Option<u16> = "w",
        #[serde(default, skip_serializing_if = "std::ops::Not::not")]
        new_leg_symptoms: bool = "nl",
        #[serde(default, skip_serializing_if = "std::ops::Not::not")]
        flare: bool = "fl",
        #[serde(default, skip_serializing_if = "Option::is_none")]
        choice: Option<DayChoice> = "ch",
    }

    /// [`Outcome`] as stored.
    struct StoredOutcome {
        date: NaiveDate = "d",
        #[serde(default, skip_serializing_if = "Option::is_none")]
        usual_pain: Option<u8> = "up",
        #[serde(default)]
        psfs: Vec<StoredPsfs> = "ps",
        #[serde(default, skip_serializing_if = "Option::is_none")]
        confidence: Option<u8> = "cf",
    }

    /// [`PsfsItem`] as stored.
    struct StoredPsfs {
        activity: String = "a",
        score: u8 = "sc",
    }

}

#[cfg(test)]
mod tests {
    use super::SHORT_NAMES;

    #[test]
    fn each_long_name_has_one_short_form_and_each_short_form_one_long_name() {
        for (long, short) in SHORT_NAMES {
            for (other_long, other_short) in SHORT_NAMES {
                assert_eq!(long == other_long, short == other_short, "{long} {short}");
            }
            assert!(!short.starts_with('~'), "{short}");
        }
    }

    #[test]
    fn the_released_short_forms_never_change() {
        let released = [
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
            ("today_only", "to"),
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
            ("choice", "ch"),
            ("usual_pain", "up"),
            ("psfs", "ps"),
            ("confidence", "cf"),
            ("activity", "a"),
            ("score", "sc"),
            ("implement", "im"),
            ("tempo", "tp"),
            ("range", "rg"),
            ("at", "at"),
            ("reason", "reason"),
        ];
        for pair in released {
            assert!(SHORT_NAMES.contains(&pair), "{pair:?}");
        }
        for pair in SHORT_NAMES {
            assert!(
                released.contains(pair),
                "{pair:?} is new: add it to this list"
            );
        }
    }
}
