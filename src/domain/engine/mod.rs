//! The progression engine: from a person's data and today's date to the next prescription of every
//! program day, each with the decision taken and the reasons, as data and as plain sentences.
//!
//! It implements CLINICAL.md §2 (pain gate), §3 (double progression within the written plan), §4
//! (ladders), §6 (flares, re-entry, long breaks, light weeks, rounding) and reads the §5 safety
//! screen. It is pure and deterministic: same data and date, same plan.
//!
//! It reads as a pipeline; each stage takes only the previous stage's output:
//! 1. [`facts`]: what the log and check-ins say, per day and per slot;
//! 2. [`day`]: the day status — screen, flare, re-entry, light week, escalation, and the brakes
//!    (open re-asks of the safety screen);
//! 3. [`decision`] (with [`gate`], [`working`], [`progress`], [`dose`], [`rungs`]): each slot's
//!    decision — rung, implement, scheme, tempo and what the load should be;
//! 4. [`load`]: the load made from the person's equipment (through [`kit`], which asks
//!    `domain::equipment`), then [`guard`]: while a brake is on, no part is more than last time;
//! 5. [`targets`]: each set's target, from last time's sets in the same state;
//! 6. [`words`]: the sentences.
//!
//! [`rule`] holds the rules as data; every stage adds to them. [`adjust`] answers the person's own
//! "easier", "harder" or another exercise mid-session with the same rung moves and load stage.

mod adjust;
mod day;
mod decision;
mod dose;
mod facts;
mod gate;
mod gentle;
mod guard;
mod kit;
mod load;
mod progress;
mod rule;
mod rungs;
mod targets;
mod words;
mod working;

use chrono::NaiveDate;
use serde::Serialize;

use super::catalog::{self, Implement};
use super::data::AppData;
use super::log::ExerciseLog;
use super::program::{Load, Tempo};
use super::screen::ScreenStatus;
use decision::Place;
use kit::Kit;

pub use adjust::{adjust, swaps, Adjusted, Change, Current};
pub use rule::{Gate, PainWhen, Rule};
pub use words::Reason;

/// What the engine decided for one slot.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Decision {
    /// No history yet: the program's rung, scheme and load as written.
    Start,
    /// Top of the range twice with a green gate: the next load the equipment makes.
    ProgressLoad,
    /// Same load; aim for more reps (or seconds, or metres), or move into a reps bridge.
    ProgressReps,
    /// A body-weight rung gets a slower lowering, then a pause.
    TempoUp,
    /// One more set before more load (strength phase), or a set given back after a cut.
    AddSet,
    /// The rung's top criterion held for two weeks: the next rung.
    RungUp,
    /// Same rung, load and range as last time.
    Hold,
    /// Two holds in a row: one set fewer or the previous rung.
    MicroRegress,
    /// Red gate or repeated shortfall: a lighter load.
    Regress,
    /// Red gate (or equipment no longer owned): the previous rung.
    RungDown,
    /// A flare: half the sets, lighter or easier, further from failure.
    FlareSession,
    /// After a flare: back toward the pre-flare load in steps.
    ReEntry,
    /// The planned light week: lighter and fewer sets.
    LightWeek,
    /// The safety screen pauses training until a clinician clears the person.
    BlockedBySafetyScreen,
    /// The person chose a smaller session today ("not today"): one set fewer, the easier version.
    EasierToday,
}

/// The state of training as a whole today.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Status {
    /// Normal progression.
    Normal,
    /// A flare is going on: flare sessions.
    Flare,
    /// Coming back after a flare.
    ReEntry,
    /// A planned (or brought-forward) light week.
    LightWeek,
    /// The safety screen pauses training.
    Blocked,
}

/// The next session of one slot.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Prescription {
    /// Index of the slot in its program day.
    pub slot: usize,
    /// Exercise id of the rung to do.
    pub exercise: String,
    /// The implement to do it with (one the person owns).
    pub implement: Implement,
    /// Work sets (zero when training is paused).
    pub sets: u8,
    /// Bottom of the target range (reps, seconds or metres per the exercise's dose).
    pub low: u16,
    /// Top of the target range.
    pub high: u16,
    /// Target reps in reserve at the end of each set.
    pub target_rir: u8,
    /// The load, made from the person's equipment.
    pub load: Load,
    /// How to do the reps (body-weight rungs get a slower lowering, then a pause).
    pub tempo: Tempo,
    /// What the engine decided.
    pub decision: Decision,
    /// One sentence for the person: what to do and why.
    pub summary: String,
    /// Every rule that fired, with its numbers and a sentence.
    pub reasons: Vec<Reason>,
    /// The target of each set, in order (one per set): last time's value plus one up to the top
    /// of the range at the same load and rung, else the bottom of the range.
    pub targets: Vec<u16>,
}

/// The next session of one program day.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct DayPrescription {
    /// Index of the day in the program.
    pub day: usize,
    /// The day's name.
    pub name: String,
    /// One prescription per slot, in program order.
    pub slots: Vec<Prescription>,
}

/// Everything the engine says for `date`.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Plan {
    /// The day the plan was made for.
    pub date: NaiveDate,
    /// The state of training as a whole.
    pub status: Status,
    /// Why the status is what it is (flare, light week, escalation, screen), with sentences.
    pub status_reasons: Vec<Reason>,
    /// The safety screen as answered.
    pub screen: ScreenStatus,
    /// When not empty, the UI should ask the safety screen again; the reasons say why.
    pub ask_safety_screen: Vec<Reason>,
    /// One entry per program day.
    pub days: Vec<DayPrescription>,
}

/// The next prescription of every program day, as of `today`.
///
/// Only sessions and check-ins dated on or before `today` are read. Without a profile or a program
/// the plan has no days.
pub fn prescribe(data: &AppData, today: NaiveDate) -> Plan {
    let Some(facts) = facts::Facts::read(data, today) else {
        return Plan {
            date: today,
            status: Status::Normal,
            status_reasons: Vec::new(),
            screen: data
                .profile
                .as_ref()
                .map_or(ScreenStatus::NeedsAnswer, |profile| {
                    super::screen::status(profile, today)
                }),
            ask_safety_screen: Vec::new(),
            days: Vec::new(),
        };
    };
    let day = day::read(&facts);
    let unit = facts.profile.unit;
    let kit = Kit {
        inventory: &facts.profile.inventory,
        unit,
    };
    let days = facts
        .program
        .days
        .iter()
        .enumerate()
        .map(|(day_index, program_day)| {
            let mut slots: Vec<Prescription> = program_day
                .slots
                .iter()
                .enumerate()
                .map(|(slot_index, slot)| {
                    let place = Place {
                        day: day_index,
                        slot: slot_index,
                    };
                    let mut prescription = match decision::decide(&facts, &day, kit, place, slot) {
                        Some(decided) => {
                            let loaded = load::make(kit, decided);
                            finish(
                                slot_index,
                                guard::cap(&facts, &day, kit, place, loaded),
                                unit,
                            )
                        }
                        None => as_written(slot_index, slot),
                    };
                    prescription.targets = targets::per_set(&facts, kit, place, &prescription);
                    prescription
                })
                .collect();
            if day.reasons.contains(&Rule::ChoseGentle) {
                gentle::shorten(&facts, day_index, &mut slots, unit);
            }
            DayPrescription {
                day: day_index,
                name: program_day.name.clone(),
                slots,
            }
        })
        .collect();
    let reason = |rule: Rule| Reason::new(rule, unit);
    Plan {
        date: today,
        status: day.status,
        status_reasons: day.reasons.into_iter().map(reason).collect(),
        screen: day.screen,
        ask_safety_screen: day.asks.into_iter().map(reason).collect(),
        days,
    }
}

/// The prescription of a decided slot, with its summary and reasons (each rule once).
fn finish(slot_index: usize, loaded: load::Loaded, unit: super::units::Unit) -> Prescription {
    let decided = loaded.decision;
    let mut rules: Vec<Rule> = Vec::new();
    for rule in decided.rules {
        if !rules.contains(&rule) {
            rules.push(rule);
        }
    }
    let mut prescription = Prescription {
        slot: slot_index,
        exercise: decided.exercise.id.to_string(),
        implement: decided.implement,
        sets: decided.scheme.sets,
        low: decided.scheme.low,
        high: decided.scheme.high,
        target_rir: decided.scheme.target_rir,
        load: loaded.load,
        tempo: decided.tempo,
        decision: decided.decision,
        summary: String::new(),
        reasons: Vec::new(),
        targets: Vec::new(),
    };
    prescription.summary = words::summary(&prescription, &rules, unit);
    prescription.reasons = rules
        .into_iter()
        .map(|rule| Reason::new(rule, unit))
        .collect();
    prescription
}

/// A slot whose exercise the library does not know, passed on as the program wrote it.
fn as_written(slot_index: usize, slot: &super::program::Slot) -> Prescription {
    let implement = slot
        .implement
        .or_else(|| catalog::exercise(&slot.exercise).map(|exercise| exercise.implement))
        .unwrap_or(Implement::Bodyweight);
    Prescription {
        slot: slot_index,
        exercise: slot.exercise.clone(),
        implement,
        sets: slot.scheme.sets,
        low: slot.scheme.low,
        high: slot.scheme.high,
        target_rir: slot.scheme.target_rir,
        load: slot.load.clone(),
        tempo: Tempo::Steady,
        decision: Decision::Start,
        summary: format!("{} as your plan sets it.", catalog::name_of(&slot.exercise)),
        reasons: Vec::new(),
        targets: Vec::new(),
    }
}

impl Status {
    /// The heading of Today's status card; `None` when there is nothing to say.
    pub fn title(self) -> Option<&'static str> {
        match self {
            Status::Normal | Status::Blocked => None,
            Status::Flare => Some("A flare: easier sessions for now"),
            Status::ReEntry => Some("Coming back after a flare"),
            Status::LightWeek => Some("A lighter week"),
        }
    }

    /// What happens now, in one sentence, for the status card.
    pub fn what_now(self) -> &'static str {
        match self {
            Status::Normal => "Sessions build up a little each time one goes well.",
            Status::Blocked => "Training waits until the safety questions are settled.",
            Status::Flare => {
                "Sessions are a gentle version for now: fewer sets, lighter, well within what you can do. Flares are common and are not damage; gentle movement helps."
            }
            Status::ReEntry => {
                "Each session that goes well brings you a step back toward where you were before the flare."
            }
            Status::LightWeek => {
                "This week's sessions are lighter on purpose, so your body recovers and keeps progressing."
            }
        }
    }
}

impl Prescription {
    /// The empty log of this prescription: what was asked, no sets yet.
    pub fn empty_log(&self) -> ExerciseLog {
        ExerciseLog {
            slot: self.slot,
            exercise: self.exercise.clone(),
            sets: Vec::new(),
            pain_during: None,
            user_adjusted: false,
            today_only: false,
            implement: Some(self.implement),
            range: Some((self.low, self.high)),
            tempo: (self.tempo != Tempo::Steady).then_some(self.tempo),
        }
    }

    /// The reasons that add to the summary: every reason sentence the summary does not already
    /// say, in order (the "Why" under a prescription never repeats it word for word).
    pub fn why(&self) -> Vec<String> {
        let summary = self.summary.to_lowercase();
        let mut seen: Vec<String> = Vec::new();
        for reason in &self.reasons {
            let said = reason.text.trim_end_matches('.').to_lowercase();
            if !summary.contains(&said)
                && !seen
                    .iter()
                    .any(|text| text.to_lowercase() == reason.text.to_lowercase())
            {
                seen.push(reason.text.clone());
            }
        }
        seen
    }

    /// True when the prescription asks for reps in reserve (a reps dose, not a timed hold or a
    /// carry), so "in reserve" is shown and explained only where it applies.
    pub fn shows_reserve(&self) -> bool {
        self.sets > 0
            && catalog::exercise(&self.exercise)
                .is_none_or(|exercise| exercise.dose.kind == catalog::DoseKind::Reps)
    }

    /// The work in words: "2 × 12–15 reps each side", with the tempo when it is not steady.
    pub fn work(&self) -> String {
        words::work(self)
    }

    /// The work, load and effort in one line: "2 × 12–15 reps · 10 kg · about 2 in reserve" (reps in
    /// reserve only where the dose is reps).
    pub fn details(&self, unit: super::units::Unit) -> String {
        if self.sets == 0 {
            return "Not today".to_string();
        }
        let reserve = if self.shows_reserve() {
            format!(" · about {} in reserve", self.target_rir)
        } else {
            String::new()
        };
        format!("{} · {}{reserve}", self.work(), self.load.show(unit))
    }

    /// The prescription in one line: "Glute bridge: 2 × 12–15 reps at body weight".
    pub fn line(&self, unit: super::units::Unit) -> String {
        format!(
            "{}: {} at {}",
            catalog::name_of(&self.exercise),
            self.work(),
            self.load.show(unit)
        )
    }
}

#[cfg(test)]
mod tests;
