//! The walking track (CLINICAL.md §9): a weekly walking target that starts from what the person walks
//! now, grows about 10% (at most 5 minutes a walk) after each week the pain stayed settled and the
//! target was walked, holds otherwise, and in a flare asks for shorter, more frequent walks.
//!
//! A week's pain reads "settled" with the thresholds of the pain gate (§2) applied to the week's
//! mornings; missing ratings are never read as settled.

use std::collections::BTreeMap;

use chrono::{Days, NaiveDate, Weekday};

use super::checkin::CheckIn;
use super::data::AppData;
use super::rules;
use super::stats::Week;

/// Quick amounts offered beside the suggested walk on Today, in minutes (not clinical numbers:
/// shortcuts for a walk already done).
pub const QUICK_WALK_MINUTES: [u16; 3] = [10, 20, 30];

/// The onboarding question's answers: what the person walks in a usual week now, in minutes, and how
/// it reads. Not answering starts from the smallest target.
pub const NOW_CHOICES: [(u16, &str); 5] = [
    (0, "Hardly at all"),
    (30, "Up to half an hour a week"),
    (60, "About an hour a week"),
    (120, "About two hours a week"),
    (150, "Two and a half hours or more"),
];

/// The most minutes one day can hold (a whole day).
pub const MAX_MINUTES_A_DAY: u16 = 24 * 60;

/// How a week's pain read for the walking target.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WeekPain {
    /// Mornings at or under usual pain, none far above it, and not rising: the target may grow.
    Settled,
    /// Fewer than [`rules::AVERAGE_MIN_CHECKINS`] rated mornings: too little to go on, so it holds.
    TooFewRatings,
    /// Mornings averaged above usual pain, or one reached usual + 2, or the average rose.
    Unsettled,
    /// A flare: "I'm having a flare" tapped, or [`rules::FLARE_TRIGGER_MORNINGS`] mornings in a row
    /// at usual + [`rules::FLARE_POINTS_ABOVE_USUAL`] or more.
    Flare,
}

/// One ISO week of the walking track.
#[derive(Clone, Debug, PartialEq)]
pub struct WalkWeek {
    /// Its Monday.
    pub monday: NaiveDate,
    /// The week's target, in minutes.
    pub target: u32,
    /// Minutes walked.
    pub walked: u32,
    /// Days with a walk recorded.
    pub walks: u32,
    /// How the week's pain read.
    pub pain: WeekPain,
}

/// What this week's walking advice rests on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// The first week of the track: the target is the starting point.
    Starting,
    /// Last week went well: the target grew.
    Building,
    /// Last week's pain was not settled or the target was not walked: the target holds.
    Holding,
    /// A flare today: shorter, more frequent walks at a comfortable length.
    Flare,
    /// The target is the goal of [`rules::WALK_GOAL_WALKS_PER_WEEK`] walks of
    /// [`rules::WALK_GOAL_MINUTES_PER_WALK`] minutes.
    AtGoal,
}

/// The walking track as of today.
#[derive(Clone, Debug, PartialEq)]
pub struct WalkTrack {
    /// Every week from the start of the track to this week, oldest first; the last is this week.
    pub weeks: Vec<WalkWeek>,
    /// This week's target, in minutes.
    pub target: u32,
    /// About how long each walk is this week ([`rules::WALK_GOAL_WALKS_PER_WEEK`] walks), in minutes.
    pub per_walk: u16,
    /// Minutes walked this week so far.
    pub walked: u32,
    /// Days with a walk this week so far.
    pub walks: u32,
    /// The weekly goal, in minutes.
    pub goal: u32,
    /// What the advice rests on.
    pub mode: Mode,
    /// The advice in plain words.
    pub sentence: String,
}

/// The weekly goal in minutes: [`rules::WALK_GOAL_WALKS_PER_WEEK`] walks of
/// [`rules::WALK_GOAL_MINUTES_PER_WALK`] minutes [S90].
pub fn goal_minutes() -> u32 {
    u32::from(rules::WALK_GOAL_WALKS_PER_WEEK) * u32::from(rules::WALK_GOAL_MINUTES_PER_WALK)
}

/// The first week's target: what the person walks now, at least
/// [`rules::WALK_START_MIN_MINUTES_PER_WALK`] minutes a walk, and never above the goal.
pub fn start_target(walk_minutes_per_week: Option<u16>) -> u32 {
    let floor = u32::from(rules::WALK_GOAL_WALKS_PER_WEEK)
        * u32::from(rules::WALK_START_MIN_MINUTES_PER_WALK);
    walk_minutes_per_week
        .map_or(floor, u32::from)
        .max(floor)
        .min(goal_minutes())
}

/// The target after a week that went well: about [`rules::WALK_TARGET_GROWTH_PERCENT`] more,
/// rounded up to a whole minute, at most [`rules::WALK_TARGET_MAX_STEP_MINUTES_PER_WALK`] minutes
/// more per walk, and never above the goal.
pub fn grown_target(target: u32) -> u32 {
    let step = (target * rules::WALK_TARGET_GROWTH_PERCENT)
        .div_ceil(100)
        .max(1);
    let max_step = u32::from(rules::WALK_GOAL_WALKS_PER_WEEK)
        * u32::from(rules::WALK_TARGET_MAX_STEP_MINUTES_PER_WALK);
    (target + step.min(max_step)).min(goal_minutes())
}

/// About how long each walk is for a weekly target, rounded up to a whole minute.
pub fn per_walk(target: u32) -> u16 {
    let walks = u32::from(rules::WALK_GOAL_WALKS_PER_WEEK).max(1);
    u16::try_from(target.div_ceil(walks)).unwrap_or(u16::MAX)
}

/// The walking track of `data` as of `today`, or `None` before onboarding. `in_flare` is the
/// engine's day status (a flare today), which changes the advice but not the target.
pub fn track(data: &AppData, today: NaiveDate, in_flare: bool) -> Option<WalkTrack> {
    let profile = data.profile.as_ref()?;
    let days = by_day(&data.checkins, today);
    let this_monday = monday_of(today);
    let first_monday = monday_of(profile.created.min(today));
    let usual_at = |day: NaiveDate| {
        data.outcomes
            .iter()
            .filter(|outcome| outcome.date <= day)
            .filter_map(|outcome| outcome.usual_pain)
            .next_back()
            .unwrap_or(profile.baseline_pain)
            .min(10)
    };

    let mut weeks = Vec::new();
    let mut target = start_target(profile.walk_minutes_per_week);
    let mut previous_mean: Option<f32> = None;
    let mut mode = Mode::Starting;
    for monday in first_monday
        .iter_weeks()
        .take_while(|monday| *monday <= this_monday)
    {
        let sunday = monday.checked_add_days(Days::new(6)).unwrap_or(monday);
        let week_days: Vec<&CheckIn> = days.range(monday..=sunday).map(|(_, c)| *c).collect();
        let walked: u32 = week_days
            .iter()
            .filter_map(|checkin| checkin.walk_minutes)
            .map(u32::from)
            .sum();
        let walks = week_days
            .iter()
            .filter(|checkin| checkin.walk_minutes.is_some_and(|minutes| minutes > 0))
            .count() as u32;
        let (pain, mean) = week_pain(&week_days, usual_at(monday), previous_mean);
        previous_mean = mean;
        weeks.push(WalkWeek {
            monday,
            target,
            walked,
            walks,
            pain,
        });
        if monday == this_monday {
            break;
        }
        // The week is over: next week's target.
        if pain == WeekPain::Settled && walked >= target && target < goal_minutes() {
            target = grown_target(target);
            mode = Mode::Building;
        } else if target < goal_minutes() {
            mode = Mode::Holding;
        }
    }
    let this_week = weeks.last().cloned()?;
    let last_week = weeks.len().checked_sub(2).map(|index| weeks[index].clone());
    if target >= goal_minutes() {
        mode = Mode::AtGoal;
    }
    if in_flare {
        mode = Mode::Flare;
    }
    let sentence = advice(mode, target, last_week.as_ref());
    Some(WalkTrack {
        target,
        per_walk: per_walk(target),
        walked: this_week.walked,
        walks: this_week.walks,
        goal: goal_minutes(),
        mode,
        sentence,
        weeks,
    })
}

/// Today's check-in with `minutes` more walking: the check-in already saved for today with its
/// minutes added, or a new one that records only the walk (never counted as missing pain data).
pub fn add_walk(checkins: &[CheckIn], today: NaiveDate, minutes: u16) -> CheckIn {
    let mut checkin = checkins
        .iter()
        .rev()
        .find(|checkin| checkin.date == today)
        .cloned()
        .unwrap_or(CheckIn {
            date: today,
            ..CheckIn::default()
        });
    let before = checkin.walk_minutes.unwrap_or(0);
    checkin.walk_minutes = Some(before.saturating_add(minutes).min(MAX_MINUTES_A_DAY));
    checkin
}

/// Today's check-in with `minutes` less walking (undoing a tap); `None` when today has no walk.
pub fn remove_walk(checkins: &[CheckIn], today: NaiveDate, minutes: u16) -> Option<CheckIn> {
    let mut checkin = checkins
        .iter()
        .rev()
        .find(|checkin| checkin.date == today)
        .cloned()?;
    let left = checkin.walk_minutes?.saturating_sub(minutes);
    checkin.walk_minutes = (left > 0).then_some(left);
    Some(checkin)
}

/// How a week's mornings read, and their mean (for the next week's "rising" check).
fn week_pain(
    week_days: &[&CheckIn],
    usual: u8,
    previous_mean: Option<f32>,
) -> (WeekPain, Option<f32>) {
    let ratings: Vec<(NaiveDate, u8)> = week_days
        .iter()
        .filter_map(|checkin| Some((checkin.date, checkin.pain?)))
        .collect();
    let n_rated = ratings.len();
    let mean = (n_rated > 0).then(|| {
        ratings
            .iter()
            .map(|(_, pain)| f32::from(*pain))
            .sum::<f32>()
            / n_rated as f32
    });
    let enough = n_rated >= rules::AVERAGE_MIN_CHECKINS as usize;
    let counted_mean = mean.filter(|_| enough);

    let flare_level = usual.saturating_add(rules::FLARE_POINTS_ABOVE_USUAL);
    let mut run = 0u32;
    let mut longest = 0u32;
    let mut last_day: Option<NaiveDate> = None;
    for (day, pain) in &ratings {
        let follows = last_day.is_some_and(|last| (*day - last).num_days() == 1);
        run = if *pain >= flare_level {
            if follows {
                run + 1
            } else {
                1
            }
        } else {
            0
        };
        longest = longest.max(run);
        last_day = Some(*day);
    }
    let tapped = week_days.iter().any(|checkin| checkin.flare);
    if tapped || longest >= rules::FLARE_TRIGGER_MORNINGS {
        return (WeekPain::Flare, counted_mean);
    }
    let Some(mean) = counted_mean else {
        return (WeekPain::TooFewRatings, None);
    };
    let red = usual.saturating_add(rules::RED_MORNING_POINTS_ABOVE_BASELINE);
    let rising =
        previous_mean.is_some_and(|before| mean - before >= rules::AVERAGE_RISE_MIN_POINTS);
    let settled =
        mean <= f32::from(usual) && !rising && ratings.iter().all(|(_, pain)| *pain < red);
    let pain = if settled {
        WeekPain::Settled
    } else {
        WeekPain::Unsettled
    };
    (pain, Some(mean))
}

/// This week's advice in plain words.
fn advice(mode: Mode, target: u32, last_week: Option<&WalkWeek>) -> String {
    let plan = format!(
        "This week's walking target is {target} minutes: about {} walks of {} minutes, at a pace \
         that feels comfortable.",
        rules::WALK_GOAL_WALKS_PER_WEEK,
        per_walk(target)
    );
    match mode {
        Mode::Starting => format!("{plan} It starts from what you walk now."),
        Mode::Building => format!(
            "{plan} It grew a little because your mornings stayed settled last week and you \
             walked your target."
        ),
        Mode::Holding => {
            let why = match last_week.map(|week| (week.pain, week.walked >= week.target)) {
                Some((WeekPain::Settled, false)) => {
                    "last week's walking came in under the target, so this week has another go at it"
                }
                Some((WeekPain::TooFewRatings, _)) => {
                    "last week had too few morning check-ins to tell how your back settled; \
                     a few check-ins this week let it grow again"
                }
                _ => "your mornings were not quite settled last week; it grows again after a settled week",
            };
            format!("{plan} It stays the same: {why}.")
        }
        Mode::Flare => format!(
            "During a flare, keep walking at a length that feels comfortable, shorter and more \
             often: a few short walks through the day rather than one long one. Gentle movement \
             helps a flare settle. Your target of {target} minutes a week waits until things settle."
        ),
        Mode::AtGoal => format!(
            "You are at the goal: {} walks a week of {} minutes or more. Keep it going at a pace \
             that feels comfortable.",
            rules::WALK_GOAL_WALKS_PER_WEEK,
            rules::WALK_GOAL_MINUTES_PER_WALK
        ),
    }
}

/// The check-in that counts for each date up to today: the last one of the date.
fn by_day(checkins: &[CheckIn], today: NaiveDate) -> BTreeMap<NaiveDate, &CheckIn> {
    let mut days = BTreeMap::new();
    for checkin in checkins.iter().filter(|checkin| checkin.date <= today) {
        days.insert(checkin.date, checkin);
    }
    days
}

/// The Monday of a date's ISO week.
fn monday_of(day: NaiveDate) -> NaiveDate {
    Week::of(day)
        .monday()
        .unwrap_or_else(|| day.week(Weekday::Mon).first_day())
}

#[cfg(test)]
#[path = "walking_tests.rs"]
mod tests;
