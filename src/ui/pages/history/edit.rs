//! One session from History: its date and time, each exercise's sets, pain and notes, all
//! editable; saved in one go; deleted with an undo.

use std::collections::BTreeMap;

use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

use crate::domain::limits::{load_mass, reps_in_reserve, set_value};
use crate::domain::log::{Session, SetLog};
use crate::domain::program::Load;
use crate::domain::{engine, history};
use crate::ui::href;
use crate::ui::state::{now, AppState, Deleted};

/// The session `:id` of the log.
#[component]
pub fn HistorySession() -> impl IntoView {
    let state = expect_context::<AppState>();
    let id = use_params_map()
        .read_untracked()
        .get("id")
        .unwrap_or_default();
    let found = state.with_data(|data| {
        data.sessions
            .iter()
            .find(|session| session.id == id)
            .cloned()
    });
    let Some(original) = found else {
        return view! {
            <h1>"Session not found"</h1>
            <p>"It may have been deleted. Your other data is safe."</p>
            <p><a class="button" href=href("/history")>"Back to history"</a></p>
        }
        .into_any();
    };
    let unit = state.with_data(|data| {
        data.profile
            .as_ref()
            .map(|profile| profile.unit)
            .unwrap_or_default()
    });
    let title = state.with_data(|data| history::session_title(&original, data.program.as_ref()));
    // Loads for sets added here: the last set's, else what the plan gives that exercise now.
    let plan_loads = state.with_data(|data| {
        engine::prescribe(data, original.started.date())
            .days
            .get(original.day)
            .map(|day| {
                day.slots
                    .iter()
                    .map(|slot| (slot.slot, slot.load.clone()))
                    .collect::<Vec<_>>()
            })
            .unwrap_or_default()
    });
    let draft = RwSignal::new(original.clone());
    let date = RwSignal::new(original.started.format("%Y-%m-%d").to_string());
    let time = RwSignal::new(original.started.format("%H:%M").to_string());
    let (message, set_message) = signal(None::<String>);
    let (error, set_error) = signal(None::<String>);
    let deleted = {
        let id = id.clone();
        move || {
            state.deleted.with(
                |deleted| matches!(deleted, Some(Deleted::Session(session)) if session.id == id),
            )
        }
    };
    let fields = Fields::default();

    let save = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        let started = match history::when(&date.get_untracked(), &time.get_untracked(), now()) {
            Ok(started) => started,
            Err(text) => return set_error.set(Some(text.to_string())),
        };
        if fields.with_untracked(|fields| !fields.is_empty()) {
            set_message.set(None);
            return set_error.set(Some(
                "Correct the marked fields first. Nothing was saved.".to_string(),
            ));
        }
        let mut session = draft.get_untracked();
        session.started = started;
        set_error.set(None);
        if state.save(|store| store.save_session(&session)) {
            draft.set(session);
            set_message.set(Some("Saved.".to_string()));
        }
    };
    // The stored session is deleted (an unsaved change is not kept); undo puts it back as stored.
    let delete = move |_| {
        let stored = state.with_data(|data| {
            let id = draft.with_untracked(|session| session.id.clone());
            data.sessions
                .iter()
                .find(|session| session.id == id)
                .cloned()
        });
        if let Some(session) = stored {
            state.delete(Deleted::Session(session));
        }
    };
    let undo = move |_| {
        if state.undo_delete() {
            set_message.set(Some("The session is back.".to_string()));
        }
    };

    view! {
        <h1>{title}</h1>
        <Show when=deleted fallback=move || {
            let plan_loads = plan_loads.clone();
            view! {
                <form on:submit=save>
                    <div class="two">
                        <div>
                            <label for="session-date">"Day"</label>
                            <input id="session-date" type="date" prop:value=move || date.get() on:input=move |event| date.set(event_target_value(&event))/>
                        </div>
                        <div>
                            <label for="session-time">"Time"</label>
                            <input id="session-time" type="time" prop:value=move || time.get() on:input=move |event| time.set(event_target_value(&event))/>
                        </div>
                    </div>
                    {move || {
                        let count = draft.with(|session| session.exercises.len());
                        (0..count).map(|index| exercise_editor(draft, index, unit, plan_loads.clone(), fields)).collect_view()
                    }}
                    <label for="pain-after">"Pain right after, 0–10"</label>
                    <select id="pain-after" on:change=move |event| {
                        let value = event_target_value(&event).parse::<u8>().ok();
                        draft.update(|session| session.pain_after = value);
                    }>
                        <option value="" selected=move || draft.with(|session| session.pain_after.is_none())>"Not rated"</option>
                        {(0..=10u8).map(|pain| view! { <option value=pain.to_string() selected=move || draft.with(|session| session.pain_after == Some(pain))>{pain}</option> }).collect_view()}
                    </select>
                    <label for="session-notes">"Notes"</label>
                    <textarea id="session-notes" rows="3" prop:value=move || draft.with(|session| session.notes.clone()) on:input=move |event| draft.update(|session| session.notes = event_target_value(&event))></textarea>
                    {move || error.get().map(|text| view! { <p class="notice error" role="alert">{text}</p> })}
                    {move || message.get().map(|text| view! { <p class="notice info" role="status">{text}</p> })}
                    <div class="actions">
                        <button type="submit">"Save changes"</button>
                        <button type="button" class="danger" on:click=delete>"Delete this session"</button>
                    </div>
                </form>
            }
        }>
            {super::deleted_notice("The session was deleted.", undo)}
        </Show>
        <p><a class="inline-tap" href=href("/history")>"All sessions"</a></p>
    }
    .into_any()
}

/// The fields of the sets that read badly, by input id: what was typed and what to fix. While any
/// is here, nothing is saved.
type Fields = RwSignal<BTreeMap<String, (String, String)>>;

/// Which set of the draft a field edits, and where its marks go.
#[derive(Clone, Copy)]
struct SetAt {
    draft: RwSignal<Session>,
    fields: Fields,
    index: usize,
    number: usize,
}

/// One typed set value: read with `read`, kept in the draft when it reads well, otherwise marked
/// at its field with the message and the text left as typed.
fn set_field<T: 'static>(
    at: SetAt,
    id: String,
    label: String,
    shown: String,
    inputmode: &'static str,
    read: impl Fn(&str) -> Result<T, String> + 'static,
    write: impl Fn(&mut SetLog, T) + 'static,
) -> impl IntoView {
    let SetAt {
        draft,
        fields,
        index,
        number,
    } = at;
    let error_id = format!("{id}-error");
    let key = id.clone();
    let typed = {
        let key = key.clone();
        move || fields.with(|fields| fields.get(&key).map(|(text, _)| text.clone()))
    };
    let message = {
        let key = key.clone();
        move || fields.with(|fields| fields.get(&key).map(|(_, message)| message.clone()))
    };
    let invalid = {
        let key = key.clone();
        move || {
            fields
                .with(|fields| fields.contains_key(&key))
                .then_some("true")
        }
    };
    let change = move |event: leptos::ev::Event| {
        let text = event_target_value(&event);
        match read(&text) {
            Ok(value) => {
                fields.update(|fields| {
                    fields.remove(&key);
                });
                draft.update(|session| write(&mut session.exercises[index].sets[number], value));
            }
            Err(message) => fields.update(|fields| {
                fields.insert(key.clone(), (text, message));
            }),
        }
    };
    view! {
        <div class="field">
            <label for=id.clone()>{label}</label>
            <input id=id type="text" inputmode=inputmode aria-describedby=error_id.clone() aria-invalid=invalid
                prop:value=move || typed().unwrap_or_else(|| shown.clone()) on:change=change/>
            <p id=error_id class="field-error">{message}</p>
        </div>
    }
}

/// The sets of exercise `index`: each count, load (when it is a weight) and reps in reserve (when
/// counted in reps) editable, each set removable; one more added.
fn exercise_editor(
    draft: RwSignal<Session>,
    index: usize,
    unit: crate::domain::units::Unit,
    plan_loads: Vec<(usize, Load)>,
    fields: Fields,
) -> impl IntoView {
    let log = draft.with_untracked(|session| session.exercises[index].clone());
    let name = history::exercise_name(&log);
    let reserve = history::has_reserve(&log);
    let sets = log.sets.clone();
    let next_load = log
        .sets
        .last()
        .map(|set| set.load.clone())
        .or_else(|| {
            plan_loads
                .iter()
                .find(|(slot, _)| *slot == log.slot)
                .map(|(_, load)| load.clone())
        })
        .unwrap_or_default();
    let adding = RwSignal::new(String::new());
    let (add_error, set_add_error) = signal(None::<String>);
    let add_id = format!("add-{index}");
    let add = move |_| match set_value(&adding.get_untracked()) {
        Ok(value) => {
            let load = next_load.clone();
            draft.update(|session| {
                session.exercises[index].sets.push(SetLog {
                    value,
                    load,
                    rir: None,
                })
            });
            adding.set(String::new());
            set_add_error.set(None);
        }
        Err(text) => set_add_error.set(Some(text)),
    };
    // Removing a set renumbers the ones after it: their marks go with the exercise's others.
    let remove = move |number: usize| {
        let prefix = format!("-{index}-");
        fields.update(|fields| fields.retain(|key, _| !key.contains(&prefix)));
        draft.update(|session| {
            session.exercises[index].sets.remove(number);
        });
    };
    let label = name.clone();
    let heading = name.clone();
    view! {
        <section class="card" aria-label=label>
            <h2>{heading}</h2>
            {(sets.is_empty()).then(|| view! { <p class="small muted">"No sets logged."</p> })}
            {sets.into_iter().enumerate().map(|(number, set)| {
                let nth = number + 1;
                let at = SetAt { draft, fields, index, number };
                let load = match &set.load {
                    Load::Mass(mass) => Some(set_field(
                        at, format!("load-{index}-{number}"),
                        format!("Set {nth}: load ({})", unit.label()),
                        unit.number(*mass), "decimal",
                        move |text| load_mass(text, unit),
                        |set, mass| set.load = Load::Mass(mass),
                    )),
                    _ => None,
                };
                let fixed = (!matches!(set.load, Load::Mass(_)))
                    .then(|| view! { <p class="small muted">{format!("Set {nth}: {}", set.load.show(unit))}</p> });
                let rir = reserve.then(|| set_field(
                    at, format!("rir-{index}-{number}"),
                    format!("Set {nth}: reps in reserve (0–10, may be empty)"),
                    set.rir.map(|rir| rir.to_string()).unwrap_or_default(), "numeric",
                    reps_in_reserve, |set, rir| set.rir = rir,
                ));
                view! {
                    <fieldset class="set-row">
                        <legend>{format!("Set {nth}")}</legend>
                        {fixed}
                        {set_field(
                            at, format!("count-{index}-{number}"),
                            format!("Set {nth}: count"), set.value.to_string(), "numeric",
                            set_value, |set, value| set.value = value,
                        )}
                        {load}
                        {rir}
                        <button type="button" class="secondary" on:click=move |_| remove(number)>
                            {format!("Remove set {nth}")}
                        </button>
                    </fieldset>
                }
            }).collect_view()}
            <label for=add_id.clone()>{format!("Add a set of {name}: count")}</label>
            <div class="inline">
                <input id=add_id.clone() type="text" inputmode="numeric" aria-describedby=format!("{add_id}-error") prop:value=move || adding.get() on:input=move |event| adding.set(event_target_value(&event))/>
                <button type="button" class="secondary" on:click=add>"Add set"</button>
            </div>
            <p id=format!("{add_id}-error") class="field-error">{move || add_error.get()}</p>
        </section>
    }
}
