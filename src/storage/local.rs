//! The browser's local storage as a [`Kv`] (wasm32 only), and the listener for other tabs' writes.
//!
//! Values are stored as raw strings through `web_sys::Storage` (gloo-storage's typed API would
//! wrap every value in JSON once more, and its `LocalStorage::raw()` panics when storage is
//! unavailable, so the store is probed first and used directly).

use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

use super::kv::{Kv, KvError};
use super::{Opened, Store};

/// A key written and removed once at start to check that storage really works.
const PROBE_KEY: &str = "durable.v1.probe";

/// The browser's `localStorage`.
pub struct LocalKv {
    storage: web_sys::Storage,
}

impl LocalKv {
    /// The browser's local storage, if this page may use it.
    pub fn probe() -> Result<LocalKv, KvError> {
        let window = web_sys::window()
            .ok_or_else(|| KvError::Unavailable("there is no browser window".to_string()))?;
        let storage = window
            .local_storage()
            .map_err(|error| KvError::Unavailable(js_text(&error)))?
            .ok_or_else(|| KvError::Unavailable("local storage is turned off".to_string()))?;
        let local = LocalKv { storage };
        // Some browsers give a store that throws on every write (old private modes); a full
        // store is still a store.
        match local.set(PROBE_KEY, "1") {
            Ok(()) | Err(KvError::QuotaExceeded) => {}
            Err(error) => return Err(KvError::Unavailable(error.to_string())),
        }
        let _ = local.remove(PROBE_KEY);
        Ok(local)
    }
}

/// Opens the app's storage in this browser; when local storage cannot be used the store runs in
/// memory and `mode` is [`super::Mode::Unavailable`].
pub fn open() -> Opened {
    match LocalKv::probe() {
        Ok(local) => Store::open(Box::new(local)),
        Err(error) => Store::open_unavailable(error.to_string()),
    }
}

impl Kv for LocalKv {
    fn get(&self, key: &str) -> Result<Option<String>, KvError> {
        self.storage.get_item(key).map_err(|error| kv_error(&error))
    }

    fn set(&self, key: &str, value: &str) -> Result<(), KvError> {
        self.storage
            .set_item(key, value)
            .map_err(|error| kv_error(&error))
    }

    fn remove(&self, key: &str) -> Result<(), KvError> {
        self.storage
            .remove_item(key)
            .map_err(|error| kv_error(&error))
    }

    fn keys(&self) -> Result<Vec<String>, KvError> {
        let count = self.storage.length().map_err(|error| kv_error(&error))?;
        let mut keys = Vec::with_capacity(count as usize);
        for index in 0..count {
            if let Some(key) = self.storage.key(index).map_err(|error| kv_error(&error))? {
                keys.push(key);
            }
        }
        Ok(keys)
    }
}

/// Keeps the window `storage` listener alive; dropping it removes the listener.
pub struct StorageListener {
    closure: Closure<dyn FnMut(web_sys::StorageEvent)>,
}

impl Drop for StorageListener {
    fn drop(&mut self) {
        if let Some(window) = web_sys::window() {
            let _ = window.remove_event_listener_with_callback(
                "storage",
                self.closure.as_ref().unchecked_ref(),
            );
        }
    }
}

/// Calls `on_change` with the changed key (`None` when another tab cleared storage) each time
/// another tab of this site writes local storage. Pass the key to [`Store::refresh`]. The browser
/// sends this event only to *other* tabs, never to the one that wrote.
pub fn on_storage_change(
    on_change: impl Fn(Option<String>) + 'static,
) -> Result<StorageListener, KvError> {
    let window = web_sys::window()
        .ok_or_else(|| KvError::Unavailable("there is no browser window".to_string()))?;
    let closure =
        Closure::<dyn FnMut(web_sys::StorageEvent)>::new(move |event: web_sys::StorageEvent| {
            let key = event.key();
            let ours = key
                .as_deref()
                .is_none_or(|key| key.starts_with(super::layout::PREFIX));
            if ours {
                on_change(key);
            }
        });
    window
        .add_event_listener_with_callback("storage", closure.as_ref().unchecked_ref())
        .map_err(|error| kv_error(&error))?;
    Ok(StorageListener { closure })
}

/// A browser exception as a [`KvError`]: `QuotaExceededError` (and Firefox's older
/// `NS_ERROR_DOM_QUOTA_REACHED`) mean the store is full.
fn kv_error(error: &JsValue) -> KvError {
    let name = js_sys::Reflect::get(error, &JsValue::from_str("name"))
        .ok()
        .and_then(|name| name.as_string())
        .unwrap_or_default();
    match name.as_str() {
        "QuotaExceededError" | "NS_ERROR_DOM_QUOTA_REACHED" => KvError::QuotaExceeded,
        "SecurityError" => KvError::Unavailable(js_text(error)),
        _ => KvError::Other(js_text(error)),
    }
}

/// The name and message of a browser exception, for a report.
fn js_text(error: &JsValue) -> String {
    let field = |name: &str| {
        js_sys::Reflect::get(error, &JsValue::from_str(name))
            .ok()
            .and_then(|value| value.as_string())
            .unwrap_or_default()
    };
    let (name, message) = (field("name"), field("message"));
    if name.is_empty() && message.is_empty() {
        format!("{error:?}")
    } else {
        format!("{name}: {message}")
    }
}
