//! Synthetic data shared by the storage tests and the browser benchmark: five years of daily use.
#![allow(dead_code)]

use chrono::{Duration, NaiveDate, NaiveDateTime};
use durable::domain::checkin::{CheckIn, Outcome, PsfsItem};
use durable::domain::data::AppData;
use durable::domain::log::{ExerciseLog, Session, SetLog};
use durable::domain::program::{Load, Program};
use durable::domain::units::Mass;

const EXERCISES: [&str; 6] = [
    "glute-bridge",
    "goblet-squat",
    "db-split-squat",
    "incline-push-up",
    "one-arm-db-row",
    "dead-bug",
];

pub fn at(text: &str) -> NaiveDateTime {
    NaiveDateTime::parse_from_str(text, "%Y-%m-%d %H:%M").unwrap()
}

pub fn day(text: &str) -> NaiveDate {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
}

pub fn session(started: NaiveDateTime, finished: bool) -> Session {
    Session {
        id: started.format("%Y-%m-%dT%H:%M").to_string(),
        started,
        day: 0,
        exercises: EXERCISES
            .iter()
            .enumerate()
            .map(|(slot, exercise)| ExerciseLog {
                slot,
                exercise: exercise.to_string(),
                sets: (0..3)
                    .map(|set| SetLog {
                        value: 10 + set,
                        load: Load::Mass(Mass::from_grams(8_000 + 2_000 * slot as i64)),
                        rir: Some(2),
                    })
                    .collect(),
                pain_during: Some(2),
                user_adjusted: false,
                today_only: false,
                implement: None,
                range: None,
                tempo: None,
            })
            .collect(),
        pain_during: None,
        pain_after: Some(2),
        notes: String::new(),
        finished,
    }
}

pub fn checkin(date: NaiveDate) -> CheckIn {
    CheckIn {
        date,
        pain: Some(3),
        stiffness: Some(2),
        sleep_hours: Some(7.3),
        sleep_quality: Some(6),
        stress: Some(4),
        mood: Some(7),
        walk_minutes: Some(35),
        ..CheckIn::default()
    }
}

pub fn program() -> Program {
    serde_json::from_value(serde_json::json!({
        "name": "Back to lifting", "weeks": 12, "start": "2026-11-02", "days": []
    }))
    .unwrap()
}

/// Five years of daily use: 3 sessions a week of 6 exercises × 3 sets, daily check-ins, weekly
/// outcomes with three activities.
pub fn five_years() -> AppData {
    let start = day("2021-11-22");
    let mut data = AppData {
        program: Some(program()),
        ..AppData::default()
    };
    for offset in 0..(5 * 365 + 1) {
        let date = start + Duration::days(offset);
        data.checkins.push(checkin(date));
        if [0, 2, 4].contains(&(offset % 7)) {
            data.sessions
                .push(session(date.and_hms_opt(18, 0, 0).unwrap(), true));
        }
        if offset % 7 == 6 {
            data.outcomes.push(Outcome {
                date,
                usual_pain: Some(3),
                psfs: [
                    "lift my toddler",
                    "garden for an hour",
                    "sit through a film",
                ]
                .iter()
                .map(|activity| PsfsItem {
                    activity: activity.to_string(),
                    score: 6,
                })
                .collect(),
                confidence: Some(7),
            });
        }
    }
    data
}
