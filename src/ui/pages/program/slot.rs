//! One exercise of the plan editor: move, remove, swap along its ladder or for another of its
//! movement, and its sets, range, reps in reserve, load, rest and implement, beside the
//! exercise's picture.

use leptos::prelude::*;

use super::editor::Apply;
use crate::domain::catalog::{self, DoseKind, Implement};
use crate::domain::plan::{edit, import, limits};
use crate::domain::program::{Load, Program, Slot};
use crate::domain::rules;
use crate::domain::units::{Mass, Unit};
use crate::ui::components::ExercisePicture;

/// A labelled whole-number input; an empty box gives `None`.
#[component]
pub fn NumberField(
    id: String,
    label: String,
    value: Option<u32>,
    min: u32,
    max: u32,
    set: Callback<Option<u32>>,
) -> impl IntoView {
    view! {
        <div class="number-field">
            <label for=id.clone()>{label}</label>
            <input id=id type="number" inputmode="numeric" min=min max=max step="1"
                prop:value=value.map(|value| value.to_string()).unwrap_or_default()
                on:change=move |event| set.run(event_target_value(&event).trim().parse().ok())/>
        </div>
    }
}

/// Whether an exercise can carry a mass (dumbbell, kettlebell or bar) or a band.
fn carries(exercise: &catalog::Exercise) -> (bool, bool) {
    let mass = exercise.implements().any(|implement| {
        matches!(
            implement,
            Implement::Dumbbell | Implement::Kettlebell | Implement::Barbell | Implement::TrapBar
        )
    });
    (mass, exercise.allows(Implement::Band))
}

/// One exercise of a day, with its controls.
#[component]
pub fn SlotEditor(
    day: usize,
    index: usize,
    written: Slot,
    count: usize,
    unit: Unit,
    program: Memo<Option<Program>>,
    apply: Apply,
) -> impl IntoView {
    let slot = written;
    let Some(exercise) = catalog::exercise(&slot.exercise) else {
        return view! { <p>{slot.exercise.clone()}</p> }.into_any();
    };
    let name = exercise.name;
    let change = move |what: String, change: &dyn Fn(&Program) -> Option<Program>| {
        if let Some(next) = program.get_untracked().as_ref().and_then(change) {
            apply.run((what, next));
        }
    };
    let set_slot = move |what: &'static str, write: Box<dyn Fn(&mut Slot)>| {
        change(format!("{what} of {name}"), &|current| {
            let mut next = current.clone();
            write(next.days.get_mut(day)?.slots.get_mut(index)?);
            Some(next)
        });
    };
    let field = move |key: &str,
                      label: &str,
                      value: Option<u32>,
                      min: u32,
                      max: u32,
                      what: &'static str,
                      write: fn(&mut Slot, Option<u32>)| {
        view! {
            <NumberField id=format!("d{day}s{index}-{key}") label=label.to_string() value min max
                set=Callback::new(move |number: Option<u32>| set_slot(what, Box::new(move |slot| write(slot, number))))/>
        }
    };
    let scheme = slot.scheme;
    let range_max = u32::from(limits::max_range(exercise.dose.kind));
    let unit_word = match exercise.dose.kind {
        DoseKind::Reps => "reps",
        DoseKind::Seconds => "seconds",
        DoseKind::Metres => "metres",
    };
    let (takes_mass, takes_band) = carries(exercise);
    let load_field = if takes_mass {
        let shown = match &slot.load {
            Load::Mass(mass) => format!("{}", (mass.in_unit(unit) * 100.0).round() / 100.0),
            _ => String::new(),
        };
        let id = format!("d{day}s{index}-load");
        Some(view! {
            <div class="number-field">
                <label for=id.clone()>"Load (" {unit.label()} ")"</label>
                <input id=id type="number" inputmode="decimal" min="0" step="any" prop:value=shown
                    on:change=move |event| {
                        let text = event_target_value(&event);
                        let load = text.trim().parse::<f64>().ok().filter(|value| value.is_finite() && *value > 0.0)
                            .map_or(Load::Bodyweight, |value| Load::Mass(Mass::from_unit(value, unit)));
                        set_slot("the load", Box::new(move |slot| slot.load = load.clone()));
                    }/>
            </div>
        }.into_any())
    } else if takes_band {
        let shown = match &slot.load {
            Load::Band(colour) => colour.clone(),
            _ => String::new(),
        };
        let id = format!("d{day}s{index}-band");
        Some(view! {
            <div class="number-field">
                <label for=id.clone()>"Band colour"</label>
                <input id=id type="text" maxlength=limits::MAX_BAND_CHARS prop:value=shown
                    on:change=move |event| {
                        let colour = event_target_value(&event).trim().to_string();
                        let load = if colour.is_empty() { Load::Bodyweight } else { Load::Band(colour) };
                        set_slot("the band", Box::new(move |slot| slot.load = load.clone()));
                    }/>
            </div>
        }.into_any())
    } else {
        None
    };
    let implements: Vec<Implement> = exercise.implements().collect();
    let implement_field = (implements.len() > 1).then(|| {
        let id = format!("d{day}s{index}-implement");
        let current = slot.implement.unwrap_or(exercise.implement);
        view! {
            <div class="number-field">
                <label for=id.clone()>"Done with"</label>
                <select id=id on:change=move |event| {
                    let chosen = event_target_value(&event);
                    let implement = implements.iter().copied().find(|implement| implement.label() == chosen);
                    let usual = exercise.implement;
                    set_slot("the implement", Box::new(move |slot| slot.implement = implement.filter(|implement| *implement != usual)));
                }>
                    {exercise.implements().map(|implement| view! {
                        <option value=implement.label() selected=implement == current>{implement.label()}</option>
                    }).collect_view()}
                </select>
            </div>
        }
    });
    let swap_id = format!("d{day}s{index}-swap");
    let candidates = edit::swap_candidates(exercise.id);
    view! {
        <div class="slot-edit">
            <div class="slot-head">
                <ExercisePicture id=exercise.id compact=true />
                <div>
                    <strong>{name}</strong>
                    <p class="small muted">{import::slot_work(&slot, unit)}</p>
                </div>
            </div>
            <div class="actions">
                <button class="secondary" disabled={index == 0} aria-label=format!("Move {name} up")
                    on:click=move |_| change(format!("moving {name}"), &|current| edit::move_slot(current, day, index, true))>"Up"</button>
                <button class="secondary" disabled={index + 1 >= count} aria-label=format!("Move {name} down")
                    on:click=move |_| change(format!("moving {name}"), &|current| edit::move_slot(current, day, index, false))>"Down"</button>
                <button class="secondary" disabled={count <= 1} aria-label=format!("Remove {name}")
                    on:click=move |_| change(format!("removing {name}"), &|current| edit::remove_slot(current, day, index))>"Remove"</button>
            </div>
            <label for=swap_id.clone()>"Change " {name} " for"</label>
            <select id=swap_id on:change=move |event| {
                if let Some(other) = catalog::exercise(&event_target_value(&event)) {
                    change(format!("changing {name} for {}", other.name), &|current| edit::swap(current, day, index, other));
                }
            }>
                <option value="">"Keep " {name}</option>
                {candidates.into_iter().map(|candidate| view! {
                    <option value=candidate.exercise.id>{candidate.exercise.name} " (" {candidate.kind.label()} ")"</option>
                }).collect_view()}
            </select>
            <div class="slot-fields">
                {field("sets", "Sets", Some(u32::from(scheme.sets)), 1, u32::from(limits::MAX_SETS), "the sets", |slot, sets| if let Some(sets) = sets { slot.scheme.sets = sets as u8 })}
                {field("max-sets", "Most sets", scheme.max_sets.map(u32::from), 1, u32::from(limits::MAX_SETS), "the most sets", |slot, top| slot.scheme.max_sets = top.map(|top| top as u8))}
                {field("low", &format!("Fewest {unit_word}"), Some(u32::from(scheme.low)), 1, range_max, "the range", |slot, low| if let Some(low) = low { slot.scheme.low = low as u16 })}
                {field("high", &format!("Most {unit_word}"), Some(u32::from(scheme.high)), 1, range_max, "the range", |slot, high| if let Some(high) = high { slot.scheme.high = high as u16 })}
                {(exercise.dose.kind == DoseKind::Reps).then(|| field("rir", "Reps in reserve", Some(u32::from(scheme.target_rir)), 0, u32::from(rules::RIR_CHOICES_MAX), "the reps in reserve", |slot, rir| if let Some(rir) = rir { slot.scheme.target_rir = rir as u8 }))}
                {field("rest", "Rest (seconds)", slot.rest_seconds.map(u32::from), 0, u32::from(limits::MAX_REST_SECONDS), "the rest", |slot, rest| slot.rest_seconds = rest.map(|rest| rest as u16))}
                {load_field}
                {implement_field}
            </div>
        </div>
    }
    .into_any()
}
