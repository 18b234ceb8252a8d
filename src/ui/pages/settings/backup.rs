//! Settings: downloading a backup, when the last one was downloaded, and a reminder when it is old.

use leptos::prelude::*;

use super::when;
use crate::domain::backup;
use crate::ui::download::download_and_record_backup;
use crate::ui::state::{today, AppState};

/// The backup download, with the date of the last one.
#[component]
pub fn BackupSection() -> impl IntoView {
    let state = expect_context::<AppState>();
    let (download_error, set_download_error) = signal(None::<String>);
    let download = move |_| set_download_error.set(download_and_record_backup(state).err());
    let last_backup = move || state.store.with(|store| store.last_backup());
    let status = move || {
        match last_backup() {
        None => view! {
            <p class="notice">
                "You have not downloaded a backup from this device yet. A backup is one small file "
                "with your profile, program, training log and check-ins. Keep it outside this browser "
                "(in your files, an email to yourself or a cloud drive), so you can move to a new phone "
                "or recover if the browser clears its data."
            </p>
        }
        .into_any(),
        Some(at) => {
            let days = (today() - at.date()).num_days();
            let ago = match days {
                ..=0 => "today".to_string(),
                1 => "yesterday".to_string(),
                days => format!("{days} days ago"),
            };
            let last = format!("Last backup downloaded on {} ({ago}).", when(at));
            if days > backup::REMINDER_DAYS {
                view! {
                    <p class="notice">
                        {last}" It is more than a month old: download a fresh one to include your "
                        "recent training."
                    </p>
                }
                .into_any()
            } else {
                view! { <p>{last}</p> }.into_any()
            }
        }
    }
    };
    view! {
        <section class="card" aria-labelledby="backup">
            <h2 id="backup">"Backup"</h2>
            <div aria-live="polite">{status}</div>
            <div class="actions">
                <button on:click=download>"Download a backup"</button>
            </div>
            {move || download_error.get().map(|error| view! { <p class="notice error" role="alert">{error}</p> })}
        </section>
    }
}
