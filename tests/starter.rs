//! Starter programs from onboarding answers: table tests through one `check` helper, and a property
//! test that every program keeps the invariants whatever the answers.

use chrono::NaiveDate;
use durable::domain::catalog::{self, Implement, Pattern};
use durable::domain::equipment::LoadSource;
use durable::domain::equipment::{Inventory, Preset};
use durable::domain::ladder;
use durable::domain::phase;
use durable::domain::profile::Experience;
use durable::domain::program::{Load, Program};
use durable::domain::rules;
use durable::domain::starter::{self, Answers, StartLevel};
use durable::domain::units::{Mass, Unit};
use proptest::prelude::*;

/// The floor and supported rungs a person in a lot of pain may start on.
const GENTLE_RUNGS: &[&str] = &[
    "glute-bridge",
    "sit-to-stand-high",
    "box-squat-high",
    "low-step-up",
    "supported-split-squat",
    "wall-push-up",
    "incline-push-up",
    "band-row",
    "doorway-row",
    "farmer-carry-light",
    "dead-bug-arms",
    "bird-dog-legs",
    "side-plank-knees",
    "pallof-half-kneeling",
    "curl-up",
];

fn start() -> NaiveDate {
    "2025-03-03".parse().expect("a valid date")
}

fn answers(preset: Preset, usual_pain: u8, days_per_week: u8, minutes: u16) -> Answers {
    Answers {
        usual_pain,
        inventory: preset.inventory(),
        days_per_week,
        minutes_per_session: minutes,
        experience: Experience::Some,
        goals: Vec::new(),
        bodyweight: None,
        walk_minutes_per_week: None,
    }
}

/// What a row of the table expects, beyond the invariants every program keeps.
#[derive(Default)]
struct Expect {
    /// Number of training days.
    days: usize,
    /// Exercises a day (every day).
    slots_per_day: Option<usize>,
    /// Every exercise is one of these.
    only_rungs: Option<&'static [&'static str]>,
    /// Every exercise is carried by one of these.
    only_implements: Option<&'static [Implement]>,
    /// Ladder id → the rung it starts on.
    rungs: &'static [(&'static str, &'static str)],
    /// Ladder id → the load it starts with.
    loads: Vec<(&'static str, Load)>,
    /// Patterns trained at least once in the week.
    in_week: &'static [Pattern],
    /// Patterns no day trains.
    absent: &'static [Pattern],
    /// Text the notes contain.
    notes: &'static [&'static str],
}

/// Builds the program for `answers` and checks the invariants and the row's expectations.
fn check(name: &str, answers: Answers, expect: Expect) {
    let program = starter::program(&answers, start());
    assert_invariants(name, &answers, &program);
    assert_eq!(program.days.len(), expect.days, "{name}: days");
    if let Some(n_slots) = expect.slots_per_day {
        for day in &program.days {
            assert_eq!(day.slots.len(), n_slots, "{name}: slots on {}", day.name);
        }
    }
    let slots: Vec<_> = program.days.iter().flat_map(|day| &day.slots).collect();
    if let Some(allowed) = expect.only_rungs {
        for slot in &slots {
            assert!(
                allowed.contains(&slot.exercise.as_str()),
                "{name}: {} is not allowed",
                slot.exercise
            );
        }
    }
    if let Some(allowed) = expect.only_implements {
        for slot in &slots {
            let implement = catalog::exercise(&slot.exercise).expect("known").implement;
            assert!(
                allowed.contains(&implement),
                "{name}: {} uses {implement:?}",
                slot.exercise
            );
        }
    }
    for (ladder_id, rung) in expect.rungs {
        let found: Vec<&str> = slots
            .iter()
            .filter(|slot| slot.ladder == *ladder_id)
            .map(|slot| slot.exercise.as_str())
            .collect();
        assert!(!found.is_empty(), "{name}: no {ladder_id} slot");
        assert!(
            found.iter().all(|exercise| exercise == rung),
            "{name}: {ladder_id} starts on {found:?}"
        );
    }
    for (ladder_id, load) in &expect.loads {
        let slot = slots
            .iter()
            .find(|slot| slot.ladder == *ladder_id)
            .expect("the ladder is trained");
        assert_eq!(&slot.load, load, "{name}: {ladder_id} load");
    }
    for pattern in expect.in_week {
        assert!(
            slots.iter().any(|slot| slot.pattern == *pattern),
            "{name}: no {pattern:?} in the week"
        );
    }
    for pattern in expect.absent {
        assert!(
            slots.iter().all(|slot| slot.pattern != *pattern),
            "{name}: {pattern:?} is there"
        );
    }
    for text in expect.notes {
        assert!(
            program.notes.contains(text),
            "{name}: notes lack {text:?}:\n{}",
            program.notes
        );
    }
}

/// What every starter program keeps, whatever the answers.
fn assert_invariants(name: &str, answers: &Answers, program: &Program) {
    assert_eq!(
        program,
        &starter::program(answers, start()),
        "{name}: not deterministic"
    );
    assert_eq!(program.name, "Your first 12 weeks");
    assert_eq!(program.author, "Durable");
    assert_eq!(
        (program.weeks, program.start),
        (rules::BLOCK_WEEKS, start())
    );
    assert!(!program.notes.is_empty());
    assert_eq!(
        program.days.len(),
        usize::from(starter::training_days(answers.days_per_week))
    );
    let max_slots = starter::slots_per_day(answers.minutes_per_session);
    let inventory: &Inventory = &answers.inventory;
    let mut main_lifts = Vec::new();
    for day in &program.days {
        assert!(
            day.slots.len() <= max_slots,
            "{name}: {} has {} slots",
            day.name,
            day.slots.len()
        );
        let mut ladders: Vec<&str> = day.slots.iter().map(|slot| slot.ladder.as_str()).collect();
        ladders.sort_unstable();
        ladders.dedup();
        assert_eq!(
            ladders.len(),
            day.slots.len(),
            "{name}: a ladder twice on {}",
            day.name
        );
        for slot in &day.slots {
            let exercise = catalog::exercise(&slot.exercise).expect("a known exercise");
            assert_eq!(exercise.ladder, slot.ladder, "{name}: {}", slot.exercise);
            assert_eq!(exercise.pattern, slot.pattern, "{name}: {}", slot.exercise);
            assert!(ladder::ladder(&slot.ladder).is_some());
            assert!(
                inventory.can_do(exercise),
                "{name}: cannot do {}",
                slot.exercise
            );
            assert!(
                exercise.implement != Implement::Barbell,
                "{name}: barbell {}",
                slot.exercise
            );
            assert!(!exercise.barbell_gated(), "{name}: gated {}", slot.exercise);
            let implement = slot.implement.unwrap_or(exercise.implement);
            assert!(
                inventory.can_do_with(exercise, implement),
                "{name}: {} with a {implement:?} is not owned",
                slot.exercise
            );
            if implement == Implement::Bodyweight {
                assert_eq!(slot.load, Load::Bodyweight, "{name}: {}", slot.exercise);
            } else {
                assert!(
                    inventory
                        .loads(LoadSource::of(exercise, implement))
                        .contains(&slot.load),
                    "{name}: {:?} for {} cannot be made",
                    slot.load,
                    slot.exercise
                );
            }
            assert_eq!(
                slot.scheme,
                phase::first_scheme(exercise, implement),
                "{name}: {}",
                slot.exercise
            );
        }
        // Every day: a lower-body lift first, a push and a trunk exercise (a pull when there is kit).
        let first = day.slots.first().expect("a day has exercises");
        assert!(
            matches!(
                first.pattern,
                Pattern::Hinge | Pattern::Squat | Pattern::Lunge
            ),
            "{name}: {} starts with {:?}",
            day.name,
            first.pattern
        );
        main_lifts.push(first.ladder.clone());
        for pattern in [Pattern::Push, Pattern::Trunk] {
            assert!(
                day.slots.iter().any(|slot| slot.pattern == pattern),
                "{name}: {} lacks {pattern:?}",
                day.name
            );
        }
        let can_pull = ladder::ladder("pull")
            .expect("pull ladder")
            .rungs
            .iter()
            .any(|id| starter::startable(catalog::exercise(id).expect("known"), inventory));
        assert_eq!(
            day.slots.iter().any(|slot| slot.pattern == Pattern::Pull),
            can_pull,
            "{name}: pull on {}",
            day.name
        );
    }
    // The main lower-body lift is never the same two sessions running (48 h rule).
    for pair in main_lifts.windows(2) {
        assert_ne!(
            pair[0], pair[1],
            "{name}: same main lift two sessions running"
        );
    }
}

#[test]
fn starter_programs() {
    use Pattern::*;
    check(
        "nothing at home, pain 6/10, 2 days",
        answers(Preset::Nothing, 6, 2, 45),
        Expect {
            days: 2,
            only_rungs: Some(GENTLE_RUNGS),
            only_implements: Some(&[Implement::Bodyweight]),
            rungs: &[
                ("hinge", "glute-bridge"),
                ("push", "incline-push-up"),
                ("squat", "box-squat-high"),
            ],
            in_week: &[Hinge, Squat, Lunge, Push, Pull, Trunk],
            // Nothing to carry: the notes say what would open carries. Pulls use a door frame.
            absent: &[Carry],
            notes: &[
                "starts on the floor or with support",
                "Carries are left out",
            ],
            ..Expect::default()
        },
    );
    check(
        "home gym with barbell, pain 2/10",
        Answers {
            experience: Experience::Experienced,
            bodyweight: Some(Mass::from_kg(80.0)),
            ..answers(Preset::HomeGymBarbell, 2, 3, 60)
        },
        Expect {
            days: 3,
            slots_per_day: Some(7),
            rungs: &[
                ("hinge", "db-romanian-deadlift"),
                ("squat", "goblet-squat"),
                ("lunge", "db-split-squat"),
                ("push", "db-bench-press"),
                ("pull", "chest-supported-db-row"),
            ],
            // 10% of 80 kg per dumbbell for the legs, 5% for the arms.
            loads: vec![
                ("hinge", Load::Mass(Mass::from_grams(7_500))),
                ("push", Load::Mass(Mass::from_grams(2_500))),
            ],
            in_week: &[Hinge, Squat, Lunge, Push, Pull, Trunk],
            notes: &["below the barbell"],
            ..Expect::default()
        },
    );
    check(
        "bands, 3 days, 30 minutes",
        answers(Preset::Bands, 4, 3, 30),
        Expect {
            days: 3,
            slots_per_day: Some(5),
            only_implements: Some(&[Implement::Bodyweight, Implement::Band]),
            rungs: &[("pull", "band-row"), ("hinge", "glute-bridge-march")],
            loads: vec![("pull", Load::Band("yellow".to_string()))],
            in_week: &[Hinge, Squat, Lunge, Push, Pull, Trunk],
            ..Expect::default()
        },
    );
    check(
        "a few dumbbells, goal: carry groceries, 2 days of 30 minutes",
        Answers {
            goals: vec!["Carry groceries".to_string()],
            ..answers(Preset::FewDumbbells, 4, 2, 30)
        },
        Expect {
            days: 2,
            slots_per_day: Some(5),
            rungs: &[("carry", "farmer-carry"), ("pull", "one-arm-db-row")],
            // No body weight given: the lightest pair.
            loads: vec![("carry", Load::Mass(Mass::from_kg(4.0)))],
            in_week: &[Hinge, Carry],
            notes: &["with your goals in mind: Carry groceries"],
            ..Expect::default()
        },
    );
    check(
        "bands, goal: gardening, pain 7/10",
        Answers {
            goals: vec!["  gardening ".to_string(), "Gardening".to_string()],
            ..answers(Preset::Bands, 7, 2, 40)
        },
        Expect {
            days: 2,
            only_rungs: Some(GENTLE_RUNGS),
            rungs: &[
                ("pallof", "pallof-half-kneeling"),
                ("lunge", "supported-split-squat"),
            ],
            in_week: &[Hinge, Lunge, Trunk],
            ..Expect::default()
        },
    );
    check(
        "kettlebells, pain 3/10, some experience",
        Answers {
            bodyweight: Some(Mass::from_kg(70.0)),
            ..answers(Preset::Kettlebells, 3, 3, 45)
        },
        Expect {
            days: 3,
            // The goblet squat is done with a kettlebell when there are no dumbbells.
            rungs: &[
                ("hinge", "kb-deadlift-block"),
                ("squat", "goblet-squat"),
                ("carry", "suitcase-carry"),
            ],
            // 10% of 70 kg is 7 kg: lighter than any bell, so the lightest bell.
            loads: vec![("hinge", Load::Mass(Mass::from_kg(8.0)))],
            in_week: &[Hinge, Squat, Lunge, Push, Pull, Carry, Trunk],
            ..Expect::default()
        },
    );
    check(
        "a gym, pain 1/10, experienced, 3 days of an hour",
        Answers {
            experience: Experience::Experienced,
            bodyweight: Some(Mass::from_kg(90.0)),
            ..answers(Preset::CommercialGym, 1, 3, 60)
        },
        Expect {
            days: 3,
            slots_per_day: Some(7),
            rungs: &[
                ("hinge", "trap-bar-deadlift-high"),
                ("carry", "suitcase-carry"),
            ],
            // The empty trap bar is the lightest load it makes; 9 kg is a 8 kg bell.
            loads: vec![
                ("hinge", Load::Mass(Mass::from_kg(25.0))),
                ("carry", Load::Mass(Mass::from_kg(8.0))),
            ],
            in_week: &[Hinge, Squat, Lunge, Push, Pull, Carry, Trunk],
            ..Expect::default()
        },
    );
    check(
        "new to training with low pain starts moderate, not loaded",
        Answers {
            experience: Experience::New,
            ..answers(Preset::CommercialGym, 1, 2, 45)
        },
        Expect {
            days: 2,
            only_implements: Some(&[Implement::Bodyweight, Implement::Band, Implement::Dumbbell]),
            rungs: &[
                ("hinge", "glute-bridge-march"),
                ("push", "knee-push-up"),
                ("squat", "box-squat-low"),
            ],
            ..Expect::default()
        },
    );
    check(
        "five days asked, ten minutes: three days of the four essentials",
        answers(Preset::Bands, 5, 5, 10),
        Expect {
            days: 3,
            slots_per_day: Some(4),
            in_week: &[Hinge, Squat, Lunge, Push, Pull, Trunk],
            notes: &["You asked for 5 days; this plan uses 3"],
            ..Expect::default()
        },
    );
    check(
        "one day asked: two days",
        answers(Preset::Nothing, 2, 1, 30),
        Expect {
            days: 2,
            notes: &["You asked for 1 days; this plan uses 2"],
            ..Expect::default()
        },
    );
}

#[test]
fn start_level_follows_pain_and_experience() {
    let check = |pain: u8, experience: Experience, expected: StartLevel| {
        assert_eq!(
            StartLevel::of(pain, experience),
            expected,
            "{pain} {experience:?}"
        );
    };
    check(6, Experience::Experienced, StartLevel::Gentle);
    check(10, Experience::New, StartLevel::Gentle);
    check(5, Experience::Experienced, StartLevel::Moderate);
    check(4, Experience::Some, StartLevel::Moderate);
    check(3, Experience::Some, StartLevel::Loaded);
    check(0, Experience::Experienced, StartLevel::Loaded);
    check(0, Experience::New, StartLevel::Moderate);
}

#[test]
fn slots_and_days_are_clamped() {
    let check = |minutes: u16, expected: usize| {
        assert_eq!(starter::slots_per_day(minutes), expected, "{minutes}")
    };
    check(0, 4);
    check(24, 4);
    check(30, 5);
    check(45, 7);
    check(120, 7);
    assert_eq!(
        (0..=7).map(starter::training_days).collect::<Vec<_>>(),
        vec![2, 2, 2, 3, 3, 3, 3, 3]
    );
}

#[test]
fn goals_are_trimmed_deduplicated_and_capped() {
    let goals: Vec<String> = [
        "lift my toddler",
        " ",
        "Lift my toddler ",
        "garden",
        "drive",
        "stairs",
        "sleep",
        "walk",
    ]
    .iter()
    .map(|goal| goal.to_string())
    .collect();
    assert_eq!(
        starter::clean_goals(&goals),
        vec!["lift my toddler", "garden", "drive", "stairs", "sleep"]
    );
}

#[test]
fn profile_holds_the_answers() {
    let answers = Answers {
        goals: vec![" carry groceries ".to_string()],
        bodyweight: Some(Mass::from_kg(72.5)),
        walk_minutes_per_week: Some(45),
        ..answers(Preset::FewDumbbells, 12, 4, 40)
    };
    let today = start();
    let profile = starter::profile(&answers, Unit::Lb, today);
    assert_eq!(profile.unit, Unit::Lb);
    assert_eq!(profile.inventory, answers.inventory);
    assert_eq!(
        (profile.days_per_week, profile.minutes_per_session),
        (3, 40)
    );
    assert_eq!(profile.baseline_pain, 10);
    assert_eq!(profile.experience, Experience::Some);
    assert_eq!(profile.bodyweight, Some(Mass::from_kg(72.5)));
    assert_eq!(profile.goals, vec!["carry groceries"]);
    assert_eq!(profile.walk_minutes_per_week, Some(45));
    assert!(profile.screens.is_empty());
    assert_eq!(profile.created, today);
}

#[test]
fn goals_take_the_spare_slot_when_time_is_short() {
    // 2 days of 5 exercises: one spare slot a day. Without goals the spare slots cover the lunge
    // and carries; with a stairs goal both go to the lunge ladder.
    let base = answers(Preset::FewDumbbells, 4, 2, 30);
    let lunge_days = |program: &Program| {
        program
            .days
            .iter()
            .filter(|day| day.slots.iter().any(|slot| slot.pattern == Pattern::Lunge))
            .count()
    };
    let plain = starter::program(&base, start());
    assert_eq!(lunge_days(&plain), 1);
    let with_goal = starter::program(
        &Answers {
            goals: vec!["climb the stairs".to_string()],
            ..base
        },
        start(),
    );
    assert_eq!(lunge_days(&with_goal), 2);
    assert_eq!(
        with_goal.days[0].slots[0].ladder, "lunge",
        "the goal's ladder is the first main lift"
    );
}

/// Any preset.
fn any_preset() -> impl Strategy<Value = Preset> {
    proptest::sample::select(Preset::ALL.to_vec())
}

/// Any experience.
fn any_experience() -> impl Strategy<Value = Experience> {
    proptest::sample::select(vec![
        Experience::New,
        Experience::Some,
        Experience::Experienced,
    ])
}

proptest! {
    // A fixed seed and case count: `make test` gives the same answer on every run.
    #![proptest_config(proptest::test_runner::Config {
        cases: 256,
        rng_algorithm: proptest::test_runner::RngAlgorithm::ChaCha,
        rng_seed: proptest::test_runner::RngSeed::Fixed(0x57a7),
        ..proptest::test_runner::Config::default()
    })]

    #[test]
    fn every_starter_program_keeps_the_invariants(
        preset in any_preset(),
        usual_pain in 0u8..=12,
        days_per_week in 0u8..=8,
        minutes in 0u16..=150,
        experience in any_experience(),
        goal_picks in proptest::sample::subsequence(
            vec!["carry groceries", "gardening", "lift my toddler", "stairs", "driving", "get up from the floor", "play chess"],
            0..=4,
        ),
        bodyweight_kg in proptest::option::of(40u32..=160),
    ) {
        let answers = Answers {
            usual_pain,
            inventory: preset.inventory(),
            days_per_week,
            minutes_per_session: minutes,
            experience,
            goals: goal_picks.iter().map(|goal| goal.to_string()).collect(),
            bodyweight: bodyweight_kg.map(|kg| Mass::from_kg(f64::from(kg))),
            walk_minutes_per_week: None,
        };
        let program = starter::program(&answers, start());
        assert_invariants("property", &answers, &program);
        if usual_pain >= rules::STARTER_GENTLE_MIN_USUAL_PAIN {
            for slot in program.days.iter().flat_map(|day| &day.slots) {
                // Gentle starts stay on the floor-and-supported list, except a pull or carry when
                // only a harder rung suits the equipment.
                prop_assert!(
                    GENTLE_RUNGS.contains(&slot.exercise.as_str())
                        || matches!(slot.pattern, Pattern::Pull | Pattern::Carry),
                    "{} at pain {}", slot.exercise, usual_pain
                );
            }
        }
    }
}
