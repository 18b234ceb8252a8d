//! Opening a plan: from a file (picker or drop), pasted text or link, an opened link, or a built-in
//! plan. Every source goes through the domain's reader; a plan that reads is previewed ("nothing is
//! saved yet") with what it becomes on the person's equipment, then added beside the current plan
//! or put in its place, and either can be undone.

use leptos::html::{Input, Textarea};
use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen_futures::JsFuture;

use crate::domain::plan::{self, import, limits, share, PlanError};
use crate::domain::program::Program;
use crate::ui::components::ExercisePicture;
use crate::ui::state::{now, today, AppState};

/// What the data looked like before an import, to put back on undo.
#[derive(Clone, Debug, PartialEq)]
pub struct Before {
    program: Option<Program>,
    kept: Vec<Program>,
}

impl Before {
    /// The current program and kept plans, as they were.
    pub fn new(program: Option<Program>, kept: Vec<Program>) -> Before {
        Before { program, kept }
    }
}

/// Where an import stands.
#[derive(Clone, Debug, PartialEq)]
pub enum Step {
    /// Nothing being imported.
    Idle,
    /// The text was refused; nothing changed.
    Failed(String),
    /// A plan that reads, waiting for the person's choice.
    Preview {
        /// Where it came from, in words ("the file “x.json”").
        source: String,
        /// The plan as read.
        plan: Box<Program>,
    },
    /// Done, with what to say and what undo puts back.
    Done {
        /// What happened.
        message: String,
        /// The data before, when the change can be undone.
        before: Option<Box<Before>>,
    },
}

/// Reads the plan an opened link carries (`…/program#plan=…`), once, and removes it from the
/// address so a reload does not offer it again.
pub fn open_link(step: RwSignal<Step>) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let hash = window.location().hash().unwrap_or_default();
    let Some(result) = share::read_link(&hash, today()) else {
        return;
    };
    step.set(match result {
        Ok(plan) => Step::Preview {
            source: "the link you opened".to_string(),
            plan: Box::new(plan),
        },
        Err(error) => Step::Failed(error.to_string()),
    });
    if let Ok(history) = window.history() {
        let path = window.location().pathname().unwrap_or_default();
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&path));
    }
}

/// Reads text that is a plan file's content or a link to a plan.
fn read_text(text: &str) -> Result<Program, PlanError> {
    share::read_link(text, today()).unwrap_or_else(|| plan::read(text, today()))
}

/// Reads a chosen or dropped file, refusing one too large before reading it.
fn read_file(file: web_sys::File, step: RwSignal<Step>) {
    if file.size() > limits::MAX_BYTES as f64 {
        step.set(Step::Failed(
            PlanError::TooLarge {
                bytes: file.size() as usize,
            }
            .to_string(),
        ));
        return;
    }
    let source = format!("the file “{}”", file.name());
    spawn_local(async move {
        let read = match JsFuture::from(file.array_buffer()).await {
            Ok(buffer) => plan::read_bytes(&js_sys::Uint8Array::new(&buffer).to_vec(), today())
                .map_err(|error| error.to_string()),
            Err(_) => Err(
                "This file could not be read. Choose it again, or try another copy of it."
                    .to_string(),
            ),
        };
        step.set(match read {
            Ok(plan) => Step::Preview {
                source,
                plan: Box::new(plan),
            },
            Err(message) => Step::Failed(message),
        });
    });
}

/// The ways to open a plan: a file picker, a drop zone and a box for pasted text or a link.
#[component]
pub fn ImportSection(step: RwSignal<Step>) -> impl IntoView {
    let input = NodeRef::<Input>::new();
    let pasted = NodeRef::<Textarea>::new();
    let choose_file = move |_| {
        let Some(input) = input.get_untracked() else {
            return;
        };
        if let Some(file) = input.files().and_then(|files| files.get(0)) {
            read_file(file, step);
        }
        input.set_value("");
    };
    let drop_file = move |event: web_sys::DragEvent| {
        event.prevent_default();
        if let Some(file) = event
            .data_transfer()
            .and_then(|data| data.files())
            .and_then(|files| files.get(0))
        {
            read_file(file, step);
        }
    };
    let read_pasted = move |_| {
        let text = pasted
            .get_untracked()
            .map(|area| area.value())
            .unwrap_or_default();
        step.set(match read_text(&text) {
            Ok(plan) => Step::Preview {
                source: "the text you pasted".to_string(),
                plan: Box::new(plan),
            },
            Err(error) => Step::Failed(error.to_string()),
        });
    };
    view! {
        <section class="card no-print" aria-labelledby="open-plan">
            <h2 id="open-plan">"Open a plan someone shared"</h2>
            <p>"You will see the plan before anything is saved."</p>
            <div class="drop-zone" on:dragover=|event: web_sys::DragEvent| event.prevent_default() on:drop=drop_file>
                <label for="plan-file">"Plan file (.json)"</label>
                <input type="file" id="plan-file" accept=".json,application/json" node_ref=input on:change=choose_file/>
                <p class="hint">"Or drop the file here."</p>
            </div>
            <label for="plan-text">"Or paste a plan or a link to one"</label>
            <textarea id="plan-text" rows="3" node_ref=pasted></textarea>
            <div class="actions">
                <button class="secondary" on:click=read_pasted>"Read what I pasted"</button>
            </div>
        </section>
    }
}

/// The preview of a plan being opened, or what became of it.
#[component]
pub fn ImportPreview(step: RwSignal<Step>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let kept_before = move || Before {
        program: state.with_data(|data| data.program.clone()),
        kept: state.store.with_untracked(|store| store.kept_plans()),
    };
    let add_beside = move |fitted: Program| {
        let before = kept_before();
        let added = std::cell::Cell::new(false);
        if state.save(|store| store.keep_plan(&fitted).map(|kept| added.set(kept))) {
            let added = added.get();
            step.set(Step::Done {
                message: if added {
                    format!(
                        "“{}” is kept beside your plan. Switch to it below when you are ready.",
                        fitted.name
                    )
                } else {
                    "You already have this plan, so nothing was added.".to_string()
                },
                before: added.then(|| Box::new(before)),
            });
        }
    };
    let use_now = move |fitted: Program| {
        let before = kept_before();
        let at = now();
        if state.save(|store| store.switch_program(&fitted, at)) {
            let kept = if before.program.is_some() {
                " Your previous plan is kept below, and a snapshot of all your data was taken first."
            } else {
                ""
            };
            // With no plan before there is nothing to go back to (Settings keeps the snapshot).
            let undoable = before.program.is_some();
            step.set(Step::Done {
                message: format!("You now train on “{}”.{kept}", fitted.name),
                before: undoable.then(|| Box::new(before)),
            });
        }
    };
    let undo = move |before: Before| {
        let saved = state.save(|store| {
            if let Some(program) = &before.program {
                store.save_program(program)?;
            }
            store.save_kept_plans(&before.kept)
        });
        if saved {
            step.set(Step::Done {
                message: "Undone: your plans are as they were.".to_string(),
                before: None,
            });
        }
    };
    move || {
        match step.get() {
        Step::Idle => ().into_any(),
        Step::Failed(message) => view! {
            <div class="notice error no-print" role="alert">
                <p>{message}</p>
                <p>"Nothing was changed."</p>
                <button class="secondary" on:click=move |_| step.set(Step::Idle)>"Close"</button>
            </div>
        }
        .into_any(),
        Step::Done { message, before } => view! {
            <div class="notice info no-print" role="status">
                <p>{message}</p>
                <div class="actions">
                    {before.map(|before| view! { <button class="secondary" on:click=move |_| undo((*before).clone())>"Undo"</button> })}
                    <button class="secondary" on:click=move |_| step.set(Step::Idle)>"Close"</button>
                </div>
            </div>
        }
        .into_any(),
        Step::Preview { source, plan } => {
            let profile = state.with_data(|data| data.profile.clone());
            let current = state.with_data(|data| data.program.clone());
            let kept = state.store.with_untracked(|store| store.kept_plans());
            let others: Vec<&Program> = current.iter().chain(kept.iter()).collect();
            let preview = import::preview(&plan, profile.as_ref(), &others);
            view! { <PreviewCard source preview current step add_beside use_now/> }.into_any()
        }
    }
    }
}

/// The preview itself: who wrote it, the days as they will look, what changes, and the choice.
#[component]
fn PreviewCard(
    source: String,
    preview: import::Preview,
    current: Option<Program>,
    step: RwSignal<Step>,
    add_beside: impl Fn(Program) + Copy + 'static,
    use_now: impl Fn(Program) + Copy + 'static,
) -> impl IntoView {
    let fitted = preview.program.clone();
    let fitted_too = fitted.clone();
    let author = (!fitted.author.is_empty())
        .then(|| view! { <p>"Written by " <span dir="auto">{fitted.author.clone()}</span></p> });
    let notes = (!fitted.notes.is_empty())
        .then(|| view! { <p class="plan-notes" dir="auto">{fitted.notes.clone()}</p> });
    let list = |title: &'static str, items: Vec<String>| {
        (!items.is_empty()).then(|| view! {
            <h3>{title}</h3>
            <ul>{items.into_iter().map(|item| view! { <li dir="auto">{item}</li> }).collect_view()}</ul>
        })
    };
    let replaces = current.map(|current| format!("Using it now puts it in place of “{}”, which stays kept below; a snapshot of your data is taken first.", current.name));
    view! {
        <section class="card import-preview no-print" aria-labelledby="import-title">
            <p class="tag">"Nothing is saved yet"</p>
            <h2 id="import-title" dir="auto">{fitted.name.clone()}</h2>
            <p class="muted">"From " {source} ". " {fitted.days.len()} " days a week, over " {fitted.weeks} " weeks."</p>
            {author}
            {notes}
            {preview.days.into_iter().map(|day| view! {
                <h3 dir="auto">{day.name}</h3>
                <ul class="plan-lines">
                    {day.lines.into_iter().map(|line| view! {
                        <li>
                            <ExercisePicture id=line.exercise compact=true />
                            <strong>{line.name}</strong> " " <span class="muted">{line.work}</span>
                        </li>
                    }).collect_view()}
                </ul>
            }).collect_view()}
            {list("Phases", fitted.phases.iter().map(import::phase_line).collect())}
            {list("Changed to fit your equipment", preview.changes)}
            {list("Not possible with your equipment", preview.cannot_do)}
            {list("Worth a second look", preview.suspicious)}
            {preview.already_kept.then(|| view! { <p class="notice info">"You already have this plan: adding it again changes nothing."</p> })}
            {replaces.map(|text| view! { <p>{text}</p> })}
            <div class="actions">
                <button on:click=move |_| use_now(fitted.clone())>"Use this plan now"</button>
                <button class="secondary" on:click=move |_| add_beside(fitted_too.clone())>"Keep it beside my plan"</button>
                <button class="secondary" on:click=move |_| step.set(Step::Idle)>"Cancel"</button>
            </div>
        </section>
    }
}
