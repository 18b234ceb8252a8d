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
fn a_full_quota_refuses_the_save_and_damages_nothing() {
    clean();
    let mut store = local::open().store;
    store.save_checkin(&checkin(day("2026-11-01"))).unwrap();
    let before = browser_storage()
        .get_item("durable.v1.checkins.2026-11")
        .unwrap();
    // Fill local storage with junk until the browser says QuotaExceededError.
    let kv = LocalKv::probe().unwrap();
    let mut chunk = "x".repeat(1 << 20);
    let mut index = 0;
    while chunk.len() >= 16 {
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
    let error = store.save_checkin(&checkin(day("2026-11-02"))).unwrap_err();
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
    store.save_checkin(&checkin(day("2026-11-02"))).unwrap();
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

#[wasm_bindgen_test]
fn the_storage_listener_can_be_registered_and_dropped() {
    let listener = local::on_storage_change(|_key| {}).unwrap();
    drop(listener);
}

#[wasm_bindgen_test]
async fn persistence_can_be_asked_for() {
    // Headless Chromium may grant or refuse; the call must simply answer.
    let granted = durable::storage::persist::request_persistence().await;
    let persisted = durable::storage::persist::is_persisted().await;
    assert!(!granted || persisted);
}
