//! Tests of the starter program's phases.

use chrono::NaiveDate;

use super::*;
use crate::domain::catalog;
use crate::domain::program::Load;
use crate::domain::program::{Program, ProgramDay, Slot};

fn day(text: &str) -> NaiveDate {
    text.parse().expect("a valid date")
}

/// A one-slot program with the starter's phases, the slot written as `written`.
fn program(exercise: &str, written: Scheme) -> Program {
    let exercise = catalog::exercise(exercise).expect("in the catalog");
    Program {
        name: "Test".into(),
        author: "Durable".into(),
        notes: String::new(),
        weeks: 12,
        start: day("2025-03-03"),
        days: vec![ProgramDay {
            name: "Day A".into(),
            slots: vec![Slot {
                pattern: exercise.pattern,
                ladder: exercise.ladder.into(),
                exercise: exercise.id.into(),
                scheme: written,
                load: Load::Bodyweight,
                implement: None,
                rest_seconds: None,
                alternatives: Vec::new(),
            }],
        }],
        phases: starter_phases(),
    }
}

fn scheme_on(program: &Program, exercise: &str, implement: Implement, date: &str) -> Scheme {
    let exercise = catalog::exercise(exercise).expect("in the catalog");
    program
        .scheme_on(0, 0, exercise, implement, day(date))
        .expect("slot exists")
}

#[test]
fn loaded_rungs_move_from_foundation_to_strength_after_four_weeks() {
    let goblet = catalog::exercise("goblet-squat").unwrap();
    let written = first_scheme(goblet, Implement::Dumbbell);
    assert_eq!((written.sets, written.low, written.high), (2, 12, 15));
    let program = program("goblet-squat", written);
    let week4 = scheme_on(&program, "goblet-squat", Implement::Dumbbell, "2025-03-30");
    assert_eq!(
        (week4.sets, week4.top_sets(), week4.low, week4.high),
        (2, 2, 12, 15)
    );
    let week5 = scheme_on(&program, "goblet-squat", Implement::Dumbbell, "2025-03-31");
    assert_eq!(
        (week5.sets, week5.top_sets(), week5.low, week5.high),
        (2, 3, 6, 10)
    );
    // The same rung with a kettlebell is loaded too.
    let kettlebell = scheme_on(
        &program,
        "goblet-squat",
        Implement::Kettlebell,
        "2025-04-30",
    );
    assert_eq!((kettlebell.low, kettlebell.high), (6, 10));
}

#[test]
fn body_weight_holds_and_carries_keep_their_ranges_in_both_phases() {
    let written = first_scheme(
        catalog::exercise("glute-bridge").unwrap(),
        Implement::Bodyweight,
    );
    let program = program("glute-bridge", written);
    for (exercise, implement, expected) in [
        ("glute-bridge", Implement::Bodyweight, (2, 2, 12, 15)),
        ("band-row", Implement::Band, (2, 2, 12, 15)),
        ("side-plank", Implement::Bodyweight, (2, 3, 20, 30)),
        ("farmer-carry", Implement::Dumbbell, (2, 3, 10, 20)),
        ("barbell-deadlift", Implement::Barbell, (3, 4, 5, 8)),
    ] {
        for date in ["2025-03-03", "2025-06-30"] {
            let got = scheme_on(&program, exercise, implement, date);
            assert_eq!(
                (got.sets, got.top_sets(), got.low, got.high),
                expected,
                "{exercise} on {date}"
            );
            assert_eq!(got.target_rir, rules::TARGET_RIR);
        }
    }
}

#[test]
fn without_phases_the_written_scheme_is_followed() {
    let written = Scheme {
        sets: 3,
        max_sets: None,
        low: 8,
        high: 12,
        target_rir: 2,
    };
    let mut program = program("goblet-squat", written);
    program.phases.clear();
    for date in ["2025-03-03", "2025-05-30", "2026-01-01"] {
        assert_eq!(
            scheme_on(&program, "goblet-squat", Implement::Dumbbell, date),
            written
        );
    }
}

#[test]
fn a_phase_scheme_for_one_slot_beats_the_class_scheme() {
    let written = first_scheme(
        catalog::exercise("goblet-squat").unwrap(),
        Implement::Dumbbell,
    );
    let mut program = program("goblet-squat", written);
    let own = Scheme {
        sets: 4,
        max_sets: None,
        low: 5,
        high: 5,
        target_rir: 3,
    };
    program.phases[1].schemes.push(PhaseScheme {
        target: SchemeTarget::Slot { day: 0, slot: 0 },
        scheme: own,
    });
    assert_eq!(
        scheme_on(&program, "goblet-squat", Implement::Dumbbell, "2025-05-01"),
        own
    );
    // Before the phase the class scheme of Foundation applies.
    assert_eq!(
        scheme_on(&program, "goblet-squat", Implement::Dumbbell, "2025-03-04"),
        written
    );
}

#[test]
fn phases_have_names_notes_and_start_in_order() {
    let phases = starter_phases();
    assert_eq!(phases.len(), 2);
    assert_eq!(phases[0].from_week, 1);
    assert_eq!(phases[1].from_week, rules::PHASE1_WEEKS + 1);
    assert!(phases
        .iter()
        .all(|phase| !phase.name.is_empty() && !phase.note.is_empty()));
    assert!(phases
        .iter()
        .all(|phase| phase.schemes.len() == SlotClass::ALL.len()));
}
