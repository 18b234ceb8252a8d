//! The browser shell: mounts the app, sets up routing under the page's base path, lays out the pages.
//!
//! The UI owns no rules: pages read domain values, call domain functions and ask storage to save.

mod components;
mod device;
mod download;
mod links;
mod pages;
pub mod state;

use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::path;

pub use links::{base_path, href};

/// Starts the app: replaces the static loading shell in `index.html` with the live app.
pub fn start() {
    console_error_panic_hook::set_once();
    if let Some(boot) = web_sys::window()
        .and_then(|window| window.document())
        .and_then(|document| document.get_element_by_id("boot"))
    {
        boot.remove();
    }
    mount_to_body(App);
}

/// The whole app: header, navigation and the routed page.
#[component]
pub fn App() -> impl IntoView {
    let state = state::AppState::open();
    provide_context(state);
    pages::apply_theme(state);
    view! {
        <Router base=base_path()>
            <div class="shell">
                <header class="topbar no-print">
                    <a class="brand" href=href("/")>"Durable"</a>
                    <a class="topbar-link" href=href("/program")>"Plan"</a>
                    <a class="topbar-link" href=href("/learn")>"Learn"</a>
                </header>
                <links::Tabs/>
                <main class="page" id="main">
                    <components::DemoBar/>
                    <components::Banner/>
                    <Routes fallback=pages::NotFound>
                        <Route path=path!("/") view=pages::Home/>
                        <Route path=path!("/start") view=pages::Onboarding/>
                        <Route path=path!("/check-in") view=pages::CheckInPage/>
                        <Route path=path!("/session/:day") view=pages::SessionPage/>
                        <Route path=path!("/safety") view=pages::Safety/>
                        <Route path=path!("/weekly") view=pages::Weekly/>
                        <Route path=path!("/progress") view=pages::Progress/>
                        <Route path=path!("/report") view=pages::ReportPage/>
                        <Route path=path!("/program") view=pages::ProgramPage/>
                        <Route path=path!("/learn") view=pages::Learn/>
                        <Route path=path!("/exercises") view=pages::Exercises/>
                        <Route path=path!("/exercises/:id") view=pages::ExerciseDetail/>
                        <Route path=path!("/settings") view=pages::Settings/>
                        <Route path=path!("/history") view=pages::History/>
                        <Route path=path!("/history/:id") view=pages::HistorySession/>
                        <Route path=path!("/history/checkin/:date") view=pages::HistoryCheckIn/>
                    </Routes>
                </main>
            </div>
        </Router>
    }
}
