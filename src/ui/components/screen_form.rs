//! The safety screen as a form: each question a yes/no checkbox, grouped by how soon it matters.

use leptos::prelude::*;

use crate::domain::screen::{Level, QUESTIONS};

/// The safety questions; `yes` holds the ids ticked.
#[component]
pub fn ScreenForm(
    /// Ids of the questions answered "yes".
    yes: RwSignal<Vec<String>>,
) -> impl IntoView {
    let group = move |level: Level, heading: &'static str| {
        view! {
            <fieldset class="card">
                <legend>{heading}</legend>
                {QUESTIONS
                    .iter()
                    .filter(|question| question.level == level)
                    .map(|question| {
                        let id = question.id;
                        let input_id = format!("screen-{id}");
                        let checked = move || yes.with(|yes| yes.iter().any(|ticked| ticked == id));
                        let toggle = move |_| {
                            yes.update(|yes| {
                                if let Some(index) = yes.iter().position(|ticked| ticked == id) {
                                    yes.remove(index);
                                } else {
                                    yes.push(id.to_string());
                                }
                            })
                        };
                        view! {
                            <div class="check">
                                <input type="checkbox" id=input_id.clone() prop:checked=checked on:change=toggle/>
                                <label for=input_id>{question.text()}</label>
                            </div>
                        }
                    })
                    .collect_view()}
            </fieldset>
        }
    };
    view! {
        <p>
            "Tick anything that is true for you now. Most people tick nothing. These questions look "
            "for rare signs that need a doctor before you train; they are not a diagnosis."
        </p>
        {group(Level::Emergency, "Signs that need care today")}
        {group(Level::Urgent, "Signs that need a doctor soon")}
        {group(Level::GpSoon, "Worth mentioning to your GP")}
    }
}
