//! Tests of the synthetic history.

use chrono::NaiveDate;

use super::*;

fn start() -> NaiveDate {
    NaiveDate::from_ymd_opt(2024, 1, 1).expect("valid date")
}

#[test]
fn same_seed_same_history_and_different_seed_differs() {
    let first = backup(1, 7, start());
    assert_eq!(first, backup(1, 7, start()));
    assert_ne!(first.checkins, backup(1, 8, start()).checkins);
}

#[test]
fn a_year_reads_like_a_person_who_trains_and_improves() {
    let data = backup(1, 42, start());
    let sessions = data.sessions.len();
    assert!((100..=160).contains(&sessions), "{sessions} sessions");
    assert!(data.checkins.len() > 300 && data.checkins.len() < 365);
    assert!(data
        .sessions
        .iter()
        .all(|session| session.exercises.len() == 6));
    let early: f32 = data.checkins[..28]
        .iter()
        .filter_map(|c| c.pain)
        .map(f32::from)
        .sum::<f32>()
        / 28.0;
    let late: Vec<f32> = data.checkins[data.checkins.len() - 28..]
        .iter()
        .filter_map(|checkin| checkin.pain)
        .map(f32::from)
        .collect();
    let late = late.iter().sum::<f32>() / late.len() as f32;
    assert!(late < early, "pain {early} → {late}");
    let first_rungs: Vec<&str> = data.sessions[0]
        .exercises
        .iter()
        .map(|log| log.exercise.as_str())
        .collect();
    let last_rungs: Vec<&str> = data.sessions[sessions - 1]
        .exercises
        .iter()
        .map(|log| log.exercise.as_str())
        .collect();
    assert_ne!(first_rungs, last_rungs, "moved up some ladders");
}
