//! The rest timer: a compact bar at the foot of the screen that never covers the inputs (the page
//! leaves room for it), a full-screen countdown readable from two metres, −15 s / +15 s / skip, and
//! at the end the alert chosen in Settings. It counts down to an end time kept on the device, so a
//! reload, a locked screen or a closed tab does not change it.

use leptos::prelude::*;

use super::Logger;
use crate::domain::gym::{clock, Alert};
use crate::ui::device;
use crate::ui::state::now;

/// A rest that ended at most this long ago still gets its alert (a page opened later does not).
const ALERT_WITHIN_SECONDS: i64 = 5;

/// The rest timer of the session.
#[component]
pub fn RestTimer() -> impl IntoView {
    let logger = expect_context::<Logger>();
    let gym = logger.gym;
    let left = Memo::new(move |_| {
        let at = logger.clock.get();
        gym.with(|gym| gym.rest.map(|rest| rest.left(at)))
    });
    let expanded = RwSignal::new(false);
    let over = RwSignal::new(false);
    // At the end: the alert once, then the rest is cleared.
    Effect::new(move |_| {
        if left.get() == Some(0) {
            // A rest that ended long ago (the page was closed) is cleared without an alert.
            let at = logger.clock.get_untracked();
            let just_ended = gym.with_untracked(|gym| {
                gym.rest
                    .is_some_and(|rest| (at - rest.until).num_seconds() <= ALERT_WITHIN_SECONDS)
            });
            let alert = if just_ended {
                gym.with_untracked(|gym| gym.alert)
            } else {
                Alert::Silence
            };
            match alert {
                Alert::Sound => {
                    let played = logger
                        .audio
                        .with_value(|audio| audio.as_ref().is_some_and(device::beep));
                    if !played {
                        device::vibrate();
                    }
                }
                Alert::Vibration => {
                    device::vibrate();
                }
                Alert::Silence => {}
            }
            logger.save_gym(|gym| gym.rest = None);
            expanded.set(false);
            over.set(true);
        }
    });
    let shift = move |delta: i64| {
        let at = now();
        logger.save_gym(|gym| gym.rest = gym.rest.map(|rest| rest.shifted(at, delta)));
        logger.clock.set(at);
    };
    let skip = move || {
        logger.save_gym(|gym| gym.rest = None);
        expanded.set(false);
    };
    let shown = move || clock(left.get().unwrap_or(0));
    let buttons = move || {
        view! {
            <button type="button" class="secondary" on:click=move |_| shift(-15)>"−15 s"</button>
            <button type="button" class="secondary" on:click=move |_| shift(15)>"+15 s"</button>
            <button type="button" class="secondary" on:click=move |_| skip()>"Skip"</button>
        }
    };
    view! {
        <Show when=move || left.get().is_some_and(|left| left > 0)>
            <div class="rest-bar" role="region" aria-label="Rest timer">
                <button type="button" class="rest-time" on:click=move |_| expanded.set(true)>
                    <span class="rest-label">"Rest "</span>
                    <span class="rest-clock">{shown}</span>
                    <span class="visually-hidden">" left: show it large"</span>
                </button>
                {buttons()}
            </div>
        </Show>
        <Show when=move || expanded.get() && left.get().is_some_and(|left| left > 0)>
            <div class="rest-full" role="dialog" aria-modal="true" aria-label="Rest timer, large">
                <p class="rest-full-label">"Rest"</p>
                <p class="rest-full-clock" role="timer">{shown}</p>
                <div class="rest-full-actions">{buttons()}</div>
                <button type="button" class="rest-full-close" on:click=move |_| expanded.set(false)>"Back to the sets"</button>
            </div>
        </Show>
        <p class="visually-hidden" role="status">{move || if over.get() && left.get().is_none() { "Rest over: next set." } else { "" }}</p>
    }
}
