//! Per-set targets through [`super::super::prescribe`]: six weeks of sessions logged exactly as
//! the gym screen prefills them ("as prescribed": every set at its target, effort "about right",
//! green pain) progress every exercise, where accepting the old prefill (the bottom of the range,
//! no effort) never did.

use std::collections::BTreeMap;

use chrono::{Datelike, Duration, NaiveDate, NaiveTime, Weekday};

use crate::domain::checkin::CheckIn;
use crate::domain::data::AppData;
use crate::domain::engine::{prescribe, Decision};
use crate::domain::equipment::Preset;
use crate::domain::gym::Effort;
use crate::domain::log::{Session, SetLog};
use crate::domain::profile::{Experience, ScreenRecord};
use crate::domain::program::Load;
use crate::domain::schedule;
use crate::domain::session;
use crate::domain::starter::{self, Answers};
use crate::domain::units::Unit;

/// A new person with dumbbells, three days a week, usual pain 4, starting on Monday 5 January 2026.
fn person(start: NaiveDate) -> AppData {
    let answers = Answers {
        usual_pain: 4,
        inventory: Preset::FewDumbbells.inventory(),
        days_per_week: 3,
        minutes_per_session: 30,
        experience: Experience::New,
        goals: vec!["carry the shopping".into()],
        bodyweight: None,
        walk_minutes_per_week: None,
    };
    AppData {
        profile: Some(starter::profile(&answers, Unit::Kg, start)),
        program: Some(starter::program(&answers, start)),
        ..AppData::default()
    }
}

/// Trains the next program day on `date` exactly as prescribed (each set at its target, effort
/// "about right", pain 1 during and after) and checks in the next morning at usual pain.
fn train_as_prescribed(data: &mut AppData, date: NaiveDate) -> Vec<Done> {
    let program = data.program.clone().expect("a program");
    let day = schedule::next_day(&program, &data.sessions).expect("a day");
    let mut plan = prescribe(data, date);
    if !plan.ask_safety_screen.is_empty() {
        // The safety questions come back now and then: answered, all clear.
        let profile = data.profile.as_mut().expect("a profile");
        profile.screens.push(ScreenRecord {
            date,
            yes: Vec::new(),
            cleared: None,
        });
        plan = prescribe(data, date);
    }
    let prescriptions: Vec<_> = plan.days[day]
        .slots
        .iter()
        .filter(|slot| slot.sets > 0)
        .cloned()
        .collect();
    let now = date.and_time(NaiveTime::from_hms_opt(18, 0, 0).expect("a time"));
    let mut started: Session = session::start(data, None, day, &prescriptions, now).session;
    for (log, prescription) in started.exercises.iter_mut().zip(&prescriptions) {
        assert_eq!(prescription.targets.len(), usize::from(prescription.sets));
        log.sets = prescription
            .targets
            .iter()
            .map(|target| SetLog {
                value: *target,
                load: prescription.load.clone(),
                rir: Some(Effort::AboutRight.rir()),
            })
            .collect();
        log.pain_during = Some(1);
    }
    started.pain_after = Some(1);
    started.finished = true;
    data.sessions.push(started);
    data.checkins.push(CheckIn {
        date: date + Duration::days(1),
        pain: Some(4),
        ..CheckIn::default()
    });
    prescriptions
        .iter()
        .map(|prescription| Done {
            place: (day, prescription.slot),
            exercise: prescription.exercise.clone(),
            decision: prescription.decision,
            targets: prescription.targets.clone(),
            load: prescription.load.clone(),
        })
        .collect()
}

/// One exercise of one session, as prescribed and done.
#[derive(Debug)]
struct Done {
    place: (usize, usize),
    exercise: String,
    decision: Decision,
    targets: Vec<u16>,
    load: Load,
}

impl Done {
    /// True when the engine stepped up: load, tempo, a set or the next exercise.
    fn stepped(&self) -> bool {
        matches!(
            self.decision,
            Decision::ProgressLoad | Decision::TempoUp | Decision::AddSet | Decision::RungUp
        )
    }
}

#[test]
fn six_weeks_as_prescribed_with_green_pain_progress_every_exercise() {
    let start = NaiveDate::from_ymd_opt(2026, 1, 5).expect("a date");
    let mut data = person(start);
    let mut date = start;
    let mut sessions = 0;
    // Per program day and place: each session's decision, targets and load, in order.
    let mut history: BTreeMap<(usize, usize), Vec<Done>> = BTreeMap::new();
    while date < start + Duration::weeks(6) {
        if matches!(date.weekday(), Weekday::Mon | Weekday::Wed | Weekday::Fri) {
            for done in train_as_prescribed(&mut data, date) {
                history.entry(done.place).or_default().push(done);
            }
            sessions += 1;
        } else {
            data.checkins.push(CheckIn {
                date,
                pain: Some(4),
                ..CheckIn::default()
            });
        }
        date += Duration::days(1);
    }
    assert_eq!(sessions, 18);
    let mut stepped = 0;
    for (place, done) in &history {
        let first = &done[0];
        assert!(
            first
                .targets
                .iter()
                .all(|target| *target == first.targets[0]),
            "{place:?} starts every set at the bottom of its range"
        );
        // Every exercise climbs: its targets rise at the same load, or it takes a step (load,
        // tempo, a set or the next exercise).
        let rises = done
            .windows(2)
            .filter(|pair| pair[1].load == pair[0].load && pair[1].targets > pair[0].targets)
            .count();
        let steps = done.iter().filter(|done| done.stepped()).count();
        assert!(
            rises >= 3 || steps >= 1,
            "{place:?} {} never progressed: {done:?}",
            first.exercise
        );
        if steps > 0 {
            stepped += 1;
        }
        println!(
            "{place:?} {}: {} sessions, targets {:?} → {:?}, {rises} rises, {steps} steps up",
            first.exercise,
            done.len(),
            first.targets,
            done.last()
                .map(|last| last.targets.clone())
                .unwrap_or_default()
        );
    }
    println!(
        "6 weeks as prescribed with green pain: {sessions} sessions, {} exercises, {stepped} took a step up (load, tempo, a set or the next exercise)",
        history.len()
    );
    assert!(stepped > 0);
}

#[test]
fn a_target_is_last_times_set_plus_one_up_to_the_top_and_the_bottom_after_a_change() {
    let start = NaiveDate::from_ymd_opt(2026, 1, 5).expect("a date");
    let mut data = person(start);
    let first = train_as_prescribed(&mut data, start);
    let targets = &first[0].targets;
    let low = targets[0];
    assert!(
        targets.iter().all(|target| *target == low),
        "first time: the bottom"
    );
    // Day A again, two days later: each set one more than last time.
    let mut date = start + Duration::days(2);
    while schedule::next_day(data.program.as_ref().expect("program"), &data.sessions) != Some(0) {
        train_as_prescribed(&mut data, date);
        date += Duration::days(2);
    }
    let plan = prescribe(&data, date);
    let slot = &plan.days[0].slots[0];
    assert!(slot
        .targets
        .iter()
        .all(|target| *target == (low + 1).min(slot.high)));
}
