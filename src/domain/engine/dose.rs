//! Doses that are not a normal week's (part of the slot-decision stage, CLINICAL.md §6): a flare
//! session, re-entry after a flare, the comeback after a long break, and the light week. Each starts
//! from the last working state before the interruption and never raises anything above it.

use super::day::{Day, Kind};
use super::decision::{last_working, LoadPlan, Place, SlotDecision};
use super::facts::{Entry, Facts};
use super::gate;
use super::kit::{Kit, Share};
use super::rule::{Gate, Rule};
use super::rungs;
use super::working::{self, Stage, Working};
use super::Decision;
use crate::domain::catalog::Implement;
use crate::domain::program::{Load, Scheme, Tempo};
use crate::domain::rules;

/// The working state before `before` (the newest normal or re-entry session dated earlier).
fn working_before<'f>(
    facts: &'f Facts,
    day: &Day,
    kit: Kit,
    place: Place,
    before: chrono::NaiveDate,
) -> Option<Working<'f>> {
    facts
        .entries(place.day, place.slot)
        .iter()
        .filter(|entry| entry.date() < before)
        .find(|entry| {
            day.kinds
                .get(entry.session)
                .is_some_and(|kind| kind.is_working())
        })
        .and_then(|entry| working::read(facts, kit, place.day, place.slot, entry))
}

/// The written scheme today for a rung.
fn written(facts: &Facts, place: Place, working: &Working) -> Scheme {
    working::written_today(
        facts,
        (place.day, place.slot),
        working.exercise,
        working.implement,
    )
}

/// Half the sets, rounded up, at least one [S9, S24, design].
fn half(sets: u8) -> u8 {
    let halved = (u32::from(sets) * u32::from(rules::FLARE_SET_PERCENT)).div_ceil(100);
    u8::try_from(halved).unwrap_or(1).max(1)
}

/// A flare session today (status flare): from the last working state before the flare.
pub(super) fn flare(facts: &Facts, day: &Day, kit: Kit, place: Place) -> Option<SlotDecision> {
    let episode = day.flare?;
    let pre = working_before(facts, day, kit, place, episode.start)
        .or_else(|| last_working(facts, day, kit, place))?;
    let mut decision = flare_dose(facts, kit, place, &pre);
    decision.rules.insert(0, Rule::FlareDose);
    Some(decision)
}

/// A flare session's dose from `pre` [S9, S24, design]: half the sets, further from failure, and
/// −30 to −50% load (the nearest load the equipment makes in that band), else up to
/// [`rules::FLARE_RUNGS_DOWN_MAX`] rungs down; body-weight rungs one rung down, at a steady tempo.
/// Never an increase, never a new exercise beyond the easier rungs of the same ladder.
pub(super) fn flare_dose(facts: &Facts, kit: Kit, place: Place, pre: &Working) -> SlotDecision {
    let mut scheme = Scheme {
        sets: half(pre.sets.min(written(facts, place, pre).top_sets())),
        target_rir: rules::FLARE_TARGET_RIR,
        ..written(facts, place, pre)
    };
    if pre.stage == Stage::Reduced {
        // Never more reps than a shortened session asked for.
        (scheme.low, scheme.high) = pre.range;
    }
    let band = (
        100 - u32::from(rules::FLARE_LOAD_CUT_MAX_PERCENT),
        100 - u32::from(rules::FLARE_LOAD_CUT_MIN_PERCENT),
    );
    let flare_decision = |exercise, implement, scheme: Scheme, load, rules| SlotDecision {
        exercise,
        implement,
        scheme,
        tempo: Tempo::Steady,
        load,
        decision: Decision::FlareSession,
        raises: false,
        rules,
    };
    if pre.implement != Implement::Bodyweight {
        if let Some(Share::InBand(_) | Share::Below(_)) =
            kit.share(pre.exercise, pre.implement, &pre.load, band.0, band.1)
        {
            return flare_decision(
                pre.exercise,
                pre.implement,
                scheme,
                LoadPlan::Share {
                    from: pre.load.clone(),
                    min: band.0,
                    max: band.1,
                },
                Vec::new(),
            );
        }
    }
    // No lighter load in the band: easier rungs, as many as needed for a lighter load or a
    // body-weight rung, up to the most a flare allows.
    let mut rung = (pre.exercise, pre.implement);
    let mut moved = 0;
    while moved < rules::FLARE_RUNGS_DOWN_MAX {
        let Some(below) = rungs::below(rung.0, kit.inventory, rung.1) else {
            break;
        };
        rung = below;
        moved += 1;
        if rung.1 == Implement::Bodyweight || pre.implement == Implement::Bodyweight {
            break;
        }
        if kit.mass(&kit.lightest(rung.0, rung.1)) <= kit.mass(&pre.load) {
            // An easier rung the same load (or less) can be done with is easier enough.
            break;
        }
    }
    if moved == 0 {
        return flare_decision(
            pre.exercise,
            pre.implement,
            scheme,
            LoadPlan::Keep(pre.load.clone()),
            vec![Rule::NoEasierRung],
        );
    }
    let (exercise, implement) = rung;
    let below_written = working::written_today(facts, (place.day, place.slot), exercise, implement);
    let load = if implement == Implement::Bodyweight {
        LoadPlan::Keep(Load::Bodyweight)
    } else if implement == pre.implement {
        LoadPlan::Share {
            from: pre.load.clone(),
            min: band.0,
            max: band.1,
        }
    } else {
        LoadPlan::Lightest
    };
    flare_decision(
        exercise,
        implement,
        Scheme {
            sets: half(pre.sets.min(below_written.top_sets())),
            target_rir: rules::FLARE_TARGET_RIR,
            ..below_written
        },
        load,
        vec![Rule::RungChange {
            from: pre.exercise.id.to_string(),
            to: exercise.id.to_string(),
        }],
    )
}

/// The steps of a way back so far: green sessions (read on their own, without the weekly trend) at
/// its dose — at least [`rules::REENTRY_START_MIN_PERCENT`]% of `reference`, and its sets — in a row, newest
/// first. A flare-day dose taken after a painful session starts the way back again.
fn steps_back(
    facts: &Facts,
    kit: Kit,
    place: Place,
    entries: &[&Entry],
    reference: &Working,
) -> u32 {
    let reference_mass = kit.mass(&reference.load);
    let floor = reference_mass.percent(u32::from(rules::REENTRY_START_MIN_PERCENT));
    entries
        .iter()
        .take_while(|entry| {
            // A flare-day dose has half the sets or less than the way back's load.
            let at_dose =
                working::read(facts, kit, place.day, place.slot, entry).is_some_and(|state| {
                    kit.mass(&state.load) >= floor && state.sets >= reference.sets
                });
            at_dose && gate::read(entry, facts, false).gate == Gate::Green
        })
        .count() as u32
}

/// The share of the reference load for a comeback after `green` green sessions: the middle of
/// [`rules::REENTRY_START_MIN_PERCENT`]–[`rules::REENTRY_START_MAX_PERCENT`], plus
/// [`rules::REENTRY_STEP_PERCENT`] for each green session [S9, design].
fn comeback_percent(green: u32) -> u32 {
    let start =
        u32::from(rules::REENTRY_START_MIN_PERCENT.midpoint(rules::REENTRY_START_MAX_PERCENT));
    start + green * u32::from(rules::REENTRY_STEP_PERCENT)
}

/// A comeback session from `reference` at `percent` of its load (re-entry and long breaks): the
/// same rung and implement; a lighter load in a band around the percentage; body-weight rungs keep
/// the load and get more reps in reserve instead [S9, design].
fn comeback(
    facts: &Facts,
    kit: Kit,
    place: Place,
    reference: &Working,
    percent: u32,
    green: u32,
    first_rule: Rule,
) -> SlotDecision {
    let written = written(facts, place, reference);
    let half_band =
        u32::from(rules::REENTRY_START_MAX_PERCENT - rules::REENTRY_START_MIN_PERCENT) / 2;
    // About +10% a session: never more than one step above what the latest session on this rung
    // was done with (a session that started lower, after a painful one, builds from there).
    let reference_mass = kit.mass(&reference.load).grams();
    let percent = facts
        .entries(place.day, place.slot)
        .first()
        .and_then(|latest| working::read(facts, kit, place.day, place.slot, latest))
        .filter(|latest| latest.exercise.id == reference.exercise.id && reference_mass > 0)
        .map_or(percent, |latest| {
            let done = u32::try_from(kit.mass(&latest.load).grams() * 100 / reference_mass)
                .unwrap_or(u32::MAX);
            percent.min(
                done.max(comeback_percent(0))
                    .saturating_add(u32::from(rules::REENTRY_STEP_PERCENT)),
            )
        });
    let mut scheme = Scheme {
        sets: reference.sets.clamp(1, written.top_sets()),
        ..written
    };
    let mut rules_fired = vec![first_rule];
    let load = if reference.implement == Implement::Bodyweight {
        // One fewer in reserve after each session that goes well, but never less than one more
        // than written while the way back lasts [S9, design].
        let extra = rules::REENTRY_EXTRA_RIR
            .saturating_sub(u8::try_from(green).unwrap_or(u8::MAX))
            .max(1);
        if extra > 0 {
            scheme.target_rir = written.target_rir.saturating_add(extra);
            rules_fired.push(Rule::MoreInReserve {
                rir: scheme.target_rir,
            });
        }
        LoadPlan::Keep(Load::Bodyweight)
    } else if percent >= 100 {
        LoadPlan::Keep(reference.load.clone())
    } else {
        LoadPlan::Share {
            from: reference.load.clone(),
            min: percent.saturating_sub(half_band),
            max: (percent + half_band).min(100),
        }
    };
    // Above the latest session of the slot (a flare session, say) it is a step up, which a brake
    // holds back.
    let raises = facts
        .entries(place.day, place.slot)
        .first()
        .and_then(|latest| working::read(facts, kit, place.day, place.slot, latest))
        .is_some_and(|latest| {
            let position = |state: &Working| {
                crate::domain::ladder::rung_of(state.exercise.id).map(|(_, position)| position)
            };
            position(reference) > position(&latest)
                || scheme.sets > latest.sets
                || (latest.exercise.id == reference.exercise.id
                    && latest.stage == Stage::Reduced
                    && scheme.high > latest.range.1
                    && kit.mass(&reference.load).percent(percent.min(100))
                        >= kit.mass(&latest.load))
                || (latest.exercise.id == reference.exercise.id
                    && kit.mass(&reference.load).percent(percent.min(100)) > kit.mass(&latest.load))
        });
    SlotDecision {
        exercise: reference.exercise,
        implement: reference.implement,
        scheme,
        tempo: reference.tempo,
        load,
        decision: Decision::ReEntry,
        raises,
        rules: rules_fired,
    }
}

/// A re-entry session after a flare (status re-entry) [S9, design].
pub(super) fn reentry(facts: &Facts, day: &Day, kit: Kit, place: Place) -> Option<SlotDecision> {
    let index = day.reentry?;
    let episode = facts.episodes.get(index)?;
    let pre = working_before(facts, day, kit, place, episode.start)?;
    let since: Vec<&Entry> = facts
        .entries(place.day, place.slot)
        .iter()
        .filter(|entry| day.kinds.get(entry.session) == Some(&Kind::ReEntry(index)))
        .collect();
    let green = steps_back(facts, kit, place, &since, &pre);
    let percent = comeback_percent(green);
    let latest_not_green = since
        .first()
        .is_some_and(|entry| gate::read(entry, facts, false).gate != Gate::Green);
    let mut decision = comeback(
        facts,
        kit,
        place,
        &pre,
        percent,
        green,
        Rule::ReEntry {
            percent: percent.min(100),
        },
    );
    if latest_not_green {
        // Not a step up after a session that did not go well: at most what was done then.
        if let Some(last) = since
            .first()
            .and_then(|entry| working::read(facts, kit, place.day, place.slot, entry))
        {
            if kit.mass(&last.load) < kit.mass(&pre.load) {
                decision.load = LoadPlan::Keep(last.load);
            }
        }
    }
    Some(decision)
}

/// The comeback after a long break from this slot [S9, design]: the latest session is
/// [`rules::LONG_BREAK_DAYS`] days or more before today, or (with `in_progress_too`, in a normal
/// week) one of the last [`rules::REENTRY_MAX_SESSIONS`] sessions came after such a gap and the
/// way back is not done.
pub(super) fn long_break(
    facts: &Facts,
    kit: Kit,
    place: Place,
    working: &Working,
    in_progress_too: bool,
) -> Option<SlotDecision> {
    let entries: Vec<&Entry> = facts.entries(place.day, place.slot).iter().collect();
    let latest = entries.first()?;
    let gap_days = |newer: chrono::NaiveDate, older: chrono::NaiveDate| (newer - older).num_days();
    if gap_days(facts.today, latest.date()) >= rules::LONG_BREAK_DAYS {
        let days = gap_days(facts.today, latest.date());
        let percent = comeback_percent(0);
        // From the last thing done (a flare or light session, or the person's own lighter
        // choice), never from something heavier than it.
        let last = working::read(facts, kit, place.day, place.slot, latest)
            .filter(|last| easier_or_same(kit, last, working))
            .unwrap_or_else(|| working.clone());
        return Some(comeback(
            facts,
            kit,
            place,
            &last,
            percent,
            0,
            Rule::LongBreak { days, percent },
        ));
    }
    if !in_progress_too {
        return None;
    }
    let limit = (rules::REENTRY_MAX_SESSIONS as usize).min(entries.len().saturating_sub(1));
    let gap = (0..limit).find(|index| {
        gap_days(entries[*index].date(), entries[index + 1].date()) >= rules::LONG_BREAK_DAYS
    })?;
    let since = &entries[..=gap];
    let reference_before = working::read(facts, kit, place.day, place.slot, entries[gap + 1])?;
    let green = steps_back(facts, kit, place, since, &reference_before);
    let percent = comeback_percent(green);
    if percent >= 100 || since.len() >= rules::REENTRY_MAX_SESSIONS as usize {
        return None;
    }
    let reference = working::read(facts, kit, place.day, place.slot, entries[gap + 1])?;
    if reference.exercise.id != working.exercise.id {
        return None;
    }
    // Never above what the latest comeback session was done with when that was lighter.
    let latest_state = working::read(facts, kit, place.day, place.slot, latest)?;
    let reference = if kit.mass(&latest_state.load) < kit.mass(&reference.load)
        && latest_state.exercise.id == reference.exercise.id
        && comeback_percent(green) >= 100
    {
        latest_state
    } else {
        reference
    };
    let days = gap_days(entries[gap].date(), entries[gap + 1].date());
    Some(comeback(
        facts,
        kit,
        place,
        &reference,
        percent,
        green,
        Rule::LongBreak { days, percent },
    ))
}

/// True when `last` is no harder than `working`: an easier or the same rung, and on the same rung
/// no heavier load.
fn easier_or_same(kit: Kit, last: &Working, working: &Working) -> bool {
    let position = |state: &Working| {
        crate::domain::ladder::rung_of(state.exercise.id).map(|(_, position)| position)
    };
    if last.exercise.id != working.exercise.id {
        return position(last) < position(working);
    }
    kit.mass(&last.load) <= kit.mass(&working.load)
}

/// A light-week session [S25, S85]: the working rung at about 80% of the load (the nearest the
/// equipment makes in 75–85%, else the load kept with fewer reps) and about a third less volume —
/// a third fewer sets from three sets up, a third fewer reps below that.
pub(super) fn light_week(
    facts: &Facts,
    day: &Day,
    place: Place,
    working: &Working,
) -> SlotDecision {
    let written = written(facts, place, working);
    let sets = working.sets.clamp(1, written.top_sets());
    let cut = |value: u16| {
        let kept = u32::from(value) * (100 - u32::from(rules::LIGHT_WEEK_VOLUME_CUT_PERCENT));
        u16::try_from(kept.div_ceil(100)).unwrap_or(value).max(1)
    };
    let fewer = (u32::from(sets) * u32::from(rules::LIGHT_WEEK_VOLUME_CUT_PERCENT) + 50) / 100;
    let mut scheme = Scheme { sets, ..written };
    if sets >= 3 {
        scheme.sets = sets.saturating_sub(u8::try_from(fewer).unwrap_or(0)).max(1);
    } else {
        scheme.low = cut(written.low);
        scheme.high = cut(written.high).max(scheme.low);
    }
    let load = if working.implement == Implement::Bodyweight {
        LoadPlan::Keep(Load::Bodyweight)
    } else {
        let target = u32::from(rules::LIGHT_WEEK_LOAD_PERCENT);
        let tolerance = u32::from(rules::LIGHT_WEEK_LOAD_TOLERANCE_PERCENT);
        LoadPlan::Share {
            from: working.load.clone(),
            min: target - tolerance,
            max: target + tolerance,
        }
    };
    SlotDecision {
        exercise: working.exercise,
        implement: working.implement,
        scheme,
        tempo: working.tempo,
        load,
        decision: Decision::LightWeek,
        raises: false,
        rules: day.light.iter().cloned().collect(),
    }
}

/// A first session under today's status: no new exercise in a flare (none of its sets until the
/// flare settles), the gentle dose on a gentle day the person chose; the way back after a flare and a light week start lighter or further from
/// failure; a normal week starts as written [S9, S24, S25, design].
pub(super) fn first_under(day: &Day, first: SlotDecision) -> SlotDecision {
    let mut first = first;
    match day.status {
        // A gentle session the person chose, not a flare: a first session at the gentle dose.
        super::Status::Flare if day.flare.is_none() => {
            first.decision = Decision::FlareSession;
            first.scheme.sets = half(first.scheme.sets);
            first.scheme.target_rir = first.scheme.target_rir.max(rules::FLARE_TARGET_RIR);
            first.load = LoadPlan::Lightest;
            first.rules.retain(|rule| *rule != Rule::FirstSession);
        }
        super::Status::Flare => {
            first.decision = Decision::FlareSession;
            first.scheme.sets = 0;
            first.load = LoadPlan::Lightest;
            first.rules.insert(0, Rule::NotStartedInFlare);
        }
        super::Status::ReEntry | super::Status::LightWeek => {
            let (min, max, rule) = if day.status == super::Status::LightWeek {
                let target = u32::from(rules::LIGHT_WEEK_LOAD_PERCENT);
                let tolerance = u32::from(rules::LIGHT_WEEK_LOAD_TOLERANCE_PERCENT);
                (target - tolerance, target + tolerance, day.light.clone())
            } else {
                (
                    u32::from(rules::REENTRY_START_MIN_PERCENT),
                    u32::from(rules::REENTRY_START_MAX_PERCENT),
                    Some(Rule::ReEntry {
                        percent: comeback_percent(0),
                    }),
                )
            };
            if first.implement == Implement::Bodyweight {
                first.scheme.target_rir = first
                    .scheme
                    .target_rir
                    .saturating_add(rules::REENTRY_EXTRA_RIR);
                first.rules.push(Rule::MoreInReserve {
                    rir: first.scheme.target_rir,
                });
            } else if let LoadPlan::Written(load) | LoadPlan::Keep(load) = &first.load {
                first.load = LoadPlan::Share {
                    from: load.clone(),
                    min,
                    max,
                };
            }
            first.rules.extend(rule);
        }
        super::Status::Normal | super::Status::Blocked => {}
    }
    first
}
