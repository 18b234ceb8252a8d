//! Tests of strength progress: the rung timeline, rungs climbed, weekly working values and the
//! honestly labelled best set.

use chrono::NaiveDate;

use super::*;
use crate::domain::log::{ExerciseLog, Session};
use crate::domain::units::Mass;

fn day(text: &str) -> NaiveDate {
    text.parse().expect("a valid date")
}

/// A finished session on `date` with `(exercise, [(value, load)])`.
fn session(date: &str, exercises: &[(&str, &[(u16, Load)])]) -> Session {
    Session {
        id: format!("{date}-0"),
        started: day(date).and_hms_opt(9, 0, 0).unwrap(),
        day: 0,
        exercises: exercises
            .iter()
            .enumerate()
            .map(|(slot, (exercise, sets))| ExerciseLog {
                slot,
                exercise: exercise.to_string(),
                sets: sets
                    .iter()
                    .map(|(value, load)| SetLog {
                        value: *value,
                        load: load.clone(),
                        rir: Some(2),
                    })
                    .collect(),
                pain_during: None,
                user_adjusted: false,
                today_only: false,
                implement: None,
                range: None,
                tempo: None,
            })
            .collect(),
        pain_during: None,
        pain_after: None,
        notes: String::new(),
        finished: true,
    }
}

fn kg(value: f64) -> Load {
    Load::Mass(Mass::from_kg(value))
}

fn history() -> AppData {
    AppData {
        sessions: vec![
            session(
                "2026-10-05",
                &[
                    (
                        "glute-bridge",
                        &[(12, Load::Bodyweight), (15, Load::Bodyweight)],
                    ),
                    ("wall-push-up", &[(10, Load::Bodyweight)]),
                ],
            ),
            session("2026-10-19", &[("glute-bridge", &[(15, Load::Bodyweight)])]),
            session(
                "2026-11-02",
                &[("kb-deadlift-block", &[(10, kg(12.0)), (10, kg(12.0))])],
            ),
            session(
                "2026-11-09",
                &[("kb-deadlift-block", &[(8, kg(16.0)), (10, kg(12.0))])],
            ),
            session(
                "2026-11-16",
                &[("kb-deadlift-block", &[(8, kg(16.0)), (8, kg(16.0))])],
            ),
        ],
        ..AppData::default()
    }
}

#[test]
fn the_timeline_names_each_rung_since_when_and_the_climb() {
    let today = day("2026-11-26");
    let mondays = chart_mondays(today, 4);
    assert_eq!(
        mondays,
        [
            day("2026-11-02"),
            day("2026-11-09"),
            day("2026-11-16"),
            day("2026-11-23")
        ]
    );
    let all = progress(&history(), today, &mondays, Unit::Kg);
    assert_eq!(all.len(), 2, "hinge and push");
    let hinge = &all[0];
    assert_eq!(hinge.pattern, Pattern::Hinge);
    let names: Vec<(&str, Option<usize>, bool, usize)> = hinge
        .timeline
        .iter()
        .map(|spell| {
            (
                spell.exercise.as_str(),
                spell.rung,
                spell.current,
                spell.sessions,
            )
        })
        .collect();
    assert_eq!(
        names,
        [
            ("glute-bridge", Some(1), false, 2),
            ("kb-deadlift-block", Some(7), true, 3)
        ]
    );
    assert_eq!(hinge.rungs_climbed, Some(6));
    assert_eq!(
        hinge.sentence,
        "Started with the glute bridge on 5 Oct 2026; now Kettlebell deadlift from a step (since 2 Nov 2026), 6 steps up the ladder."
    );
    assert_eq!(hinge.measure, "kg");
    assert_eq!(hinge.weekly, [Some(12.0), Some(16.0), Some(16.0), None]);
    assert_eq!(
        hinge.best,
        "Best set of the kettlebell deadlift from a step since you started it on 2 Nov 2026: 16 kg × 8 reps, on 9 Nov 2026."
    );
}

#[test]
fn body_weight_rungs_count_reps_and_records_are_per_exercise() {
    let today = day("2026-11-26");
    let all = progress(&history(), today, &chart_mondays(today, 12), Unit::Kg);
    let push = &all[1];
    assert_eq!(push.measure, "reps");
    assert_eq!(push.rungs_climbed, Some(0));
    assert_eq!(push.sentence, "Now: Wall push-up (since 5 Oct 2026).");
    assert!(
        push.best.ends_with(": 10 reps, on 5 Oct 2026."),
        "{}",
        push.best
    );
    assert_eq!(push.weekly.iter().flatten().count(), 1);
}

#[test]
fn sessions_after_today_and_no_sessions_give_nothing() {
    let today = day("2026-10-01");
    assert!(progress(&history(), today, &chart_mondays(today, 12), Unit::Kg).is_empty());
    assert!(progress(&AppData::default(), today, &[], Unit::Kg).is_empty());
}

#[test]
fn back_on_the_first_exercise_names_what_was_tried_in_between() {
    let data = AppData {
        sessions: vec![
            session("2026-09-07", &[("glute-bridge", &[(12, Load::Bodyweight)])]),
            session(
                "2026-09-21",
                &[("hip-hinge-drill", &[(10, Load::Bodyweight)])],
            ),
            session("2026-11-16", &[("glute-bridge", &[(15, Load::Bodyweight)])]),
        ],
        ..AppData::default()
    };
    let today = day("2026-11-26");
    let hinge = &progress(&data, today, &chart_mondays(today, 12), Unit::Kg)[0];
    assert_eq!(
        hinge.sentence,
        "Now: Glute bridge (since 7 Sep 2026). Also done for a while: Hip hinge with a broom handle (on 21 Sep 2026)."
    );
    assert_eq!(hinge.rungs_climbed, Some(0));
}
