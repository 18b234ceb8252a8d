//! History: sessions and check-ins grouped by week, newest first, with the plain lines History
//! shows for them; the date and time a person types for a session, checked; and a past session
//! logged afterwards, made from the program day's prescriptions.

use std::cmp::Reverse;

use chrono::{Datelike, Duration, NaiveDate, NaiveDateTime, NaiveTime};

use super::catalog;
use super::checkin::CheckIn;
use super::data::AppData;
use super::engine::{DayPrescription, Prescription};
use super::limits;
use super::log::{ExerciseLog, Session};
use super::not_today::DayChoice;
use super::program::Program;

/// One week (Monday to Sunday) of sessions and check-ins, each newest first.
#[derive(Clone, Debug, PartialEq)]
pub struct Week<'a> {
    /// The Monday the week starts on.
    pub monday: NaiveDate,
    /// Sessions started that week.
    pub sessions: Vec<&'a Session>,
    /// Check-ins of that week.
    pub checkins: Vec<&'a CheckIn>,
}

impl Week<'_> {
    /// "Week of Monday 3 November 2025".
    pub fn title(&self) -> String {
        format!("Week of {}", self.monday.format("%A %-d %B %Y"))
    }
}

/// The Monday of `day`'s week.
fn monday_of(day: NaiveDate) -> NaiveDate {
    day - Duration::days(i64::from(day.weekday().num_days_from_monday()))
}

/// Every week with a session or a check-in, newest first.
pub fn weeks(data: &AppData) -> Vec<Week<'_>> {
    fn at<'w, 'a>(weeks: &'w mut Vec<Week<'a>>, monday: NaiveDate) -> &'w mut Week<'a> {
        match weeks.iter().position(|week| week.monday == monday) {
            Some(index) => &mut weeks[index],
            None => {
                weeks.push(Week {
                    monday,
                    sessions: Vec::new(),
                    checkins: Vec::new(),
                });
                weeks.last_mut().expect("just pushed")
            }
        }
    }
    let mut weeks: Vec<Week> = Vec::new();
    for session in &data.sessions {
        at(&mut weeks, monday_of(session.started.date()))
            .sessions
            .push(session);
    }
    for checkin in &data.checkins {
        at(&mut weeks, monday_of(checkin.date))
            .checkins
            .push(checkin);
    }
    weeks.sort_by_key(|week| Reverse(week.monday));
    for week in &mut weeks {
        week.sessions
            .sort_by_key(|session| Reverse(session.started));
        week.checkins.sort_by_key(|checkin| Reverse(checkin.date));
    }
    weeks
}

/// "Day A · Monday 3 November, 18:00" (the day's name from the program when it still has it).
pub fn session_title(session: &Session, program: Option<&Program>) -> String {
    let day = program
        .and_then(|program| program.days.get(session.day))
        .map_or_else(
            || format!("Day {}", session.day + 1),
            |day| day.name.clone(),
        );
    format!("{day} · {}", session.started.format("%A %-d %B, %H:%M"))
}

/// "4 exercises, 9 sets · pain during 2/10, after 1/10", and "partly done" when it was left so.
pub fn session_summary(session: &Session) -> String {
    let exercises = session
        .exercises
        .iter()
        .filter(|log| !log.sets.is_empty())
        .count();
    let sets: usize = session.exercises.iter().map(|log| log.sets.len()).sum();
    let mut parts = vec![format!(
        "{exercises} {}, {sets} {}",
        plural(exercises, "exercise"),
        plural(sets, "set")
    )];
    let during = session
        .exercises
        .iter()
        .filter_map(|log| log.pain_during)
        .chain(session.pain_during)
        .max();
    let pain: Vec<String> = [("during", during), ("after", session.pain_after)]
        .into_iter()
        .filter_map(|(when, pain)| pain.map(|pain| format!("{when} {pain}/10")))
        .collect();
    if !pain.is_empty() {
        parts.push(format!("pain {}", pain.join(", ")));
    }
    if !session.finished {
        parts.push("not finished".to_string());
    }
    parts.join(" · ")
}

/// "Tuesday 4: back pain 3/10 · walked 20 min · chose a rest day".
pub fn checkin_line(checkin: &CheckIn) -> String {
    let mut parts = Vec::new();
    if let Some(pain) = checkin.pain {
        parts.push(format!("back pain {pain}/10"));
    }
    if let Some(minutes) = checkin.walk_minutes {
        parts.push(format!("walked {minutes} min"));
    }
    if checkin.flare {
        parts.push("a flare".to_string());
    }
    if checkin.new_leg_symptoms {
        parts.push("new leg symptoms".to_string());
    }
    if let Some(choice) = checkin.choice {
        parts.push(
            match choice {
                DayChoice::Easier => "chose a smaller session",
                DayChoice::Gentle => "chose a gentle session",
                DayChoice::Walk => "chose a walk",
                DayChoice::Rest => "chose a rest day",
            }
            .to_string(),
        );
    }
    if parts.is_empty() {
        parts.push("checked in".to_string());
    }
    format!("{}: {}", checkin.date.format("%A %-d"), parts.join(" · "))
}

fn plural(count: usize, word: &str) -> String {
    if count == 1 {
        word.to_string()
    } else {
        format!("{word}s")
    }
}

/// A session's date and time as typed (`2026-03-02`, `18:30`), not later than `now`.
pub fn when(date: &str, time: &str, now: NaiveDateTime) -> Result<NaiveDateTime, &'static str> {
    let date = NaiveDate::parse_from_str(date.trim(), "%Y-%m-%d")
        .map_err(|_| "Choose the day the session was done.")?;
    let time = NaiveTime::parse_from_str(time.trim(), "%H:%M")
        .map_err(|_| "Enter the time it started, like 18:30.")?;
    let at = date.and_time(time);
    if at > now {
        return Err("That is in the future: choose when the session was done.");
    }
    Ok(at)
}

/// A session done earlier and logged now: the program day's exercises as prescribed, no sets yet
/// (History adds them), finished. Its id is new and says it was logged afterwards.
pub fn past_session(day: &DayPrescription, started: NaiveDateTime) -> Session {
    Session {
        id: format!("{}-d{}-past", started.format("%Y%m%dT%H%M%S"), day.day),
        started,
        day: day.day,
        exercises: day
            .slots
            .iter()
            .filter(|slot| slot.sets > 0)
            .map(Prescription::empty_log)
            .collect(),
        pain_during: None,
        pain_after: None,
        notes: String::new(),
        finished: true,
    }
}

/// A typed field of a check-in's correction.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum CheckInField {
    /// Hours slept.
    SleepHours,
    /// Minutes walked.
    WalkMinutes,
}

/// A check-in as History's form holds it while it is corrected: the answers chosen, with hours
/// slept and minutes walked as typed. Its date stays: a check-in describes that day, and a day
/// has one check-in (saving replaces the one of the same date).
#[derive(Clone, Debug, PartialEq)]
pub struct CheckInDraft {
    /// The answers chosen (ratings, flare, leg symptoms); its typed numbers are read from below.
    pub checkin: CheckIn,
    /// Hours slept as typed; empty is "not given".
    pub sleep_hours: String,
    /// Minutes walked as typed; empty is "not given".
    pub walk_minutes: String,
}

impl CheckInDraft {
    /// The draft of a stored check-in.
    pub fn of(checkin: &CheckIn) -> CheckInDraft {
        CheckInDraft {
            checkin: checkin.clone(),
            sleep_hours: checkin
                .sleep_hours
                .map(|hours| hours.to_string())
                .unwrap_or_default(),
            walk_minutes: checkin
                .walk_minutes
                .map(|minutes| minutes.to_string())
                .unwrap_or_default(),
        }
    }

    /// The corrected check-in, or each field that reads badly with what to fix; ratings above
    /// [`limits::SCALE_MAX`] are read as the top of the scale.
    pub fn read(&self) -> Result<CheckIn, Vec<(CheckInField, String)>> {
        let mut problems = Vec::new();
        let sleep_hours = limits::sleep_hours(&self.sleep_hours)
            .map_err(|text| problems.push((CheckInField::SleepHours, text)));
        let walk_minutes = limits::walk_minutes(&self.walk_minutes)
            .map_err(|text| problems.push((CheckInField::WalkMinutes, text)));
        let (Ok(sleep_hours), Ok(walk_minutes)) = (sleep_hours, walk_minutes) else {
            return Err(problems);
        };
        let scale = |rating: Option<u8>| rating.map(|rating| rating.min(limits::SCALE_MAX));
        let checkin = &self.checkin;
        Ok(CheckIn {
            pain: scale(checkin.pain),
            stiffness: scale(checkin.stiffness),
            sleep_quality: scale(checkin.sleep_quality),
            stress: scale(checkin.stress),
            mood: scale(checkin.mood),
            sleep_hours,
            walk_minutes,
            ..checkin.clone()
        })
    }
}

/// "Check-in of Tuesday 3 March": the heading of a check-in opened from History.
pub fn checkin_title(checkin: &CheckIn) -> String {
    format!("Check-in of {}", checkin.date.format("%A %-d %B"))
}

/// True when a logged exercise is counted in reps, so "reps in reserve" applies to its sets (an
/// exercise no longer in the catalog keeps the field).
pub fn has_reserve(log: &ExerciseLog) -> bool {
    catalog::exercise(&log.exercise)
        .is_none_or(|exercise| exercise.dose.kind == catalog::DoseKind::Reps)
}

/// The name of a logged exercise.
pub fn exercise_name(log: &ExerciseLog) -> String {
    catalog::name_of(&log.exercise).to_string()
}

#[cfg(test)]
#[path = "history_tests.rs"]
mod tests;
