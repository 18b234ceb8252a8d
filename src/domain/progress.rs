//! What the progress page shows: weekly pain, training and walking, and how the person's own
//! activities, morning pain and confidence have moved, each with a plain sentence.
//!
//! Every comparison is judged against the smallest change that matters (CLINICAL.md §7); smaller
//! moves read "no clear change yet", and averages carry the number of days they rest on (§8).

use std::collections::BTreeMap;

use chrono::{Days, NaiveDate, Weekday};

use super::catalog::Pattern;
use super::checkin::{CheckIn, Outcome};
use super::data::AppData;
use super::rules;
use super::stats::{self, Change, PainAverage, Week};
use super::walking;

/// One ISO week of the charts.
#[derive(Clone, Debug, PartialEq)]
pub struct WeekRow {
    /// The week.
    pub week: Week,
    /// Its Monday, for the axis label.
    pub monday: NaiveDate,
    /// Average morning pain and the days it rests on; `None` for a week without rated check-ins.
    pub pain: Option<PainAverage>,
    /// Hard sets over all patterns.
    pub hard_sets: u32,
    /// Hard sets of each pattern trained that week, in [`Pattern::ALL`] order.
    pub by_pattern: Vec<(Pattern, u32)>,
    /// Minutes walked, over the check-ins that recorded walking.
    pub walk_minutes: u32,
    /// Days with walking recorded.
    pub walk_days: u32,
    /// Days with at least [`rules::WALK_GOAL_MINUTES_PER_WALK`] minutes walked.
    pub goal_walk_days: u32,
    /// The week's walking target in minutes (CLINICAL.md §9), for weeks of the walking track.
    pub walk_target: Option<u32>,
}

/// How one of the person's own activities (PSFS) moved.
#[derive(Clone, Debug, PartialEq)]
pub struct ActivityProgress {
    /// The activity, as written in the latest outcome.
    pub activity: String,
    /// Its first score, 0–10.
    pub first: u8,
    /// When it was first scored.
    pub first_date: NaiveDate,
    /// Its latest score, 0–10.
    pub latest: u8,
    /// Whether the move matters ([`rules::PSFS_ITEM_MEANINGFUL_CHANGE`] points); higher is better.
    pub change: Change,
    /// The finding in a plain sentence.
    pub sentence: String,
}

/// How the PSFS moved from the first outcome with activities to the latest.
#[derive(Clone, Debug, PartialEq)]
pub struct PsfsProgress {
    /// The first outcome with activities.
    pub first_date: NaiveDate,
    /// The latest outcome with activities (the same as `first_date` when there is only one).
    pub latest_date: NaiveDate,
    /// Mean score of the first outcome.
    pub first_mean: f32,
    /// Mean score of the latest outcome.
    pub latest_mean: f32,
    /// Whether the mean moved enough to matter ([`rules::PSFS_MEAN_MEANINGFUL_CHANGE`] points).
    pub mean_change: Change,
    /// The mean's finding in a plain sentence.
    pub sentence: String,
    /// Each activity of the latest outcome, first score against latest.
    pub activities: Vec<ActivityProgress>,
}

/// Morning pain at the start of the check-ins against the latest days.
#[derive(Clone, Debug, PartialEq)]
pub struct PainProgress {
    /// The average over the first [`rules::PAIN_COMPARISON_WINDOW_DAYS`] days from the first
    /// rated check-in, once the windows do not overlap.
    pub first: Option<PainAverage>,
    /// The average over the latest [`rules::PAIN_COMPARISON_WINDOW_DAYS`] days up to today.
    pub recent: Option<PainAverage>,
    /// The change, when both averages rest on enough days to compare.
    pub change: Option<Change>,
    /// The finding, or when it can be made, in a plain sentence.
    pub sentence: String,
}

/// Confidence (0–10) at the first weekly outcome against the latest.
#[derive(Clone, Debug, PartialEq)]
pub struct ConfidenceProgress {
    /// The first rating.
    pub first: u8,
    /// When it was given.
    pub first_date: NaiveDate,
    /// The latest rating.
    pub latest: u8,
    /// When it was given.
    pub latest_date: NaiveDate,
    /// Whether it moved enough to matter ([`rules::CONFIDENCE_MEANINGFUL_CHANGE`]); higher is better.
    pub change: Change,
    /// The finding in a plain sentence.
    pub sentence: String,
}

/// Counts over the whole history.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Counts {
    /// Finished training sessions.
    pub sessions_done: usize,
    /// Daily check-ins up to today.
    pub checkins: usize,
    /// Check-ins with a morning pain rating.
    pub pain_days: usize,
    /// Weekly outcomes up to today.
    pub outcomes: usize,
}

/// Everything the progress page shows.
#[derive(Clone, Debug, PartialEq)]
pub struct ProgressSummary {
    /// The last [`rules::PROGRESS_CHART_WEEKS`] ISO weeks, oldest first, ending with today's.
    pub weeks: Vec<WeekRow>,
    /// ISO weeks (over the whole history) with at least one rated morning check-in.
    pub checkin_weeks: usize,
    /// When there is too little data for the charts: what will appear and when. `None` otherwise.
    pub waiting: Option<String>,
    /// The person's activities, once an outcome has some.
    pub psfs: Option<PsfsProgress>,
    /// Morning pain, first days against latest.
    pub pain: PainProgress,
    /// Confidence, once an outcome has a rating.
    pub confidence: Option<ConfidenceProgress>,
    /// Training over the chart's weeks, in a plain sentence.
    pub training_sentence: String,
    /// Walking last week and this week against the goal, in a plain sentence.
    pub walking_sentence: String,
    /// The weekly walking goal in minutes ([`rules::WALK_GOAL_WALKS_PER_WEEK`] walks of
    /// [`rules::WALK_GOAL_MINUTES_PER_WALK`] minutes).
    pub walk_goal_minutes: u32,
    /// Counts over the whole history.
    pub counts: Counts,
}

/// The progress page's numbers and sentences for `data` as of `today`. Records dated after today
/// are left out.
pub fn summary(data: &AppData, today: NaiveDate) -> ProgressSummary {
    let days = by_day(&data.checkins, today);
    // Outcomes are stored oldest first (see `AppData`); no sort here keeps the wasm smaller.
    let outcomes: Vec<&Outcome> = data
        .outcomes
        .iter()
        .filter(|outcome| outcome.date <= today)
        .collect();

    let mut weeks = week_rows(data, &days, today);
    // The walking target of each chart week; a flare changes its words, not the number.
    let walk_track = walking::track(data, today, false);
    if let Some(track) = &walk_track {
        for row in &mut weeks {
            row.walk_target = track
                .weeks
                .iter()
                .find(|week| week.monday == row.monday)
                .map(|week| week.target);
        }
    }
    let rated_days: Vec<NaiveDate> = days
        .iter()
        .filter(|(_, checkin)| checkin.pain.is_some())
        .map(|(day, _)| *day)
        .collect();
    let checkin_weeks = {
        let mut seen: Vec<Week> = rated_days.iter().map(|day| Week::of(*day)).collect();
        seen.dedup();
        seen.len()
    };
    let walk_goal_minutes =
        u32::from(rules::WALK_GOAL_WALKS_PER_WEEK) * u32::from(rules::WALK_GOAL_MINUTES_PER_WALK);
    ProgressSummary {
        waiting: waiting_sentence(checkin_weeks, rated_days.len()),
        psfs: psfs_progress(&outcomes),
        pain: pain_progress(&days, rated_days.first().copied(), today),
        confidence: confidence_progress(&outcomes),
        training_sentence: training_sentence(&weeks, data, today),
        walking_sentence: walking_sentence(&weeks, walk_track.as_ref()),
        walk_goal_minutes,
        counts: Counts {
            sessions_done: data
                .sessions
                .iter()
                .filter(|session| session.finished && session.started.date() <= today)
                .count(),
            checkins: days.len(),
            pain_days: rated_days.len(),
            outcomes: outcomes.len(),
        },
        checkin_weeks,
        weeks,
    }
}

/// The check-in that counts for each date up to today: the last one of the date. A rating it
/// lacks is a missing day, never a zero.
fn by_day(checkins: &[CheckIn], today: NaiveDate) -> BTreeMap<NaiveDate, &CheckIn> {
    // Inserted one by one: collecting into a map would sort first, which costs wasm size.
    let mut days = BTreeMap::new();
    for checkin in checkins.iter().filter(|checkin| checkin.date <= today) {
        days.insert(checkin.date, checkin);
    }
    days
}

// ---------------------------------------------------------------------------------------------
// Weekly rows
// ---------------------------------------------------------------------------------------------

/// The chart weeks: pain, hard sets and walking per ISO week.
fn week_rows(
    data: &AppData,
    days: &BTreeMap<NaiveDate, &CheckIn>,
    today: NaiveDate,
) -> Vec<WeekRow> {
    let this_monday = today.week(Weekday::Mon).first_day();
    let n_weeks = rules::PROGRESS_CHART_WEEKS;
    let first_monday = this_monday
        .checked_sub_days(Days::new(7 * (n_weeks as u64).saturating_sub(1)))
        .unwrap_or(NaiveDate::MIN);
    let mut rows: Vec<WeekRow> = first_monday
        .iter_weeks()
        .take_while(|monday| *monday <= this_monday)
        .map(|monday| WeekRow {
            week: Week::of(monday),
            monday,
            pain: None,
            hard_sets: 0,
            by_pattern: Vec::new(),
            walk_minutes: 0,
            walk_days: 0,
            goal_walk_days: 0,
            walk_target: None,
        })
        .collect();
    // The row of a day: whole weeks since the first Monday (rows are consecutive weeks).
    let position = |day: NaiveDate| usize::try_from((day - first_monday).num_days() / 7).ok();

    let mut pain_sums = vec![(0u32, 0usize); rows.len()];
    for (day, checkin) in days.range(first_monday..) {
        let Some(index) = position(*day).filter(|index| *index < rows.len()) else {
            continue;
        };
        if let Some(pain) = checkin.pain {
            pain_sums[index].0 += u32::from(pain);
            pain_sums[index].1 += 1;
        }
        let row = &mut rows[index];
        if let Some(minutes) = checkin.walk_minutes {
            row.walk_minutes += u32::from(minutes);
            row.walk_days += 1;
            if minutes >= rules::WALK_GOAL_MINUTES_PER_WALK {
                row.goal_walk_days += 1;
            }
        }
    }
    for (row, (sum, n_days)) in rows.iter_mut().zip(pain_sums) {
        row.pain = (n_days > 0).then(|| PainAverage {
            mean: sum as f32 / n_days as f32,
            days: n_days,
        });
    }
    for volume in stats::weekly_volume(&data.sessions, data.program.as_ref()) {
        let Some(row) = volume
            .week
            .monday()
            .filter(|monday| *monday >= first_monday)
            .and_then(position)
            .and_then(|index| rows.get_mut(index))
        else {
            continue;
        };
        row.hard_sets += volume.hard_sets;
        // `weekly_volume` is sorted by week and then pattern, so patterns arrive in `Pattern::ALL` order.
        if volume.hard_sets > 0 {
            row.by_pattern.push((volume.pattern, volume.hard_sets));
        }
    }
    rows
}

/// What the page will show and when, while the check-ins cover too few weeks.
fn waiting_sentence(checkin_weeks: usize, pain_days: usize) -> Option<String> {
    let needed = rules::PROGRESS_MIN_CHECKIN_WEEKS;
    if checkin_weeks >= needed {
        return None;
    }
    let so_far = match checkin_weeks {
        0 => "You have no morning check-ins with a pain rating yet.".to_string(),
        _ => format!(
            "So far they cover {} ({}).",
            plural(checkin_weeks, "week", "weeks"),
            plural(pain_days, "check-in", "check-ins")
        ),
    };
    Some(format!(
        "Your charts appear once your morning check-ins cover {}: your pain week by week next to \
         your training and walking. {so_far}",
        plural(needed, "week", "weeks")
    ))
}

/// Sessions and hard sets over the chart's weeks.
fn training_sentence(weeks: &[WeekRow], data: &AppData, today: NaiveDate) -> String {
    let Some(first_monday) = weeks.first().map(|row| row.monday) else {
        return String::new();
    };
    let n_sessions = data
        .sessions
        .iter()
        .filter(|session| {
            let day = session.started.date();
            session.finished && day >= first_monday && day <= today
        })
        .count();
    let hard_sets: u32 = weeks.iter().map(|row| row.hard_sets).sum();
    let span = plural(weeks.len(), "week", "weeks");
    if n_sessions == 0 && hard_sets == 0 {
        return format!("No training logged in the last {span}.");
    }
    format!(
        "In the last {span}: {} and {}.",
        plural(n_sessions, "session", "sessions"),
        plural(hard_sets as usize, "hard set", "hard sets")
    )
}

/// Walking last week and this week so far, against this week's target and the goal.
fn walking_sentence(weeks: &[WeekRow], track: Option<&walking::WalkTrack>) -> String {
    let mut goal = format!(
        "The goal to build up to is {} walks a week of {} minutes or more.",
        rules::WALK_GOAL_WALKS_PER_WEEK,
        rules::WALK_GOAL_MINUTES_PER_WALK
    );
    if let Some(track) = track.filter(|track| track.target < track.goal) {
        goal = format!(
            "This week's target is {} minutes, about {} walks of {} minutes; it grows a little \
             after each week your mornings stay settled. {goal}",
            track.target,
            rules::WALK_GOAL_WALKS_PER_WEEK,
            track.per_walk
        );
    }
    if weeks.iter().all(|row| row.walk_days == 0) {
        return format!(
            "No walking recorded in these weeks yet. The morning check-in can note the minutes \
             you walked. {goal}"
        );
    }
    let describe = |row: &WeekRow| {
        format!(
            "{} of walking, with {} of {} minutes or more",
            plural(row.walk_minutes as usize, "minute", "minutes"),
            plural(row.goal_walk_days as usize, "day", "days"),
            rules::WALK_GOAL_MINUTES_PER_WALK
        )
    };
    let mut parts = Vec::new();
    if let [.., last_week, this_week] = weeks {
        parts.push(format!("Last week: {}.", describe(last_week)));
        parts.push(format!("This week so far: {}.", describe(this_week)));
    }
    parts.push(goal);
    parts.join(" ")
}

// ---------------------------------------------------------------------------------------------
// Outcomes
// ---------------------------------------------------------------------------------------------

/// The person's activities: first scores against latest, the mean and each activity.
fn psfs_progress(outcomes: &[&Outcome]) -> Option<PsfsProgress> {
    let scored: Vec<&Outcome> = outcomes
        .iter()
        .copied()
        .filter(|outcome| !outcome.psfs.is_empty())
        .collect();
    let first = *scored.first()?;
    let latest = *scored.last()?;
    let first_mean = stats::psfs_mean(first)?;
    let latest_mean = stats::psfs_mean(latest)?;
    let compared = scored.len() > 1;
    let mean_change = stats::psfs_change(first, latest).mean_change;
    let sentence = if compared {
        let (from, to) = (one_decimal(first_mean), one_decimal(latest_mean));
        let since = show_date(first.date);
        let start =
            format!("Since {since}, the average of your activity scores went from {from} to {to}");
        match mean_change {
            Change::NoClearChange if from == to => {
                format!("Since {since}, the average of your activity scores is still {to}: no clear change yet.")
            }
            Change::Better => format!("{start}: a change that matters."),
            Change::Worse => format!("{start}: lower than at the start. {DIP}"),
            Change::NoClearChange => format!("{start}: no clear change yet."),
        }
    } else {
        format!(
            "You scored your activities once so far, on {}. Each weekly check shows how they change.",
            show_date(first.date)
        )
    };
    let activities = latest
        .psfs
        .iter()
        .map(|item| {
            let key = activity_key(&item.activity);
            let earliest = scored
                .iter()
                .copied()
                .find(|outcome| {
                    outcome
                        .psfs
                        .iter()
                        .any(|each| activity_key(&each.activity) == key)
                })
                .unwrap_or(latest);
            let (first_score, change) = stats::psfs_change(earliest, latest)
                .items
                .into_iter()
                .find(|each| activity_key(&each.activity) == key)
                .map_or((item.score, Change::NoClearChange), |each| {
                    (each.before, each.change)
                });
            ActivityProgress {
                sentence: activity_sentence(
                    &item.activity,
                    first_score,
                    item.score,
                    change,
                    !std::ptr::eq(earliest, latest),
                ),
                activity: item.activity.clone(),
                first: first_score,
                first_date: earliest.date,
                latest: item.score,
                change,
            }
        })
        .collect();
    Some(PsfsProgress {
        first_date: first.date,
        latest_date: latest.date,
        first_mean,
        latest_mean,
        mean_change,
        sentence,
        activities,
    })
}

/// What follows a drop in a score: calm, and what the plan does about it.
const DIP: &str =
    "Scores can dip during a flare or a hard week, and the plan eases off while pain is up.";

/// One activity's finding.
fn activity_sentence(
    activity: &str,
    first: u8,
    latest: u8,
    change: Change,
    compared: bool,
) -> String {
    let name = format!("Your ‘{}’ score", activity.trim());
    if !compared {
        return format!("{name} is {latest} so far; the next weekly checks show how it changes.");
    }
    if first == latest {
        return format!("{name} is still {latest}: no clear change yet.");
    }
    let moved = format!("{name} went from {first} to {latest}");
    match change {
        Change::Better => format!("{moved}: a change that matters."),
        Change::Worse => format!("{moved}: lower than at the start. {DIP}"),
        Change::NoClearChange => format!("{moved}: no clear change yet."),
    }
}

/// How activities are matched across outcomes: ignoring case and outer spaces, like
/// [`stats::psfs_change`].
fn activity_key(activity: &str) -> String {
    activity.trim().to_lowercase()
}

/// Morning pain in the first days of the check-ins against the latest days.
fn pain_progress(
    days: &BTreeMap<NaiveDate, &CheckIn>,
    first_rated: Option<NaiveDate>,
    today: NaiveDate,
) -> PainProgress {
    let window = rules::PAIN_COMPARISON_WINDOW_DAYS;
    let not_compared = |sentence: String, first, recent| PainProgress {
        first,
        recent,
        change: None,
        sentence,
    };
    let Some(first_day) = first_rated else {
        return not_compared(
            "Morning pain: no check-ins with a pain rating yet.".to_string(),
            None,
            None,
        );
    };
    let span = |from: NaiveDate| {
        from.checked_add_days(Days::new((window - 1) as u64))
            .unwrap_or(NaiveDate::MAX)
    };
    let first_end = span(first_day);
    let recent_start = today
        .checked_sub_days(Days::new((window - 1) as u64))
        .unwrap_or(NaiveDate::MIN);
    if recent_start <= first_end {
        let from = first_end
            .checked_add_days(Days::new(window as u64))
            .unwrap_or(NaiveDate::MAX);
        return not_compared(
            format!(
                "From {}, your first {window} days of check-ins can be compared with your latest {window}.",
                show_date(from)
            ),
            None,
            None,
        );
    }
    let mean_over = |from: NaiveDate, to: NaiveDate| {
        let ratings: Vec<u8> = days
            .range(from..=to)
            .filter_map(|(_, checkin)| checkin.pain)
            .collect();
        let days = ratings.len();
        (days > 0).then(|| PainAverage {
            mean: ratings.iter().map(|pain| f32::from(*pain)).sum::<f32>() / days as f32,
            days,
        })
    };
    let first = mean_over(first_day, first_end);
    let recent = mean_over(recent_start, today);
    let needed = rules::INSIGHT_MIN_DAYS_PER_SIDE;
    let days_of = |average: Option<PainAverage>| average.map_or(0, |average| average.days);
    let (Some(first_avg), Some(recent_avg)) = (first, recent) else {
        return not_compared(too_few_days(days_of(first), days_of(recent)), first, recent);
    };
    if first_avg.days < needed || recent_avg.days < needed {
        return not_compared(too_few_days(first_avg.days, recent_avg.days), first, recent);
    }
    let change = stats::pain_change(first_avg.mean, recent_avg.mean);
    let start = format!(
        "Morning pain averaged {} over your first {window} days of check-ins ({} rated) and {} over \
         the latest {window} ({} rated)",
        one_decimal(first_avg.mean),
        plural(first_avg.days, "day", "days"),
        one_decimal(recent_avg.mean),
        plural(recent_avg.days, "day", "days"),
    );
    let sentence = match change {
        Change::Better => format!("{start}: a change that matters."),
        Change::Worse => format!(
            "{start}: higher than at the start. Pain goes up and down, and the plan eases off while \
             it is up; if it stays higher, a clinician can help you look at why."
        ),
        Change::NoClearChange => format!("{start}: no clear change yet."),
    };
    PainProgress {
        first,
        recent,
        change: Some(change),
        sentence,
    }
}

/// Why morning pain is not compared yet: too few rated days in a window.
fn too_few_days(first_days: usize, recent_days: usize) -> String {
    let window = rules::PAIN_COMPARISON_WINDOW_DAYS;
    format!(
        "Morning pain is compared once your first {window} days of check-ins and your latest {window} \
         each have at least {} rated. So far: {} and {}.",
        plural(rules::INSIGHT_MIN_DAYS_PER_SIDE, "day", "days"),
        plural(first_days, "day", "days"),
        plural(recent_days, "day", "days"),
    )
}

/// Confidence at the first outcome that rates it against the latest.
fn confidence_progress(outcomes: &[&Outcome]) -> Option<ConfidenceProgress> {
    let mut rated = outcomes
        .iter()
        .filter_map(|outcome| Some((outcome.date, outcome.confidence?)));
    let (first_date, first) = rated.next()?;
    let (latest_date, latest) = rated.next_back().unwrap_or((first_date, first));
    let change = if first.abs_diff(latest) < rules::CONFIDENCE_MEANINGFUL_CHANGE {
        Change::NoClearChange
    } else if latest > first {
        Change::Better
    } else {
        Change::Worse
    };
    let name = "Your confidence in doing your usual activities despite the pain";
    let sentence = if latest_date == first_date {
        format!("{name} is {latest} out of 10 so far; the next weekly checks show how it changes.")
    } else if first == latest {
        format!("{name} is still {latest} out of 10: no clear change yet.")
    } else {
        let moved = format!("{name} went from {first} to {latest} out of 10");
        match change {
            Change::Better => format!("{moved}: a change that matters."),
            Change::Worse => format!(
                "{moved}. Confidence can dip after a flare or a hard week; the next weekly checks \
                 show where it settles."
            ),
            Change::NoClearChange => format!("{moved}: no clear change yet."),
        }
    };
    Some(ConfidenceProgress {
        first,
        first_date,
        latest,
        latest_date,
        change,
        sentence,
    })
}

// ---------------------------------------------------------------------------------------------
// Words
// ---------------------------------------------------------------------------------------------

/// "1 week", "3 weeks".
fn plural(count: usize, one: &str, many: &str) -> String {
    if count == 1 {
        format!("1 {one}")
    } else {
        format!("{count} {many}")
    }
}

/// A score with one decimal: "4.2", or "4" when it is whole.
fn one_decimal(value: f32) -> String {
    let text = format!("{value:.1}");
    text.strip_suffix(".0").map(str::to_string).unwrap_or(text)
}

/// A date as people read it: "3 Mar 2026".
pub fn show_date(date: NaiveDate) -> String {
    date.format("%-d %b %Y").to_string()
}

#[cfg(test)]
#[path = "progress_tests.rs"]
mod tests;
