//! TEMPORARY: the old phase logic, kept only while the engine is rewritten.
#![allow(missing_docs, dead_code)]

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::domain::catalog::{DoseKind, Exercise, Implement};
use crate::domain::program::Scheme;
use crate::domain::rules;

const DAYS_PER_WEEK: i64 = 7;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Phase {
    /// Weeks 1–4: two sets of 12–15, learning the movements and building tolerance [S25].
    Foundation,
    /// From week 5: two to three sets of 6–10, a set added before load goes up [S25].
    Strength,
}

impl Phase {
    /// The phase of a 1-based week of the block: weeks 1 to [`rules::PHASE1_WEEKS`] are Foundation,
    /// later weeks Strength. Week 0 (before the block starts) counts as week 1.
    pub fn for_week(week_of_block: u32) -> Phase {
        if week_of_block <= rules::PHASE1_WEEKS {
            Phase::Foundation
        } else {
            Phase::Strength
        }
    }

    /// The phase on `day` of a block that started on `start` (see [`week_of_block`]).
    pub fn on(start: NaiveDate, day: NaiveDate) -> Phase {
        Phase::for_week(week_of_block(start, day))
    }

    /// The name shown to people.
    pub fn label(self) -> &'static str {
        match self {
            Phase::Foundation => "Foundation",
            Phase::Strength => "Strength",
        }
    }

    /// One calm sentence on what the phase is for.
    pub fn description(self) -> &'static str {
        match self {
            Phase::Foundation => {
                "Lighter sets of 12 to 15 to learn each movement and let your body get used to training."
            }
            Phase::Strength => {
                "Shorter sets of 6 to 10 with a little more load; a set is added before the load goes up."
            }
        }
    }
}

/// The 1-based week of a block that started on `start`, on `day`: the start day and the six days
/// after it are week 1. Days before the start count as week 1.
pub fn week_of_block(start: NaiveDate, day: NaiveDate) -> u32 {
    let days_in = (day - start).num_days().max(0);
    u32::try_from(days_in / DAYS_PER_WEEK + 1).unwrap_or(u32::MAX)
}

/// The scheme an exercise starts a phase on, always at [`rules::TARGET_RIR`] reps in reserve:
///
/// - **Held rungs** (dosed in seconds, e.g. side plank): [`rules::HOLD_SETS`] × [`rules::HOLD_MIN_SECONDS`]–
///   [`rules::HOLD_MAX_SECONDS`] s, each side when one-sided, in both phases.
/// - **Carries** (dosed in metres): [`rules::CARRY_SETS`] × [`rules::CARRY_MIN_METRES`]–
///   [`rules::CARRY_MAX_METRES`] m, in both phases [S37, S38].
/// - **Barbell lifts**: [`rules::BARBELL_SETS`] × [`rules::BARBELL_LOW`]–[`rules::BARBELL_HIGH`] in both
///   phases; a person only reaches them after the barbell gate [S25, S16].
/// - **Rungs with an external load** (dumbbell, kettlebell, trap bar): Foundation
///   [`rules::PHASE1_SETS`] × [`rules::PHASE1_LOW`]–[`rules::PHASE1_HIGH`], Strength
///   [`rules::PHASE2_SETS`] × [`rules::PHASE2_LOW`]–[`rules::PHASE2_HIGH`] [S25]. A kettlebell's next
///   bell is a big jump, so the engine first runs the reps bridge of [`kettlebell_bridge`].
/// - **Body-weight and band rungs**: the Foundation range in both phases. They cannot be loaded by
///   small steps, so they get harder by reps, tempo and the next rung rather than by a heavier
///   load and shorter sets [design].
pub fn scheme_for(phase: Phase, exercise: &Exercise) -> Scheme {
    match exercise.dose.kind {
        DoseKind::Seconds => scheme(
            rules::HOLD_SETS,
            rules::HOLD_MIN_SECONDS,
            rules::HOLD_MAX_SECONDS,
        ),
        DoseKind::Metres => scheme(
            rules::CARRY_SETS,
            rules::CARRY_MIN_METRES,
            rules::CARRY_MAX_METRES,
        ),
        DoseKind::Reps => match (exercise.implement, phase) {
            (Implement::Barbell, _) => {
                scheme(rules::BARBELL_SETS, rules::BARBELL_LOW, rules::BARBELL_HIGH)
            }
            (Implement::Dumbbell | Implement::Kettlebell | Implement::TrapBar, Phase::Strength) => {
                scheme(rules::PHASE2_SETS, rules::PHASE2_LOW, rules::PHASE2_HIGH)
            }
            _ => scheme(rules::PHASE1_SETS, rules::PHASE1_LOW, rules::PHASE1_HIGH),
        },
    }
}

/// The most sets an exercise may reach in a phase by adding sets before load ("add a set before
/// load"): Strength rungs with an external load go up to [`rules::PHASE2_MAX_SETS`], barbell lifts to
/// [`rules::BARBELL_MAX_SETS`], carries to [`rules::CARRY_MAX_SETS`] and holds to
/// [`rules::HOLD_MAX_SETS`]; everything else stays at its starting sets.
pub fn max_sets(phase: Phase, exercise: &Exercise) -> u8 {
    match exercise.dose.kind {
        DoseKind::Seconds => rules::HOLD_MAX_SETS,
        DoseKind::Metres => rules::CARRY_MAX_SETS,
        DoseKind::Reps => match (exercise.implement, phase) {
            (Implement::Barbell, _) => rules::BARBELL_MAX_SETS,
            (Implement::Dumbbell | Implement::Kettlebell | Implement::TrapBar, Phase::Strength) => {
                rules::PHASE2_MAX_SETS
            }
            _ => scheme_for(phase, exercise).sets,
        },
    }
}

/// The kettlebell "reps bridge": [`rules::KETTLEBELL_BRIDGE_SETS`] × [`rules::KETTLEBELL_BRIDGE_LOW`]–
/// [`rules::KETTLEBELL_BRIDGE_HIGH`] with the current bell before moving to the next one, because bells
/// jump by 25–50% [S26, S27]. Reaching the top of it earns the next bell, back at [`scheme_for`].
pub fn kettlebell_bridge() -> Scheme {
    scheme(
        rules::KETTLEBELL_BRIDGE_SETS,
        rules::KETTLEBELL_BRIDGE_LOW,
        rules::KETTLEBELL_BRIDGE_HIGH,
    )
}

/// A scheme at the target reps in reserve.
fn scheme(sets: u8, low: u16, high: u16) -> Scheme {
    Scheme {
        sets,
        max_sets: None,
        low,
        high,
        target_rir: rules::TARGET_RIR,
    }
}

