//! The plans kept beside the current one, to switch to (with a snapshot first, and undo), and the
//! built-in plans, each opened through the same preview as an imported plan.

use leptos::prelude::*;

use super::import::Step;
use crate::domain::plan::templates::TEMPLATES;
use crate::domain::program::Program;
use crate::ui::state::{now, today, AppState};

/// Kept plans and built-in plans.
#[component]
pub fn KeptPlans(step: RwSignal<Step>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let kept = move || {
        state.store.track();
        state.store.with_untracked(|store| store.kept_plans())
    };
    let switch_to = move |program: Program| {
        let before_program = state.with_data(|data| data.program.clone());
        let before_kept = state.store.with_untracked(|store| store.kept_plans());
        let at = now();
        if state.save(|store| store.switch_program(&program, at)) {
            step.set(Step::Done {
                message: format!("You now train on “{}”. Your previous plan is kept here, and a snapshot of your data was taken first.", program.name),
                before: Some(Box::new(super::import::Before::new(before_program, before_kept))),
            });
        }
    };
    let remove = move |index: usize| {
        let mut plans = state.store.with_untracked(|store| store.kept_plans());
        if index < plans.len() {
            plans.remove(index);
            state.save(|store| store.save_kept_plans(&plans));
        }
    };
    let open_template = move |index: usize| {
        let Some(template) = TEMPLATES.get(index) else {
            return;
        };
        step.set(match template.program(today()) {
            Ok(plan) => Step::Preview {
                source: "Durable's built-in plans".to_string(),
                plan: Box::new(plan),
            },
            Err(error) => Step::Failed(error.to_string()),
        });
        scroll_to_top();
    };
    let templates = TEMPLATES
        .iter()
        .enumerate()
        .filter_map(|(index, template)| Some((index, template.program(today()).ok()?)))
        .map(|(index, program)| view! {
            <li>
                <strong>{program.name.clone()}</strong>
                <p class="small muted">{program.notes.clone()}</p>
                <button class="secondary" on:click=move |_| open_template(index)>"Look at “" {program.name.clone()} "”"</button>
            </li>
        })
        .collect_view();
    view! {
        <Show when=move || !kept().is_empty()>
            <section class="card no-print" aria-labelledby="kept-plans">
                <h2 id="kept-plans">"Plans you kept"</h2>
                <ul class="plan">
                    {move || kept().into_iter().enumerate().map(|(index, program)| {
                        let name = program.name.clone();
                        view! {
                            <li>
                                <strong dir="auto">{program.name.clone()}</strong>
                                <div class="actions">
                                    <button on:click=move |_| switch_to(program.clone())>"Switch to this plan"</button>
                                    <button class="secondary" on:click=move |_| remove(index) aria-label=format!("Remove the kept plan {name}")>"Remove"</button>
                                </div>
                            </li>
                        }
                    }).collect_view()}
                </ul>
            </section>
        </Show>
        <section class="card no-print" aria-labelledby="built-in">
            <h2 id="built-in">"Built-in plans"</h2>
            <ul class="plan">{templates}</ul>
        </section>
    }
}

/// Brings the preview at the top of the page into view.
fn scroll_to_top() {
    if let Some(window) = web_sys::window() {
        window.scroll_to_with_x_and_y(0.0, 0.0);
    }
}
