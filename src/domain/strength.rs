//! Strength progress per movement pattern: which exercises (rungs) the person has done and since
//! when, the working load or reps week by week, and the best set of the current exercise, labelled
//! honestly as the best since they started that exercise.

use chrono::{Days, NaiveDate};

use super::catalog::{self, DoseKind, Pattern};
use super::data::AppData;
use super::ladder;
use super::log::SetLog;
use super::program::Load;
use super::rules;
use super::stats::Week;
use super::units::Unit;

/// One exercise of a pattern's timeline.
#[derive(Clone, Debug, PartialEq)]
pub struct RungSpell {
    /// The exercise id.
    pub exercise: String,
    /// Its name.
    pub name: String,
    /// Its place on its ladder, 1 = easiest, when the library knows it.
    pub rung: Option<usize>,
    /// The first day it was done.
    pub since: NaiveDate,
    /// The latest day it was done.
    pub last: NaiveDate,
    /// Sessions it was done in.
    pub sessions: usize,
    /// Still in use: done within [`rules::LONG_BREAK_DAYS`] of the pattern's latest session.
    pub current: bool,
}

/// One pattern's strength progress.
#[derive(Clone, Debug, PartialEq)]
pub struct PatternStrength {
    /// The movement pattern.
    pub pattern: Pattern,
    /// Every exercise done for it, by first day.
    pub timeline: Vec<RungSpell>,
    /// Rungs climbed on the ladder from the first exercise to the latest (negative: easier now);
    /// `None` when they are on different ladders or not in the library.
    pub rungs_climbed: Option<i32>,
    /// The latest exercise's working value for each of the given weeks: the heaviest load in the
    /// person's unit for loaded sets, else the most reps, seconds or metres in a set.
    pub weekly: Vec<Option<f32>>,
    /// What `weekly` measures, e.g. "kg" or "reps".
    pub measure: String,
    /// The best set of the latest exercise, honestly labelled.
    pub best: String,
    /// The timeline in a sentence.
    pub sentence: String,
}

/// Strength progress of each pattern trained up to `today`, in [`Pattern::ALL`] order, with the
/// weekly values over the ISO weeks starting on `mondays`.
pub fn progress(
    data: &AppData,
    today: NaiveDate,
    mondays: &[NaiveDate],
    unit: Unit,
) -> Vec<PatternStrength> {
    // Every logged exercise with sets, by pattern, oldest first.
    let mut done: Vec<(NaiveDate, &str, &[SetLog])> = data
        .sessions
        .iter()
        .filter(|session| session.started.date() <= today)
        .flat_map(|session| {
            session
                .exercises
                .iter()
                .filter(|log| !log.sets.is_empty())
                .map(move |log| (session.started.date(), log.exercise.as_str(), &log.sets[..]))
        })
        .collect();
    done.sort_by_key(|(date, _, _)| *date);
    Pattern::ALL
        .iter()
        .filter_map(|pattern| {
            let logs: Vec<(NaiveDate, &str, &[SetLog])> = done
                .iter()
                .copied()
                .filter(|(_, id, _)| {
                    catalog::exercise(id).is_some_and(|exercise| exercise.pattern == *pattern)
                })
                .collect();
            pattern_strength(*pattern, &logs, mondays, unit)
        })
        .collect()
}

/// One pattern's progress from its logged exercises, oldest first.
fn pattern_strength(
    pattern: Pattern,
    logs: &[(NaiveDate, &str, &[SetLog])],
    mondays: &[NaiveDate],
    unit: Unit,
) -> Option<PatternStrength> {
    let (latest_day, latest_id, _) = *logs.last()?;
    let mut timeline: Vec<RungSpell> = Vec::new();
    for (date, id, _) in logs {
        match timeline.iter_mut().find(|spell| spell.exercise == *id) {
            Some(spell) => {
                spell.last = *date;
                spell.sessions += 1;
            }
            None => timeline.push(RungSpell {
                exercise: id.to_string(),
                name: catalog::name_of(id),
                rung: ladder::rung_of(id).map(|(_, index)| index + 1),
                since: *date,
                last: *date,
                sessions: 1,
                current: false,
            }),
        }
    }
    for spell in &mut timeline {
        spell.current = (latest_day - spell.last).num_days() <= rules::LONG_BREAK_DAYS;
    }
    let first_id = logs[0].1;
    let rungs_climbed = match (ladder::rung_of(first_id), ladder::rung_of(latest_id)) {
        (Some((first_ladder, first)), Some((latest_ladder, latest)))
            if first_ladder.id == latest_ladder.id =>
        {
            Some(latest as i32 - first as i32)
        }
        _ => None,
    };

    // The latest exercise: loaded when any of its sets carried a mass.
    let current: Vec<(NaiveDate, &[SetLog])> = logs
        .iter()
        .filter(|(_, id, _)| *id == latest_id)
        .map(|(date, _, sets)| (*date, *sets))
        .collect();
    let loaded = current
        .iter()
        .flat_map(|(_, sets)| sets.iter())
        .any(|set| matches!(set.load, Load::Mass(_)));
    let dose = catalog::exercise(latest_id).map_or(DoseKind::Reps, |exercise| exercise.dose.kind);
    let working = |sets: &[SetLog]| -> Option<f32> {
        if loaded {
            sets.iter()
                .filter_map(|set| match set.load {
                    Load::Mass(mass) => Some(mass.in_unit(unit) as f32),
                    _ => None,
                })
                .reduce(f32::max)
        } else {
            sets.iter().map(|set| f32::from(set.value)).reduce(f32::max)
        }
    };
    let weekly = mondays
        .iter()
        .map(|monday| {
            let sunday = monday.checked_add_days(Days::new(6)).unwrap_or(*monday);
            current
                .iter()
                .filter(|(date, _)| date >= monday && *date <= sunday)
                .filter_map(|(_, sets)| working(sets))
                .reduce(f32::max)
        })
        .collect();
    let measure = if loaded {
        unit.label().to_string()
    } else {
        match dose {
            DoseKind::Reps => "reps".to_string(),
            DoseKind::Seconds => "seconds".to_string(),
            DoseKind::Metres => "metres".to_string(),
        }
    };

    // The best set: heaviest load (then most reps), or most reps, seconds or metres.
    let best_set = current
        .iter()
        .flat_map(|(date, sets)| sets.iter().map(move |set| (*date, set)))
        .max_by(|(date_a, a), (date_b, b)| {
            let key = |set: &SetLog| match set.load {
                Load::Mass(mass) if loaded => (mass.0, set.value),
                _ => (0, set.value),
            };
            // The earlier day wins a tie: it was reached first.
            key(a).cmp(&key(b)).then(date_b.cmp(date_a))
        });
    let name = catalog::name_of(latest_id);
    let since = timeline
        .iter()
        .find(|spell| spell.exercise == latest_id)
        .map_or(latest_day, |spell| spell.since);
    let best = match best_set {
        Some((date, set)) => {
            let amount = dose.amount(set.value);
            let what = match &set.load {
                Load::Mass(mass) if loaded => format!("{} × {amount}", unit.show(*mass)),
                _ => amount,
            };
            format!(
                "Best set of the {} since you started it on {}: {what}, on {}.",
                name.to_lowercase(),
                show_date(since),
                show_date(date)
            )
        }
        None => String::new(),
    };
    let sentence = timeline_sentence(&timeline, rungs_climbed);
    Some(PatternStrength {
        pattern,
        timeline,
        rungs_climbed,
        weekly,
        measure,
        best,
        sentence,
    })
}

/// The timeline in a sentence.
fn timeline_sentence(timeline: &[RungSpell], rungs_climbed: Option<i32>) -> String {
    let Some(first) = timeline.first() else {
        return String::new();
    };
    let current: Vec<&RungSpell> = timeline.iter().filter(|spell| spell.current).collect();
    let now = current
        .iter()
        .map(|spell| format!("{} (since {})", spell.name, show_date(spell.since)))
        .collect::<Vec<_>>()
        .join(" and ");
    if first.current {
        // Still on the first exercise: name it, and any tried for a while in between.
        let tried: Vec<String> = timeline
            .iter()
            .filter(|spell| !spell.current)
            .map(|spell| match spell.since == spell.last {
                true => format!("{} (on {})", spell.name, show_date(spell.since)),
                false => format!(
                    "{} ({} to {})",
                    spell.name,
                    show_date(spell.since),
                    show_date(spell.last)
                ),
            })
            .collect();
        return match tried.is_empty() {
            true => format!("Now: {now}."),
            false => format!("Now: {now}. Also done for a while: {}.", tried.join(", ")),
        };
    }
    let climbed = match rungs_climbed {
        Some(steps) if steps > 0 => format!(
            ", {} up the ladder",
            if steps == 1 {
                "1 step".to_string()
            } else {
                format!("{steps} steps")
            }
        ),
        _ => String::new(),
    };
    format!(
        "Started with the {} on {}; now {now}{climbed}.",
        first.name.to_lowercase(),
        show_date(first.since)
    )
}

/// A date as people read it: "3 Mar 2026".
fn show_date(date: NaiveDate) -> String {
    date.format("%-d %b %Y").to_string()
}

/// The Monday of each of the last `n_weeks` ISO weeks up to `today`, oldest first.
pub fn chart_mondays(today: NaiveDate, n_weeks: usize) -> Vec<NaiveDate> {
    let this_monday = Week::of(today).monday().unwrap_or(today);
    (0..n_weeks as u64)
        .rev()
        .filter_map(|back| this_monday.checked_sub_days(Days::new(7 * back)))
        .collect()
}

#[cfg(test)]
#[path = "strength_tests.rs"]
mod tests;
