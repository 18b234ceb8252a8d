//! Tests of the progress statistics.

use chrono::NaiveDate;

use super::*;
use crate::domain::checkin::PsfsItem;
use crate::domain::log::{ExerciseLog, SetLog};
use crate::domain::program::{ProgramDay, Scheme, Slot};

fn day(text: &str) -> NaiveDate {
    text.parse().expect("a valid date")
}

fn kg(kg: f64) -> Load {
    Load::Mass(Mass::from_kg(kg))
}

fn set(value: u16, load: Load, rir: Option<u8>) -> SetLog {
    SetLog { value, load, rir }
}

fn session(date: &str, exercises: Vec<(&str, Vec<SetLog>)>) -> Session {
    Session {
        id: format!("{date}-0"),
        started: day(date).and_hms_opt(9, 0, 0).expect("a valid time"),
        day: 0,
        exercises: exercises
            .into_iter()
            .enumerate()
            .map(|(slot, (exercise, sets))| ExerciseLog {
                slot,
                exercise: exercise.to_string(),
                sets,
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

fn checkin(date: &str, pain: Option<u8>) -> CheckIn {
    CheckIn {
        date: day(date),
        pain,
        ..CheckIn::default()
    }
}

fn outcome(items: &[(&str, u8)]) -> Outcome {
    Outcome {
        date: day("2025-03-03"),
        psfs: items
            .iter()
            .map(|(activity, score)| PsfsItem {
                activity: activity.to_string(),
                score: *score,
            })
            .collect(),
        ..Outcome::default()
    }
}

fn close(actual: f32, expected: f32) -> bool {
    (actual - expected).abs() < 1e-4
}

// --- e1RM ---------------------------------------------------------------------------------------

#[test]
fn e1rm_uses_epley_within_the_rep_limit() {
    let check = |load: Load, reps: u16, expected: Option<Mass>| {
        assert_eq!(e1rm(&load, reps), expected, "{load:?} x {reps}");
    };
    check(kg(100.0), 1, Some(Mass::from_kg(100.0)));
    check(kg(100.0), 10, Some(Mass::from_grams(133_333)));
    check(kg(60.0), 5, Some(Mass::from_kg(70.0)));
    check(kg(20.0), 12, Some(Mass::from_kg(28.0)));
    check(kg(20.0), 13, None);
    check(kg(20.0), 0, None);
    check(kg(0.0), 5, None);
    check(Load::Bodyweight, 5, None);
    check(Load::Band("red".to_string()), 5, None);
}

#[test]
fn e1rm_history_takes_the_best_set_of_each_session() {
    let sessions = vec![
        session(
            "2025-03-03",
            vec![(
                "kb-deadlift",
                vec![
                    set(10, kg(16.0), Some(2)),
                    set(12, kg(16.0), Some(1)),
                    set(15, kg(24.0), Some(0)),
                ],
            )],
        ),
        session(
            "2025-03-05",
            vec![("glute-bridge", vec![set(15, Load::Bodyweight, None)])],
        ),
        session(
            "2025-03-07",
            vec![("kb-deadlift", vec![set(8, kg(24.0), Some(2))])],
        ),
    ];
    assert_eq!(
        e1rm_history(&sessions, "kb-deadlift"),
        vec![
            (day("2025-03-03"), Mass::from_grams(22_400)),
            (day("2025-03-07"), Mass::from_grams(30_400)),
        ]
    );
    assert!(e1rm_history(&sessions, "glute-bridge").is_empty());
}

// --- weeks --------------------------------------------------------------------------------------

#[test]
fn weeks_are_iso_weeks_starting_on_monday() {
    let check = |date: &str, year: i32, week: u32, monday: &str| {
        let got = Week::of(day(date));
        assert_eq!(got, Week { year, week }, "{date}");
        assert_eq!(got.monday(), Some(day(monday)), "{date}");
    };
    check("2025-03-03", 2025, 10, "2025-03-03");
    check("2025-03-09", 2025, 10, "2025-03-03");
    check("2024-12-30", 2025, 1, "2024-12-30");
    check("2021-01-03", 2020, 53, "2020-12-28");
}

// --- weekly volume ------------------------------------------------------------------------------

#[test]
fn weekly_volume_counts_hard_sets_reps_and_tonnage_per_pattern_and_week() {
    let sessions = vec![
        session(
            "2025-03-03",
            vec![
                (
                    "kb-deadlift",
                    vec![set(10, kg(16.0), Some(2)), set(12, kg(16.0), None)],
                ),
                ("glute-bridge", vec![set(15, Load::Bodyweight, Some(5))]),
                (
                    "wall-push-up",
                    vec![
                        set(12, Load::Bodyweight, Some(3)),
                        set(0, Load::Bodyweight, None),
                    ],
                ),
            ],
        ),
        session(
            "2025-03-06",
            vec![("kb-deadlift", vec![set(8, kg(20.0), Some(1))])],
        ),
        session(
            "2025-03-10",
            vec![("wall-push-up", vec![set(14, Load::Bodyweight, Some(2))])],
        ),
    ];
    let volume = weekly_volume(&sessions, None);
    let week10 = Week {
        year: 2025,
        week: 10,
    };
    let week11 = Week {
        year: 2025,
        week: 11,
    };
    let summary: Vec<(Week, Pattern, u32, u32, Mass)> = volume
        .iter()
        .map(|entry| {
            (
                entry.week,
                entry.pattern,
                entry.hard_sets,
                entry.reps,
                entry.tonnage,
            )
        })
        .collect();
    assert_eq!(
        summary,
        vec![
            // 3 kettlebell sets are hard; the bridge at 5 in reserve is not.
            (week10, Pattern::Hinge, 3, 45, Mass::from_kg(512.0)),
            (week10, Pattern::Push, 1, 12, Mass::ZERO),
            (week11, Pattern::Push, 1, 14, Mass::ZERO),
        ]
    );
}

#[test]
fn weekly_volume_counts_holds_in_seconds_and_carries_in_metres() {
    let sessions = vec![session(
        "2025-03-04",
        vec![
            (
                "side-plank-knees",
                vec![
                    set(20, Load::Bodyweight, None),
                    set(25, Load::Bodyweight, None),
                ],
            ),
            ("farmer-carry-light", vec![set(15, kg(8.0), Some(3))]),
        ],
    )];
    let volume = weekly_volume(&sessions, None);
    let trunk = volume
        .iter()
        .find(|entry| entry.pattern == Pattern::Trunk)
        .expect("trunk volume");
    assert_eq!((trunk.hard_sets, trunk.seconds, trunk.reps), (2, 45, 0));
    let carry = volume
        .iter()
        .find(|entry| entry.pattern == Pattern::Carry)
        .expect("carry volume");
    assert_eq!(
        (carry.metres, carry.reps, carry.tonnage),
        (15, 0, Mass::ZERO)
    );
}

#[test]
fn weekly_volume_falls_back_to_the_program_slot_for_unknown_exercises() {
    let program = Program {
        name: "Clinic plan".to_string(),
        author: String::new(),
        notes: String::new(),
        weeks: 12,
        start: day("2025-03-03"),
        days: vec![ProgramDay {
            name: "Day A".to_string(),
            slots: vec![Slot {
                pattern: Pattern::Pull,
                ladder: "pull".to_string(),
                exercise: "cable-row".to_string(),
                scheme: Scheme {
                    sets: 2,
                    max_sets: None,
                    low: 12,
                    high: 15,
                    target_rir: 2,
                },
                load: kg(20.0),
                implement: None,
                rest_seconds: None,
                alternatives: Vec::new(),
            }],
        }],
        phases: Vec::new(),
    };
    let sessions = vec![session(
        "2025-03-03",
        vec![("cable-row", vec![set(12, kg(20.0), Some(2))])],
    )];
    assert!(weekly_volume(&sessions, None).is_empty());
    let volume = weekly_volume(&sessions, Some(&program));
    assert_eq!(volume.len(), 1);
    assert_eq!(
        (volume[0].pattern, volume[0].reps, volume[0].tonnage),
        (Pattern::Pull, 12, Mass::from_kg(240.0))
    );
}

// --- morning pain ---------------------------------------------------------------------------------

#[test]
fn rolling_average_skips_missing_days_and_counts_the_days_used() {
    let checkins = vec![
        checkin("2025-03-01", Some(9)), // outside the window ending on the 10th
        checkin("2025-03-04", Some(4)),
        checkin("2025-03-06", Some(2)),
        checkin("2025-03-07", None),
        checkin("2025-03-10", Some(3)),
    ];
    let check = |date: &str, expected: Option<(f32, usize)>| {
        let got = rolling_morning_pain(&checkins, day(date));
        match (got, expected) {
            (None, None) => {}
            (Some(average), Some((mean, days))) => {
                assert!(close(average.mean, mean), "{date}: {average:?}");
                assert_eq!(average.days, days, "{date}");
            }
            _ => panic!("{date}: got {got:?}, expected {expected:?}"),
        }
    };
    check("2025-03-10", Some((3.0, 3)));
    check("2025-03-07", Some((5.0, 3)));
    check("2025-03-08", Some((3.0, 2)));
    check("2025-03-20", None);
    check("2025-02-20", None);
    assert!(rolling_morning_pain(&[], day("2025-03-10")).is_none());
}

#[test]
fn a_later_checkin_for_the_same_day_replaces_the_earlier_one() {
    let checkins = vec![
        checkin("2025-03-04", Some(8)),
        checkin("2025-03-04", Some(2)),
    ];
    let average = rolling_morning_pain(&checkins, day("2025-03-04")).expect("one day");
    assert_eq!(average.days, 1);
    assert!(close(average.mean, 2.0));
}

#[test]
fn rolling_series_has_one_point_per_day() {
    let checkins = vec![checkin("2025-03-04", Some(4))];
    let series = rolling_morning_pain_series(&checkins, day("2025-03-03"), day("2025-03-11"));
    assert_eq!(series.len(), 9);
    assert_eq!(series[0], (day("2025-03-03"), None));
    assert_eq!(series[1].1.map(|average| average.days), Some(1));
    assert_eq!(series[7].1.map(|average| average.days), Some(1));
    assert_eq!(series[8].1, None);
    assert!(
        rolling_morning_pain_series(&checkins, day("2025-03-11"), day("2025-03-03")).is_empty()
    );
}

#[test]
fn weekly_averages_group_by_iso_week() {
    let checkins = vec![
        checkin("2025-03-03", Some(4)),
        checkin("2025-03-09", Some(3)),
        checkin("2025-03-11", None),
        checkin("2025-03-18", Some(1)),
    ];
    let weekly = weekly_morning_pain(&checkins);
    let summary: Vec<(u32, usize)> = weekly
        .iter()
        .map(|(week, average)| (week.week, average.days))
        .collect();
    assert_eq!(summary, vec![(10, 2), (12, 1)]);
    assert!(close(weekly[0].1.mean, 3.5));
    assert!(weekly_morning_pain(&[]).is_empty());
}

// --- NPRS and PSFS ------------------------------------------------------------------------------

#[test]
fn pain_change_matters_at_two_points_or_thirty_percent() {
    let check = |before: f32, after: f32, expected: Change| {
        assert_eq!(pain_change(before, after), expected, "{before} -> {after}");
        assert_eq!(
            pain_change_meaningful(before, after),
            expected != Change::NoClearChange,
            "{before} -> {after}"
        );
    };
    check(6.0, 4.0, Change::Better);
    check(6.0, 5.0, Change::NoClearChange); // 1 point is 17%
    check(4.0, 6.0, Change::Worse);
    check(8.0, 6.5, Change::NoClearChange); // 1.5 points is 19%
                                            // On low starts 30% comes before 2 points.
    check(3.0, 2.0, Change::Better); // 33%
    check(2.0, 1.0, Change::Better); // 50%
    check(3.4, 2.4, Change::NoClearChange); // 29%
    check(3.0, 2.1, Change::Better); // exactly 30%
    check(0.0, 1.0, Change::NoClearChange); // from 0 only points count
    check(0.0, 2.0, Change::Worse);
    check(5.0, 5.0, Change::NoClearChange);
}

#[test]
fn psfs_mean_is_the_mean_of_the_activities() {
    assert!(close(
        psfs_mean(&outcome(&[
            ("lift my toddler", 3),
            ("garden", 6),
            ("drive", 4)
        ]))
        .expect("a mean"),
        13.0 / 3.0
    ));
    assert_eq!(psfs_mean(&outcome(&[])), None);
}

#[test]
fn psfs_changes_matter_at_two_for_the_mean_and_three_for_an_activity() {
    let check_mean = |before: f32, after: f32, expected: bool| {
        assert_eq!(
            psfs_mean_change_meaningful(before, after),
            expected,
            "{before} -> {after}"
        );
    };
    check_mean(3.0, 5.0, true);
    check_mean(5.0, 3.0, true);
    check_mean(3.0, 4.9, false);
    check_mean(10.0 / 3.0, 16.0 / 3.0, true);
    let check_item = |before: u8, after: u8, expected: bool| {
        assert_eq!(
            psfs_item_change_meaningful(before, after),
            expected,
            "{before} -> {after}"
        );
    };
    check_item(2, 5, true);
    check_item(2, 4, false);
    check_item(7, 4, true);
}

#[test]
fn psfs_change_compares_the_mean_and_shared_activities() {
    let before = outcome(&[
        ("Lift my toddler", 2),
        ("garden for an hour", 4),
        ("drive", 5),
    ]);
    let after = outcome(&[
        ("lift my toddler ", 6),
        ("garden for an hour", 5),
        ("sleep", 8),
    ]);
    let change = psfs_change(&before, &after);
    assert_eq!(change.mean_change, Change::Better);
    assert!(close(change.mean_before.expect("before"), 11.0 / 3.0));
    assert!(close(change.mean_after.expect("after"), 19.0 / 3.0));
    let items: Vec<(&str, u8, u8, Change)> = change
        .items
        .iter()
        .map(|item| (item.activity.as_str(), item.before, item.after, item.change))
        .collect();
    assert_eq!(
        items,
        vec![
            ("lift my toddler ", 2, 6, Change::Better),
            ("garden for an hour", 4, 5, Change::NoClearChange),
        ]
    );
    let worse = psfs_change(&after, &before);
    assert_eq!(worse.mean_change, Change::Worse);
    let empty = psfs_change(&outcome(&[]), &after);
    assert_eq!(
        (empty.mean_before, empty.mean_change),
        (None, Change::NoClearChange)
    );
    assert!(empty.items.is_empty());
}
