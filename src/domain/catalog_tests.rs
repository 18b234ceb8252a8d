//! Tests of the exercise library: coverage of every rung, consistent data, doses and equipment.

use super::*;
use crate::domain::equipment::{Inventory, Preset};
use crate::domain::ladder::{rung_of, LADDERS};

/// The equipment need that stands for owning an implement, if it has one.
fn implement_needs(implement: Implement) -> &'static [Need] {
    match implement {
        Implement::Bodyweight => &[],
        Implement::Band => &[Need::Band],
        Implement::Dumbbell => &[Need::Dumbbell],
        Implement::Kettlebell => &[Need::Kettlebell, Need::KettlebellPair],
        Implement::Barbell => &[Need::Barbell],
        Implement::TrapBar => &[Need::TrapBar],
    }
}

/// Checks the dose of one exercise.
fn check(id: &str, expected: Dose) {
    let found = exercise(id).unwrap_or_else(|| panic!("{id} is in the library"));
    assert_eq!(found.dose, expected, "dose of {id}");
}

#[test]
fn every_rung_has_exactly_one_exercise_on_the_right_ladder() {
    let n_rungs: usize = LADDERS.iter().map(|ladder| ladder.rungs.len()).sum();
    assert_eq!(EXERCISES.len(), n_rungs);
    assert!(EXERCISES.len() >= 50);
    for ladder in LADDERS {
        for rung in ladder.rungs {
            let found = exercise(rung).unwrap_or_else(|| panic!("{rung} has no exercise"));
            assert_eq!(found.ladder, ladder.id, "{rung}");
            assert_eq!(found.pattern, ladder.pattern, "{rung}");
        }
    }
    for found in EXERCISES {
        assert!(rung_of(found.id).is_some(), "{} is on no ladder", found.id);
    }
}

#[test]
fn covers_all_seven_patterns() {
    for pattern in Pattern::ALL {
        assert!(
            EXERCISES.iter().any(|found| found.pattern == pattern),
            "{pattern:?}"
        );
    }
}

#[test]
fn every_exercise_has_cues_a_purpose_and_carry_over() {
    for found in EXERCISES {
        assert!((2..=4).contains(&found.cues.len()), "{} cues", found.id);
        assert!(
            !found.name.is_empty() && !found.builds.is_empty(),
            "{}",
            found.id
        );
        assert!(!found.carries_over.is_empty(), "{} carry-over", found.id);
        for text in found.cues.iter().chain([&found.builds]) {
            assert!(text.ends_with('.'), "{}: {text}", found.id);
            assert!(text.len() <= 140, "{}: cue too long: {text}", found.id);
        }
    }
}

#[test]
fn text_avoids_fear_language() {
    let fearful = [
        "protect",
        "danger",
        "injur",
        "damage",
        "harm",
        "fragile",
        "never",
        "careful not",
    ];
    for found in EXERCISES {
        for text in found.cues.iter().chain([&found.builds]) {
            let lower = text.to_lowercase();
            for word in fearful {
                assert!(!lower.contains(word), "{}: {text}", found.id);
            }
        }
    }
}

#[test]
fn needs_name_the_implement_and_nothing_twice() {
    for found in EXERCISES {
        // A rung done with one implement names it in its needs; a rung that allows several names
        // none of them (the implement owned decides), except a kettlebell pair.
        let implement_needs = implement_needs(found.implement);
        let names_it = found
            .needs
            .iter()
            .any(|need| implement_needs.contains(need));
        if found.also.is_empty() {
            assert_eq!(
                implement_needs.is_empty(),
                !names_it,
                "{} needs its implement",
                found.id
            );
        } else {
            assert!(!names_it, "{} allows several implements", found.id);
            assert!(
                !found.also.contains(&found.implement),
                "{} lists its usual implement twice",
                found.id
            );
        }
        let mut needs = found.needs.to_vec();
        needs.sort();
        needs.dedup();
        assert_eq!(
            needs.len(),
            found.needs.len(),
            "{} repeats a need",
            found.id
        );
    }
}

#[test]
fn doses_match_how_each_exercise_is_counted() {
    let reps = Dose {
        kind: DoseKind::Reps,
        per_side: false,
    };
    let reps_each = Dose {
        kind: DoseKind::Reps,
        per_side: true,
    };
    let seconds_each = Dose {
        kind: DoseKind::Seconds,
        per_side: true,
    };
    let metres = Dose {
        kind: DoseKind::Metres,
        per_side: false,
    };
    let metres_each = Dose {
        kind: DoseKind::Metres,
        per_side: true,
    };
    check("side-plank", seconds_each);
    check("side-plank-knees", seconds_each);
    check("bird-dog", reps_each);
    check("split-squat", reps_each);
    check("rear-foot-elevated-split-squat", reps_each);
    check("farmer-carry", metres);
    check("suitcase-carry", metres_each);
    check("goblet-squat", reps);
    check("pallof-standing", reps_each);
    for found in EXERCISES {
        assert_eq!(
            found.dose.kind == DoseKind::Metres,
            found.pattern == Pattern::Carry,
            "{}",
            found.id
        );
    }
}

#[test]
fn barbell_gate_applies_to_barbell_hinges_and_squats_only() {
    let mut gated: Vec<&str> = EXERCISES
        .iter()
        .filter(|found| found.barbell_gated())
        .map(|found| found.id)
        .collect();
    gated.sort_unstable();
    assert_eq!(
        gated,
        [
            "barbell-back-squat",
            "barbell-block-deadlift",
            "barbell-box-squat",
            "barbell-deadlift",
            "barbell-front-squat",
            "barbell-rdl",
        ]
    );
}

#[test]
fn lower_body_patterns_and_labels() {
    let lower: Vec<Pattern> = Pattern::ALL
        .into_iter()
        .filter(|pattern| pattern.is_lower_body())
        .collect();
    assert_eq!(
        lower,
        [
            Pattern::Hinge,
            Pattern::Squat,
            Pattern::Lunge,
            Pattern::Carry
        ]
    );
    assert_eq!(Pattern::Trunk.label(), "Trunk");
    assert_eq!(Pattern::Lunge.label(), "Lunge and single leg");
}

#[test]
fn every_exercise_is_possible_with_some_preset() {
    let inventories: Vec<Inventory> = Preset::ALL
        .iter()
        .map(|preset| preset.inventory())
        .collect();
    for found in EXERCISES {
        assert!(
            inventories.iter().any(|inventory| inventory.can_do(found)),
            "{}",
            found.id
        );
    }
}

#[test]
fn the_commercial_gym_can_do_everything() {
    let gym = Preset::CommercialGym.inventory();
    for found in EXERCISES {
        assert!(gym.can_do(found), "{}", found.id);
        assert!(!gym.loads_for(found).is_empty(), "{} has no load", found.id);
    }
}

#[test]
fn nothing_at_home_still_reaches_hinge_squat_lunge_push_and_trunk() {
    let nothing = Preset::Nothing.inventory();
    for pattern in [
        Pattern::Hinge,
        Pattern::Squat,
        Pattern::Lunge,
        Pattern::Push,
        Pattern::Trunk,
    ] {
        assert!(
            EXERCISES
                .iter()
                .any(|found| found.pattern == pattern && nothing.can_do(found)),
            "{pattern:?}"
        );
    }
    let pair_only = exercise("double-kb-front-squat").expect("in the library");
    assert!(!nothing.can_do(pair_only));
}

#[test]
fn exercises_serialise_to_json() {
    let json = serde_json::to_value(exercise("suitcase-carry").expect("in the library"))
        .expect("serialises");
    assert_eq!(json["pattern"], "carry");
    assert_eq!(json["implement"], "kettlebell");
    assert_eq!(json["dose"]["kind"], "metres");
    assert_eq!(json["also"][0], "dumbbell");
}

#[test]
fn rungs_with_several_implements_can_be_done_with_any_owned() {
    use crate::domain::units::Mass;
    let kettlebells_only = Inventory {
        kettlebells: vec![Mass::from_kg(12.0), Mass::from_kg(16.0)],
        ..Inventory::default()
    };
    for id in [
        "goblet-squat",
        "goblet-box-squat",
        "farmer-carry",
        "farmer-carry-light",
    ] {
        let rung = exercise(id).expect("in the library");
        assert!(kettlebells_only.can_do(rung), "{id} with a kettlebell");
        assert_eq!(
            kettlebells_only.implement_for(rung, None),
            Some(Implement::Kettlebell),
            "{id}"
        );
        assert!(
            !kettlebells_only.can_do_with(rung, Implement::Dumbbell),
            "{id}"
        );
    }
    let pair_only = exercise("double-kb-front-squat").expect("in the library");
    assert!(!kettlebells_only.can_do(pair_only));
}
