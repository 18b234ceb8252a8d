//! Progress: the person's own activities first, then morning pain next to training volume, then
//! walking against the weekly target and goal, then personal patterns, each with the domain's plain
//! sentences.

mod patterns;
mod strength;

use leptos::prelude::*;

use crate::domain::catalog::Pattern;
use crate::domain::patterns::PatternCard;
use crate::domain::progress::{self, ProgressSummary, WeekRow};
use crate::domain::rules;
use crate::domain::strength::{self as strength_progress, PatternStrength};
use crate::ui::components::{BarChart, LineChart};
use crate::ui::href;
use crate::ui::state::{today, AppState};

/// The progress page.
#[component]
pub fn Progress() -> impl IntoView {
    let state = expect_context::<AppState>();
    let has_profile = move || state.with_data(|data| data.profile.is_some());
    let summary = Memo::new(move |_| state.with_data(|data| progress::summary(data, today())));
    let strength = Memo::new(move |_| {
        state.with_data(|data| {
            let unit = data
                .profile
                .as_ref()
                .map(|profile| profile.unit)
                .unwrap_or_default();
            let mondays = strength_progress::chart_mondays(today(), rules::PROGRESS_CHART_WEEKS);
            strength_progress::progress(data, today(), &mondays, unit)
        })
    });
    let patterns =
        Memo::new(move |_| state.with_data(|data| crate::domain::patterns::cards(data, today())));
    view! {
        <h1>"Progress"</h1>
        {move || {
            if !has_profile() {
                return no_profile().into_any();
            }
            let summary = summary.get();
            match summary.waiting.clone() {
                Some(waiting) => too_little_data(waiting).into_any(),
                None => charts(summary, strength.get(), patterns.get()).into_any(),
            }
        }}
    }
}

/// Before onboarding: where to start.
fn no_profile() -> impl IntoView {
    view! {
        <p>"Your progress shows here once you have set up your program and started checking in."</p>
        <a class="button" href=href("/start")>"Set up your program"</a>
    }
}

/// Fewer than two weeks of check-ins: what will appear and when.
fn too_little_data(waiting: String) -> impl IntoView {
    view! {
        <section class="card" aria-labelledby="progress-soon">
            <h2 id="progress-soon">"Coming soon"</h2>
            <p>{waiting}</p>
            <p>"The weekly check adds how your own everyday activities are going, so you can see them change over the weeks."</p>
            <a class="button" href=href("/check-in")>"Morning check-in"</a>
        </section>
    }
}

/// The full page: activities, pain with training, walking, and what it rests on.
fn charts(
    summary: ProgressSummary,
    strength: Vec<PatternStrength>,
    pattern_cards: Vec<PatternCard>,
) -> impl IntoView {
    let weeks: Vec<String> = summary
        .weeks
        .iter()
        .map(|row| row.monday.format("%-d %b").to_string())
        .collect();
    let last = summary.weeks.len().saturating_sub(1);
    let so_far = move |index: usize, text: String| {
        if index == last {
            format!("{text} (so far)")
        } else {
            text
        }
    };
    let pain_cells = summary
        .weeks
        .iter()
        .map(|row| match row.pain {
            Some(average) => format!(
                "{:.1} ({} {})",
                average.mean,
                average.days,
                if average.days == 1 { "day" } else { "days" }
            ),
            None => "No check-ins".to_string(),
        })
        .collect();
    let set_cells = summary
        .weeks
        .iter()
        .enumerate()
        .map(|(index, row)| so_far(index, row.hard_sets.to_string()))
        .collect();
    let walk_cells = summary
        .weeks
        .iter()
        .enumerate()
        .map(|(index, row)| {
            so_far(
                index,
                match row.walk_target {
                    Some(target) => format!(
                        "{} of {target} minutes, {} of {} minutes or more",
                        row.walk_minutes,
                        days(row.goal_walk_days),
                        rules::WALK_GOAL_MINUTES_PER_WALK
                    ),
                    None => format!(
                        "{} minutes, {} of {} minutes or more",
                        row.walk_minutes,
                        days(row.goal_walk_days),
                        rules::WALK_GOAL_MINUTES_PER_WALK
                    ),
                },
            )
        })
        .collect();
    let counts = summary.counts;
    view! {
        {activities(&summary)}
        <section class="card" aria-labelledby="progress-pain">
            <h2 id="progress-pain">"Pain and training"</h2>
            <p class="muted">"Your training sits under your morning pain, week by week, so you can see how the two move."</p>
            <p>{summary.pain.sentence.clone()}</p>
            <h3 class="chart-heading">"Morning pain, weekly average (0–10)"</h3>
            <LineChart
                title="Average morning pain by week, 0 to 10; gaps are weeks without check-ins"
                weeks=weeks.clone()
                values=summary.weeks.iter().map(|row| row.pain.map(|average| average.mean)).collect()
                cells=pain_cells
                heading="Average morning pain (days rated)"
                max=10.0
            />
            <h3 class="chart-heading">"Training: hard sets each week"</h3>
            <BarChart
                title="Hard sets of training by week"
                weeks=weeks.clone()
                values=summary.weeks.iter().map(|row| row.hard_sets).collect()
                cells=set_cells
                heading="Hard sets"
            />
            <p>{summary.training_sentence.clone()}</p>
            <p class="small muted">{format!("A hard set is one you finished with {} or fewer reps in reserve.", rules::HARD_SET_MAX_RIR)}</p>
            {by_pattern(&summary.weeks)}
        </section>
        {strength::strength_section(strength, weeks.clone())}
        <section class="card" aria-labelledby="progress-walking">
            <h2 id="progress-walking">"Walking"</h2>
            <BarChart
                title=format!("Minutes walked by week, with each week's target and the goal of {} minutes a week", summary.walk_goal_minutes)
                weeks=weeks
                values=summary.weeks.iter().map(|row| row.walk_minutes).collect()
                cells=walk_cells
                heading="Minutes walked"
                goal=summary.walk_goal_minutes
                tone="walk"
                marks=summary.weeks.iter().map(|row| row.walk_target).collect()
            />
            <p class="small muted">{format!("The dashed line is the goal: {} minutes a week. The short line over each week is that week's target.", summary.walk_goal_minutes)}</p>
            <p>{summary.walking_sentence.clone()}</p>
        </section>
        {patterns::patterns_section(pattern_cards)}
        <section class="card" aria-labelledby="progress-report">
            <h2 id="progress-report">"For your clinician"</h2>
            <p>"A one-page report of these weeks to print or save as a PDF, made on this phone."</p>
            <a class="button secondary" href=href("/report")>"Make a report"</a>
        </section>
        <p class="small muted">
            {format!(
                "Based on {} check-ins, {} finished sessions and {} weekly checks.",
                counts.checkins, counts.sessions_done, counts.outcomes
            )}
        </p>
    }
}

/// The person's own activities (PSFS) and confidence.
fn activities(summary: &ProgressSummary) -> impl IntoView {
    let psfs = summary.psfs.clone();
    let confidence = summary
        .confidence
        .as_ref()
        .map(|confidence| confidence.sentence.clone());
    view! {
        <section class="card" aria-labelledby="progress-activities">
            <h2 id="progress-activities">"Your everyday activities"</h2>
            {match psfs {
                Some(psfs) => view! {
                    <p>{psfs.sentence}</p>
                    <ul>
                        {psfs.activities.into_iter().map(|item| view! { <li>{item.sentence}</li> }).collect_view()}
                    </ul>
                }.into_any(),
                None => view! {
                    <p>"Score a few everyday activities in the weekly check, and how they change shows here."</p>
                    <a class="button secondary" href=href("/weekly")>"Weekly check"</a>
                }.into_any(),
            }}
            {confidence.map(|sentence| view! { <p>{sentence}</p> })}
        </section>
    }
}

/// Hard sets of each movement over the chart's weeks, folded away.
fn by_pattern(weeks: &[WeekRow]) -> impl IntoView {
    let totals: Vec<(Pattern, u32)> = Pattern::ALL
        .iter()
        .map(|pattern| {
            let sets = weeks
                .iter()
                .flat_map(|row| row.by_pattern.iter())
                .filter(|(each, _)| each == pattern)
                .map(|(_, sets)| sets)
                .sum();
            (*pattern, sets)
        })
        .filter(|(_, sets)| *sets > 0)
        .collect();
    (!totals.is_empty()).then(|| view! {
        <details>
            <summary>{format!("Hard sets by movement, last {} weeks", weeks.len())}</summary>
            <table class="compare">
                <thead><tr><th scope="col">"Movement"</th><th scope="col">"Hard sets"</th></tr></thead>
                <tbody>
                    {totals.into_iter().map(|(pattern, sets)| view! {
                        <tr><th scope="row">{pattern.label()}</th><td>{sets}</td></tr>
                    }).collect_view()}
                </tbody>
            </table>
        </details>
    })
}

/// "1 day", "3 days".
fn days(count: u32) -> String {
    if count == 1 {
        "1 day".to_string()
    } else {
        format!("{count} days")
    }
}
