//! The safety screen as a form, grouped by how soon each sign matters: per group "Do any of these
//! apply?" with the signs in a line, and the questions themselves one tap away to tick the one
//! that applies. Nothing ticked means none applies.

use leptos::prelude::*;

use crate::domain::screen::{Level, QUESTIONS};

/// The safety questions; `yes` holds the ids ticked.
#[component]
pub fn ScreenForm(
    /// Ids of the questions answered "yes".
    yes: RwSignal<Vec<String>>,
) -> impl IntoView {
    let group = move |level: Level| {
        let ticked_here = move || {
            yes.with(|yes| {
                QUESTIONS
                    .iter()
                    .filter(|question| question.level == level)
                    .any(|question| yes.iter().any(|ticked| ticked == question.id))
            })
        };
        let open = ticked_here();
        view! {
            <fieldset class="card screen-group">
                <legend>{level.heading()}</legend>
                <p><strong>"Do any of these apply to you now?"</strong></p>
                <p class="small">{level.summary()}</p>
                <details open=open>
                    <summary>{move || if ticked_here() { "Yes: the ones ticked below" } else { "Yes, one of these: choose which" }}</summary>
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
                </details>
            </fieldset>
        }
    };
    view! {
        <p>
            "Three groups of rare signs that need a doctor before you train. Most people have none: "
            "if none applies, simply go on. They are not a diagnosis."
        </p>
        {group(Level::Emergency)}
        {group(Level::Urgent)}
        {group(Level::GpSoon)}
    }
}
