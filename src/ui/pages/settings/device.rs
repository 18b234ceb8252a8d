//! Settings: how this browser keeps the data, and asking it to keep the data for good.

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::storage::persist::{is_persisted, request_persistence};
use crate::storage::Mode;
use crate::ui::state::AppState;

/// Where the data is kept, whether the browser promised to keep it, and a button to ask.
#[component]
pub fn DeviceSection() -> impl IntoView {
    let state = expect_context::<AppState>();
    let (persisted, set_persisted) = signal(None::<bool>);
    let (asked, set_asked) = signal(false);
    let (asking, set_asking) = signal(false);
    spawn_local(async move { set_persisted.set(Some(is_persisted().await)) });
    let ask_to_keep = move |_| {
        set_asking.set(true);
        spawn_local(async move {
            let granted = request_persistence().await;
            set_persisted.set(Some(granted));
            set_asked.set(true);
            set_asking.set(false);
        });
    };
    let mode_text = move || match state.mode() {
        Mode::ReadWrite => {
            "Your data is saved in this browser on this device. Nothing is sent anywhere."
                .to_string()
        }
        Mode::ReadOnly { .. } => {
            "Your data was saved by a newer version of Durable, so this version shows it but \
            does not change it. Reload the page to get the newer version."
                .to_string()
        }
        Mode::Unavailable(reason) => format!(
            "This browser is not letting Durable keep data ({reason}); private browsing does this. \
             You can use the app, but nothing is kept after you close this tab, so download a \
             backup before you leave."
        ),
    };
    let persisted_text = move || {
        match (persisted.get(), asked.get()) {
        (None, _) => "Checking whether this browser keeps Durable's data for good…",
        (Some(true), _) => "This browser keeps Durable's data for good: it will not clear it to free up space.",
        (Some(false), false) => "This browser has not promised to keep Durable's data: it may clear it when space runs low.",
        (Some(false), true) => "The browser did not agree this time. Browsers decide this themselves, often by \
            how much a site is used or whether it was added to the home screen. Backups keep your data \
            safe either way.",
    }
    };
    view! {
        <section class="card" aria-labelledby="device">
            <h2 id="device">"Your data on this device"</h2>
            <p>{mode_text}</p>
            <p aria-live="polite">{persisted_text}</p>
            <Show when=move || persisted.get() == Some(false)>
                <div class="actions">
                    <button class="secondary" on:click=ask_to_keep disabled=move || asking.get()>
                        "Ask the browser to keep my data"
                    </button>
                </div>
            </Show>
            <p class="small muted">
                "Browsers may clear the data of sites that have not been used for a while (Safari does "
                "after about a week without a visit, unless the app was added to the home screen). "
                "Durable keeps everything only in this browser, so download a backup now and then and "
                "keep the file somewhere else."
            </p>
        </section>
    }
}
