//! Settings: erasing everything on this device, after a confirm step, with a snapshot kept first.

use leptos::prelude::*;

use super::after_replacing;
use crate::ui::state::{now, AppState};

/// "Erase everything on this device", then a confirmation that says what is kept.
#[component]
pub fn StartOverSection() -> impl IntoView {
    let state = expect_context::<AppState>();
    let confirming = RwSignal::new(false);
    let (erased, set_erased) = signal(false);
    let ask = move |_| {
        set_erased.set(false);
        confirming.set(true);
    };
    let erase = move |_| {
        let at = now();
        if state.save(move |store| store.reset(at)) {
            after_replacing(state);
            set_erased.set(true);
        }
        confirming.set(false);
    };
    view! {
        <section class="card" aria-labelledby="start-over">
            <h2 id="start-over">"Start over"</h2>
            <p>
                "This removes your profile, program, training log and check-ins from this browser, so "
                "you can begin again."
            </p>
            <div class="actions">
                <button
                    class="danger"
                    aria-expanded=move || confirming.get().to_string()
                    aria-controls="start-over-confirm"
                    on:click=ask
                >
                    "Erase everything on this device"
                </button>
            </div>
            <div id="start-over-confirm" aria-live="polite">
                <Show when=move || confirming.get()>
                    <div class="notice">
                        <p>
                            "Erase everything? A snapshot of your current data is kept first, so you "
                            "can put it back under “Automatic snapshots” above. To keep a copy outside "
                            "this browser, download a backup first."
                        </p>
                        <div class="actions">
                            <button class="danger" on:click=erase>"Yes, erase everything"</button>
                            <button class="secondary" on:click=move |_| confirming.set(false)>"Cancel"</button>
                        </div>
                    </div>
                </Show>
                {move || erased.get().then(|| view! {
                    <p class="notice info">
                        "Everything was erased. A snapshot of your data was kept: if this was a "
                        "mistake, restore it under “Automatic snapshots”."
                    </p>
                })}
            </div>
        </section>
    }
}
