//! "Not today / my back feels off": the person's choices for today's training (a smaller session,
//! a short gentle one, a walk, a rest day), used on Today and inside a session. The choice is saved
//! with today's check-in (`domain::not_today`); the engine and the schedule read it from there.

use leptos::prelude::*;
use leptos_router::hooks::use_navigate;

use crate::domain::engine;
use crate::domain::not_today::{self, DayChoice};
use crate::ui::state::{today, AppState};

/// The "not today" choices, folded under one line until opened.
#[component]
pub fn NotToday(
    /// Inside a session: a smaller or gentle session refits the session in progress (what was
    /// logged stays) and shows it again; a walk or a rest keeps what was logged as a partly done
    /// session and goes back to Today.
    #[prop(optional)]
    in_session: bool,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let navigate = use_navigate();
    let choose = move |choice: DayChoice| {
        let date = today();
        let checkin = state.with_data(|data| not_today::choose(&data.checkins, date, Some(choice)));
        if !state.save(|store| store.save_checkin(&checkin)) || !in_session {
            return;
        }
        let draft = state
            .store
            .with_untracked(|store| store.in_progress().cloned());
        if choice.trains() {
            if let Some(draft) = draft {
                let plan = state.with_data(|data| engine::prescribe(data, date));
                if let Some(day) = plan.days.get(draft.day) {
                    let refitted = not_today::refit(&draft, &day.slots);
                    state.save(|store| store.save_in_progress(&refitted));
                }
            }
            // The session page reads the new dose when it opens again.
            if let Some(window) = web_sys::window() {
                let _ = window.location().reload();
            }
            return;
        }
        match draft {
            Some(mut draft) if draft.exercises.iter().any(|log| !log.sets.is_empty()) => {
                draft.finished = true;
                state.save(|store| store.save_session(&draft));
            }
            Some(_) => {
                state.save(|store| store.discard_in_progress());
            }
            None => {}
        }
        navigate("/", Default::default());
    };
    view! {
        <details class="not-today">
            <summary>"Not today? My back feels off"</summary>
            <p>"That is all right: bad days are part of getting better, and nothing is missed. Choose what suits you today."</p>
            <ul class="plain">
                {DayChoice::ALL.into_iter().map(|choice| {
                    let choose = choose.clone();
                    view! {
                        <li>
                            <button class="secondary wide" on:click=move |_| choose(choice)>{choice.label()}</button>
                            <p class="small muted">{choice.detail()}</p>
                        </li>
                    }
                }).collect_view()}
            </ul>
        </details>
    }
}
