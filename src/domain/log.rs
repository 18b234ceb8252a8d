//! The training log: sessions as they were done, set by set, with pain during and after.

use chrono::NaiveDateTime;
use serde::{Deserialize, Serialize};

use super::catalog::Implement;
use super::program::{Load, Tempo};

/// One set as done.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SetLog {
    /// Reps, seconds or metres done (per the exercise's dose).
    pub value: u16,
    /// The load used.
    pub load: Load,
    /// Reps in reserve the person reported, if they did.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rir: Option<u8>,
}

/// One exercise of a session.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ExerciseLog {
    /// Index of the slot in the program day.
    pub slot: usize,
    /// The exercise done (may differ from the prescription when the person chose another rung).
    pub exercise: String,
    /// Sets done, in order.
    #[serde(default)]
    pub sets: Vec<SetLog>,
    /// Highest pain during this exercise, 0–10, if rated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pain_during: Option<u8>,
    /// True when the person changed the prescribed rung or load themselves ("my back feels off").
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub user_adjusted: bool,
    /// True when the person changed the exercise for this session only: next time the plan goes
    /// on from the exercise before the change (its pain still counts).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub today_only: bool,
    /// The implement used, for a rung that can be done with several; `None` means the rung's
    /// usual implement. It decides the load steps (a kettlebell's reps bridge, a dumbbell's pairs).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub implement: Option<Implement>,
    /// The range that was prescribed (bottom and top, in the exercise's dose), so the engine reads
    /// each session against what it asked for; `None` in logs made before it was recorded.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub range: Option<(u16, u16)>,
    /// How the reps were done on a body-weight rung (slow lowering, a pause); `None` means at a
    /// steady pace.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tempo: Option<Tempo>,
}

/// One training session, possibly still in progress or left partly done.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Session {
    /// Unique id within the log (e.g. the start time and day).
    pub id: String,
    /// When the session started (local time).
    pub started: NaiveDateTime,
    /// Index of the program day trained.
    pub day: usize,
    /// Exercises, in the order done.
    #[serde(default)]
    pub exercises: Vec<ExerciseLog>,
    /// Highest pain during the session, 0–10, when not rated per exercise.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pain_during: Option<u8>,
    /// Pain right after the session, 0–10.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pain_after: Option<u8>,
    /// Free-text notes.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub notes: String,
    /// True once the person finished (or closed) the session.
    #[serde(default)]
    pub finished: bool,
}
