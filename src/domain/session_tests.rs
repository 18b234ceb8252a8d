//! Tests of a session from start to summary, and of the person's own change of exercise.

use chrono::{Duration, NaiveDate, NaiveDateTime};

use super::*;
use crate::domain::engine::{adjust, swaps, Change, Current};
use crate::domain::equipment::Preset;
use crate::domain::profile::Experience;
use crate::domain::starter::{self, Answers};

fn at(text: &str) -> NaiveDateTime {
    NaiveDateTime::parse_from_str(text, "%Y-%m-%d %H:%M").expect("a time")
}

fn person(preset: Preset) -> AppData {
    let start = NaiveDate::from_ymd_opt(2026, 11, 2).expect("a date");
    let answers = Answers {
        usual_pain: 3,
        inventory: preset.inventory(),
        days_per_week: 3,
        minutes_per_session: 30,
        experience: Experience::Some,
        goals: Vec::new(),
        bodyweight: None,
        walk_minutes_per_week: None,
    };
    let mut profile = starter::profile(&answers, Unit::Kg, start);
    profile.screens.push(crate::domain::profile::ScreenRecord {
        date: start,
        yes: Vec::new(),
        cleared: None,
    });
    AppData {
        profile: Some(profile),
        program: Some(starter::program(&answers, start)),
        ..AppData::default()
    }
}

fn day_zero(data: &AppData, now: NaiveDateTime) -> Vec<Prescription> {
    engine::prescribe(data, now.date()).days[0].slots.clone()
}

/// Logs every set of `session` at its target and keeps it in the log.
fn log_all(data: &mut AppData, mut session: Session, prescriptions: &[Prescription]) -> Session {
    for (log, prescription) in session.exercises.iter_mut().zip(prescriptions) {
        log.sets = prescription
            .targets
            .iter()
            .map(|value| SetLog {
                value: *value,
                load: prescription.load.clone(),
                rir: Some(2),
            })
            .collect();
        log.pain_during = Some(1);
    }
    session.finished = true;
    data.sessions.push(session.clone());
    session
}

#[test]
fn starting_closes_an_unfinished_session_and_gives_an_id_no_one_has() {
    let mut data = person(Preset::FewDumbbells);
    let now = at("2026-11-02 18:00");
    let prescriptions = day_zero(&data, now);
    let first = start(&data, None, 0, &prescriptions, now);
    assert_eq!(first.closed, None);
    assert_eq!(first.session.id, "20261102T180000-d0");
    assert_eq!(first.session.exercises.len(), prescriptions.len());
    assert!(first
        .session
        .exercises
        .iter()
        .all(|log| log.sets.is_empty()));
    data.sessions.push(first.session.clone());
    let again = start(&data, Some(&first.session), 0, &prescriptions, now);
    assert_eq!(again.session.id, "20261102T180000-d0-2");
    let closed = again.closed.expect("the open one is closed");
    assert!(closed.finished);
    assert_eq!(closed.id, first.session.id);
}

#[test]
fn the_summary_compares_with_last_time_labels_records_and_says_what_changes() {
    let mut data = person(Preset::FewDumbbells);
    let monday = at("2026-11-02 18:00");
    let prescriptions = day_zero(&data, monday);
    let first = start(&data, None, 0, &prescriptions, monday).session;
    log_all(&mut data, first, &prescriptions);
    let next_week = monday + Duration::days(7);
    // Days B and C in between.
    for (offset, day) in [(2, 1), (4, 2)] {
        let when = monday + Duration::days(offset);
        let plan = engine::prescribe(&data, when.date());
        let slots = plan.days[day].slots.clone();
        let session = start(&data, None, day, &slots, when).session;
        log_all(&mut data, session, &slots);
    }
    let prescriptions = day_zero(&data, next_week);
    let second = start(&data, None, 0, &prescriptions, next_week).session;
    let second = log_all(&mut data, second, &prescriptions);
    let summary = summary(&data, &second, next_week.date(), Unit::Kg);
    assert_eq!(summary.done.len(), prescriptions.len());
    let first_done = &summary.done[0];
    assert!(first_done.last.is_some(), "last time is shown");
    assert_ne!(
        first_done.last.as_deref(),
        Some(first_done.done.as_str()),
        "one more rep"
    );
    assert!(
        summary
            .records
            .iter()
            .all(|record| record.starts_with("Best since you started the ")),
        "{:?}",
        summary.records
    );
    assert!(
        !summary.records.is_empty(),
        "more reps than last time is a best"
    );
    assert_eq!(summary.next.len(), prescriptions.len());
    assert!(summary.next.iter().all(|next| !next.why.is_empty()));
    // 2026-11-09 is a Monday: the next session is due 48 h later.
    assert_eq!(summary.next_day.as_deref(), Some("Day B, from Wednesday"));
}

#[test]
fn sets_read_in_one_line() {
    let log = ExerciseLog {
        slot: 0,
        exercise: "goblet-squat".into(),
        sets: vec![
            SetLog {
                value: 13,
                load: Load::Mass(crate::domain::units::Mass::from_kg(5.0)),
                rir: None,
            };
            2
        ],
        pain_during: None,
        user_adjusted: false,
        today_only: false,
        implement: None,
        range: None,
        tempo: None,
    };
    assert_eq!(sets_line(&log, Unit::Kg), "2 × 13 at 5 kg");
    let mut uneven = log.clone();
    uneven.sets[1].value = 12;
    assert_eq!(sets_line(&uneven, Unit::Kg), "13, 12 at 5 kg");
}

/// Takes the easier exercise (for today only or from now on), logs it, and returns what the engine
/// prescribes for that place a week later, with the exercise before and the easier one.
fn easier_then_next_week(today_only: bool) -> (String, String, String) {
    let mut data = person(Preset::FewDumbbells);
    let now = at("2026-11-02 18:00");
    let prescriptions = day_zero(&data, now);
    let current = |prescription: &Prescription| Current {
        day: 0,
        slot: prescription.slot,
        exercise: prescription.exercise.clone(),
        implement: prescription.implement,
        load: prescription.load.clone(),
        sets: prescription.sets,
    };
    let (squat, easier) = prescriptions
        .iter()
        .find_map(|prescription| {
            adjust(&data, now.date(), &current(prescription), Change::Easier)
                .map(|easier| (prescription.clone(), easier))
        })
        .expect("an exercise with an easier one");
    let current = current(&squat);
    let harder = adjust(&data, now.date(), &current, Change::Harder);
    assert!(harder.is_none_or(|harder| !harder.easier && harder.exercise != easier.exercise));
    assert!(easier.easier);
    assert_eq!(easier.sets, squat.sets);
    assert!(easier.targets.iter().all(|target| *target == easier.low));
    assert!(swaps(&data, now.date(), &current).contains(&easier));
    // Logged as the person's choice, the engine goes on from the easier exercise next time.
    let mut session = start(&data, None, 0, &prescriptions, now).session;
    let log = session
        .exercises
        .iter_mut()
        .find(|log| log.slot == squat.slot)
        .expect("the squat's log");
    swap(log, &easier, today_only);
    log.sets = vec![
        SetLog {
            value: easier.low,
            load: easier.load.clone(),
            rir: Some(2),
        };
        usize::from(easier.sets)
    ];
    log.pain_during = Some(1);
    session.pain_after = Some(1);
    session.finished = true;
    data.sessions.push(session);
    // Settled by the next morning: nothing holds the plan back.
    for day in 1..7 {
        data.checkins.push(crate::domain::checkin::CheckIn {
            date: now.date() + Duration::days(day),
            pain: Some(3),
            ..crate::domain::checkin::CheckIn::default()
        });
    }
    let later = engine::prescribe(&data, now.date() + Duration::days(7));
    (
        squat.exercise,
        easier.exercise,
        later.days[0].slots[squat.slot].exercise.clone(),
    )
}

#[test]
fn easier_from_now_on_is_the_step_the_engine_itself_takes_and_the_engine_keeps_it() {
    let (_, easier, next) = easier_then_next_week(false);
    assert_eq!(next, easier);
}

#[test]
fn easier_for_today_only_goes_back_to_the_exercise_before_next_time() {
    let (before, easier, next) = easier_then_next_week(true);
    assert_ne!(before, easier);
    assert_eq!(next, before);
}
