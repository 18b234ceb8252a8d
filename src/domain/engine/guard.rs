//! The last check before the sentences: while a brake is on (an open re-ask of the safety screen, a
//! flare, or a latest session whose pain was not all clear), no part of a slot's prescription may be more than
//! the latest session of that slot — not the load, the sets, the tempo, the top of the range or the
//! rung (CLINICAL.md §2, §5). Each part is capped on its own, so a flare dose after a shortened
//! session keeps the fewer reps of one and the fewer sets of the other.

use super::day::Day;
use super::decision::Place;
use super::facts::Facts;
use super::gate;
use super::kit::Kit;
use super::load::Loaded;
use super::rule::{Gate, Rule};
use super::working::{self, Working};
use crate::domain::equipment::SAME_LOAD_TOLERANCE;
use crate::domain::ladder;

/// Caps `loaded` at the latest session of its slot while a brake is on.
pub(super) fn cap(facts: &Facts, day: &Day, kit: Kit, place: Place, loaded: Loaded) -> Loaded {
    let Some(latest) = facts.entries(place.day, place.slot).first() else {
        return loaded;
    };
    let braked = day.braked()
        || day.status == super::Status::Flare
        || gate::read(latest, facts, day.status != super::Status::ReEntry).gate != Gate::Green;
    if !braked {
        return loaded;
    }
    let Some(last) = working::read(facts, kit, place.day, place.slot, latest) else {
        return loaded;
    };
    let before = (
        loaded.decision.exercise.id,
        loaded.decision.scheme,
        loaded.decision.tempo,
        loaded.load.clone(),
    );
    let mut loaded = loaded;
    let decision = &mut loaded.decision;
    let position = |id: &str| ladder::rung_of(id).map(|(_, position)| position);
    if decision.exercise.ladder == last.exercise.ladder
        && position(decision.exercise.id) > position(last.exercise.id)
    {
        // A harder rung than last time: back to last time's rung, as it was done.
        decision.exercise = last.exercise;
        decision.implement = last.implement;
        decision.tempo = last.tempo;
        decision.scheme.low = last.range.0;
        decision.scheme.high = last.range.1;
        loaded.load = last.load.clone();
    }
    if decision.exercise.id == last.exercise.id {
        cap_parts(kit, &mut loaded, &last);
    } else {
        // An easier exercise: never more sets than last time.
        loaded.decision.scheme.sets = loaded.decision.scheme.sets.min(last.sets).max(1);
    }
    let after = (
        loaded.decision.exercise.id,
        loaded.decision.scheme,
        loaded.decision.tempo,
        loaded.load.clone(),
    );
    if after != before {
        let (load, scheme) = (loaded.load.clone(), loaded.decision.scheme);
        // Sentences about a change that no longer happens go; one says why.
        loaded.decision.rules.retain(|rule| match rule {
            Rule::LoadChange { to, .. } => *to == load,
            Rule::FewerReps { low, high, .. } => (*low, *high) == (scheme.low, scheme.high),
            _ => true,
        });
        loaded.decision.rules.push(Rule::NoMoreThanLastTime);
    }
    loaded
}

/// Caps each part of a prescription on the same rung at what was done last time.
fn cap_parts(kit: Kit, loaded: &mut Loaded, last: &Working) {
    let decision = &mut loaded.decision;
    decision.scheme.sets = decision.scheme.sets.min(last.sets).max(1);
    decision.tempo = decision.tempo.min(last.tempo);
    if decision.scheme.high > last.range.1 {
        decision.scheme.high = last.range.1;
        decision.scheme.low = decision.scheme.low.min(last.range.1);
    }
    if kit.mass(&loaded.load) > kit.mass(&last.load) + SAME_LOAD_TOLERANCE {
        loaded.load = last.load.clone();
    }
}
