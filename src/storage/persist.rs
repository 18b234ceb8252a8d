//! Asks the browser to keep this site's storage when space runs low (wasm32 only).
//!
//! Without this, a browser may clear local storage of a site not visited for a while. Browsers
//! decide themselves whether to grant it (Chrome grants it to installed apps and often-used sites).

use wasm_bindgen::JsValue;
use wasm_bindgen_futures::JsFuture;

/// Asks for persistent storage; `true` when the browser grants it (or had already).
/// `false` when refused or when the browser has no such request.
pub async fn request_persistence() -> bool {
    match storage_manager() {
        Some(manager) => match manager.persist() {
            Ok(promise) => resolved_true(JsFuture::from(promise).await),
            Err(_) => false,
        },
        None => false,
    }
}

/// `true` when the browser has already made this site's storage persistent.
pub async fn is_persisted() -> bool {
    match storage_manager() {
        Some(manager) => match manager.persisted() {
            Ok(promise) => resolved_true(JsFuture::from(promise).await),
            Err(_) => false,
        },
        None => false,
    }
}

fn storage_manager() -> Option<web_sys::StorageManager> {
    let navigator = web_sys::window()?.navigator();
    // Older browsers lack `navigator.storage`; the binding returns an undefined value then.
    let manager = navigator.storage();
    if JsValue::from(manager.clone()).is_undefined() {
        None
    } else {
        Some(manager)
    }
}

fn resolved_true(result: Result<JsValue, JsValue>) -> bool {
    result
        .ok()
        .and_then(|value| value.as_bool())
        .unwrap_or(false)
}
