//! Settings: restoring from a backup file. The file is read and checked first, a preview shows
//! what would change, and nothing is replaced before the person confirms.

use leptos::html::Input;
use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen_futures::JsFuture;

use super::preview::{Comparison, Summary};
use super::{after_replacing, when};
use crate::domain::backup::{self, Backup, BackupError};
use crate::ui::state::{now, AppState};

/// Where a restore stands.
#[derive(Clone, Debug, PartialEq)]
enum Step {
    /// No file chosen.
    Idle,
    /// The file is being read.
    Reading,
    /// The file is not a backup this app can read; nothing changed.
    Failed(String),
    /// The file reads well; waiting for the person to confirm.
    Preview {
        file_name: String,
        backup: Box<Backup>,
    },
    /// The data was replaced.
    Replaced,
}

/// A file picker for a backup, its preview and the confirmation.
#[component]
pub fn RestoreSection() -> impl IntoView {
    let state = expect_context::<AppState>();
    let step = RwSignal::new(Step::Idle);
    let input = NodeRef::<Input>::new();
    // Clearing the picker lets the same file be chosen again after a cancel.
    let clear_input = move || {
        if let Some(input) = input.get_untracked() {
            input.set_value("");
        }
    };
    let choose_file = move |_| {
        let Some(file) = input
            .get_untracked()
            .and_then(|input| input.files())
            .and_then(|files| files.get(0))
        else {
            return;
        };
        if file.size() > backup::MAX_BYTES as f64 {
            let bytes = file.size() as usize;
            step.set(Step::Failed(BackupError::TooLarge { bytes }.to_string()));
            clear_input();
            return;
        }
        step.set(Step::Reading);
        spawn_local(async move {
            step.set(match read_file(&file).await {
                Ok(backup) => Step::Preview {
                    file_name: file.name(),
                    backup: Box::new(backup),
                },
                Err(message) => Step::Failed(message),
            });
            clear_input();
        });
    };
    let replace = move |_| {
        let Step::Preview { backup, .. } = step.get_untracked() else {
            return;
        };
        let at = now();
        if state.save(move |store| store.replace_all(backup.data.clone(), at)) {
            after_replacing(state);
            step.set(Step::Replaced);
        }
    };
    let cancel = move |_| step.set(Step::Idle);
    let shown = move || {
        match step.get() {
        Step::Idle => ().into_any(),
        Step::Reading => view! { <p>"Reading the file…"</p> }.into_any(),
        Step::Failed(message) => {
            let unchanged = (!message.to_lowercase().contains("nothing was changed")).then_some(" Nothing was changed.");
            view! { <p class="notice error" role="alert">{message}{unchanged}</p> }.into_any()
        }
        Step::Preview { file_name, backup } => {
            let exported = backup.exported_at.map(|at| format!(", saved on {}", when(at)));
            view! {
                <div class="notice info">
                    <h3>"Check before replacing"</h3>
                    <p>"The file “"{file_name}"”"{exported}" holds:"</p>
                    <Comparison current=state.store.with(Summary::of_store) file=Summary::of(&backup.data)/>
                    <p>
                        "Replacing puts the file's data in place of everything now in this browser. "
                        "A snapshot of your current data is kept first, so you can undo this."
                    </p>
                    <div class="actions">
                        <button class="danger" on:click=replace>"Replace my data"</button>
                        <button class="secondary" on:click=cancel>"Cancel"</button>
                    </div>
                </div>
            }
            .into_any()
        }
        Step::Replaced => view! {
            <p class="notice info" role="status">
                "Your data was replaced with the backup. An automatic snapshot of your previous data "
                "was kept: you can restore it under “Automatic snapshots” below."
            </p>
        }
        .into_any(),
    }
    };
    view! {
        <section class="card" aria-labelledby="restore">
            <h2 id="restore">"Restore from a backup file"</h2>
            <p>
                "Choose a backup file you downloaded from Durable (it ends in .json). You will see "
                "what it holds before anything changes."
            </p>
            <label for="restore-file">"Backup file"</label>
            <input type="file" id="restore-file" node_ref=input on:change=choose_file/>
            <div aria-live="polite">{shown}</div>
        </section>
    }
}

/// Reads a chosen file and checks it is a backup this app can open.
async fn read_file(file: &web_sys::File) -> Result<Backup, String> {
    let buffer = JsFuture::from(file.array_buffer()).await.map_err(|_| {
        "This file could not be read. Choose it again, or try another copy of it. Nothing was changed."
            .to_string()
    })?;
    let bytes = js_sys::Uint8Array::new(&buffer).to_vec();
    backup::read_bytes(&bytes).map_err(|error| error.to_string())
}
