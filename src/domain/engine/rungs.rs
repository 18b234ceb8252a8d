//! Moves along a ladder (CLINICAL.md §4) over the rungs a person can do with their equipment, and
//! the barbell gate before barbell squats and deadlifts. Part of the slot-decision stage.

use chrono::Duration;

use super::facts::Facts;
use super::rule::Rule;
use crate::domain::catalog::{self, Exercise, Implement, Pattern};
use crate::domain::equipment::Inventory;
use crate::domain::ladder;
use crate::domain::rules;

/// A rung with the implement the person would do it with.
pub(super) type Rung = (&'static Exercise, Implement);

/// The rung with its implement, when the person can do it (`preferred` first).
pub(super) fn doable(
    exercise: &'static Exercise,
    inventory: &Inventory,
    preferred: Option<Implement>,
) -> Option<Rung> {
    inventory
        .implement_for(exercise, preferred)
        .map(|implement| (exercise, implement))
}

/// The nearest easier rung the person can do, if any.
pub(super) fn below(
    exercise: &Exercise,
    inventory: &Inventory,
    preferred: Implement,
) -> Option<Rung> {
    let (ladder, position) = ladder::rung_of(exercise.id)?;
    ladder.rungs[..position]
        .iter()
        .rev()
        .filter_map(|id| catalog::exercise(id))
        .find_map(|candidate| doable(candidate, inventory, Some(preferred)))
}

/// The nearest harder rung the person can do; otherwise the rule that stops the move (the top of
/// the ladder, or equipment not owned for any harder rung).
pub(super) fn above(
    exercise: &Exercise,
    inventory: &Inventory,
    preferred: Implement,
) -> Result<Rung, Rule> {
    let Some((ladder, position)) = ladder::rung_of(exercise.id) else {
        return Err(Rule::TopOfLadder);
    };
    let harder = &ladder.rungs[position + 1..];
    let Some(first) = harder.first() else {
        return Err(Rule::TopOfLadder);
    };
    harder
        .iter()
        .filter_map(|id| catalog::exercise(id))
        .find_map(|candidate| doable(candidate, inventory, Some(preferred)))
        .ok_or_else(|| Rule::NotOwned {
            exercise: first.to_string(),
        })
}

/// The highest rung below `exercise` that the barbell gate does not apply to and the person can do.
pub(super) fn below_the_gate(exercise: &Exercise, inventory: &Inventory) -> Option<Rung> {
    let (ladder, position) = ladder::rung_of(exercise.id)?;
    ladder.rungs[..position]
        .iter()
        .rev()
        .filter_map(|id| catalog::exercise(id))
        .filter(|candidate| !candidate.barbell_gated())
        .find_map(|candidate| doable(candidate, inventory, None))
}

/// The barbell gate before barbell deadlift or squat rungs [S16, design]: no flare in
/// [`rules::BARBELL_GATE_FLARE_FREE_DAYS`] days, usual pain at most
/// [`rules::BARBELL_GATE_MAX_USUAL_PAIN`], and in the last [`rules::BARBELL_GATE_RECENT_DAYS`] days a
/// kettlebell or trap-bar deadlift of [`rules::BARBELL_GATE_SETS`] × [`rules::BARBELL_GATE_REPS`] with
/// a recorded reps in reserve of at most [`rules::PROGRESS_MAX_RIR`] and at least
/// [`rules::BARBELL_GATE_MIN_BODYWEIGHT_PERCENT`]% of body weight.
pub(super) fn barbell_gate(facts: &Facts) -> Rule {
    let today = facts.today;
    let window_start = today - Duration::days(rules::BARBELL_GATE_FLARE_FREE_DAYS);
    let flare_free = !facts.episodes.iter().any(|episode| {
        episode.start <= today
            && episode
                .recovered
                .is_none_or(|recovered| recovered > window_start)
    });
    let usual_pain_ok = facts.usual_today() <= rules::BARBELL_GATE_MAX_USUAL_PAIN;
    let bodyweight = facts.profile.bodyweight.filter(|mass| mass.grams() > 0);
    let recent = today - Duration::days(rules::BARBELL_GATE_RECENT_DAYS);
    let inventory = &facts.profile.inventory;
    let deadlift_ok = bodyweight.is_some_and(|bodyweight| {
        let needed = bodyweight.percent(u32::from(rules::BARBELL_GATE_MIN_BODYWEIGHT_PERCENT));
        facts
            .sessions
            .iter()
            .rev()
            .take_while(|session| session.started.date() >= recent)
            .any(|session| {
                session.exercises.iter().any(|log| {
                    let Some(exercise) = catalog::exercise(&log.exercise) else {
                        return false;
                    };
                    let implement = log.implement.unwrap_or(exercise.implement);
                    let qualifying_sets = log
                        .sets
                        .iter()
                        .filter(|set| {
                            set.value >= rules::BARBELL_GATE_REPS
                                && set.rir.is_some_and(|rir| rir <= rules::PROGRESS_MAX_RIR)
                                && set.load.mass(inventory).is_some_and(|mass| mass >= needed)
                        })
                        .count();
                    exercise.pattern == Pattern::Hinge
                        && matches!(implement, Implement::Kettlebell | Implement::TrapBar)
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
