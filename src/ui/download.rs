//! Saving text as a file on the person's device (a backup or a plan), with no server involved.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Offers `text` as a download named `file_name`. Returns a plain message when the browser refuses.
pub fn download_text(file_name: &str, text: &str, mime: &str) -> Result<(), String> {
    let refused = |_| "This browser did not allow the download.".to_string();
    let window = web_sys::window().ok_or("There is no browser window.")?;
    let document = window
        .document()
        .ok_or("There is no page to download from.")?;
    let parts = js_sys::Array::of1(&text.into());
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob =
        web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).map_err(refused)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(refused)?;
    let anchor: web_sys::HtmlAnchorElement = document
        .create_element("a")
        .map_err(refused)?
        .unchecked_into();
    anchor.set_href(&url);
    anchor.set_download(file_name);
    anchor.click();
    web_sys::Url::revoke_object_url(&url).map_err(refused)?;
    Ok(())
}

/// Downloads a full backup of everything stored, named by today's date.
pub fn download_backup(store: &crate::storage::Store) -> Result<(), String> {
    let now = crate::ui::state::now();
    let name = format!("durable-backup-{}.json", now.format("%Y-%m-%d"));
    download_text(&name, &store.export_backup(now), "application/json")
}

/// Downloads a full backup and records when, so reminders know (not for read-only data, which
/// this version never writes).
pub fn download_and_record_backup(state: crate::ui::state::AppState) -> Result<(), String> {
    state.store.with_untracked(download_backup)?;
    let read_only = state
        .store
        .with_untracked(|store| matches!(store.mode(), crate::storage::Mode::ReadOnly { .. }));
    if !read_only {
        let at = crate::ui::state::now();
        state.save(move |store| store.record_backup(at));
    }
    Ok(())
}
