//! The banner at the top of every page: a failed save, data that did not load, or a storage mode
//! that keeps nothing (private browsing) or changes nothing (data from a newer version).

use leptos::prelude::*;

use crate::storage::Mode;
use crate::ui::download::download_backup;
use crate::ui::state::AppState;

/// Shows storage trouble, with a backup download where data might otherwise be lost.
#[component]
pub fn Banner() -> impl IntoView {
    let state = expect_context::<AppState>();
    let (download_error, set_download_error) = signal(None::<String>);
    let download = move |_| {
        let result = state.store.with_untracked(download_backup);
        set_download_error.set(result.err());
    };
    let mode_text = move || {
        match state.mode() {
        Mode::ReadWrite => None,
        Mode::ReadOnly { app_version, .. } => Some(format!(
            "Your data was saved by a newer version of Durable{}. This version shows it but does not \
             change it. Reload the page to get the newer version.",
            if app_version.is_empty() { String::new() } else { format!(" ({app_version})") }
        )),
        Mode::Unavailable(reason) => Some(format!(
            "This browser is not letting Durable keep data ({reason}). You can use the app, but \
             nothing will be kept after you close this tab. Download a backup before you leave."
        )),
    }
    };
    view! {
        <div aria-live="polite">
            {move || state.notice.get().map(|notice| view! {
                <div class="notice error" role="alert">
                    <p>{notice.text}</p>
                    <div class="actions">
                        {notice.offer_backup.then(|| view! {
                            <button on:click=download>"Download a backup"</button>
                        })}
                        <button class="secondary" on:click=move |_| state.notice.set(None)>"Dismiss"</button>
                    </div>
                </div>
            })}
            {move || mode_text().map(|text| view! {
                <div class="notice">
                    <p>{text}</p>
                    <div class="actions"><button on:click=download>"Download a backup"</button></div>
                </div>
            })}
            {move || {
                let problems = state.problems.get();
                (!problems.is_empty()).then(|| view! {
                    <div class="notice">
                        <p>"Some of your data could not be read. Everything else loaded. The damaged parts are kept aside, untouched:"</p>
                        <ul>{problems.into_iter().map(|problem| view! { <li>{problem.to_string()}</li> }).collect_view()}</ul>
                        <div class="actions">
                            <button class="secondary" on:click=move |_| state.problems.set(Vec::new())>"I understand"</button>
                        </div>
                    </div>
                })
            }}
            {move || download_error.get().map(|error| view! { <p class="notice error">{error}</p> })}
        </div>
    }
}
