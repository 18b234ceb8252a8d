//! Statistics for the progress page: estimated one-rep max, weekly volume, pain averages and outcomes.
//!
//! Every function is pure and takes what it reads as arguments. Averages say how many days they rest
//! on, so the page can show the count next to the number (CLINICAL.md §8), and a missing day is
//! never counted as a zero.

use std::collections::BTreeMap;

use chrono::{Datelike, Days, NaiveDate, Weekday};
use serde::{Deserialize, Serialize};

use super::catalog::{self, DoseKind, Pattern};
use super::checkin::{CheckIn, Outcome};
use super::ladder;
use super::log::Session;
use super::program::{Load, Program};
use super::rules;
use super::units::Mass;

/// Epley's formula divides the reps by this.
const EPLEY_DIVISOR: i64 = 30;
/// Tolerance when comparing averages with a threshold, so 2.0 counts as 2 points despite rounding.
const FLOAT_TOLERANCE: f32 = 1e-4;

// ---------------------------------------------------------------------------------------------
// Estimated one-rep max
// ---------------------------------------------------------------------------------------------

/// Estimated one-rep max of a set, with Epley's formula: load × (1 + reps / 30), to the nearest gram;
/// a single rep gives the load itself.
///
/// `None` for 0 reps, for more than [`rules::E1RM_MAX_REPS`] reps (the estimate is poor that far from
/// one rep), and for loads without a mass (body weight, bands) or a zero mass. For dumbbells and
/// kettlebells the load, and so the estimate, is one implement's weight.
pub fn e1rm(load: &Load, reps: u16) -> Option<Mass> {
    let Load::Mass(mass) = load else {
        return None;
    };
    if reps == 0 || reps > rules::E1RM_MAX_REPS || mass.grams() <= 0 {
        return None;
    }
    if reps == 1 {
        return Some(*mass);
    }
    let scaled = i128::from(mass.grams()) * i128::from(EPLEY_DIVISOR + i64::from(reps));
    let divisor = i128::from(EPLEY_DIVISOR);
    let rounded = (scaled + divisor / 2) / divisor;
    Some(Mass::from_grams(i64::try_from(rounded).unwrap_or(i64::MAX)))
}

/// The best estimated one-rep max of an exercise in each session that has one, in session order:
/// one point per session for a progress chart. Only sets counted in reps are used.
pub fn e1rm_history(sessions: &[Session], exercise_id: &str) -> Vec<(NaiveDate, Mass)> {
    if dose_kind(exercise_id) != DoseKind::Reps {
        return Vec::new();
    }
    sessions
        .iter()
        .filter_map(|session| {
            let best = session
                .exercises
                .iter()
                .filter(|done| done.exercise == exercise_id)
                .flat_map(|done| done.sets.iter())
                .filter_map(|set| e1rm(&set.load, set.value))
                .max()?;
            Some((session.started.date(), best))
        })
        .collect()
}

// ---------------------------------------------------------------------------------------------
// Weeks
// ---------------------------------------------------------------------------------------------

/// An ISO week (Monday to Sunday), e.g. 2025-W10.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Week {
    /// The ISO week-numbering year (can differ from the calendar year around New Year).
    pub year: i32,
    /// The ISO week number, 1–53.
    pub week: u32,
}

impl Week {
    /// The ISO week a date falls in.
    pub fn of(date: NaiveDate) -> Week {
        let iso = date.iso_week();
        Week {
            year: iso.year(),
            week: iso.week(),
        }
    }

    /// The Monday that starts the week (`None` only for weeks outside chrono's date range).
    pub fn monday(self) -> Option<NaiveDate> {
        NaiveDate::from_isoywd_opt(self.year, self.week, Weekday::Mon)
    }
}

// ---------------------------------------------------------------------------------------------
// Weekly volume
// ---------------------------------------------------------------------------------------------

/// Training volume of one movement pattern in one ISO week.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PatternVolume {
    /// The week.
    pub week: Week,
    /// The pattern.
    pub pattern: Pattern,
    /// Hard sets: sets with something done that ended at most [`rules::HARD_SET_MAX_RIR`] reps
    /// short, or with no RIR given.
    pub hard_sets: u32,
    /// Total reps of rep-counted sets (per side as logged, for one-sided exercises).
    pub reps: u32,
    /// Total seconds of held sets.
    pub seconds: u32,
    /// Total metres of carried sets.
    pub metres: u32,
    /// Reps × load over rep-counted sets with a mass load (one implement's weight for dumbbells and
    /// kettlebells); zero when nothing had a mass.
    pub tonnage: Mass,
}

/// Weekly volume per pattern from the training log, sorted by week and then pattern; weeks and
/// patterns with nothing logged are left out.
///
/// An exercise's pattern and dose come from the exercise library; an exercise the library does not
/// know takes its pattern from its ladder, or else from the program slot it was logged against
/// (when `program` is given), and is counted in reps. Exercises whose pattern cannot be found are
/// skipped. Sets with a value of 0 count for nothing.
pub fn weekly_volume(sessions: &[Session], program: Option<&Program>) -> Vec<PatternVolume> {
    let mut totals: BTreeMap<(Week, Pattern), PatternVolume> = BTreeMap::new();
    for session in sessions {
        let week = Week::of(session.started.date());
        for done in &session.exercises {
            let Some(pattern) = pattern_of(&done.exercise).or_else(|| {
                program
                    .and_then(|program| program.days.get(session.day))
                    .and_then(|day| day.slots.get(done.slot))
                    .map(|slot| slot.pattern)
            }) else {
                continue;
            };
            let kind = dose_kind(&done.exercise);
            let entry = totals
                .entry((week, pattern))
                .or_insert_with(|| PatternVolume {
                    week,
                    pattern,
                    hard_sets: 0,
                    reps: 0,
                    seconds: 0,
                    metres: 0,
                    tonnage: Mass::ZERO,
                });
            for set in done.sets.iter().filter(|set| set.value > 0) {
                if set.rir.is_none_or(|rir| rir <= rules::HARD_SET_MAX_RIR) {
                    entry.hard_sets += 1;
                }
                let value = u32::from(set.value);
                match kind {
                    DoseKind::Reps => {
                        entry.reps += value;
                        if let Load::Mass(mass) = &set.load {
                            let lifted =
                                Mass::from_grams(mass.grams().saturating_mul(i64::from(value)));
                            entry.tonnage = entry.tonnage + lifted;
                        }
                    }
                    DoseKind::Seconds => entry.seconds += value,
                    DoseKind::Metres => entry.metres += value,
                }
            }
        }
    }
    totals.into_values().collect()
}

/// The pattern of an exercise id: from the library, else from the ladder it is a rung of.
fn pattern_of(exercise_id: &str) -> Option<Pattern> {
    catalog::exercise(exercise_id)
        .map(|exercise| exercise.pattern)
        .or_else(|| ladder::rung_of(exercise_id).map(|(ladder, _)| ladder.pattern))
}

/// How an exercise is counted; reps when the library does not know it.
fn dose_kind(exercise_id: &str) -> DoseKind {
    catalog::exercise(exercise_id).map_or(DoseKind::Reps, |exercise| exercise.dose.kind)
}

// ---------------------------------------------------------------------------------------------
// Morning pain averages
// ---------------------------------------------------------------------------------------------

/// A mean pain rating and the number of days it rests on.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct PainAverage {
    /// The mean, 0–10.
    pub mean: f32,
    /// How many days with a rating went into it.
    pub days: usize,
}

/// Morning pain ratings by date. When a date has more than one check-in, the last one in the slice
/// counts; check-ins without a pain rating are missing days, not zeros.
fn morning_pain_by_day(checkins: &[CheckIn]) -> BTreeMap<NaiveDate, u8> {
    let mut by_day = BTreeMap::new();
    for checkin in checkins {
        if let Some(pain) = checkin.pain {
            by_day.insert(checkin.date, pain);
        } else {
            by_day.remove(&checkin.date);
        }
    }
    by_day
}

/// Mean of the ratings, or `None` when there are none.
fn average(ratings: impl Iterator<Item = u8>) -> Option<PainAverage> {
    let (sum, days) = ratings.fold((0u32, 0usize), |(sum, days), pain| {
        (sum + u32::from(pain), days + 1)
    });
    (days > 0).then(|| PainAverage {
        mean: sum as f32 / days as f32,
        days,
    })
}

/// The rolling average of morning pain over the [`rules::MORNING_AVERAGE_WINDOW_DAYS`] days ending
/// on `day` (inclusive). Days without a rating are skipped and the count of days used is returned;
/// `None` when no day in the window has a rating.
pub fn rolling_morning_pain(checkins: &[CheckIn], day: NaiveDate) -> Option<PainAverage> {
    let by_day = morning_pain_by_day(checkins);
    rolling_from(&by_day, day)
}

/// [`rolling_morning_pain`] for every day from `first` to `last` inclusive, for a chart (empty when
/// `last` is before `first`).
pub fn rolling_morning_pain_series(
    checkins: &[CheckIn],
    first: NaiveDate,
    last: NaiveDate,
) -> Vec<(NaiveDate, Option<PainAverage>)> {
    let by_day = morning_pain_by_day(checkins);
    first
        .iter_days()
        .take_while(|day| *day <= last)
        .map(|day| (day, rolling_from(&by_day, day)))
        .collect()
}

/// The rolling window ending on `day`, over ratings already gathered by day.
fn rolling_from(by_day: &BTreeMap<NaiveDate, u8>, day: NaiveDate) -> Option<PainAverage> {
    let span = u64::try_from(rules::MORNING_AVERAGE_WINDOW_DAYS - 1).unwrap_or(0);
    let first = day
        .checked_sub_days(Days::new(span))
        .unwrap_or(NaiveDate::MIN);
    average(by_day.range(first..=day).map(|(_, pain)| *pain))
}

/// The average morning pain of each ISO week that has at least one rating, oldest first.
pub fn weekly_morning_pain(checkins: &[CheckIn]) -> Vec<(Week, PainAverage)> {
    let mut by_week: BTreeMap<Week, Vec<u8>> = BTreeMap::new();
    for (day, pain) in morning_pain_by_day(checkins) {
        by_week.entry(Week::of(day)).or_default().push(pain);
    }
    by_week
        .into_iter()
        .filter_map(|(week, ratings)| Some((week, average(ratings.into_iter())?)))
        .collect()
}

// ---------------------------------------------------------------------------------------------
// Outcomes: NPRS and PSFS
// ---------------------------------------------------------------------------------------------

/// How a score moved between two dates, judged against the smallest change that matters.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Change {
    /// A change that matters, for the better.
    Better,
    /// A change that matters, for the worse.
    Worse,
    /// No change large enough to matter (yet).
    NoClearChange,
}

/// True when a pain rating (or average) moved by at least [`rules::MEANINGFUL_PAIN_CHANGE_POINTS`]
/// points or by at least [`rules::MEANINGFUL_PAIN_CHANGE_PERCENT`]% of the starting value, either way
/// [S8]. On a low start the percentage is reached first: from 3 to 2 is a third less, which counts.
/// From 0 only the points count.
pub fn pain_change_meaningful(before: f32, after: f32) -> bool {
    let moved = (after - before).abs();
    let points = f32::from(rules::MEANINGFUL_PAIN_CHANGE_POINTS);
    let share = f32::from(rules::MEANINGFUL_PAIN_CHANGE_PERCENT) / 100.0;
    moved + FLOAT_TOLERANCE >= points || (before > 0.0 && moved + FLOAT_TOLERANCE >= share * before)
}

/// The direction of a pain change, when it matters (lower pain is better).
pub fn pain_change(before: f32, after: f32) -> Change {
    if !pain_change_meaningful(before, after) {
        Change::NoClearChange
    } else if after < before {
        Change::Better
    } else {
        Change::Worse
    }
}

/// The PSFS score of an outcome: the mean of its activities' scores (0–10), or `None` when it has no
/// activities [S56–S58].
pub fn psfs_mean(outcome: &Outcome) -> Option<f32> {
    let n_items = outcome.psfs.len();
    if n_items == 0 {
        return None;
    }
    let sum: u32 = outcome.psfs.iter().map(|item| u32::from(item.score)).sum();
    Some(sum as f32 / n_items as f32)
}

/// True when a PSFS mean moved by at least [`rules::PSFS_MEAN_MEANINGFUL_CHANGE`] points [S56–S58].
pub fn psfs_mean_change_meaningful(before: f32, after: f32) -> bool {
    (after - before).abs() + FLOAT_TOLERANCE >= rules::PSFS_MEAN_MEANINGFUL_CHANGE
}

/// True when one PSFS activity's score moved by at least [`rules::PSFS_ITEM_MEANINGFUL_CHANGE`]
/// points [S56–S58].
pub fn psfs_item_change_meaningful(before: u8, after: u8) -> bool {
    before.abs_diff(after) >= rules::PSFS_ITEM_MEANINGFUL_CHANGE
}

/// How one PSFS activity moved between two outcomes.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PsfsItemChange {
    /// The activity, as written in the later outcome.
    pub activity: String,
    /// Score in the earlier outcome.
    pub before: u8,
    /// Score in the later outcome.
    pub after: u8,
    /// Whether the move matters, and which way (higher is better).
    pub change: Change,
}

/// How the PSFS moved between two outcomes.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PsfsChange {
    /// Mean before, if the earlier outcome has activities.
    pub mean_before: Option<f32>,
    /// Mean after, if the later outcome has activities.
    pub mean_after: Option<f32>,
    /// Whether the mean moved enough to matter; `NoClearChange` when either mean is missing.
    pub mean_change: Change,
    /// Activities found in both outcomes (matched by name, ignoring case and outer spaces), in the
    /// later outcome's order.
    pub items: Vec<PsfsItemChange>,
}

/// Compares two PSFS outcomes: the mean (2 points matter) and each activity both share (3 points
/// matter) [S56–S58]. Higher scores are better.
pub fn psfs_change(before: &Outcome, after: &Outcome) -> PsfsChange {
    let mean_before = psfs_mean(before);
    let mean_after = psfs_mean(after);
    let mean_change = match (mean_before, mean_after) {
        (Some(from), Some(to)) if psfs_mean_change_meaningful(from, to) => {
            if to > from {
                Change::Better
            } else {
                Change::Worse
            }
        }
        _ => Change::NoClearChange,
    };
    let items = after
        .psfs
        .iter()
        .filter_map(|later| {
            let key = later.activity.trim().to_lowercase();
            let earlier = before
                .psfs
                .iter()
                .find(|item| item.activity.trim().to_lowercase() == key)?;
            let change = if !psfs_item_change_meaningful(earlier.score, later.score) {
                Change::NoClearChange
            } else if later.score > earlier.score {
                Change::Better
            } else {
                Change::Worse
            };
            Some(PsfsItemChange {
                activity: later.activity.clone(),
                before: earlier.score,
                after: later.score,
                change,
            })
        })
        .collect();
    PsfsChange {
        mean_before,
        mean_after,
        mean_change,
        items,
    }
}

#[cfg(test)]
#[path = "stats_tests.rs"]
mod tests;
