//! The exercise library: every ladder with its rungs, and one page per exercise.

use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

use crate::domain::catalog::{self, Exercise, Pattern};
use crate::domain::engine;
use crate::domain::ladder::{self, LADDERS};
use crate::ui::components::ExercisePicture;
use crate::ui::href;
use crate::ui::state::AppState;

/// All ladders, easiest rung first, with "you are here" on each rung the plan uses now, and
/// filters by movement and by the person's equipment.
#[component]
pub fn Exercises() -> impl IntoView {
    let state = expect_context::<AppState>();
    let current = Memo::new(move |_| {
        let date = state.today();
        state.with_data(|data| {
            engine::prescribe(data, date)
                .days
                .into_iter()
                .flat_map(|day| day.slots.into_iter().map(|slot| slot.exercise))
                .collect::<Vec<String>>()
        })
    });
    let inventory = Memo::new(move |_| {
        state.with_data(|data| {
            data.profile
                .as_ref()
                .map(|profile| profile.inventory.clone())
        })
    });
    let pattern = RwSignal::new(None::<Pattern>);
    let owned_only = RwSignal::new(false);
    view! {
        <h1>"Exercise ladders"</h1>
        <p>
            "Each ladder climbs from supported, gentle work to free weights. You start where it feels "
            "manageable and move up one rung at a time."
        </p>
        <div class="filters">
            <label for="pattern-filter">"Movement"</label>
            <select id="pattern-filter" on:change=move |event| {
                let index: usize = event_target_value(&event).parse().unwrap_or(0);
                pattern.set(index.checked_sub(1).and_then(|index| Pattern::ALL.get(index).copied()));
            }>
                <option value="0">"All movements"</option>
                {Pattern::ALL.iter().enumerate().map(|(index, option)| view! {
                    <option value=(index + 1).to_string()>{option.label()}</option>
                }).collect_view()}
            </select>
            <Show when=move || inventory.get().is_some()>
                <div class="check">
                    <input id="owned-only" type="checkbox" prop:checked=move || owned_only.get() on:change=move |event| owned_only.set(event_target_checked(&event))/>
                    <label for="owned-only">"Only what I can do with my equipment"</label>
                </div>
            </Show>
        </div>
        {move || {
            let current = current.get();
            let inventory = inventory.get().filter(|_| owned_only.get());
            LADDERS
                .iter()
                .filter(|ladder| pattern.get().is_none_or(|pattern| ladder.pattern == pattern))
                .map(|ladder| {
                    let heading_id = format!("ladder-{}", ladder.id);
                    let labelled_by = heading_id.clone();
                    let rungs: Vec<&'static Exercise> = ladder
                        .rungs
                        .iter()
                        .filter_map(|id| catalog::exercise(id))
                        .filter(|exercise| inventory.as_ref().is_none_or(|inventory| inventory.implement_for(exercise, None).is_some()))
                        .collect();
                    view! {
                        <section class="card" aria-labelledby=labelled_by>
                            <h2 id=heading_id>{ladder.name}</h2>
                            <ol class="list">
                                {rungs.into_iter().map(|exercise| {
                                    let here = current.iter().any(|id| id == exercise.id);
                                    view! {
                                        <li class:here=here>
                                            <a href=href(&format!("/exercises/{}", exercise.id)) aria-current=here.then_some("step")>
                                                {exercise.name}
                                                {here.then(|| view! { <span class="tag here-tag">"you are here"</span> })}
                                            </a>
                                        </li>
                                    }
                                }).collect_view()}
                            </ol>
                        </section>
                    }
                })
                .collect_view()
        }}
    }
}

/// One exercise: how to do it, what it builds, what it helps with, and its neighbours on the ladder.
#[component]
pub fn ExerciseDetail() -> impl IntoView {
    let params = use_params_map();
    move || {
        let id = params.read().get("id").unwrap_or_default();
        match catalog::exercise(&id) {
            Some(exercise) => exercise_view(exercise).into_any(),
            None => view! {
                <h1>"Exercise not found"</h1>
                <p>"There is no exercise with this name in the library."</p>
                <p><a class="button" href=href("/exercises")>"See all exercises"</a></p>
            }
            .into_any(),
        }
    }
}

fn exercise_view(exercise: &'static Exercise) -> impl IntoView {
    let easier = ladder::prev_rung(exercise.id).and_then(catalog::exercise);
    let harder = ladder::next_rung(exercise.id).and_then(catalog::exercise);
    let ladder_name = ladder::ladder(exercise.ladder)
        .map(|ladder| ladder.name)
        .unwrap_or_default();
    let rung = ladder::rung_of(exercise.id)
        .map(|(_, index)| index + 1)
        .unwrap_or_default();
    view! {
        <p class="small"><a href=href("/exercises")>"← All ladders"</a></p>
        <h1>{exercise.name}</h1>
        <p class="muted">{format!("{ladder_name} ladder, rung {rung}")}</p>
        <ExercisePicture id=exercise.id />
        <section class="card" aria-labelledby="cues">
            <h2 id="cues">"How to do it"</h2>
            <ul>{exercise.cues.iter().map(|cue| view! { <li>{*cue}</li> }).collect_view()}</ul>
            <dl class="facts">
                <dt>"Counted in"</dt>
                <dd>{exercise.dose.label()}</dd>
                <dt>"You need"</dt>
                <dd>{needs_text(exercise)}</dd>
            </dl>
        </section>
        <section class="card" aria-labelledby="builds">
            <h2 id="builds">"What it builds"</h2>
            <p>{exercise.builds}</p>
            <h3>"Helps with"</h3>
            <ul>{exercise.carries_over.iter().map(|activity| view! { <li>{*activity}</li> }).collect_view()}</ul>
        </section>
        <nav class="actions" aria-label="Neighbouring rungs">
            {easier.map(|easier| view! {
                <a class="button secondary" href=href(&format!("/exercises/{}", easier.id))>
                    {format!("Easier: {}", easier.name)}
                </a>
            })}
            {harder.map(|harder| view! {
                <a class="button secondary" href=href(&format!("/exercises/{}", harder.id))>
                    {format!("Harder: {}", harder.name)}
                </a>
            })}
        </nav>
    }
}

fn needs_text(exercise: &Exercise) -> String {
    if exercise.needs.is_empty() {
        return "Nothing but the floor, a wall or a chair".to_string();
    }
    exercise
        .needs
        .iter()
        .map(|need| need.label())
        .collect::<Vec<_>>()
        .join(", ")
}
