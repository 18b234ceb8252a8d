//! The plan editor: name, author and notes, days and their exercises (added, removed and moved with
//! buttons that work by keyboard and screen reader), and phases. Every change is checked by the
//! plan rules, saved at once, and can be undone.

use leptos::prelude::*;

use super::slot::{NumberField, SlotEditor};
use crate::domain::catalog::{self, Pattern};
use crate::domain::plan::{self, edit, limits};
use crate::domain::program::Program;
use crate::domain::units::Unit;
use crate::ui::state::AppState;

/// A change to apply: what it was, in words, and the program after it.
pub type Apply = Callback<(String, Program)>;

/// The editor of the current plan.
#[component]
pub fn Editor() -> impl IntoView {
    let state = expect_context::<AppState>();
    let program = Memo::new(move |_| state.with_data(|data| data.program.clone()));
    let unit = Memo::new(move |_| {
        state.with_data(|data| {
            data.profile
                .as_ref()
                .map_or(Unit::Kg, |profile| profile.unit)
        })
    });
    let history = RwSignal::new(Vec::<(String, Program)>::new());
    let said = RwSignal::new(String::new());
    let apply: Apply = Callback::new(move |(what, next): (String, Program)| {
        if let Some(problem) = plan::problems(&next).into_iter().next() {
            said.set(format!("Not saved: {problem}."));
            return;
        }
        let Some(before) = program.get_untracked() else {
            return;
        };
        if before == next {
            return;
        }
        if state.save(|store| store.save_program(&next)) {
            said.set(format!("Saved: {what}."));
            history.update(|past| past.push((what, before)));
        }
    });
    let undo = move |_| {
        let Some((what, before)) = history.with_untracked(|past| past.last().cloned()) else {
            return;
        };
        if state.save(|store| store.save_program(&before)) {
            history.update(|past| {
                past.pop();
            });
            said.set(format!("Undone: {what}."));
        }
    };
    let text_field = move |id: &'static str,
                           label: &'static str,
                           max: usize,
                           read: fn(&Program) -> String,
                           write: fn(&mut Program, String)| {
        view! {
            <label for=id>{label}</label>
            <input id=id type="text" dir="auto" maxlength=max prop:value=move || program.get().map(|program| read(&program)).unwrap_or_default()
                on:change=move |event| {
                    let Some(mut next) = program.get_untracked() else { return };
                    write(&mut next, event_target_value(&event));
                    apply.run((format!("the {}", label.to_lowercase()), next));
                }/>
        }
    };
    view! {
        <section class="card no-print editor" aria-labelledby="edit-plan">
            <h2 id="edit-plan">"Change your plan"</h2>
            <p class="hint">"Each change is saved at once. Undo takes back the last one."</p>
            <div class="actions sticky-undo">
                <button class="secondary" on:click=undo disabled=move || history.with(Vec::is_empty)>
                    {move || history.with(|past| past.last().map_or_else(|| "Undo".to_string(), |(what, _)| format!("Undo {what}")))}
                </button>
            </div>
            <p role="status" aria-live="polite" class="small">{move || said.get()}</p>
            {text_field("plan-name", "Name", limits::MAX_NAME_CHARS, |program| program.name.clone(), |program, text| program.name = text)}
            {text_field("plan-author", "Author", limits::MAX_AUTHOR_CHARS, |program| program.author.clone(), |program, text| program.author = text)}
            <label for="plan-notes">"Notes"</label>
            <textarea id="plan-notes" rows="3" dir="auto" maxlength=limits::MAX_NOTES_CHARS
                prop:value=move || program.get().map(|program| program.notes).unwrap_or_default()
                on:change=move |event| {
                    let Some(mut next) = program.get_untracked() else { return };
                    next.notes = event_target_value(&event);
                    apply.run(("the notes".to_string(), next));
                }></textarea>
            {move || program.get().map(|current| {
                let count = current.days.len();
                current.days.iter().enumerate().map(|(day, written)| view! {
                    <DayEditor day name=written.name.clone() count slots=written.slots.len() program unit apply/>
                }).collect_view()
            })}
            <div class="actions">
                <button class="secondary" on:click=move |_| {
                    if let Some(next) = program.get_untracked().as_ref().and_then(edit::add_day) {
                        apply.run(("a new day".to_string(), next));
                    }
                }>"Add a day"</button>
            </div>
            <PhasesEditor program apply/>
        </section>
    }
}

/// One day: its name, its exercises, and the buttons that move or remove it.
#[component]
fn DayEditor(
    day: usize,
    name: String,
    count: usize,
    slots: usize,
    program: Memo<Option<Program>>,
    unit: Memo<Unit>,
    apply: Apply,
) -> impl IntoView {
    let chosen = RwSignal::new(String::new());
    let change = move |what: String, change: &dyn Fn(&Program) -> Option<Program>| {
        if let Some(next) = program.get_untracked().as_ref().and_then(change) {
            apply.run((what, next));
        }
    };
    let shown = name.clone();
    let add = move |_| {
        let id = chosen.get_untracked();
        if let Some(exercise) = catalog::exercise(&id) {
            change(format!("adding {}", exercise.name), &|current| {
                edit::add_slot(current, day, exercise)
            });
        }
    };
    let options = Pattern::ALL.iter().map(|pattern| view! {
        <optgroup label=pattern.label()>
            {catalog::EXERCISES.iter().filter(|exercise| exercise.pattern == *pattern).map(|exercise| view! {
                <option value=exercise.id>{exercise.name}</option>
            }).collect_view()}
        </optgroup>
    }).collect_view();
    let day_id = format!("day-{day}-name");
    let add_id = format!("day-{day}-add");
    view! {
        <section class="day-edit" aria-label=format!("Day {}: {}", day + 1, name)>
            <label for=day_id.clone()>"Day " {day + 1} " name"</label>
            <input id=day_id type="text" dir="auto" maxlength=limits::MAX_NAME_CHARS prop:value=name.clone()
                on:change=move |event| {
                    let text = event_target_value(&event);
                    change("the day's name".to_string(), &|current| {
                        let mut next = current.clone();
                        next.days.get_mut(day)?.name = text.clone();
                        Some(next)
                    });
                }/>
            <div class="actions">
                <button class="secondary" disabled={day == 0} aria-label=format!("Move up: {shown}")
                    on:click=move |_| change("moving a day".to_string(), &|current| edit::move_day(current, day, true))>"Move up"</button>
                <button class="secondary" disabled={day + 1 >= count} aria-label=format!("Move down: {name}")
                    on:click=move |_| change("moving a day".to_string(), &|current| edit::move_day(current, day, false))>"Move down"</button>
                <button class="secondary" disabled={count <= 1} aria-label=format!("Remove day {}", day + 1)
                    on:click=move |_| change("removing a day".to_string(), &|current| edit::remove_day(current, day))>"Remove day"</button>
            </div>
            <ol class="slot-list">
                {move || program.get().and_then(|current| current.days.get(day).cloned()).map(|written| {
                    written.slots.into_iter().enumerate().map(|(index, slot)| view! {
                        <li><SlotEditor day index written=slot count=slots unit=unit.get() program apply/></li>
                    }).collect_view()
                })}
            </ol>
            <label for=add_id.clone()>"Add an exercise to day " {day + 1}</label>
            <select id=add_id on:change=move |event| chosen.set(event_target_value(&event))>
                <option value="">"Choose an exercise"</option>
                {options}
            </select>
            <div class="actions">
                <button class="secondary" on:click=add disabled=move || chosen.with(String::is_empty)>"Add this exercise"</button>
            </div>
        </section>
    }
}

/// The phases: name, first week and note of each; add and remove.
#[component]
fn PhasesEditor(program: Memo<Option<Program>>, apply: Apply) -> impl IntoView {
    let change = move |what: &str, change: &dyn Fn(&Program) -> Option<Program>| {
        if let Some(next) = program.get_untracked().as_ref().and_then(change) {
            apply.run((what.to_string(), next));
        }
    };
    view! {
        <h3>"Phases"</h3>
        <p class="hint">"From a given week, a phase sets the sets and range of each kind of exercise. Without phases, each exercise keeps its own."</p>
        {move || program.get().map(|current| current.phases.iter().enumerate().map(|(index, phase)| {
            let name_id = format!("phase-{index}-name");
            let note_id = format!("phase-{index}-note");
            let weeks = u32::from(current.weeks);
            let summary = crate::domain::plan::import::phase_line(phase);
            view! {
                <div class="phase-edit">
                    <label for=name_id.clone()>"Phase " {index + 1} " name"</label>
                    <input id=name_id type="text" dir="auto" maxlength=limits::MAX_NAME_CHARS prop:value=phase.name.clone()
                        on:change=move |event| {
                            let text = event_target_value(&event);
                            change("a phase's name", &|current| { let mut next = current.clone(); next.phases.get_mut(index)?.name = text.clone(); Some(next) });
                        }/>
                    <NumberField id=format!("phase-{index}-week") label="Starts in week".to_string() value=Some(phase.from_week) min=1 max=weeks
                        set=Callback::new(move |week: Option<u32>| {
                            change("a phase's first week", &|current| { let mut next = current.clone(); next.phases.get_mut(index)?.from_week = week?; Some(next) });
                        })/>
                    <label for=note_id.clone()>"What it is for"</label>
                    <input id=note_id type="text" dir="auto" maxlength=limits::MAX_NOTES_CHARS prop:value=phase.note.clone()
                        on:change=move |event| {
                            let text = event_target_value(&event);
                            change("a phase's note", &|current| { let mut next = current.clone(); next.phases.get_mut(index)?.note = text.clone(); Some(next) });
                        }/>
                    <p class="small muted">{summary}</p>
                    <PhaseSchemes index phase=phase.clone() program apply/>
                    <button class="secondary" aria-label=format!("Remove phase {}", index + 1)
                        on:click=move |_| change("removing a phase", &|current| edit::remove_phase(current, index))>"Remove phase"</button>
                </div>
            }
        }).collect_view())}
        <div class="actions">
            <button class="secondary" on:click=move |_| change("a new phase", &edit::add_phase)>"Add a phase"</button>
        </div>
    }
}

/// The schemes of one phase, each with its sets, most sets and range.
#[component]
fn PhaseSchemes(
    index: usize,
    phase: crate::domain::program::ProgramPhase,
    program: Memo<Option<Program>>,
    apply: Apply,
) -> impl IntoView {
    let set = move |entry: usize,
                    write: fn(&mut crate::domain::program::Scheme, Option<u32>),
                    number: Option<u32>| {
        let Some(mut next) = program.get_untracked() else {
            return;
        };
        let Some(scheme) = next
            .phases
            .get_mut(index)
            .and_then(|phase| phase.schemes.get_mut(entry))
        else {
            return;
        };
        write(&mut scheme.scheme, number);
        apply.run((format!("the schemes of {}", phase_name(&next, index)), next));
    };
    phase
        .schemes
        .iter()
        .enumerate()
        .map(|(entry, written)| {
            let whom = match written.target {
                crate::domain::program::SchemeTarget::Class(class) => class.label().to_string(),
                crate::domain::program::SchemeTarget::Slot { day, slot } => format!("day {} exercise {}", day + 1, slot + 1),
            };
            let scheme = written.scheme;
            let id = move |key: &str| format!("phase-{index}-{entry}-{key}");
            let max_sets = u32::from(limits::MAX_SETS);
            let max_range = u32::from(limits::MAX_METRES);
            view! {
                <fieldset class="phase-scheme">
                    <legend>{whom}</legend>
                    <div class="slot-fields">
                        <NumberField id=id("sets") label="Sets".to_string() value=Some(u32::from(scheme.sets)) min=1 max=max_sets
                            set=Callback::new(move |number| set(entry, |scheme, number| if let Some(sets) = number { scheme.sets = sets as u8 }, number))/>
                        <NumberField id=id("max") label="Most sets".to_string() value=scheme.max_sets.map(u32::from) min=1 max=max_sets
                            set=Callback::new(move |number| set(entry, |scheme, number| scheme.max_sets = number.map(|top| top as u8), number))/>
                        <NumberField id=id("low") label="From".to_string() value=Some(u32::from(scheme.low)) min=1 max=max_range
                            set=Callback::new(move |number| set(entry, |scheme, number| if let Some(low) = number { scheme.low = low as u16 }, number))/>
                        <NumberField id=id("high") label="To".to_string() value=Some(u32::from(scheme.high)) min=1 max=max_range
                            set=Callback::new(move |number| set(entry, |scheme, number| if let Some(high) = number { scheme.high = high as u16 }, number))/>
                    </div>
                </fieldset>
            }
        })
        .collect_view()
}

/// A phase's name, for the undo button.
fn phase_name(program: &Program, index: usize) -> String {
    program.phases.get(index).map_or_else(
        || "a phase".to_string(),
        |phase| format!("“{}”", phase.name),
    )
}
