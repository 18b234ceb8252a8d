//! Links that work under any base path (the app may be hosted at `/` or at a sub-path like `/durable/`).

use leptos::prelude::*;
use leptos_router::components::A;

/// The path the app is served under, without a trailing slash: `""` at the root, `"/durable"` under a
/// sub-path. Read once from `document.baseURI`, which Trunk's `--public-url` sets through `<base>`.
pub fn base_path() -> String {
    BASE_PATH.with(Clone::clone)
}

thread_local! {
    static BASE_PATH: String = read_base_path();
}

fn read_base_path() -> String {
    let base_uri = web_sys::window()
        .and_then(|window| window.document())
        .and_then(|document| document.base_uri().ok().flatten())
        .unwrap_or_default();
    let path = web_sys::Url::new(&base_uri)
        .map(|url| url.pathname())
        .unwrap_or_default();
    path.trim_end_matches('/').to_string()
}

/// An in-app link target: `path` (starting with `/`) under the base path.
pub fn href(path: &str) -> String {
    format!("{}{}", base_path(), path)
}

/// The main navigation: a bottom tab bar on phones, a row under the header on wider screens.
#[component]
pub fn Tabs() -> impl IntoView {
    view! {
        <nav class="tabs no-print" aria-label="Main">
            <A href=href("/") exact=true>"Today"</A>
            <A href=href("/progress")>"Progress"</A>
            <A href=href("/history")>"History"</A>
            <A href=href("/exercises")>"Exercises"</A>
            <A href=href("/settings")>"Settings"</A>
        </nav>
    }
}
