//! The pain gate (CLINICAL.md §2) of one logged exercise, read from the facts: pain during (or right
//! after), pain right after, the next morning against usual pain, and the trend of morning pain.

use chrono::Duration;

use super::facts::{Entry, Facts};
use super::rule::{Gate, PainWhen, Rule};
use crate::domain::rules;

/// A gate with the rules that set it.
#[derive(Clone, Debug, PartialEq)]
pub(super) struct GateRead {
    /// The worst light any part gave.
    pub(super) gate: Gate,
    /// The parts that were not green, or one green summary when all were.
    pub(super) rules: Vec<Rule>,
    /// True when the gate is amber only because a rating is missing: it holds, but does not count
    /// toward a micro-regression [design].
    pub(super) missing_only: bool,
    /// The highest pain rating read, for the flare path.
    pub(super) severe: Option<Rule>,
}

/// The light for pain during an exercise (or right after, standing in) [S1–S5].
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
pub(super) fn morning_light(morning: u8, usual: u8) -> Gate {
    let above = morning.saturating_sub(usual);
    if above >= rules::RED_MORNING_POINTS_ABOVE_BASELINE {
        Gate::Red
    } else if above >= rules::AMBER_MORNING_POINTS_ABOVE_BASELINE {
        Gate::Amber
    } else {
        Gate::Green
    }
}

/// Reads the gate of one logged exercise; `trend` adds the weekly morning-pain trend (re-entry
/// reads the session alone, because the flare itself lifts the weekly averages [S9, design]).
///
/// Missing ratings are never read as green: without pain during (or right after) or a next-morning
/// check-in the gate is at most amber [design].
pub(super) fn read(entry: &Entry, facts: &Facts, trend: bool) -> GateRead {
    let mut gate = Gate::Green;
    let mut fired = Vec::new();
    let mut missing = true;
    let mut raise = |light: Gate, rule: Rule, is_missing: bool, fired: &mut Vec<Rule>| {
        if light > Gate::Green {
            gate = gate.max(light);
            missing &= is_missing;
            fired.push(rule);
        }
    };
    let mut severe: Option<(u8, PainWhen)> = None;
    let mut note_severe = |pain: u8, when: PainWhen| {
        if pain >= rules::SEVERE_PAIN && severe.is_none_or(|(worst, _)| pain > worst) {
            severe = Some((pain, when));
        }
    };
    match (entry.pain_during, entry.pain_after) {
        (Some(during), after) => {
            note_severe(during, PainWhen::During);
            let light = during_light(during);
            raise(
                light,
                Rule::PainDuring {
                    during,
                    gate: light,
                },
                false,
                &mut fired,
            );
            if let Some(after) = after {
                note_severe(after, PainWhen::After);
                if after > rules::AMBER_MAX_PAIN_DURING {
                    raise(
                        Gate::Red,
                        Rule::PainAfter {
                            after,
                            gate: Gate::Red,
                        },
                        false,
                        &mut fired,
                    );
                }
            }
        }
        (None, Some(after)) => {
            note_severe(after, PainWhen::After);
            let light = during_light(after);
            raise(
                light,
                Rule::PainAfter { after, gate: light },
                false,
                &mut fired,
            );
        }
        (None, None) => raise(Gate::Amber, Rule::PainDuringMissing, true, &mut fired),
    }
    let next_morning = entry.date() + Duration::days(1);
    let usual = facts.baselines.at(entry.date());
    let morning = facts.mornings.pain(next_morning);
    match morning {
        Some(morning) => {
            note_severe(morning, PainWhen::Morning);
            let light = morning_light(morning, usual);
            raise(
                light,
                Rule::MorningAboveUsual {
                    morning,
                    usual,
                    gate: light,
                },
                false,
                &mut fired,
            );
        }
        None => raise(
            Gate::Amber,
            Rule::MorningMissing { date: next_morning },
            true,
            &mut fired,
        ),
    }
    if trend {
        let (rises, averages) = facts
            .mornings
            .rising_weeks(next_morning, rules::RED_RISING_WEEKS);
        let last = averages.len().saturating_sub(1);
        if rises >= rules::RED_RISING_WEEKS {
            raise(
                Gate::Red,
                Rule::WeeklyAverageRising { averages },
                false,
                &mut fired,
            );
        } else if rises >= 1 {
            raise(
                Gate::Amber,
                Rule::MorningAverageRising {
                    before: averages[last - 1],
                    after: averages[last],
                },
                false,
                &mut fired,
            );
        }
    }
    let severe = severe.map(|(pain, when)| Rule::SeverePain { pain, when });
    if severe.is_some() {
        gate = Gate::Red;
        missing = false;
    }
    if gate == Gate::Green {
        fired.push(Rule::GateGreen {
            during: entry.during_or_after().unwrap_or_default(),
            morning: morning.unwrap_or_default(),
            usual,
        });
    }
    GateRead {
        gate,
        rules: fired,
        missing_only: gate == Gate::Amber && missing,
        severe,
    }
}
