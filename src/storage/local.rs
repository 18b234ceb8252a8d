//! The browser's local storage as a [`Kv`] (wasm32 only), and the listener for other tabs' writes.
//!
//! The storage object comes from gloo-storage's `LocalStorage::raw()`, once `window.localStorage`
//! has been probed (`raw()` panics when storage is unavailable). Values are read and written as raw
//! strings on it: gloo-storage's typed `get`/`set` would wrap every value in JSON once more. Browser
//! exceptions become gloo's [`StorageError`] and then a [`KvError`] (`QuotaExceededError` → full).

use gloo_storage::errors::StorageError;
use gloo_storage::{LocalStorage, Storage};
use gloo_utils::errors::JsError;
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
        // `LocalStorage::raw()` panics when storage is unavailable: ask the window first.
        window
            .local_storage()
            .map_err(|error| match kv_error(error) {
                KvError::QuotaExceeded => KvError::Unavailable("local storage is full".to_string()),
                KvError::Unavailable(detail) | KvError::Other(detail) => {
                    KvError::Unavailable(detail)
                }
            })?
            .ok_or_else(|| KvError::Unavailable("local storage is turned off".to_string()))?;
        let local = LocalKv {
            storage: LocalStorage::raw(),
        };
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
        self.storage.get_item(key).map_err(kv_error)
    }

    fn set(&self, key: &str, value: &str) -> Result<(), KvError> {
        self.storage.set_item(key, value).map_err(kv_error)
    }

    fn remove(&self, key: &str) -> Result<(), KvError> {
        self.storage.remove_item(key).map_err(kv_error)
    }

    fn keys(&self) -> Result<Vec<String>, KvError> {
        let count = self.storage.length().map_err(kv_error)?;
        let mut keys = Vec::with_capacity(count as usize);
        for index in 0..count {
            if let Some(key) = self.storage.key(index).map_err(kv_error)? {
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
        .map_err(kv_error)?;
    Ok(StorageListener { closure })
}

/// A browser exception as a [`KvError`], through gloo's [`StorageError`].
fn kv_error(error: JsValue) -> KvError {
    match JsError::try_from(error) {
        Ok(error) => from_gloo(StorageError::JsError(error)),
        // Not an `Error` object (browsers throw `DOMException`s, which are): read its name anyway.
        Err(other) => {
            let name = js_sys::Reflect::get(&other.js_value, &JsValue::from_str("name"))
                .ok()
                .and_then(|name| name.as_string())
                .unwrap_or_default();
            by_name(&name, other.to_string())
        }
    }
}

/// gloo's error as a [`KvError`]: `QuotaExceededError` (and Firefox's older
/// `NS_ERROR_DOM_QUOTA_REACHED`) mean the store is full, `SecurityError` that it may not be used.
fn from_gloo(error: StorageError) -> KvError {
    match &error {
        StorageError::JsError(js) => by_name(&js.name, error.to_string()),
        StorageError::SerdeError(_) | StorageError::KeyNotFound(_) => {
            KvError::Other(error.to_string())
        }
    }
}

fn by_name(name: &str, text: String) -> KvError {
    match name {
        "QuotaExceededError" | "NS_ERROR_DOM_QUOTA_REACHED" => KvError::QuotaExceeded,
        "SecurityError" => KvError::Unavailable(text),
        _ => KvError::Other(text),
    }
}
