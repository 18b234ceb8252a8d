//! Stage 3 of the engine: the slot decision. From the facts and the day status, what one slot does
//! next: the rung and implement, the scheme and tempo, what the load should be (resolved by the load
//! stage), the decision and the rules behind it. The brakes are applied last: while one is on,
//! nothing goes up.

use super::day::Day;
use super::dose;
use super::facts::Facts;
use super::kit::Kit;
use super::progress;
use super::rule::Rule;
use super::rungs;
use super::working::{self, Working};
use super::{Decision, Status};
use crate::domain::catalog::{self, Exercise, Implement};
use crate::domain::not_today::DayChoice;
use crate::domain::program::{Load, Scheme, Slot, Tempo};
use crate::domain::rules;

/// What the load should be; the load stage makes it from the equipment.
#[derive(Clone, Debug, PartialEq)]
pub(super) enum LoadPlan {
    /// This load as it was done, rounded down to one the equipment makes.
    Keep(Load),
    /// The load the plan writes, rounded to the nearest one the equipment makes (a reason says so
    /// when it is not exact).
    Written(Load),
    /// The next load up, already chosen from the equipment.
    Up {
        /// The load before.
        from: Load,
        /// The next load.
        to: Load,
    },
    /// A share of `from` within a band of percentages; when no load fits, the nearest heavier one
    /// not above `from` with reps cut, else the nearest lighter one.
    Share {
        /// The load it is a share of.
        from: Load,
        /// Lowest percentage.
        min: u32,
        /// Highest percentage.
        max: u32,
    },
    /// The lightest load the equipment makes.
    Lightest,
}

/// One slot's decision, before its load is made and its sentences written.
#[derive(Clone, Debug)]
pub(super) struct SlotDecision {
    /// The rung.
    pub(super) exercise: &'static Exercise,
    /// The implement.
    pub(super) implement: Implement,
    /// Sets, range and target reps in reserve.
    pub(super) scheme: Scheme,
    /// How to do the reps.
    pub(super) tempo: Tempo,
    /// What the load should be.
    pub(super) load: LoadPlan,
    /// The decision.
    pub(super) decision: Decision,
    /// True when this makes the slot harder than last time (more load, sets, tempo, range or rung).
    pub(super) raises: bool,
    /// The rules that fired, the main cause first.
    pub(super) rules: Vec<Rule>,
}

/// Where a slot sits in the program.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct Place {
    /// Index of the day.
    pub(super) day: usize,
    /// Index of the slot in the day.
    pub(super) slot: usize,
}

/// The decision for one slot; `None` when the slot names an exercise the library does not know.
pub(super) fn decide(
    facts: &Facts,
    day: &Day,
    kit: Kit,
    place: Place,
    slot: &Slot,
) -> Option<SlotDecision> {
    let entries = facts.entries(place.day, place.slot);
    let latest = entries.first();
    let mut decision = match latest {
        None => dose::first_under(day, start(facts, kit, place, slot)?),
        Some(_) => {
            // Only exercises changed for one session so far: the plan as written.
            let working = last_working(facts, day, kit, place).or_else(|| {
                let kept = entries.iter().find(|entry| !entry.log.today_only)?;
                working::read(facts, kit, place.day, place.slot, kept)
            });
            match working {
                None => start(facts, kit, place, slot)?,
                Some(working) => by_status(facts, day, kit, place, &working)?,
            }
        }
    };
    if day.braked() && decision.raises {
        decision = brake(facts, kit, place, decision);
    }
    if decision.raises {
        // Never a step up after a session whose pain was not all clear, whatever the status (the
        // way back after a flare too: a little more each session that goes well).
        if let Some(latest) = latest {
            let read = super::gate::read(latest, facts, day.status != Status::ReEntry);
            if read.gate != super::rule::Gate::Green {
                if let Some(last) = working::read(facts, kit, place.day, place.slot, latest) {
                    decision = progress::repeat(facts, place, &last, Decision::Hold);
                    decision.rules.extend(read.rules);
                }
            }
        }
    }
    if let Some(rule @ Rule::Escalation { cut_percent, .. }) = &day.escalation {
        let cut = u32::from(decision.scheme.sets) * u32::from(*cut_percent);
        let fewer = u8::try_from((cut + 50) / 100).unwrap_or(0);
        decision.scheme.sets = decision.scheme.sets.saturating_sub(fewer).max(1);
        decision.rules.push(rule.clone());
    }
    match facts.mornings.choice(facts.today) {
        Some(DayChoice::Easier) if day.status != Status::Blocked => {
            decision = easier_today(facts, day, kit, place, decision);
        }
        Some(DayChoice::Gentle) if day.status == Status::Flare && day.flare.is_none() => {
            decision.rules.insert(0, Rule::ChoseGentle);
        }
        _ => {}
    }
    if day.status == Status::Blocked {
        decision.decision = Decision::BlockedBySafetyScreen;
        decision.scheme.sets = 0;
        decision.raises = false;
        if let Some(rule) = day.reasons.first() {
            decision.rules.insert(0, rule.clone());
        }
    }
    Some(decision)
}

/// Today's session made smaller because the person chose so ("not today"): one set fewer than
/// planned and the nearest easier version the person can do at the load last worked with (in a
/// flare, where the dose is already gentle, only the set fewer). Never more than planned.
fn easier_today(
    facts: &Facts,
    day: &Day,
    kit: Kit,
    place: Place,
    planned: SlotDecision,
) -> SlotDecision {
    let sets = planned.scheme.sets.saturating_sub(1).max(1);
    let down = (day.status != Status::Flare)
        .then(|| last_working(facts, day, kit, place))
        .flatten()
        .and_then(|working| progress::rung_down(facts, kit, place, &working));
    let mut easier = match down {
        Some(down) => down,
        None => SlotDecision {
            raises: false,
            rules: Vec::new(),
            ..planned
        },
    };
    easier.scheme.sets = sets;
    easier.decision = Decision::EasierToday;
    easier.raises = false;
    easier.rules.insert(0, Rule::ChoseEasier);
    easier
}

/// The newest working session (normal or re-entry) of the slot; an exercise the person changed for
/// one session only is passed over (the plan goes on from the one before it).
pub(super) fn last_working<'f>(
    facts: &'f Facts,
    day: &Day,
    kit: Kit,
    place: Place,
) -> Option<Working<'f>> {
    facts
        .entries(place.day, place.slot)
        .iter()
        .find(|entry| {
            !entry.log.today_only
                && day
                    .kinds
                    .get(entry.session)
                    .is_some_and(|kind| kind.is_working())
        })
        .and_then(|entry| working::read(facts, kit, place.day, place.slot, entry))
}

/// The decision under today's status.
fn by_status(
    facts: &Facts,
    day: &Day,
    kit: Kit,
    place: Place,
    working: &Working,
) -> Option<SlotDecision> {
    let owned = owned(facts, kit, place, working);
    if let Some(moved) = owned {
        return Some(moved);
    }
    if day.status != Status::Flare {
        // Old sessions are never read as if they were last week's: a long break comes first.
        let in_progress_too = matches!(day.status, Status::Normal | Status::Blocked);
        if let Some(comeback) = dose::long_break(facts, kit, place, working, in_progress_too) {
            return Some(comeback);
        }
    }
    // A session that went badly is read like any other in a flare or on the way back: one step
    // easier than that session, never back up to an older dose.
    let went_badly = facts
        .entries(place.day, place.slot)
        .first()
        .map(|latest| super::gate::read(latest, facts, false))
        .is_some_and(|read| read.gate == super::rule::Gate::Red || read.severe.is_some());
    if went_badly && day.status == Status::Flare {
        // The flare dose from that session, not from the one before the flare.
        let latest = facts.entries(place.day, place.slot).first()?;
        let last = working::read(facts, kit, place.day, place.slot, latest)?;
        let mut decision = dose::flare_dose(facts, kit, place, &last);
        decision.rules.insert(0, Rule::FlareDose);
        return Some(decision);
    }
    if went_badly && day.status == Status::ReEntry {
        return Some(progress::normal(facts, day, kit, place, working));
    }
    match day.status {
        Status::Flare => dose::flare(facts, day, kit, place).or_else(|| {
            let mut decision = dose::flare_dose(facts, kit, place, working);
            decision.rules.insert(0, Rule::FlareDose);
            Some(decision)
        }),
        Status::ReEntry => dose::reentry(facts, day, kit, place)
            .or_else(|| Some(progress::normal(facts, day, kit, place, working))),
        Status::LightWeek => Some(dose::light_week(facts, day, place, working)),
        Status::Normal | Status::Blocked => Some(progress::normal(facts, day, kit, place, working)),
    }
}

/// When the rung last done can no longer be done with the person's equipment: the nearest easier
/// rung they can do, else the nearest harder one, from its lightest load.
fn owned(facts: &Facts, kit: Kit, place: Place, working: &Working) -> Option<SlotDecision> {
    let inventory = kit.inventory;
    if inventory.can_do_with(working.exercise, working.implement) {
        let lightest = kit.mass(&kit.lightest(working.exercise, working.implement));
        if working.implement == Implement::Bodyweight || kit.mass(&working.load) >= lightest {
            return None;
        }
        // Done lighter than this rung can be loaded with the equipment (one small bell for a
        // two-bell squat): the rung below at that load, never a heavier one.
        let (exercise, implement) = rungs::below(working.exercise, inventory, working.implement)?;
        let scheme = working::written_today(facts, (place.day, place.slot), exercise, implement);
        return Some(SlotDecision {
            exercise,
            implement,
            scheme,
            tempo: Tempo::Steady,
            load: if implement == working.implement {
                LoadPlan::Keep(working.load.clone())
            } else {
                LoadPlan::Lightest
            },
            decision: Decision::RungDown,
            raises: false,
            rules: vec![
                Rule::LighterThanOwned {
                    load: working.load.clone(),
                },
                Rule::RungChange {
                    from: working.exercise.id.to_string(),
                    to: exercise.id.to_string(),
                },
            ],
        });
    }
    if let Some(implement) = inventory.implement_for(working.exercise, None) {
        // The same rung with another implement the person owns.
        let scheme =
            working::written_today(facts, (place.day, place.slot), working.exercise, implement);
        return Some(SlotDecision {
            exercise: working.exercise,
            implement,
            scheme,
            tempo: Tempo::Steady,
            load: LoadPlan::Share {
                from: working.load.clone(),
                min: u32::from(rules::NEW_RUNG_EFFORT_MIN_PERCENT),
                max: u32::from(rules::NEW_RUNG_EFFORT_MAX_PERCENT),
            },
            decision: Decision::Start,
            raises: false,
            rules: vec![Rule::ImplementChosen { implement }],
        });
    }
    let not_owned = Rule::NotOwned {
        exercise: working.exercise.id.to_string(),
    };
    let (rung, decision) = match rungs::below(working.exercise, inventory, working.implement) {
        Some(rung) => (rung, Decision::RungDown),
        None => (
            rungs::above(working.exercise, inventory, working.implement).ok()?,
            Decision::Start,
        ),
    };
    let (exercise, implement) = rung;
    let scheme = working::written_today(facts, (place.day, place.slot), exercise, implement);
    Some(SlotDecision {
        exercise,
        implement,
        scheme,
        tempo: Tempo::Steady,
        load: LoadPlan::Lightest,
        decision,
        raises: false,
        rules: vec![
            not_owned,
            Rule::RungChange {
                from: working.exercise.id.to_string(),
                to: exercise.id.to_string(),
            },
        ],
    })
}

/// A slot with no history: the written rung, implement, scheme and load — with the rung below the
/// barbell gate when the gate is not met, and the nearest rung the person can do when they lack the
/// equipment.
fn start(facts: &Facts, kit: Kit, place: Place, slot: &Slot) -> Option<SlotDecision> {
    let written = catalog::exercise(&slot.exercise)?;
    let inventory = kit.inventory;
    let mut rules = vec![Rule::FirstSession];
    let mut load = LoadPlan::Written(slot.load.clone());
    let (mut exercise, mut implement) = match rungs::doable(written, inventory, slot.implement) {
        Some(rung) => rung,
        None => {
            rules.push(Rule::NotOwned {
                exercise: written.id.to_string(),
            });
            load = LoadPlan::Lightest;
            rungs::below(written, inventory, written.implement)
                .or_else(|| rungs::above(written, inventory, written.implement).ok())
                .unwrap_or((written, written.implement))
        }
    };
    if exercise.barbell_gated() {
        let gate = rungs::barbell_gate(facts);
        let met = matches!(gate, Rule::BarbellGate { met: true, .. });
        if !met {
            if let Some((below, below_implement)) = rungs::below_the_gate(exercise, inventory) {
                rules.push(gate);
                rules.push(Rule::RungChange {
                    from: exercise.id.to_string(),
                    to: below.id.to_string(),
                });
                exercise = below;
                implement = below_implement;
                load = LoadPlan::Lightest;
            }
        }
    }
    if implement != exercise.implement {
        rules.push(Rule::ImplementChosen { implement });
    }
    if implement == Implement::Bodyweight {
        load = LoadPlan::Keep(Load::Bodyweight);
    }
    let scheme = working::written_today(facts, (place.day, place.slot), exercise, implement);
    Some(SlotDecision {
        exercise,
        implement,
        scheme,
        tempo: Tempo::Steady,
        load,
        decision: Decision::Start,
        raises: false,
        rules,
    })
}

/// While a brake is on, a decision that would raise the slot repeats the last session instead.
fn brake(facts: &Facts, kit: Kit, place: Place, raised: SlotDecision) -> SlotDecision {
    let Some(latest) = facts.entries(place.day, place.slot).first() else {
        return raised;
    };
    let Some(last) = working::read(facts, kit, place.day, place.slot, latest) else {
        return raised;
    };
    let mut decision = progress::repeat(facts, place, &last, Decision::Hold);
    decision.rules.insert(0, Rule::ReAskOpen);
    decision.rules.extend(
        raised
            .rules
            .into_iter()
            .filter(|rule| matches!(rule, Rule::GateGreen { .. })),
    );
    decision
}
