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
pub fn round_up(value: u32) -> u32 {
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

/// SVG markup, written as text: one `inner_html` per chart costs far less wasm than a typed view
/// per element, and the browser parses it in the SVG namespace (so `<title>` is SVG's).
struct Markup(String);

impl Markup {
    /// Starts a chart with its `<title>` (the tooltip; the accessible name is on the `<svg>`).
    fn new(title: &str) -> Markup {
        Markup(format!("<title>{}</title>", escape(title)))
    }

    /// A horizontal line across the plot.
    fn rule(&mut self, class: &str, y: f32) {
        self.0.push_str(&format!(
            r#"<line class="{class}" x1="{}" x2="{}" y1="{}" y2="{}"/>"#,
            at(LEFT),
            at(WIDTH - RIGHT),
            at(y),
            at(y)
        ));
    }

    /// A label at (x, y), anchored "start", "middle" or "end".
    fn label(&mut self, x: f32, y: f32, anchor: &str, text: &str) {
        self.0.push_str(&format!(
            r#"<text class="chart-label" x="{}" y="{}" text-anchor="{anchor}">{}</text>"#,
            at(x),
            at(y),
            escape(text)
        ));
    }

    /// Grid lines with their value labels at 0, half of `max` and `max`, and the week labels
    /// under the plot (every other week, always the latest).
    fn frame(&mut self, max: f32, weeks: &[String]) {
        for value in [0.0, max / 2.0, max] {
            let y = y_of(value, max);
            self.rule("chart-grid", y);
            self.label(LEFT - 4.0, y + 3.5, "end", &number(value));
        }
        let n_weeks = weeks.len();
        for (index, week) in weeks.iter().enumerate() {
            if (n_weeks - 1 - index).is_multiple_of(2) {
                let x = column_centre(index, n_weeks);
                self.label(x, TOP + PLOT_HEIGHT + 13.0, "middle", week);
            }
        }
    }
}

/// Text made safe inside SVG markup.
fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// A chart: the drawing as a named image, and the hidden table with its numbers.
fn figure(
    markup: Markup,
    title: String,
    heading: String,
    weeks: Vec<String>,
    cells: Vec<String>,
) -> impl IntoView {
    view! {
        <figure class="chart">
            <svg
                class="chart-svg"
                viewBox=format!("0 0 {WIDTH} {HEIGHT}")
                width="100%"
                role="img"
                aria-label=title.clone()
                inner_html=markup.0
            ></svg>
            // The wrapper hides the table: a table ignores `width`, so hiding the table itself would
            // leave its full width in the page and make it scroll sideways.
            <div class="visually-hidden">
            <table>
                <caption>{title}</caption>
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
            </div>
        </figure>
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
    let mut markup = Markup::new(&title);
    markup.frame(max, &weeks);
    let points: Vec<Option<(f32, f32)>> = values
        .iter()
        .enumerate()
        .map(|(index, value)| Some((column_centre(index, n_weeks), y_of((*value)?, max))))
        .collect();
    // One path with a new "move to" after each gap, so missing weeks break the line.
    let mut path = String::new();
    let mut after_gap = true;
    for point in &points {
        match point {
            Some((x, y)) => {
                let command = if after_gap { 'M' } else { 'L' };
                path.push_str(&format!("{command}{} {} ", at(*x), at(*y)));
                after_gap = false;
            }
            None => after_gap = true,
        }
    }
    markup.0.push_str(&format!(
        r#"<path class="chart-line" fill="none" d="{}"/>"#,
        path.trim_end()
    ));
    for (x, y) in points.into_iter().flatten() {
        markup.0.push_str(&format!(
            r#"<circle class="chart-point" cx="{}" cy="{}" r="3"/>"#,
            at(x),
            at(y)
        ));
    }
    figure(markup, title, heading, weeks, cells)
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
    /// A mark per week (e.g. the week's walking target), drawn as a short solid line over the
    /// week's column; empty for none.
    #[prop(optional)]
    marks: Vec<Option<u32>>,
) -> impl IntoView {
    let n_weeks = weeks.len();
    let highest_mark = marks.iter().flatten().copied().max();
    let max = round_up(
        values
            .iter()
            .copied()
            .chain(goal)
            .chain(highest_mark)
            .max()
            .unwrap_or(0),
    ) as f32;
    let bar_width = column_width(n_weeks) * 0.62;
    let mut markup = Markup::new(&title);
    markup.frame(max, &weeks);
    for (index, value) in values.iter().enumerate().filter(|(_, value)| **value > 0) {
        let y = y_of(*value as f32, max);
        let partial = if index + 1 == n_weeks { " partial" } else { "" };
        markup.0.push_str(&format!(
            r#"<rect class="chart-bar {}{partial}" x="{}" y="{}" width="{}" height="{}" rx="2"/>"#,
            escape(&tone),
            at(column_centre(index, n_weeks) - bar_width / 2.0),
            at(y),
            at(bar_width),
            at(TOP + PLOT_HEIGHT - y)
        ));
    }
    if let Some(goal) = goal {
        markup.rule("chart-goal", y_of(goal as f32, max));
    }
    for (index, mark) in marks.iter().enumerate() {
        let Some(mark) = mark else { continue };
        let (x, y) = (column_centre(index, n_weeks), y_of(*mark as f32, max));
        markup.0.push_str(&format!(
            r#"<line class="chart-mark" x1="{}" x2="{}" y1="{}" y2="{}"/>"#,
            at(x - bar_width / 2.0 - 1.0),
            at(x + bar_width / 2.0 + 1.0),
            at(y),
            at(y)
        ));
    }
    figure(markup, title, heading, weeks, cells)
}
