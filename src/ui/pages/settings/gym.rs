//! Settings: the rest timer's alert on this phone (a sound, a vibration or silence, with a test
//! that says honestly what this phone can do) and keeping the screen on during a session.

use leptos::prelude::*;
use wasm_bindgen::JsValue;

use crate::domain::gym::{Alert, GymDevice};
use crate::ui::device;
use crate::ui::state::AppState;

/// The gym section of Settings.
#[component]
pub fn GymSection() -> impl IntoView {
    let state = expect_context::<AppState>();
    let gym = RwSignal::new(state.store.with_untracked(|store| store.gym()));
    let said = RwSignal::new(String::new());
    let audio: StoredValue<Option<JsValue>, LocalStorage> = StoredValue::new_local(None);
    let save = move |change: &dyn Fn(&mut GymDevice)| {
        gym.update(|gym| change(gym));
        let current = gym.get_untracked();
        state.save(|store| store.save_gym(&current));
    };
    let test = move |_| {
        let alert = gym.get_untracked().alert;
        let words = match alert {
            Alert::Sound => {
                audio.update_value(|player| *player = device::unlock_audio(player.take()));
                let played = audio.with_value(|player| player.as_ref().is_some_and(device::beep));
                if played {
                    "A sound played. If you heard nothing, check the volume and the silent switch: a phone on silent stays silent."
                } else {
                    "This browser cannot play a sound: choose vibration or silence."
                }
            }
            Alert::Vibration => {
                if device::vibrate() {
                    "The phone was asked to vibrate. If you felt nothing, it cannot: choose sound or silence."
                } else {
                    "This phone or browser cannot vibrate: choose sound or silence."
                }
            }
            Alert::Silence => {
                "Silence: the rest timer shows “Rest over” on the screen and makes no sound."
            }
        };
        said.set(words.to_string());
    };
    let awake_note = if device::can_keep_awake() {
        "While a session is open, the screen stays on so the timer and your sets stay in view."
    } else {
        "This browser cannot keep the screen on; the timer still counts while the screen is off."
    };
    view! {
        <section class="card" aria-labelledby="gym-settings">
            <h2 id="gym-settings">"Rest timer and screen"</h2>
            <fieldset>
                <legend>"When a rest ends"</legend>
                <div class="effort-chips">
                    {Alert::ALL.into_iter().map(|choice| view! {
                        <button type="button" class="chip" aria-pressed=move || (gym.with(|gym| gym.alert) == choice).to_string()
                            on:click=move |_| { save(&|gym: &mut GymDevice| gym.alert = choice); said.set(String::new()); }>
                            {choice.label()}
                        </button>
                    }).collect_view()}
                </div>
            </fieldset>
            <div class="actions">
                <button type="button" class="secondary" on:click=test>"Test the alert"</button>
            </div>
            <p role="status" class="small">{move || said.get()}</p>
            <div class="check toggle">
                <input id="wake-lock" type="checkbox" prop:checked=move || gym.with(|gym| gym.wake_lock)
                    on:change=move |event| {
                        let on = event_target_checked(&event);
                        save(&|gym: &mut GymDevice| gym.wake_lock = on);
                    }/>
                <label for="wake-lock">"Keep the screen on during a session"</label>
            </div>
            <p class="small muted">{awake_note}</p>
            <p class="small muted">{if device::can_vibrate() { "This phone says it can vibrate." } else { "This phone or browser cannot vibrate." }}
                " "{if device::can_sound() { "It can play sounds." } else { "It cannot play sounds." }}</p>
        </section>
    }
}
