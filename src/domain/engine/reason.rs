//! Why the engine decided what it did: each rule that fired as data (with the numbers it read) and
//! as a calm sentence in the person's unit.

use chrono::NaiveDate;
use serde::Serialize;

use super::gate::Gate;
use crate::domain::catalog::{self, DoseKind};
use crate::domain::program::Load;
use crate::domain::rules;
use crate::domain::screen::Level;
use crate::domain::units::Unit;

/// A rule that fired, with the numbers it read.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "kebab-case", tag = "rule")]
pub enum Rule {
    /// Every part of the gate was green.
    GateGreen {
        /// Pain during, 0–10.
        during: u8,
        /// Next-morning pain, 0–10.
        morning: u8,
        /// Usual pain, 0–10.
        baseline: u8,
    },
    /// Pain during the exercise made the gate amber or red.
    PainDuring {
        /// Pain during, 0–10.
        during: u8,
        /// The light it gave.
        gate: Gate,
    },
    /// No pain-during rating, so the gate is at most amber.
    PainDuringMissing,
    /// Next-morning pain above usual made the gate amber or red.
    MorningAboveBaseline {
        /// Next-morning pain, 0–10.
        morning: u8,
        /// Usual pain, 0–10.
        baseline: u8,
        /// The light it gave.
        gate: Gate,
    },
    /// No next-morning check-in, so the gate is at most amber.
    MorningMissing {
        /// The morning that has no rating.
        date: NaiveDate,
    },
    /// The 7-day morning average rose: not green.
    MorningAverageRising {
        /// The week before, average pain.
        before: f32,
        /// The last 7 days, average pain.
        after: f32,
    },
    /// The weekly morning average rose two weeks running: red.
    WeeklyAverageRising {
        /// Three weekly averages, oldest first.
        averages: [f32; 3],
    },
    /// No session of this slot yet.
    FirstSession,
    /// The person changed the rung or load themselves last time; the engine goes on from there.
    UserAdjusted,
    /// Every set reached the top of the range in this many sessions in a row.
    TopOfRange {
        /// The top of the range.
        high: u16,
        /// Sessions in a row at the top.
        sessions: u32,
        /// What the range counts.
        dose: DoseKind,
    },
    /// Inside the range, not yet at the top in every set.
    WithinRange {
        /// Bottom of the range.
        low: u16,
        /// Top of the range.
        high: u16,
        /// What the range counts.
        dose: DoseKind,
    },
    /// A set fell short of the bottom of the range, this many sessions in a row.
    ShortOfRange {
        /// Bottom of the range.
        low: u16,
        /// Sessions in a row short.
        sessions: u32,
        /// What the range counts.
        dose: DoseKind,
    },
    /// Amber this many sessions in a row.
    HoldsInARow {
        /// Holds in a row.
        holds: u32,
    },
    /// Sets given back after they were cut.
    SetsRestored {
        /// Sets done last time.
        from: u8,
        /// Sets next time.
        to: u8,
    },
    /// In the strength phase a set is added before load [S25].
    SetBeforeLoad {
        /// Sets next time.
        sets: u8,
    },
    /// A kettlebell reps bridge before the next bell [S26, S27].
    KettlebellBridge {
        /// Bottom of the bridge range.
        low: u16,
        /// Top of the bridge range.
        high: u16,
    },
    /// The load cannot go up in a small step, so the range grows first.
    RangeExtended {
        /// Bottom of the longer range.
        low: u16,
        /// Top of the longer range.
        high: u16,
        /// What the range counts.
        dose: DoseKind,
    },
    /// The load changed.
    LoadChange {
        /// Load before.
        from: Load,
        /// Load next time.
        to: Load,
    },
    /// The rung changed.
    RungChange {
        /// Exercise id before.
        from: String,
        /// Exercise id next time.
        to: String,
    },
    /// The top criterion has held this many days; the next rung needs more.
    TopHeldDays {
        /// Days held so far.
        days: i64,
        /// Days needed.
        needed: i64,
    },
    /// The top rung of the ladder.
    TopOfLadder,
    /// The heaviest load the equipment makes.
    EquipmentRunsOut {
        /// The heaviest load owned.
        load: Load,
    },
    /// The next rung needs equipment the person does not have.
    NotOwned {
        /// Exercise id.
        exercise: String,
    },
    /// There is no easier rung on this ladder.
    NoEasierRung,
    /// The barbell gate [S16, design], and which parts were met.
    BarbellGate {
        /// True when every part was met.
        met: bool,
        /// No flare in the last 3 weeks.
        flare_free: bool,
        /// Usual pain at most 4.
        usual_pain_ok: bool,
        /// A kettlebell or trap-bar deadlift of 3 × 8 at ≤ 2 RIR with ≥ half body weight.
        deadlift_ok: bool,
        /// Body weight is known.
        bodyweight_known: bool,
    },
    /// A flare is going on.
    Flare {
        /// The morning it was recognised.
        since: NaiveDate,
        /// True when the person tapped "I'm having a flare".
        tapped: bool,
    },
    /// How a flare session is made.
    FlareDose,
    /// Re-entry after a flare.
    ReEntry {
        /// Percent of the pre-flare load.
        percent: u8,
    },
    /// Planned light week.
    LightWeekPlanned {
        /// Weeks since the last light week, flare or start.
        weeks: u32,
    },
    /// Light week brought forward by rising weekly pain.
    LightWeekEarly {
        /// Three weekly averages, oldest first.
        averages: [f32; 3],
    },
    /// A long flare or repeated flares: less weekly volume and a clinician's view.
    Escalation {
        /// Days the current flare has lasted, if one is going on.
        flare_days: Option<i64>,
        /// Flares that started in the last 4 weeks.
        recent_flares: u32,
        /// Percent of sets taken off.
        cut_percent: u8,
    },
    /// The safety screen pauses training.
    ScreenBlocked {
        /// The most urgent level answered.
        level: Level,
    },
    /// A safety answer suggests seeing a GP soon; gentle training goes on.
    ScreenSeeGp,
    /// The safety screen has not been answered.
    ScreenNotAnswered,
    /// Ask the safety screen again: a flare started after the last screen.
    AskAfterFlare {
        /// The morning the flare began.
        since: NaiveDate,
    },
    /// Ask the safety screen again: new leg symptoms were reported.
    AskNewLegSymptoms {
        /// The day they were reported.
        date: NaiveDate,
    },
    /// Ask the safety screen again: morning pain jumped.
    AskPainJump {
        /// Pain before the jump.
        from: u8,
        /// Pain after it.
        to: u8,
        /// The morning of the jump.
        date: NaiveDate,
    },
}

/// A rule and its sentence.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Reason {
    /// The rule, with its numbers.
    #[serde(flatten)]
    pub rule: Rule,
    /// One sentence a person understands.
    pub text: String,
}

impl Reason {
    /// A reason with its sentence in `unit`.
    pub fn new(rule: Rule, unit: Unit) -> Reason {
        let text = sentence(&rule.clause(unit));
        Reason { rule, text }
    }
}

/// A clause as a sentence: capital first letter and a full stop.
pub(super) fn sentence(clause: &str) -> String {
    let mut chars = clause.chars();
    let mut text: String = match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    };
    if !text.ends_with('.') {
        text.push('.');
    }
    text
}

/// A load as people read it: "12 kg", "body weight", "the red band".
pub fn show_load(load: &Load, unit: Unit) -> String {
    match load {
        Load::Bodyweight => "body weight".to_string(),
        Load::Band(colour) => format!("the {colour} band"),
        Load::Mass(mass) => unit.show(*mass),
    }
}

/// An exercise's name, or its id when the library does not have it.
pub fn exercise_name(id: &str) -> String {
    catalog::exercise(id).map_or_else(|| id.to_string(), |exercise| exercise.name.to_string())
}

/// A count with its dose: "12 reps", "30 s", "20 m".
pub fn amount(value: u16, dose: DoseKind) -> String {
    match dose {
        DoseKind::Reps => format!("{value} reps"),
        DoseKind::Seconds => format!("{value} s"),
        DoseKind::Metres => format!("{value} m"),
    }
}

/// A range with its dose: "12–15 reps", "20–30 s".
pub fn range(low: u16, high: u16, dose: DoseKind) -> String {
    if low == high {
        amount(low, dose)
    } else {
        match dose {
            DoseKind::Reps => format!("{low}–{high} reps"),
            DoseKind::Seconds => format!("{low}–{high} s"),
            DoseKind::Metres => format!("{low}–{high} m"),
        }
    }
}

/// "amber" or "red" or "green".
fn light(gate: Gate) -> &'static str {
    match gate {
        Gate::Green => "green",
        Gate::Amber => "amber",
        Gate::Red => "red",
    }
}

impl Rule {
    /// The rule as a clause (lower-case start, no full stop), in `unit`.
    pub fn clause(&self, unit: Unit) -> String {
        match self {
            Rule::GateGreen { during, morning, baseline } => format!(
                "pain was green: {during}/10 during, {morning}/10 the next morning against your usual {baseline}/10"
            ),
            Rule::PainDuring { during, gate } => {
                format!("pain during was {during}/10 ({})", light(*gate))
            }
            Rule::PainDuringMissing => {
                "there was no pain rating for this exercise, so the gate stays amber at most; rating it takes a second".to_string()
            }
            Rule::MorningAboveBaseline { morning, baseline, gate } => format!(
                "the next morning pain was {morning}/10 against your usual {baseline}/10 ({})",
                light(*gate)
            ),
            Rule::MorningMissing { date } => format!(
                "there is no morning check-in for {} yet, so the gate stays amber at most; a quick check-in tells the app how you settled",
                date.format("%a %-d %b")
            ),
            Rule::MorningAverageRising { before, after } => format!(
                "your 7-day morning pain average went up from {before:.1} to {after:.1}, so this is not a week to add more"
            ),
            Rule::WeeklyAverageRising { averages } => format!(
                "your weekly morning pain rose two weeks running ({:.1}, {:.1}, {:.1}) (red)",
                averages[0], averages[1], averages[2]
            ),
            Rule::FirstSession => "this is your first session of this slot, as the program sets it".to_string(),
            Rule::UserAdjusted => {
                "you chose this rung and load last time, so the plan carries on from your choice".to_string()
            }
            Rule::TopOfRange { high, sessions, dose } => match sessions {
                1 => format!(
                    "every set reached {} last time; one more session like that earns the next step",
                    amount(*high, *dose)
                ),
                _ => format!(
                    "every set reached {} in {sessions} sessions in a row",
                    amount(*high, *dose)
                ),
            },
            Rule::WithinRange { low, high, dose } => format!(
                "you are working inside {}; add a rep (or a little time or distance) when it feels right",
                range(*low, *high, *dose)
            ),
            Rule::ShortOfRange { low, sessions, dose } => match sessions {
                1 => format!("a set fell short of {} last time", amount(*low, *dose)),
                _ => format!(
                    "a set fell short of {} in {sessions} sessions in a row",
                    amount(*low, *dose)
                ),
            },
            Rule::HoldsInARow { holds } => format!("the gate has been amber {holds} sessions in a row"),
            Rule::SetsRestored { from, to } => {
                format!("pain was green, so the set taken off comes back ({from} → {to} sets)")
            }
            Rule::SetBeforeLoad { sets } => {
                format!("in the strength phase a set comes before more load ({sets} sets)")
            }
            Rule::KettlebellBridge { low, high } => format!(
                "kettlebells jump in big steps, so first build to {} with this bell",
                range(*low, *high, DoseKind::Reps)
            ),
            Rule::RangeExtended { low, high, dose } => format!(
                "there is no smaller load step here, so the range grows to {} before the next step",
                range(*low, *high, *dose)
            ),
            Rule::LoadChange { from, to } => {
                format!("load {} → {}", show_load(from, unit), show_load(to, unit))
            }
            Rule::RungChange { from, to } => {
                format!("{} → {}", exercise_name(from), exercise_name(to))
            }
            Rule::TopHeldDays { days, needed } => format!(
                "the top of this rung has held for {days} of the {needed} days that open the next rung"
            ),
            Rule::TopOfLadder => "this is the top rung of the ladder; keep it strong and steady".to_string(),
            Rule::EquipmentRunsOut { load } => format!(
                "{} is the heaviest you have for this exercise",
                show_load(load, unit)
            ),
            Rule::NotOwned { exercise } => format!(
                "{} needs equipment you have not listed",
                exercise_name(exercise)
            ),
            Rule::NoEasierRung => "this is already the gentlest rung, so the session gets shorter instead".to_string(),
            Rule::BarbellGate { met: true, .. } => {
                "the barbell gate is met: no flare in 3 weeks, usual pain low, and a solid kettlebell or trap-bar deadlift".to_string()
            }
            Rule::BarbellGate { flare_free, usual_pain_ok, deadlift_ok, bodyweight_known, .. } => {
                let mut missing = Vec::new();
                if !flare_free {
                    missing.push(format!("{} flare-free days", rules::BARBELL_GATE_FLARE_FREE_DAYS));
                }
                if !usual_pain_ok {
                    missing.push(format!("usual pain at {}/10 or less", rules::BARBELL_GATE_MAX_USUAL_PAIN));
                }
                if !bodyweight_known {
                    missing.push("your body weight in the profile".to_string());
                } else if !deadlift_ok {
                    missing.push(format!(
                        "a kettlebell or trap-bar deadlift of {} × {} with at least {}% of your body weight",
                        rules::BARBELL_GATE_SETS,
                        rules::BARBELL_GATE_REPS,
                        rules::BARBELL_GATE_MIN_BODYWEIGHT_PERCENT
                    ));
                }
                format!("the barbell rung waits for {}", missing.join(", "))
            }
            Rule::Flare { since, tapped: true } => format!(
                "you reported a flare on {}; flares are common and are not damage, and gentle movement helps them settle",
                since.format("%a %-d %b")
            ),
            Rule::Flare { since, tapped: false } => format!(
                "morning pain has been {} or more above usual since {}, which counts as a flare; flares are common and are not damage, and gentle movement helps them settle",
                rules::FLARE_POINTS_ABOVE_USUAL,
                since.format("%a %-d %b")
            ),
            Rule::FlareDose => format!(
                "flare sessions keep about {}% of the sets, go lighter or one rung easier, and stop {} or more reps short of your limit",
                rules::FLARE_SET_PERCENT,
                rules::FLARE_TARGET_RIR
            ),
            Rule::ReEntry { percent } => format!(
                "mornings have settled after the flare, so you are coming back at {percent}% of your pre-flare load, stepping up each green session"
            ),
            Rule::LightWeekPlanned { weeks } => format!(
                "after {weeks} weeks of training a lighter week lets your body catch up; it is part of the plan"
            ),
            Rule::LightWeekEarly { averages } => format!(
                "weekly morning pain rose two weeks running ({:.1}, {:.1}, {:.1}), so the light week comes early",
                averages[0], averages[1], averages[2]
            ),
            Rule::Escalation { flare_days: Some(days), cut_percent, .. } => format!(
                "this flare has lasted {days} days, so weekly sets are {cut_percent}% fewer for now; it would be worth asking a physiotherapist or GP to look at how things are going"
            ),
            Rule::Escalation { recent_flares, cut_percent, .. } => format!(
                "{recent_flares} flares in the last 4 weeks, so weekly sets are {cut_percent}% fewer for now; it would be worth asking a physiotherapist or GP to look at how things are going"
            ),
            Rule::ScreenBlocked { level: Level::Emergency } => {
                "one of your safety answers needs emergency care now; training is paused until a clinician has seen you".to_string()
            }
            Rule::ScreenBlocked { .. } => {
                "one of your safety answers needs a doctor within a day or two; training is paused until a clinician clears you".to_string()
            }
            Rule::ScreenSeeGp => {
                "gentle training is fine; one of your safety answers is worth talking through with your GP soon".to_string()
            }
            Rule::ScreenNotAnswered => "please answer the short safety questions".to_string(),
            Rule::AskAfterFlare { since } => format!(
                "a flare began on {}, so the safety questions are worth a quick look again",
                since.format("%a %-d %b")
            ),
            Rule::AskNewLegSymptoms { date } => format!(
                "you noted new leg symptoms on {}, so please answer the safety questions again",
                date.format("%a %-d %b")
            ),
            Rule::AskPainJump { from, to, date } => format!(
                "morning pain jumped from {from}/10 to {to}/10 on {}, so please answer the safety questions again",
                date.format("%a %-d %b")
            ),
        }
    }
}
