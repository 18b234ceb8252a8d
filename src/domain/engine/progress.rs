//! A normal week's decision for one slot (part of the slot-decision stage, CLINICAL.md §2–§4): the
//! pain gate first, then double progression inside the written scheme — a set before load when the
//! plan allows it, the next load the equipment makes, the kettlebell reps bridge, tempo steps for
//! body-weight rungs, a longer range when the equipment runs out, and the next rung once the top has
//! held two weeks — with holds and steps back when pain or performance says so.

use super::day::Day;
use super::decision::{LoadPlan, Place, SlotDecision};
use super::dose;
use super::facts::Facts;
use super::gate;
use super::kit::Kit;
use super::rule::{Gate, Rule};
use super::rungs;
use super::working::{self, next_range, Performance, Stage, Working};
use super::Decision;
use crate::domain::catalog::{DoseKind, Implement};
use crate::domain::equipment::StepUp;
use crate::domain::program::{Load, Scheme, Tempo};
use crate::domain::rules;

/// The decision of a normal week.
pub(super) fn normal(
    facts: &Facts,
    day: &Day,
    kit: Kit,
    place: Place,
    working: &Working,
) -> SlotDecision {
    let Some(latest) = facts.entries(place.day, place.slot).first() else {
        return repeat(facts, place, working, Decision::Hold);
    };
    let read = gate::read(latest, facts, true);
    // A hold repeats the latest session exactly (a light-week session too), not an older one.
    let last = working::read(facts, kit, place.day, place.slot, latest)
        .filter(|last| last.exercise.id == working.exercise.id)
        .unwrap_or_else(|| working.clone());

    let with_gate = |mut decision: SlotDecision| {
        decision.rules.extend(read.rules.iter().cloned());
        if working.entry.log.user_adjusted {
            decision.rules.push(Rule::UserAdjusted);
        }
        decision
    };
    if let Some(severe) = &read.severe {
        let mut decision = dose::flare_dose(facts, kit, place, &last);
        decision.rules.insert(0, severe.clone());
        return with_gate(decision);
    }
    // Short of the range twice in a row: a little lighter, whatever the light (more pain never
    // keeps more than less pain would).
    if read.gate != Gate::Red && last.performance() == Performance::Short {
        let short = working::streak(
            facts,
            kit,
            day,
            (place.day, place.slot),
            &last,
            Performance::Short,
        );
        if short.sessions >= rules::SHORTFALL_SESSIONS_BEFORE_REDUCTION {
            let cut = u32::from(rules::SHORTFALL_REDUCTION_PERCENT);
            let mut decision = regress(facts, kit, place, &last, (100 - 2 * cut, 100 - cut));
            decision.rules.insert(
                0,
                Rule::ShortOfRange {
                    low: last.range.0,
                    sessions: short.sessions,
                    dose: last.exercise.dose.kind,
                },
            );
            return with_gate(decision);
        }
    }
    match read.gate {
        Gate::Red => with_gate(regress(
            facts,
            kit,
            place,
            &last,
            (
                100 - u32::from(rules::RED_LOAD_CUT_MAX_PERCENT),
                100 - u32::from(rules::RED_LOAD_CUT_MIN_PERCENT),
            ),
        )),
        Gate::Amber if read.missing_only => with_gate(repeat(facts, place, &last, Decision::Hold)),
        Gate::Amber => {
            let holds = ambers_in_a_row(facts, day, place);
            if holds >= rules::HOLDS_BEFORE_MICRO_REGRESSION
                && holds.is_multiple_of(rules::HOLDS_BEFORE_MICRO_REGRESSION)
            {
                let mut decision = micro_regress(facts, kit, place, working);
                decision.rules.insert(0, Rule::HoldsInARow { holds });
                with_gate(decision)
            } else {
                with_gate(repeat(facts, place, &last, Decision::Hold))
            }
        }
        Gate::Green => with_gate(progression(facts, day, kit, place, working)),
    }
}

/// Real ambers in a row, newest first; ambers from a missing rating neither count nor break the run.
fn ambers_in_a_row(facts: &Facts, day: &Day, place: Place) -> u32 {
    let mut holds = 0;
    for entry in facts.entries(place.day, place.slot) {
        if day
            .kinds
            .get(entry.session)
            .is_some_and(|kind| !kind.is_working())
        {
            break;
        }
        let read = gate::read(entry, facts, true);
        match read.gate {
            Gate::Amber if read.missing_only => continue,
            Gate::Amber => holds += 1,
            _ => break,
        }
    }
    holds
}

/// The last session again, exactly: same rung, implement, load, tempo, sets and range [§2].
pub(super) fn repeat(
    facts: &Facts,
    place: Place,
    working: &Working,
    decision: Decision,
) -> SlotDecision {
    let written = working::written_today(
        facts,
        (place.day, place.slot),
        working.exercise,
        working.implement,
    );
    SlotDecision {
        exercise: working.exercise,
        implement: working.implement,
        scheme: Scheme {
            sets: working.sets.min(written.top_sets()).max(1),
            max_sets: written.max_sets,
            low: working.range.0,
            high: working.range.1,
            target_rir: written.target_rir,
        },
        tempo: working.tempo,
        load: LoadPlan::Keep(working.load.clone()),
        decision,
        raises: false,
        rules: vec![Rule::RepeatLast],
    }
}

/// The written scheme today for the working rung, with `sets`.
fn today_scheme(facts: &Facts, place: Place, working: &Working, sets: u8) -> Scheme {
    let written = working::written_today(
        facts,
        (place.day, place.slot),
        working.exercise,
        working.implement,
    );
    Scheme {
        sets: sets.clamp(1, written.top_sets()),
        ..written
    }
}

/// A decision on the working rung, implement and tempo.
fn on_working(
    working: &Working,
    scheme: Scheme,
    load: LoadPlan,
    decision: Decision,
    raises: bool,
    rules: Vec<Rule>,
) -> SlotDecision {
    SlotDecision {
        exercise: working.exercise,
        implement: working.implement,
        scheme,
        tempo: working.tempo,
        load,
        decision,
        raises,
        rules,
    }
}

/// Green: double progression within the written scheme [S25, S27, S28].
fn progression(
    facts: &Facts,
    day: &Day,
    kit: Kit,
    place: Place,
    working: &Working,
) -> SlotDecision {
    let written = working::written_today(
        facts,
        (place.day, place.slot),
        working.exercise,
        working.implement,
    );
    let keep = LoadPlan::Keep(working.load.clone());
    let dose = working.exercise.dose.kind;
    // The plan's range changed (a new phase, or an edit): start it at the same load.
    let written_then = working::written(
        facts,
        place.day,
        place.slot,
        working.exercise,
        working.implement,
        working.entry.date(),
    );
    if (written.low, written.high) != (written_then.low, written_then.high) {
        let phase = facts
            .program
            .phase_on(facts.today)
            .map(|phase| phase.name.clone());
        return on_working(
            working,
            today_scheme(facts, place, working, working.sets.max(written.sets)),
            keep,
            Decision::Hold,
            false,
            vec![Rule::SchemeChanged { phase }],
        );
    }
    if working.sets < written.sets {
        let to = working.sets + 1;
        let scheme = Scheme {
            low: working.range.0,
            high: working.range.1,
            ..today_scheme(facts, place, working, to)
        };
        return on_working(
            working,
            scheme,
            keep,
            Decision::AddSet,
            true,
            vec![Rule::SetsRestored {
                from: working.sets,
                to,
            }],
        );
    }
    let same = Scheme {
        low: working.range.0,
        high: working.range.1,
        ..today_scheme(facts, place, working, working.sets)
    };
    let stage_scheme = if working.stage == Stage::Reduced {
        Scheme {
            low: written.low,
            high: written.high,
            ..same
        }
    } else {
        same
    };
    let slot = (place.day, place.slot);
    let within = |keep: LoadPlan| {
        on_working(
            working,
            stage_scheme,
            keep,
            Decision::ProgressReps,
            false,
            vec![Rule::WithinRange {
                low: stage_scheme.low,
                high: stage_scheme.high,
                dose,
            }],
        )
    };
    match working.performance() {
        Performance::Short => {
            let short = working::streak(facts, kit, day, slot, working, Performance::Short);
            let rule = Rule::ShortOfRange {
                low: working.range.0,
                sessions: short.sessions,
                dose,
            };
            if short.sessions >= rules::SHORTFALL_SESSIONS_BEFORE_REDUCTION {
                let cut = u32::from(rules::SHORTFALL_REDUCTION_PERCENT);
                let mut decision = regress(facts, kit, place, working, (100 - 2 * cut, 100 - cut));
                decision.rules.insert(0, rule);
                decision
            } else {
                on_working(
                    working,
                    stage_scheme,
                    keep,
                    Decision::Hold,
                    false,
                    vec![rule],
                )
            }
        }
        Performance::Within => within(keep),
        Performance::TopAtLimit => on_working(
            working,
            stage_scheme,
            keep,
            Decision::ProgressReps,
            false,
            vec![Rule::TopAtLimit {
                high: working.range.1,
                dose,
            }],
        ),
        // The top of a shortened range (a light week, a comeback) is still inside the written one.
        Performance::Top if working.stage == Stage::Reduced => within(keep),
        Performance::Top => {
            let top = working::streak(facts, kit, day, slot, working, Performance::Top);
            let mut cause = vec![Rule::TopOfRange {
                high: working.range.1,
                sessions: top.sessions,
                dose,
            }];
            if top.sessions < rules::PROGRESS_CONSECUTIVE_SESSIONS {
                if let Some(hours) = top.too_soon {
                    cause.push(Rule::TopTooSoon {
                        hours,
                        needed: rules::HOURS_BETWEEN_HEAVY_SESSIONS,
                    });
                }
                return on_working(working, same, keep, Decision::ProgressReps, false, cause);
            }
            if let Some(days) = working::days_since_step(facts, kit, slot, working)
                .filter(|days| *days < rules::STEP_MIN_DAYS)
            {
                cause.push(Rule::StepTooSoon {
                    days,
                    needed: rules::STEP_MIN_DAYS,
                });
                return on_working(working, same, keep, Decision::Hold, false, cause);
            }
            let held_days = top
                .since
                .map_or(0, |since| (facts.today - since).num_days());
            at_the_top(facts, kit, place, working, same, held_days, cause)
        }
    }
}

/// Top of the range twice, green, no step in the last week: the next step of this rung.
fn at_the_top(
    facts: &Facts,
    kit: Kit,
    place: Place,
    working: &Working,
    same: Scheme,
    held_days: i64,
    mut cause: Vec<Rule>,
) -> SlotDecision {
    let written = today_scheme(facts, place, working, working.sets);
    let keep = LoadPlan::Keep(working.load.clone());
    let dose = working.exercise.dose.kind;
    if working.sets < written.top_sets() && working.stage != Stage::Bridge {
        let sets = working.sets + 1;
        cause.push(Rule::SetBeforeLoad { sets });
        return on_working(
            working,
            Scheme { sets, ..same },
            keep,
            Decision::AddSet,
            true,
            cause,
        );
    }
    let base = Scheme {
        sets: working.sets,
        ..written
    };
    let grow = |stage_rule: Option<Rule>, cause: Vec<Rule>| {
        let (_, (low, high)) = next_range(working.exercise, working.implement, base);
        let mut cause = cause;
        cause.extend(stage_rule);
        let rule = if working.implement == Implement::Kettlebell && dose == DoseKind::Reps {
            Rule::KettlebellBridge { low, high }
        } else {
            Rule::RangeExtended { low, high, dose }
        };
        cause.push(rule);
        let sets = if working.implement == Implement::Kettlebell {
            working.sets.min(rules::KETTLEBELL_BRIDGE_SETS.max(1))
        } else {
            working.sets
        };
        on_working(
            working,
            Scheme {
                sets,
                low,
                high,
                ..same
            },
            LoadPlan::Keep(working.load.clone()),
            Decision::ProgressReps,
            true,
            cause,
        )
    };
    if working.implement == Implement::Bodyweight {
        if dose == DoseKind::Reps && working.stage == Stage::Base {
            let next_tempo = match working.tempo {
                Tempo::Steady => Some(Tempo::SlowLowering),
                Tempo::SlowLowering => Some(Tempo::Paused),
                Tempo::Paused => None,
            };
            if let Some(tempo) = next_tempo {
                cause.push(Rule::TempoStep { tempo });
                let mut decision = on_working(
                    working,
                    Scheme {
                        low: base.low,
                        high: base.high,
                        ..same
                    },
                    keep,
                    Decision::TempoUp,
                    true,
                    cause,
                );
                decision.tempo = tempo;
                return decision;
            }
        }
        return rung_up_or(
            facts,
            kit,
            place,
            working,
            held_days,
            cause,
            |cause, stop| {
                if stop == Stop::NoRungAbove && working.stage == Stage::Base {
                    grow(None, cause)
                } else {
                    on_working(
                        working,
                        same,
                        LoadPlan::Keep(Load::Bodyweight),
                        Decision::Hold,
                        false,
                        cause,
                    )
                }
            },
        );
    }
    let kettlebell_reps = working.implement == Implement::Kettlebell && dose == DoseKind::Reps;
    if kettlebell_reps && working.stage == Stage::Base {
        return grow(None, cause);
    }
    match kit.step_up(working.exercise, working.implement, &working.load) {
        StepUp::Next(next) => load_step(working, base, next, cause),
        StepUp::TooBig { next, step } => {
            if working.stage != Stage::Base {
                load_step(working, base, next, cause)
            } else {
                grow(Some(Rule::StepTooBig { next, step }), cause)
            }
        }
        StepUp::RunsOut => {
            if working.stage == Stage::Base && !kettlebell_reps {
                grow(
                    Some(Rule::EquipmentRunsOut {
                        load: working.load.clone(),
                    }),
                    cause,
                )
            } else {
                rung_up_or(
                    facts,
                    kit,
                    place,
                    working,
                    held_days,
                    cause,
                    |mut cause, _| {
                        cause.push(Rule::EquipmentRunsOut {
                            load: working.load.clone(),
                        });
                        on_working(
                            working,
                            same,
                            LoadPlan::Keep(working.load.clone()),
                            Decision::Hold,
                            false,
                            cause,
                        )
                    },
                )
            }
        }
    }
}

/// What stopped a move to the next rung.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Stop {
    /// The top of the ladder, or no harder rung the equipment allows.
    NoRungAbove,
    /// The top has not held long enough yet, or the barbell gate is not met.
    NotYet,
}

/// The next load, back to the bottom of the written range [S25, S27].
fn load_step(working: &Working, base: Scheme, next: Load, cause: Vec<Rule>) -> SlotDecision {
    SlotDecision {
        exercise: working.exercise,
        implement: working.implement,
        scheme: base,
        tempo: working.tempo,
        load: LoadPlan::Up {
            from: working.load.clone(),
            to: next,
        },
        decision: Decision::ProgressLoad,
        raises: true,
        rules: cause,
    }
}

/// The next rung once the top has held [`rules::RUNG_UP_HOLD_DAYS`] days [S9, design]; else
/// `otherwise` with the rule that stopped it.
fn rung_up_or(
    facts: &Facts,
    kit: Kit,
    place: Place,
    working: &Working,
    held_days: i64,
    mut cause: Vec<Rule>,
    otherwise: impl FnOnce(Vec<Rule>, Stop) -> SlotDecision,
) -> SlotDecision {
    let next = rungs::above(working.exercise, kit.inventory, working.implement);
    let (next, next_implement) = match next {
        Ok(rung) => rung,
        Err(stop) => {
            cause.push(stop);
            return otherwise(cause, Stop::NoRungAbove);
        }
    };
    if held_days < rules::RUNG_UP_HOLD_DAYS {
        cause.push(Rule::TopHeldDays {
            days: held_days,
            needed: rules::RUNG_UP_HOLD_DAYS,
        });
        return otherwise(cause, Stop::NotYet);
    }
    if next.barbell_gated() {
        let gate = rungs::barbell_gate(facts);
        if !matches!(gate, Rule::BarbellGate { met: true, .. }) {
            cause.push(gate);
            return otherwise(cause, Stop::NotYet);
        }
        cause.push(gate);
    }
    let written = working::written_today(facts, (place.day, place.slot), next, next_implement);
    let rir = written.target_rir.saturating_add(rules::NEW_RUNG_EXTRA_RIR);
    cause.push(Rule::RungChange {
        from: working.exercise.id.to_string(),
        to: next.id.to_string(),
    });
    cause.push(Rule::NewRungEasier {
        low: written.low,
        rir,
    });
    let load = rung_load(
        (working.implement, &working.load),
        next_implement,
        Move::Harder,
    );
    SlotDecision {
        exercise: next,
        implement: next_implement,
        scheme: Scheme {
            sets: written.sets,
            target_rir: rir,
            ..written
        },
        tempo: Tempo::Steady,
        load,
        decision: Decision::RungUp,
        raises: true,
        rules: cause,
    }
}

/// A step back after a red light: a load between `band` percent of the current one; for body
/// weight (or when no lighter load fits) one tempo step or one rung easier; else one set fewer.
pub(super) fn regress(
    facts: &Facts,
    kit: Kit,
    place: Place,
    working: &Working,
    band: (u32, u32),
) -> SlotDecision {
    let scheme = today_scheme(facts, place, working, working.sets);
    // A lighter load in the band; when none fits, the nearest load above the band with fewer reps
    // [§6 rounding]. At the lightest load there is, the easier rung instead.
    let has_lighter = working.implement != Implement::Bodyweight
        && kit.mass(&kit.lightest(working.exercise, working.implement)) < kit.mass(&working.load);
    if has_lighter {
        return on_working(
            working,
            scheme,
            LoadPlan::Share {
                from: working.load.clone(),
                min: band.0,
                max: band.1,
            },
            Decision::Regress,
            false,
            Vec::new(),
        );
    }
    if working.tempo != Tempo::Steady {
        let tempo = match working.tempo {
            Tempo::Paused => Tempo::SlowLowering,
            _ => Tempo::Steady,
        };
        let mut decision = on_working(
            working,
            scheme,
            LoadPlan::Keep(working.load.clone()),
            Decision::Regress,
            false,
            vec![Rule::TempoStep { tempo }],
        );
        decision.tempo = tempo;
        return decision;
    }
    if let Some(down) = rung_down(facts, kit, place, working) {
        return down;
    }
    fewer_sets(working, scheme)
}

/// One rung easier: the nearest easier rung the person can do, at the same load with the same
/// implement (the rung itself is easier), else its lightest.
pub(super) fn rung_down(
    facts: &Facts,
    kit: Kit,
    place: Place,
    working: &Working,
) -> Option<SlotDecision> {
    let (below, implement) = rungs::below(working.exercise, kit.inventory, working.implement)?;
    let written = working::written_today(facts, (place.day, place.slot), below, implement);
    let load = rung_load((working.implement, &working.load), implement, Move::Easier);
    Some(SlotDecision {
        exercise: below,
        implement,
        scheme: Scheme {
            sets: working.sets.clamp(1, written.top_sets()),
            ..written
        },
        tempo: Tempo::Steady,
        load,
        decision: Decision::RungDown,
        raises: false,
        rules: vec![Rule::RungChange {
            from: working.exercise.id.to_string(),
            to: below.id.to_string(),
        }],
    })
}

/// One set fewer; at one set, the same with a note that this is already the gentlest option.
fn fewer_sets(working: &Working, scheme: Scheme) -> SlotDecision {
    if working.sets > 1 {
        on_working(
            working,
            Scheme {
                sets: working.sets - 1,
                ..scheme
            },
            LoadPlan::Keep(working.load.clone()),
            Decision::MicroRegress,
            false,
            vec![Rule::NoEasierRung],
        )
    } else {
        on_working(
            working,
            scheme,
            LoadPlan::Keep(working.load.clone()),
            Decision::Hold,
            false,
            vec![Rule::NoEasierRung],
        )
    }
}

/// After two real holds in a row: one set fewer, or the previous rung at one set [design, S1–S5].
fn micro_regress(facts: &Facts, kit: Kit, place: Place, working: &Working) -> SlotDecision {
    let last = repeat(facts, place, working, Decision::MicroRegress);
    if working.sets > 1 {
        let mut decision = last;
        decision.scheme.sets = working.sets - 1;
        decision.rules.clear();
        return decision;
    }
    match rung_down(facts, kit, place, working) {
        Some(mut down) => {
            down.decision = Decision::MicroRegress;
            down.scheme.sets = 1;
            down
        }
        None => {
            let mut decision = last;
            decision.decision = Decision::Hold;
            decision.rules = vec![Rule::NoEasierRung];
            decision
        }
    }
}

/// Which way a move to another rung goes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Move {
    /// To an easier rung.
    Easier,
    /// To a harder rung.
    Harder,
}

/// The load of a move to another rung done with `to` after `from` (implement and load): body
/// weight stays body weight; an easier rung with the same implement keeps the load (the rung itself
/// is easier), a harder one takes [`rules::NEW_RUNG_EFFORT_MIN_PERCENT`]–
/// [`rules::NEW_RUNG_EFFORT_MAX_PERCENT`]% of it [S9, design]; another implement starts at its
/// lightest. The engine's own rung moves and the person's "easier" or "harder" use this one rule.
pub(super) fn rung_load(from: (Implement, &Load), to: Implement, way: Move) -> LoadPlan {
    let (implement, load) = from;
    if to == Implement::Bodyweight {
        LoadPlan::Keep(Load::Bodyweight)
    } else if to != implement {
        LoadPlan::Lightest
    } else if way == Move::Easier {
        LoadPlan::Keep(load.clone())
    } else {
        LoadPlan::Share {
            from: load.clone(),
            min: u32::from(rules::NEW_RUNG_EFFORT_MIN_PERCENT),
            max: u32::from(rules::NEW_RUNG_EFFORT_MAX_PERCENT),
        }
    }
}
