//! A session from start to summary, as rules: starting one (an older unfinished session is kept in
//! the log as partly done, and the new one gets an id no other session has), last time's numbers
//! of an exercise, the person's own change of exercise written into the log, and the summary after
//! finishing: what was done against last time, records labelled honestly, and what changes next
//! time and why — the engine's decisions on the log with the new session in it.

use chrono::{NaiveDate, NaiveDateTime};

use super::catalog::{self, DoseKind};
use super::data::AppData;
use super::engine::{self, Adjusted, Prescription};
use super::log::{ExerciseLog, Session, SetLog};
use super::program::Load;
use super::schedule;
use super::units::Unit;

/// A session started: the new one, and an older unfinished one now closed (save it to the log).
#[derive(Clone, Debug, PartialEq)]
pub struct Started {
    /// The new session, with no sets yet.
    pub session: Session,
    /// The unfinished session that was open before, marked finished as partly done.
    pub closed: Option<Session>,
}

/// Starts program day `day` at `now` following `prescriptions` (the exercises with sets today).
/// An unfinished session open before is closed as partly done; the id is the start time and day,
/// with a number added when another session already has it.
pub fn start(
    data: &AppData,
    open: Option<&Session>,
    day: usize,
    prescriptions: &[Prescription],
    now: NaiveDateTime,
) -> Started {
    let base = format!("{}-d{day}", now.format("%Y%m%dT%H%M%S"));
    let taken = |id: &str| {
        data.sessions.iter().any(|session| session.id == id)
            || open.is_some_and(|session| session.id == id)
    };
    let mut id = base.clone();
    let mut number = 2;
    while taken(&id) {
        id = format!("{base}-{number}");
        number += 1;
    }
    let closed = open.cloned().map(|mut session| {
        session.finished = true;
        session
    });
    Started {
        session: Session {
            id,
            started: now,
            day,
            exercises: prescriptions.iter().map(Prescription::empty_log).collect(),
            pain_during: None,
            pain_after: None,
            notes: String::new(),
            finished: false,
        },
        closed,
    }
}

/// The person's own change of exercise written into its log: the new exercise, implement and
/// range, a steady tempo, marked as their choice. From now on (`today_only` false) the engine goes
/// on from it and does not climb straight back; for today only it goes on from the exercise
/// before. Sets logged before the change stay.
pub fn swap(log: &mut ExerciseLog, to: &Adjusted, today_only: bool) {
    log.exercise = to.exercise.clone();
    log.implement = Some(to.implement);
    log.range = Some((to.low, to.high));
    log.tempo = None;
    log.user_adjusted = true;
    log.today_only = today_only;
}

/// The latest logged exercise of program day `day`, place `slot`, with sets, from a session that
/// started before `before` (last time's numbers).
pub fn last_time(
    data: &AppData,
    day: usize,
    slot: usize,
    before: NaiveDateTime,
) -> Option<&ExerciseLog> {
    data.sessions
        .iter()
        .filter(|session| session.day == day && session.started < before)
        .max_by_key(|session| session.started)
        .and_then(|session| {
            session
                .exercises
                .iter()
                .find(|log| log.slot == slot && !log.sets.is_empty())
        })
}

/// Sets in one line: "2 × 13 at 5 kg", "13, 12 at body weight", "2 × 30 s".
pub fn sets_line(log: &ExerciseLog, unit: Unit) -> String {
    let dose =
        catalog::exercise(&log.exercise).map_or(DoseKind::Reps, |exercise| exercise.dose.kind);
    let value = |value: u16| match dose {
        DoseKind::Reps => value.to_string(),
        DoseKind::Seconds | DoseKind::Metres => dose.amount(value),
    };
    let Some(first) = log.sets.first() else {
        return "no sets".to_string();
    };
    let values = if log.sets.iter().all(|set| set.value == first.value) {
        format!("{} × {}", log.sets.len(), value(first.value))
    } else {
        log.sets
            .iter()
            .map(|set| value(set.value))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let loads: Vec<&Load> = log.sets.iter().map(|set| &set.load).collect();
    let load = if loads.iter().all(|load| **load == first.load) {
        first.load.show(unit)
    } else {
        loads
            .iter()
            .map(|load| load.show(unit))
            .collect::<Vec<_>>()
            .join(" / ")
    };
    format!("{values} at {load}")
}

/// One exercise of the summary.
#[derive(Clone, Debug, PartialEq)]
pub struct Done {
    /// The exercise's name.
    pub name: String,
    /// What was done: "3 × 13 at 5 kg", or "not done".
    pub done: String,
    /// Last time's numbers, when there were any.
    pub last: Option<String>,
}

/// One exercise of next time.
#[derive(Clone, Debug, PartialEq)]
pub struct Next {
    /// Next time's work: "Glute bridge: 2 × 13–15 reps at body weight".
    pub line: String,
    /// Why, in the engine's words.
    pub why: String,
}

/// What a finished session did and changes.
#[derive(Clone, Debug, PartialEq)]
pub struct Summary {
    /// Each exercise done against last time.
    pub done: Vec<Done>,
    /// Best sets, each labelled as the best since the person started that exercise.
    pub records: Vec<String>,
    /// Next time's prescription of this day, with the reasons.
    pub next: Vec<Next>,
    /// The program day that comes next and when: "Day B, from Wednesday".
    pub next_day: Option<String>,
}

/// The summary of `session`, finished and already in `data`, as of `today`.
pub fn summary(data: &AppData, session: &Session, today: NaiveDate, unit: Unit) -> Summary {
    let done = session
        .exercises
        .iter()
        .map(|log| Done {
            name: catalog::name_of(&log.exercise),
            done: if log.sets.is_empty() {
                "not done".to_string()
            } else {
                sets_line(log, unit)
            },
            last: last_time(data, session.day, log.slot, session.started)
                .map(|last| sets_line(last, unit)),
        })
        .collect();
    let records = session
        .exercises
        .iter()
        .filter_map(|log| record(data, session, log, unit))
        .collect();
    let plan = engine::prescribe(data, today);
    let next = plan
        .days
        .get(session.day)
        .map(|day| {
            day.slots
                .iter()
                .filter(|prescription| prescription.sets > 0)
                .map(|prescription| Next {
                    line: next_line(prescription, unit),
                    why: prescription.summary.clone(),
                })
                .collect()
        })
        .unwrap_or_default();
    let next_day = data.program.as_ref().and_then(|program| {
        let due = schedule::next_due(program, &data.sessions, &data.checkins, today)?;
        let day = program.days.get(due.day)?;
        Some(format!("{}, {}", day.name, due.when(today)))
    });
    Summary {
        done,
        records,
        next,
        next_day,
    }
}

/// Next time's sets as the gym screen will prefill them: "Goblet squat: 3 × 13 reps at 8 kg",
/// "Glute bridge: 13, 12 reps at body weight, lowering over 3 seconds".
fn next_line(prescription: &Prescription, unit: Unit) -> String {
    let dose = catalog::exercise(&prescription.exercise)
        .map_or(DoseKind::Reps, |exercise| exercise.dose.kind);
    let targets = &prescription.targets;
    let values = match targets.first() {
        Some(first) if targets.iter().all(|target| target == first) => {
            format!("{} × {}", targets.len(), dose.amount(*first))
        }
        Some(_) => {
            let last = targets.last().copied().unwrap_or_default();
            let rest: Vec<String> = targets[..targets.len() - 1]
                .iter()
                .map(u16::to_string)
                .collect();
            format!("{}, {}", rest.join(", "), dose.amount(last))
        }
        None => prescription.work(),
    };
    let tempo = prescription.tempo.label();
    let tempo = if tempo.is_empty() {
        String::new()
    } else {
        format!(", {tempo}")
    };
    format!(
        "{}: {values} at {}{tempo}",
        catalog::name_of(&prescription.exercise),
        prescription.load.show(unit)
    )
}

/// How a set ranks among sets of one exercise: the heavier load, then more reps, seconds or metres.
fn rank(set: &SetLog, data: &AppData) -> (i64, u16) {
    let inventory = data.profile.as_ref().map(|profile| &profile.inventory);
    let mass = match (&set.load, inventory) {
        (Load::Mass(mass), _) => mass.grams(),
        (load @ Load::Band(_), Some(inventory)) => {
            load.mass(inventory).map_or(0, |mass| mass.grams())
        }
        _ => 0,
    };
    (mass, set.value)
}

/// The exercise's best set of this session, when it beats every set of the same exercise done
/// before: "Best since you started the goblet squat (3 Mar 2026): 14 reps at 12 kg".
fn record(data: &AppData, session: &Session, log: &ExerciseLog, unit: Unit) -> Option<String> {
    let best = log.sets.iter().max_by_key(|set| rank(set, data))?;
    let earlier: Vec<(NaiveDate, &SetLog)> = data
        .sessions
        .iter()
        .filter(|other| other.started < session.started && other.id != session.id)
        .flat_map(|other| {
            other
                .exercises
                .iter()
                .filter(|done| done.exercise == log.exercise)
                .flat_map(move |done| done.sets.iter().map(move |set| (other.started.date(), set)))
        })
        .collect();
    let since = earlier.iter().map(|(date, _)| *date).min()?;
    if earlier
        .iter()
        .any(|(_, set)| rank(set, data) >= rank(best, data))
    {
        return None;
    }
    let dose =
        catalog::exercise(&log.exercise).map_or(DoseKind::Reps, |exercise| exercise.dose.kind);
    Some(format!(
        "Best since you started the {} ({}): {} at {}.",
        catalog::name_of(&log.exercise).to_lowercase(),
        since.format("%-d %b %Y"),
        dose.amount(best.value),
        best.load.show(unit)
    ))
}

#[cfg(test)]
#[path = "session_tests.rs"]
mod tests;
