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

impl Program {
    /// The program day to train next: the one after the day of the latest logged session (days
    /// rotate A, B, C, A…), or the first day when nothing is logged yet. `None` without days.
    pub fn next_day(&self, sessions: &[super::log::Session]) -> Option<usize> {
        if self.days.is_empty() {
            return None;
        }
        let latest = sessions
            .iter()
            .filter(|session| session.day < self.days.len())
            .max_by_key(|session| session.started);
        Some(latest.map_or(0, |session| (session.day + 1) % self.days.len()))
    }
}

#[cfg(test)]
mod tests {
    use chrono::NaiveDate;

    use super::*;
    use crate::domain::log::Session;

    fn program(days: usize) -> Program {
        Program {
            name: "Test".into(),
            author: String::new(),
            notes: String::new(),
            weeks: 12,
            start: NaiveDate::from_ymd_opt(2026, 1, 5).unwrap(),
            days: (0..days)
                .map(|index| ProgramDay {
                    name: format!("Day {index}"),
                    slots: Vec::new(),
                })
                .collect(),
        }
    }

    fn session(day: usize, date: u32) -> Session {
        Session {
            id: format!("s{date}"),
            started: NaiveDate::from_ymd_opt(2026, 1, date)
                .unwrap()
                .and_hms_opt(9, 0, 0)
                .unwrap(),
            day,
            exercises: Vec::new(),
            pain_during: None,
            pain_after: None,
            notes: String::new(),
            finished: true,
        }
    }

    #[test]
    fn next_day_rotates_after_the_latest_session() {
        let three = program(3);
        assert_eq!(three.next_day(&[]), Some(0));
        assert_eq!(three.next_day(&[session(0, 5)]), Some(1));
        assert_eq!(three.next_day(&[session(2, 7), session(0, 5)]), Some(0));
        assert_eq!(three.next_day(&[session(1, 9), session(2, 7)]), Some(2));
        assert_eq!(program(0).next_day(&[session(0, 5)]), None);
        // A session of a day the program no longer has is ignored.
        assert_eq!(
            program(2).next_day(&[session(2, 9), session(0, 5)]),
            Some(1)
        );
    }
}
