//! A normal week's decision for one slot (CLINICAL.md §2–§4): the pain gate first, then double
//! progression, sets before load, the reps bridge, rung up after two weeks at the top, and holds and
//! regressions when pain or performance says so.

use super::gate::{self, Gate};
use super::history::{Entry, Kind};
use super::ladder_moves::{self as moves, Stage};
use super::reason::Rule;
use super::status::Ctx;
use super::Decision;
use crate::domain::catalog::{self, Exercise, Implement};
use crate::domain::log::ExerciseLog;
use super::oldphase::{self as phase, Phase};
use crate::domain::program::{Load, Scheme, Slot};
use crate::domain::rules;

/// A prescription before its sentences: what to do and the rules behind it, main cause first.
#[derive(Clone, Debug)]
pub(super) struct Draft {
    /// The rung.
    pub(super) exercise: &'static Exercise,
    /// Sets, range and target reps in reserve.
    pub(super) scheme: Scheme,
    /// The load.
    pub(super) load: Load,
    /// The decision.
    pub(super) decision: Decision,
    /// The rules that fired, the main cause first.
    pub(super) rules: Vec<Rule>,
}

/// Where a slot stands: the rung and load last done, the sets, and the entry they came from.
#[derive(Clone, Debug)]
pub(super) struct Working<'e> {
    /// The rung last done (or the program's when there is no history).
    pub(super) exercise: &'static Exercise,
    /// The load last done, made from the equipment.
    pub(super) load: Load,
    /// Sets last done.
    pub(super) sets: u8,
    /// The entry it came from.
    pub(super) entry: Option<Entry<'e>>,
    /// Rules about how it was read (the person's own change, equipment no longer owned).
    pub(super) rules: Vec<Rule>,
}

/// True for entries that show the working state: normal and re-entry sessions.
pub(super) fn is_working(entry: &Entry) -> bool {
    matches!(entry.kind, Kind::Normal | Kind::ReEntry(_))
}

/// The load an exercise log was done with: the first set's, or the lightest set's when the person
/// adjusted it themselves (so a lowered load is kept).
pub(super) fn logged_load(log: &ExerciseLog, ctx: &Ctx) -> Load {
    let first = log
        .sets
        .first()
        .map(|set| set.load.clone())
        .unwrap_or_default();
    if !log.user_adjusted {
        return first;
    }
    log.sets
        .iter()
        .map(|set| &set.load)
        .min_by_key(|load| moves::mass_of(load, ctx.inventory))
        .cloned()
        .unwrap_or(first)
}

/// The working state of a slot from the newest entry that `keep` accepts, or from the program.
pub(super) fn working<'e>(
    ctx: &Ctx,
    slot: &Slot,
    entries: &[Entry<'e>],
    keep: impl Fn(&Entry) -> bool,
) -> Option<Working<'e>> {
    let entry = entries.iter().find(|entry| keep(entry)).copied();
    let (exercise, load, sets, mut notes) = match entry {
        Some(entry) => {
            let exercise = catalog::exercise(&entry.log.exercise)
                .or_else(|| catalog::exercise(&slot.exercise))?;
            let mut notes = Vec::new();
            if entry.log.user_adjusted {
                notes.push(Rule::UserAdjusted);
            }
            let sets = u8::try_from(entry.log.sets.len()).unwrap_or(u8::MAX);
            (exercise, logged_load(entry.log, ctx), sets, notes)
        }
        None => (
            catalog::exercise(&slot.exercise)?,
            slot.load.clone(),
            slot.scheme.sets,
            Vec::new(),
        ),
    };
    let made = moves::makeable(exercise, &load, ctx.inventory);
    let lighter_than_owned =
        moves::mass_of(&made, ctx.inventory) > moves::mass_of(&load, ctx.inventory);
    let (exercise, load) = if ctx.inventory.can_do(exercise) && !lighter_than_owned {
        (exercise, made)
    } else if ctx.inventory.can_do(exercise) {
        // Done lighter than this rung can be loaded with the equipment (e.g. one small bell for a
        // two-bell squat): the rung below at that load, never a heavier one.
        notes.push(Rule::EquipmentRunsOut { load: made.clone() });
        match moves::rung_below(exercise, ctx.inventory) {
            Some(below) => (
                below,
                moves::start_load_down(exercise, &load, below, ctx.inventory),
            ),
            None => (exercise, made),
        }
    } else {
        notes.push(Rule::NotOwned {
            exercise: exercise.id.to_string(),
        });
        match moves::rung_below(exercise, ctx.inventory) {
            Some(below) => (
                below,
                moves::start_load_down(exercise, &load, below, ctx.inventory),
            ),
            // Nothing easier can be done with this equipment: the nearest rung above that can,
            // from its lightest load (e.g. a split squat when there is no step for step-ups).
            None => match moves::rung_above(exercise, ctx.inventory) {
                Ok(above) => (above, moves::lightest(above, ctx.inventory)),
                Err(_) => (exercise, load),
            },
        }
    };
    Some(Working {
        exercise,
        load,
        sets: sets.max(1),
        entry,
        rules: notes,
    })
}

/// The phase's scheme for an exercise today.
pub(super) fn base_today(ctx: &Ctx, exercise: &Exercise) -> Scheme {
    phase::scheme_for(Phase::on(ctx.program.start, ctx.today), exercise)
}

/// The stage an entry was worked in, and its scheme then.
fn entry_stage(ctx: &Ctx, entry: &Entry, exercise: &Exercise, load: &Load) -> (Stage, Scheme) {
    let base = phase::scheme_for(Phase::on(ctx.program.start, entry.date), exercise);
    let after = moves::stage_after_base(exercise, load, ctx.inventory);
    if after != Stage::Base {
        let scheme = moves::stage_scheme(after, base, exercise);
        let lowest = entry
            .log
            .sets
            .iter()
            .map(|set| set.value)
            .min()
            .unwrap_or(0);
        if lowest >= scheme.low {
            return (after, scheme);
        }
    }
    (Stage::Base, base)
}

/// How a logged exercise went against its range.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Performance {
    /// Every set at the top of the range.
    Top,
    /// Every set at least the bottom, not all at the top.
    Within,
    /// A set short of the bottom.
    Short,
}

/// How a logged exercise went against `scheme`.
///
/// A set at the top counts whatever reps in reserve were reported: more than 2 in reserve at the
/// top means it was easier still [S25, S27, design].
fn performance(log: &ExerciseLog, scheme: &Scheme) -> Performance {
    if log.sets.iter().any(|set| set.value < scheme.low) {
        Performance::Short
    } else if log.sets.iter().all(|set| set.value >= scheme.high) {
        Performance::Top
    } else {
        Performance::Within
    }
}

/// The working entries in a row, newest first, with the same rung, load and stage as `working`
/// and the same performance, back to (and including) the person's last own change; returns how
/// many and the date of the oldest.
fn streak(
    ctx: &Ctx,
    entries: &[Entry],
    working: &Working,
    stage: Stage,
    wanted: Performance,
) -> (u32, Option<chrono::NaiveDate>) {
    let mut count = 0;
    let mut oldest = None;
    for entry in entries.iter().filter(|entry| entry.kind != Kind::Light) {
        if !is_working(entry) || entry.log.exercise != working.exercise.id {
            break;
        }
        let load = moves::makeable(
            working.exercise,
            &logged_load(entry.log, ctx),
            ctx.inventory,
        );
        if load != working.load {
            break;
        }
        let (entry_stage, scheme) = entry_stage(ctx, entry, working.exercise, &load);
        if entry_stage != stage || performance(entry.log, &scheme) != wanted {
            break;
        }
        count += 1;
        oldest = Some(entry.date);
        if entry.log.user_adjusted {
            // The person's own change starts a fresh count, so the plan never climbs straight back
            // to the load they just stepped away from.
            break;
        }
    }
    (count, oldest)
}

/// Amber gates in a row, newest first.
fn ambers_in_a_row(ctx: &Ctx, entries: &[Entry]) -> u32 {
    entries
        .iter()
        .take_while(|entry| gate::read(entry, &ctx.mornings, &ctx.baselines).gate == Gate::Amber)
        .count() as u32
}

/// The draft for a slot with no history: the program's rung, scheme and load.
pub(super) fn start(ctx: &Ctx, slot: &Slot) -> Option<Draft> {
    let working = working(ctx, slot, &[], |_| false)?;
    let mut rules = vec![Rule::FirstSession];
    rules.extend(working.rules);
    Some(Draft {
        exercise: working.exercise,
        scheme: slot.scheme,
        load: working.load,
        decision: Decision::Start,
        rules,
    })
}

/// The decision of a normal week for one slot.
pub(super) fn normal(ctx: &Ctx, slot: &Slot, entries: &[Entry]) -> Option<Draft> {
    let Some(latest) = entries.first() else {
        return start(ctx, slot);
    };
    let working = working(ctx, slot, entries, is_working)
        .or_else(|| working(ctx, slot, entries, |_| true))?;
    let exercise = working.exercise;
    let base = base_today(ctx, exercise);
    let max_sets =
        phase::max_sets(Phase::on(ctx.program.start, ctx.today), exercise).max(base.sets);
    let sets = working.sets.min(max_sets);
    let read = gate::read(latest, &ctx.mornings, &ctx.baselines);
    let (stage, entry_scheme) = match &working.entry {
        Some(entry) if entry.log.exercise == exercise.id => {
            entry_stage(ctx, entry, exercise, &working.load)
        }
        _ => (Stage::Base, base),
    };
    let same = Scheme {
        sets,
        ..moves::stage_scheme(stage, base, exercise)
    };
    let moved = working
        .entry
        .is_some_and(|entry| entry.log.exercise != exercise.id);
    let keep = |decision: Decision, scheme: Scheme, mut cause: Vec<Rule>| {
        cause.extend(read.rules.iter().cloned());
        cause.extend(working.rules.iter().cloned());
        Draft {
            exercise,
            scheme,
            load: working.load.clone(),
            decision,
            rules: cause,
        }
    };
    if moved {
        let base_scheme = Scheme { sets, ..base };
        return Some(keep(Decision::RungDown, base_scheme, working.rules.clone()));
    }
    match read.gate {
        Gate::Red => Some(regress(
            ctx,
            &working,
            same,
            rules::RED_LOAD_CUT_MIN_PERCENT.midpoint(rules::RED_LOAD_CUT_MAX_PERCENT),
            Decision::Regress,
            read.rules.clone(),
        )),
        Gate::Amber => {
            let holds = ambers_in_a_row(ctx, entries);
            if holds >= rules::HOLDS_BEFORE_MICRO_REGRESSION
                && holds.is_multiple_of(rules::HOLDS_BEFORE_MICRO_REGRESSION)
            {
                let mut cause = read.rules.clone();
                cause.push(Rule::HoldsInARow { holds });
                Some(micro_regress(ctx, &working, same, cause))
            } else {
                Some(keep(Decision::Hold, same, Vec::new()))
            }
        }
        Gate::Green => {
            if working.sets < base.sets {
                let restored = Scheme {
                    sets: working.sets + 1,
                    ..same
                };
                return Some(keep(
                    Decision::AddSet,
                    restored,
                    vec![Rule::SetsRestored {
                        from: working.sets,
                        to: working.sets + 1,
                    }],
                ));
            }
            let Some(entry) = working
                .entry
                .filter(|entry| entry.log.exercise == exercise.id)
            else {
                return Some(keep(Decision::Hold, same, Vec::new()));
            };
            let dose = exercise.dose.kind;
            match performance(entry.log, &entry_scheme) {
                Performance::Within => {
                    let mut cause = vec![Rule::WithinRange {
                        low: same.low,
                        high: same.high,
                        dose,
                    }];
                    cause.extend(stage_rules(&working, stage, same));
                    Some(keep(Decision::ProgressReps, same, cause))
                }
                Performance::Short => {
                    let (short, _) = streak(ctx, entries, &working, stage, Performance::Short);
                    let cause = vec![Rule::ShortOfRange {
                        low: entry_scheme.low,
                        sessions: short,
                        dose,
                    }];
                    if short >= rules::SHORTFALL_SESSIONS_BEFORE_REDUCTION {
                        let mut cause = cause;
                        cause.extend(read.rules.iter().cloned());
                        Some(regress(
                            ctx,
                            &working,
                            Scheme { ..same },
                            rules::SHORTFALL_REDUCTION_PERCENT,
                            Decision::Regress,
                            cause,
                        ))
                    } else {
                        Some(keep(Decision::Hold, same, cause))
                    }
                }
                Performance::Top => {
                    let (top, since) = streak(ctx, entries, &working, stage, Performance::Top);
                    let top_rule = Rule::TopOfRange {
                        high: entry_scheme.high,
                        sessions: top,
                        dose,
                    };
                    if top < rules::PROGRESS_CONSECUTIVE_SESSIONS {
                        return Some(keep(Decision::ProgressReps, same, vec![top_rule]));
                    }
                    if sets < max_sets && stage != Stage::Bridge {
                        let more = Scheme {
                            sets: sets + 1,
                            ..same
                        };
                        return Some(keep(
                            Decision::AddSet,
                            more,
                            vec![top_rule, Rule::SetBeforeLoad { sets: sets + 1 }],
                        ));
                    }
                    Some(at_the_top(
                        ctx,
                        &working,
                        stage,
                        base,
                        sets,
                        since,
                        top_rule,
                        &read.rules,
                    ))
                }
            }
        }
    }
}

/// Top of the range twice with a green gate: the next load, the bridge or longer range, or the
/// next rung after two weeks at the top of a rung that cannot be loaded further.
#[allow(clippy::too_many_arguments)]
fn at_the_top(
    ctx: &Ctx,
    working: &Working,
    stage: Stage,
    base: Scheme,
    sets: u8,
    since: Option<chrono::NaiveDate>,
    top_rule: Rule,
    gate_rules: &[Rule],
) -> Draft {
    let exercise = working.exercise;
    let dose = exercise.dose.kind;
    let draft = |exercise: &'static Exercise,
                 scheme: Scheme,
                 load: Load,
                 decision,
                 mut cause: Vec<Rule>| {
        cause.extend(gate_rules.iter().cloned());
        cause.extend(working.rules.iter().cloned());
        Draft {
            exercise,
            scheme,
            load,
            decision,
            rules: cause,
        }
    };
    let next_load = moves::step_up(exercise, &working.load, ctx.inventory);
    let after = moves::stage_after_base(exercise, &working.load, ctx.inventory);
    if stage == Stage::Base && after != Stage::Base {
        let scheme = moves::stage_scheme(after, base, exercise);
        let scheme = if after == Stage::Bridge {
            scheme
        } else {
            Scheme { sets, ..scheme }
        };
        let mut cause = vec![top_rule];
        cause.push(match after {
            Stage::Bridge => Rule::KettlebellBridge {
                low: scheme.low,
                high: scheme.high,
            },
            _ => Rule::RangeExtended {
                low: scheme.low,
                high: scheme.high,
                dose,
            },
        });
        return draft(
            exercise,
            scheme,
            working.load.clone(),
            Decision::ProgressReps,
            cause,
        );
    }
    if let Some(next) = next_load {
        let scheme = Scheme {
            sets: sets.min(
                phase::max_sets(Phase::on(ctx.program.start, ctx.today), exercise).max(base.sets),
            ),
            ..base
        };
        let change = Rule::LoadChange {
            from: working.load.clone(),
            to: next.clone(),
        };
        return draft(
            exercise,
            scheme,
            next,
            Decision::ProgressLoad,
            vec![top_rule, change],
        );
    }
    let same = Scheme {
        sets,
        ..moves::stage_scheme(stage, base, exercise)
    };
    let mut limits = Vec::new();
    if exercise.implement != Implement::Bodyweight {
        limits.push(Rule::EquipmentRunsOut {
            load: working.load.clone(),
        });
    }
    let held = since.map_or(0, |since| (ctx.today - since).num_days());
    if held < rules::RUNG_UP_HOLD_DAYS {
        let mut cause = vec![
            Rule::TopHeldDays {
                days: held,
                needed: rules::RUNG_UP_HOLD_DAYS,
            },
            top_rule,
        ];
        cause.extend(limits);
        return draft(exercise, same, working.load.clone(), Decision::Hold, cause);
    }
    match moves::rung_above(exercise, ctx.inventory) {
        Ok(next) => {
            let mut cause = vec![top_rule];
            if next.barbell_gated() {
                let gate = moves::barbell_gate(ctx);
                let met = matches!(gate, Rule::BarbellGate { met: true, .. });
                cause.insert(usize::from(met), gate);
                if !met {
                    cause.extend(limits);
                    return draft(exercise, same, working.load.clone(), Decision::Hold, cause);
                }
            }
            let load = moves::start_load_up(exercise, &working.load, next, ctx.inventory);
            cause.push(Rule::RungChange {
                from: exercise.id.to_string(),
                to: next.id.to_string(),
            });
            draft(next, base_today(ctx, next), load, Decision::RungUp, cause)
        }
        Err(stop) => {
            let mut cause = vec![stop, top_rule];
            cause.extend(limits);
            draft(exercise, same, working.load.clone(), Decision::Hold, cause)
        }
    }
}

/// A lighter load (at most `100 − cut_percent`% of the current one); else the rung below; else one
/// set fewer; else the same with a note that this is already the gentlest rung.
pub(super) fn regress(
    ctx: &Ctx,
    working: &Working,
    same: Scheme,
    cut_percent: u8,
    decision: Decision,
    mut cause: Vec<Rule>,
) -> Draft {
    let exercise = working.exercise;
    cause.extend(working.rules.iter().cloned());
    let base = base_today(ctx, exercise);
    if exercise.implement != Implement::Bodyweight {
        if let Some(load) =
            moves::lighter(exercise, &working.load, ctx.inventory, 100 - cut_percent)
        {
            cause.push(Rule::LoadChange {
                from: working.load.clone(),
                to: load.clone(),
            });
            return Draft {
                exercise,
                scheme: Scheme {
                    sets: same.sets,
                    ..base
                },
                load,
                decision,
                rules: cause,
            };
        }
    }
    if let Some(below) = moves::rung_below(exercise, ctx.inventory) {
        cause.push(Rule::RungChange {
            from: exercise.id.to_string(),
            to: below.id.to_string(),
        });
        let below_base = base_today(ctx, below);
        return Draft {
            exercise: below,
            scheme: Scheme {
                sets: same.sets.min(below_base.sets.max(1)).max(1),
                ..below_base
            },
            load: moves::start_load_down(exercise, &working.load, below, ctx.inventory),
            decision: Decision::RungDown,
            rules: cause,
        };
    }
    cause.push(Rule::NoEasierRung);
    let (sets, decision) = if same.sets > 1 {
        (same.sets - 1, Decision::MicroRegress)
    } else {
        (same.sets, Decision::Hold)
    };
    Draft {
        exercise,
        scheme: Scheme { sets, ..base },
        load: working.load.clone(),
        decision,
        rules: cause,
    }
}

/// After two holds in a row: one set fewer, or the previous rung when only one set is left.
fn micro_regress(ctx: &Ctx, working: &Working, same: Scheme, mut cause: Vec<Rule>) -> Draft {
    let exercise = working.exercise;
    cause.extend(working.rules.iter().cloned());
    if same.sets > 1 {
        return Draft {
            exercise,
            scheme: Scheme {
                sets: same.sets - 1,
                ..same
            },
            load: working.load.clone(),
            decision: Decision::MicroRegress,
            rules: cause,
        };
    }
    match moves::rung_below(exercise, ctx.inventory) {
        Some(below) => {
            cause.push(Rule::RungChange {
                from: exercise.id.to_string(),
                to: below.id.to_string(),
            });
            Draft {
                exercise: below,
                scheme: Scheme {
                    sets: 1,
                    ..base_today(ctx, below)
                },
                load: moves::start_load_down(exercise, &working.load, below, ctx.inventory),
                decision: Decision::MicroRegress,
                rules: cause,
            }
        }
        None => {
            cause.push(Rule::NoEasierRung);
            Draft {
                exercise,
                scheme: same,
                load: working.load.clone(),
                decision: Decision::Hold,
                rules: cause,
            }
        }
    }
}

/// Why the range is a bridge or a longer one, when it is.
fn stage_rules(working: &Working, stage: Stage, scheme: Scheme) -> Vec<Rule> {
    let dose = working.exercise.dose.kind;
    match stage {
        Stage::Base => Vec::new(),
        Stage::Bridge => vec![Rule::KettlebellBridge {
            low: scheme.low,
            high: scheme.high,
        }],
        Stage::Extension => {
            let mut rules = vec![Rule::RangeExtended {
                low: scheme.low,
                high: scheme.high,
                dose,
            }];
            if working.exercise.implement != Implement::Bodyweight {
                rules.push(Rule::EquipmentRunsOut {
                    load: working.load.clone(),
                });
            }
            rules
        }
    }
}
