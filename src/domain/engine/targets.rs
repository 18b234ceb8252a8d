//! Stage 4b of the engine: each set's target. A prescription says "2 × 12–15"; the person logging
//! a set sees one number for that set, so accepting it as shown progresses: last time's value of
//! the same set plus one step, up to the top of the range, when last time was done in the same
//! state (rung, implement, load, tempo and range); the bottom of the range after any change (a
//! load step, a new rung, a new range) or for a set not done last time (CLINICAL.md §3) [S25, S27].

use super::decision::Place;
use super::facts::Facts;
use super::kit::Kit;
use super::Prescription;
use crate::domain::rules;

/// The target of each of the prescription's sets, in the exercise's dose.
pub(super) fn per_set(
    facts: &Facts,
    kit: Kit,
    place: Place,
    prescription: &Prescription,
) -> Vec<u16> {
    let (low, high) = (prescription.low, prescription.high);
    // An exercise changed for one session only is passed over, as the decision does. Read from
    // the log directly (no load search): this runs for every place of every day.
    let same_state = facts
        .entries(place.day, place.slot)
        .iter()
        .find(|entry| !entry.log.today_only)
        .filter(|last| {
            last.log.exercise == prescription.exercise
                && last.implement == prescription.implement
                && last.tempo == prescription.tempo
                && last.log.range == Some((low, high))
                && last.load(|load| kit.mass(load).grams()) == prescription.load
        });
    (0..usize::from(prescription.sets))
        .map(|set| {
            same_state
                .as_ref()
                .and_then(|last| last.log.sets.get(set))
                .map_or(low, |done| {
                    done.value
                        .saturating_add(rules::TARGET_STEP_REPS)
                        .clamp(low, high.max(low))
                })
        })
        .collect()
}

#[cfg(test)]
#[path = "targets_tests.rs"]
mod tests;
