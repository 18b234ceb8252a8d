//! Engine scenarios as data: every `tests/scenarios/*.json` file holds small histories with the
//! decision and prescription each must produce; this runner checks them all and names each failure.
//!
//! # The format (one JSON array of scenarios per file)
//!
//! Masses: a number is **kilograms**, whatever the profile's unit; a string gives its own unit,
//! `"95lb"` or `"12.5kg"`. This holds everywhere a mass appears (equipment, slot and session
//! loads, body weight, expected loads). Expected masses match within 10 g, so a load made of pound
//! plates equals the same load written in pounds. A load is a mass, `"bw"` (body weight) or
//! `"band:<colour>"`.
//!
//! A scenario:
//! - `name`, `story` (plain words), `start` (program start, default 2025-01-06, a Monday),
//!   `today`, `baseline` (usual pain), `unit` (`"kg"` or `"lb"`), `bodyweight_kg` (a mass),
//!   `days_per_week` (default 3), `weeks` (program length, default 12), `outcomes`
//!   (`[[date, usual pain]]`).
//! - `equipment`: `kettlebells`, `dumbbells` (fixed pairs, one weight per pair), `adjustable`
//!   (`{"min", "max", "step"}`, an adjustable dumbbell), `bands` (`[[colour, resistance]]`),
//!   `barbell`, `trap_bar`, `plates` (`[[weight, count]]`), and `box_or_step`, `bench`, `rack`,
//!   `bar`, `anchor`.
//! - The program: either `slot` (one day with one slot) or `days` (`[[slot, slot], [slot]]`).
//!   A slot: `exercise`, `sets`, `max_sets` ("2–3 sets"), `low`, `high`, `rir` (target, default
//!   [`rules::TARGET_RIR`]), `load` (default `"bw"`), `implement` (`"kettlebell"`…).
//!   `phases`: `"starter"` ([`phase::starter_phases`]) or a list of
//!   [`durable::domain::program::ProgramPhase`] in its own JSON shape; none means each slot keeps
//!   its written scheme.
//! - `sessions`: each at `date` (+ `time`, default 18:00) or `at` (`"2025-01-08T18:00"`), on `day`
//!   (default 0), with `session_pain` (pain during, for the whole session), `pain_after` (pain
//!   right after) and `finished` (default true). The exercises: a list `exercises`, or one exercise
//!   written inline. An exercise: `slot` (default 0), `exercise` (default the slot's), `values`
//!   (reps, seconds or metres per set), `load` (every set; default the slot's) or `loads` (per set),
//!   `rir` (a number for every set, or a list per set with `null` for "not given"), `pain` (pain
//!   during this exercise), `adjusted` (the person changed it), `implement`, `tempo`, and `range`
//!   (the range that was prescribed, `[low, high]`; default the written scheme of that slot on that
//!   day; `"unrecorded"` for a log made before ranges were recorded).
//! - `mornings`: `default` (every day from the start to today), `days` (`{date: pain or null}`),
//!   `taps` ("I'm having a flare"), `leg` (new leg symptoms), `choices` (`{date: "easier" |
//!   "gentle" | "walk" | "rest"}`, what the person chose that day instead of the planned session).
//! - `screen` (one record) or `screens` (a list): `date` (default the start), `yes` (question ids),
//!   `cleared` (the day a clinician cleared the person). None: one all-clear screen at the start.
//! - `expect`: one object or a list. Each: `day`, `slot` (which prescription, default 0/0),
//!   `decision`, `status`, `exercise`, `implement`, `tempo`, `sets`, `low`, `high`, `high_below`
//!   (the top of the range is below this: reps were cut), `rir`, `load`, `ask_screen`, `rules`
//!   (rule tags that must fire, on the slot, the status or the re-ask), `rules_absent`,
//!   `summary_contains`, `reasons_contain` and `reasons_absent` (case-insensitive substrings of the
//!   sentences: summary, slot reasons, status reasons and re-ask reasons).
//!
//! Checked for every scenario, whatever it expects: no sentence says gate, amber, red, green or
//! rung (a colour before "band" is a band); a sentence that shows a load change ("12 kg → 9 kg")
//! quotes only percentages that the loads in it make true (within 1 point); no slot has more sets
//! than its written scheme allows on that day.

use std::collections::BTreeMap;
use std::path::Path;

use chrono::{Duration, NaiveDate, NaiveDateTime, NaiveTime};
use serde::Deserialize;
use serde_json::Value;

use durable::domain::catalog::{self, Implement};
use durable::domain::checkin::{CheckIn, Outcome};
use durable::domain::data::AppData;
use durable::domain::engine::{self, Plan, Prescription};
use durable::domain::equipment::{Band, Bar, Dumbbells, Inventory, Plates};
use durable::domain::log::{ExerciseLog, Session, SetLog};
use durable::domain::not_today::DayChoice;
use durable::domain::phase;
use durable::domain::profile::{Experience, Profile, ScreenRecord};
use durable::domain::program::{Load, Program, ProgramDay, ProgramPhase, Scheme, Slot, Tempo};
use durable::domain::rules;
use durable::domain::units::{Mass, Unit};

/// The fewest scenarios the folder must hold.
const MIN_SCENARIOS: usize = 120;
/// Expected and actual masses match within this many grams (pound plates summed in grams).
const MASS_TOLERANCE_G: i64 = 10;
/// A quoted percentage matches the loads of its sentence within this many points.
const PERCENT_TOLERANCE: f64 = 1.0;
/// Words people never read: the traffic light and the ladder are ours, not theirs.
const JARGON: [&str; 7] = ["gate", "gates", "amber", "red", "green", "rung", "rungs"];

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
    bodyweight_kg: Option<MassSpec>,
    #[serde(default)]
    days_per_week: Option<u8>,
    #[serde(default)]
    weeks: Option<u8>,
    #[serde(default)]
    equipment: Equipment,
    #[serde(default)]
    slot: Option<SlotSpec>,
    #[serde(default)]
    days: Option<Vec<Vec<SlotSpec>>>,
    #[serde(default)]
    phases: Option<Value>,
    #[serde(default)]
    sessions: Vec<SessionSpec>,
    #[serde(default)]
    mornings: MorningSpec,
    #[serde(default)]
    outcomes: Vec<(NaiveDate, u8)>,
    #[serde(default)]
    screen: Option<ScreenSpec>,
    #[serde(default)]
    screens: Vec<ScreenSpec>,
    expect: OneOrMany<Expect>,
}

fn default_start() -> NaiveDate {
    NaiveDate::from_ymd_opt(2025, 1, 6).expect("valid date")
}

/// A mass: a number of kilograms, or a string with its unit ("95lb", "12.5kg").
#[derive(Clone, Deserialize)]
#[serde(untagged)]
enum MassSpec {
    Kg(f64),
    Text(String),
}

impl MassSpec {
    fn mass(&self) -> Result<Mass, String> {
        match self {
            MassSpec::Kg(kg) => Ok(Mass::from_kg(*kg)),
            MassSpec::Text(text) => mass_text(text).ok_or_else(|| format!("bad mass {text:?}")),
        }
    }
}

/// "95lb", "95 lb", "12.5kg" as a mass.
fn mass_text(text: &str) -> Option<Mass> {
    let text = text.trim();
    let (number, unit) = if let Some(number) = text.strip_suffix("lb") {
        (number, Unit::Lb)
    } else if let Some(number) = text.strip_suffix("kg") {
        (number, Unit::Kg)
    } else {
        return None;
    };
    number
        .trim()
        .parse::<f64>()
        .ok()
        .map(|value| Mass::from_unit(value, unit))
}

/// One value or a list of them.
#[derive(Deserialize)]
#[serde(untagged)]
enum OneOrMany<T> {
    One(T),
    Many(Vec<T>),
}

impl<T> OneOrMany<T> {
    fn items(&self) -> Vec<&T> {
        match self {
            OneOrMany::One(item) => vec![item],
            OneOrMany::Many(items) => items.iter().collect(),
        }
    }
}

#[derive(Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct Equipment {
    #[serde(default)]
    kettlebells: Vec<MassSpec>,
    #[serde(default)]
    dumbbells: Vec<MassSpec>,
    #[serde(default)]
    adjustable: Option<Adjustable>,
    #[serde(default)]
    bands: Vec<(String, MassSpec)>,
    #[serde(default)]
    barbell: Option<MassSpec>,
    #[serde(default)]
    trap_bar: Option<MassSpec>,
    #[serde(default)]
    plates: Vec<(MassSpec, u32)>,
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

/// An adjustable dumbbell: from `min` to `max` in steps of `step`.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Adjustable {
    min: MassSpec,
    max: MassSpec,
    step: MassSpec,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SlotSpec {
    exercise: String,
    sets: u8,
    #[serde(default)]
    max_sets: Option<u8>,
    low: u16,
    high: u16,
    #[serde(default)]
    rir: Option<u8>,
    #[serde(default)]
    load: Option<Value>,
    #[serde(default)]
    implement: Option<Implement>,
}

/// Reps in reserve: one number for every set, or one per set (`null` = not given).
#[derive(Clone, Deserialize)]
#[serde(untagged)]
enum RirSpec {
    Every(u8),
    Each(Vec<Option<u8>>),
}

/// One exercise as logged.
#[derive(Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct ExerciseSpec {
    #[serde(default)]
    slot: Option<usize>,
    #[serde(default)]
    exercise: Option<String>,
    #[serde(default)]
    values: Vec<u16>,
    #[serde(default)]
    load: Option<Value>,
    #[serde(default)]
    loads: Option<Vec<Value>>,
    #[serde(default)]
    rir: Option<RirSpec>,
    #[serde(default)]
    pain: Option<u8>,
    #[serde(default)]
    adjusted: bool,
    #[serde(default)]
    implement: Option<Implement>,
    #[serde(default)]
    tempo: Option<Tempo>,
    #[serde(default)]
    range: Option<Value>,
}

/// One session: its time, day and session-wide pain, and its exercises (a list, or one inline).
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SessionSpec {
    #[serde(default)]
    date: Option<NaiveDate>,
    #[serde(default)]
    time: Option<String>,
    #[serde(default)]
    at: Option<String>,
    #[serde(default)]
    day: usize,
    #[serde(default)]
    session_pain: Option<u8>,
    #[serde(default)]
    pain_after: Option<u8>,
    #[serde(default = "yes")]
    finished: bool,
    #[serde(default)]
    exercises: Vec<ExerciseSpec>,
    // The inline exercise.
    #[serde(default)]
    slot: Option<usize>,
    #[serde(default)]
    exercise: Option<String>,
    #[serde(default)]
    values: Vec<u16>,
    #[serde(default)]
    load: Option<Value>,
    #[serde(default)]
    loads: Option<Vec<Value>>,
    #[serde(default)]
    rir: Option<RirSpec>,
    #[serde(default)]
    pain: Option<u8>,
    #[serde(default)]
    adjusted: bool,
    #[serde(default)]
    implement: Option<Implement>,
    #[serde(default)]
    tempo: Option<Tempo>,
    #[serde(default)]
    range: Option<Value>,
}

fn yes() -> bool {
    true
}

impl SessionSpec {
    /// When the session started.
    fn started(&self) -> Result<NaiveDateTime, String> {
        let parse_time = |text: &str| {
            NaiveTime::parse_from_str(text, "%H:%M")
                .or_else(|_| NaiveTime::parse_from_str(text, "%H:%M:%S"))
                .map_err(|_| format!("bad time {text:?}"))
        };
        match (&self.at, self.date) {
            (Some(at), None) => NaiveDateTime::parse_from_str(at, "%Y-%m-%dT%H:%M")
                .or_else(|_| NaiveDateTime::parse_from_str(at, "%Y-%m-%dT%H:%M:%S"))
                .map_err(|_| format!("bad session time {at:?}")),
            (None, Some(date)) => {
                let time = match &self.time {
                    Some(text) => parse_time(text)?,
                    None => NaiveTime::from_hms_opt(18, 0, 0).expect("time"),
                };
                Ok(date.and_time(time))
            }
            _ => Err("a session needs exactly one of `date` or `at`".into()),
        }
    }

    /// The exercises logged: the list, or the one written inline.
    fn exercises(&self) -> Result<Vec<ExerciseSpec>, String> {
        let inline = !self.values.is_empty();
        match (self.exercises.is_empty(), inline) {
            (false, true) => Err("a session has either `exercises` or inline `values`".into()),
            (false, false) => Ok(self.exercises.clone()),
            (true, true) => Ok(vec![ExerciseSpec {
                slot: self.slot,
                exercise: self.exercise.clone(),
                values: self.values.clone(),
                load: self.load.clone(),
                loads: self.loads.clone(),
                rir: self.rir.clone(),
                pain: self.pain,
                adjusted: self.adjusted,
                implement: self.implement,
                tempo: self.tempo,
                range: self.range.clone(),
            }]),
            (true, false) => Ok(Vec::new()),
        }
    }
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
    #[serde(default)]
    choices: BTreeMap<NaiveDate, DayChoice>,
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
    #[serde(default)]
    day: usize,
    #[serde(default)]
    slot: usize,
    #[serde(default)]
    decision: Option<String>,
    #[serde(default)]
    status: Option<String>,
    #[serde(default)]
    exercise: Option<String>,
    #[serde(default)]
    implement: Option<String>,
    #[serde(default)]
    tempo: Option<String>,
    #[serde(default)]
    sets: Option<u8>,
    #[serde(default)]
    low: Option<u16>,
    #[serde(default)]
    high: Option<u16>,
    #[serde(default)]
    high_below: Option<u16>,
    #[serde(default)]
    rir: Option<u8>,
    #[serde(default)]
    load: Option<Value>,
    #[serde(default)]
    ask_screen: Option<bool>,
    #[serde(default)]
    rules: Vec<String>,
    #[serde(default)]
    rules_absent: Vec<String>,
    #[serde(default)]
    summary_contains: Option<String>,
    #[serde(default)]
    reasons_contain: Vec<String>,
    #[serde(default)]
    reasons_absent: Vec<String>,
}

/// A load written as a mass (see the file header), `"bw"`, or `"band:<colour>"`.
fn load(value: &Value) -> Result<Load, String> {
    match value {
        Value::Number(kg) => Ok(Load::Mass(Mass::from_kg(kg.as_f64().unwrap_or_default()))),
        Value::String(text) if text == "bw" => Ok(Load::Bodyweight),
        Value::String(text) => {
            if let Some(colour) = text.strip_prefix("band:") {
                Ok(Load::Band(colour.to_string()))
            } else {
                mass_text(text)
                    .map(Load::Mass)
                    .ok_or_else(|| format!("bad load {text:?}"))
            }
        }
        other => Err(format!("bad load {other}")),
    }
}

fn masses(specs: &[MassSpec]) -> Result<Vec<Mass>, String> {
    specs.iter().map(MassSpec::mass).collect()
}

fn inventory(equipment: &Equipment) -> Result<Inventory, String> {
    let dumbbells = match (&equipment.adjustable, equipment.dumbbells.is_empty()) {
        (Some(_), false) => return Err("dumbbells: pairs or adjustable, not both".into()),
        (Some(adjustable), true) => Dumbbells::Adjustable {
            min: adjustable.min.mass()?,
            max: adjustable.max.mass()?,
            step: adjustable.step.mass()?,
        },
        (None, false) => Dumbbells::Pairs {
            weights: masses(&equipment.dumbbells)?,
        },
        (None, true) => Dumbbells::None,
    };
    let bar = |spec: &Option<MassSpec>| -> Result<Option<Bar>, String> {
        spec.as_ref()
            .map(|spec| spec.mass().map(|weight| Bar { weight }))
            .transpose()
    };
    Ok(Inventory {
        bands: equipment
            .bands
            .iter()
            .map(|(colour, resistance)| {
                resistance.mass().map(|resistance| Band {
                    colour: colour.clone(),
                    resistance,
                })
            })
            .collect::<Result<_, _>>()?,
        dumbbells,
        kettlebells: masses(&equipment.kettlebells)?,
        barbell: bar(&equipment.barbell)?,
        trap_bar: bar(&equipment.trap_bar)?,
        plates: equipment
            .plates
            .iter()
            .map(|(weight, count)| {
                weight.mass().map(|weight| Plates {
                    weight,
                    count: *count,
                })
            })
            .collect::<Result<_, _>>()?,
        bench: equipment.bench,
        box_or_step: equipment.box_or_step,
        rack: equipment.rack,
        bar_to_row_under: equipment.bar,
        anchor: equipment.anchor,
    })
}

/// The program's slots, day by day.
fn slot_specs(scenario: &Scenario) -> Result<Vec<&[SlotSpec]>, String> {
    match (&scenario.slot, &scenario.days) {
        (Some(slot), None) => Ok(vec![std::slice::from_ref(slot)]),
        (None, Some(days)) if !days.is_empty() => Ok(days.iter().map(Vec::as_slice).collect()),
        _ => Err("a scenario needs exactly one of `slot` or `days`".into()),
    }
}

fn slot(spec: &SlotSpec) -> Result<Slot, String> {
    let exercise = catalog::exercise(&spec.exercise)
        .ok_or_else(|| format!("unknown exercise {}", spec.exercise))?;
    Ok(Slot {
        pattern: exercise.pattern,
        ladder: exercise.ladder.to_string(),
        exercise: exercise.id.to_string(),
        scheme: Scheme {
            sets: spec.sets,
            max_sets: spec.max_sets,
            low: spec.low,
            high: spec.high,
            target_rir: spec.rir.unwrap_or(rules::TARGET_RIR),
        },
        load: match &spec.load {
            Some(value) => load(value)?,
            None => Load::Bodyweight,
        },
        implement: spec.implement,
        rest_seconds: None,
        alternatives: Vec::new(),
    })
}

fn phases(value: &Option<Value>) -> Result<Vec<ProgramPhase>, String> {
    match value {
        None => Ok(Vec::new()),
        Some(Value::String(text)) if text == "starter" => Ok(phase::starter_phases()),
        Some(other) => {
            serde_json::from_value(other.clone()).map_err(|error| format!("phases: {error}"))
        }
    }
}

fn program(scenario: &Scenario) -> Result<Program, String> {
    let days = slot_specs(scenario)?
        .into_iter()
        .enumerate()
        .map(|(index, slots)| {
            Ok(ProgramDay {
                name: format!("Day {}", char::from(b'A' + (index % 26) as u8)),
                slots: slots.iter().map(slot).collect::<Result<_, String>>()?,
            })
        })
        .collect::<Result<Vec<_>, String>>()?;
    Ok(Program {
        name: "Scenario".into(),
        author: "tests".into(),
        notes: String::new(),
        weeks: scenario.weeks.unwrap_or(12),
        phases: phases(&scenario.phases)?,
        start: scenario.start,
        days,
    })
}

/// The sets of one logged exercise.
fn sets(spec: &ExerciseSpec, slot_load: &Load) -> Result<Vec<SetLog>, String> {
    let loads: Vec<Load> = match (&spec.load, &spec.loads) {
        (Some(_), Some(_)) => return Err("an exercise has `load` or `loads`, not both".into()),
        (_, Some(list)) if list.len() != spec.values.len() => {
            return Err("`loads` needs one load per set".into())
        }
        (_, Some(list)) => list.iter().map(load).collect::<Result<_, _>>()?,
        (Some(value), None) => vec![load(value)?; spec.values.len()],
        (None, None) => vec![slot_load.clone(); spec.values.len()],
    };
    let rirs: Vec<Option<u8>> = match &spec.rir {
        None => vec![None; spec.values.len()],
        Some(RirSpec::Every(rir)) => vec![Some(*rir); spec.values.len()],
        Some(RirSpec::Each(list)) if list.len() == spec.values.len() => list.clone(),
        Some(RirSpec::Each(_)) => return Err("`rir` as a list needs one entry per set".into()),
    };
    Ok(spec
        .values
        .iter()
        .zip(loads)
        .zip(rirs)
        .map(|((value, load), rir)| SetLog {
            value: *value,
            load,
            rir,
        })
        .collect())
}

fn sessions(scenario: &Scenario, program: &Program) -> Result<Vec<Session>, String> {
    let mut sessions = Vec::new();
    for (index, spec) in scenario.sessions.iter().enumerate() {
        let day = program
            .days
            .get(spec.day)
            .ok_or_else(|| format!("session {index}: no day {}", spec.day))?;
        let started = spec.started()?;
        let mut exercises = Vec::new();
        for exercise in spec.exercises()? {
            let slot_index = exercise.slot.unwrap_or(0);
            let slot = day
                .slots
                .get(slot_index)
                .ok_or_else(|| format!("session {index}: no slot {slot_index}"))?;
            let id = exercise
                .exercise
                .clone()
                .unwrap_or_else(|| slot.exercise.clone());
            let range = match &exercise.range {
                None => {
                    let done = catalog::exercise(&id)
                        .ok_or_else(|| format!("session {index}: unknown exercise {id}"))?;
                    let implement = exercise
                        .implement
                        .or(slot.implement)
                        .unwrap_or(done.implement);
                    program
                        .scheme_on(spec.day, slot_index, done, implement, started.date())
                        .map(|scheme| (scheme.low, scheme.high))
                }
                Some(Value::String(text)) if text == "unrecorded" => None,
                Some(value) => Some(
                    serde_json::from_value::<(u16, u16)>(value.clone())
                        .map_err(|_| format!("session {index}: bad range {value}"))?,
                ),
            };
            exercises.push(ExerciseLog {
                slot: slot_index,
                exercise: id,
                sets: sets(&exercise, &slot.load)?,
                pain_during: exercise.pain,
                user_adjusted: exercise.adjusted,
                today_only: false,
                implement: exercise.implement,
                range,
                tempo: exercise.tempo,
            });
        }
        sessions.push(Session {
            id: format!("s{index}"),
            started,
            day: spec.day,
            exercises,
            pain_during: spec.session_pain,
            pain_after: spec.pain_after,
            notes: String::new(),
            finished: spec.finished,
        });
    }
    sessions.sort_by_key(|session| session.started);
    Ok(sessions)
}

fn checkins(scenario: &Scenario) -> Vec<CheckIn> {
    let mut pain: BTreeMap<NaiveDate, Option<u8>> = BTreeMap::new();
    if let Some(default) = scenario.mornings.default {
        let mut day = scenario.start;
        while day <= scenario.today {
            pain.insert(day, Some(default));
            day += Duration::days(1);
        }
    }
    pain.extend(scenario.mornings.days.clone());
    for day in scenario
        .mornings
        .taps
        .iter()
        .chain(&scenario.mornings.leg)
        .chain(scenario.mornings.choices.keys())
    {
        pain.entry(*day).or_insert(None);
    }
    pain.into_iter()
        .map(|(date, pain)| CheckIn {
            date,
            pain,
            flare: scenario.mornings.taps.contains(&date),
            new_leg_symptoms: scenario.mornings.leg.contains(&date),
            choice: scenario.mornings.choices.get(&date).copied(),
            ..CheckIn::default()
        })
        .collect()
}

fn screens(scenario: &Scenario) -> Result<Vec<ScreenRecord>, String> {
    let specs: Vec<&ScreenSpec> = match (&scenario.screen, scenario.screens.is_empty()) {
        (Some(_), false) => return Err("`screen` or `screens`, not both".into()),
        (Some(spec), true) => vec![spec],
        (None, false) => scenario.screens.iter().collect(),
        (None, true) => {
            return Ok(vec![ScreenRecord {
                date: scenario.start,
                yes: Vec::new(),
                cleared: None,
            }])
        }
    };
    let mut records: Vec<ScreenRecord> = specs
        .into_iter()
        .map(|spec| ScreenRecord {
            date: spec.date.unwrap_or(scenario.start),
            yes: spec.yes.clone(),
            cleared: spec.cleared,
        })
        .collect();
    records.sort_by_key(|record| record.date);
    Ok(records)
}

/// The person's data the scenario describes.
fn app_data(scenario: &Scenario) -> Result<AppData, String> {
    let program = program(scenario)?;
    let sessions = sessions(scenario, &program)?;
    Ok(AppData {
        profile: Some(Profile {
            unit: scenario.unit.unwrap_or(Unit::Kg),
            inventory: inventory(&scenario.equipment)?,
            days_per_week: scenario.days_per_week.unwrap_or(3),
            minutes_per_session: 45,
            experience: Experience::Some,
            baseline_pain: scenario.baseline,
            bodyweight: scenario
                .bodyweight_kg
                .as_ref()
                .map(MassSpec::mass)
                .transpose()?,
            goals: Vec::new(),
            walk_minutes_per_week: None,
            screens: screens(scenario)?,
            created: scenario.start,
            theme: Default::default(),
        }),
        program: Some(program),
        sessions,
        checkins: checkins(scenario),
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

/// One field of a reason as serde writes it ("rule" or "text").
fn reason_field<T: serde::Serialize>(reason: &T, field: &str) -> Option<String> {
    serde_json::to_value(reason)
        .ok()
        .and_then(|value| value.get(field).and_then(Value::as_str).map(str::to_string))
}

/// The rule tags that fired for a slot: its own, the status's and the re-ask's.
fn fired(plan: &Plan, prescription: &Prescription) -> Vec<String> {
    prescription
        .reasons
        .iter()
        .chain(&plan.status_reasons)
        .chain(&plan.ask_safety_screen)
        .filter_map(|reason| reason_field(reason, "rule"))
        .collect()
}

/// The sentences a person reads about a slot: its summary and reasons, the status's and the
/// re-ask's reasons.
fn sentences(plan: &Plan, prescription: &Prescription) -> Vec<String> {
    std::iter::once(prescription.summary.clone())
        .chain(
            prescription
                .reasons
                .iter()
                .chain(&plan.status_reasons)
                .chain(&plan.ask_safety_screen)
                .filter_map(|reason| reason_field(reason, "text")),
        )
        .collect()
}

/// True when two loads are the same (masses within [`MASS_TOLERANCE_G`]).
fn same_load(expected: &Load, actual: &Load) -> bool {
    match (expected, actual) {
        (Load::Mass(a), Load::Mass(b)) => (a.grams() - b.grams()).abs() <= MASS_TOLERANCE_G,
        _ => expected == actual,
    }
}

fn show(load: &Load) -> String {
    match load {
        Load::Mass(mass) => format!("{} kg ({:.1} lb)", mass.kg(), mass.lb()),
        other => format!("{other:?}"),
    }
}

/// Every mismatch between one prescription and one expectation.
fn check_expectation(plan: &Plan, expect: &Expect, problems: &mut Vec<String>) {
    let where_ = format!("day {} slot {}", expect.day, expect.slot);
    let Some(prescription) = plan
        .days
        .get(expect.day)
        .and_then(|day| day.slots.get(expect.slot))
    else {
        problems.push(format!("{where_}: no prescription"));
        return;
    };
    let before = problems.len();
    let mut compare = |what: &str, expected: String, actual: String| {
        if expected != actual {
            problems.push(format!(
                "{where_}: {what}: expected {expected}, got {actual}"
            ));
        }
    };
    if let Some(decision) = &expect.decision {
        compare("decision", decision.clone(), tag(&prescription.decision));
    }
    if let Some(status) = &expect.status {
        compare("status", status.clone(), tag(&plan.status));
    }
    if let Some(exercise) = &expect.exercise {
        compare("exercise", exercise.clone(), prescription.exercise.clone());
    }
    if let Some(implement) = &expect.implement {
        compare("implement", implement.clone(), tag(&prescription.implement));
    }
    if let Some(tempo) = &expect.tempo {
        compare("tempo", tempo.clone(), tag(&prescription.tempo));
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
    if let Some(ask) = expect.ask_screen {
        compare(
            "ask_screen",
            ask.to_string(),
            (!plan.ask_safety_screen.is_empty()).to_string(),
        );
    }
    if let Some(below) = expect.high_below {
        if prescription.high >= below {
            problems.push(format!(
                "{where_}: high should be below {below}, got {}",
                prescription.high
            ));
        }
    }
    if let Some(value) = &expect.load {
        match load(value) {
            Ok(expected) if same_load(&expected, &prescription.load) => {}
            Ok(expected) => problems.push(format!(
                "{where_}: load: expected {}, got {}",
                show(&expected),
                show(&prescription.load)
            )),
            Err(error) => problems.push(format!("{where_}: load spec: {error}")),
        }
    }
    let fired = fired(plan, prescription);
    for rule in &expect.rules {
        if !fired.contains(rule) {
            problems.push(format!(
                "{where_}: rule {rule} did not fire (fired: {})",
                fired.join(", ")
            ));
        }
    }
    for rule in &expect.rules_absent {
        if fired.contains(rule) {
            problems.push(format!("{where_}: rule {rule} should not fire"));
        }
    }
    if let Some(text) = &expect.summary_contains {
        if !prescription.summary.contains(text.as_str()) {
            problems.push(format!(
                "{where_}: summary should contain {text:?}: {:?}",
                prescription.summary
            ));
        }
    }
    let said = sentences(plan, prescription).join(" | ").to_lowercase();
    for text in &expect.reasons_contain {
        if !said.contains(&text.to_lowercase()) {
            problems.push(format!("{where_}: no sentence says {text:?}"));
        }
    }
    for text in &expect.reasons_absent {
        if said.contains(&text.to_lowercase()) {
            problems.push(format!("{where_}: a sentence says {text:?}"));
        }
    }
    if problems.len() > before {
        problems.push(format!(
            "{where_}: got {} {} × {}–{} at {} ({}), rir {}, {}; {:?}",
            tag(&prescription.decision),
            prescription.sets,
            prescription.low,
            prescription.high,
            show(&prescription.load),
            prescription.exercise,
            prescription.target_rir,
            tag(&prescription.tempo),
            sentences(plan, prescription)
        ));
    }
}

/// The words of a sentence, lower case.
fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|word| !word.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// Jargon a sentence uses: gate, amber, red, green, rung (a band colour before "band" is fine).
fn jargon(text: &str, band_colours: &[String]) -> Vec<String> {
    let words = words(text);
    words
        .iter()
        .enumerate()
        .filter(|(index, word)| {
            JARGON.contains(&word.as_str())
                && !(band_colours.contains(word)
                    && (words
                        .get(index + 1)
                        .is_some_and(|next| next.starts_with("band"))
                        || index
                            .checked_sub(1)
                            .and_then(|before| words.get(before))
                            .is_some_and(|before| before.starts_with("band"))))
        })
        .map(|(_, word)| word.clone())
        .collect()
}

/// The numbers of a sentence followed by `suffix` ("12 kg", "12.5kg", "75%").
fn numbers_before(text: &str, suffixes: &[&str]) -> Vec<(f64, usize)> {
    let chars: Vec<char> = text.chars().collect();
    let mut found = Vec::new();
    let mut index = 0;
    while index < chars.len() {
        if chars[index].is_ascii_digit()
            && (index == 0 || !(chars[index - 1].is_alphanumeric() || chars[index - 1] == '.'))
        {
            let start = index;
            while index < chars.len() && (chars[index].is_ascii_digit() || chars[index] == '.') {
                index += 1;
            }
            let number: String = chars[start..index].iter().collect();
            let number = number.trim_end_matches('.');
            let mut after = index;
            while after < chars.len() && chars[after] == ' ' {
                after += 1;
            }
            let rest: String = chars[after..].iter().take(3).collect();
            for (which, suffix) in suffixes.iter().enumerate() {
                let word_ends = rest
                    .chars()
                    .nth(suffix.chars().count())
                    .is_none_or(|c| !c.is_alphanumeric());
                if rest.starts_with(suffix) && (word_ends || *suffix == "%") {
                    if let Ok(value) = number.parse::<f64>() {
                        found.push((value, which));
                    }
                }
            }
        } else {
            index += 1;
        }
    }
    found
}

/// A percentage a sentence quotes next to a load change ("12 kg → 9 kg (75%)") that no pair of
/// its loads makes true.
fn false_percentages(sentence: &str) -> Vec<f64> {
    if !sentence.contains('→') {
        return Vec::new();
    }
    let grams: Vec<f64> = numbers_before(sentence, &["kg", "lb"])
        .into_iter()
        .map(|(value, which)| {
            let unit = if which == 0 { Unit::Kg } else { Unit::Lb };
            Mass::from_unit(value, unit).grams() as f64
        })
        .filter(|grams| *grams > 0.0)
        .collect();
    if grams.len() < 2 {
        return Vec::new();
    }
    let mut true_percentages = Vec::new();
    for a in &grams {
        for b in &grams {
            true_percentages.push(100.0 * a / b);
            true_percentages.push(100.0 * (a - b).abs() / b);
        }
    }
    numbers_before(sentence, &["%"])
        .into_iter()
        .map(|(value, _)| value)
        .filter(|quoted| {
            !true_percentages
                .iter()
                .any(|real| (real - quoted).abs() <= PERCENT_TOLERANCE + 1e-9)
        })
        .collect()
}

/// What every plan must respect, whatever the scenario expects.
fn check_every_plan(scenario: &Scenario, data: &AppData, plan: &Plan, problems: &mut Vec<String>) {
    let band_colours: Vec<String> = scenario
        .equipment
        .bands
        .iter()
        .map(|(colour, _)| colour.to_lowercase())
        .collect();
    let Some(program) = &data.program else {
        return;
    };
    if plan.days.len() != program.days.len() {
        problems.push(format!(
            "the plan has {} days, the program {}",
            plan.days.len(),
            program.days.len()
        ));
    }
    for (day_index, day) in plan.days.iter().enumerate() {
        for (slot_index, prescription) in day.slots.iter().enumerate() {
            let where_ = format!("day {day_index} slot {slot_index}");
            for sentence in sentences(plan, prescription) {
                let bad = jargon(&sentence, &band_colours);
                if !bad.is_empty() {
                    problems.push(format!("{where_}: says {bad:?}: {sentence:?}"));
                }
                for part in sentence.split(". ") {
                    let wrong = false_percentages(part);
                    if !wrong.is_empty() {
                        problems.push(format!(
                            "{where_}: {wrong:?}% does not match the loads of {part:?}"
                        ));
                    }
                }
            }
            let written = catalog::exercise(&prescription.exercise).and_then(|exercise| {
                program.scheme_on(
                    day.day,
                    prescription.slot,
                    exercise,
                    prescription.implement,
                    scenario.today,
                )
            });
            match written {
                Some(scheme) if prescription.sets > scheme.top_sets() => problems.push(format!(
                    "{where_}: {} sets, the written plan allows {}",
                    prescription.sets,
                    scheme.top_sets()
                )),
                Some(_) => {}
                None => problems.push(format!(
                    "{where_}: no written scheme for {}",
                    prescription.exercise
                )),
            }
        }
    }
}

/// Every problem of one scenario.
fn run(scenario: &Scenario) -> Vec<String> {
    let data = match app_data(scenario) {
        Ok(data) => data,
        Err(error) => return vec![error],
    };
    let plan = engine::prescribe(&data, scenario.today);
    let mut problems = Vec::new();
    for expect in scenario.expect.items() {
        check_expectation(&plan, expect, &mut problems);
    }
    check_every_plan(scenario, &data, &plan, &mut problems);
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
            let problems = run(&scenario);
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
    assert!(
        count >= MIN_SCENARIOS,
        "only {count} scenarios, at least {MIN_SCENARIOS} expected"
    );
}

#[test]
fn the_sentence_checks_catch_what_they_should() {
    let colours = vec!["green".to_string()];
    assert_eq!(
        jargon("Up to the green band.", &colours),
        Vec::<String>::new()
    );
    assert_eq!(jargon("Pain was amber.", &colours), vec!["amber"]);
    assert_eq!(jargon("The next rung is ready.", &colours), vec!["rung"]);
    assert_eq!(jargon("Green light.", &colours), vec!["green"]);
    assert!(jargon("The load is reduced.", &colours).is_empty());
    assert!(false_percentages("Lighter: 12 kg → 9 kg (75%)").is_empty());
    assert!(false_percentages("Light week: 12 kg → 10 kg, 83% of your load").is_empty());
    assert_eq!(false_percentages("Back at 75%: 12 kg → 6 kg"), vec![75.0]);
    assert!(false_percentages("Down 25%: 12 kg → 9 kg").is_empty());
    assert!(false_percentages("95 lb → 100 lb (+5%)").is_empty());
    assert!(
        false_percentages("80% of 12 kg is 9.6 kg").is_empty(),
        "no arrow, not checked"
    );
    assert_eq!(
        mass_text("95lb").map(Mass::grams),
        Some(Mass::from_lb(95.0).grams())
    );
    assert_eq!(mass_text("12.5 kg").map(Mass::grams), Some(12_500));
}
