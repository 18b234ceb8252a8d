//! The person's own change in the middle of a session: an easier or a harder exercise of the same
//! movement, or any other one of it they can do, with the load recomputed for the new implement.
//! It uses the engine's own rung moves ([`super::rungs`] and [`super::progress::rung_load`]) and
//! load stage, so "easier today" never disagrees with the step the engine itself would take; the
//! sets stay, the range and targets are the new exercise's written ones (the bottom of its range:
//! a new exercise starts there) [CLINICAL.md §4].

use chrono::NaiveDate;

use super::decision::{Place, SlotDecision};
use super::facts::Facts;
use super::kit::Kit;
use super::load;
use super::progress::{rung_load, Move};
use super::rungs;
use super::working;
use super::Decision;
use crate::domain::catalog::{self, Exercise, Implement};
use crate::domain::data::AppData;
use crate::domain::ladder;
use crate::domain::program::{Load, Scheme, Tempo};
use crate::domain::rules;

/// Which change the person asks for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Change {
    /// The nearest easier exercise of the movement.
    Easier,
    /// The nearest harder exercise of the movement.
    Harder,
}

/// What the exercise is being done as now.
#[derive(Clone, Debug, PartialEq)]
pub struct Current {
    /// Index of the program day.
    pub day: usize,
    /// Index of the exercise's place in the day.
    pub slot: usize,
    /// The exercise id.
    pub exercise: String,
    /// The implement.
    pub implement: Implement,
    /// The load.
    pub load: Load,
    /// The sets prescribed (kept).
    pub sets: u8,
}

/// The exercise to do instead, ready to log.
#[derive(Clone, Debug, PartialEq)]
pub struct Adjusted {
    /// The exercise id.
    pub exercise: String,
    /// The implement, one the person owns.
    pub implement: Implement,
    /// The load, made from the person's equipment.
    pub load: Load,
    /// The sets (as before).
    pub sets: u8,
    /// Bottom of the new exercise's range.
    pub low: u16,
    /// Top of the new exercise's range.
    pub high: u16,
    /// Target reps in reserve (a harder exercise starts further from the limit).
    pub target_rir: u8,
    /// Each set's target: the bottom of the range.
    pub targets: Vec<u16>,
    /// True when it is easier than the exercise it replaces.
    pub easier: bool,
}

/// The nearest easier or harder exercise of the movement the person can do, as of `today`;
/// `None` at the end of the ladder or without the equipment.
pub fn adjust(
    data: &AppData,
    today: NaiveDate,
    current: &Current,
    change: Change,
) -> Option<Adjusted> {
    let facts = Facts::read(data, today)?;
    let kit = kit(&facts);
    let exercise = catalog::exercise(&current.exercise)?;
    let (to, implement) = match change {
        Change::Easier => rungs::below(exercise, kit.inventory, current.implement)?,
        Change::Harder => rungs::above(exercise, kit.inventory, current.implement).ok()?,
    };
    Some(made(
        &facts,
        kit,
        current,
        (to, implement),
        change == Change::Easier,
    ))
}

/// Every other exercise of the movement the person can do, easiest first, each ready to log.
pub fn swaps(data: &AppData, today: NaiveDate, current: &Current) -> Vec<Adjusted> {
    let Some(facts) = Facts::read(data, today) else {
        return Vec::new();
    };
    let kit = kit(&facts);
    let Some((ladder, position)) = ladder::rung_of(&current.exercise) else {
        return Vec::new();
    };
    ladder
        .rungs
        .iter()
        .enumerate()
        .filter(|(index, _)| *index != position)
        .filter_map(|(index, id)| {
            let exercise = catalog::exercise(id)?;
            let rung = rungs::doable(exercise, kit.inventory, Some(current.implement))?;
            Some(made(&facts, kit, current, rung, index < position))
        })
        .collect()
}

/// The person's kit, from the facts.
fn kit<'a>(facts: &Facts<'a>) -> Kit<'a> {
    Kit {
        inventory: &facts.profile.inventory,
        unit: facts.profile.unit,
    }
}

/// The new exercise with its written range today and its load made by the load stage.
fn made(
    facts: &Facts,
    kit: Kit,
    current: &Current,
    (to, implement): (&'static Exercise, Implement),
    easier: bool,
) -> Adjusted {
    let place = Place {
        day: current.day,
        slot: current.slot,
    };
    let written = working::written_today(facts, (place.day, place.slot), to, implement);
    let way = if easier { Move::Easier } else { Move::Harder };
    let target_rir = if easier {
        written.target_rir
    } else {
        written.target_rir.saturating_add(rules::NEW_RUNG_EXTRA_RIR)
    };
    let decision = SlotDecision {
        exercise: to,
        implement,
        scheme: Scheme {
            sets: current.sets.max(1),
            target_rir,
            ..written
        },
        tempo: Tempo::Steady,
        load: rung_load((current.implement, &current.load), implement, way),
        decision: if easier {
            Decision::RungDown
        } else {
            Decision::RungUp
        },
        raises: !easier,
        rules: Vec::new(),
    };
    let loaded = load::make(kit, decision);
    let scheme = loaded.decision.scheme;
    Adjusted {
        exercise: to.id.to_string(),
        implement,
        load: loaded.load,
        sets: current.sets,
        low: scheme.low,
        high: scheme.high,
        target_rir: scheme.target_rir,
        targets: vec![scheme.low; usize::from(current.sets)],
        easier,
    }
}
