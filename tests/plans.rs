//! Plan files from outside: every hostile or broken file in `tests/plans/` is refused with its own
//! message (or, when valid, its text kept exactly as text), and the stored data stays unchanged;
//! every file the code writes (plans and backups) passes the JSON Schemas in `schemas/`, checked
//! with an independent validator (`jsonschema`), and the schemas reject the bad examples.

use chrono::{NaiveDate, NaiveDateTime};
use durable::domain::not_today::DayChoice;
use durable::domain::plan::{self, templates, PlanError};
use durable::domain::profile::Theme;
use durable::domain::{backup, starter, synth};
use durable::storage::kv::{Kv, MemoryKv};
use durable::storage::Store;
use serde_json::Value;

fn start() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 30).unwrap()
}

fn file(name: &str) -> Vec<u8> {
    std::fs::read(format!("{}/tests/plans/{name}", env!("CARGO_MANIFEST_DIR"))).unwrap()
}

fn schema(name: &str) -> jsonschema::Validator {
    let path = format!("{}/schemas/{name}.schema.json", env!("CARGO_MANIFEST_DIR"));
    let schema: Value = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    jsonschema::validator_for(&schema).unwrap()
}

/// Each hostile file, the app's message, and whether the schema alone rejects it too (a few
/// rules, like the top of a range by how an exercise is counted, are the app's alone).
const REFUSED: &[(&str, &str, bool)] = &[
    ("over-the-limit.json", "This plan has 1 problem and was not opened. days[2].slots[1].scheme.high: 40 is above the limit of 30.", false),
    ("wrong-types.json", "This plan has 2 problems and was not opened. weeks: expected a whole number, found a list. days[0].slots[0].scheme.sets: expected a whole number, found text.", true),
    ("missing-fields.json", "This plan has 1 problem and was not opened. days: is missing.", true),
    ("huge-numbers.json", "This plan has 1 problem and was not opened. days[0].slots[0].scheme.high: 1e+23 is not a whole number.", true),
    ("negative-reps.json", "This plan has 1 problem and was not opened. days[1].slots[0].scheme.low: -5 is negative; it must be 1 or more.", true),
    ("deep-nesting.json", "This is not a readable Durable plan. Line 1, column 186: the data is nested too deeply", true),
    ("duplicate-keys.json", "This is not a readable Durable plan. Line 1, column 64: the field “name” appears twice in one place", false),
    ("duplicate-ids.json", "This plan has 1 problem and was not opened. days[0].slots[0].alternatives[1]: hip-hinge-drill is named twice for this exercise.", true),
    ("dangling-reference.json", "This plan has 1 problem and was not opened. phases[0].schemes[0].for.day: day 9 does not exist (the plan has days 0 to 2).", false),
    ("newer-version.json", "This plan was written for a newer version of Durable (plan format version 2); this app reads up to version 1. Update the app to open it.", true),
    ("unknown-exercise.json", "This plan has 1 problem and was not opened. days[1].slots[0].exercise: “moon-walk” is not an exercise of the library (run `durable catalog` for the list).", true),
    ("a-backup.json", "This file is a Durable backup, not a plan. Restore it in Settings instead.", true),
    ("not-json.txt", "This is not a readable Durable plan. Line 1, column 1: expected value", true),
    ("empty.json", "This is empty, so there is no plan to open.", true),
];

/// A store holding a program, and the keys it wrote.
fn stored() -> (Store, MemoryKv) {
    let kv = MemoryKv::new();
    let mut store = Store::open(Box::new(kv.clone())).store;
    let program = starter::program(&answers(), start());
    store.save_program(&program).unwrap();
    (store, kv)
}

fn answers() -> starter::Answers {
    starter::Answers {
        usual_pain: 3,
        inventory: durable::domain::equipment::Preset::Bands.inventory(),
        days_per_week: 3,
        minutes_per_session: 45,
        experience: durable::domain::profile::Experience::New,
        goals: Vec::new(),
        bodyweight: None,
        walk_minutes_per_week: None,
    }
}

fn dump(kv: &MemoryKv) -> Vec<(String, Option<String>)> {
    let mut keys = kv.keys().unwrap();
    keys.sort();
    keys.into_iter()
        .map(|key| {
            let value = kv.get(&key).unwrap();
            (key, value)
        })
        .collect()
}

#[test]
fn hostile_files_are_refused_with_their_message_and_nothing_changes() {
    let (mut store, kv) = stored();
    let before = dump(&kv);
    let validator = schema("durable-plan");
    for (name, message, schema_rejects) in REFUSED {
        let bytes = file(name);
        let error = plan::read_bytes(&bytes, start()).expect_err(name);
        assert_eq!(error.to_string(), *message, "{name}");
        if let Ok(value) = serde_json::from_slice::<Value>(&bytes) {
            assert_eq!(
                !validator.is_valid(&value),
                *schema_rejects,
                "{name}: the schema's verdict"
            );
        }
        // The import keeps a plan only once it has read; a refused file reaches no store call.
        if let Ok(program) = plan::read_bytes(&bytes, start()) {
            store.keep_plan(&program).unwrap();
        }
    }
    assert_eq!(dump(&kv), before);
}

#[test]
fn a_ten_megabyte_file_is_refused_before_it_is_read() {
    let huge = vec![b' '; 10 * 1024 * 1024];
    assert_eq!(
        plan::read_bytes(&huge, start()),
        Err(PlanError::TooLarge { bytes: huge.len() })
    );
    assert_eq!(
        PlanError::TooLarge { bytes: huge.len() }.to_string(),
        "This file is too large to be a Durable plan (10240 KB; a plan is at most 1024 KB)."
    );
}

#[test]
fn markup_and_right_to_left_text_are_kept_exactly_as_text() {
    let markup = plan::read_bytes(&file("markup-in-names.json"), start()).unwrap();
    assert_eq!(markup.name, "<script>alert('plan')</script>");
    assert_eq!(markup.days[0].name, "<iframe src=//example.org></iframe>");
    let rtl = plan::read_bytes(&file("right-to-left.json"), start()).unwrap();
    assert_eq!(rtl.name, "خطة الظهر 💪 Back plan");
    let (mut store, _) = stored();
    assert!(store.keep_plan(&rtl).unwrap());
    assert!(
        !store.keep_plan(&rtl).unwrap(),
        "importing the same plan twice adds nothing"
    );
    assert_eq!(store.kept_plans(), [rtl]);
}

#[test]
fn switching_plans_keeps_the_one_replaced_and_takes_a_snapshot() {
    let (mut store, _) = stored();
    let before = store.data().program.clone().unwrap();
    let template = templates::template("floor-to-feet")
        .unwrap()
        .program(start())
        .unwrap();
    let now = NaiveDateTime::new(start(), chrono::NaiveTime::MIN);
    store.switch_program(&template, now).unwrap();
    assert_eq!(store.data().program.as_ref(), Some(&template));
    assert_eq!(store.kept_plans(), std::slice::from_ref(&before));
    assert_eq!(store.snapshots().unwrap().len(), 1);
    store.switch_program(&before, now).unwrap();
    assert_eq!(store.kept_plans(), [template]);
}

#[test]
fn every_file_the_code_writes_passes_its_schema() {
    let plans = schema("durable-plan");
    let mut written = vec![plan::write(&starter::program(&answers(), start()))];
    for template in templates::TEMPLATES {
        let text: Value = serde_json::from_str(template.text).unwrap();
        assert!(plans.is_valid(&text), "{} as stored", template.id);
        written.push(plan::write(&template.program(start()).unwrap()));
    }
    for text in &written {
        let value: Value = serde_json::from_str(text).unwrap();
        let errors: Vec<String> = plans
            .iter_errors(&value)
            .map(|error| error.to_string())
            .collect();
        assert!(errors.is_empty(), "{errors:?}\n{text}");
    }
    let backups = schema("durable-backup");
    let at = NaiveDateTime::new(start(), chrono::NaiveTime::MIN);
    for seed in [1, 2] {
        let mut data = synth::backup(1, seed, NaiveDate::from_ymd_opt(2025, 1, 6).unwrap());
        if seed == 2 {
            data.program = Some(
                templates::template("bands-and-bells")
                    .unwrap()
                    .program(start())
                    .unwrap(),
            );
            // The fields that are written only when set: a theme chosen, a day's "not today".
            if let Some(profile) = data.profile.as_mut() {
                profile.theme = Theme::Dark;
            }
            data.checkins[0].choice = Some(DayChoice::Walk);
        }
        let value: Value = serde_json::from_str(&backup::write(&data, at)).unwrap();
        let errors: Vec<String> = backups
            .iter_errors(&value)
            .map(|error| format!("{error} at {}", error.instance_path()))
            .collect();
        assert!(errors.is_empty(), "{errors:?}");
    }
    let plan_value: Value = serde_json::from_str(&written[0]).unwrap();
    assert!(!backups.is_valid(&plan_value), "a plan is not a backup");
}

#[test]
fn the_plan_schema_names_exactly_the_library_and_the_limits() {
    let path = format!(
        "{}/schemas/durable-plan.schema.json",
        env!("CARGO_MANIFEST_DIR")
    );
    let schema: Value = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    let ids: Vec<&str> = schema["$defs"]["exercise"]["enum"]
        .as_array()
        .unwrap()
        .iter()
        .map(|id| id.as_str().unwrap())
        .collect();
    let library: Vec<&str> = durable::domain::catalog::EXERCISES
        .iter()
        .map(|exercise| exercise.id)
        .collect();
    assert_eq!(ids, library);
    let limits = [
        (
            &schema["properties"]["days"]["maxItems"],
            plan::limits::MAX_DAYS as u64,
        ),
        (
            &schema["$defs"]["day"]["properties"]["slots"]["maxItems"],
            plan::limits::MAX_SLOTS as u64,
        ),
        (
            &schema["properties"]["weeks"]["maximum"],
            u64::from(plan::limits::MAX_WEEKS),
        ),
        (
            &schema["properties"]["phases"]["maxItems"],
            plan::limits::MAX_PHASES as u64,
        ),
        (
            &schema["$defs"]["scheme"]["properties"]["sets"]["maximum"],
            u64::from(plan::limits::MAX_SETS),
        ),
        (
            &schema["$defs"]["scheme"]["properties"]["high"]["maximum"],
            u64::from(plan::limits::MAX_METRES),
        ),
        (
            &schema["$defs"]["slot"]["properties"]["rest_seconds"]["maximum"],
            u64::from(plan::limits::MAX_REST_SECONDS),
        ),
        (
            &schema["$defs"]["slot"]["properties"]["alternatives"]["maxItems"],
            plan::limits::MAX_ALTERNATIVES as u64,
        ),
        (
            &schema["properties"]["name"]["maxLength"],
            plan::limits::MAX_NAME_CHARS as u64,
        ),
        (
            &schema["properties"]["notes"]["maxLength"],
            plan::limits::MAX_NOTES_CHARS as u64,
        ),
    ];
    for (index, (in_schema, in_code)) in limits.iter().enumerate() {
        assert_eq!(in_schema.as_u64(), Some(*in_code), "limit {index}");
    }
}

#[test]
fn the_format_page_shows_a_built_in_plan_as_it_is() {
    let page = std::fs::read_to_string(format!(
        "{}/docs/plan-format.md",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap();
    let example = templates::template("short-on-time").unwrap().text;
    assert!(
        page.contains(example.trim_end()),
        "docs/plan-format.md must hold plans/templates/short-on-time.json as it is"
    );
    for limit in [
        "1 MiB",
        "1–14",
        "1–12",
        "1–52",
        "0–5",
        "0–600 seconds",
        "up to 4",
    ] {
        assert!(page.contains(limit), "{limit}");
    }
}
