//! Where a new person starts on each ladder, and with what load, from their pain, experience and kit.

use serde::{Deserialize, Serialize};

use super::super::catalog::{self, Exercise, Implement};
use super::super::equipment::{Inventory, LoadSource};
use super::super::ladder::Ladder;
use super::super::profile::Experience;
use super::super::program::Load;
use super::super::rules;
use super::super::units::Mass;

/// How far up its ladders a starter program begins.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum StartLevel {
    /// Floor and supported rungs only: usual pain of [`rules::STARTER_GENTLE_MIN_USUAL_PAIN`] or more.
    Gentle,
    /// A rung or two higher, still without load: moderate pain, or little training experience.
    Moderate,
    /// Loaded rungs the equipment allows, below the barbell: usual pain of at most
    /// [`rules::STARTER_LOADED_MAX_USUAL_PAIN`] and some training experience.
    Loaded,
}

impl StartLevel {
    /// The start level for a usual pain (0–10) and training experience.
    pub fn of(usual_pain: u8, experience: Experience) -> StartLevel {
        if usual_pain >= rules::STARTER_GENTLE_MIN_USUAL_PAIN {
            StartLevel::Gentle
        } else if usual_pain <= rules::STARTER_LOADED_MAX_USUAL_PAIN
            && experience != Experience::New
        {
            StartLevel::Loaded
        } else {
            StartLevel::Moderate
        }
    }
}

/// Preferred first rungs of one ladder at each start level, most preferred first.
struct Preference {
    /// The ladder id.
    ladder: &'static str,
    /// Gentle: floor and supported rungs.
    gentle: &'static [&'static str],
    /// Moderate: a rung or two higher.
    moderate: &'static [&'static str],
    /// Loaded: loaded rungs below the barbell, then body-weight ones for people without the kit.
    loaded: &'static [&'static str],
}

/// The first-rung table, per CLINICAL.md §4: supported before free, bilateral before single-leg,
/// body weight → band → dumbbell or kettlebell; never a barbell rung [S30–S33, S16, design].
const PREFERENCES: &[Preference] = &[
    Preference {
        ladder: "hinge",
        gentle: &["glute-bridge"],
        moderate: &["glute-bridge-march", "hip-hinge-drill", "glute-bridge"],
        loaded: &[
            "trap-bar-deadlift-high",
            "kb-deadlift-block",
            "db-romanian-deadlift",
            "band-pull-through",
            "glute-bridge-march",
        ],
    },
    Preference {
        ladder: "squat",
        gentle: &["box-squat-high", "sit-to-stand-high"],
        moderate: &["box-squat-low", "bodyweight-squat", "box-squat-high"],
        loaded: &["goblet-squat", "goblet-box-squat", "bodyweight-squat"],
    },
    Preference {
        ladder: "lunge",
        gentle: &["supported-split-squat", "low-step-up"],
        moderate: &["split-squat", "supported-split-squat"],
        loaded: &["db-split-squat", "reverse-lunge", "split-squat"],
    },
    Preference {
        ladder: "push",
        gentle: &["incline-push-up", "wall-push-up"],
        moderate: &["knee-push-up", "incline-push-up", "wall-push-up"],
        loaded: &[
            "db-bench-press",
            "db-floor-press",
            "push-up",
            "knee-push-up",
        ],
    },
    Preference {
        ladder: "pull",
        gentle: &["band-row", "doorway-row"],
        moderate: &[
            "inverted-row-high",
            "band-row",
            "one-arm-db-row",
            "doorway-row",
        ],
        loaded: &[
            "chest-supported-db-row",
            "one-arm-db-row",
            "inverted-row-high",
            "band-row",
            "doorway-row",
        ],
    },
    Preference {
        ladder: "carry",
        gentle: &["farmer-carry-light"],
        moderate: &["farmer-carry", "farmer-carry-light"],
        loaded: &["suitcase-carry", "farmer-carry"],
    },
    Preference {
        ladder: "dead-bug",
        gentle: &["dead-bug-arms"],
        moderate: &["dead-bug-legs", "dead-bug-arms"],
        loaded: &["dead-bug", "dead-bug-legs"],
    },
    Preference {
        ladder: "bird-dog",
        gentle: &["bird-dog-legs"],
        moderate: &["bird-dog-low", "bird-dog-legs"],
        loaded: &["bird-dog", "bird-dog-low"],
    },
    Preference {
        ladder: "side-plank",
        gentle: &["side-plank-knees"],
        moderate: &["side-plank-knees"],
        loaded: &["side-plank", "side-plank-knees"],
    },
    Preference {
        ladder: "pallof",
        // The first rung, and the gardening position: everyone starts here.
        gentle: &["pallof-half-kneeling"],
        moderate: &["pallof-half-kneeling"],
        loaded: &["pallof-half-kneeling"],
    },
    Preference {
        ladder: "curl-up",
        gentle: &["curl-up"],
        moderate: &["curl-up"],
        loaded: &["curl-up-elbows-up", "curl-up"],
    },
];

/// True when a person could start on this exercise on day one: the library has it, the inventory
/// can do it and make a load for it, and it is not a barbell rung (the barbell gate of CLINICAL.md §4
/// needs weeks of history, so no program starts on the barbell).
pub fn startable(exercise: &Exercise, inventory: &Inventory) -> bool {
    exercise.implement != Implement::Barbell
        && !exercise.barbell_gated()
        && starting_implement(exercise, inventory).is_some_and(|implement| {
            implement == Implement::Bodyweight
                || !inventory
                    .loads(LoadSource::of(exercise, implement))
                    .is_empty()
        })
}

/// The implement a person starts a rung with: the rung's usual one when they own it, else another
/// one the rung allows that they own (a goblet squat with a kettlebell when there are no dumbbells).
pub fn starting_implement(exercise: &Exercise, inventory: &Inventory) -> Option<Implement> {
    inventory.implement_for(exercise, None)
}

/// The rung a person starts on in this ladder: the first startable rung of the level's preference
/// list, else the lowest startable rung of the ladder (e.g. an inverted row when there is no band
/// for a band row); `None` when no rung of the ladder suits the equipment.
pub fn starting_rung(
    ladder: &Ladder,
    level: StartLevel,
    inventory: &Inventory,
) -> Option<&'static Exercise> {
    let preferred: &[&str] = PREFERENCES
        .iter()
        .find(|preference| preference.ladder == ladder.id)
        .map_or(&[], |preference| match level {
            StartLevel::Gentle => preference.gentle,
            StartLevel::Moderate => preference.moderate,
            StartLevel::Loaded => preference.loaded,
        });
    let startable_rung =
        |id: &&str| catalog::exercise(id).filter(|exercise| startable(exercise, inventory));
    preferred
        .iter()
        .find_map(startable_rung)
        .or_else(|| ladder.rungs.iter().find_map(startable_rung))
}

/// The first load for an exercise: body weight for body-weight rungs, the lightest band for band
/// rungs, and for dumbbells, kettlebells and the trap bar the heaviest load the inventory makes at
/// most [`rules::STARTER_LOWER_LOAD_PERCENT_BODYWEIGHT`]% (lower body and carries) or
/// [`rules::STARTER_UPPER_LOAD_PERCENT_BODYWEIGHT`]% (upper body) of body weight, or the lightest
/// owned load when body weight is unknown or everything owned is heavier. `None` when the
/// inventory makes no load for it.
pub fn start_load(
    exercise: &Exercise,
    implement: Implement,
    inventory: &Inventory,
    bodyweight: Option<Mass>,
) -> Option<Load> {
    if implement == Implement::Bodyweight {
        return Some(Load::Bodyweight);
    }
    let loads = inventory.loads(LoadSource::of(exercise, implement));
    let lightest = loads.first()?.clone();
    let percent = if exercise.pattern.is_lower_body() {
        rules::STARTER_LOWER_LOAD_PERCENT_BODYWEIGHT
    } else {
        rules::STARTER_UPPER_LOAD_PERCENT_BODYWEIGHT
    };
    let Some(target) = bodyweight.map(|weight| weight.percent(u32::from(percent))) else {
        return Some(lightest);
    };
    let fitting = loads
        .iter()
        .rev()
        .find(|load| matches!(load, Load::Mass(mass) if *mass <= target));
    Some(fitting.cloned().unwrap_or(lightest))
}
