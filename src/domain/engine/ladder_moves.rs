//! Moves along ladders and loads (CLINICAL.md §3–§4): equipment-aware load steps, the reps bridge and
//! longer ranges, rung up and down over rungs the person can do, and the barbell gate.

use chrono::Duration;

use super::reason::Rule;
use super::status::Ctx;
use crate::domain::catalog::{self, DoseKind, Exercise, Implement, Pattern};
use crate::domain::equipment::Inventory;
use crate::domain::ladder;
use super::oldphase as phase;
use crate::domain::program::{Load, Scheme};
use crate::domain::rules;
use crate::domain::units::Mass;

/// The loads this person can make for the exercise, with their masses, lightest first.
pub(super) fn options(exercise: &Exercise, inventory: &Inventory) -> Vec<(Mass, Load)> {
    if exercise.implement == Implement::Bodyweight {
        return vec![(Mass::ZERO, Load::Bodyweight)];
    }
    inventory
        .loads_for(exercise)
        .into_iter()
        .filter_map(|load| load.mass(inventory).map(|mass| (mass, load)))
        .collect()
}

/// The mass of a load (zero for body weight or an unknown band).
pub(super) fn mass_of(load: &Load, inventory: &Inventory) -> Mass {
    load.mass(inventory).unwrap_or(Mass::ZERO)
}

/// The lightest load the person can make for the exercise (body weight when nothing is owned).
pub(super) fn lightest(exercise: &Exercise, inventory: &Inventory) -> Load {
    options(exercise, inventory)
        .into_iter()
        .map(|(_, load)| load)
        .next()
        .unwrap_or(Load::Bodyweight)
}

/// The heaviest makeable load no heavier than `target`.
pub(super) fn at_most(exercise: &Exercise, inventory: &Inventory, target: Mass) -> Option<Load> {
    options(exercise, inventory)
        .into_iter()
        .rev()
        .find(|(mass, _)| *mass <= target)
        .map(|(_, load)| load)
}

/// The load itself when the equipment makes it; otherwise the heaviest makeable load below it, or
/// the lightest one.
pub(super) fn makeable(exercise: &Exercise, load: &Load, inventory: &Inventory) -> Load {
    let options = options(exercise, inventory);
    if options.iter().any(|(_, option)| option == load) {
        return load.clone();
    }
    at_most(exercise, inventory, mass_of(load, inventory))
        .unwrap_or_else(|| lightest(exercise, inventory))
}

/// A load strictly lighter than `load` at no more than `percent` of it, if the equipment makes one.
pub(super) fn lighter(
    exercise: &Exercise,
    load: &Load,
    inventory: &Inventory,
    percent: u8,
) -> Option<Load> {
    let mass = mass_of(load, inventory);
    at_most(exercise, inventory, mass.percent(u32::from(percent)))
        .filter(|lighter| mass_of(lighter, inventory) < mass)
}

/// The next load up in an equipment-aware step [S26, S27], or `None` when the equipment cannot make
/// one (body weight, the heaviest bell or pair owned, or no small enough barbell step).
///
/// Barbells and trap bars take the smallest step the plates make of at least 2.5 kg for lower-body
/// lifts (1 kg upper body) and at most 5 kg (2.5 kg upper body); with fine plates that step is also
/// within 5% of the load. Dumbbells, bells and bands go to the next one owned.
pub(super) fn step_up(exercise: &Exercise, load: &Load, inventory: &Inventory) -> Option<Load> {
    let mass = mass_of(load, inventory);
    let options = options(exercise, inventory);
    match exercise.implement {
        Implement::Bodyweight => None,
        Implement::Barbell | Implement::TrapBar => {
            let (step_min, step_max) = if exercise.pattern.is_lower_body() {
                (
                    rules::BARBELL_LOWER_STEP_MIN_G,
                    rules::BARBELL_LOWER_STEP_MAX_G,
                )
            } else {
                (
                    rules::BARBELL_UPPER_STEP_MIN_G,
                    rules::BARBELL_UPPER_STEP_MAX_G,
                )
            };
            options
                .into_iter()
                .find(|(option, _)| option.grams() >= mass.grams() + step_min)
                .filter(|(option, _)| option.grams() - mass.grams() <= step_max)
                .map(|(_, load)| load)
        }
        Implement::Band | Implement::Dumbbell | Implement::Kettlebell => options
            .into_iter()
            .find(|(option, _)| *option > mass)
            .map(|(_, load)| load),
    }
}

/// How a rung's range is being worked.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Stage {
    /// The phase's range.
    Base,
    /// The kettlebell reps bridge (3 × 15–20) before the next bell.
    Bridge,
    /// A longer range, because the load cannot go up in a small step.
    Extension,
}

/// The stage that comes after the top of the base range: the bridge for kettlebell reps, a longer
/// range when the load cannot step up, or the base range itself when it can.
pub(super) fn stage_after_base(exercise: &Exercise, load: &Load, inventory: &Inventory) -> Stage {
    if exercise.implement == Implement::Kettlebell && exercise.dose.kind == DoseKind::Reps {
        Stage::Bridge
    } else if step_up(exercise, load, inventory).is_none() {
        Stage::Extension
    } else {
        Stage::Base
    }
}

/// The scheme of a stage, from the phase's base scheme.
pub(super) fn stage_scheme(stage: Stage, base: Scheme, exercise: &Exercise) -> Scheme {
    match stage {
        Stage::Base => base,
        Stage::Bridge => phase::kettlebell_bridge(),
        Stage::Extension => {
            let extra = match exercise.dose.kind {
                DoseKind::Reps => rules::EXTENSION_REPS,
                DoseKind::Seconds => rules::EXTENSION_SECONDS,
                DoseKind::Metres => rules::EXTENSION_METRES,
            };
            Scheme {
                low: base.high,
                high: base.high.saturating_add(extra),
                ..base
            }
        }
    }
}

/// The nearest easier rung the person can do, if any.
pub(super) fn rung_below(exercise: &Exercise, inventory: &Inventory) -> Option<&'static Exercise> {
    let (ladder, position) = ladder::rung_of(exercise.id)?;
    ladder.rungs[..position]
        .iter()
        .rev()
        .filter_map(|id| catalog::exercise(id))
        .find(|candidate| inventory.can_do(candidate))
}

/// The nearest harder rung the person can do; otherwise the rule that stops the move (top of the
/// ladder, or equipment not owned for any harder rung).
pub(super) fn rung_above(
    exercise: &Exercise,
    inventory: &Inventory,
) -> Result<&'static Exercise, Rule> {
    let Some((ladder, position)) = ladder::rung_of(exercise.id) else {
        return Err(Rule::TopOfLadder);
    };
    let above = &ladder.rungs[position + 1..];
    let Some(first) = above.first() else {
        return Err(Rule::TopOfLadder);
    };
    above
        .iter()
        .filter_map(|id| catalog::exercise(id))
        .find(|candidate| inventory.can_do(candidate))
        .ok_or_else(|| Rule::NotOwned {
            exercise: first.to_string(),
        })
}

/// The first load on a new harder rung: about 75% of the old load with the same implement (70–80% of
/// the equivalent effort [S9, design]), else the lightest the person owns.
pub(super) fn start_load_up(
    from: &Exercise,
    load: &Load,
    to: &Exercise,
    inventory: &Inventory,
) -> Load {
    if to.implement == from.implement && to.implement != Implement::Bodyweight {
        let percent = (u32::from(rules::NEW_RUNG_EFFORT_MIN_PERCENT)
            + u32::from(rules::NEW_RUNG_EFFORT_MAX_PERCENT))
            / 2;
        at_most(to, inventory, mass_of(load, inventory).percent(percent))
            .unwrap_or_else(|| lightest(to, inventory))
    } else {
        lightest(to, inventory)
    }
}

/// The load on an easier rung: the same load with the same implement (the rung itself is easier),
/// else the lightest the person owns.
pub(super) fn start_load_down(
    from: &Exercise,
    load: &Load,
    to: &Exercise,
    inventory: &Inventory,
) -> Load {
    if to.implement == from.implement {
        makeable(to, load, inventory)
    } else {
        lightest(to, inventory)
    }
}

/// The barbell gate before barbell deadlift or squat rungs [S16, design]: no flare in 3 weeks, usual
/// pain at most 4, and a kettlebell or trap-bar deadlift of 3 × 8 at ≤ 2 RIR with at least half body
/// weight.
pub(super) fn barbell_gate(ctx: &Ctx) -> Rule {
    let window_start = ctx.today - Duration::days(rules::BARBELL_GATE_FLARE_FREE_DAYS);
    let flare_free = !ctx.episodes.iter().any(|episode| {
        episode.start <= ctx.today
            && episode
                .recovered
                .is_none_or(|recovered| recovered > window_start)
    });
    let usual_pain_ok = ctx.baselines.at(ctx.today) <= rules::BARBELL_GATE_MAX_USUAL_PAIN;
    let bodyweight = ctx.profile.bodyweight.filter(|mass| mass.grams() > 0);
    let deadlift_ok = bodyweight.is_some_and(|bodyweight| {
        let needed = bodyweight.percent(u32::from(rules::BARBELL_GATE_MIN_BODYWEIGHT_PERCENT));
        ctx.classified.iter().rev().any(|(session, _)| {
            session.exercises.iter().any(|log| {
                let Some(exercise) = catalog::exercise(&log.exercise) else {
                    return false;
                };
                let qualifying_sets = log
                    .sets
                    .iter()
                    .filter(|set| {
                        set.value >= rules::BARBELL_GATE_REPS
                            && set.rir.is_none_or(|rir| rir <= rules::PROGRESS_MAX_RIR)
                            && mass_of(&set.load, ctx.inventory) >= needed
                    })
                    .count();
                exercise.pattern == Pattern::Hinge
                    && matches!(
                        exercise.implement,
                        Implement::Kettlebell | Implement::TrapBar
                    )
                    && qualifying_sets >= usize::from(rules::BARBELL_GATE_SETS)
            })
        })
    });
    Rule::BarbellGate {
        met: flare_free && usual_pain_ok && deadlift_ok,
        flare_free,
        usual_pain_ok,
        deadlift_ok,
        bodyweight_known: bodyweight.is_some(),
    }
}
