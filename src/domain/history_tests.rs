//! Tests of History's weeks, lines, typed times and past sessions.

use chrono::NaiveDate;

use super::*;
use crate::domain::log::SetLog;
use crate::domain::program::Load;
use crate::domain::{engine, synth};

fn day(text: &str) -> NaiveDate {
    text.parse().unwrap()
}

#[test]
fn a_year_is_grouped_by_week_newest_first_and_loses_nothing() {
    let data = synth::backup(1, 3, day("2025-01-06"));
    let weeks = weeks(&data);
    assert!(weeks.len() >= 52, "{} weeks", weeks.len());
    assert!(weeks.windows(2).all(|pair| pair[0].monday > pair[1].monday));
    for week in &weeks {
        assert_eq!(week.monday.weekday(), chrono::Weekday::Mon);
        let end = week.monday + Duration::days(7);
        assert!(week
            .sessions
            .iter()
            .all(|session| session.started.date() >= week.monday && session.started.date() < end));
        assert!(week
            .sessions
            .windows(2)
            .all(|pair| pair[0].started >= pair[1].started));
        assert!(week
            .checkins
            .iter()
            .all(|checkin| checkin.date >= week.monday && checkin.date < end));
    }
    let sessions: usize = weeks.iter().map(|week| week.sessions.len()).sum();
    let checkins: usize = weeks.iter().map(|week| week.checkins.len()).sum();
    assert_eq!(
        (sessions, checkins),
        (data.sessions.len(), data.checkins.len())
    );
    assert_eq!(
        weeks[0].title().split(' ').take(3).collect::<Vec<_>>(),
        ["Week", "of", "Monday"]
    );
}

#[test]
fn the_lines_say_what_was_done_in_plain_words() {
    let data = synth::backup(1, 3, day("2025-01-06"));
    let mut session = data.sessions[0].clone();
    session.exercises.truncate(2);
    for log in &mut session.exercises {
        log.sets = vec![
            SetLog {
                value: 10,
                load: Load::Bodyweight,
                rir: None
            };
            2
        ];
        log.pain_during = None;
    }
    session.exercises[1].pain_during = Some(3);
    session.pain_during = None;
    session.pain_after = Some(1);
    assert_eq!(
        session_summary(&session),
        "2 exercises, 4 sets · pain during 3/10, after 1/10"
    );
    session.finished = false;
    assert!(session_summary(&session).ends_with("not finished"));
    let title = session_title(&session, data.program.as_ref());
    assert!(
        title.starts_with(&data.program.as_ref().unwrap().days[session.day].name),
        "{title}"
    );
    assert!(session_title(&session, None).starts_with(&format!("Day {}", session.day + 1)));

    let checkin = CheckIn {
        date: day("2026-03-03"),
        pain: Some(3),
        walk_minutes: Some(20),
        choice: Some(DayChoice::Rest),
        ..CheckIn::default()
    };
    assert_eq!(
        checkin_line(&checkin),
        "Tuesday 3: back pain 3/10 · walked 20 min · chose a rest day"
    );
    assert_eq!(
        checkin_line(&CheckIn {
            date: day("2026-03-04"),
            ..CheckIn::default()
        }),
        "Wednesday 4: checked in"
    );
}

#[test]
fn a_typed_time_is_read_and_never_in_the_future() {
    let now = day("2026-03-04").and_hms_opt(12, 0, 0).unwrap();
    assert_eq!(
        when("2026-03-02", "18:30", now),
        Ok(day("2026-03-02").and_hms_opt(18, 30, 0).unwrap())
    );
    assert!(when("", "18:30", now).is_err());
    assert!(when("2026-03-02", "half six", now).is_err());
    assert!(when("2026-03-04", "12:01", now).is_err());
}

#[test]
fn a_past_session_follows_the_days_prescriptions() {
    let data = synth::backup(1, 3, day("2025-01-06"));
    let plan = engine::prescribe(&data, day("2026-01-05"));
    let started = day("2026-01-03").and_hms_opt(9, 15, 0).unwrap();
    let session = past_session(&plan.days[1], started);
    assert_eq!(
        (session.day, session.started, session.finished),
        (1, started, true)
    );
    assert_eq!(session.id, "20260103T091500-d1-past");
    let planned: Vec<&str> = plan.days[1]
        .slots
        .iter()
        .filter(|slot| slot.sets > 0)
        .map(|slot| slot.exercise.as_str())
        .collect();
    let logged: Vec<&str> = session
        .exercises
        .iter()
        .map(|log| log.exercise.as_str())
        .collect();
    assert_eq!(logged, planned);
    assert!(session.exercises.iter().all(|log| log.sets.is_empty()));
    assert!(!exercise_name(&session.exercises[0]).is_empty());
}

#[test]
fn reserve_applies_to_sets_counted_in_reps_only() {
    let log = |exercise: &str| -> ExerciseLog {
        serde_json::from_value(serde_json::json!({ "slot": 0, "exercise": exercise })).unwrap()
    };
    assert!(has_reserve(&log("glute-bridge")));
    assert!(!has_reserve(&log("side-plank-knees")));
    assert!(has_reserve(&log("an-exercise-since-removed")));
}

#[test]
fn a_corrected_check_in_keeps_its_day_and_marks_each_bad_field() {
    let stored = CheckIn {
        date: day("2026-03-03"),
        pain: Some(4),
        sleep_hours: Some(7.5),
        walk_minutes: Some(20),
        choice: Some(DayChoice::Easier),
        ..CheckIn::default()
    };
    let mut draft = CheckInDraft::of(&stored);
    assert_eq!(
        (draft.sleep_hours.as_str(), draft.walk_minutes.as_str()),
        ("7.5", "20")
    );
    assert_eq!(draft.read(), Ok(stored.clone()));
    draft.checkin.pain = Some(2);
    draft.checkin.mood = Some(12);
    draft.checkin.flare = true;
    draft.sleep_hours = "6,5".into();
    draft.walk_minutes = String::new();
    let corrected = draft.read().unwrap();
    assert_eq!(corrected.date, stored.date);
    assert_eq!(corrected.choice, stored.choice, "the day's choice is kept");
    assert_eq!(
        (corrected.pain, corrected.mood, corrected.flare),
        (Some(2), Some(10), true)
    );
    assert_eq!(
        (corrected.sleep_hours, corrected.walk_minutes),
        (Some(6.5), None)
    );
    draft.sleep_hours = "25".into();
    draft.walk_minutes = "lots".into();
    let problems = draft.read().unwrap_err();
    let fields: Vec<_> = problems.iter().map(|(field, _)| *field).collect();
    assert_eq!(
        fields,
        [CheckInField::SleepHours, CheckInField::WalkMinutes]
    );
    assert!(problems[0].1.contains("0 to 24") && problems[1].1.contains("0 to 1440"));
    assert_eq!(checkin_title(&stored), "Check-in of Tuesday 3 March");
}
