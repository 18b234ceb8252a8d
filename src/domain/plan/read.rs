//! Reading a `durable-plan` file: JSON with duplicate keys refused, then a walk over every field
//! that collects each problem with its path (`days[2].slots[1].scheme.high: 40 is above the limit
//! of 30`) instead of stopping at the first. Only a file without a problem becomes a [`Program`].

use std::collections::HashSet;
use std::fmt;

use chrono::NaiveDate;
use serde::de::{self, Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};
use serde_json::{Map, Value};

use super::limits;
use crate::domain::catalog::{self, DoseKind, Implement};
use crate::domain::ladder;
use crate::domain::program::{
    Load, PhaseScheme, Program, ProgramDay, ProgramPhase, Scheme, SchemeTarget, Slot, SlotClass,
};
use crate::domain::rules;
use crate::domain::units::Mass;

/// A JSON value read with every object's keys checked for duplicates (serde_json keeps the last
/// of two equal keys silently, which would hide a mistake in a hand-written plan).
pub(super) struct Strict(pub(super) Value);

impl<'de> Deserialize<'de> for Strict {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(StrictVisitor).map(Strict)
    }
}

/// Builds a [`Value`] like serde_json's own visitor, refusing a key that appears twice.
struct StrictVisitor;

impl<'de> Visitor<'de> for StrictVisitor {
    type Value = Value;

    fn expecting(&self, out: &mut fmt::Formatter) -> fmt::Result {
        out.write_str("a JSON value")
    }
    fn visit_bool<E>(self, value: bool) -> Result<Value, E> {
        Ok(Value::Bool(value))
    }
    fn visit_i64<E>(self, value: i64) -> Result<Value, E> {
        Ok(Value::from(value))
    }
    fn visit_u64<E>(self, value: u64) -> Result<Value, E> {
        Ok(Value::from(value))
    }
    fn visit_f64<E>(self, value: f64) -> Result<Value, E> {
        Ok(Value::from(value))
    }
    fn visit_str<E>(self, value: &str) -> Result<Value, E> {
        Ok(Value::String(value.to_string()))
    }
    fn visit_string<E>(self, value: String) -> Result<Value, E> {
        Ok(Value::String(value))
    }
    fn visit_unit<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }
    fn visit_none<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Value, A::Error> {
        let mut items = Vec::new();
        while let Some(Strict(item)) = seq.next_element()? {
            items.push(item);
        }
        Ok(Value::Array(items))
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Value, A::Error> {
        let mut fields = Map::new();
        while let Some(key) = map.next_key::<String>()? {
            if fields.contains_key(&key) {
                return Err(de::Error::custom(format!(
                    "the field “{}” appears twice in one place",
                    super::shorten(&key)
                )));
            }
            let Strict(value) = map.next_value()?;
            fields.insert(key, value);
        }
        Ok(Value::Object(fields))
    }
}

/// Collects problems, each `path: what`, while a plan is walked.
struct Walk {
    problems: Vec<String>,
}

impl Walk {
    fn problem(&mut self, path: &str, what: impl fmt::Display) {
        self.problems.push(format!("{path}: {what}"));
    }

    /// The object at `path`, or a problem.
    fn object<'v>(&mut self, value: &'v Value, path: &str) -> Option<&'v Map<String, Value>> {
        match value {
            Value::Object(fields) => Some(fields),
            other => {
                self.problem(
                    path,
                    format!("expected an object {{…}}, found {}", kind(other)),
                );
                None
            }
        }
    }

    /// Refuses fields a plan does not have (a typo would otherwise be ignored quietly).
    fn only(&mut self, fields: &Map<String, Value>, path: &str, known: &[&str]) {
        for key in fields.keys() {
            if !known.contains(&key.as_str()) {
                self.problem(
                    &join(path, key),
                    format!(
                        "is not a field here (expected one of: {})",
                        known.join(", ")
                    ),
                );
            }
        }
    }

    /// A required text field of at most `max` characters.
    fn text(&mut self, fields: &Map<String, Value>, path: &str, key: &str, max: usize) -> String {
        match fields.get(key) {
            None => {
                self.problem(&join(path, key), "is missing");
                String::new()
            }
            Some(_) => self.optional_text(fields, path, key, max),
        }
    }

    /// An optional text field of at most `max` characters (empty when absent).
    fn optional_text(
        &mut self,
        fields: &Map<String, Value>,
        path: &str,
        key: &str,
        max: usize,
    ) -> String {
        let place = join(path, key);
        match fields.get(key) {
            None | Some(Value::Null) => String::new(),
            Some(Value::String(text)) => {
                let count = text.chars().count();
                if count > max {
                    self.problem(
                        &place,
                        format!("{count} characters is above the limit of {max}"),
                    );
                }
                if text
                    .chars()
                    .any(|c| c.is_control() && c != '\n' && c != '\t')
                {
                    self.problem(&place, "holds control characters");
                }
                text.clone()
            }
            Some(other) => {
                self.problem(&place, format!("expected text, found {}", kind(other)));
                String::new()
            }
        }
    }

    /// A whole number in `min..=max` (required); `None` after a problem.
    fn number(
        &mut self,
        fields: &Map<String, Value>,
        path: &str,
        key: &str,
        min: u64,
        max: u64,
    ) -> Option<u64> {
        let place = join(path, key);
        match fields.get(key) {
            None => {
                self.problem(&place, "is missing");
                None
            }
            Some(value) => self.whole(value, &place, min, max),
        }
    }

    /// A whole number in `min..=max` (absent, or a problem, gives `None`).
    fn optional_number(
        &mut self,
        fields: &Map<String, Value>,
        path: &str,
        key: &str,
        min: u64,
        max: u64,
    ) -> Option<u64> {
        match fields.get(key) {
            None | Some(Value::Null) => None,
            Some(value) => self.whole(value, &join(path, key), min, max),
        }
    }

    /// The value as a whole number in `min..=max`, or a problem saying what is wrong.
    fn whole(&mut self, value: &Value, place: &str, min: u64, max: u64) -> Option<u64> {
        let Value::Number(number) = value else {
            self.problem(
                place,
                format!("expected a whole number, found {}", kind(value)),
            );
            return None;
        };
        if let Some(whole) = number.as_u64() {
            if whole < min {
                self.problem(place, format!("{whole} is below the lowest allowed, {min}"));
            } else if whole > max {
                self.problem(place, format!("{whole} is above the limit of {max}"));
            } else {
                return Some(whole);
            }
            return None;
        }
        if number.as_i64().is_some_and(|negative| negative < 0)
            || number.as_f64().is_some_and(|float| float < 0.0)
        {
            self.problem(
                place,
                format!("{number} is negative; it must be {min} or more"),
            );
        } else {
            self.problem(place, format!("{number} is not a whole number"));
        }
        None
    }
}

/// The JSON kind of a value, in words.
fn kind(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "true or false",
        Value::Number(_) => "a number",
        Value::String(_) => "text",
        Value::Array(_) => "a list",
        Value::Object(_) => "an object",
    }
}

/// `path.key`, or `key` at the top.
fn join(path: &str, key: &str) -> String {
    if path.is_empty() {
        key.to_string()
    } else {
        format!("{path}.{key}")
    }
}

/// The list at `key` (absent gives an empty list when `required` is false).
fn list<'v>(
    walk: &mut Walk,
    fields: &'v Map<String, Value>,
    path: &str,
    key: &str,
    required: bool,
    max: usize,
) -> &'v [Value] {
    let place = join(path, key);
    match fields.get(key) {
        None if required => {
            walk.problem(&place, "is missing");
            &[]
        }
        None | Some(Value::Null) => &[],
        Some(Value::Array(items)) => {
            if items.len() > max {
                walk.problem(
                    &place,
                    format!("{} entries is above the limit of {max}", items.len()),
                );
                &items[..max]
            } else {
                items
            }
        }
        Some(other) => {
            walk.problem(
                &place,
                format!("expected a list […], found {}", kind(other)),
            );
            &[]
        }
    }
}

/// Walks a plan object (format and version already checked) into a program starting on `start`.
pub(super) fn program(
    value: &Map<String, Value>,
    start: NaiveDate,
) -> Result<Program, Vec<String>> {
    let mut walk = Walk {
        problems: Vec::new(),
    };
    walk.only(
        value,
        "",
        &[
            "format", "version", "name", "author", "notes", "weeks", "days", "phases",
        ],
    );
    let name = walk.text(value, "", "name", limits::MAX_NAME_CHARS);
    if name.trim().is_empty() && value.get("name").is_some_and(Value::is_string) {
        walk.problem("name", "is empty; a plan needs a name");
    }
    let author = walk.optional_text(value, "", "author", limits::MAX_AUTHOR_CHARS);
    let notes = walk.optional_text(value, "", "notes", limits::MAX_NOTES_CHARS);
    let weeks = walk
        .optional_number(value, "", "weeks", 1, u64::from(limits::MAX_WEEKS))
        .map_or(rules::BLOCK_WEEKS, |weeks| weeks as u8);
    let day_values = list(&mut walk, value, "", "days", true, limits::MAX_DAYS);
    if day_values.is_empty() && matches!(value.get("days"), Some(Value::Array(_))) {
        walk.problem("days", "is empty; a plan needs at least one day");
    }
    let days: Vec<ProgramDay> = day_values
        .iter()
        .enumerate()
        .map(|(index, day)| read_day(&mut walk, day, &format!("days[{index}]")))
        .collect();
    let phases = list(&mut walk, value, "", "phases", false, limits::MAX_PHASES)
        .iter()
        .enumerate()
        .map(|(index, phase)| {
            read_phase(&mut walk, phase, &format!("phases[{index}]"), &days, weeks)
        })
        .collect::<Vec<_>>();
    for (index, pair) in phases.windows(2).enumerate() {
        if pair[1].from_week <= pair[0].from_week {
            walk.problem(
                &format!("phases[{}].from_week", index + 1),
                format!(
                    "week {} must come after the week {} of the phase before it",
                    pair[1].from_week, pair[0].from_week
                ),
            );
        }
    }
    if !walk.problems.is_empty() {
        return Err(walk.problems);
    }
    Ok(Program {
        name,
        author,
        notes,
        weeks,
        start,
        days,
        phases,
    })
}

/// One day: a name and its exercises.
fn read_day(walk: &mut Walk, value: &Value, path: &str) -> ProgramDay {
    let Some(fields) = walk.object(value, path) else {
        return ProgramDay {
            name: String::new(),
            slots: Vec::new(),
        };
    };
    walk.only(fields, path, &["name", "slots"]);
    let name = walk.text(fields, path, "name", limits::MAX_NAME_CHARS);
    let slot_values = list(walk, fields, path, "slots", true, limits::MAX_SLOTS);
    if slot_values.is_empty() && matches!(fields.get("slots"), Some(Value::Array(_))) {
        walk.problem(
            &join(path, "slots"),
            "is empty; a day needs at least one exercise",
        );
    }
    let slots = slot_values
        .iter()
        .enumerate()
        .filter_map(|(index, slot)| read_slot(walk, slot, &format!("{path}.slots[{index}]")))
        .collect();
    ProgramDay { name, slots }
}

/// One exercise of a day.
fn read_slot(walk: &mut Walk, value: &Value, path: &str) -> Option<Slot> {
    let fields = walk.object(value, path)?;
    walk.only(
        fields,
        path,
        &[
            "exercise",
            "ladder",
            "scheme",
            "load",
            "implement",
            "rest_seconds",
            "alternatives",
        ],
    );
    let exercise = match fields.get("exercise") {
        None => {
            walk.problem(&join(path, "exercise"), "is missing");
            None
        }
        Some(Value::String(id)) => {
            let found = catalog::exercise(id);
            if found.is_none() {
                walk.problem(
                    &join(path, "exercise"),
                    format!("“{}” is not an exercise of the library (run `durable catalog` for the list)", super::shorten(id)),
                );
            }
            found
        }
        Some(other) => {
            walk.problem(
                &join(path, "exercise"),
                format!("expected an exercise id, found {}", kind(other)),
            );
            None
        }
    };
    let ladder_id = walk.optional_text(fields, path, "ladder", limits::MAX_NAME_CHARS);
    if let Some(exercise) = exercise {
        if !ladder_id.is_empty() && ladder_id != exercise.ladder {
            let known = if ladder::ladder(&ladder_id).is_some() {
                ""
            } else {
                " (no ladder has that id)"
            };
            walk.problem(
                &join(path, "ladder"),
                format!(
                    "“{}” is not the ladder of {}, which is “{}”{known}",
                    super::shorten(&ladder_id),
                    exercise.id,
                    exercise.ladder
                ),
            );
        }
    }
    let dose = exercise.map_or(DoseKind::Reps, |exercise| exercise.dose.kind);
    let scheme = match fields.get("scheme") {
        None => {
            walk.problem(&join(path, "scheme"), "is missing");
            None
        }
        Some(value) => read_scheme(walk, value, &join(path, "scheme"), dose),
    };
    let implement = read_implement(walk, fields, path, exercise);
    let load = match fields.get("load") {
        None | Some(Value::Null) => Load::Bodyweight,
        Some(value) => read_load(walk, value, &join(path, "load")),
    };
    let rest_seconds = walk
        .optional_number(
            fields,
            path,
            "rest_seconds",
            0,
            u64::from(limits::MAX_REST_SECONDS),
        )
        .map(|seconds| seconds as u16);
    let mut alternatives = Vec::new();
    for (index, alternative) in list(
        walk,
        fields,
        path,
        "alternatives",
        false,
        limits::MAX_ALTERNATIVES,
    )
    .iter()
    .enumerate()
    {
        let place = format!("{path}.alternatives[{index}]");
        let Value::String(id) = alternative else {
            walk.problem(
                &place,
                format!("expected an exercise id, found {}", kind(alternative)),
            );
            continue;
        };
        match (catalog::exercise(id), exercise) {
            (None, _) => walk.problem(
                &place,
                format!("“{}” is not an exercise of the library", super::shorten(id)),
            ),
            (Some(other), Some(main)) if other.pattern != main.pattern => walk.problem(
                &place,
                format!(
                    "{} trains another movement than {} ({} instead of {})",
                    other.id,
                    main.id,
                    other.pattern.label(),
                    main.pattern.label()
                ),
            ),
            (Some(other), Some(main)) if other.id == main.id || alternatives.contains(id) => {
                walk.problem(
                    &place,
                    format!("{} is named twice for this exercise", other.id),
                );
            }
            _ => alternatives.push(id.clone()),
        }
    }
    let exercise = exercise?;
    Some(Slot {
        pattern: exercise.pattern,
        ladder: exercise.ladder.to_string(),
        exercise: exercise.id.to_string(),
        scheme: scheme?,
        load,
        implement,
        rest_seconds,
        alternatives,
    })
}

/// The implement, when written: one the exercise can be done with.
fn read_implement(
    walk: &mut Walk,
    fields: &Map<String, Value>,
    path: &str,
    exercise: Option<&catalog::Exercise>,
) -> Option<Implement> {
    let value = fields.get("implement")?;
    let place = join(path, "implement");
    let implement = match serde_json::from_value::<Implement>(value.clone()) {
        Ok(implement) => implement,
        Err(_) => {
            walk.problem(
                &place,
                "expected one of bodyweight, band, dumbbell, kettlebell, barbell, trap-bar",
            );
            return None;
        }
    };
    let exercise = exercise?;
    if !exercise.allows(implement) {
        walk.problem(
            &place,
            format!("{} is not done with a {}", exercise.id, implement.label()),
        );
        return None;
    }
    // The rung's usual implement is stored as "none written", as the app's own programs do.
    (implement != exercise.implement).then_some(implement)
}

/// A scheme: sets (and the most sets), a range and the target reps in reserve.
fn read_scheme(walk: &mut Walk, value: &Value, path: &str, dose: DoseKind) -> Option<Scheme> {
    let fields = walk.object(value, path)?;
    walk.only(
        fields,
        path,
        &["sets", "max_sets", "low", "high", "target_rir"],
    );
    let max_sets = u64::from(limits::MAX_SETS);
    let sets = walk
        .number(fields, path, "sets", 1, max_sets)
        .map(|sets| sets as u8);
    let top_sets = walk
        .optional_number(fields, path, "max_sets", 1, max_sets)
        .map(|top| top as u8);
    if let (Some(top), Some(sets)) = (top_sets, sets) {
        if top < sets {
            walk.problem(
                &join(path, "max_sets"),
                format!("{top} is fewer than the {sets} sets to start with"),
            );
        }
    }
    let limit = u64::from(limits::max_range(dose));
    let low = walk
        .number(fields, path, "low", 1, limit)
        .map(|low| low as u16);
    let high = walk
        .number(fields, path, "high", 1, limit)
        .map(|high| high as u16);
    if let (Some(low), Some(high)) = (low, high) {
        if low > high {
            walk.problem(
                &join(path, "low"),
                format!("{low} is above the top of the range, {high}"),
            );
        }
    }
    let rir_max = u64::from(rules::RIR_CHOICES_MAX);
    let target_rir = walk.number(fields, path, "target_rir", 0, rir_max);
    Some(Scheme {
        sets: sets?,
        max_sets: top_sets,
        low: low?,
        high: high?,
        target_rir: target_rir? as u8,
    })
}

/// A load: `"bodyweight"`, `{"band": "red"}`, `{"kg": 12.5}` or `{"lb": 25}`.
fn read_load(walk: &mut Walk, value: &Value, path: &str) -> Load {
    const EXPECTED: &str =
        "expected \"bodyweight\", {\"band\": colour}, {\"kg\": number} or {\"lb\": number}";
    match value {
        Value::String(text) if text == "bodyweight" => Load::Bodyweight,
        Value::Object(fields) if fields.len() == 1 => {
            let (key, inner) = fields.iter().next().expect("one field");
            let place = join(path, key);
            match (key.as_str(), inner) {
                ("band", Value::String(colour)) => {
                    let colour = colour.trim();
                    if colour.is_empty() || colour.chars().count() > limits::MAX_BAND_CHARS {
                        walk.problem(
                            &place,
                            format!(
                                "a band colour has 1 to {} characters",
                                limits::MAX_BAND_CHARS
                            ),
                        );
                    }
                    Load::Band(colour.to_string())
                }
                ("kg" | "lb", Value::Number(number)) => {
                    let amount = number.as_f64().unwrap_or(f64::NAN);
                    let mass = if key == "kg" {
                        Mass::from_kg(amount)
                    } else {
                        Mass::from_lb(amount)
                    };
                    if !amount.is_finite() || amount < 0.0 {
                        walk.problem(&place, format!("{number} is not a load"));
                    } else if mass.grams() > limits::MAX_LOAD_G {
                        walk.problem(
                            &place,
                            format!(
                                "{number} is above the limit of {} kg",
                                limits::MAX_LOAD_G / 1000
                            ),
                        );
                    }
                    Load::Mass(mass)
                }
                _ => {
                    walk.problem(path, EXPECTED);
                    Load::Bodyweight
                }
            }
        }
        _ => {
            walk.problem(path, EXPECTED);
            Load::Bodyweight
        }
    }
}

/// A phase: a name, the week it starts, a note and its schemes.
fn read_phase(
    walk: &mut Walk,
    value: &Value,
    path: &str,
    days: &[ProgramDay],
    weeks: u8,
) -> ProgramPhase {
    let mut phase = ProgramPhase {
        name: String::new(),
        from_week: 1,
        note: String::new(),
        schemes: Vec::new(),
    };
    let Some(fields) = walk.object(value, path) else {
        return phase;
    };
    walk.only(fields, path, &["name", "from_week", "note", "schemes"]);
    phase.name = walk.text(fields, path, "name", limits::MAX_NAME_CHARS);
    phase.from_week = walk
        .number(fields, path, "from_week", 1, u64::from(weeks))
        .map_or(1, |week| week as u32);
    phase.note = walk.optional_text(fields, path, "note", limits::MAX_NOTES_CHARS);
    let mut targets = HashSet::new();
    for (index, entry) in list(
        walk,
        fields,
        path,
        "schemes",
        true,
        limits::MAX_PHASE_SCHEMES,
    )
    .iter()
    .enumerate()
    {
        let place = format!("{path}.schemes[{index}]");
        let Some(entry_fields) = walk.object(entry, &place) else {
            continue;
        };
        walk.only(entry_fields, &place, &["for", "scheme"]);
        let Some((target, dose)) =
            read_target(walk, entry_fields.get("for"), &join(&place, "for"), days)
        else {
            continue;
        };
        if !targets.insert(target) {
            walk.problem(
                &join(&place, "for"),
                "the same exercises are given a scheme twice in this phase",
            );
        }
        let scheme = match entry_fields.get("scheme") {
            None => {
                walk.problem(&join(&place, "scheme"), "is missing");
                None
            }
            Some(value) => read_scheme(walk, value, &join(&place, "scheme"), dose),
        };
        if let Some(scheme) = scheme {
            phase.schemes.push(PhaseScheme { target, scheme });
        }
    }
    phase
}

/// What a phase scheme applies to: `{"class": "loaded"}` or `{"day": 0, "slot": 1}` (from 0), and
/// how that is dosed.
fn read_target(
    walk: &mut Walk,
    value: Option<&Value>,
    path: &str,
    days: &[ProgramDay],
) -> Option<(SchemeTarget, DoseKind)> {
    let Some(value) = value else {
        walk.problem(path, "is missing");
        return None;
    };
    let fields = walk.object(value, path)?;
    if let Some(class) = fields.get("class") {
        walk.only(fields, path, &["class"]);
        let Ok(class) = serde_json::from_value::<SlotClass>(class.clone()) else {
            walk.problem(
                &join(path, "class"),
                "expected one of unloaded, loaded, barbell, held, carried",
            );
            return None;
        };
        let dose = match class {
            SlotClass::Held => DoseKind::Seconds,
            SlotClass::Carried => DoseKind::Metres,
            SlotClass::Unloaded | SlotClass::Loaded | SlotClass::Barbell => DoseKind::Reps,
        };
        return Some((SchemeTarget::Class(class), dose));
    }
    walk.only(fields, path, &["day", "slot"]);
    let day = walk.number(fields, path, "day", 0, limits::MAX_DAYS as u64);
    let slot = walk.number(fields, path, "slot", 0, limits::MAX_SLOTS as u64);
    let (day, slot) = (day? as usize, slot? as usize);
    let Some(written) = days.get(day) else {
        walk.problem(
            &join(path, "day"),
            format!(
                "day {day} does not exist (the plan has days 0 to {})",
                days.len().saturating_sub(1)
            ),
        );
        return None;
    };
    let Some(target) = written.slots.get(slot) else {
        walk.problem(
            &join(path, "slot"),
            format!(
                "day {day} has no exercise {slot} (it has {} from 0)",
                written.slots.len()
            ),
        );
        return None;
    };
    let dose =
        catalog::exercise(&target.exercise).map_or(DoseKind::Reps, |exercise| exercise.dose.kind);
    Some((SchemeTarget::Slot { day, slot }, dose))
}
