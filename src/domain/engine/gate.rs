//! The pain gate (CLINICAL.md §2): green, amber or red for one logged exercise, from pain during it,
//! the next morning against usual pain, and the trend of morning pain.

use chrono::Duration;
use serde::Serialize;

use super::history::{rising, Baselines, Entry, Mornings};
use super::reason::Rule;
use crate::domain::rules;

/// The traffic light of the pain-monitoring model [S1–S5].
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Gate {
    /// Progression allowed.
    Green,
    /// Hold: same load and reps.
    Amber,
    /// Regress.
    Red,
}

/// A gate with the rules that set it.
#[derive(Clone, Debug, PartialEq)]
pub(super) struct GateRead {
    /// The worst light any part gave.
    pub(super) gate: Gate,
    /// The parts that were not green, or one green summary when all were.
    pub(super) rules: Vec<Rule>,
}

/// The light for pain during an exercise [S1–S5].
pub(super) fn during_light(during: u8) -> Gate {
    if during <= rules::GREEN_MAX_PAIN_DURING {
        Gate::Green
    } else if during <= rules::AMBER_MAX_PAIN_DURING {
        Gate::Amber
    } else {
        Gate::Red
    }
}

/// The light for next-morning pain against usual pain [S1–S5, S7].
pub(super) fn morning_light(morning: u8, baseline: u8) -> Gate {
    let above = morning.saturating_sub(baseline);
    if above >= rules::RED_MORNING_POINTS_ABOVE_BASELINE {
        Gate::Red
    } else if above >= rules::AMBER_MORNING_POINTS_ABOVE_BASELINE {
        Gate::Amber
    } else {
        Gate::Green
    }
}

/// Reads the gate of one logged exercise.
///
/// Missing ratings are never read as green: without pain during or a next-morning check-in the gate
/// is at most amber [design].
pub(super) fn read(entry: &Entry, mornings: &Mornings, baselines: &Baselines) -> GateRead {
    read_parts(entry, mornings, baselines, true)
}

/// Reads the gate of one logged exercise from that session alone (pain during and the next
/// morning), without the morning-pain trend. Re-entry after a flare uses it: the flare itself lifts
/// the weekly averages, and settled mornings are already its entry criterion [S9, design].
pub(super) fn read_session(entry: &Entry, mornings: &Mornings, baselines: &Baselines) -> GateRead {
    read_parts(entry, mornings, baselines, false)
}

/// The gate, with or without the morning-pain trend.
fn read_parts(entry: &Entry, mornings: &Mornings, baselines: &Baselines, trend: bool) -> GateRead {
    let mut gate = Gate::Green;
    let mut fired = Vec::new();
    let mut raise = |light: Gate, rule: Rule, fired: &mut Vec<Rule>| {
        if light > Gate::Green {
            gate = gate.max(light);
            fired.push(rule);
        }
    };
    match entry.pain_during {
        Some(during) => raise(
            during_light(during),
            Rule::PainDuring {
                during,
                gate: during_light(during),
            },
            &mut fired,
        ),
        None => raise(Gate::Amber, Rule::PainDuringMissing, &mut fired),
    }
    let next_morning = entry.date + Duration::days(1);
    let baseline = baselines.at(entry.date);
    let morning = mornings.pain(next_morning);
    match morning {
        Some(morning) => raise(
            morning_light(morning, baseline),
            Rule::MorningAboveBaseline {
                morning,
                baseline,
                gate: morning_light(morning, baseline),
            },
            &mut fired,
        ),
        None => raise(
            Gate::Amber,
            Rule::MorningMissing { date: next_morning },
            &mut fired,
        ),
    }
    let weeks = if trend {
        mornings.three_weeks(next_morning)
    } else {
        [None; 3]
    };
    if rising(weeks[0], weeks[1]) && rising(weeks[1], weeks[2]) {
        raise(
            Gate::Red,
            Rule::WeeklyAverageRising {
                averages: weeks.map(|week| week.unwrap_or_default()),
            },
            &mut fired,
        );
    } else if rising(weeks[1], weeks[2]) {
        raise(
            Gate::Amber,
            Rule::MorningAverageRising {
                before: weeks[1].unwrap_or_default(),
                after: weeks[2].unwrap_or_default(),
            },
            &mut fired,
        );
    }
    if gate == Gate::Green {
        fired.push(Rule::GateGreen {
            during: entry.pain_during.unwrap_or_default(),
            morning: morning.unwrap_or_default(),
            baseline,
        });
    }
    GateRead { gate, rules: fired }
}
