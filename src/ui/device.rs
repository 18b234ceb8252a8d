//! What the phone itself can do for the gym screen, asked of the browser: keep the screen awake
//! (Screen Wake Lock), make a short sound (Web Audio, unlocked by the person's own tap), vibrate.
//! Each is looked up at run time, so a browser without it simply says so; nothing here decides.

use js_sys::{Function, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// A property of `target`, when it is there.
fn get(target: &JsValue, name: &str) -> Option<JsValue> {
    Reflect::get(target, &JsValue::from_str(name))
        .ok()
        .filter(|value| !value.is_undefined() && !value.is_null())
}

/// Calls method `name` of `target` with `args`.
fn call(target: &JsValue, name: &str, args: &[JsValue]) -> Option<JsValue> {
    let method: Function = get(target, name)?.dyn_into().ok()?;
    let args: js_sys::Array = args.iter().collect();
    method.apply(target, &args).ok()
}

/// The browser's navigator.
fn navigator() -> Option<JsValue> {
    web_sys::window().map(|window| window.navigator().into())
}

/// True when the browser offers the Screen Wake Lock.
pub fn can_keep_awake() -> bool {
    navigator()
        .and_then(|navigator| get(&navigator, "wakeLock"))
        .is_some()
}

/// True when the browser says it can vibrate.
pub fn can_vibrate() -> bool {
    navigator()
        .and_then(|navigator| get(&navigator, "vibrate"))
        .is_some()
}

/// True when the browser can make sounds.
pub fn can_sound() -> bool {
    web_sys::window()
        .and_then(|window| get(&window.into(), "AudioContext"))
        .is_some()
}

/// True while the page is shown (not a hidden tab or a locked screen).
pub fn page_visible() -> bool {
    web_sys::window()
        .and_then(|window| window.document())
        .is_none_or(|document| !document.hidden())
}

/// Asks to keep the screen on; the answer (a lock to release later) comes back through `done`,
/// `None` when the browser refuses or cannot.
pub fn keep_awake(done: impl FnOnce(Option<JsValue>) + 'static) {
    let request = navigator()
        .and_then(|navigator| get(&navigator, "wakeLock"))
        .and_then(|lock| call(&lock, "request", &[JsValue::from_str("screen")]))
        .and_then(|promise| promise.dyn_into::<js_sys::Promise>().ok());
    match request {
        Some(promise) => wasm_bindgen_futures::spawn_local(async move {
            done(JsFuture::from(promise).await.ok());
        }),
        None => done(None),
    }
}

/// Lets the screen sleep again.
pub fn release(lock: &JsValue) {
    if let Some(promise) =
        call(lock, "release", &[]).and_then(|value| value.dyn_into::<js_sys::Promise>().ok())
    {
        // A lock the browser already dropped rejects; there is nothing more to do then.
        wasm_bindgen_futures::spawn_local(async move {
            let _ = JsFuture::from(promise).await;
        });
    }
}

/// A sound player, made (or resumed) inside the person's tap so the browser allows it later.
pub fn unlock_audio(current: Option<JsValue>) -> Option<JsValue> {
    let context = current.or_else(|| {
        let window: JsValue = web_sys::window()?.into();
        let constructor: Function = get(&window, "AudioContext")?.dyn_into().ok()?;
        Reflect::construct(&constructor, &js_sys::Array::new()).ok()
    })?;
    call(&context, "resume", &[]);
    Some(context)
}

/// Two short tones through `context`.
pub fn beep(context: &JsValue) -> bool {
    let Some(start) = get(context, "currentTime").and_then(|time| time.as_f64()) else {
        return false;
    };
    let Some(destination) = get(context, "destination") else {
        return false;
    };
    for (offset, pitch) in [(0.0, 880.0), (0.35, 1175.0)] {
        let Some(oscillator) = call(context, "createOscillator", &[]) else {
            return false;
        };
        let Some(gain) = call(context, "createGain", &[]) else {
            return false;
        };
        if let Some(frequency) = get(&oscillator, "frequency") {
            let _ = Reflect::set(&frequency, &"value".into(), &pitch.into());
        }
        if let Some(volume) = get(&gain, "gain") {
            let _ = Reflect::set(&volume, &"value".into(), &0.3.into());
        }
        call(&oscillator, "connect", std::slice::from_ref(&gain));
        call(&gain, "connect", std::slice::from_ref(&destination));
        call(&oscillator, "start", &[(start + offset).into()]);
        call(&oscillator, "stop", &[(start + offset + 0.25).into()]);
    }
    true
}

/// One vibration; false when the phone cannot.
pub fn vibrate() -> bool {
    navigator()
        .and_then(|navigator| call(&navigator, "vibrate", &[JsValue::from_f64(400.0)]))
        .and_then(|answer| answer.as_bool())
        .unwrap_or(false)
}
