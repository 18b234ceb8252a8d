//! Tests of the safety screen status.

use chrono::NaiveDate;

use super::*;
use crate::domain::equipment::Inventory;
use crate::domain::profile::{Experience, Profile, ScreenRecord};
use crate::domain::units::Unit;

fn day(n: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2025, 3, n).expect("valid test date")
}

fn profile(screens: Vec<ScreenRecord>) -> Profile {
    Profile {
        unit: Unit::Kg,
        inventory: Inventory::default(),
        days_per_week: 3,
        minutes_per_session: 40,
        experience: Experience::New,
        baseline_pain: 5,
        bodyweight: None,
        goals: Vec::new(),
        walk_minutes_per_week: None,
        screens,
        created: day(1),
        theme: Default::default(),
    }
}

fn record(date: u32, yes: &[&str], cleared: Option<u32>) -> ScreenRecord {
    ScreenRecord {
        date: day(date),
        yes: yes.iter().map(|id| id.to_string()).collect(),
        cleared: cleared.map(day),
    }
}

fn check(screens: Vec<ScreenRecord>, today: u32, expected: ScreenStatus) {
    assert_eq!(status(&profile(screens), day(today)), expected);
}

#[test]
fn status_follows_the_latest_answers() {
    check(vec![], 5, ScreenStatus::NeedsAnswer);
    check(vec![record(2, &[], None)], 5, ScreenStatus::Clear);
    check(vec![record(6, &[], None)], 5, ScreenStatus::NeedsAnswer);
    check(
        vec![record(2, &["bladder", "fever-unwell"], None)],
        5,
        ScreenStatus::Blocked {
            level: Level::Emergency,
            ids: vec!["bladder".into(), "fever-unwell".into()],
        },
    );
    check(
        vec![record(2, &["weight-loss"], None)],
        5,
        ScreenStatus::Blocked {
            level: Level::Urgent,
            ids: vec!["weight-loss".into()],
        },
    );
    check(
        vec![record(2, &["weight-loss"], Some(4))],
        5,
        ScreenStatus::Clear,
    );
    check(
        vec![record(2, &["weight-loss"], Some(9))],
        5,
        ScreenStatus::Blocked {
            level: Level::Urgent,
            ids: vec!["weight-loss".into()],
        },
    );
    check(
        vec![record(2, &["long-morning-stiffness", "no-such-id"], None)],
        5,
        ScreenStatus::SeeGpSoon {
            ids: vec!["long-morning-stiffness".into()],
        },
    );
    check(
        vec![record(1, &["bowel"], None), record(3, &[], None)],
        5,
        ScreenStatus::Clear,
    );
}

#[test]
fn every_question_has_a_unique_id_and_filled_text() {
    for (index, question) in QUESTIONS.iter().enumerate() {
        assert!(QUESTIONS[..index]
            .iter()
            .all(|other| other.id != question.id));
        assert!(!question.text().contains('{'), "{}", question.id);
        assert!(question.text().ends_with('?'), "{}", question.id);
    }
    assert_eq!(
        find("first-episode-age").map(|question| question.text()),
        Some("Is this your first back pain, and are you younger than 20 or older than 55?".into())
    );
}

#[test]
fn answers_then_clearance_pause_and_resume_training() {
    let none = profile(vec![record(1, &[], None)]);
    assert_eq!(clear(&profile(vec![]), day(5)), None, "nothing to clear");
    let urgent = answer(&none, vec!["fever-unwell".into()], day(5));
    assert_eq!(urgent.screens.len(), 2, "the earlier answers are kept");
    assert!(status(&urgent, day(5)).blocks_training());
    let cleared = clear(&urgent, day(6)).expect("a screen to clear");
    assert_eq!(cleared.screens[1].cleared, Some(day(6)));
    assert_eq!(cleared.screens[0].cleared, None);
    assert_eq!(status(&cleared, day(6)), ScreenStatus::Clear);
    // An emergency answer after the clearance pauses training again.
    let emergency = answer(&cleared, vec!["bowel".into()], day(7));
    assert!(matches!(
        status(&emergency, day(7)),
        ScreenStatus::Blocked {
            level: Level::Emergency,
            ..
        }
    ));
    // A screen dated after the day asked is not the one cleared.
    let later = profile(vec![
        record(1, &["bowel"], None),
        record(9, &["bowel"], None),
    ]);
    let cleared = clear(&later, day(5)).unwrap();
    assert_eq!(
        (cleared.screens[0].cleared, cleared.screens[1].cleared),
        (Some(day(5)), None)
    );
}

#[test]
fn every_group_has_a_heading_and_a_one_line_summary_of_its_signs() {
    for level in [Level::Emergency, Level::Urgent, Level::GpSoon] {
        assert!(!level.heading().is_empty());
        let summary = level.summary();
        let count = QUESTIONS
            .iter()
            .filter(|question| question.level == level)
            .count();
        assert!(count > 0 && summary.ends_with('.'), "{summary}");
        // One clause per sign or two, never a list longer than the questions it stands for.
        assert!(summary.split(';').count() <= count, "{summary}");
    }
}
