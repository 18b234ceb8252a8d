//! The Progress page's strength section: per movement, the exercises done and since when, the
//! working load or reps week by week (a line with its hidden table), and the best set so far.

use leptos::prelude::*;

use crate::domain::strength::PatternStrength;
use crate::ui::components::{round_up, LineChart};

/// The strength section for the chart's `weeks` (axis labels).
pub fn strength_section(patterns: Vec<PatternStrength>, weeks: Vec<String>) -> impl IntoView {
    let empty = patterns.is_empty();
    view! {
        <section class="card" aria-labelledby="progress-strength">
            <h2 id="progress-strength">"Strength"</h2>
            {empty.then(|| view! { <p>"Each movement's exercises and loads show here once you have logged a session."</p> })}
            {patterns
                .into_iter()
                .map(|pattern| one_pattern(pattern, weeks.clone()))
                .collect_view()}
        </section>
    }
}

/// One movement: its sentence, best set, and the weekly line folded away.
fn one_pattern(pattern: PatternStrength, weeks: Vec<String>) -> impl IntoView {
    let label = pattern.pattern.label();
    let measure = pattern.measure.clone();
    let highest = pattern
        .weekly
        .iter()
        .flatten()
        .copied()
        .fold(0.0f32, f32::max);
    let max = round_up(highest.ceil() as u32) as f32;
    let cells = pattern
        .weekly
        .iter()
        .map(|value| match value {
            Some(value) => format!("{} {measure}", trim(*value)),
            None => "Not done".to_string(),
        })
        .collect();
    let title = format!("{label}: the latest exercise's best {measure} each week");
    let timeline: Vec<String> = pattern
        .timeline
        .iter()
        .map(|spell| {
            let rung = spell
                .rung
                .map(|rung| format!("step {rung}, "))
                .unwrap_or_default();
            let span = if spell.current {
                format!("since {}", spell.since.format("%-d %b %Y"))
            } else {
                format!(
                    "{} to {}",
                    spell.since.format("%-d %b %Y"),
                    spell.last.format("%-d %b %Y")
                )
            };
            format!("{} ({rung}{span}, {} sessions)", spell.name, spell.sessions)
        })
        .collect();
    view! {
        <article class="pattern" aria-label=label>
            <h3>{label}</h3>
            <p>{pattern.sentence.clone()}</p>
            <p class="small">{pattern.best.clone()}</p>
            <details>
                <summary>{format!("{label}: week by week and every exercise")}</summary>
                <LineChart title=title weeks=weeks values=pattern.weekly.clone() cells=cells heading=format!("Best {measure}") max=max/>
                <ul class="small">{timeline.into_iter().map(|line| view! { <li>{line}</li> }).collect_view()}</ul>
            </details>
        </article>
    }
}

/// A value without a trailing ".0".
fn trim(value: f32) -> String {
    let text = format!("{value:.1}");
    text.strip_suffix(".0").map(str::to_string).unwrap_or(text)
}
