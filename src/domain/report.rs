//! The report for a clinician: one page over a chosen period, made from the person's own log on the
//! device (or from a backup file by the CLI): usual pain and its trend, flares, sessions done of
//! planned, rungs climbed, the person's activities and confidence with the meaningful-change
//! verdicts, walking against target, the current plan, and the safety answers with dates.

use chrono::{Days, NaiveDate};

use super::checkin::CheckIn;
use super::data::AppData;
use super::engine;
use super::progress;
use super::rules;
use super::screen;
use super::stats::{self, Change};
use super::strength;
use super::units::Unit;
use super::walking;

/// One section of the report: a heading and its lines.
#[derive(Clone, Debug, PartialEq)]
pub struct Section {
    /// The heading.
    pub heading: &'static str,
    /// Its lines, each a sentence or a short list item.
    pub lines: Vec<String>,
}

/// The numbers behind the report, for tests and the CLI's checks.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Numbers {
    /// Morning pain over the first days of the period and the last, with days rated.
    pub morning_pain: Option<(stats::PainAverage, stats::PainAverage, Change)>,
    /// Flares that began in the period, by first day.
    pub flare_starts: Vec<NaiveDate>,
    /// Finished sessions in the period.
    pub sessions_done: usize,
    /// Sessions planned in the period (days a week × weeks).
    pub sessions_planned: usize,
    /// Minutes walked in the period's whole weeks, and their targets' sum.
    pub walked_minutes: u32,
    /// The walking targets of the period's weeks, summed.
    pub walk_target_minutes: u32,
    /// Weeks of the period with the week's target walked, and weeks counted.
    pub walk_weeks_on_target: (usize, usize),
}

/// The report.
#[derive(Clone, Debug, PartialEq)]
pub struct Report {
    /// The title with the period.
    pub title: String,
    /// The sections, in reading order.
    pub sections: Vec<Section>,
    /// The numbers behind it.
    pub numbers: Numbers,
}

/// What the app is and is not, the report's last line.
pub const ABOUT: &str = "Durable is a self-guided strength and walking programme for back pain, \
    run on the person's own device. It gives education and structure from their own ratings; it does \
    not diagnose, and this is not a medical record. Pain ratings are 0–10 (NPRS); activities are the \
    Patient-Specific Functional Scale.";

/// The period a report covers unless the person picks another: the last
/// [`rules::PROGRESS_CHART_WEEKS`] weeks up to `today`, like the Progress charts.
pub fn default_period(today: NaiveDate) -> (NaiveDate, NaiveDate) {
    let days = 7 * rules::PROGRESS_CHART_WEEKS as u64 - 1;
    (
        today.checked_sub_days(Days::new(days)).unwrap_or(today),
        today,
    )
}

/// The report of `data` over `from`–`to` (both included). Nothing after `to` is read.
pub fn report(data: &AppData, from: NaiveDate, to: NaiveDate) -> Report {
    let (from, to) = (from.min(to), from.max(to));
    let period = within(data, from, to);
    let unit = data
        .profile
        .as_ref()
        .map_or(Unit::Kg, |profile| profile.unit);
    let n_days = (to - from).num_days() + 1;
    let mut numbers = Numbers::default();
    let title = format!(
        "Durable report: {} to {} ({} days)",
        show(from),
        show(to),
        n_days
    );

    let pain = pain_section(data, &period, from, to, &mut numbers);
    let training = training_section(data, &period, from, to, unit, &mut numbers);
    let outcomes = outcome_section(&period, to);
    let walking = walking_section(data, from, to, &mut numbers);
    let plan = plan_section(data, to, unit);
    let safety = safety_section(data, from, to);
    Report {
        title,
        sections: vec![
            pain,
            training,
            outcomes,
            walking,
            plan,
            safety,
            Section {
                heading: "About this report",
                lines: vec![ABOUT.to_string()],
            },
        ],
        numbers,
    }
}

impl Report {
    /// The report as plain text.
    pub fn to_text(&self) -> String {
        let mut text = format!(
            "{}\n{}\n",
            self.title,
            "=".repeat(self.title.chars().count())
        );
        for section in &self.sections {
            text.push_str(&format!("\n{}\n", section.heading));
            for line in &section.lines {
                text.push_str(&format!("- {line}\n"));
            }
        }
        text
    }

    /// The report as a standalone HTML page sized for one A4 sheet.
    pub fn to_html(&self) -> String {
        let mut html = format!(
            "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>{}</title>\n\
             <style>@page {{ size: A4; margin: 14mm; }} body {{ font: 10pt/1.35 system-ui, sans-serif; \
             color: #1d2624; max-width: 48rem; margin: 1rem auto; }} h1 {{ font-size: 14pt; }} \
             h2 {{ font-size: 11pt; margin: 0.6rem 0 0.2rem; }} ul {{ margin: 0; padding-left: 1.1rem; }}</style>\n\
             </head><body>\n<h1>{}</h1>\n",
            escape(&self.title),
            escape(&self.title)
        );
        for section in &self.sections {
            html.push_str(&format!("<h2>{}</h2>\n<ul>\n", escape(section.heading)));
            for line in &section.lines {
                html.push_str(&format!("<li>{}</li>\n", escape(line)));
            }
            html.push_str("</ul>\n");
        }
        html.push_str("</body></html>\n");
        html
    }
}

/// The data of the period: sessions, check-ins and outcomes dated `from`–`to`.
fn within(data: &AppData, from: NaiveDate, to: NaiveDate) -> AppData {
    let inside = |day: NaiveDate| day >= from && day <= to;
    AppData {
        profile: data.profile.clone(),
        program: data.program.clone(),
        sessions: data
            .sessions
            .iter()
            .filter(|session| inside(session.started.date()))
            .cloned()
            .collect(),
        checkins: data
            .checkins
            .iter()
            .filter(|checkin| inside(checkin.date))
            .cloned()
            .collect(),
        outcomes: data
            .outcomes
            .iter()
            .filter(|outcome| inside(outcome.date))
            .cloned()
            .collect(),
    }
}

/// Usual pain as known on `day`: the latest weekly check on or before it, else onboarding's.
fn usual_on(data: &AppData, day: NaiveDate) -> Option<u8> {
    data.outcomes
        .iter()
        .filter(|outcome| outcome.date <= day)
        .filter_map(|outcome| outcome.usual_pain)
        .next_back()
        .or(data.profile.as_ref().map(|profile| profile.baseline_pain))
}

/// Usual pain, morning pain at the start and end of the period, and flares.
fn pain_section(
    data: &AppData,
    period: &AppData,
    from: NaiveDate,
    to: NaiveDate,
    numbers: &mut Numbers,
) -> Section {
    let mut lines = Vec::new();
    let usual: Vec<(NaiveDate, u8)> = period
        .outcomes
        .iter()
        .filter_map(|outcome| Some((outcome.date, outcome.usual_pain?)))
        .collect();
    match (usual.first(), usual.last()) {
        (Some(first), Some(last)) if first.0 != last.0 => lines.push(format!(
            "Usual pain (weekly check, 0–10): {} on {}, {} on {}.",
            first.1,
            show(first.0),
            last.1,
            show(last.0)
        )),
        (Some(only), _) => lines.push(format!(
            "Usual pain (weekly check, 0–10): {} on {}.",
            only.1,
            show(only.0)
        )),
        _ => lines.push("Usual pain: no weekly check in this period.".to_string()),
    }

    // Morning pain: the first and the last window of the period, when they do not overlap.
    let window = rules::PAIN_COMPARISON_WINDOW_DAYS;
    let first_end = from
        .checked_add_days(Days::new((window - 1) as u64))
        .unwrap_or(to);
    let last_start = to
        .checked_sub_days(Days::new((window - 1) as u64))
        .unwrap_or(from);
    let mean_over = |start: NaiveDate, end: NaiveDate| {
        let ratings: Vec<u8> = period
            .checkins
            .iter()
            .filter(|checkin| checkin.date >= start && checkin.date <= end)
            .filter_map(|checkin| checkin.pain)
            .collect();
        (!ratings.is_empty()).then(|| stats::PainAverage {
            mean: ratings.iter().map(|pain| f32::from(*pain)).sum::<f32>() / ratings.len() as f32,
            days: ratings.len(),
        })
    };
    let needed = rules::INSIGHT_MIN_DAYS_PER_SIDE;
    match (
        last_start > first_end,
        mean_over(from, first_end),
        mean_over(last_start, to),
    ) {
        (true, Some(first), Some(last)) if first.days >= needed && last.days >= needed => {
            let change = stats::pain_change(first.mean, last.mean);
            let verdict = match change {
                Change::Better => "lower, a change that matters (2 points or 30%)",
                Change::Worse => "higher, a change that matters (2 points or 30%)",
                Change::NoClearChange => "no clear change (under 2 points and 30%)",
            };
            lines.push(format!(
                "Morning pain averaged {:.1} over the first {window} days ({} rated) and {:.1} over \
                 the last {window} ({} rated): {verdict}.",
                first.mean, first.days, last.mean, last.days
            ));
            numbers.morning_pain = Some((first, last, change));
        }
        _ => lines.push(format!(
            "Morning pain: too few rated days to compare the first and last {window} days (at least \
             {needed} each)."
        )),
    }

    let starts = flare_starts(data, &period.checkins);
    lines.push(match starts.len() {
        0 => "Flares: none recorded.".to_string(),
        n => format!(
            "Flares: {n}, from {}.",
            starts
                .iter()
                .map(|day| show(*day))
                .collect::<Vec<_>>()
                .join(", ")
        ),
    });
    numbers.flare_starts = starts;
    Section {
        heading: "Pain",
        lines,
    }
}

/// First days of flares among `checkins`: "I'm having a flare" tapped, or
/// [`rules::FLARE_TRIGGER_MORNINGS`] mornings in a row at usual + [`rules::FLARE_POINTS_ABOVE_USUAL`]
/// or more. Flare days closer together than a settled morning belong to one flare.
fn flare_starts(data: &AppData, checkins: &[CheckIn]) -> Vec<NaiveDate> {
    let mut sorted: Vec<&CheckIn> = checkins.iter().collect();
    sorted.sort_by_key(|checkin| checkin.date);
    let high = |checkin: &CheckIn| {
        let usual = usual_on(data, checkin.date).unwrap_or(10);
        checkin
            .pain
            .is_some_and(|pain| pain >= usual.saturating_add(rules::FLARE_POINTS_ABOVE_USUAL))
    };
    let mut starts = Vec::new();
    let mut in_flare = false;
    let mut run: Vec<NaiveDate> = Vec::new();
    for checkin in sorted {
        let follows = run
            .last()
            .is_some_and(|last| (checkin.date - *last).num_days() == 1);
        if high(checkin) {
            if !follows {
                run.clear();
            }
            run.push(checkin.date);
        } else {
            run.clear();
        }
        let triggered = checkin.flare || run.len() as u32 >= rules::FLARE_TRIGGER_MORNINGS;
        if triggered && !in_flare {
            starts.push(if checkin.flare { checkin.date } else { run[0] });
            in_flare = true;
        } else if !triggered && !high(checkin) && checkin.pain.is_some() {
            in_flare = false;
        }
    }
    starts
}

/// Sessions done of planned, and rungs climbed per movement.
fn training_section(
    data: &AppData,
    period: &AppData,
    from: NaiveDate,
    to: NaiveDate,
    unit: Unit,
    numbers: &mut Numbers,
) -> Section {
    let done = period
        .sessions
        .iter()
        .filter(|session| session.finished)
        .count();
    let per_week = data
        .profile
        .as_ref()
        .map_or(0, |profile| usize::from(profile.days_per_week));
    let n_days = usize::try_from((to - from).num_days() + 1).unwrap_or(0);
    let planned = (per_week * n_days).div_ceil(7);
    numbers.sessions_done = done;
    numbers.sessions_planned = planned;
    let mut lines = vec![format!(
        "Sessions done: {done} of {planned} planned ({per_week} a week)."
    )];
    let movements = strength::progress(period, to, &[], unit);
    if movements.is_empty() {
        lines.push("No sessions logged in this period.".to_string());
    }
    for movement in movements {
        let now = movement
            .timeline
            .iter()
            .filter(|spell| spell.current)
            .map(|spell| spell.name.clone())
            .collect::<Vec<_>>();
        let now = match now.split_last() {
            Some((last, rest)) if !rest.is_empty() => format!("{} and {last}", rest.join(", ")),
            _ => now.concat(),
        };
        let climbed = match movement.rungs_climbed {
            Some(0) | None => "no change of exercise".to_string(),
            Some(1) => "1 step up the ladder".to_string(),
            Some(steps) if steps > 0 => format!("{steps} steps up the ladder"),
            Some(steps) => format!("{} steps easier", -steps),
        };
        lines.push(format!(
            "{}: now {now}; {climbed}.",
            movement.pattern.label()
        ));
    }
    Section {
        heading: "Training",
        lines,
    }
}

/// The person's activities (PSFS) and confidence, first against latest, with the verdicts.
fn outcome_section(period: &AppData, to: NaiveDate) -> Section {
    let summary = progress::summary(period, to);
    let mut lines = Vec::new();
    match summary.psfs {
        Some(psfs) => {
            lines.push(format!(
                "Activities (PSFS mean, 0–10): {:.1} on {}, {:.1} on {}: {}.",
                psfs.first_mean,
                show(psfs.first_date),
                psfs.latest_mean,
                show(psfs.latest_date),
                verdict(psfs.mean_change, "2 points")
            ));
            for item in psfs.activities {
                lines.push(format!(
                    "‘{}’: {} → {}: {}.",
                    item.activity.trim(),
                    item.first,
                    item.latest,
                    verdict(item.change, "3 points")
                ));
            }
        }
        None => lines.push("Activities: not scored in this period.".to_string()),
    }
    match summary.confidence {
        Some(confidence) => lines.push(format!(
            "Confidence in usual activities despite pain (0–10): {} on {}, {} on {}: {}.",
            confidence.first,
            show(confidence.first_date),
            confidence.latest,
            show(confidence.latest_date),
            verdict(confidence.change, "2 points")
        )),
        None => lines.push("Confidence: not rated in this period.".to_string()),
    }
    Section {
        heading: "Activities and confidence",
        lines,
    }
}

/// A meaningful-change verdict.
fn verdict(change: Change, threshold: &str) -> String {
    match change {
        Change::Better => format!("better, a change that matters ({threshold} or more)"),
        Change::Worse => format!("worse, a change that matters ({threshold} or more)"),
        Change::NoClearChange => format!("no clear change (under {threshold})"),
    }
}

/// Walking in the period's weeks against each week's target.
fn walking_section(
    data: &AppData,
    from: NaiveDate,
    to: NaiveDate,
    numbers: &mut Numbers,
) -> Section {
    let Some(track) = walking::track(data, to, false) else {
        return Section {
            heading: "Walking",
            lines: vec!["No walking track yet.".to_string()],
        };
    };
    // Whole weeks that start in the period (the last may be partial when `to` is mid-week).
    let weeks: Vec<&walking::WalkWeek> = track
        .weeks
        .iter()
        .filter(|week| week.monday >= from && week.monday <= to)
        .collect();
    let walked: u32 = weeks.iter().map(|week| week.walked).sum();
    let target: u32 = weeks.iter().map(|week| week.target).sum();
    let on_target = weeks
        .iter()
        .filter(|week| week.walked >= week.target)
        .count();
    numbers.walked_minutes = walked;
    numbers.walk_target_minutes = target;
    numbers.walk_weeks_on_target = (on_target, weeks.len());
    let lines = vec![
        format!(
            "Walked {walked} minutes against weekly targets adding up to {target} minutes; the \
             week's target was reached in {on_target} of {} weeks.",
            weeks.len()
        ),
        format!(
            "Target now: {} minutes a week (about {} walks of {} minutes); goal {} walks of {} \
             minutes. The target grows about {}% after a week with settled mornings.",
            track.target,
            rules::WALK_GOAL_WALKS_PER_WEEK,
            track.per_walk,
            rules::WALK_GOAL_WALKS_PER_WEEK,
            rules::WALK_GOAL_MINUTES_PER_WALK,
            rules::WALK_TARGET_GROWTH_PERCENT
        ),
    ];
    Section {
        heading: "Walking",
        lines,
    }
}

/// The plan as of the period's last day.
fn plan_section(data: &AppData, to: NaiveDate, unit: Unit) -> Section {
    let plan = engine::prescribe(data, to);
    let status = match plan.status {
        engine::Status::Normal => "progressing normally",
        engine::Status::Flare => "flare sessions (half the sets, easier)",
        engine::Status::ReEntry => "coming back after a flare",
        engine::Status::LightWeek => "a planned lighter week",
        engine::Status::Blocked => "paused until the safety questions are cleared",
    };
    let mut lines = vec![format!("As of {}: {status}.", show(to))];
    for day in plan.days {
        let slots: Vec<String> = day.slots.iter().map(|slot| slot.line(unit)).collect();
        lines.push(format!("{}: {}.", day.name, slots.join("; ")));
    }
    Section {
        heading: "Current plan",
        lines,
    }
}

/// The safety answers given in the period, and the one in force at its start.
fn safety_section(data: &AppData, from: NaiveDate, to: NaiveDate) -> Section {
    let screens = data
        .profile
        .as_ref()
        .map(|profile| profile.screens.as_slice())
        .unwrap_or_default();
    let in_force = screens.iter().rposition(|record| record.date < from);
    let shown = screens.iter().enumerate().filter(|(index, record)| {
        Some(*index) == in_force || (record.date >= from && record.date <= to)
    });
    let mut lines: Vec<String> = shown
        .map(|(_, record)| {
            let answers = if record.yes.is_empty() {
                "no to every question".to_string()
            } else {
                let yes: Vec<String> = record
                    .yes
                    .iter()
                    .map(|id| screen::find(id).map_or(id.clone(), |question| question.text()))
                    .collect();
                format!("yes to: {}", yes.join(" / "))
            };
            let cleared = record
                .cleared
                .map(|day| {
                    format!(
                        " Cleared by a clinician, as the person confirmed on {}.",
                        show(day)
                    )
                })
                .unwrap_or_default();
            format!("{}: {answers}.{cleared}", show(record.date))
        })
        .collect();
    if lines.is_empty() {
        lines.push("No safety questions answered.".to_string());
    }
    Section {
        heading: "Safety questions",
        lines,
    }
}

/// A date as people read it: "3 Mar 2026".
fn show(date: NaiveDate) -> String {
    progress::show_date(date)
}

/// Escapes text for HTML.
fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

#[cfg(test)]
#[path = "report_tests.rs"]
mod tests;
