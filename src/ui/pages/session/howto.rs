//! How to do an exercise, a tap away and offline: its cues, what it builds and what it carries over
//! to, with a place where the exercise's picture is shown.

use leptos::prelude::*;

use crate::domain::catalog::Exercise;
use crate::ui::components::ExercisePicture;

/// The how-to of `exercise`, folded until asked for.
#[component]
pub fn HowTo(
    /// The exercise shown.
    exercise: Signal<Option<&'static Exercise>>,
) -> impl IntoView {
    let open = RwSignal::new(false);
    view! {
        <button type="button" class="secondary" aria-expanded=move || open.get().to_string()
            on:click=move |_| open.update(|open| *open = !*open)>"How to"</button>
        <Show when=move || open.get()>
            {move || exercise.get().map(|exercise| view! {
                <div class="howto">
                    <ExercisePicture id=exercise.id />
                    <h3>{format!("How to do the {}", exercise.name.to_lowercase())}</h3>
                    <ul class="cues">{exercise.cues.iter().map(|cue| view! { <li>{*cue}</li> }).collect_view()}</ul>
                    <p><strong>"What it builds: "</strong>{exercise.builds}</p>
                    <p><strong>"Helps with: "</strong>{exercise.carries_over.join(", ")}</p>
                </div>
            })}
        </Show>
    }
}
