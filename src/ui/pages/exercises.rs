//! The exercise library: every ladder with its rungs, and one page per exercise.

use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

use crate::domain::catalog::{self, Exercise};
use crate::domain::ladder::{self, LADDERS};
use crate::ui::components::ExercisePicture;
use crate::ui::href;

/// All ladders, easiest rung first.
#[component]
pub fn Exercises() -> impl IntoView {
    view! {
        <h1>"Exercise ladders"</h1>
        <p>
            "Each ladder climbs from supported, gentle work to free weights. You start where it feels "
            "manageable and move up one rung at a time."
        </p>
        {LADDERS
            .iter()
            .map(|ladder| {
                let heading_id = format!("ladder-{}", ladder.id);
                let labelled_by = heading_id.clone();
                view! {
                    <section class="card" aria-labelledby=labelled_by>
                        <h2 id=heading_id>{ladder.name}</h2>
                        <ol class="list">
                            {ladder
                                .rungs
                                .iter()
                                .filter_map(|id| catalog::exercise(id))
                                .map(|exercise| {
                                    view! {
                                        <li>
                                            <a href=href(&format!("/exercises/{}", exercise.id))>
                                                {exercise.name}
                                            </a>
                                        </li>
                                    }
                                })
                                .collect_view()}
                        </ol>
                    </section>
                }
            })
            .collect_view()}
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
