//! The screen kept on while a session is open (Screen Wake Lock, on by default, off in Settings),
//! asked again when the page is shown again (the browser drops the lock when the tab is hidden),
//! and released when the session ends or the page is left.

use leptos::prelude::*;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

use crate::domain::gym::GymDevice;
use crate::ui::device;

/// Keeps the screen on while `open` is true and the person wants it.
pub fn keep_awake_while(open: Signal<bool>, gym: RwSignal<GymDevice>) {
    let lock: StoredValue<Option<JsValue>, LocalStorage> = StoredValue::new_local(None);
    let wanted = move || open.get_untracked() && gym.with_untracked(|gym| gym.wake_lock);
    let request = move || {
        if wanted() && lock.with_value(Option::is_none) && device::page_visible() {
            device::keep_awake(move |got| {
                if wanted() {
                    lock.set_value(got);
                } else if let Some(got) = got {
                    device::release(&got);
                }
            });
        }
    };
    let drop_lock = move || {
        if let Some(held) = lock.try_update_value(Option::take).flatten() {
            device::release(&held);
        }
    };
    Effect::new(move |_| {
        let on = open.get() && gym.with(|gym| gym.wake_lock);
        if on {
            request();
        } else {
            drop_lock();
        }
    });
    // Shown again: the browser released the lock when the page was hidden; ask again.
    let on_visible = Closure::<dyn Fn()>::new(move || {
        if device::page_visible() {
            lock.set_value(None);
            request();
        }
    });
    let document = || web_sys::window().and_then(|window| window.document());
    if let Some(document) = document() {
        let _ = document.add_event_listener_with_callback(
            "visibilitychange",
            on_visible.as_ref().unchecked_ref(),
        );
    }
    let listener: StoredValue<Option<Closure<dyn Fn()>>, LocalStorage> =
        StoredValue::new_local(Some(on_visible));
    on_cleanup(move || {
        drop_lock();
        let listener = listener.try_update_value(Option::take).flatten();
        if let (Some(document), Some(listener)) = (document(), listener) {
            let _ = document.remove_event_listener_with_callback(
                "visibilitychange",
                listener.as_ref().unchecked_ref(),
            );
        }
    });
}
