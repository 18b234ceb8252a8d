//! Tests of the gym rules: effort chips, rest, the plate helper, typed numbers, the rest clock.

use chrono::NaiveDate;

use super::*;
use crate::domain::catalog;
use crate::domain::equipment::Preset;

fn exercise(id: &str) -> &'static Exercise {
    catalog::exercise(id).expect("in the library")
}

#[test]
fn effort_chips_stand_for_reps_in_reserve_and_read_back() {
    for effort in Effort::ALL {
        assert_eq!(Effort::of_rir(effort.rir()), effort);
    }
    assert_eq!(Effort::AboutRight.rir(), rules::TARGET_RIR);
    assert_eq!(Effort::of_rir(5), Effort::Easy);
    assert_eq!(Effort::of_rir(1), Effort::Hard);
    assert!(
        Effort::Hard.rir() < rules::PROGRESS_MIN_RIR,
        "a set ground out is not an easy top"
    );
    assert!(asks_effort(exercise("goblet-squat")));
    assert!(!asks_effort(exercise("farmer-carry")));
}

#[test]
fn rest_depends_on_how_the_exercise_is_loaded() {
    assert_eq!(
        rest_seconds(exercise("glute-bridge"), Implement::Bodyweight),
        rules::REST_SECONDS_UNLOADED
    );
    assert_eq!(
        rest_seconds(exercise("goblet-squat"), Implement::Dumbbell),
        rules::REST_SECONDS_LOADED
    );
    assert_eq!(
        rest_seconds(exercise("farmer-carry"), Implement::Dumbbell),
        rules::REST_SECONDS_CARRIED
    );
}

#[test]
fn a_rest_written_in_the_plan_comes_before_the_kind_of_exercise() {
    let answers = crate::domain::starter::Answers {
        usual_pain: 3,
        inventory: Default::default(),
        days_per_week: 3,
        minutes_per_session: 30,
        experience: Default::default(),
        goals: Vec::new(),
        bodyweight: None,
        walk_minutes_per_week: None,
    };
    let mut program = crate::domain::starter::program(
        &answers,
        chrono::NaiveDate::from_ymd_opt(2026, 11, 30).unwrap(),
    );
    let slot = &program.days[0].slots[1];
    let bridge = exercise(&slot.exercise);
    let usual = rest_seconds(bridge, bridge.implement);
    assert_eq!(
        rest_in_plan(Some(&program), 0, 1, bridge, bridge.implement),
        usual,
        "nothing written: the rest for its kind"
    );
    program.days[0].slots[1].rest_seconds = Some(150);
    assert_eq!(
        rest_in_plan(Some(&program), 0, 1, bridge, bridge.implement),
        150
    );
    assert_eq!(rest_in_plan(None, 0, 1, bridge, bridge.implement), usual);
    assert_eq!(
        rest_in_plan(Some(&program), 9, 9, bridge, bridge.implement),
        usual,
        "a place the plan does not have"
    );
}

#[test]
fn numbers_take_a_comma_or_a_point() {
    assert_eq!(parse_number("12,5"), Some(12.5));
    assert_eq!(parse_number(" 12.5 "), Some(12.5));
    assert_eq!(parse_number("-3"), None);
    assert_eq!(parse_number("twelve"), None);
    assert_eq!(parse_mass("12,5", Unit::Kg), Some(Mass::from_kg(12.5)));
    assert_eq!(parse_mass("0", Unit::Kg), None);
}

#[test]
fn the_plate_helper_says_what_goes_on_each_side_or_that_it_cannot_be_made() {
    let inventory = Preset::HomeGymBarbell.inventory();
    let deadlift = catalog::EXERCISES
        .iter()
        .find(|exercise| exercise.implement == Implement::Barbell)
        .expect("a barbell lift");
    let load = |kg: f64| Load::Mass(Mass::from_kg(kg));
    let made = pick_up(
        &inventory,
        deadlift,
        Implement::Barbell,
        &load(62.5),
        Unit::Kg,
    )
    .expect("words");
    assert_eq!(made, "Each side: 20 kg + 1.25 kg on the 20 kg barbell.");
    let empty = pick_up(
        &inventory,
        deadlift,
        Implement::Barbell,
        &load(20.0),
        Unit::Kg,
    );
    assert_eq!(
        empty.as_deref(),
        Some("The empty barbell (20 kg), no plates.")
    );
    let cannot = pick_up(
        &inventory,
        deadlift,
        Implement::Barbell,
        &load(21.0),
        Unit::Kg,
    )
    .expect("words");
    assert!(cannot.starts_with("21 kg cannot be made"), "{cannot}");
    let goblet = exercise("goblet-squat");
    assert_eq!(
        pick_up(
            &inventory,
            goblet,
            Implement::Dumbbell,
            &load(12.5),
            Unit::Kg
        )
        .as_deref(),
        Some("Pick up the 12.5 kg dumbbell.")
    );
    assert_eq!(
        pick_up(
            &inventory,
            goblet,
            Implement::Bodyweight,
            &Load::Bodyweight,
            Unit::Kg
        ),
        None
    );
}

#[test]
fn a_rest_is_an_end_time_that_survives_a_reload_and_moves_by_fifteen_seconds() {
    let at = |time: &str| {
        NaiveDate::from_ymd_opt(2026, 11, 30)
            .expect("a date")
            .and_time(time.parse().expect("a time"))
    };
    let rest = Rest::start(at("18:00:00"), 90);
    assert_eq!(rest.left(at("18:00:00")), 90);
    assert_eq!(rest.left(at("18:00:59.500")), 31);
    assert_eq!(rest.left(at("18:05:00")), 0);
    let longer = rest.shifted(at("18:00:10"), 15);
    assert_eq!(longer.left(at("18:00:10")), 95);
    assert_eq!(longer.seconds, 105);
    let over = rest.shifted(at("18:01:25"), -15);
    assert_eq!(over.left(at("18:01:25")), 0, "never ends in the past");
    assert_eq!(clock(65), "1:05");
    let device: GymDevice = serde_json::from_str("{}").expect("defaults");
    assert!(device.wake_lock, "the screen stays on by default");
    assert_eq!(device.alert, Alert::Sound);
}
