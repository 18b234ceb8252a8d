//! The demo's mark on every screen while it runs, with the one tap that ends it.

use leptos::prelude::*;
use leptos_router::hooks::use_navigate;

use crate::ui::state::AppState;

/// "Example data" and "Leave the demo", shown on every page while the demo runs.
#[component]
pub fn DemoBar() -> impl IntoView {
    let state = expect_context::<AppState>();
    let navigate = use_navigate();
    let leave = move |_| {
        state.leave_demo();
        navigate("/", Default::default());
    };
    view! {
        <Show when=move || state.demo.get()>
            <section class="notice demo" role="status" aria-label="Demo">
                <p><strong>"Demo with made-up data."</strong>" A year of example history to look around. Nothing here is yours and nothing is saved."</p>
                <button class="wide" on:click=leave.clone()>"Leave the demo"</button>
            </section>
        </Show>
    }
}
