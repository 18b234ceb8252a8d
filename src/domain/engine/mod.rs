//! The progression engine: from a person's data and today's date to the next prescription of every
//! program day, each with the decision taken and the reasons, as data and as plain sentences.
//!
//! It implements CLINICAL.md §2 (pain gate), §3 (double progression), §4 (ladders), §6 (flares and
//! light weeks) and reads the §5 safety screen. It is pure and deterministic: same data and date,
//! same plan. The state of each slot comes from what was actually logged (rung and load done), so a
//! person's own changes are kept and progressed from.
//!
//! - [`history`]: check-ins by day, baselines, slot histories, flare episodes and light weeks.
//! - [`gate`]: the traffic-light pain gate of one logged exercise.
//! - [`progression`]: the decision of a normal week (double progression, holds, regressions).
//! - [`ladder_moves`]: rung up and down, the barbell gate, equipment-aware load steps.
//! - [`status`]: flare, re-entry, light week, escalation and safety-screen adjustments.
//! - [`reason`]: the rules that fire, with their numbers and their sentences.

mod gate;
mod history;
mod ladder_moves;
mod oldphase;
mod progression;
mod reason;
mod status;

use chrono::NaiveDate;
use serde::Serialize;

use super::data::AppData;
use super::catalog::Implement;
use super::program::{Load, Tempo};
use super::screen::ScreenStatus;

pub use gate::Gate;
pub use reason::{amount, exercise_name, range, show_load, Reason, Rule};

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
    status::plan(data, today)
}
