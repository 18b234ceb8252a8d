//! Where a slot stands (part of the slot-decision stage): the rung, implement, load, tempo, sets and
//! range of its latest working session, how that session went against its range, and the streaks
//! the double-progression rules count (CLINICAL.md §3).

use chrono::NaiveDate;

use super::day::{Day, Kind};
use super::facts::{Entry, Facts};
use super::kit::Kit;
use crate::domain::catalog::{DoseKind, Exercise, Implement};
use crate::domain::program::{Load, Scheme, Tempo};
use crate::domain::rules;

/// How a rung's range is being worked.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Stage {
    /// The written range.
    Base,
    /// The kettlebell reps bridge before the next bell.
    Bridge,
    /// A longer range, because the load cannot go up in a small step.
    Extension,
    /// A shorter range than written (a light week or a comeback cut reps).
    Reduced,
}

/// How a session went against its range.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Performance {
    /// Every set at the top of the range, none ground out to failure.
    Top,
    /// Every set at the top, but a set with nothing left in reserve.
    TopAtLimit,
    /// Every set at least the bottom, not all at the top.
    Within,
    /// A set short of the bottom.
    Short,
}

/// The state of a slot read from one logged session.
#[derive(Clone, Debug)]
pub(super) struct Working<'f> {
    /// The rung done.
    pub(super) exercise: &'static Exercise,
    /// The implement used.
    pub(super) implement: Implement,
    /// The load, as the equipment makes it.
    pub(super) load: Load,
    /// The tempo done.
    pub(super) tempo: Tempo,
    /// Sets done.
    pub(super) sets: u8,
    /// The range it was worked in.
    pub(super) range: (u16, u16),
    /// How that range relates to the written one.
    pub(super) stage: Stage,
    /// The session it came from.
    pub(super) entry: Entry<'f>,
}

impl Working<'_> {
    /// How the session went against its range.
    pub(super) fn performance(&self) -> Performance {
        performance(&self.entry, self.range)
    }
}

/// The written scheme of slot `day`/`slot` on `date` for a rung and implement.
pub(super) fn written(
    facts: &Facts,
    day: usize,
    slot: usize,
    exercise: &Exercise,
    implement: Implement,
    date: NaiveDate,
) -> Scheme {
    facts
        .program
        .scheme_on(day, slot, exercise, implement, date)
        .unwrap_or(Scheme {
            sets: rules::PHASE1_SETS,
            max_sets: None,
            low: rules::PHASE1_LOW,
            high: rules::PHASE1_HIGH,
            target_rir: rules::TARGET_RIR,
        })
}

/// The written scheme of slot `day`/`slot` today for a rung and implement.
pub(super) fn written_today(
    facts: &Facts,
    (day, slot): (usize, usize),
    exercise: &Exercise,
    implement: Implement,
) -> Scheme {
    written(facts, day, slot, exercise, implement, facts.today)
}

/// The range that comes after the top of the written one: the kettlebell reps bridge, or a longer
/// range by [`rules::EXTENSION_REPS`] reps, [`rules::EXTENSION_SECONDS`] s or
/// [`rules::EXTENSION_METRES`] m.
pub(super) fn next_range(
    exercise: &Exercise,
    implement: Implement,
    base: Scheme,
) -> (Stage, (u16, u16)) {
    if implement == Implement::Kettlebell && exercise.dose.kind == DoseKind::Reps {
        let low = rules::KETTLEBELL_BRIDGE_LOW.max(base.high);
        return (Stage::Bridge, (low, rules::KETTLEBELL_BRIDGE_HIGH.max(low)));
    }
    let extra = match exercise.dose.kind {
        DoseKind::Reps => rules::EXTENSION_REPS,
        DoseKind::Seconds => rules::EXTENSION_SECONDS,
        DoseKind::Metres => rules::EXTENSION_METRES,
    };
    (
        Stage::Extension,
        (base.high, base.high.saturating_add(extra)),
    )
}

/// Reads the working state of one session of a slot; `None` when its rung is not in the library.
pub(super) fn read<'f>(
    facts: &Facts,
    kit: Kit,
    day: usize,
    slot: usize,
    entry: &Entry<'f>,
) -> Option<Working<'f>> {
    let exercise = entry.exercise?;
    let implement = entry.implement;
    let logged = entry.load(|load| kit.mass(load).grams());
    // Never read heavier than what was done: the heaviest makeable load at most the logged one;
    // a load lighter than anything the equipment makes stays as logged (the decision moves the
    // slot to an easier rung then).
    let load = kit.at_most(exercise, implement, &logged).unwrap_or(logged);
    let base = written(facts, day, slot, exercise, implement, entry.date());
    let (stage, range) = match entry.log.range {
        Some((low, high)) if (low, high) == (base.low, base.high) => (Stage::Base, (low, high)),
        Some((low, high)) if high > base.high => {
            let (after, _) = next_range(exercise, implement, base);
            (after, (low, high))
        }
        Some(range) => (Stage::Reduced, range),
        None => {
            // Logs made before the range was recorded: read the stage from the values.
            let (after, range) = next_range(exercise, implement, base);
            if entry.lowest() > range.0 {
                (after, range)
            } else {
                (Stage::Base, (base.low, base.high))
            }
        }
    };
    Some(Working {
        exercise,
        implement,
        load,
        tempo: entry.tempo,
        sets: entry.sets().max(1),
        range,
        stage,
        entry: *entry,
    })
}

/// How a session went against `range`.
pub(super) fn performance(entry: &Entry, range: (u16, u16)) -> Performance {
    let sets = &entry.log.sets;
    if sets.iter().any(|set| set.value < range.0) {
        Performance::Short
    } else if sets.iter().all(|set| set.value >= range.1) {
        if sets
            .iter()
            .any(|set| set.rir.is_some_and(|rir| rir < rules::PROGRESS_MIN_RIR))
        {
            Performance::TopAtLimit
        } else {
            Performance::Top
        }
    } else {
        Performance::Within
    }
}

/// True when `other` was done in the same state as `working`: same rung, implement, load, tempo
/// and range.
fn same_state(
    facts: &Facts,
    kit: Kit,
    day: usize,
    slot: usize,
    working: &Working,
    other: &Entry,
) -> bool {
    read(facts, kit, day, slot, other).is_some_and(|state| {
        state.exercise.id == working.exercise.id
            && state.implement == working.implement
            && state.load == working.load
            && state.tempo == working.tempo
            && state.range == working.range
    })
}

/// A streak of sessions in the same state with the same performance.
#[derive(Clone, Copy, Debug, Default)]
pub(super) struct Streak {
    /// Sessions counted (top sessions count only when 48 h apart).
    pub(super) sessions: u32,
    /// The oldest session counted.
    pub(super) since: Option<NaiveDate>,
    /// Hours between the newest session and the one before it, when that one was too close to
    /// count.
    pub(super) too_soon: Option<i64>,
}

/// The working sessions in a row, newest first, in the same state as `working` with performance
/// `wanted`, back to (and including) the person's own last change. Top sessions count only when at
/// least [`rules::HOURS_BETWEEN_HEAVY_SESSIONS`] hours after the one counted before [S26, S27].
pub(super) fn streak(
    facts: &Facts,
    kit: Kit,
    day_status: &Day,
    (day, slot): (usize, usize),
    working: &Working,
    wanted: Performance,
) -> Streak {
    let mut streak = Streak::default();
    let mut last_counted: Option<chrono::NaiveDateTime> = None;
    for entry in facts.entries(day, slot) {
        let kind = day_status
            .kinds
            .get(entry.session)
            .copied()
            .unwrap_or(Kind::Normal);
        if kind == Kind::Light {
            continue;
        }
        if !kind.is_working() || !same_state(facts, kit, day, slot, working, entry) {
            break;
        }
        if performance(entry, working.range) != wanted {
            break;
        }
        let counts = last_counted.is_none_or(|later| {
            (later - entry.at).num_hours() >= rules::HOURS_BETWEEN_HEAVY_SESSIONS
        });
        if counts {
            streak.sessions += 1;
            streak.since = Some(entry.date());
            last_counted = Some(entry.at);
        } else if streak.sessions == 1 && streak.too_soon.is_none() {
            streak.too_soon = last_counted.map(|later| (later - entry.at).num_hours());
        }
        if entry.log.user_adjusted {
            // The person's own change starts a fresh count, so the plan never climbs straight back
            // to the load they just stepped away from.
            break;
        }
    }
    streak
}

/// Days since the last step up of this slot: the first session in the current state, when the
/// session before it was easier (a lighter load, fewer sets, a steadier tempo, a shorter range or an
/// easier rung). `None` when the slot has not stepped up into this state (a first session, or the
/// person's own step down).
pub(super) fn days_since_step(
    facts: &Facts,
    kit: Kit,
    (day, slot): (usize, usize),
    working: &Working,
) -> Option<i64> {
    let mut first_in_state: Option<NaiveDate> = None;
    for entry in facts.entries(day, slot) {
        if same_state(facts, kit, day, slot, working, entry) {
            first_in_state = Some(entry.date());
            continue;
        }
        let before = read(facts, kit, day, slot, entry)?;
        let first = first_in_state?;
        return easier(kit, &before, working).then(|| (facts.today - first).num_days());
    }
    None
}

/// True when `before` was an easier state than `after`.
fn easier(kit: Kit, before: &Working, after: &Working) -> bool {
    let rung = |working: &Working| {
        crate::domain::ladder::rung_of(working.exercise.id).map(|(_, position)| position)
    };
    if before.exercise.id != after.exercise.id {
        return rung(before) < rung(after);
    }
    kit.mass(&before.load) < kit.mass(&after.load)
        || before.sets < after.sets
        || before.tempo < after.tempo
        || before.range.1 < after.range.1
}
