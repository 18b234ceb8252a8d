//! Logging a session: each exercise with its target, a row per set, pain during, then finish.
//!
//! Every change is saved at once as the session in progress, so a closed tab, a reload or a crash
//! loses nothing; the session is offered to resume on the Today page.

use leptos::prelude::*;
use leptos_router::hooks::{use_navigate, use_params_map};

use crate::domain::engine::{self, Prescription};
use crate::domain::log::{ExerciseLog, Session};
use crate::domain::program::Tempo;
use crate::ui::components::Rating;
use crate::ui::href;
use crate::ui::state::{now, today, AppState};

mod exercise_card;

use exercise_card::ExerciseCard;

/// The session page for program day `:day`.
#[component]
pub fn SessionPage() -> impl IntoView {
    let state = expect_context::<AppState>();
    let params = use_params_map();
    let day: Option<usize> = params
        .read_untracked()
        .get("day")
        .and_then(|day| day.parse().ok());
    let plan = state.with_data(|data| engine::prescribe(data, today()));
    // Exercises with no sets today (a new one during a flare) wait for another day.
    let Some(prescriptions) = day.and_then(|day| plan.days.get(day)).map(|day| {
        day.slots
            .iter()
            .filter(|slot| slot.sets > 0)
            .cloned()
            .collect::<Vec<_>>()
    }) else {
        return view! {
            <h1>"Session not found"</h1>
            <p>"Your program has no such day. Your data is safe."</p>
            <p><a class="button" href=href("/")>"Back to today"</a></p>
        }
        .into_any();
    };
    let day = day.unwrap_or_default();
    if plan.screen.blocks_training() {
        return view! {
            <h1>"Training is paused"</h1>
            <p>{plan.screen.message()}</p>
            <p><a class="button" href=href("/safety")>"Safety questions and clearance"</a></p>
        }
        .into_any();
    }
    let day_name = plan.days[day].name.clone();
    let resumed = state.store.with_untracked(|store| {
        store
            .in_progress()
            .filter(|session| session.day == day)
            .cloned()
    });
    if resumed.is_none() && !plan.ask_safety_screen.is_empty() {
        // An open re-ask: the safety questions come before the session [CLINICAL.md §5].
        let reasons: Vec<String> = plan
            .ask_safety_screen
            .iter()
            .map(|reason| reason.text.clone())
            .collect();
        let then = format!("/safety?then=/session/{day}");
        return view! {
            <h1>"Before this session: the safety questions"</h1>
            <p>"A few quick questions first, so that training is right for you today."</p>
            <ul>{reasons.into_iter().map(|text| view! { <li>{text}</li> }).collect_view()}</ul>
            <p><a class="button" href=href(&then)>"Answer the safety questions"</a></p>
            <p><a href=href("/")>"Back to today"</a></p>
        }
        .into_any();
    }
    let is_resumed = resumed.is_some();
    let session = RwSignal::new(resumed.unwrap_or_else(|| new_session(day, &prescriptions)));
    let started = RwSignal::new(is_resumed);
    let persist = Callback::new(move |_: ()| {
        let draft = session.get_untracked();
        if !started.get_untracked() {
            // Another unfinished session is kept in the log as partly done before this one starts.
            let other = state
                .store
                .with_untracked(|store| store.in_progress().cloned());
            if let Some(mut other) = other {
                other.finished = true;
                state.save(|store| store.save_session(&other));
            }
            started.set(true);
        }
        state.save(|store| store.save_in_progress(&draft));
    });
    let pain_after = RwSignal::new(session.get_untracked().pain_after);
    let navigate = use_navigate();
    let navigate_after_discard = navigate.clone();
    let finish = move |_| {
        let mut done = session.get_untracked();
        done.finished = true;
        done.pain_after = pain_after.get_untracked();
        if state.save(|store| store.save_session(&done)) {
            navigate("/", Default::default());
        }
    };
    let discard = move |_| {
        let confirmed = web_sys::window()
            .and_then(|window| {
                window
                    .confirm_with_message(
                        "Discard this session? Sets logged in it will not be kept.",
                    )
                    .ok()
            })
            .unwrap_or(false);
        if confirmed && state.save(|store| store.discard_in_progress()) {
            navigate_after_discard("/", Default::default());
        }
    };
    let unit = state.with_data(|data| {
        data.profile
            .as_ref()
            .map(|profile| profile.unit)
            .unwrap_or_default()
    });
    let inventory = state.with_data(|data| {
        data.profile
            .as_ref()
            .map(|profile| profile.inventory.clone())
            .unwrap_or_default()
    });

    view! {
        <h1>{day_name}</h1>
        {is_resumed.then(|| view! { <p class="notice info">"Welcome back: this is the session you started earlier, with every set you logged."</p> })}
        <p class="muted">"Log each set as you go. Stop any exercise that feels wrong today: a partly done session still counts."</p>
        <crate::ui::components::NotToday in_session=true/>
        {prescriptions.into_iter().enumerate().map(|(index, prescription)| view! {
            <ExerciseCard index prescription session persist unit inventory=inventory.clone()/>
        }).collect_view()}
        <section class="card" aria-labelledby="finish">
            <h2 id="finish">"Finish"</h2>
            <Rating label="Pain right after the session" ends=("no pain", "worst imaginable") value=pain_after/>
            <label for="notes">"Notes " <span class="hint">"(optional)"</span></label>
            <textarea id="notes" rows="3" prop:value=move || session.with(|session| session.notes.clone())
                on:change=move |event| {
                    session.update(|session| session.notes = event_target_value(&event));
                    persist.run(());
                }></textarea>
            <div class="actions">
                <button on:click=finish>"Finish session"</button>
                <button class="secondary" on:click=discard>"Discard"</button>
            </div>
        </section>
    }
    .into_any()
}

/// A new, empty session of `day` following the prescriptions.
fn new_session(day: usize, prescriptions: &[Prescription]) -> Session {
    let started = now();
    Session {
        id: format!("{}-d{day}", started.format("%Y%m%dT%H%M%S")),
        started,
        day,
        exercises: prescriptions
            .iter()
            .map(|prescription| ExerciseLog {
                slot: prescription.slot,
                exercise: prescription.exercise.clone(),
                sets: Vec::new(),
                pain_during: None,
                user_adjusted: false,
                implement: Some(prescription.implement),
                range: Some((prescription.low, prescription.high)),
                tempo: (prescription.tempo != Tempo::Steady).then_some(prescription.tempo),
            })
            .collect(),
        pain_during: None,
        pain_after: None,
        notes: String::new(),
        finished: false,
    }
}
