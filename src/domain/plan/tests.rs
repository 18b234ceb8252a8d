//! Tests of the plan file: exact messages with paths, the templates, links and QR codes, the
//! import preview, the editor's changes, and round trips (property tests with a fixed seed).

use chrono::{NaiveDate, NaiveDateTime};
use proptest::prelude::*;

use super::*;
use crate::domain::catalog::{self, DoseKind, Pattern};
use crate::domain::data::AppData;
use crate::domain::equipment::Preset;
use crate::domain::program::{PhaseScheme, ProgramDay, Slot};
use crate::domain::{starter, synth};

fn date(text: &str) -> NaiveDate {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
}

fn answers() -> starter::Answers {
    starter::Answers {
        usual_pain: 3,
        inventory: Preset::Kettlebells.inventory(),
        days_per_week: 3,
        minutes_per_session: 45,
        experience: crate::domain::profile::Experience::New,
        goals: Vec::new(),
        bodyweight: None,
        walk_minutes_per_week: None,
    }
}

fn start() -> NaiveDate {
    date("2026-11-30")
}

/// A small valid plan as JSON, to break one field at a time.
fn base() -> serde_json::Value {
    serde_json::json!({
        "format": "durable-plan",
        "version": 1,
        "name": "Test plan",
        "days": [
            {"name": "A", "slots": [{"exercise": "glute-bridge", "scheme": {"sets": 2, "low": 8, "high": 12, "target_rir": 2}}]},
            {"name": "B", "slots": [{"exercise": "doorway-row", "scheme": {"sets": 2, "low": 8, "high": 12, "target_rir": 2}}]},
            {"name": "C", "slots": [
                {"exercise": "wall-push-up", "scheme": {"sets": 2, "low": 8, "high": 12, "target_rir": 2}},
                {"exercise": "goblet-squat", "scheme": {"sets": 2, "low": 8, "high": 12, "target_rir": 2}, "load": {"kg": 8}}
            ]}
        ]
    })
}

fn problems_of(value: &serde_json::Value) -> Vec<String> {
    match read(&value.to_string(), start()) {
        Err(PlanError::Invalid { problems }) => problems,
        other => panic!("expected problems, got {other:?}"),
    }
}

#[test]
fn the_base_plan_reads() {
    let program = read(&base().to_string(), start()).unwrap();
    assert_eq!(program.days.len(), 3);
    assert_eq!(program.start, start());
    assert_eq!(program.weeks, crate::domain::rules::BLOCK_WEEKS);
    assert_eq!(
        program.days[2].slots[1].load,
        Load::Mass(crate::domain::units::Mass(8_000))
    );
}

#[test]
fn a_problem_names_its_path_and_the_limit() {
    let mut plan = base();
    plan["days"][2]["slots"][1]["scheme"]["high"] = 40.into();
    assert_eq!(
        problems_of(&plan),
        ["days[2].slots[1].scheme.high: 40 is above the limit of 30"]
    );
    let message = read(&plan.to_string(), start()).unwrap_err().to_string();
    assert_eq!(
        message,
        "This plan has 1 problem and was not opened. days[2].slots[1].scheme.high: 40 is above the limit of 30."
    );
}

#[test]
fn each_kind_of_mistake_has_its_own_message() {
    let check = |edit: &dyn Fn(&mut serde_json::Value), expected: &[&str]| {
        let mut plan = base();
        edit(&mut plan);
        assert_eq!(problems_of(&plan), expected);
    };
    check(
        &|plan| plan["days"][0]["slots"][0]["scheme"]["sets"] = "two".into(),
        &["days[0].slots[0].scheme.sets: expected a whole number, found text"],
    );
    check(
        &|plan| plan["days"][0]["slots"][0]["scheme"]["low"] = (-3).into(),
        &["days[0].slots[0].scheme.low: -3 is negative; it must be 1 or more"],
    );
    check(
        &|plan| plan["days"][0]["slots"][0]["scheme"]["sets"] = 2.5.into(),
        &["days[0].slots[0].scheme.sets: 2.5 is not a whole number"],
    );
    check(
        &|plan| plan["days"][0]["slots"][0]["scheme"]["high"] = serde_json::json!(1e300),
        &["days[0].slots[0].scheme.high: 1e+300 is not a whole number"],
    );
    check(
        &|plan| {
            plan.as_object_mut().unwrap().remove("name");
        },
        &["name: is missing"],
    );
    check(&|plan| plan["days"][1]["slots"][0]["exercise"] = "moon-walk".into(), &["days[1].slots[0].exercise: “moon-walk” is not an exercise of the library (run `durable catalog` for the list)"]);
    check(
        &|plan| plan["days"][0]["slots"][0]["alternatives"] = serde_json::json!(["glute-bridge"]),
        &["days[0].slots[0].alternatives[0]: glute-bridge is named twice for this exercise"],
    );
    check(&|plan| plan["days"][0]["slots"][0]["alternatives"] = serde_json::json!(["push-up"]), &["days[0].slots[0].alternatives[0]: push-up trains another movement than glute-bridge (Push instead of Hinge)"]);
    check(
        &|plan| plan["days"][0]["slots"][0]["implement"] = "barbell".into(),
        &["days[0].slots[0].implement: glute-bridge is not done with a barbell"],
    );
    check(
        &|plan| plan["days"][0]["colour"] = "red".into(),
        &["days[0].colour: is not a field here (expected one of: name, slots)"],
    );
    check(
        &|plan| plan["days"][0]["slots"][0]["scheme"]["low"] = 13.into(),
        &["days[0].slots[0].scheme.low: 13 is above the top of the range, 12"],
    );
    check(
        &|plan| plan["phases"] = serde_json::json!([{"name": "P", "from_week": 1, "schemes": [{"for": {"day": 5, "slot": 0}, "scheme": {"sets": 2, "low": 8, "high": 12, "target_rir": 2}}]}]),
        &["phases[0].schemes[0].for.day: day 5 does not exist (the plan has days 0 to 2)"],
    );
    check(
        &|plan| plan["phases"] = serde_json::json!([{"name": "P", "from_week": 3, "schemes": []}, {"name": "Q", "from_week": 2, "schemes": []}]),
        &["phases[1].from_week: week 2 must come after the week 3 of the phase before it"],
    );
    check(
        &|plan| plan["days"][0]["slots"][0]["load"] = serde_json::json!({"kg": 900}),
        &["days[0].slots[0].load.kg: 900 is above the limit of 300 kg"],
    );
}

#[test]
fn files_that_are_not_plans_are_told_apart() {
    let check = |text: &str, expected: PlanError| assert_eq!(read(text, start()), Err(expected));
    check("  ", PlanError::Empty);
    check("[1, 2]", PlanError::NotAnObject);
    check(
        r#"{"format": "durable-backup", "version": 3}"#,
        PlanError::IsBackup,
    );
    check(
        r#"{"format": "other", "version": 1}"#,
        PlanError::WrongFormat {
            found: Some("other".into()),
        },
    );
    check(r#"{"name": "x"}"#, PlanError::WrongFormat { found: None });
    check(
        r#"{"format": "durable-plan", "version": "1"}"#,
        PlanError::BadVersion,
    );
    check(
        r#"{"format": "durable-plan", "version": 2}"#,
        PlanError::Newer { version: 2 },
    );
    assert_eq!(
        read_bytes(&[0xff, 0xfe, 0x00], start()),
        Err(PlanError::NotText)
    );
    let huge = " ".repeat(limits::MAX_BYTES + 1);
    assert_eq!(
        read(&huge, start()),
        Err(PlanError::TooLarge {
            bytes: limits::MAX_BYTES + 1
        })
    );
    let Err(PlanError::Syntax { detail, .. }) =
        read(r#"{"format": "durable-plan", "format": "x"}"#, start())
    else {
        panic!("duplicate keys must be refused");
    };
    assert_eq!(detail, "the field “format” appears twice in one place");
    let deep = format!("{}{}", "[".repeat(5_000), "]".repeat(5_000));
    let Err(PlanError::Syntax { detail, .. }) = read(&deep, start()) else {
        panic!("deep nesting must be refused")
    };
    assert_eq!(detail, "the data is nested too deeply");
    assert_eq!(
        PlanError::IsBackup.to_string(),
        "This file is a Durable backup, not a plan. Restore it in Settings instead."
    );
}

#[test]
fn every_template_reads_and_writes_back_the_same() {
    assert!(templates::TEMPLATES.len() >= 4);
    for template in templates::TEMPLATES {
        let program = template
            .program(start())
            .unwrap_or_else(|error| panic!("{}: {error}", template.id));
        assert_eq!(
            read(&write(&program), start()).unwrap(),
            program,
            "{}",
            template.id
        );
        assert!(problems(&program).is_empty(), "{}", template.id);
    }
    let short = templates::template("short-on-time")
        .unwrap()
        .program(start())
        .unwrap();
    assert_eq!(short.days.len(), 2);
}

#[test]
fn the_starter_program_exports_as_a_plan() {
    let program = starter::program(&answers(), start());
    assert_eq!(read(&write(&program), start()).unwrap(), program);
}

#[test]
fn a_link_carries_the_plan_and_its_qr_code_is_offered() {
    let program = templates::template("bands-and-bells")
        .unwrap()
        .program(start())
        .unwrap();
    let link = share::link("https://example.org/durable/", &program);
    assert!(link.starts_with("https://example.org/durable/#plan="));
    assert!(share::fits_chat(&link), "{} characters", link.len());
    assert_eq!(share::read_link(&link, start()).unwrap().unwrap(), program);
    let grid = share::qr(&link).unwrap();
    assert_eq!(grid.dark.len(), grid.width * grid.width);
    assert!(grid.version <= share::MAX_QR_VERSION);
    assert!(share::read_link("https://example.org/durable/#today", start()).is_none());
    assert!(matches!(
        share::read_link("#plan=AAAA", start()),
        Some(Err(PlanError::Syntax { .. }))
    ));
}

#[test]
fn every_built_in_plan_fits_a_chat_link_and_a_qr_code() {
    let base = "https://durable.example.org/program";
    for template in templates::TEMPLATES {
        let program = template.program(start()).unwrap();
        let link = share::link(base, &program);
        let grid = share::qr(&link).unwrap_or_else(|refusal| panic!("{}: {refusal}", template.id));
        println!(
            "{}: link {} characters, QR version {}",
            template.id,
            link.len(),
            grid.version
        );
        assert!(
            share::fits_chat(&link),
            "{}: {} characters",
            template.id,
            link.len()
        );
    }
}

#[test]
fn a_plan_too_long_for_a_reliable_qr_code_is_refused() {
    let long = "x".repeat(3_000);
    assert_eq!(
        share::qr(&long),
        Err(share::QrRefusal::TooDense { version: 41 })
    );
    let dense = "x".repeat(1_500);
    assert!(
        matches!(share::qr(&dense), Err(share::QrRefusal::TooDense { version }) if version > share::MAX_QR_VERSION)
    );
}

#[test]
fn the_preview_fits_the_plan_to_the_equipment() {
    let plan = templates::template("bands-and-bells")
        .unwrap()
        .program(start())
        .unwrap();
    let mut profile = starter::profile(&answers(), crate::domain::units::Unit::Kg, start());
    profile.inventory = Preset::Nothing.inventory();
    let preview = import::preview(&plan, Some(&profile), &[]);
    assert!(preview.changes.contains(
        &"Day A: Goblet squat needs a dumbbell or a kettlebell, so it becomes Squat to a low seat (the alternative the plan names).".to_string()
    ), "{:#?}", preview.changes);
    assert_eq!(preview.program.days[0].slots[0].exercise, "box-squat-low");
    assert_eq!(
        preview.program.days[0].slots[0].alternatives,
        ["goblet-squat"]
    );
    assert!(!preview.already_kept);
    let again = import::preview(&plan, Some(&profile), &[&preview.program]);
    assert!(again.already_kept);
}

#[test]
fn the_editor_keeps_phase_schemes_with_their_exercise() {
    let mut program = read(&base().to_string(), start()).unwrap();
    let scheme = program.days[2].slots[1].scheme;
    program.phases.push(crate::domain::program::ProgramPhase {
        name: "P".into(),
        from_week: 1,
        note: String::new(),
        schemes: vec![PhaseScheme {
            target: SchemeTarget::Slot { day: 2, slot: 1 },
            scheme,
        }],
    });
    let moved = edit::move_day(&program, 2, true).unwrap();
    assert_eq!(
        moved.phases[0].schemes[0].target,
        SchemeTarget::Slot { day: 1, slot: 1 }
    );
    let moved = edit::move_slot(&moved, 1, 1, true).unwrap();
    assert_eq!(
        moved.phases[0].schemes[0].target,
        SchemeTarget::Slot { day: 1, slot: 0 }
    );
    let removed = edit::remove_slot(&moved, 1, 0).unwrap();
    assert!(removed.phases[0].schemes.is_empty());
    assert!(edit::remove_day(&read(&serde_json::json!({"format": "durable-plan", "version": 1, "name": "x", "days": [base()["days"][0]]}).to_string(), start()).unwrap(), 0).is_none());
    assert!(problems(&edit::add_day(&program).unwrap()).is_empty());
}

#[test]
fn swaps_offer_the_ladder_first_then_the_movement() {
    let candidates = edit::swap_candidates("box-squat-high");
    assert_eq!(candidates[0].exercise.id, "sit-to-stand-high");
    assert_eq!(candidates[0].kind, edit::SwapKind::Easier);
    assert_eq!(candidates[1].exercise.id, "box-squat-low");
    assert_eq!(candidates[1].kind, edit::SwapKind::Harder);
    assert!(candidates[2..]
        .iter()
        .all(|candidate| candidate.kind == edit::SwapKind::SameMovement
            && candidate.exercise.pattern == Pattern::Squat));
    let program = read(&base().to_string(), start()).unwrap();
    let held = catalog::exercise("side-plank").unwrap();
    let swapped = edit::swap(&program, 0, 0, held).unwrap();
    assert_eq!(swapped.days[0].slots[0].exercise, "side-plank");
    assert!(problems(&swapped).is_empty(), "{:?}", problems(&swapped));
}

#[test]
fn the_green_preview_runs_four_weeks_and_writes_nothing() {
    let program = templates::template("floor-to-feet")
        .unwrap()
        .program(start())
        .unwrap();
    let weeks = forward::preview(&program, None, start(), forward::WEEKS);
    assert_eq!(weeks.len(), 4);
    assert!(weeks.iter().all(|week| week.sessions.len() == 2));
    assert_eq!(
        weeks[0].sessions[0].lines[0],
        "Sit to stand from a high seat: 2 × 12–15 reps at body weight"
    );
    assert_ne!(
        weeks[0].sessions[0].lines, weeks[3].sessions[0].lines,
        "a green month moves the plan on"
    );
}

#[test]
fn file_names_are_dated_and_plain() {
    let mut program = read(&base().to_string(), start()).unwrap();
    program.name = "Ünïcode — <b>Plan</b> for Sam!".into();
    assert_eq!(
        file_name(&program, start()),
        "durable-plan-n-code-b-plan-b-for-2026-11-30.json"
    );
}

/// Any valid plan: names with any printable text, exercises of the library with allowed
/// implements, schemes within the limits of their dose, and phases with valid targets.
fn any_program() -> impl Strategy<Value = Program> {
    let slot = (
        prop::sample::select(catalog::EXERCISES),
        0usize..3,
        1u8..=limits::MAX_SETS,
        prop::option::of(0u8..=limits::MAX_SETS),
        (1u16..=limits::MAX_REPS, 0u16..=limits::MAX_REPS),
        0u8..=crate::domain::rules::RIR_CHOICES_MAX,
        prop_oneof![
            Just(Load::Bodyweight),
            "[a-z]{1,10}".prop_map(Load::Band),
            (0i64..=limits::MAX_LOAD_G)
                .prop_map(|grams| Load::Mass(crate::domain::units::Mass(grams)))
        ],
        prop::option::of(0u16..=limits::MAX_REST_SECONDS),
        0usize..3,
    )
        .prop_map(
            |(
                exercise,
                implement,
                sets,
                top,
                (low, span),
                target_rir,
                load,
                rest_seconds,
                alternatives,
            )| {
                let limit = limits::max_range(exercise.dose.kind);
                let low = low.min(limit);
                let implement = exercise
                    .implements()
                    .nth(implement % exercise.implements().count())
                    .unwrap();
                Slot {
                    pattern: exercise.pattern,
                    ladder: exercise.ladder.to_string(),
                    exercise: exercise.id.to_string(),
                    scheme: Scheme {
                        sets,
                        max_sets: top.map(|top| top.max(sets)),
                        low,
                        high: (low + span).min(limit),
                        target_rir,
                    },
                    load,
                    implement: (implement != exercise.implement).then_some(implement),
                    rest_seconds,
                    alternatives: catalog::EXERCISES
                        .iter()
                        .filter(|other| {
                            other.pattern == exercise.pattern && other.id != exercise.id
                        })
                        .take(alternatives)
                        .map(|other| other.id.to_string())
                        .collect(),
                }
            },
        );
    let day = ("[A-Za-z0-9][\\PC]{0,20}", prop::collection::vec(slot, 1..5))
        .prop_map(|(name, slots)| ProgramDay { name, slots });
    (
        "[A-Za-z][\\PC]{0,30}",
        "\\PC{0,20}",
        "[\\PC\n]{0,60}",
        1u8..=limits::MAX_WEEKS,
        prop::collection::vec(day, 1..4),
        prop::collection::vec(
            (
                "\\PC{1,12}",
                prop::sample::select(&SlotClass::ALL[..]),
                1u8..4,
                1u16..12,
            ),
            0..3,
        ),
    )
        .prop_map(|(name, author, notes, weeks, days, phases)| {
            let phases = phases
                .into_iter()
                .enumerate()
                .filter(|(index, _)| *index < usize::from(weeks))
                .map(|(index, (phase_name, class, sets, low))| {
                    let dose_limit = match class {
                        SlotClass::Held => limits::max_range(DoseKind::Seconds),
                        SlotClass::Carried => limits::max_range(DoseKind::Metres),
                        _ => limits::MAX_REPS,
                    };
                    let scheme = Scheme {
                        sets,
                        max_sets: None,
                        low,
                        high: (low + 3).min(dose_limit),
                        target_rir: 2,
                    };
                    ProgramPhase {
                        name: phase_name,
                        from_week: index as u32 + 1,
                        note: String::new(),
                        schemes: vec![
                            PhaseScheme {
                                target: SchemeTarget::Class(class),
                                scheme,
                            },
                            PhaseScheme {
                                target: SchemeTarget::Slot { day: 0, slot: 0 },
                                scheme: Scheme {
                                    high: scheme.low,
                                    ..scheme
                                },
                            },
                        ],
                    }
                })
                .collect();
            Program {
                name: name.trim().to_string() + "x",
                author,
                notes,
                weeks,
                start: date("2026-01-05"),
                days,
                phases,
            }
        })
}

proptest! {
    // A fixed seed and case count: `make test` gives the same answer on every run.
    #![proptest_config(proptest::test_runner::Config {
        cases: 128,
        rng_algorithm: proptest::test_runner::RngAlgorithm::ChaCha,
        rng_seed: proptest::test_runner::RngSeed::Fixed(0x91A7),
        ..proptest::test_runner::Config::default()
    })]

    #[test]
    fn any_valid_program_survives_export_and_import(program in any_program()) {
        let file = write(&program);
        prop_assert_eq!(read(&file, program.start), Ok(program.clone()));
        let link = share::link("https://example.org/", &program);
        prop_assert_eq!(share::read_link(&link, program.start), Some(Ok(program)));
    }
}

proptest! {
    // A year of synthetic training a case, so few cases; the seed is fixed as above.
    #![proptest_config(proptest::test_runner::Config {
        cases: 4,
        rng_algorithm: proptest::test_runner::RngAlgorithm::ChaCha,
        rng_seed: proptest::test_runner::RngSeed::Fixed(0x91A8),
        ..proptest::test_runner::Config::default()
    })]

    #[test]
    fn any_backup_survives_export_and_import(seed in 0u64..1_000, program in any_program()) {
        let mut data: AppData = synth::backup(1, seed, date("2026-01-05"));
        data.program = Some(program);
        let at = NaiveDateTime::parse_from_str("2026-11-30 08:00", "%Y-%m-%d %H:%M").unwrap();
        let file = crate::domain::backup::write(&data, at);
        prop_assert_eq!(crate::domain::backup::read(&file), Ok(data));
    }
}
