//! A training program: days made of slots, each slot a ladder, a current rung, a scheme and a load,
//! and the phases that say which scheme applies in which weeks. The written plan is the plan
//! (CLINICAL.md §3): the engine progresses within what is written here.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::catalog::{DoseKind, Exercise, Implement, Pattern};
use super::units::Mass;

/// Days in a week, for counting the weeks of a program.
const DAYS_PER_WEEK: i64 = 7;

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

impl Load {
    /// The load as people read it: "12 kg", "body weight", "the red band".
    pub fn show(&self, unit: super::units::Unit) -> String {
        match self {
            Load::Bodyweight => "body weight".to_string(),
            Load::Band(colour) => format!("the {colour} band"),
            Load::Mass(mass) => unit.show(*mass),
        }
    }
}

/// How the reps of a body-weight rung are done. Body-weight rungs get harder by more reps, then a
/// slower lowering, then a pause, then the next rung (CLINICAL.md §3) [S26, S27].
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
#[serde(rename_all = "kebab-case")]
pub enum Tempo {
    /// At a steady, controlled pace.
    #[default]
    Steady,
    /// Lowering slowly, over about 3 seconds.
    SlowLowering,
    /// Lowering slowly, with a pause at the bottom.
    Paused,
}

impl Tempo {
    /// The tempo in words, for the prescription line (empty for steady).
    pub fn label(self) -> String {
        match self {
            Tempo::Steady => String::new(),
            Tempo::SlowLowering => format!(
                "lowering over {} seconds",
                super::rules::SLOW_LOWERING_SECONDS
            ),
            Tempo::Paused => format!(
                "lowering over {} seconds with a {}-second pause",
                super::rules::SLOW_LOWERING_SECONDS,
                super::rules::PAUSE_SECONDS
            ),
        }
    }
}

/// Sets and a target range (reps, seconds or metres, per the exercise's dose) with reps in reserve.
///
/// `sets` is where the slot starts; `max_sets`, when written, is the most sets the slot may reach by
/// adding a set before more load ("2–3 × 6–10"). Never more sets than the plan writes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Scheme {
    /// Number of work sets to start with.
    pub sets: u8,
    /// The most sets this scheme may grow to before load goes up; `None` means `sets`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_sets: Option<u8>,
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
    /// The implement chosen for a rung that can be done with several (goblet squat with a dumbbell
    /// or a kettlebell); `None` means the rung's usual one, or the one the person owns.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub implement: Option<Implement>,
    /// Rest between sets in seconds, when the plan says; `None` leaves it to the person.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rest_seconds: Option<u16>,
    /// Other exercises (catalog ids) the plan allows in this place, for example a home and a gym
    /// version; an import uses the first one the person can do when they cannot do `exercise`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub alternatives: Vec<String>,
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
    /// Phases, earliest first: from a week on, the scheme of each kind of slot. Without phases, each
    /// slot keeps its written scheme.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub phases: Vec<ProgramPhase>,
}

/// How a rung is dosed and loaded, for choosing a phase's scheme: phases write one scheme per class
/// (or per slot), because a held side plank and a loaded squat are not dosed alike.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum SlotClass {
    /// Counted in reps, body weight or a band.
    Unloaded,
    /// Counted in reps, with a dumbbell, kettlebell or trap bar.
    Loaded,
    /// Counted in reps, with a barbell.
    Barbell,
    /// Counted in seconds held.
    Held,
    /// Counted in metres carried.
    Carried,
}

impl SlotClass {
    /// Every class, in the order plan files list them.
    pub const ALL: [SlotClass; 5] = [
        SlotClass::Unloaded,
        SlotClass::Loaded,
        SlotClass::Barbell,
        SlotClass::Held,
        SlotClass::Carried,
    ];

    /// The class of an exercise done with `implement`.
    pub fn of(exercise: &Exercise, implement: Implement) -> SlotClass {
        match exercise.dose.kind {
            DoseKind::Seconds => SlotClass::Held,
            DoseKind::Metres => SlotClass::Carried,
            DoseKind::Reps => match implement {
                Implement::Bodyweight | Implement::Band => SlotClass::Unloaded,
                Implement::Dumbbell | Implement::Kettlebell | Implement::TrapBar => {
                    SlotClass::Loaded
                }
                Implement::Barbell => SlotClass::Barbell,
            },
        }
    }

    /// The class in words, for people.
    pub fn label(self) -> &'static str {
        match self {
            SlotClass::Unloaded => "body-weight and band exercises",
            SlotClass::Loaded => "dumbbell, kettlebell and trap-bar exercises",
            SlotClass::Barbell => "barbell lifts",
            SlotClass::Held => "timed holds",
            SlotClass::Carried => "carries",
        }
    }
}

/// Which slots a phase scheme applies to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum SchemeTarget {
    /// Every slot whose prescribed rung is of this class.
    Class(SlotClass),
    /// One slot: its day and position (both from 0).
    Slot {
        /// Index of the day in the program.
        day: usize,
        /// Index of the slot in the day.
        slot: usize,
    },
}

/// One scheme of a phase and the slots it applies to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct PhaseScheme {
    /// The slots it applies to.
    #[serde(rename = "for")]
    pub target: SchemeTarget,
    /// Sets, range and target reps in reserve.
    pub scheme: Scheme,
}

/// A phase of a program: from a week on (until the next phase), these schemes apply.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProgramPhase {
    /// Name shown to people, e.g. "Foundation".
    pub name: String,
    /// The first week of the phase, from 1 (the week of the program start).
    pub from_week: u32,
    /// What the phase is for, in a sentence.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
    /// The schemes; a slot matched by none keeps its written scheme.
    pub schemes: Vec<PhaseScheme>,
}

impl Scheme {
    /// The most sets this scheme allows (at least `sets`).
    pub fn top_sets(&self) -> u8 {
        self.max_sets.unwrap_or(self.sets).max(self.sets)
    }
}

/// The 1-based week of a program that started on `start`, on `day`: the start day and the six days
/// after it are week 1. Days before the start count as week 1.
pub fn week_of(start: NaiveDate, day: NaiveDate) -> u32 {
    let days_in = (day - start).num_days().max(0);
    u32::try_from(days_in / DAYS_PER_WEEK + 1).unwrap_or(u32::MAX)
}

impl Program {
    /// The phase in force on `day`, if the program has phases and one has begun.
    pub fn phase_on(&self, day: NaiveDate) -> Option<&ProgramPhase> {
        let week = week_of(self.start, day);
        self.phases
            .iter()
            .filter(|phase| phase.from_week <= week)
            .max_by_key(|phase| phase.from_week)
    }

    /// The written scheme of slot `slot` of day `day` on `date`, when it prescribes `exercise` done
    /// with `implement`: the phase's scheme for that slot, else the phase's scheme for the rung's
    /// class, else the slot's own scheme. `None` when the slot does not exist.
    pub fn scheme_on(
        &self,
        day: usize,
        slot: usize,
        exercise: &Exercise,
        implement: Implement,
        date: NaiveDate,
    ) -> Option<Scheme> {
        let written = self.days.get(day)?.slots.get(slot)?.scheme;
        let Some(phase) = self.phase_on(date) else {
            return Some(written);
        };
        let class = SlotClass::of(exercise, implement);
        let for_slot = phase
            .schemes
            .iter()
            .find(|entry| entry.target == SchemeTarget::Slot { day, slot });
        let for_class = phase
            .schemes
            .iter()
            .find(|entry| entry.target == SchemeTarget::Class(class));
        Some(for_slot.or(for_class).map_or(written, |entry| entry.scheme))
    }
}
