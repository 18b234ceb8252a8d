//! The safety screen asked again (at a flare, new leg symptoms or a jump in pain), and the
//! confirmation that a clinician has cleared the person to train.

use leptos::prelude::*;
use leptos_router::hooks::{use_navigate, use_query_map};

use crate::domain::engine;
use crate::domain::screen::{self, ScreenStatus};
use crate::ui::components::ScreenForm;
use crate::ui::href;
use crate::ui::state::{today, AppState};

/// Safety questions and clearance.
#[component]
pub fn Safety() -> impl IntoView {
    let state = expect_context::<AppState>();
    let navigate = use_navigate();
    // Where to go once the answers are saved: back to a session that waited for them, else Today.
    let then = use_query_map()
        .read_untracked()
        .get("then")
        .filter(|path| path.starts_with("/session/") && !path.contains("//"))
        .unwrap_or_else(|| "/".to_string());
    let asks = Memo::new(move |_| {
        state.with_data(|data| {
            engine::prescribe(data, today())
                .ask_safety_screen
                .into_iter()
                .map(|reason| reason.text)
                .collect::<Vec<String>>()
        })
    });
    let status = Memo::new(move |_| {
        state.with_data(|data| {
            data.profile
                .as_ref()
                .map(|profile| screen::status(profile, today()))
        })
    });
    let yes = RwSignal::new(Vec::<String>::new());
    let cleared_confirmed = RwSignal::new(false);

    let save_answers = move |_| {
        let Some(profile) = state.with_data(|data| {
            data.profile
                .as_ref()
                .map(|profile| screen::answer(profile, yes.get_untracked(), today()))
        }) else {
            return;
        };
        if state.save(|store| store.save_profile(&profile)) {
            navigate(&then, Default::default());
        }
    };
    let record_clearance = move |_| {
        let cleared = state.with_data(|data| {
            data.profile
                .as_ref()
                .and_then(|profile| screen::clear(profile, today()))
        });
        if let Some(profile) = cleared {
            state.save(|store| store.save_profile(&profile));
        }
    };

    view! {
        <h1>"Safety questions"</h1>
        {move || match status.get() {
            None => view! {
                <p>"Set up your program first; the safety questions are part of it."</p>
                <a class="button" href=href("/start")>"Get started"</a>
            }.into_any(),
            Some(current) => view! {
                <p class=if current.blocks_training() { "notice error" } else { "notice info" }>{
                    // "Clear" would contradict the questions being asked again below.
                    if current == ScreenStatus::Clear && !asks.get_untracked().is_empty() {
                        "Your last answers were clear. Something has changed since, so please look at the questions again."
                    } else {
                        current.message()
                    }
                }</p>
                <Show when=move || !asks.get().is_empty()>
                    <section class="notice" aria-labelledby="asked-again">
                        <h2 id="asked-again">"What you told us"</h2>
                        <p>"Thank you for saying so. Changes like this are usually harmless; these few questions make sure training is right for you now."</p>
                        <ul>{move || asks.get().into_iter().map(|text| view! { <li>{text}</li> }).collect_view()}</ul>
                    </section>
                </Show>
                <Show when=move || status.get().is_some_and(|status| status.blocks_training())>
                    <section class="card" aria-labelledby="clearance">
                        <h2 id="clearance">"Cleared by a clinician"</h2>
                        <p>"When a doctor or physiotherapist has checked you and says you can train, tick the box and training resumes."</p>
                        <div class="check">
                            <input id="cleared" type="checkbox" prop:checked=move || cleared_confirmed.get() on:change=move |event| cleared_confirmed.set(event_target_checked(&event))/>
                            <label for="cleared">"A clinician has checked me and cleared me to train"</label>
                        </div>
                        <button disabled=move || !cleared_confirmed.get() on:click=record_clearance>"Resume training"</button>
                    </section>
                </Show>
                <h2>"Answer again"</h2>
                <ScreenForm yes/>
                <div class="actions"><button on:click=save_answers.clone()>"Save my answers"</button></div>
            }.into_any(),
        }}
    }
}
