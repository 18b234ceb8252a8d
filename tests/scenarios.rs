//! Engine scenarios as data: every `tests/scenarios/*.json` file holds small histories with the
//! decision and prescription each must produce; this runner checks them all and names each failure.

use std::collections::BTreeMap;
use std::path::Path;

use chrono::{Duration, NaiveDate, NaiveTime};
use serde::Deserialize;
use serde_json::Value;

use durable::domain::checkin::{CheckIn, Outcome};
use durable::domain::data::AppData;
use durable::domain::engine::{self, Plan};
use durable::domain::equipment::{Band, Bar, Dumbbells, Inventory, Plates};
use durable::domain::log::{ExerciseLog, Session, SetLog};
use durable::domain::profile::{Experience, Profile, ScreenRecord};
use durable::domain::program::{Load, Program, ProgramDay, Scheme, Slot};
use durable::domain::units::{Mass, Unit};
use durable::domain::{catalog, rules};

/// One scenario: a small history and what the engine must say.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Scenario {
    name: String,
    story: String,
    #[serde(default = "default_start")]
    start: NaiveDate,
    today: NaiveDate,
    baseline: u8,
    #[serde(default)]
    unit: Option<Unit>,
    #[serde(default)]
    bodyweight_kg: Option<f64>,
    #[serde(default)]
    equipment: Equipment,
    slot: SlotSpec,
    #[serde(default)]
    sessions: Vec<SessionSpec>,
    #[serde(default)]
    mornings: MorningSpec,
    #[serde(default)]
    outcomes: Vec<(NaiveDate, u8)>,
    #[serde(default)]
    screen: Option<ScreenSpec>,
    expect: Expect,
}

fn default_start() -> NaiveDate {
    NaiveDate::from_ymd_opt(2025, 1, 6).expect("valid date")
}

#[derive(Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct Equipment {
    #[serde(default)]
    kettlebells: Vec<f64>,
    #[serde(default)]
    dumbbells: Vec<f64>,
    #[serde(default)]
    bands: Vec<(String, f64)>,
    #[serde(default)]
    barbell: Option<f64>,
    #[serde(default)]
    trap_bar: Option<f64>,
    #[serde(default)]
    plates: Vec<(f64, u32)>,
    #[serde(default)]
    box_or_step: bool,
    #[serde(default)]
    bench: bool,
    #[serde(default)]
    rack: bool,
    #[serde(default)]
    bar: bool,
    #[serde(default)]
    anchor: bool,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SlotSpec {
    exercise: String,
    sets: u8,
    low: u16,
    high: u16,
    load: Value,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SessionSpec {
    date: NaiveDate,
    #[serde(default)]
    exercise: Option<String>,
    values: Vec<u16>,
    #[serde(default)]
    load: Option<Value>,
    #[serde(default)]
    rir: Option<u8>,
    #[serde(default)]
    pain: Option<u8>,
    #[serde(default)]
    adjusted: bool,
}

/// Morning pain: `default` on every day from the program start to today, `days` overriding it
/// (`null` = no check-in that day).
#[derive(Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct MorningSpec {
    #[serde(default)]
    default: Option<u8>,
    #[serde(default)]
    days: BTreeMap<NaiveDate, Option<u8>>,
    #[serde(default)]
    taps: Vec<NaiveDate>,
    #[serde(default)]
    leg: Vec<NaiveDate>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ScreenSpec {
    #[serde(default)]
    date: Option<NaiveDate>,
    #[serde(default)]
    yes: Vec<String>,
    #[serde(default)]
    cleared: Option<NaiveDate>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Expect {
    decision: String,
    #[serde(default)]
    status: Option<String>,
    #[serde(default)]
    exercise: Option<String>,
    #[serde(default)]
    sets: Option<u8>,
    #[serde(default)]
    low: Option<u16>,
    #[serde(default)]
    high: Option<u16>,
    #[serde(default)]
    rir: Option<u8>,
    #[serde(default)]
    load: Option<Value>,
    #[serde(default)]
    ask_screen: Option<bool>,
    #[serde(default)]
    rules: Vec<String>,
    #[serde(default)]
    summary_contains: Option<String>,
}

/// A load written as a number of kilograms, `"bw"`, or `"band:<colour>"`.
fn load(value: &Value) -> Result<Load, String> {
    match value {
        Value::Number(kg) => Ok(Load::Mass(Mass::from_kg(kg.as_f64().unwrap_or_default()))),
        Value::String(text) if text == "bw" => Ok(Load::Bodyweight),
        Value::String(text) => text
            .strip_prefix("band:")
            .map(|colour| Load::Band(colour.to_string()))
            .ok_or_else(|| format!("bad load {text:?}")),
        other => Err(format!("bad load {other}")),
    }
}

fn inventory(equipment: &Equipment) -> Inventory {
    Inventory {
        bands: equipment
            .bands
            .iter()
            .map(|(colour, kg)| Band {
                colour: colour.clone(),
                resistance: Mass::from_kg(*kg),
            })
            .collect(),
        dumbbells: if equipment.dumbbells.is_empty() {
            Dumbbells::None
        } else {
            Dumbbells::Pairs {
                weights: equipment
                    .dumbbells
                    .iter()
                    .map(|kg| Mass::from_kg(*kg))
                    .collect(),
            }
        },
        kettlebells: equipment
            .kettlebells
            .iter()
            .map(|kg| Mass::from_kg(*kg))
            .collect(),
        barbell: equipment.barbell.map(|kg| Bar {
            weight: Mass::from_kg(kg),
        }),
        trap_bar: equipment.trap_bar.map(|kg| Bar {
            weight: Mass::from_kg(kg),
        }),
        plates: equipment
            .plates
            .iter()
            .map(|(kg, count)| Plates {
                weight: Mass::from_kg(*kg),
                count: *count,
            })
            .collect(),
        bench: equipment.bench,
        box_or_step: equipment.box_or_step,
        rack: equipment.rack,
        bar_to_row_under: equipment.bar,
        anchor: equipment.anchor,
    }
}

/// The person's data the scenario describes.
fn app_data(scenario: &Scenario) -> Result<AppData, String> {
    let exercise = catalog::exercise(&scenario.slot.exercise)
        .ok_or_else(|| format!("unknown exercise {}", scenario.slot.exercise))?;
    let slot_load = load(&scenario.slot.load)?;
    let slot = Slot {
        pattern: exercise.pattern,
        ladder: exercise.ladder.to_string(),
        exercise: exercise.id.to_string(),
        scheme: Scheme {
            sets: scenario.slot.sets,
            max_sets: None,
            low: scenario.slot.low,
            high: scenario.slot.high,
            target_rir: rules::TARGET_RIR,
        },
        load: slot_load.clone(),
        implement: None,
    };
    let mut sessions = Vec::new();
    for (index, spec) in scenario.sessions.iter().enumerate() {
        let set_load = match &spec.load {
            Some(value) => load(value)?,
            None => slot_load.clone(),
        };
        sessions.push(Session {
            id: format!("s{index}"),
            started: spec
                .date
                .and_time(NaiveTime::from_hms_opt(18, 0, 0).expect("time")),
            day: 0,
            exercises: vec![ExerciseLog {
                slot: 0,
                exercise: spec
                    .exercise
                    .clone()
                    .unwrap_or_else(|| slot.exercise.clone()),
                sets: spec
                    .values
                    .iter()
                    .map(|value| SetLog {
                        value: *value,
                        load: set_load.clone(),
                        rir: spec.rir,
                    })
                    .collect(),
                pain_during: spec.pain,
                user_adjusted: spec.adjusted,
                implement: None,
                tempo: None,
            }],
            pain_during: None,
            pain_after: None,
            notes: String::new(),
            finished: true,
        });
    }
    let mut pain: BTreeMap<NaiveDate, Option<u8>> = BTreeMap::new();
    if let Some(default) = scenario.mornings.default {
        let mut day = scenario.start;
        while day <= scenario.today {
            pain.insert(day, Some(default));
            day += Duration::days(1);
        }
    }
    pain.extend(scenario.mornings.days.clone());
    for day in scenario.mornings.taps.iter().chain(&scenario.mornings.leg) {
        pain.entry(*day).or_insert(None);
    }
    let checkins = pain
        .into_iter()
        .map(|(date, pain)| CheckIn {
            date,
            pain,
            flare: scenario.mornings.taps.contains(&date),
            new_leg_symptoms: scenario.mornings.leg.contains(&date),
            ..CheckIn::default()
        })
        .collect();
    let screen = match &scenario.screen {
        Some(spec) => ScreenRecord {
            date: spec.date.unwrap_or(scenario.start),
            yes: spec.yes.clone(),
            cleared: spec.cleared,
        },
        None => ScreenRecord {
            date: scenario.start,
            yes: Vec::new(),
            cleared: None,
        },
    };
    Ok(AppData {
        profile: Some(Profile {
            unit: scenario.unit.unwrap_or(Unit::Kg),
            inventory: inventory(&scenario.equipment),
            days_per_week: 3,
            minutes_per_session: 45,
            experience: Experience::Some,
            baseline_pain: scenario.baseline,
            bodyweight: scenario.bodyweight_kg.map(Mass::from_kg),
            goals: Vec::new(),
            walk_minutes_per_week: None,
            screens: vec![screen],
            created: scenario.start,
        }),
        program: Some(Program {
            name: "Scenario".into(),
            author: "tests".into(),
            notes: String::new(),
            weeks: 12,
            phases: Vec::new(),
            start: scenario.start,
            days: vec![ProgramDay {
                name: "Day A".into(),
                slots: vec![slot],
            }],
        }),
        sessions,
        checkins,
        outcomes: scenario
            .outcomes
            .iter()
            .map(|(date, usual)| Outcome {
                date: *date,
                usual_pain: Some(*usual),
                ..Outcome::default()
            })
            .collect(),
    })
}

/// The kebab-case name serde gives an enum value.
fn tag<T: serde::Serialize>(value: &T) -> String {
    serde_json::to_value(value)
        .ok()
        .and_then(|value| value.as_str().map(str::to_string))
        .unwrap_or_default()
}

/// Every mismatch between the plan and the expectation.
fn check(scenario: &Scenario, plan: &Plan) -> Vec<String> {
    let mut problems = Vec::new();
    let Some(prescription) = plan.days.first().and_then(|day| day.slots.first()) else {
        return vec!["no prescription".into()];
    };
    let expect = &scenario.expect;
    let mut compare = |what: &str, expected: String, actual: String| {
        if expected != actual {
            problems.push(format!("{what}: expected {expected}, got {actual}"));
        }
    };
    compare(
        "decision",
        expect.decision.clone(),
        tag(&prescription.decision),
    );
    if let Some(status) = &expect.status {
        compare("status", status.clone(), tag(&plan.status));
    }
    if let Some(exercise) = &expect.exercise {
        compare("exercise", exercise.clone(), prescription.exercise.clone());
    }
    if let Some(sets) = expect.sets {
        compare("sets", sets.to_string(), prescription.sets.to_string());
    }
    if let Some(low) = expect.low {
        compare("low", low.to_string(), prescription.low.to_string());
    }
    if let Some(high) = expect.high {
        compare("high", high.to_string(), prescription.high.to_string());
    }
    if let Some(rir) = expect.rir {
        compare("rir", rir.to_string(), prescription.target_rir.to_string());
    }
    if let Some(value) = &expect.load {
        match load(value) {
            Ok(expected) => compare(
                "load",
                format!("{expected:?}"),
                format!("{:?}", prescription.load),
            ),
            Err(error) => compare("load spec", String::new(), error),
        }
    }
    if let Some(ask) = expect.ask_screen {
        compare(
            "ask_screen",
            ask.to_string(),
            (!plan.ask_safety_screen.is_empty()).to_string(),
        );
    }
    let fired: Vec<String> = prescription
        .reasons
        .iter()
        .chain(&plan.status_reasons)
        .chain(&plan.ask_safety_screen)
        .filter_map(|reason| {
            serde_json::to_value(reason).ok().and_then(|value| {
                value
                    .get("rule")
                    .and_then(Value::as_str)
                    .map(str::to_string)
            })
        })
        .collect();
    for rule in &expect.rules {
        if !fired.contains(rule) {
            problems.push(format!(
                "rule {rule} did not fire (fired: {})",
                fired.join(", ")
            ));
        }
    }
    if let Some(text) = &expect.summary_contains {
        if !prescription.summary.contains(text.as_str()) {
            problems.push(format!(
                "summary should contain {text:?}: {:?}",
                prescription.summary
            ));
        }
    }
    if !problems.is_empty() {
        problems.push(format!("summary: {}", prescription.summary));
    }
    problems
}

#[test]
fn every_scenario_gets_its_expected_prescription() {
    let folder = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/scenarios");
    let mut files: Vec<_> = std::fs::read_dir(&folder)
        .expect("tests/scenarios exists")
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "json"))
        .collect();
    files.sort();
    let mut count = 0;
    let mut failures = Vec::new();
    let mut names = Vec::new();
    for file in files {
        let text = std::fs::read_to_string(&file).expect("readable scenario file");
        let scenarios: Vec<Scenario> = serde_json::from_str(&text)
            .unwrap_or_else(|error| panic!("{}: {error}", file.display()));
        for scenario in scenarios {
            count += 1;
            assert!(
                !scenario.story.trim().is_empty(),
                "{}: story missing",
                scenario.name
            );
            assert!(
                !names.contains(&scenario.name),
                "duplicate name {}",
                scenario.name
            );
            names.push(scenario.name.clone());
            let problems = match app_data(&scenario) {
                Ok(data) => check(&scenario, &engine::prescribe(&data, scenario.today)),
                Err(error) => vec![error],
            };
            if !problems.is_empty() {
                failures.push(format!(
                    "{} ({}):\n    {}",
                    scenario.name,
                    file.file_name()
                        .map(|name| name.to_string_lossy())
                        .unwrap_or_default(),
                    problems.join("\n    ")
                ));
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {count} scenarios failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
    assert!(count >= 40, "only {count} scenarios");
}
