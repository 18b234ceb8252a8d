//! Stage 5 of the engine: the sentences. Each rule as a calm sentence in the person's unit, and one
//! summary line per prescription. The words never say gate, amber, red or rung: they say what
//! happened ("Pain stayed low and settled by morning") and what happens now ("one step easier").
//! Every number comes from the rule's own data.

use chrono::NaiveDate;

use super::rule::{Gate, PainWhen, Rule};
use super::{Decision, Prescription};
use crate::domain::catalog::{self, DoseKind};
use crate::domain::program::Tempo;
use crate::domain::rules;
use crate::domain::screen::Level;
use crate::domain::units::Unit;

/// A rule and its sentence.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
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
    if !text.ends_with('.') && !text.ends_with('"') {
        text.push('.');
    }
    text
}

/// A day as people read it: "Mon 6 Jan".
fn day(date: &NaiveDate) -> String {
    date.format("%a %-d %b").to_string()
}

/// Averages as "3.0, 3.9, 4.9".
fn list(averages: &[f32]) -> String {
    averages
        .iter()
        .map(|average| format!("{average:.1}"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// "during the session", "right after the session", "on waking".
fn when_words(when: PainWhen) -> &'static str {
    match when {
        PainWhen::During => "during the session",
        PainWhen::After => "right after the session",
        PainWhen::Morning => "on waking",
    }
}

impl Rule {
    /// The rule as a clause (lower-case start, no full stop), in `unit`.
    pub fn clause(&self, unit: Unit) -> String {
        match self {
            Rule::GateGreen { during, morning, usual } => format!(
                "pain stayed low ({during}/10 during) and settled by morning ({morning}/10, your usual is {usual}/10)"
            ),
            Rule::PainDuring { during, gate: Gate::Red } => format!(
                "pain during reached {during}/10, more than the {}/10 that is fine, so next time is one step easier",
                rules::AMBER_MAX_PAIN_DURING
            ),
            Rule::PainDuring { during, .. } => format!(
                "pain during reached {during}/10; that is fine if it settles, but it is not a day to add more"
            ),
            Rule::PainAfter { after, gate: Gate::Red } => format!(
                "pain right after was {after}/10, more than the {}/10 that is fine, so next time is one step easier",
                rules::AMBER_MAX_PAIN_DURING
            ),
            Rule::PainAfter { after, .. } => format!(
                "pain right after was {after}/10; that is fine if it settles, but it is not a day to add more"
            ),
            Rule::PainDuringMissing => {
                "there was no pain rating for this session, so nothing goes up yet; rating it takes a second".to_string()
            }
            Rule::MorningAboveUsual { morning, usual, gate: Gate::Red } => format!(
                "the next morning pain was {morning}/10, {} points above your usual {usual}/10, so next time is one step easier",
                morning.saturating_sub(*usual)
            ),
            Rule::MorningAboveUsual { morning, usual, .. } => format!(
                "the next morning pain was {morning}/10, a little above your usual {usual}/10, so nothing goes up this time"
            ),
            Rule::MorningMissing { date } => format!(
                "there is no morning check-in for {} yet, so nothing goes up; a quick check-in tells the app how you settled",
                day(date)
            ),
            Rule::MorningAverageRising { before, after } => format!(
                "your 7-day morning pain average went up from {before:.1} to {after:.1}, so this is not a week to add more"
            ),
            Rule::WeeklyAverageRising { averages } => format!(
                "your weekly morning pain rose {} weeks running ({}), so next time is one step easier",
                averages.len().saturating_sub(1),
                list(averages)
            ),
            Rule::SeverePain { pain, when } => format!(
                "{pain}/10 {} is a lot, and we are sorry it hurt so much. Flares are common and are not damage: next time is a gentle flare-day version, and if it stays this high tomorrow, tap \"I'm having a flare\"",
                when_words(*when)
            ),
            Rule::FirstSession => "this is your first session of this exercise, as your plan sets it".to_string(),
            Rule::ChoseEasier => "you chose a smaller session today, so this is one set fewer and an easier version; it does not hold back your next session".to_string(),
            Rule::ChoseGentle => format!(
                "you chose a short gentle session today: about {} minutes, the first few exercises, each lighter with fewer sets; it does not hold back your next session",
                rules::GENTLE_SESSION_MINUTES
            ),
            Rule::LeftOutOfGentle { minutes } => format!(
                "today's gentle session is kept to about {minutes} minutes, so this exercise waits for your next session"
            ),
            Rule::UserAdjusted => {
                "you changed the exercise or load last time, so the plan carries on from your choice".to_string()
            }
            Rule::ImplementChosen { implement } => {
                format!("done with a {}, which you have", implement.label())
            }
            Rule::LoadRounded { written, made } => format!(
                "your plan says {}, which your equipment cannot make exactly, so this uses {}, the nearest you have",
                written.show(unit),
                made.show(unit)
            ),
            Rule::TopOfRange { high, sessions: 1, dose } => format!(
                "every set reached {} last time with reps to spare; one more session like that earns the next step",
                dose.amount(*high)
            ),
            Rule::TopOfRange { high, sessions, dose } => format!(
                "every set reached {} with reps to spare in {sessions} sessions in a row",
                dose.amount(*high)
            ),
            Rule::TopAtLimit { high, dose } => format!(
                "every set reached {}, but with nothing left in reserve, so the same again until it feels easier",
                dose.amount(*high)
            ),
            Rule::TopTooSoon { hours, needed } => format!(
                "the last two sessions were {hours} hours apart; they count as two once they are at least {needed} hours apart"
            ),
            Rule::WithinRange { low, high, dose } => format!(
                "you are working inside {}; add one more when it feels right",
                dose.range(*low, *high)
            ),
            Rule::ShortOfRange { low, sessions: 1, dose } => format!(
                "a set fell short of {} last time, so this stays the same",
                dose.amount(*low)
            ),
            Rule::ShortOfRange { low, sessions, dose } => format!(
                "a set fell short of {} in {sessions} sessions in a row, so it comes down a little",
                dose.amount(*low)
            ),
            Rule::RepeatLast => "the same as last time".to_string(),
            Rule::HoldsInARow { holds } => format!(
                "pain has asked for a pause {holds} sessions in a row, so this gets a little smaller for now"
            ),
            Rule::SetsRestored { from, to } => {
                format!("pain stayed low, so a set comes back ({from} → {to} sets)")
            }
            Rule::SetBeforeLoad { sets } => {
                format!("your plan allows another set before more load ({sets} sets)")
            }
            Rule::KettlebellBridge { low, high } => format!(
                "kettlebells jump in big steps, so first build to {} with this bell",
                DoseKind::Reps.range(*low, *high)
            ),
            Rule::RangeExtended { low, high, dose } => format!(
                "the range grows to {} before the next step",
                dose.range(*low, *high)
            ),
            Rule::TempoStep { tempo: Tempo::SlowLowering } => format!(
                "the next step is a slower way down: lower over {} seconds",
                rules::SLOW_LOWERING_SECONDS
            ),
            Rule::TempoStep { tempo: Tempo::Paused } => format!(
                "the next step adds a {}-second pause at the bottom",
                rules::PAUSE_SECONDS
            ),
            Rule::TempoStep { tempo: Tempo::Steady } => {
                "back to a steady pace, which is easier".to_string()
            }
            Rule::LoadChange { from, to, percent } => format!(
                "{} → {} ({percent}% of {})",
                from.show(unit),
                to.show(unit),
                from.show(unit)
            ),
            Rule::FewerReps { load, low, high, dose } => format!(
                "no lighter weight you have fits, so {} stays and the range is cut to {}",
                load.show(unit),
                dose.range(*low, *high)
            ),
            Rule::MoreInReserve { rir } => format!(
                "the same exercise, stopping about {rir} reps short of your limit"
            ),
            Rule::RungChange { from, to } => {
                format!("{} → {}", catalog::name_of(from), catalog::name_of(to))
            }
            Rule::NewRungEasier { low, rir } => format!(
                "a new exercise starts easier: at the bottom of its range ({low}) and about {rir} reps short of your limit"
            ),
            Rule::TopHeldDays { days, needed } => format!(
                "the top has held for {days} of the {needed} days before the next exercise"
            ),
            Rule::StepTooSoon { days, needed } => format!(
                "the last step up was {days} {} ago and steps come at most once in {needed} days, so the same again for now",
                if *days == 1 { "day" } else { "days" }
            ),
            Rule::SchemeChanged { phase: Some(phase) } => format!(
                "the {phase} phase of your plan has begun: its sets and range apply from now, at the same load"
            ),
            Rule::SchemeChanged { phase: None } => {
                "your plan's sets and range for this exercise changed: they apply from now, at the same load".to_string()
            }
            Rule::TopOfLadder => "this is the hardest exercise of its kind here; keep it strong and steady".to_string(),
            Rule::EquipmentRunsOut { load } => format!(
                "{} is the heaviest you have for this exercise",
                load.show(unit)
            ),
            Rule::StepTooBig { step, .. } => format!(
                "your equipment goes up in a step of {} from here, bigger than a small step, so the reps build first",
                unit.show(*step)
            ),
            Rule::LighterThanOwned { load } => format!(
                "you did it with {}, lighter than your equipment makes for this exercise, so an easier one keeps that load",
                load.show(unit)
            ),
            Rule::NotOwned { exercise } => format!(
                "{} needs equipment you have not listed",
                catalog::name_of(exercise)
            ),
            Rule::NoEasierRung => "this is already the gentlest version, so the session gets shorter instead".to_string(),
            Rule::BarbellGate { met: true, .. } => format!(
                "ready for the barbell: no flare in {} days, usual pain low, and a solid deadlift recorded",
                rules::BARBELL_GATE_FLARE_FREE_DAYS
            ),
            Rule::BarbellGate { flare_free, usual_pain_ok, deadlift_ok, bodyweight_known, .. } => {
                let mut missing = Vec::new();
                if !flare_free {
                    missing.push(format!("{} days without a flare", rules::BARBELL_GATE_FLARE_FREE_DAYS));
                }
                if !usual_pain_ok {
                    missing.push(format!("usual pain at {}/10 or less", rules::BARBELL_GATE_MAX_USUAL_PAIN));
                }
                if !bodyweight_known {
                    missing.push("your body weight in the profile".to_string());
                } else if !deadlift_ok {
                    missing.push(format!(
                        "a kettlebell or trap-bar deadlift of {} × {} with at least {}% of your body weight and your reps in reserve noted, in the last {} weeks",
                        rules::BARBELL_GATE_SETS,
                        rules::BARBELL_GATE_REPS,
                        rules::BARBELL_GATE_MIN_BODYWEIGHT_PERCENT,
                        rules::BARBELL_GATE_RECENT_DAYS / 7
                    ));
                }
                format!("the barbell waits until there is {}", missing.join(", and "))
            }
            Rule::Flare { since, tapped: true } => format!(
                "you said you are having a flare ({}); flares are common and are not damage, and keeping gently active helps",
                day(since)
            ),
            Rule::Flare { since, .. } => format!(
                "morning pain has been {} or more points above usual since {}: a flare. Flares are common and are not damage, and keeping gently active helps",
                rules::FLARE_POINTS_ABOVE_USUAL,
                day(since)
            ),
            Rule::FlareDose => format!(
                "flare sessions are half the sets, lighter or easier, stopping {} or more reps short of your limit, with nothing increased",
                rules::FLARE_TARGET_RIR
            ),
            Rule::NotStartedInFlare => {
                "no new exercise starts during a flare, so this one waits until the flare settles".to_string()
            }
            Rule::ReEntry { .. } => format!(
                "coming back after the flare: a lighter start, a little more each session that goes well, back to where you were within {} sessions",
                rules::REENTRY_MAX_SESSIONS
            ),
            Rule::LongBreak { days, .. } => format!(
                "it has been {days} days since you last did this exercise, so you start lighter and build back up over a few sessions"
            ),
            Rule::LightWeekPlanned { weeks } => format!(
                "after {weeks} weeks of training, a lighter week lets your body catch up so you keep progressing"
            ),
            Rule::LightWeekOverdue { weeks } => format!(
                "a lighter week was due after {weeks} weeks of training, so this session is the light one"
            ),
            Rule::LightWeekEarly { averages } => format!(
                "your weekly morning pain rose {} weeks running ({}), so a lighter week comes early",
                averages.len().saturating_sub(1),
                list(averages)
            ),
            Rule::Escalation { flare_days: Some(days), cut_percent, .. } => format!(
                "this flare has lasted {days} days, so weekly sets are {cut_percent}% fewer for now; it would be worth asking a physiotherapist or GP to look at how things are going"
            ),
            Rule::Escalation { recent_flares, cut_percent, .. } => format!(
                "{recent_flares} flares in the last 4 weeks, so weekly sets are {cut_percent}% fewer for now; it would be worth asking a physiotherapist or GP to look at how things are going"
            ),
            Rule::NoMoreThanLastTime => {
                "until pain has settled, no part of the session is more than last time".to_string()
            }
            Rule::ReAskOpen => {
                "nothing goes up until you have answered the safety questions again".to_string()
            }
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
                day(since)
            ),
            Rule::AskNewLegSymptoms { date } => format!(
                "you noted new leg symptoms on {}, so please answer the safety questions again",
                day(date)
            ),
            Rule::AskPainJump { pain, usual, date, when } => format!(
                "pain reached {pain}/10 {} on {}, {} or more points above your usual {usual}/10, so please answer the safety questions again",
                when_words(*when),
                day(date),
                rules::SCREEN_REASK_PAIN_JUMP
            ),
        }
    }

    /// True for rules that describe how a dose is made rather than why (they never lead a summary).
    fn is_detail(&self) -> bool {
        matches!(
            self,
            Rule::FlareDose
                | Rule::UserAdjusted
                | Rule::RepeatLast
                | Rule::ImplementChosen { .. }
                | Rule::LoadChange { .. }
                | Rule::RungChange { .. }
                | Rule::LoadRounded { .. }
        )
    }
}

/// The work of a prescription: "2 × 12–15 reps each side", with the tempo when it is not steady.
pub(super) fn work(prescription: &Prescription) -> String {
    let dose = catalog::exercise(&prescription.exercise).map(|exercise| exercise.dose);
    let kind = dose.map_or(DoseKind::Reps, |dose| dose.kind);
    let side = if dose.is_some_and(|dose| dose.per_side) {
        " each side"
    } else {
        ""
    };
    let tempo = prescription.tempo.label();
    let tempo = if tempo.is_empty() {
        String::new()
    } else {
        format!(", {tempo}")
    };
    format!(
        "{} × {}{side}{tempo}",
        prescription.sets,
        kind.range(prescription.low, prescription.high)
    )
}

/// One sentence: what to do next time, and the main cause.
pub(super) fn summary(prescription: &Prescription, rules_fired: &[Rule], unit: Unit) -> String {
    let load = prescription.load.show(unit);
    let name = catalog::name_of(&prescription.exercise);
    let work = work(prescription);
    let cause = rules_fired
        .iter()
        .find(|rule| !rule.is_detail())
        .or(rules_fired.first())
        .map(|rule| rule.clause(unit))
        .unwrap_or_default();
    let cause_sentence = sentence(&cause);
    let kind = catalog::exercise(&prescription.exercise)
        .map_or(DoseKind::Reps, |exercise| exercise.dose.kind);
    match prescription.decision {
        Decision::Start => format!("Start {name}: {work} at {load}."),
        Decision::ProgressLoad => {
            format!("Up to {load}: {cause}. Now {work}, from the bottom of the range.")
        }
        Decision::ProgressReps => format!("{name}, {work} at {load}: {cause}."),
        Decision::AddSet => format!("{name}, {work} at {load}: {cause}."),
        Decision::TempoUp => format!("{name}, {work}: {cause}."),
        Decision::RungUp => {
            format!("Next exercise, {name}: {cause}. Start easy with {work} at {load}.")
        }
        Decision::Hold => format!("The same again, {name} {work} at {load}: {cause}."),
        Decision::MicroRegress => {
            format!("A small step back, {name} {work} at {load}: {cause}.")
        }
        Decision::Regress | Decision::RungDown => {
            format!("One step easier, {name} {work} at {load}: {cause}.")
        }
        Decision::EasierToday => {
            format!("A smaller session, as you chose: {name} {work} at {load}.")
        }
        Decision::FlareSession
            if matches!(rules_fired.first(), Some(Rule::LeftOutOfGentle { .. })) =>
        {
            format!("{name}: not in today's short gentle session; it is back next time.")
        }
        Decision::FlareSession if rules_fired.first() == Some(&Rule::ChoseGentle) => format!(
            "A short gentle session, as you chose: {name} {work} at {load}, well within what you can do."
        ),
        Decision::FlareSession if prescription.sets == 0 => format!(
            "Not today: {name} starts once the flare settles. {cause_sentence}"
        ),
        Decision::FlareSession if kind != DoseKind::Reps => format!(
            "A gentle flare-day session: {name} {work} at {load}, well within what you can do. Flares are common and are not damage; gentle movement helps."
        ),
        Decision::FlareSession => format!(
            "A gentle flare-day session: {name} {work} at {load}, stopping {} or more reps short of your limit. Flares are common and are not damage; gentle movement helps.",
            prescription.target_rir
        ),
        Decision::ReEntry => format!("Coming back: {name} {work} at {load}. {cause_sentence}"),
        Decision::LightWeek => format!(
            "Light week: {name} {work} at {load}, easier on purpose so you recover and keep progressing."
        ),
        Decision::BlockedBySafetyScreen => format!("Training is paused: {cause}."),
    }
}
