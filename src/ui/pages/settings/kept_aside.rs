//! Settings: data that could not be read when the app opened, kept aside untouched, offered as
//! downloads so nothing is lost.

use leptos::prelude::*;

use crate::storage::layout::{KeyKind, QUARANTINE_PREFIX};
use crate::ui::download::download_text;
use crate::ui::state::AppState;

/// Shown only when some stored text could not be read: what it was, and its raw text to download.
#[component]
pub fn KeptAsideSection() -> impl IntoView {
    let state = expect_context::<AppState>();
    let (download_error, set_download_error) = signal(None::<String>);
    move || {
        let kept = match state.store.with(|store| store.quarantined()) {
            Ok(kept) if kept.is_empty() => return None,
            Ok(kept) => kept
                .into_iter()
                .map(|(key, text)| {
                    let what = what_was_kept(&key);
                    let file_name =
                        format!("durable-kept-aside-{}.txt", key.replace(['/', '\\'], "-"));
                    let download = move |_| {
                        set_download_error
                            .set(download_text(&file_name, &text, "text/plain").err());
                    };
                    view! {
                        <li>
                            <p>{capitalize(&what)}</p>
                            <div class="actions">
                                <button
                                    class="secondary"
                                    aria-label=format!("Download the raw text of {what}")
                                    on:click=download
                                >
                                    "Download the raw text"
                                </button>
                            </div>
                        </li>
                    }
                })
                .collect_view()
                .into_any(),
            Err(error) => {
                view! { <li>{format!("The kept-aside data could not be listed: {error}.")}</li> }
                    .into_any()
            }
        };
        Some(view! {
            <section class="card" aria-labelledby="kept-aside">
                <h2 id="kept-aside">"Data that could not be read"</h2>
                <p>
                    "Some stored data was damaged, so the app could not read it. It was kept aside in "
                    "this browser, untouched. You can download its raw text to keep it or to ask for "
                    "help recovering it."
                </p>
                <ul class="list">{kept}</ul>
                {move || download_error.get().map(|error| view! { <p class="notice error" role="alert">{error}</p> })}
            </section>
        })
    }
}

/// What a quarantine key held, in plain words ("your training log for November 2026").
fn what_was_kept(key: &str) -> String {
    let original = key.strip_prefix(QUARANTINE_PREFIX).unwrap_or(key);
    let kind = match KeyKind::of(original) {
        // A second copy of the same key gets a number: `….log.2026-11.1`.
        KeyKind::Unknown => original
            .rsplit_once('.')
            .filter(|(_, number)| number.parse::<u32>().is_ok())
            .map_or(KeyKind::Unknown, |(base, _)| KeyKind::of(base)),
        kind => kind,
    };
    kind.describe()
}

fn capitalize(text: &str) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .map(|first| first.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}
