//! One session from History: its date and time, each exercise's sets, pain and notes, all
//! editable; saved in one go; deleted with an undo.

use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

use crate::domain::limits::set_value;
use crate::domain::log::{Session, SetLog};
use crate::domain::{engine, history};
use crate::ui::href;
use crate::ui::state::{now, AppState};

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
    let deleted = RwSignal::new(None::<Session>);

    let save = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        let started = match history::when(&date.get_untracked(), &time.get_untracked(), now()) {
            Ok(started) => started,
            Err(text) => return set_error.set(Some(text.to_string())),
        };
        let mut session = draft.get_untracked();
        session.started = started;
        set_error.set(None);
        if state.save(|store| store.save_session(&session)) {
            draft.set(session);
            set_message.set(Some("Saved.".to_string()));
        }
    };
    let delete = move |_| {
        let session = draft.get_untracked();
        if state.save(|store| store.delete_session(&session)) {
            deleted.set(Some(session));
        }
    };
    let undo = move |_| {
        if let Some(session) = deleted.get_untracked() {
            if state.save(|store| store.save_session(&session)) {
                deleted.set(None);
                set_message.set(Some("The session is back.".to_string()));
            }
        }
    };

    view! {
        <h1>{title}</h1>
        <Show when=move || deleted.get().is_some() fallback=move || {
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
                        (0..count).map(|index| exercise_editor(draft, index, unit, plan_loads.clone(), set_error)).collect_view()
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
            <section class="notice info" role="status">
                <p>"The session was deleted."</p>
                <div class="actions">
                    <button on:click=undo>"Undo"</button>
                    <a class="button secondary" href=href("/history")>"Back to history"</a>
                </div>
            </section>
        </Show>
        <p><a class="inline-tap" href=href("/history")>"All sessions"</a></p>
    }
    .into_any()
}

/// The sets of exercise `index`: each count editable, removable; one more added.
fn exercise_editor(
    draft: RwSignal<Session>,
    index: usize,
    unit: crate::domain::units::Unit,
    plan_loads: Vec<(usize, crate::domain::program::Load)>,
    set_error: WriteSignal<Option<String>>,
) -> impl IntoView {
    let log = draft.with_untracked(|session| session.exercises[index].clone());
    let name = history::exercise_name(&log);
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
            set_error.set(None);
        }
        Err(text) => set_error.set(Some(text)),
    };
    let label = name.clone();
    let heading = name.clone();
    view! {
        <section class="card" aria-label=label>
            <h2>{heading}</h2>
            {(sets.is_empty()).then(|| view! { <p class="small muted">"No sets logged."</p> })}
            {sets.into_iter().enumerate().map(|(number, set)| {
                let id = format!("set-{index}-{number}");
                let load = set.load.show(unit);
                view! {
                    <div class="set-row">
                        <label for=id.clone()>{format!("Set {}: count ({load})", number + 1)}</label>
                        <div class="inline">
                            <input id=id type="text" inputmode="numeric" prop:value=set.value.to_string()
                                on:change=move |event| match set_value(&event_target_value(&event)) {
                                    Ok(value) => draft.update(|session| session.exercises[index].sets[number].value = value),
                                    Err(text) => set_error.set(Some(text)),
                                }/>
                            <button type="button" class="secondary" on:click=move |_| draft.update(|session| { session.exercises[index].sets.remove(number); })>
                                {format!("Remove set {}", number + 1)}
                            </button>
                        </div>
                    </div>
                }
            }).collect_view()}
            <label for=add_id.clone()>{format!("Add a set of {name}: count")}</label>
            <div class="inline">
                <input id=add_id type="text" inputmode="numeric" prop:value=move || adding.get() on:input=move |event| adding.set(event_target_value(&event))/>
                <button type="button" class="secondary" on:click=add>"Add set"</button>
            </div>
        </section>
    }
}
