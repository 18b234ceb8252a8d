//! The page shown for an address the app does not know.

use leptos::prelude::*;

use crate::ui::href;

/// A calm "not here" page with a way back.
#[component]
pub fn NotFound() -> impl IntoView {
    view! {
        <h1>"This page isn't here"</h1>
        <p>"The link may be old or mistyped. Your data is safe."</p>
        <p><a class="button" href=href("/")>"Go to the start"</a></p>
    }
}
