//! The next four weeks if every session goes green: the engine run forward on the plan (nothing
//! is saved), so the person sees where the plan leads before training on it.

use leptos::prelude::*;

use crate::domain::plan::forward;
use crate::ui::state::{today, AppState};

/// The green weeks ahead of the current plan.
#[component]
pub fn GreenWeeks() -> impl IntoView {
    let state = expect_context::<AppState>();
    let weeks = Memo::new(move |_| {
        state.with_data(|data| {
            data.program
                .as_ref()
                .map(|program| {
                    forward::preview(program, data.profile.as_ref(), today(), forward::WEEKS)
                })
                .unwrap_or_default()
        })
    });
    view! {
        <section class="card no-print" aria-labelledby="green-weeks">
            <h2 id="green-weeks">"The next " {forward::WEEKS} " weeks if all goes well"</h2>
            <p class="hint">
                "If every session is done in full with little pain and your mornings stay settled, "
                "this is what the plan asks for. Real weeks adapt to how you feel."
            </p>
            <details>
                <summary>"Show the weeks ahead"</summary>
                {move || weeks.get().into_iter().map(|week| view! {
                    <h3>"Week " {week.week}</h3>
                    {week.sessions.into_iter().map(|session| view! {
                        <p><strong>{session.date.format("%A %-d %B").to_string()} " — " <span dir="auto">{session.day}</span></strong></p>
                        <ul class="small">{session.lines.into_iter().map(|line| view! { <li>{line}</li> }).collect_view()}</ul>
                    }).collect_view()}
                }).collect_view()}
            </details>
        </section>
    }
}
