//! Small SVG charts on one shared week axis: a line for pain (with gaps where no data) and bars for
//! weekly counts. Each chart is an image with a name and carries a hidden table with its numbers.

use leptos::prelude::*;

/// Width of every chart in viewBox units; all charts share the geometry, so weeks line up.
const WIDTH: f32 = 320.0;
/// Room at the left for the value labels.
const LEFT: f32 = 28.0;
/// Room at the right.
const RIGHT: f32 = 6.0;
/// Room above the plot.
const TOP: f32 = 8.0;
/// Height of the plot area.
const PLOT_HEIGHT: f32 = 96.0;
/// Room below the plot for the week labels.
const AXIS_HEIGHT: f32 = 18.0;
/// Total height.
const HEIGHT: f32 = TOP + PLOT_HEIGHT + AXIS_HEIGHT;

/// The centre of a week's column.
fn column_centre(index: usize, n_weeks: usize) -> f32 {
    LEFT + (index as f32 + 0.5) * column_width(n_weeks)
}

/// The width of one week's column.
fn column_width(n_weeks: usize) -> f32 {
    (WIDTH - LEFT - RIGHT) / n_weeks.max(1) as f32
}

/// The height of `value` on a scale from 0 to `max`.
fn y_of(value: f32, max: f32) -> f32 {
    let share = if max > 0.0 {
        (value / max).clamp(0.0, 1.0)
    } else {
        0.0
    };
    TOP + PLOT_HEIGHT * (1.0 - share)
}

/// A number for an SVG attribute.
fn at(value: f32) -> String {
    format!("{value:.1}")
}

/// A round top for a scale at or above `value`: 10, 12, 14, 16, 20, 25, 30, 40, 50, 60 or 80
/// times a power of ten (10 for nothing), so the grid's half-way line falls on a plain number.
fn round_up(value: u32) -> u32 {
    const STEPS: [u32; 11] = [10, 12, 14, 16, 20, 25, 30, 40, 50, 60, 80];
    let mut scale = 1u32;
    loop {
        for step in STEPS {
            let candidate = step.saturating_mul(scale);
            if candidate >= value || candidate == u32::MAX {
                return candidate;
            }
        }
        scale = scale.saturating_mul(10);
    }
}

/// A value label: "12.5", or "50" when whole.
fn number(value: f32) -> String {
    let text = format!("{value:.1}");
    text.strip_suffix(".0").map(str::to_string).unwrap_or(text)
}

/// Horizontal grid lines with their value labels, and the week labels under the plot (every other
/// week, always the latest).
fn frame(grid: Vec<(f32, String)>, weeks: &[String]) -> impl IntoView {
    let n_weeks = weeks.len();
    let baseline = TOP + PLOT_HEIGHT;
    let week_labels = weeks
        .iter()
        .enumerate()
        .filter(|(index, _)| (n_weeks - 1 - index).is_multiple_of(2))
        .map(|(index, label)| {
            view! {
                <text class="chart-label" x=at(column_centre(index, n_weeks)) y=at(baseline + 13.0) text-anchor="middle">
                    {label.clone()}
                </text>
            }
        })
        .collect_view();
    let grid_lines = grid
        .into_iter()
        .map(|(y, label)| {
            view! {
                <line class="chart-grid" x1=at(LEFT) x2=at(WIDTH - RIGHT) y1=at(y) y2=at(y)/>
                <text class="chart-label" x=at(LEFT - 4.0) y=at(y + 3.5) text-anchor="end">{label}</text>
            }
        })
        .collect_view();
    view! {
        <g aria-hidden="true">
            {grid_lines}
            {week_labels}
        </g>
    }
}

/// The chart's `<title>` in the SVG namespace (the tooltip and accessible name of the image).
fn svg_title(title: String) -> impl IntoView {
    leptos::svg::title().child(title)
}

/// The hidden table with a chart's numbers, for screen readers.
fn number_table(
    caption: String,
    heading: String,
    weeks: Vec<String>,
    cells: Vec<String>,
) -> impl IntoView {
    view! {
        <table class="visually-hidden">
            <caption>{caption}</caption>
            <thead>
                <tr><th scope="col">"Week starting"</th><th scope="col">{heading}</th></tr>
            </thead>
            <tbody>
                {weeks
                    .into_iter()
                    .zip(cells)
                    .map(|(week, cell)| view! { <tr><th scope="row">{week}</th><td>{cell}</td></tr> })
                    .collect_view()}
            </tbody>
        </table>
    }
}

/// A line over the weeks on a 0 to `max` scale; weeks without a value leave a gap.
#[component]
pub fn LineChart(
    /// The chart's name for screen readers and as a tooltip, e.g. "Average morning pain by week".
    #[prop(into)]
    title: String,
    /// Short week labels for the axis and the table, oldest first.
    weeks: Vec<String>,
    /// One value per week; `None` where there is no data.
    values: Vec<Option<f32>>,
    /// What each week's table cell says (the value with its day count, or that there was none).
    cells: Vec<String>,
    /// The table's column heading for the values.
    #[prop(into)]
    heading: String,
    /// The top of the scale (10 for a 0–10 rating).
    max: f32,
) -> impl IntoView {
    let n_weeks = weeks.len();
    let mut path = String::new();
    let mut previous_missing = true;
    for (index, value) in values.iter().enumerate() {
        match value {
            Some(value) => {
                let command = if previous_missing { 'M' } else { 'L' };
                path.push_str(&format!(
                    "{command}{} {} ",
                    at(column_centre(index, n_weeks)),
                    at(y_of(*value, max))
                ));
                previous_missing = false;
            }
            None => previous_missing = true,
        }
    }
    let points = values
        .iter()
        .enumerate()
        .filter_map(|(index, value)| {
            let value = (*value)?;
            Some(view! {
                <circle class="chart-point" cx=at(column_centre(index, n_weeks)) cy=at(y_of(value, max)) r="3"/>
            })
        })
        .collect_view();
    let grid = [0.0, max / 2.0, max]
        .into_iter()
        .map(|value| (y_of(value, max), number(value)))
        .collect();
    let frame = frame(grid, &weeks);
    let table = number_table(title.clone(), heading, weeks, cells);
    let label = title.clone();
    view! {
        <figure class="chart">
            <svg class="chart-svg" viewBox=format!("0 0 {WIDTH} {HEIGHT}") width="100%" role="img" aria-label=label>
                {svg_title(title)}
                {frame}
                <path class="chart-line" d=path fill="none"/>
                {points}
            </svg>
            {table}
        </figure>
    }
}

/// Bars over the weeks, optionally with a dashed goal line; the latest week (not over yet) is paler.
#[component]
pub fn BarChart(
    /// The chart's name for screen readers and as a tooltip, e.g. "Hard sets by week".
    #[prop(into)]
    title: String,
    /// Short week labels for the axis and the table, oldest first.
    weeks: Vec<String>,
    /// One value per week.
    values: Vec<u32>,
    /// What each week's table cell says.
    cells: Vec<String>,
    /// The table's column heading for the values.
    #[prop(into)]
    heading: String,
    /// A goal drawn as a dashed line, if any.
    #[prop(optional)]
    goal: Option<u32>,
    /// A class for the bars' colour (e.g. "walk").
    #[prop(optional, into)]
    tone: String,
) -> impl IntoView {
    let n_weeks = weeks.len();
    let top = round_up(values.iter().copied().chain(goal).max().unwrap_or(0));
    let max = top as f32;
    let bar_width = column_width(n_weeks) * 0.62;
    let bars = values
        .iter()
        .enumerate()
        .filter(|(_, value)| **value > 0)
        .map(|(index, value)| {
            let y = y_of(*value as f32, max);
            let class = if index + 1 == n_weeks {
                format!("chart-bar partial {tone}")
            } else {
                format!("chart-bar {tone}")
            };
            view! {
                <rect
                    class=class
                    x=at(column_centre(index, n_weeks) - bar_width / 2.0)
                    y=at(y)
                    width=at(bar_width)
                    height=at(TOP + PLOT_HEIGHT - y)
                    rx="2"
                />
            }
        })
        .collect_view();
    let goal_line = goal.map(|goal| {
        let y = y_of(goal as f32, max);
        view! { <line class="chart-goal" x1=at(LEFT) x2=at(WIDTH - RIGHT) y1=at(y) y2=at(y)/> }
    });
    let grid = [0.0, max / 2.0, max]
        .into_iter()
        .map(|value| (y_of(value, max), number(value)))
        .collect();
    let frame = frame(grid, &weeks);
    let table = number_table(title.clone(), heading, weeks, cells);
    let label = title.clone();
    view! {
        <figure class="chart">
            <svg class="chart-svg" viewBox=format!("0 0 {WIDTH} {HEIGHT}") width="100%" role="img" aria-label=label>
                {svg_title(title)}
                {frame}
                {bars}
                <g aria-hidden="true">{goal_line}</g>
            </svg>
            {table}
        </figure>
    }
}
