//! The Program page: the plan being trained and everything done with plans. The import preview
//! comes first when a plan is being opened (from a file, a drop, pasted text, a link or a
//! built-in plan); then the editor, the next weeks if everything goes green, the share sheet, the
//! plans kept beside this one, and the ways to import.

mod editor;
mod green;
mod import;
mod kept;
mod share;
mod slot;

use leptos::prelude::*;

use crate::ui::state::AppState;

/// The Program page.
#[component]
pub fn ProgramPage() -> impl IntoView {
    let state = expect_context::<AppState>();
    let step = RwSignal::new(import::Step::Idle);
    import::open_link(step);
    // A link opened while this page is showing changes only the address's fragment.
    let listener = window_event_listener(leptos::ev::hashchange, move |_| import::open_link(step));
    on_cleanup(move || listener.remove());
    let has_program = move || state.with_data(|data| data.program.is_some());
    view! {
        <h1 class="no-print">"Your plan"</h1>
        <import::ImportPreview step=step/>
        <Show
            when=has_program
            fallback=|| view! {
                <p class="card no-print">
                    "You have no plan yet. Answer the first questions on the Today tab for a "
                    "starter plan, or open one below: a built-in plan, a file or a link someone sent you."
                </p>
            }
        >
            <editor::Editor/>
            <green::GreenWeeks/>
            <share::ShareSheet/>
        </Show>
        <kept::KeptPlans step=step/>
        <import::ImportSection step=step/>
    }
}
