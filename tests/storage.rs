//! Native tests of storage on the in-memory store: saving, reloading, damage, quota, two tabs.

use std::time::Instant;

use std::collections::BTreeMap;

use durable::domain::backup;
use durable::domain::catalog::Implement;
use durable::domain::data::AppData;
use durable::domain::log::ExerciseLog;
use durable::domain::migrate;
use durable::domain::program::{Program, SchemeTarget, SlotClass, Tempo};
use durable::storage::layout::{KeyKind, Month};
use durable::storage::{codec, layout};
use durable::storage::{
    dropped_notice, Change, Kv, MemoryKv, Mode, ProblemKind, SaveError, Store, QUOTA_UNITS,
    SNAPSHOT_BUDGET_UNITS,
};
use proptest::prelude::*;

#[path = "common/synthetic.rs"]
mod synthetic;
use synthetic::{at, checkin, day, five_years, program, session};

fn open(kv: &MemoryKv) -> durable::storage::Opened {
    Store::open(Box::new(kv.clone()))
}

#[test]
fn saved_data_reads_back_after_reopening() {
    let kv = MemoryKv::new();
    let mut store = open(&kv).store;
    store.save_program(&program()).unwrap();
    store
        .save_session(&session(at("2026-11-02 18:00"), true))
        .unwrap();
    store.save_checkin(&checkin(day("2026-11-03"))).unwrap();
    let opened = open(&kv);
    assert!(opened.problems.is_empty());
    assert_eq!(opened.mode, Mode::ReadWrite);
    assert_eq!(opened.data(), store.data());
    assert_eq!(opened.data().sessions.len(), 1);
    assert_eq!(opened.data().checkins[0].sleep_hours, Some(7.3));
    assert!(kv.entries().contains_key("durable.v1.log.2026-11"));
    assert!(kv.entries().contains_key("durable.v1.meta"));
}

#[test]
fn a_session_in_progress_survives_a_reload_and_is_cleared_once_logged() {
    let kv = MemoryKv::new();
    let mut store = open(&kv).store;
    let mut current = session(at("2026-11-02 18:00"), false);
    store.save_in_progress(&current).unwrap();
    let mut reopened = open(&kv).store;
    assert_eq!(reopened.in_progress(), Some(&current));
    current.finished = true;
    reopened.save_session(&current).unwrap();
    assert_eq!(reopened.in_progress(), None);
    let again = open(&kv);
    assert_eq!(again.store.in_progress(), None);
    assert_eq!(again.data().sessions, vec![current]);
}

#[test]
fn a_session_moved_to_another_month_is_stored_once_and_a_deleted_one_is_gone() {
    let kv = MemoryKv::new();
    let mut store = open(&kv).store;
    let january = session(at("2026-01-30 18:00"), true);
    let mut kept = session(at("2026-01-05 18:00"), true);
    kept.id = "kept".into();
    store.save_session(&january).unwrap();
    store.save_session(&kept).unwrap();
    // History edits the date and time: the session moves to February's shard, once.
    let mut moved = january.clone();
    moved.started = at("2026-02-02 07:30");
    store.save_session(&moved).unwrap();
    let opened = open(&kv);
    assert_eq!(opened.data().sessions, vec![kept.clone(), moved.clone()]);
    assert!(kv.entries().contains_key("durable.v1.log.2026-02"));
    // Deleting the only session of a month removes that month's key; undo saves it again.
    let mut store = opened.store;
    store.delete_session(&moved).unwrap();
    assert!(!kv.entries().contains_key("durable.v1.log.2026-02"));
    assert_eq!(open(&kv).data().sessions, vec![kept.clone()]);
    store.save_session(&moved).unwrap();
    assert_eq!(open(&kv).data().sessions, vec![kept, moved]);
}

#[test]
fn a_corrected_check_in_replaces_its_day_and_a_deleted_one_comes_back_with_undo() {
    let kv = MemoryKv::new();
    let mut store = open(&kv).store;
    let kept = checkin(day("2026-11-02"));
    let mut only = checkin(day("2026-12-01"));
    store.save_checkin(&kept).unwrap();
    store.save_checkin(&only).unwrap();
    only.pain = Some(6);
    only.flare = true;
    store.save_checkin(&only).unwrap();
    assert_eq!(open(&kv).data().checkins, vec![kept.clone(), only.clone()]);
    // Deleting the only check-in of a month removes that month's key; undo saves it again.
    store.delete_checkin(&only).unwrap();
    assert!(!kv.entries().contains_key("durable.v1.checkins.2026-12"));
    assert_eq!(open(&kv).data().checkins, vec![kept.clone()]);
    store.save_checkin(&only).unwrap();
    assert_eq!(open(&kv).data().checkins, vec![kept, only]);
}

#[test]
fn a_full_store_refuses_the_save_keeps_memory_and_leaves_storage_as_it_was() {
    let kv = MemoryKv::new();
    let mut store = open(&kv).store;
    store.save_checkin(&checkin(day("2026-11-01"))).unwrap();
    kv.set_quota(Some(kv.used_units() + 10));
    let before = kv.entries();
    let error = store
        .save_session(&session(at("2026-11-02 18:00"), true))
        .unwrap_err();
    assert_eq!(error, SaveError::QuotaExceeded);
    assert!(error.to_string().contains("download a backup"));
    assert_eq!(store.data().sessions.len(), 1, "kept in memory");
    assert_eq!(kv.entries(), before, "nothing stored was changed");
    // Once there is room again, the next save writes everything kept in memory.
    kv.set_quota(None);
    store.save_checkin(&checkin(day("2026-11-02"))).unwrap();
    store
        .save_session(&session(at("2026-11-04 18:00"), true))
        .unwrap();
    assert_eq!(open(&kv).data().sessions.len(), 2);
}

#[test]
fn a_damaged_key_is_kept_aside_and_everything_else_loads() {
    let kv = MemoryKv::new();
    let mut store = open(&kv).store;
    store.save_checkin(&checkin(day("2026-10-01"))).unwrap();
    store.save_checkin(&checkin(day("2026-11-01"))).unwrap();
    kv.set(
        "durable.v1.checkins.2026-11",
        "{\"r\":1,\"s\":1,\"d\":{\"C\":[{\"d\":",
    )
    .unwrap();
    let opened = open(&kv);
    assert_eq!(opened.data().checkins, vec![checkin(day("2026-10-01"))]);
    assert_eq!(opened.problems.len(), 1);
    let problem = &opened.problems[0];
    assert_eq!(problem.key, "durable.v1.checkins.2026-11");
    assert!(matches!(
        &problem.kind,
        ProblemKind::Corrupt { kept_as: Some(kept), .. }
            if kept == "durable.v1.quarantine.durable.v1.checkins.2026-11"
    ));
    assert_eq!(
        problem.to_string(),
        "Your check-ins for November 2026 could not be read, so it is not shown. The damaged text \
         was kept aside in this browser, so nothing is deleted; everything else loaded."
    );
    // Saving that month again works, and the damaged text stays aside.
    let mut store = opened.store;
    store.save_checkin(&checkin(day("2026-11-02"))).unwrap();
    let kept = store.quarantined().unwrap();
    assert_eq!(kept.len(), 1);
    assert!(kept[0].1.starts_with("{\"r\":1"));
    assert_eq!(open(&kv).problems, vec![]);
}

#[test]
fn a_key_whose_data_is_damaged_inside_a_sound_envelope_can_be_saved_again() {
    let kv = MemoryKv::new();
    let damaged = r#"{"r":3,"s":1,"d":{"C":[{"d":"not a date","p":2}]}}"#;
    kv.set("durable.v1.checkins.2026-11", damaged).unwrap();
    let opened = open(&kv);
    assert!(matches!(
        &opened.problems[0].kind,
        ProblemKind::Corrupt {
            kept_as: Some(_),
            ..
        }
    ));
    let mut store = opened.store;
    store.save_checkin(&checkin(day("2026-11-02"))).unwrap();
    let opened = open(&kv);
    assert_eq!(opened.problems, vec![]);
    assert_eq!(opened.data().checkins, vec![checkin(day("2026-11-02"))]);
    assert_eq!(store.quarantined().unwrap()[0].1, damaged);
}

#[test]
fn a_damaged_key_that_cannot_be_kept_aside_is_never_overwritten() {
    let kv = MemoryKv::new();
    kv.set(layout::PROGRAM, "not json").unwrap();
    kv.set_quota(Some(kv.used_units()));
    let opened = open(&kv);
    assert!(matches!(
        opened.problems[0].kind,
        ProblemKind::Corrupt { kept_as: None, .. }
    ));
    let mut store = opened.store;
    kv.set_quota(None);
    let error = store.save_program(&program()).unwrap_err();
    assert!(matches!(error, SaveError::Held { .. }));
    assert_eq!(
        kv.get(layout::PROGRAM).unwrap().as_deref(),
        Some("not json")
    );
}

#[test]
fn data_from_a_newer_version_opens_read_only_and_is_never_written() {
    let kv = MemoryKv::new();
    open(&kv)
        .store
        .save_checkin(&checkin(day("2026-11-01")))
        .unwrap();
    let newer = migrate::CURRENT + 1;
    kv.set(
        layout::META,
        &format!(r#"{{"schema":{newer},"app":"0.9.0"}}"#),
    )
    .unwrap();
    let before = kv.entries();
    let opened = open(&kv);
    assert_eq!(
        opened.mode,
        Mode::ReadOnly {
            schema: newer,
            app_version: "0.9.0".to_string()
        }
    );
    assert_eq!(opened.data().checkins.len(), 1, "what can be read is shown");
    let mut store = opened.store;
    assert_eq!(
        store.save_checkin(&checkin(day("2026-11-02"))),
        Err(SaveError::ReadOnly)
    );
    assert_eq!(
        store.reset(at("2026-11-05 10:00")),
        Err(SaveError::ReadOnly)
    );
    assert_eq!(kv.entries(), before);
}

#[test]
fn a_shard_from_a_newer_schema_is_not_decoded_and_makes_the_store_read_only() {
    let kv = MemoryKv::new();
    kv.set(
        "durable.v1.log.2026-11",
        r#"{"r":4,"s":7,"d":{"new":true}}"#,
    )
    .unwrap();
    let opened = open(&kv);
    assert!(matches!(opened.mode, Mode::ReadOnly { schema: 7, .. }));
    assert!(matches!(
        opened.problems[0].kind,
        ProblemKind::Newer { schema: 7 }
    ));
}

#[test]
fn a_tab_never_overwrites_newer_data_from_another_tab() {
    let kv = MemoryKv::new();
    let mut tab_a = open(&kv).store;
    tab_a.save_program(&program()).unwrap();
    let mut tab_b = open(&kv).store;
    let mut newer = program();
    newer.name = "Written in tab B".to_string();
    tab_b.save_program(&newer).unwrap();
    let error = tab_a.save_program(&program()).unwrap_err();
    assert_eq!(
        error,
        SaveError::Stale {
            key: layout::PROGRAM.to_string()
        }
    );
    let stored = open(&kv).data().program.clone().unwrap();
    assert_eq!(stored.name, "Written in tab B");
    // The storage event makes tab A reload; then it can save again.
    assert_eq!(tab_a.refresh(Some(layout::PROGRAM)), Ok(Change::Program));
    assert_eq!(tab_a.data().program.as_ref(), Some(&newer));
    tab_a.save_program(&program()).unwrap();
}

#[test]
fn a_second_damage_of_the_same_key_keeps_both_damaged_texts_aside() {
    let kv = MemoryKv::new();
    let key = "durable.v1.checkins.2026-11";
    let first = r#"{"r":1,"s":1,"d":{"C":[{"d":"first damage"}]}}"#;
    let second = r#"{"r":2,"s":1,"d":{"C":[{"d":"second damage"}]}}"#;
    kv.set(key, first).unwrap();
    let mut store = open(&kv).store;
    store.save_checkin(&checkin(day("2026-11-02"))).unwrap();
    kv.set(key, second).unwrap();
    let opened = open(&kv);
    assert!(matches!(
        &opened.problems[0].kind,
        ProblemKind::Corrupt { kept_as: Some(kept), .. }
            if kept == "durable.v1.quarantine.durable.v1.checkins.2026-11.1"
    ));
    let kept: Vec<String> = opened
        .store
        .quarantined()
        .unwrap()
        .into_iter()
        .map(|(_, text)| text)
        .collect();
    assert_eq!(kept, vec![first.to_string(), second.to_string()]);
    // Opening again keeps the same two copies, no third.
    assert_eq!(open(&kv).store.quarantined().unwrap().len(), 2);
}

#[test]
fn a_key_the_browser_cannot_read_is_named_and_everything_else_loads() {
    let kv = MemoryKv::new();
    let mut store = open(&kv).store;
    store.save_program(&program()).unwrap();
    store.save_checkin(&checkin(day("2026-10-01"))).unwrap();
    store.save_checkin(&checkin(day("2026-11-01"))).unwrap();
    kv.fail_reads_of("durable.v1.checkins.2026-11");
    let opened = open(&kv);
    assert_eq!(opened.data().program, Some(program()));
    assert_eq!(opened.data().checkins, vec![checkin(day("2026-10-01"))]);
    assert_eq!(opened.problems.len(), 1);
    assert_eq!(opened.problems[0].key, "durable.v1.checkins.2026-11");
    assert!(matches!(
        opened.problems[0].kind,
        ProblemKind::Unreadable(_)
    ));
    let sentence = opened.problems[0].to_string();
    assert!(
        sentence.contains("check-ins for November 2026"),
        "{sentence}"
    );
    // What could not be read is never overwritten: saving that month is refused, plainly.
    let mut store = opened.store;
    let refused = store.save_checkin(&checkin(day("2026-11-02"))).unwrap_err();
    assert!(matches!(refused, SaveError::Held { .. }), "{refused:?}");
}

#[test]
fn the_other_tabs_unreadable_change_is_a_load_problem() {
    let kv = MemoryKv::new();
    let mut tab_a = open(&kv).store;
    tab_a.save_checkin(&checkin(day("2026-11-01"))).unwrap();
    kv.set("durable.v1.checkins.2026-11", "{ not what a tab writes")
        .unwrap();
    let error = tab_a
        .refresh(Some("durable.v1.checkins.2026-11"))
        .unwrap_err();
    let durable::storage::LoadError::Problem(problem) = error else {
        panic!("expected a load problem, got {error:?}");
    };
    assert_eq!(problem.key, "durable.v1.checkins.2026-11");
    assert!(matches!(
        problem.kind,
        ProblemKind::Corrupt {
            kept_as: Some(_),
            ..
        }
    ));
    assert!(problem.to_string().contains("check-ins for November 2026"));
    // The damaged text is kept aside; this tab's save of that month writes a sound one.
    tab_a.save_checkin(&checkin(day("2026-11-02"))).unwrap();
    assert_eq!(tab_a.quarantined().unwrap().len(), 1);
    assert_eq!(open(&kv).problems, vec![]);
}

#[test]
fn two_tabs_saving_in_the_same_month_keep_both_records() {
    let kv = MemoryKv::new();
    let mut tab_a = open(&kv).store;
    let mut tab_b = open(&kv).store;
    tab_a.save_checkin(&checkin(day("2026-11-01"))).unwrap();
    tab_b.save_checkin(&checkin(day("2026-11-02"))).unwrap();
    assert_eq!(tab_b.data().checkins.len(), 2);
    let stored = open(&kv).data().checkins.clone();
    assert_eq!(stored.len(), 2);
    assert_eq!(
        tab_a.refresh(Some("durable.v1.checkins.2026-11")),
        Ok(Change::Checkins(layout::Month {
            year: 2026,
            month: 11
        }))
    );
    assert_eq!(tab_a.data().checkins, stored);
}

#[test]
fn import_and_reset_take_a_snapshot_first_that_can_be_restored() {
    let kv = MemoryKv::new();
    let mut store = open(&kv).store;
    store.save_checkin(&checkin(day("2026-11-01"))).unwrap();
    let imported = AppData {
        sessions: vec![session(at("2025-01-06 18:00"), true)],
        ..AppData::default()
    };
    store
        .replace_all(imported.clone(), at("2026-11-05 10:00"))
        .unwrap();
    assert_eq!(store.data(), &imported);
    assert_eq!(open(&kv).data(), &imported);
    assert!(!kv.entries().contains_key("durable.v1.checkins.2026-11"));
    store.reset(at("2026-11-05 11:00")).unwrap();
    assert_eq!(open(&kv).data(), &AppData::default());
    let snapshots = store.snapshots().unwrap();
    assert_eq!(
        snapshots
            .iter()
            .map(|snapshot| (
                snapshot.id,
                snapshot.reason.as_str(),
                snapshot.sessions,
                snapshot.checkins
            ))
            .collect::<Vec<_>>(),
        vec![(2, "before reset", 1, 0), (1, "before import", 0, 1)]
    );
    store.restore_snapshot(1, at("2026-11-05 12:00")).unwrap();
    assert_eq!(open(&kv).data().checkins, vec![checkin(day("2026-11-01"))]);
    assert_eq!(store.snapshots().unwrap().len(), 3);
    store.reset(at("2026-11-05 13:00")).unwrap();
    assert_eq!(
        store.snapshots().unwrap().len(),
        3,
        "at most three are kept"
    );
}

#[test]
fn the_last_backup_date_is_kept_apart_from_the_data() {
    let kv = MemoryKv::new();
    let mut store = open(&kv).store;
    assert_eq!(store.last_backup(), None);
    store.record_backup(at("2026-11-05 10:00")).unwrap();
    assert_eq!(store.last_backup(), Some(at("2026-11-05 10:00")));
    // Another tab sees it, and imports and resets leave it alone.
    let mut other_tab = open(&kv).store;
    assert_eq!(other_tab.last_backup(), Some(at("2026-11-05 10:00")));
    assert_eq!(
        other_tab.refresh(Some(layout::LAST_BACKUP)),
        Ok(Change::LastBackup)
    );
    store.reset(at("2026-11-06 10:00")).unwrap();
    assert_eq!(open(&kv).store.last_backup(), Some(at("2026-11-05 10:00")));
    assert!(!store
        .export_backup(at("2026-11-06 10:00"))
        .contains("last-backup"));
    // Damaged text reads as "never" rather than failing.
    kv.set(layout::LAST_BACKUP, "not json").unwrap();
    assert_eq!(open(&kv).store.last_backup(), None);
}

#[test]
fn an_import_that_does_not_fit_puts_the_old_data_back() {
    let kv = MemoryKv::new();
    let mut store = open(&kv).store;
    store.save_checkin(&checkin(day("2026-11-01"))).unwrap();
    store
        .save_session(&session(at("2026-11-02 18:00"), true))
        .unwrap();
    let before = store.data().clone();
    kv.set_quota(Some(kv.used_units() * 3));
    let error = store
        .replace_all(five_years(), at("2026-11-05 10:00"))
        .unwrap_err();
    assert_eq!(error, SaveError::QuotaExceeded);
    assert_eq!(store.data(), &before);
    kv.set_quota(None);
    assert_eq!(open(&kv).data(), &before);
}

#[test]
fn without_storage_the_app_runs_in_memory() {
    let kv = MemoryKv::new();
    kv.make_unavailable();
    let opened = open(&kv);
    assert!(matches!(opened.mode, Mode::Unavailable(_)));
    let mut store = opened.store;
    store.save_checkin(&checkin(day("2026-11-01"))).unwrap();
    assert_eq!(store.data().checkins.len(), 1);
}

#[test]
fn an_exported_backup_reads_back_to_the_same_data() {
    let kv = MemoryKv::new();
    let mut store = open(&kv).store;
    store
        .save_session(&session(at("2026-11-02 18:00"), true))
        .unwrap();
    let current = session(at("2026-11-04 18:00"), false);
    store.save_in_progress(&current).unwrap();
    let text = store.export_backup(at("2026-11-04 18:30"));
    let data = backup::read(&text).unwrap();
    assert_eq!(data.sessions.len(), 2);
    assert_eq!(data.sessions[1], current);
}

/// The keys and values of the storage fixture of schema `version`, in a fresh in-memory store.
fn storage_fixture(version: u32) -> MemoryKv {
    let path = format!("tests/fixtures/storage-v{version}.json");
    let text = std::fs::read_to_string(&path).unwrap_or_else(|error| panic!("{path}: {error}"));
    let entries: BTreeMap<String, String> = serde_json::from_str(&text).unwrap();
    let kv = MemoryKv::new();
    for (key, value) in &entries {
        kv.set(key, value).unwrap();
    }
    kv
}

/// The text of the backup fixture of schema `version`.
fn backup_fixture(version: u32) -> String {
    let path = format!("tests/fixtures/backup-v{version}.json");
    std::fs::read_to_string(&path).unwrap_or_else(|error| panic!("{path}: {error}"))
}

/// The phases of a starter program of schema 1 or 2: those version 1 applied (and schema 1 data
/// is given on load), which the version-2 starter wrote: weeks 1–4 at 2 × 12–15, then dumbbells,
/// kettlebells and trap bars at 2–3 × 6–10.
fn assert_foundation_then_strength(program: &Program, context: &str) {
    let phases: Vec<(&str, u32)> = program
        .phases
        .iter()
        .map(|phase| (phase.name.as_str(), phase.from_week))
        .collect();
    assert_eq!(phases, [("Foundation", 1), ("Strength", 5)], "{context}");
    let loaded = |phase: usize| {
        program.phases[phase]
            .schemes
            .iter()
            .find(|entry| entry.target == SchemeTarget::Class(SlotClass::Loaded))
            .map(|entry| entry.scheme)
            .unwrap()
    };
    let foundation = loaded(0);
    let strength = loaded(1);
    assert_eq!(
        (
            foundation.sets,
            foundation.top_sets(),
            foundation.low,
            foundation.high
        ),
        (2, 2, 12, 15),
        "{context}"
    );
    assert_eq!(
        (
            strength.sets,
            strength.top_sets(),
            strength.low,
            strength.high
        ),
        (2, 3, 6, 10),
        "{context}"
    );
}

/// What the data of a schema-2 fixture holds beyond schema 1: written phases, a slot's implement,
/// and a logged implement and tempo.
fn assert_has_what_schema_2_added(data: &AppData, context: &str) {
    let program = data.program.as_ref().unwrap();
    assert_eq!(program.author, "Durable", "{context}");
    assert_foundation_then_strength(program, context);
    assert!(
        program
            .days
            .iter()
            .flat_map(|day| &day.slots)
            .any(|slot| slot.implement == Some(Implement::Kettlebell)),
        "{context}"
    );
    let logged: Vec<&ExerciseLog> = data
        .sessions
        .iter()
        .flat_map(|session| &session.exercises)
        .collect();
    assert!(
        logged
            .iter()
            .any(|exercise| exercise.implement == Some(Implement::Kettlebell)),
        "{context}"
    );
    assert!(
        logged
            .iter()
            .any(|exercise| exercise.tempo == Some(Tempo::SlowLowering)),
        "{context}"
    );
    let profile = data.profile.as_ref().unwrap();
    assert_eq!(profile.screens.len(), 1, "{context}");
    assert_eq!(
        profile.screens[0].yes,
        ["long-morning-stiffness"],
        "{context}"
    );
}

#[test]
fn every_released_storage_fixture_still_loads() {
    for &version in migrate::RELEASED {
        let path = format!("tests/fixtures/storage-v{version}.json");
        let kv = storage_fixture(version);
        let before = kv.entries();
        let opened = open(&kv);
        assert_eq!(opened.problems, vec![], "{path}");
        assert_eq!(opened.mode, Mode::ReadWrite, "{path}");
        assert_eq!(opened.data().sessions.len(), 2, "{path}");
        assert_eq!(opened.data().checkins.len(), 2, "{path}");
        assert!(opened.store.in_progress().is_some(), "{path}");
        assert_eq!(opened.data().outcomes.len(), 1, "{path}");
        // An older schema is written again, packed, at the current one; the current one is left
        // as it is. Either way it opens again to the same data, and a second opening writes nothing.
        let after = kv.entries();
        if version == migrate::CURRENT {
            assert_eq!(after, before, "{path}: opening writes nothing");
        } else {
            assert_ne!(after, before, "{path}: opening packs the older keys");
        }
        for (key, text) in &after {
            if key.starts_with(layout::PREFIX) && key != layout::META {
                assert_eq!(
                    codec::peek(text).unwrap().1,
                    migrate::CURRENT,
                    "{path} {key}"
                );
            }
        }
        let again = open(&kv);
        assert_eq!(again.problems, vec![], "{path}");
        assert_eq!(again.data(), opened.data(), "{path}");
        assert_eq!(
            again.store.in_progress(),
            opened.store.in_progress(),
            "{path}"
        );
        assert_eq!(
            again.store.snapshots().unwrap(),
            opened.store.snapshots().unwrap(),
            "{path}"
        );
        assert_eq!(kv.entries(), after, "{path}: opening again writes nothing");
        let program = opened.data().program.as_ref().unwrap();
        if program.author == "Durable" {
            assert_foundation_then_strength(program, &path);
        }
        assert_eq!(
            kv.get("other-app.setting").unwrap().as_deref(),
            Some("kept as it is")
        );
    }
}

#[test]
fn the_version_1_storage_fixture_is_migrated_and_packed_when_it_opens() {
    let kv = storage_fixture(1);
    let plain_units = kv.used_units();
    let opened = open(&kv);
    let program = opened.data().program.clone().unwrap();
    assert_eq!(program.name, "Back to lifting");
    assert_eq!(program.author, "Durable");
    assert_foundation_then_strength(&program, "storage-v1");
    // Opening wrote every key, and the meta key, with the current schema, packed.
    let schema = |key: &str| codec::peek(&kv.get(key).unwrap().unwrap()).unwrap().1;
    assert_eq!(schema(layout::PROGRAM), migrate::CURRENT);
    assert_eq!(schema("durable.v1.log.2026-11"), migrate::CURRENT);
    assert!(kv
        .get(layout::PROGRAM)
        .unwrap()
        .unwrap()
        .contains(r#""z":""#));
    assert!(
        kv.used_units() < plain_units,
        "{} < {plain_units}",
        kv.used_units()
    );
    let meta: serde_json::Value =
        serde_json::from_str(&kv.get(layout::META).unwrap().unwrap()).unwrap();
    assert_eq!(meta["schema"], migrate::CURRENT);
    let mut store = opened.store;
    store.save_program(&program).unwrap();
    let reopened = open(&kv);
    assert_eq!(reopened.problems, vec![]);
    assert_eq!(reopened.data(), store.data());
    assert_eq!(reopened.store.in_progress(), store.in_progress());
    // A clinician's version-1 program is followed as written: no phases are added.
    let kv = storage_fixture(1);
    let theirs = kv
        .get(layout::PROGRAM)
        .unwrap()
        .unwrap()
        .replace(r#""author":"Durable""#, r#""author":"Dr. Lee""#);
    kv.set(layout::PROGRAM, &theirs).unwrap();
    let opened = open(&kv);
    let program = opened.data().program.as_ref().unwrap();
    assert_eq!(program.author, "Dr. Lee");
    assert!(program.phases.is_empty());
}

#[test]
fn older_keys_that_cannot_be_packed_now_keep_their_text_and_still_load() {
    let kv = storage_fixture(1);
    let before = kv.entries();
    // Every write fails (a full quota): opening still loads everything and changes nothing.
    kv.set_quota(Some(0));
    let opened = open(&kv);
    assert_eq!(opened.problems, vec![]);
    assert_eq!(opened.data().sessions.len(), 2);
    assert_eq!(kv.entries(), before);
    // With room again, the next opening packs them.
    kv.set_quota(None);
    let again = open(&kv);
    assert_eq!(again.data(), opened.data());
    assert_eq!(
        codec::peek(&kv.get("durable.v1.log.2026-11").unwrap().unwrap())
            .unwrap()
            .1,
        migrate::CURRENT
    );
}

#[test]
fn the_version_2_storage_fixture_holds_phases_implements_tempos_and_a_snapshot() {
    let kv = storage_fixture(2);
    let opened = open(&kv);
    assert_has_what_schema_2_added(opened.data(), "storage-v2");
    let current = opened.store.in_progress().unwrap();
    assert!(!current.finished);
    assert!(current
        .exercises
        .iter()
        .any(|exercise| exercise.tempo == Some(Tempo::Paused)));
    let snapshots = opened.store.snapshots().unwrap();
    assert_eq!(snapshots.len(), 1);
    assert_eq!(snapshots[0].reason, "before import");
    assert_eq!(snapshots[0].at, at("2026-10-12 09:00"));
    assert_eq!((snapshots[0].sessions, snapshots[0].checkins), (1, 1));
}

#[test]
fn the_version_3_storage_fixture_is_the_version_2_data_packed() {
    let kv = storage_fixture(3);
    for (key, text) in kv.entries() {
        if key.starts_with(layout::PREFIX) && key != layout::META {
            assert!(text.contains(r#""s":3,"n":"#), "{key}: {text}");
        }
    }
    let opened = open(&kv);
    let older = open(&storage_fixture(2));
    assert_eq!(opened.data(), older.data());
    assert_eq!(opened.store.in_progress(), older.store.in_progress());
    assert_eq!(
        opened.store.snapshots().unwrap(),
        older.store.snapshots().unwrap()
    );
    assert_eq!(
        backup::read(&backup_fixture(3)),
        backup::read(&backup_fixture(2))
    );
}

#[test]
fn every_released_backup_fixture_still_reads_and_migrating_again_changes_nothing() {
    for &version in migrate::RELEASED {
        let path = format!("tests/fixtures/backup-v{version}.json");
        let text = backup_fixture(version);
        let read = backup::read_backup(&text).unwrap_or_else(|error| panic!("{path}: {error}"));
        assert_eq!(read.version, version, "{path}");
        let data = read.data;
        // Version 2 exports the session in progress too.
        let sessions = if version == 1 { 2 } else { 3 };
        assert_eq!(data.sessions.len(), sessions, "{path}");
        assert_eq!(data.checkins.len(), 2, "{path}");
        assert_eq!(data.outcomes.len(), 1, "{path}");
        let program = data.program.as_ref().unwrap();
        if program.author == "Durable" {
            assert_foundation_then_strength(program, &path);
        }
        let value: serde_json::Value = serde_json::from_str(&text).unwrap();
        let once = migrate::migrate(version, value["data"].clone()).unwrap();
        let twice = migrate::migrate(migrate::CURRENT, once.clone()).unwrap();
        assert_eq!(once, twice);
        // Written again, it reads back the same, at the current version.
        let again = backup::read_backup(&backup::write(&data, at("2026-11-20 09:30"))).unwrap();
        assert_eq!(again.version, migrate::CURRENT, "{path}");
        assert_eq!(again.data, data, "{path}");
    }
}

#[test]
fn the_version_2_backup_fixture_holds_phases_implements_and_tempos() {
    let data = backup::read(&backup_fixture(2)).unwrap();
    assert_has_what_schema_2_added(&data, "backup-v2");
    // The same person's data as the storage fixture holds (the session in progress included).
    let opened = open(&storage_fixture(2));
    let mut stored = opened.data().clone();
    stored
        .sessions
        .push(opened.store.in_progress().unwrap().clone());
    assert_eq!(data, stored);
}

#[test]
fn five_years_saved_by_version_1_open_to_the_same_data() {
    // Old months of the log are never rewritten, so data saved by version 1 is opened for years.
    let data = five_years();
    let kv = MemoryKv::new();
    let mut store = open(&kv).store;
    store
        .replace_all(data.clone(), at("2026-11-22 10:00"))
        .unwrap();
    let current = format!(r#""s":{},"#, migrate::CURRENT);
    for (key, value) in kv.entries() {
        kv.set(&key, &value.replacen(&current, r#""s":1,"#, 1))
            .unwrap();
    }
    kv.set(layout::META, r#"{"schema":1,"app":"0.1.0"}"#)
        .unwrap();
    let opened = open(&kv);
    assert_eq!(opened.problems, vec![]);
    assert_eq!(opened.data(), &data);
}

#[test]
fn five_years_of_daily_use_stay_far_below_the_browser_quota() {
    let data = five_years();
    let kv = MemoryKv::new();
    let mut store = open(&kv).store;
    store
        .replace_all(data.clone(), at("2026-11-22 10:00"))
        .unwrap();
    let snapshot_units: usize = kv
        .entries()
        .iter()
        .filter(|(key, _)| key.starts_with(layout::SNAPSHOT_PREFIX))
        .map(|(key, value)| key.len() + value.len())
        .sum();
    let bytes = kv.used_bytes() - snapshot_units;
    let backup_bytes = backup::write(&data, at("2026-11-22 10:00")).len();
    let started = Instant::now();
    let opened = open(&kv);
    let load_ms = started.elapsed().as_secs_f64() * 1000.0;
    assert_eq!(opened.data(), &data);
    let mut store = opened.store;
    let mut last = data.sessions.last().unwrap().clone();
    last.exercises[0].sets[0].value += 1;
    let started = Instant::now();
    store.save_session(&last).unwrap();
    let save_ms = started.elapsed().as_secs_f64() * 1000.0;
    println!(
        "5 years ({} sessions, {} check-ins, {} outcomes): {} bytes stored in {} keys \
         ({:.0} bytes a session month), backup file {} bytes; native load {:.1} ms, save one set {:.2} ms",
        data.sessions.len(),
        data.checkins.len(),
        data.outcomes.len(),
        bytes,
        kv.entries().len(),
        kv.get("durable.v1.log.2026-11").unwrap().map_or(0, |text| text.len()),
        backup_bytes,
        load_ms,
        save_ms
    );
    assert!(bytes < 1_500_000, "{bytes} bytes");
}

/// Checks the field names of stored JSON: no long name that has a short form is left, and in the
/// records of the log, check-ins and outcomes every name is a short form.
fn assert_short_names(value: &serde_json::Value, records: bool, key: &str) {
    match value {
        serde_json::Value::Object(fields) => {
            for (name, inner) in fields {
                let short = codec::short_form(name);
                assert!(
                    short.is_none() || short == Some(name),
                    "{key}: long name {name}"
                );
                if records {
                    assert!(
                        codec::is_short_form(name),
                        "{key}: {name} is not in the table"
                    );
                }
                assert_short_names(inner, records, key);
            }
        }
        serde_json::Value::Array(items) => {
            for item in items {
                assert_short_names(item, records, key);
            }
        }
        _ => {}
    }
}

#[test]
fn every_key_kind_is_named_and_stored_through_the_one_table() {
    let data = durable::domain::synth::backup(1, 3, day("2025-11-03"));
    let kv = MemoryKv::new();
    kv.set("other-app.setting", "kept as it is").unwrap();
    kv.set("durable.v1.badges", "from a newer app").unwrap();
    let mut store = open(&kv).store;
    store
        .replace_all(data.clone(), at("2026-11-01 09:00"))
        .unwrap();
    let current = session(at("2026-11-04 18:00"), false);
    store.save_in_progress(&current).unwrap();
    store.record_backup(at("2026-11-04 19:00")).unwrap();
    let kept = data.program.clone().unwrap();
    store
        .keep_plan(&durable::domain::program::Program {
            name: "Kept".into(),
            ..kept
        })
        .unwrap();
    store
        .save_gym(&durable::domain::gym::GymDevice::default())
        .unwrap();
    let month = Month::of(data.sessions.last().unwrap().started.date());
    let checkin_month = Month::of(data.checkins.last().unwrap().date);
    // Damage the profile: the next opening keeps its text aside under a quarantine key.
    kv.set(layout::PROFILE, "{ damaged").unwrap();
    let damaged = open(&kv);
    assert_eq!(damaged.problems.len(), 1);
    let quarantined = damaged.store.quarantined().unwrap();
    let mut store = damaged.store;
    store.save_profile(data.profile.as_ref().unwrap()).unwrap();
    let examples = [
        layout::META.to_string(),
        layout::PROFILE.to_string(),
        layout::PROGRAM.to_string(),
        layout::OUTCOMES.to_string(),
        layout::IN_PROGRESS.to_string(),
        layout::LAST_BACKUP.to_string(),
        layout::PLANS.to_string(),
        layout::GYM.to_string(),
        layout::log_key(month),
        layout::checkins_key(checkin_month),
        layout::snapshot_key(1),
        quarantined[0].0.clone(),
        "durable.v1.badges".to_string(),
        "other-app.setting".to_string(),
    ];
    let mut kinds = std::collections::BTreeSet::new();
    for key in &examples {
        let kind = KeyKind::of(key);
        kinds.insert(format!("{:?}", std::mem::discriminant(&kind)));
        assert!(!kind.describe().is_empty(), "{key}");
        let text = kv
            .get(key)
            .unwrap()
            .unwrap_or_else(|| panic!("{key} is stored"));
        // Every kind is named here: a new kind does not compile until it is.
        let records = match &kind {
            KeyKind::Profile | KeyKind::Program => Some(false),
            KeyKind::Outcomes | KeyKind::InProgress | KeyKind::Log(_) | KeyKind::Checkins(_) => {
                Some(true)
            }
            KeyKind::Snapshot(_) => Some(false),
            KeyKind::Meta | KeyKind::LastBackup | KeyKind::Plans | KeyKind::Gym => {
                serde_json::from_str::<serde_json::Value>(&text).unwrap();
                None
            }
            KeyKind::Quarantine | KeyKind::Unknown | KeyKind::Foreign => {
                assert_eq!(kind.key(), None, "{key}");
                None
            }
        };
        if kind.key().is_some() {
            assert_eq!(kind.key().as_deref(), Some(key.as_str()));
        }
        if let Some(records) = records {
            assert_eq!(codec::peek(&text).unwrap().1, migrate::CURRENT, "{key}");
            let unpacked = codec::unpack(&text).unwrap().expect("packed");
            let d: serde_json::Value = serde_json::from_str(&unpacked.d).unwrap();
            assert_short_names(&d, records, key);
        }
    }
    assert_eq!(kinds.len(), examples.len(), "one example of every kind");
    let reopened = open(&kv);
    assert_eq!(reopened.problems, vec![]);
    assert_eq!(reopened.data(), &data);
    assert_eq!(reopened.store.in_progress(), Some(&current));
    assert_eq!(reopened.store.last_backup(), Some(at("2026-11-04 19:00")));
    assert_eq!(
        kv.get("durable.v1.badges").unwrap().as_deref(),
        Some("from a newer app")
    );
}

proptest! {
    #![proptest_config(proptest::test_runner::Config {
        cases: 64,
        rng_algorithm: proptest::test_runner::RngAlgorithm::ChaCha,
        rng_seed: proptest::test_runner::RngSeed::Fixed(0x5703),
        ..proptest::test_runner::Config::default()
    })]

    /// Any text in a record (notes are free text) is packed and read back exactly, through the
    /// generic codec and through the store.
    #[test]
    fn packed_values_round_trip_any_text(notes in any::<String>(), rev in 0u64..1_000_000) {
        let part = serde_json::json!({"sessions": [{"id": notes.clone(), "notes": notes.clone()}]});
        let text = codec::encode(rev, migrate::CURRENT, &part).unwrap();
        prop_assert!(text.contains(r#""z":""#));
        let envelope = codec::decode(&text).unwrap();
        prop_assert_eq!((envelope.rev, envelope.schema, envelope.data), (rev, migrate::CURRENT, part));
        let kv = MemoryKv::new();
        let mut store = open(&kv).store;
        let mut logged = session(at("2026-11-02 18:00"), true);
        logged.notes = notes;
        store.save_session(&logged).unwrap();
        let reopened = open(&kv);
        prop_assert_eq!(&reopened.data().sessions, &vec![logged]);
    }
}

/// Sessions whose notes are `chars` of seeded random letters each: text that packs poorly.
fn sessions_with_long_notes(count: usize, chars: usize) -> Vec<durable::domain::log::Session> {
    let mut rng = fastrand::Rng::with_seed(16);
    (0..count)
        .map(|index| {
            let mut logged = session(
                at("2026-10-01 18:00") + chrono::Duration::days(index as i64),
                true,
            );
            logged.notes = (0..chars).map(|_| rng.alphanumeric()).collect();
            logged
        })
        .collect()
}

#[test]
fn snapshots_stay_within_their_budget_oldest_first_and_the_person_is_told() {
    let kv = MemoryKv::new();
    let mut store = open(&kv).store;
    let data = AppData {
        sessions: sessions_with_long_notes(10, 100_000),
        ..AppData::default()
    };
    for day_of_month in 1..=4 {
        let now = at(&format!("2026-11-0{day_of_month} 09:00"));
        store.replace_all(data.clone(), now).unwrap();
    }
    let snapshot_units: usize = kv
        .entries()
        .iter()
        .filter(|(key, _)| key.starts_with(layout::SNAPSHOT_PREFIX))
        .map(|(key, text)| key.encode_utf16().count() + text.encode_utf16().count())
        .sum();
    let snapshots = store.snapshots().unwrap();
    assert!(
        snapshots.len() < 3,
        "ten sessions of long notes leave room for fewer than three snapshots ({snapshot_units} units)"
    );
    assert!(snapshot_units <= SNAPSHOT_BUDGET_UNITS || snapshots.len() == 1);
    // The newest snapshot is kept: ten sessions, taken before the last import.
    assert_eq!(snapshots[0].at, at("2026-11-04 09:00"));
    assert_eq!(snapshots[0].sessions, 10);
    // The ones removed were the oldest, and the person is told which.
    let dropped = store.take_dropped_snapshots();
    assert!(!dropped.is_empty());
    assert!(dropped
        .iter()
        .all(|gone| gone.at < snapshots.last().unwrap().at));
    let notice = dropped_notice(&dropped).unwrap();
    assert!(
        notice.starts_with("To make room, Durable removed its"),
        "{notice}"
    );
    assert!(notice.contains("before import"), "{notice}");
    assert!(notice.contains("Your data and the newer automatic backups are kept."));
    assert_eq!(store.take_dropped_snapshots(), vec![], "told once");
    assert_eq!(dropped_notice(&[]), None);
    // The live data is whole.
    assert_eq!(open(&kv).data().sessions, data.sessions);
}

#[test]
fn a_backup_is_offered_when_storage_passes_80_percent_of_the_quota() {
    let kv = MemoryKv::new();
    let mut store = open(&kv).store;
    store.save_program(&program()).unwrap();
    assert_eq!(store.nearly_full_notice(), None);
    let used = store.used_units().unwrap();
    assert!(used > 0 && used < QUOTA_UNITS / 100, "{used}");
    // Kept-aside text counts too: fill Durable's share to 85% of the quota.
    kv.set(
        "durable.v1.quarantine.durable.v1.profile",
        &"x".repeat(QUOTA_UNITS * 85 / 100),
    )
    .unwrap();
    let notice = store.nearly_full_notice().unwrap();
    assert!(notice.contains("85% full"), "{notice}");
    assert!(notice.contains("Download a backup"), "{notice}");
    // Another app's keys on the same site are not Durable's.
    kv.remove("durable.v1.quarantine.durable.v1.profile")
        .unwrap();
    kv.set("other-app.cache", &"x".repeat(QUOTA_UNITS)).unwrap();
    assert_eq!(store.nearly_full_notice(), None);
}

#[test]
fn a_write_the_browser_refuses_changes_nothing_and_the_next_one_works() {
    let kv = MemoryKv::with_quota(QUOTA_UNITS);
    let mut store = open(&kv).store;
    store.save_checkin(&checkin(day("2026-11-01"))).unwrap();
    let before = kv.entries();
    // A set that fails: the check-in stays in memory, the stored month is untouched.
    kv.fail_next_writes(1);
    let error = store.save_checkin(&checkin(day("2026-11-02"))).unwrap_err();
    assert!(matches!(error, SaveError::Storage(_)), "{error:?}");
    assert_eq!(store.data().checkins.len(), 2);
    assert_eq!(kv.entries(), before);
    // An import whose snapshot cannot be written stops before replacing anything.
    kv.fail_next_writes(1);
    let imported = AppData {
        program: Some(program()),
        ..AppData::default()
    };
    assert!(store.replace_all(imported, at("2026-11-03 09:00")).is_err());
    assert_eq!(kv.entries(), before);
    assert_eq!(open(&kv).data().checkins, vec![checkin(day("2026-11-01"))]);
    // The next save writes both check-ins.
    store.save_checkin(&checkin(day("2026-11-02"))).unwrap();
    assert_eq!(open(&kv).data().checkins.len(), 2);
}
