//! The exercise library: every rung of every ladder, with cues, dosing and the equipment it needs.

use serde::{Deserialize, Serialize};

mod data;

/// The seven movement patterns a programme balances.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Pattern {
    /// Bending at the hips: bridges, deadlifts.
    Hinge,
    /// Sitting down and standing up: squats.
    Squat,
    /// One leg in front of the other: split squats, lunges, step-ups.
    Lunge,
    /// Pushing away: push-ups, presses.
    Push,
    /// Pulling in: rows.
    Pull,
    /// Walking with a load: farmer and suitcase carries.
    Carry,
    /// Holding the middle steady: dead bug, bird dog, side plank, Pallof press, curl-up.
    Trunk,
}

impl Pattern {
    /// All seven patterns, in the order a programme lists them.
    pub const ALL: [Pattern; 7] = [
        Pattern::Hinge,
        Pattern::Squat,
        Pattern::Lunge,
        Pattern::Push,
        Pattern::Pull,
        Pattern::Carry,
        Pattern::Trunk,
    ];

    /// True when the legs and hips move the load (hinge, squat, lunge and carry), which sets the
    /// size of a barbell step (lower-body steps are larger).
    pub fn is_lower_body(self) -> bool {
        matches!(
            self,
            Pattern::Hinge | Pattern::Squat | Pattern::Lunge | Pattern::Carry
        )
    }

    /// The name shown to people.
    pub fn label(self) -> &'static str {
        match self {
            Pattern::Hinge => "Hinge",
            Pattern::Squat => "Squat",
            Pattern::Lunge => "Lunge and single leg",
            Pattern::Push => "Push",
            Pattern::Pull => "Pull",
            Pattern::Carry => "Carry",
            Pattern::Trunk => "Trunk",
        }
    }
}

/// What a set is counted in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum DoseKind {
    /// Repetitions.
    Reps,
    /// Seconds held.
    Seconds,
    /// Metres carried.
    Metres,
}

impl DoseKind {
    /// A count with its dose: "12 reps", "30 s", "20 m".
    pub fn amount(self, value: u16) -> String {
        match self {
            DoseKind::Reps if value == 1 => "1 rep".to_string(),
            DoseKind::Reps => format!("{value} reps"),
            DoseKind::Seconds => format!("{value} s"),
            DoseKind::Metres => format!("{value} m"),
        }
    }

    /// A range with its dose: "12–15 reps", "20–30 s" (one value when both ends are equal).
    pub fn range(self, low: u16, high: u16) -> String {
        if low == high {
            return self.amount(low);
        }
        match self {
            DoseKind::Reps => format!("{low}–{high} reps"),
            DoseKind::Seconds => format!("{low}–{high} s"),
            DoseKind::Metres => format!("{low}–{high} m"),
        }
    }
}

/// How an exercise is dosed: the count, and whether it is done per side.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Dose {
    /// Reps, seconds or metres.
    pub kind: DoseKind,
    /// True when the count is for each side (left and right).
    pub per_side: bool,
}

impl Dose {
    /// How a set is counted, in words: "reps", "seconds per side", "metres".
    pub fn label(self) -> &'static str {
        match (self.kind, self.per_side) {
            (DoseKind::Reps, false) => "reps",
            (DoseKind::Reps, true) => "reps per side",
            (DoseKind::Seconds, false) => "seconds",
            (DoseKind::Seconds, true) => "seconds per side",
            (DoseKind::Metres, false) => "metres",
            (DoseKind::Metres, true) => "metres per side",
        }
    }
}

/// A piece of equipment an exercise needs. Floor, wall, a chair and a broom handle are assumed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Need {
    /// A resistance band.
    Band,
    /// Somewhere to fix a band (door anchor, post).
    Anchor,
    /// Dumbbells.
    Dumbbell,
    /// One kettlebell.
    Kettlebell,
    /// Two kettlebells of the same size.
    KettlebellPair,
    /// A barbell with plates.
    Barbell,
    /// A trap (hex) bar with plates.
    TrapBar,
    /// A flat bench.
    Bench,
    /// A box or step (for box squats, step-ups, raised deadlifts).
    Box,
    /// A squat rack or stands.
    Rack,
    /// A bar to hang from or row under (pull-up bar, Smith bar, sturdy table edge).
    Bar,
}

impl Need {
    /// The equipment in words, e.g. "a pair of kettlebells".
    pub fn label(self) -> &'static str {
        match self {
            Need::Band => "a resistance band",
            Need::Anchor => "a band anchor",
            Need::Dumbbell => "dumbbells",
            Need::Kettlebell => "a kettlebell",
            Need::KettlebellPair => "two kettlebells of the same size",
            Need::Barbell => "a barbell and plates",
            Need::TrapBar => "a trap bar and plates",
            Need::Bench => "a bench",
            Need::Box => "a box or step",
            Need::Rack => "a squat rack or stands",
            Need::Bar => "a bar to row under",
        }
    }
}

/// What carries the load of an exercise, and so how its load steps up.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Implement {
    /// Body weight only: progress by reps, tempo, pauses, then the next rung.
    Bodyweight,
    /// A band: progress by the next colour.
    Band,
    /// Dumbbells (the load is one dumbbell; pairs are held when the exercise says so).
    Dumbbell,
    /// A kettlebell (the load is one bell).
    Kettlebell,
    /// A barbell (the load is the whole bar with plates).
    Barbell,
    /// A trap bar (the load is the whole bar with plates).
    TrapBar,
}

impl Implement {
    /// The implement in words: "body weight", "band", "dumbbell", "kettlebell", "barbell", "trap bar".
    pub fn label(self) -> &'static str {
        match self {
            Implement::Bodyweight => "body weight",
            Implement::Band => "band",
            Implement::Dumbbell => "dumbbell",
            Implement::Kettlebell => "kettlebell",
            Implement::Barbell => "barbell",
            Implement::TrapBar => "trap bar",
        }
    }
}

/// One exercise: a rung on a ladder.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Exercise {
    /// Stable id (slug), used in programs, logs and plan files.
    pub id: &'static str,
    /// Name shown to people.
    pub name: &'static str,
    /// The movement pattern.
    pub pattern: Pattern,
    /// The ladder this exercise is a rung of.
    pub ladder: &'static str,
    /// What usually carries the load.
    pub implement: Implement,
    /// Other implements the rung can be done with (a goblet squat holds a dumbbell or a
    /// kettlebell); the one logged decides the load steps.
    pub also: &'static [Implement],
    /// Equipment needed beyond floor, wall, chair and a broom handle.
    pub needs: &'static [Need],
    /// How a set is counted.
    pub dose: Dose,
    /// Two to four short coaching cues, plain and calm.
    pub cues: &'static [&'static str],
    /// What it builds, in a sentence.
    pub builds: &'static str,
    /// Everyday activities it carries over to.
    pub carries_over: &'static [&'static str],
}

impl Exercise {
    /// Every implement the rung can be done with, the usual one first.
    pub fn implements(&self) -> impl Iterator<Item = Implement> + '_ {
        std::iter::once(self.implement).chain(self.also.iter().copied())
    }

    /// True when the rung can be done with `implement`.
    pub fn allows(&self, implement: Implement) -> bool {
        self.implements().any(|candidate| candidate == implement)
    }

    /// True for barbell hinge and squat rungs: the barbell gate of CLINICAL.md §4 applies before the
    /// first session on them [S16, design].
    pub fn barbell_gated(&self) -> bool {
        self.implement == Implement::Barbell
            && matches!(self.pattern, Pattern::Hinge | Pattern::Squat)
    }
}

/// Every exercise of the library. Each ladder rung in [`super::ladder::LADDERS`] has one entry.
pub const EXERCISES: &[Exercise] = data::EXERCISES;

/// An exercise's name, or its id when the library does not have it.
pub fn name_of(id: &str) -> String {
    exercise(id).map_or_else(|| id.to_string(), |exercise| exercise.name.to_string())
}

/// The exercise with this id, if the library has it.
pub fn exercise(id: &str) -> Option<&'static Exercise> {
    EXERCISES.iter().find(|exercise| exercise.id == id)
}

#[cfg(test)]
#[path = "catalog_tests.rs"]
mod tests;
