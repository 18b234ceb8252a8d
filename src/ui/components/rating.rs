//! A 0–10 rating picker: eleven large buttons, easy to hit with a thumb, readable by screen readers.

use leptos::prelude::*;

/// A 0–10 rating. `value` is `None` until the person picks one.
#[component]
pub fn Rating(
    /// The question, shown as the group's label.
    #[prop(into)]
    label: String,
    /// What 0 and 10 mean, e.g. ("no pain", "worst imaginable").
    ends: (&'static str, &'static str),
    /// The rating chosen so far.
    value: RwSignal<Option<u8>>,
    /// Called with each new pick (to save it at once), after `value` is set.
    #[prop(optional)]
    on_pick: Option<Callback<u8>>,
) -> impl IntoView {
    view! {
        <fieldset class="rating">
            <legend>{label}</legend>
            <div class="rating-row">
                {(0..=10u8)
                    .map(|score| {
                        view! {
                            <button
                                type="button"
                                class="rating-choice"
                                aria-pressed=move || (value.get() == Some(score)).to_string()
                                on:click=move |_| {
                                    value.set(Some(score));
                                    if let Some(on_pick) = on_pick {
                                        on_pick.run(score);
                                    }
                                }
                            >
                                {score}
                            </button>
                        }
                    })
                    .collect_view()}
            </div>
            <div class="rating-ends small muted"><span>{format!("0 = {}", ends.0)}</span><span>{format!("10 = {}", ends.1)}</span></div>
        </fieldset>
    }
}
