//! The end of a session: "Finish" at the foot of the page, sets not logged asked about once, pain
//! right after and notes, then the summary — what was done against last time, records labelled
//! honestly, what changes next time and why, and the next session. "Discard" sits at the top, far
//! from "Finish", asks first and can be undone.

use leptos::prelude::*;

use super::Logger;
use crate::domain::session::{self as session_rules, Summary};
use crate::ui::components::Rating;
use crate::ui::href;
use crate::ui::state::{today, AppState};

/// Pain right after, notes and the Finish button.
#[component]
pub fn FinishSection(
    /// Set to the summary once the session is finished.
    summary: RwSignal<Option<Summary>>,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let logger = expect_context::<Logger>();
    let session = logger.session;
    let pain_after = RwSignal::new(session.get_untracked().pain_after);
    let asked = RwSignal::new(false);
    let not_logged = move || logger.sets_left();
    let finish_now = move || {
        let mut done = session.get_untracked();
        done.finished = true;
        done.pain_after = pain_after.get_untracked();
        if state.save(|store| store.save_session(&done)) {
            logger.save_gym(|gym| gym.rest = None);
            let unit = logger.unit;
            let made = state.with_data(|data| session_rules::summary(data, &done, today(), unit));
            summary.set(Some(made));
            if let Some(window) = web_sys::window() {
                window.scroll_to_with_x_and_y(0.0, 0.0);
            }
        }
    };
    let finish = move |_| {
        if not_logged() > 0 && !asked.get_untracked() {
            asked.set(true);
        } else {
            finish_now();
        }
    };
    let record_pain = Callback::new(move |score: u8| {
        session.update(|session| session.pain_after = Some(score));
        logger.persist.run(());
    });
    view! {
        <section class="card finish" aria-labelledby="finish">
            <h2 id="finish">"Finish"</h2>
            <div class="pain-during">
                <Rating label="Pain right after the session" ends=("no pain", "worst imaginable") value=pain_after on_pick=record_pain/>
            </div>
            <label for="notes">"Notes " <span class="hint">"(optional)"</span></label>
            <textarea id="notes" rows="3" prop:value=move || session.with(|session| session.notes.clone())
                on:change=move |event| {
                    session.update(|session| session.notes = event_target_value(&event));
                    logger.persist.run(());
                }></textarea>
            <Show when=move || asked.get() && (not_logged() > 0)>
                <div class="notice" role="alert">
                    <p>{move || match not_logged() {
                        1 => "1 set is not logged. Finish without it, or go back and do it?".to_string(),
                        sets => format!("{sets} sets are not logged. Finish without them, or go back and do them?"),
                    }}</p>
                    <p class="small">"Sets not done are simply left out: the plan reads the session as it was."</p>
                    <div class="actions">
                        <button type="button" on:click=move |_| finish_now()>"Not done: finish"</button>
                        <button type="button" class="secondary" on:click=move |_| asked.set(false)>"Go back to them"</button>
                    </div>
                </div>
            </Show>
            <div class="actions finish-actions">
                <button type="button" class="finish-button" on:click=finish>"Finish session"</button>
            </div>
        </section>
    }
}

/// "Discard", asked first, with an undo.
#[component]
pub fn Discard(
    /// True once the session was discarded.
    discarded: RwSignal<bool>,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let logger = expect_context::<Logger>();
    let asking = RwSignal::new(false);
    let kept = StoredValue::new(None);
    let discard = move |_| {
        let draft = logger.session.get_untracked();
        let stored = state
            .store
            .with_untracked(|store| store.in_progress().cloned());
        if stored.is_none() || state.save(|store| store.discard_in_progress()) {
            kept.set_value(Some(draft));
            logger.save_gym(|gym| gym.rest = None);
            asking.set(false);
            discarded.set(true);
        }
    };
    let undo = move |_| {
        if let Some(draft) = kept.get_value() {
            if draft.exercises.iter().all(|log| log.sets.is_empty())
                || state.save(|store| store.save_in_progress(&draft))
            {
                discarded.set(false);
            }
        }
    };
    view! {
        <Show when=move || discarded.get()>
            <div class="notice info" role="status">
                <p>"Session discarded. Nothing from it is kept."</p>
                <div class="actions">
                    <button type="button" on:click=undo>"Undo"</button>
                    <a class="button secondary" href=href("/")>"Back to today"</a>
                </div>
            </div>
        </Show>
        <Show when=move || !discarded.get()>
            <div class="discard-row">
                <Show when=move || asking.get() fallback=move || view! {
                    <button type="button" class="secondary discard" on:click=move |_| asking.set(true)>"Discard session"</button>
                }>
                    <div class="notice" role="alert">
                        <p>"Discard this session? The sets you logged in it will not be kept."</p>
                        <div class="actions">
                            <button type="button" class="danger" on:click=discard>"Discard"</button>
                            <button type="button" class="secondary" on:click=move |_| asking.set(false)>"Keep it"</button>
                        </div>
                    </div>
                </Show>
            </div>
        </Show>
    }
}

/// What the session did and what changes next time.
#[component]
pub fn SummaryView(
    /// The summary.
    summary: Signal<Summary>,
) -> impl IntoView {
    view! {
        <h1>"Session done"</h1>
        <section class="card summary" aria-labelledby="summary-done">
            <h2 id="summary-done">"What you did"</h2>
            <ul class="summary-list">
                {move || summary.get().done.into_iter().map(|done| view! {
                    <li>
                        <strong>{done.name}</strong>": "{done.done}
                        {done.last.map(|last| view! { <span class="small muted">" (last time: "{last}")"</span> })}
                    </li>
                }).collect_view()}
            </ul>
            {move || {
                let records = summary.get().records;
                (!records.is_empty()).then(|| view! {
                    <h3>"Records"</h3>
                    <ul class="summary-list">{records.into_iter().map(|record| view! { <li>{record}</li> }).collect_view()}</ul>
                })
            }}
        </section>
        <section class="card summary" aria-labelledby="summary-next">
            <h2 id="summary-next">"Next time"</h2>
            <ul class="summary-list">
                {move || summary.get().next.into_iter().map(|next| view! {
                    <li><strong>{next.line}</strong><br/><span class="small">{next.why}</span></li>
                }).collect_view()}
            </ul>
            <p class="next-session">{move || summary.get().next_day.map(|day| format!("Your next session: {day}.")).unwrap_or_default()}</p>
        </section>
        <p><a class="button" href=href("/")>"Back to today"</a></p>
    }
}
