//! A training program: days made of slots, each slot a ladder, a current rung, a scheme and a load.

use serde::{Deserialize, Serialize};

use super::catalog::Pattern;
use super::units::Mass;

/// The load of a set or a slot.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case", tag = "kind", content = "value")]
pub enum Load {
    /// Body weight only.
    #[default]
    Bodyweight,
    /// A band, by colour (matches [`super::equipment::Band::colour`]).
    Band(String),
    /// An external mass: one dumbbell or kettlebell, or the whole loaded bar.
    Mass(Mass),
}

/// Sets and a target range (reps, seconds or metres, per the exercise's dose) with reps in reserve.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Scheme {
    /// Number of work sets.
    pub sets: u8,
    /// Bottom of the range.
    pub low: u16,
    /// Top of the range.
    pub high: u16,
    /// Target reps in reserve at the end of each set.
    pub target_rir: u8,
}

/// One exercise position in a program day.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Slot {
    /// The pattern this slot trains.
    pub pattern: Pattern,
    /// The ladder id (see [`super::ladder::LADDERS`]).
    pub ladder: String,
    /// The exercise id of the current rung.
    pub exercise: String,
    /// Sets and range.
    pub scheme: Scheme,
    /// The current load.
    pub load: Load,
}

/// One training day of the program.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProgramDay {
    /// Name shown to people, e.g. "Day A".
    pub name: String,
    /// Exercises in order.
    pub slots: Vec<Slot>,
}

/// A program: what a person trains, day by day.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Program {
    /// Name shown to people.
    pub name: String,
    /// Who wrote it (a person, a clinic, or "Durable").
    #[serde(default)]
    pub author: String,
    /// Notes for the person training.
    #[serde(default)]
    pub notes: String,
    /// Length of the block in weeks.
    pub weeks: u8,
    /// First day of the block.
    pub start: chrono::NaiveDate,
    /// Training days.
    pub days: Vec<ProgramDay>,
}
