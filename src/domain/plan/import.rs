//! What importing a plan would do, before anything is saved: the plan fitted to the person's
//! equipment (an exercise they cannot do becomes a named alternative, else the nearest rung of its
//! ladder they can do), what that changed, values worth a second look, and whether the same plan
//! is already kept (importing twice adds nothing).

use crate::domain::catalog::{self, Exercise, Implement};
use crate::domain::equipment::Inventory;
use crate::domain::ladder;
use crate::domain::profile::Profile;
use crate::domain::program::{Load, Program, ProgramPhase, SchemeTarget, Slot};
use crate::domain::rules;
use crate::domain::units::Unit;

/// One exercise as the preview shows it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PreviewLine {
    /// The exercise's catalog id.
    pub exercise: String,
    /// The exercise's name.
    pub name: String,
    /// "2–3 × 12–15 reps · 8 kg · about 2 in reserve · rest 90 s".
    pub work: String,
}

/// One day as the preview shows it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PreviewDay {
    /// The day's name.
    pub name: String,
    /// Its exercises.
    pub lines: Vec<PreviewLine>,
}

/// Everything the import preview shows.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Preview {
    /// The plan as it would be saved: fitted to the person's equipment.
    pub program: Program,
    /// The days as they will look, in the person's units.
    pub days: Vec<PreviewDay>,
    /// What was changed to fit the equipment, a sentence each.
    pub changes: Vec<String>,
    /// Exercises that cannot be done with the person's equipment even after fitting.
    pub cannot_do: Vec<String>,
    /// Values worth a second look, a sentence each.
    pub suspicious: Vec<String>,
    /// True when the same plan is already the current one or a kept one.
    pub already_kept: bool,
}

/// The scheme, load, effort and rest of a slot in one line, in `unit`.
pub fn slot_work(slot: &Slot, unit: Unit) -> String {
    let scheme = slot.scheme;
    let dose = catalog::exercise(&slot.exercise).map(|exercise| exercise.dose);
    let range = dose.map_or_else(
        || format!("{}–{}", scheme.low, scheme.high),
        |dose| {
            let range = dose.kind.range(scheme.low, scheme.high);
            if dose.per_side {
                format!("{range} each side")
            } else {
                range
            }
        },
    );
    let sets = if scheme.top_sets() > scheme.sets {
        format!("{}–{}", scheme.sets, scheme.top_sets())
    } else {
        scheme.sets.to_string()
    };
    let mut line = format!("{sets} × {range} · {}", slot.load.show(unit));
    if dose.is_none_or(|dose| dose.kind == catalog::DoseKind::Reps) {
        line.push_str(&format!(" · about {} in reserve", scheme.target_rir));
    }
    if let Some(implement) = slot.implement {
        line.push_str(&format!(" · with a {}", implement.label()));
    }
    if let Some(rest) = slot.rest_seconds {
        line.push_str(&format!(" · rest {rest} s"));
    }
    line
}

/// The days of a program as lines, in `unit`.
pub fn days(program: &Program, unit: Unit) -> Vec<PreviewDay> {
    program
        .days
        .iter()
        .map(|day| PreviewDay {
            name: day.name.clone(),
            lines: day
                .slots
                .iter()
                .map(|slot| PreviewLine {
                    exercise: slot.exercise.clone(),
                    name: catalog::name_of(&slot.exercise),
                    work: slot_work(slot, unit),
                })
                .collect(),
        })
        .collect()
}

/// The preview of importing `plan` for a person with `profile`, beside `kept` plans (the current
/// one among them).
pub fn preview(plan: &Program, profile: Option<&Profile>, kept: &[&Program]) -> Preview {
    let unit = profile.map_or(Unit::Kg, |profile| profile.unit);
    let mut program = plan.clone();
    let mut changes = Vec::new();
    let mut cannot_do = Vec::new();
    if let Some(profile) = profile {
        for day in &mut program.days {
            for slot in &mut day.slots {
                fit(
                    slot,
                    &profile.inventory,
                    &day.name,
                    &mut changes,
                    &mut cannot_do,
                );
            }
        }
    }
    let suspicious = suspicious(&program, profile);
    let already_kept = kept
        .iter()
        .any(|other| super::same_plan(other, &program) || super::same_plan(other, plan));
    Preview {
        days: days(&program, unit),
        program,
        changes,
        cannot_do,
        suspicious,
        already_kept,
    }
}

/// Fits one slot to the equipment: a named alternative first, else the nearest rung of the same
/// ladder (easier first), saying what changed.
fn fit(
    slot: &mut Slot,
    inventory: &Inventory,
    day: &str,
    changes: &mut Vec<String>,
    cannot_do: &mut Vec<String>,
) {
    let Some(exercise) = catalog::exercise(&slot.exercise) else {
        return;
    };
    if inventory.can_do(exercise) {
        return;
    }
    let replacement = slot
        .alternatives
        .iter()
        .filter_map(|id| catalog::exercise(id))
        .find(|other| inventory.can_do(other))
        .map(|other| (other, "the alternative the plan names"))
        .or_else(|| {
            nearest_rung(exercise, inventory).map(|other| {
                (
                    other,
                    "the nearest step of the same exercise family you can do",
                )
            })
        });
    let needs = missing(exercise, inventory);
    let Some((other, why)) = replacement else {
        cannot_do.push(format!(
            "{day}: {} needs {needs}, and no other version fits your equipment.",
            exercise.name
        ));
        return;
    };
    changes.push(format!(
        "{day}: {} needs {needs}, so it becomes {} ({why}).",
        exercise.name, other.name
    ));
    let mut alternatives: Vec<String> = vec![exercise.id.to_string()];
    alternatives.extend(
        slot.alternatives
            .iter()
            .filter(|id| *id != other.id)
            .cloned(),
    );
    slot.pattern = other.pattern;
    slot.ladder = other.ladder.to_string();
    slot.exercise = other.id.to_string();
    slot.implement = None;
    slot.alternatives = alternatives;
    if other.implement == Implement::Bodyweight || !matches!(slot.load, Load::Mass(_)) {
        slot.load = Load::Bodyweight;
    }
}

/// The nearest rung of the exercise's ladder the person can do, easier rungs first.
fn nearest_rung(exercise: &Exercise, inventory: &Inventory) -> Option<&'static Exercise> {
    let (ladder, position) = ladder::rung_of(exercise.id)?;
    let below = ladder.rungs[..position].iter().rev();
    let above = ladder.rungs[position + 1..].iter();
    below
        .chain(above)
        .filter_map(|id| catalog::exercise(id))
        .find(|other| inventory.can_do(other))
}

/// What the person lacks for an exercise, in words.
fn missing(exercise: &Exercise, inventory: &Inventory) -> String {
    let needs: Vec<&str> = exercise
        .needs
        .iter()
        .filter(|need| !inventory.has(**need))
        .map(|need| need.label())
        .collect();
    if needs.is_empty() {
        let implements: Vec<String> = exercise
            .implements()
            .map(|implement| format!("a {}", implement.label()))
            .collect();
        implements.join(" or ")
    } else {
        needs.join(" and ")
    }
}

/// Values worth a second look before training on them.
fn suspicious(program: &Program, profile: Option<&Profile>) -> Vec<String> {
    let mut notes = Vec::new();
    for day in &program.days {
        for slot in &day.slots {
            let name = catalog::name_of(&slot.exercise);
            let place = format!("{}: {name}", day.name);
            if slot.scheme.target_rir < rules::PROGRESS_MIN_RIR {
                notes.push(format!(
                    "{place} asks for sets taken to failure (nothing left in reserve); Durable's own plans always keep at least {} in reserve.",
                    rules::PROGRESS_MIN_RIR
                ));
            }
            if slot.scheme.top_sets() > rules::BARBELL_MAX_SETS {
                notes.push(format!(
                    "{place} has {} sets, more than Durable's own plans ever use ({}).",
                    slot.scheme.top_sets(),
                    rules::BARBELL_MAX_SETS
                ));
            }
            if catalog::exercise(&slot.exercise).is_some_and(Exercise::barbell_gated) {
                notes.push(format!(
                    "{place} is a barbell lift: the app offers it after some weeks of steady, settled training on the step below, and gives that easier step until then."
                ));
            }
            if let (Load::Mass(mass), Some(weight)) =
                (&slot.load, profile.and_then(|profile| profile.bodyweight))
            {
                if mass.grams() > weight.grams() {
                    notes.push(format!(
                        "{place} starts at {}, more than your body weight.",
                        profile.map_or(Unit::Kg, |p| p.unit).show(*mass)
                    ));
                }
            }
        }
    }
    notes
}

/// What one phase asks for, in a line: "From week 5, Strength: dumbbell, kettlebell and trap-bar
/// exercises 2–3 × 6–10; timed holds 2–3 × 20–30". An exercise's own entry names its place.
pub fn phase_line(phase: &ProgramPhase) -> String {
    let schemes: Vec<String> = phase
        .schemes
        .iter()
        .map(|entry| {
            let scheme = entry.scheme;
            let sets = if scheme.top_sets() > scheme.sets {
                format!("{}–{}", scheme.sets, scheme.top_sets())
            } else {
                scheme.sets.to_string()
            };
            let whom = match entry.target {
                SchemeTarget::Class(class) => class.label().to_string(),
                SchemeTarget::Slot { day, slot } => {
                    format!("day {} exercise {}", day + 1, slot + 1)
                }
            };
            format!("{whom} {sets} × {}–{}", scheme.low, scheme.high)
        })
        .collect();
    format!(
        "From week {}, {}: {}",
        phase.from_week,
        phase.name,
        schemes.join("; ")
    )
}
