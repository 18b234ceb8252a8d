//! Unit tests of the engine's stages (the clinical rules end to end are the scenarios in
//! `tests/scenarios/`): flares from the facts, light weeks counted over weeks of training, and the
//! brake that turns a step up into a repeat of the last session.

use chrono::{Duration, NaiveDate, NaiveTime};

use super::day::{self, Kind};
use super::facts::Facts;
use super::*;
use crate::domain::checkin::CheckIn;
use crate::domain::equipment::{Dumbbells, Inventory};
use crate::domain::log::{ExerciseLog, Session, SetLog};
use crate::domain::profile::{Experience, Profile, ScreenRecord};
use crate::domain::program::{Program, ProgramDay, Scheme, Slot};
use crate::domain::rules;
use crate::domain::units::{Mass, Unit};

fn date(text: &str) -> NaiveDate {
    text.parse().expect("a valid date")
}

/// A goblet-squat program started on Monday 6 January 2025, usual pain 3, with dumbbells.
fn person() -> AppData {
    let start = date("2025-01-06");
    AppData {
        profile: Some(Profile {
            unit: Unit::Kg,
            inventory: Inventory {
                dumbbells: Dumbbells::Pairs {
                    weights: [8.0, 10.0, 12.0, 14.0].map(Mass::from_kg).to_vec(),
                },
                ..Inventory::default()
            },
            days_per_week: 3,
            minutes_per_session: 45,
            experience: Experience::Some,
            baseline_pain: 3,
            bodyweight: Some(Mass::from_kg(70.0)),
            goals: Vec::new(),
            walk_minutes_per_week: None,
            screens: vec![ScreenRecord {
                date: start,
                yes: Vec::new(),
                cleared: None,
            }],
            created: start,
            theme: Default::default(),
        }),
        program: Some(Program {
            name: "Test".into(),
            author: "tests".into(),
            notes: String::new(),
            weeks: 12,
            start,
            days: vec![ProgramDay {
                name: "Day A".into(),
                slots: vec![Slot {
                    pattern: crate::domain::catalog::Pattern::Squat,
                    ladder: "squat".into(),
                    exercise: "goblet-squat".into(),
                    scheme: Scheme {
                        sets: 2,
                        max_sets: None,
                        low: 12,
                        high: 15,
                        target_rir: 2,
                    },
                    load: Load::Mass(Mass::from_kg(10.0)),
                    implement: None,
                    rest_seconds: None,
                    alternatives: Vec::new(),
                }],
            }],
            phases: Vec::new(),
        }),
        sessions: Vec::new(),
        checkins: Vec::new(),
        outcomes: Vec::new(),
    }
}

/// A top session of the goblet squat at 10 kg on `day`, pain 2 during.
fn top_session(day: NaiveDate) -> Session {
    Session {
        id: day.to_string(),
        started: day.and_time(NaiveTime::from_hms_opt(18, 0, 0).expect("time")),
        day: 0,
        exercises: vec![ExerciseLog {
            slot: 0,
            exercise: "goblet-squat".into(),
            sets: vec![
                SetLog {
                    value: 15,
                    load: Load::Mass(Mass::from_kg(10.0)),
                    rir: Some(2),
                };
                2
            ],
            pain_during: Some(2),
            user_adjusted: false,
            today_only: false,
            implement: None,
            range: Some((12, 15)),
            tempo: None,
        }],
        pain_during: None,
        pain_after: Some(2),
        notes: String::new(),
        finished: true,
    }
}

/// Morning check-ins at `pain` from `from` to `to`.
fn mornings(from: NaiveDate, to: NaiveDate, pain: u8) -> Vec<CheckIn> {
    let mut checkins = Vec::new();
    let mut day = from;
    while day <= to {
        checkins.push(CheckIn {
            date: day,
            pain: Some(pain),
            ..CheckIn::default()
        });
        day += Duration::days(1);
    }
    checkins
}

#[test]
fn a_flare_needs_the_trigger_mornings_in_a_row() {
    let mut data = person();
    data.checkins = mornings(date("2025-01-06"), date("2025-01-20"), 3);
    // One high morning (usual + 2) is not a flare; the second in a row is.
    data.checkins[10].pain = Some(5);
    let facts = Facts::read(&data, date("2025-01-20")).expect("facts");
    assert!(facts.episodes.is_empty());
    data.checkins[11].pain = Some(5);
    let facts = Facts::read(&data, date("2025-01-20")).expect("facts");
    assert_eq!(rules::FLARE_TRIGGER_MORNINGS, 2);
    assert_eq!(facts.episodes.len(), 1);
    assert_eq!(facts.episodes[0].start, date("2025-01-17"));
    // Settled again on the 18th and 19th: re-entry from the 19th.
    assert_eq!(facts.episodes[0].recovered, Some(date("2025-01-19")));
}

#[test]
fn light_weeks_count_weeks_of_training_and_an_overdue_one_comes_at_the_next_session() {
    let mut data = person();
    let start = date("2025-01-06");
    // One session a week for 8 weeks, then three weeks off.
    data.sessions = (0..8)
        .map(|week| top_session(start + Duration::days(7 * week + 2)))
        .collect();
    data.checkins = mornings(start, date("2025-04-30"), 3);
    // Three weeks without training: not due by the calendar, and nothing lost.
    let during_gap = date("2025-03-10");
    let facts = Facts::read(&data, during_gap).expect("facts");
    let status = day::read(&facts);
    assert_eq!(status.status, Status::LightWeek, "due at the next session");
    assert!(matches!(
        status.light,
        Some(Rule::LightWeekOverdue { weeks: 8 }) | Some(Rule::LightWeekPlanned { weeks: 8 })
    ));
    // The next session is the light one; a week later training is normal again.
    data.sessions.push(top_session(date("2025-03-26")));
    let facts = Facts::read(&data, date("2025-03-27")).expect("facts");
    let status = day::read(&facts);
    assert_eq!(status.kinds.last(), Some(&Kind::Light));
    assert_eq!(status.status, Status::LightWeek);
    let facts = Facts::read(&data, date("2025-04-03")).expect("facts");
    assert_eq!(day::read(&facts).status, Status::Normal);
}

#[test]
fn new_leg_symptoms_turn_a_step_up_into_the_same_again() {
    let mut data = person();
    data.sessions = vec![
        top_session(date("2025-01-08")),
        top_session(date("2025-01-10")),
    ];
    data.checkins = mornings(date("2025-01-06"), date("2025-01-13"), 3);
    let today = date("2025-01-13");
    let free = prescribe(&data, today);
    let slot = &free.days[0].slots[0];
    assert_eq!(slot.decision, Decision::ProgressLoad);
    assert_eq!(slot.load, Load::Mass(Mass::from_kg(12.0)));

    data.checkins
        .last_mut()
        .expect("a check-in")
        .new_leg_symptoms = true;
    let braked = prescribe(&data, today);
    let slot = &braked.days[0].slots[0];
    assert!(!braked.ask_safety_screen.is_empty());
    assert_eq!(slot.decision, Decision::Hold);
    assert_eq!(slot.load, Load::Mass(Mass::from_kg(10.0)));
    assert_eq!(slot.reasons[0].rule, Rule::ReAskOpen);
}

#[test]
fn why_adds_to_the_summary_and_never_repeats_it() {
    let data = person();
    let plan = prescribe(&data, date("2025-01-06"));
    let slot = &plan.days[0].slots[0];
    for text in slot.why() {
        assert!(
            !slot
                .summary
                .to_lowercase()
                .contains(text.trim_end_matches('.').to_lowercase().as_str()),
            "{text} repeats {}",
            slot.summary
        );
    }
    let mut repeated = slot.clone();
    repeated.summary = "Start goblet squat: the first session.".into();
    repeated.reasons = vec![
        Reason {
            rule: Rule::FirstSession,
            text: "The first session.".into(),
        },
        Reason {
            rule: Rule::FirstSession,
            text: "Something new.".into(),
        },
        Reason {
            rule: Rule::FirstSession,
            text: "Something new.".into(),
        },
    ];
    assert_eq!(repeated.why(), vec!["Something new.".to_string()]);
    assert!(slot.shows_reserve(), "goblet squats are reps");
    let mut hold = slot.clone();
    hold.exercise = "side-plank-knees".into();
    assert!(!hold.shows_reserve(), "a timed hold has no reps in reserve");
    assert!(!hold.details(Unit::Kg).contains("reserve"));
}

#[test]
fn every_status_says_what_happens_now() {
    for status in [
        Status::Normal,
        Status::Blocked,
        Status::Flare,
        Status::ReEntry,
        Status::LightWeek,
    ] {
        assert!(!status.what_now().is_empty());
        assert_eq!(
            status.title().is_some(),
            !matches!(status, Status::Normal | Status::Blocked)
        );
    }
}
