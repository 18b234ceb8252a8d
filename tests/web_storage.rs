//! Storage in a real browser (headless Chromium): read back, damage, a full quota, newer data and
//! a second tab, through the real `localStorage` adapter.
#![cfg(target_arch = "wasm32")]

use durable::domain::migrate;
use durable::storage::kv::Kv;
use durable::storage::layout;
use durable::storage::local::{self, LocalKv};
use durable::storage::{Mode, ProblemKind, SaveError};
use wasm_bindgen_test::*;

#[path = "common/synthetic.rs"]
mod synthetic;
use synthetic::{at, checkin, day, program, session};

wasm_bindgen_test_configure!(run_in_browser);

fn browser_storage() -> web_sys::Storage {
    web_sys::window().unwrap().local_storage().unwrap().unwrap()
}

/// Every test starts from an empty local storage.
fn clean() {
    browser_storage().clear().unwrap();
}

#[wasm_bindgen_test]
fn saved_data_reads_back_from_local_storage() {
    clean();
    let opened = local::open();
    assert_eq!(opened.mode, Mode::ReadWrite);
    let mut store = opened.store;
    store.save_program(&program()).unwrap();
    store
        .save_session(&session(at("2026-11-02 18:00"), true))
        .unwrap();
    store.save_checkin(&checkin(day("2026-11-03"))).unwrap();
    let reopened = local::open();
    assert!(reopened.problems.is_empty());
    assert_eq!(reopened.data(), store.data());
    let raw = browser_storage()
        .get_item("durable.v1.log.2026-11")
        .unwrap()
        .unwrap();
    let header = format!("{{\"r\":1,\"s\":{},", migrate::CURRENT);
    assert!(raw.starts_with(&header), "{raw}");
}

#[wasm_bindgen_test]
fn unparsable_data_is_reported_and_kept_aside() {
    clean();
    let mut store = local::open().store;
    store.save_checkin(&checkin(day("2026-10-01"))).unwrap();
    browser_storage()
        .set_item("durable.v1.checkins.2026-11", "{{{ not json")
        .unwrap();
    browser_storage()
        .set_item(
            layout::PROGRAM,
            "{\"r\":1,\"s\":1,\"d\":{\"G\":{\"name\":5}}}",
        )
        .unwrap();
    let opened = local::open();
    assert_eq!(opened.data().checkins.len(), 1, "the rest loads");
    assert_eq!(opened.problems.len(), 2);
    for problem in &opened.problems {
        assert!(matches!(
            problem.kind,
            ProblemKind::Corrupt {
                kept_as: Some(_),
                ..
            }
        ));
        assert!(problem.to_string().contains("could not be read"));
    }
    assert_eq!(
        browser_storage()
            .get_item("durable.v1.quarantine.durable.v1.checkins.2026-11")
            .unwrap()
            .as_deref(),
        Some("{{{ not json")
    );
}

#[wasm_bindgen_test]
fn another_tabs_unreadable_change_is_a_load_problem_and_a_second_damage_is_kept_too() {
    clean();
    let key = "durable.v1.checkins.2026-11";
    let mut store = local::open().store;
    store.save_checkin(&checkin(day("2026-11-01"))).unwrap();
    for (damage, kept) in [
        (
            "{ first damage",
            "durable.v1.quarantine.durable.v1.checkins.2026-11",
        ),
        (
            "{ second damage",
            "durable.v1.quarantine.durable.v1.checkins.2026-11.1",
        ),
    ] {
        // Another tab (or a broken extension) writes text this app cannot read.
        browser_storage().set_item(key, damage).unwrap();
        let Err(durable::storage::LoadError::Problem(problem)) = store.refresh(Some(key)) else {
            panic!("the damage is a load problem");
        };
        assert_eq!(problem.key, key);
        assert!(problem.to_string().contains("check-ins for November 2026"));
        assert_eq!(
            browser_storage().get_item(kept).unwrap().as_deref(),
            Some(damage)
        );
        store.save_checkin(&checkin(day("2026-11-02"))).unwrap();
    }
    assert_eq!(
        store.quarantined().unwrap().len(),
        2,
        "both damaged texts are kept"
    );
    assert!(local::open().problems.is_empty());
}

#[wasm_bindgen_test]
fn a_full_quota_refuses_the_save_and_damages_nothing() {
    clean();
    let mut store = local::open().store;
    store.save_checkin(&checkin(day("2026-11-01"))).unwrap();
    let before = browser_storage()
        .get_item("durable.v1.checkins.2026-11")
        .unwrap();
    // Fill local storage with junk until not one more character fits (stored text is packed, so
    // a save may grow a key by only a few characters).
    let kv = LocalKv::probe().unwrap();
    let mut chunk = "x".repeat(1 << 20);
    let mut index = 0;
    while !chunk.is_empty() {
        match kv.set(&format!("junk.{index}"), &chunk) {
            Ok(()) => index += 1,
            Err(durable::storage::KvError::QuotaExceeded) => chunk.truncate(chunk.len() / 2),
            Err(other) => panic!("unexpected error {other:?}"),
        }
    }
    // The browser's exception is an `Error`, so it maps through gloo's error type by its name.
    let thrown = browser_storage()
        .set_item("junk.more", &"x".repeat(1 << 16))
        .unwrap_err();
    let gloo_error = gloo_utils::errors::JsError::try_from(thrown).unwrap();
    assert_eq!(gloo_error.name, "QuotaExceededError");
    let error = store
        .save_session(&session(at("2026-11-02 18:00"), true))
        .unwrap_err();
    assert_eq!(error, SaveError::QuotaExceeded);
    // A new month's key does not fit either. (A second check-in in November might: packed, the
    // month grows by a few characters, and browsers let a key grow into what little is left.)
    let error = store.save_checkin(&checkin(day("2026-12-01"))).unwrap_err();
    assert_eq!(error, SaveError::QuotaExceeded);
    assert_eq!(store.data().sessions.len(), 1, "kept in memory");
    assert_eq!(store.data().checkins.len(), 2, "kept in memory");
    assert_eq!(
        browser_storage()
            .get_item("durable.v1.checkins.2026-11")
            .unwrap(),
        before,
        "stored data undamaged"
    );
    for junk in 0..=index {
        kv.remove(&format!("junk.{junk}")).unwrap();
    }
    store.save_checkin(&checkin(day("2026-12-01"))).unwrap();
    assert_eq!(local::open().data().checkins.len(), 2);
}

#[wasm_bindgen_test]
fn data_from_a_newer_version_opens_read_only() {
    clean();
    local::open()
        .store
        .save_checkin(&checkin(day("2026-11-01")))
        .unwrap();
    let newer = migrate::CURRENT + 1;
    browser_storage()
        .set_item(
            layout::META,
            &format!("{{\"schema\":{newer},\"app\":\"0.9.0\"}}"),
        )
        .unwrap();
    let opened = local::open();
    assert!(matches!(opened.mode, Mode::ReadOnly { schema, .. } if schema == newer));
    assert_eq!(opened.data().checkins.len(), 1);
    let mut store = opened.store;
    assert_eq!(
        store.save_checkin(&checkin(day("2026-11-02"))),
        Err(SaveError::ReadOnly)
    );
    assert!(browser_storage()
        .get_item("durable.v1.checkins.2026-11")
        .unwrap()
        .unwrap()
        .starts_with("{\"r\":1,"));
}

#[wasm_bindgen_test]
fn a_write_from_another_tab_is_never_overwritten() {
    clean();
    let mut store = local::open().store;
    store.save_program(&program()).unwrap();
    // The other tab: the same key written with a newer revision.
    let newer = "{\"r\":9,\"s\":1,\"d\":{\"G\":{\"name\":\"From the other tab\",\"weeks\":12,\
                 \"start\":\"2026-11-02\",\"days\":[]}}}";
    browser_storage().set_item(layout::PROGRAM, newer).unwrap();
    let error = store.save_program(&program()).unwrap_err();
    assert_eq!(
        error,
        SaveError::Stale {
            key: layout::PROGRAM.to_string()
        }
    );
    assert_eq!(
        browser_storage()
            .get_item(layout::PROGRAM)
            .unwrap()
            .as_deref(),
        Some(newer)
    );
    store.refresh(Some(layout::PROGRAM)).unwrap();
    assert_eq!(
        store.data().program.as_ref().unwrap().name,
        "From the other tab"
    );
    store.save_program(&program()).unwrap();
    assert!(browser_storage()
        .get_item(layout::PROGRAM)
        .unwrap()
        .unwrap()
        .starts_with("{\"r\":10,"));
}

/// A `storage` event as another tab's write sends it, for `key` (`None`: storage was cleared).
fn storage_event(key: Option<&str>) -> web_sys::StorageEvent {
    let event = web_sys::StorageEvent::new("storage").unwrap();
    if let Some(key) = key {
        // The browser fills `key` itself; a page can only shadow the getter on the event.
        let descriptor = js_sys::Object::new();
        js_sys::Reflect::set(&descriptor, &"value".into(), &key.into()).unwrap();
        js_sys::Object::define_property(&event, &"key".into(), &descriptor);
    }
    event
}

#[wasm_bindgen_test]
fn the_storage_listener_passes_our_keys_on_and_stops_when_dropped() {
    use std::cell::RefCell;
    use std::rc::Rc;
    let heard: Rc<RefCell<Vec<Option<String>>>> = Rc::default();
    let record = heard.clone();
    let listener = local::on_storage_change(move |key| record.borrow_mut().push(key)).unwrap();
    let window = web_sys::window().unwrap();
    for key in [Some(layout::PROFILE), Some("other-app.setting"), None] {
        window.dispatch_event(&storage_event(key)).unwrap();
    }
    assert_eq!(
        *heard.borrow(),
        vec![Some(layout::PROFILE.to_string()), None],
        "our key and a clear are passed on; another app's key is not"
    );
    drop(listener);
    window
        .dispatch_event(&storage_event(Some(layout::PROGRAM)))
        .unwrap();
    assert_eq!(heard.borrow().len(), 2, "a dropped listener hears nothing");
}

#[wasm_bindgen_test]
async fn persistence_can_be_asked_for() {
    // Chromium offers the request, so a refusal below is the browser's answer, not a missing API.
    let navigator = web_sys::window().unwrap().navigator();
    assert!(wasm_bindgen::JsValue::from(navigator.storage()).is_object());
    // Headless Chromium may grant or refuse; whatever it answered, asking whether storage is
    // persistent must give the same answer.
    let granted = durable::storage::persist::request_persistence().await;
    let persisted = durable::storage::persist::is_persisted().await;
    assert_eq!(granted, persisted);
}
