//! The app's one store of state: the storage handle (which holds the data) and the notice banner.
//!
//! Pages read data through [`AppState::with_data`] and change it through [`AppState::save`], which
//! writes through storage and turns any failure into a persistent notice that offers a backup.

use chrono::{NaiveDate, NaiveDateTime};
use leptos::prelude::*;

use crate::domain::checkin::CheckIn;
use crate::domain::data::AppData;
use crate::domain::log::Session;
use crate::domain::synth;
use crate::storage::local::{self, StorageListener};
use crate::storage::{
    dropped_notice, Change, LoadError, LoadProblem, MemoryKv, Mode, SaveError, Store,
};

/// The demo's history: its seed, and how many days back it starts.
const DEMO_SEED: u64 = 2026;
const DEMO_DAYS: i64 = 365;

/// How often the date is checked, in seconds.
const CLOCK_CHECK_SECONDS: u64 = 30;

/// A message that stays on screen until the person dismisses it or the cause goes away.
#[derive(Clone, Debug, PartialEq)]
pub struct Notice {
    /// What happened and what to do, in plain words.
    pub text: String,
    /// Offer a backup download next to the message (a save failed: the data is only on screen).
    pub offer_backup: bool,
    /// The next successful save clears it (a failed save's message; not the offer made because
    /// storage is nearly full, which stays until dismissed).
    pub until_saved: bool,
}

/// A record deleted from History during this visit, kept so that it can be put back from the
/// record's page or from History's list.
#[derive(Clone, Debug, PartialEq)]
pub enum Deleted {
    /// A session.
    Session(Session),
    /// A check-in.
    CheckIn(CheckIn),
}

/// Shared app state, provided once by `App` and read everywhere with `expect_context`.
#[derive(Clone, Copy)]
pub struct AppState {
    /// The store: this tab's data and the only way to change it.
    pub store: RwSignal<Store, LocalStorage>,
    /// The current notice, if any (a failed save).
    pub notice: RwSignal<Option<Notice>>,
    /// Keys that did not load when the app opened, each with a plain sentence.
    pub problems: RwSignal<Vec<LoadProblem>>,
    /// True while the demo runs: made-up history in a store kept in memory only, never written to
    /// this browser's storage and never mixed with the person's own data.
    pub demo: RwSignal<bool>,
    /// The record last deleted from History in this visit, until it is put back (never across
    /// the demo's edges).
    pub deleted: RwSignal<Option<Deleted>>,
    /// Today's date on this device, moved on by a timer when the clock passes midnight, so that
    /// pages left open overnight show the new day.
    date: RwSignal<NaiveDate>,
    /// Keeps the listener for other tabs' writes alive.
    listener: StoredValue<Option<StorageListener>, LocalStorage>,
}

impl AppState {
    /// Opens storage and starts listening for other tabs' changes.
    pub fn open() -> AppState {
        let opened = local::open();
        // Past 80% of the quota, a backup is offered from the start.
        let notice = opened.store.nearly_full_notice().map(|text| Notice {
            text,
            offer_backup: true,
            until_saved: false,
        });
        let state = AppState {
            store: RwSignal::new_local(opened.store),
            notice: RwSignal::new(notice),
            problems: RwSignal::new(opened.problems),
            demo: RwSignal::new(false),
            deleted: RwSignal::new(None),
            date: RwSignal::new(today()),
            listener: StoredValue::new_local(None),
        };
        let listener = local::on_storage_change(move |key| state.refresh(key.as_deref())).ok();
        state.listener.set_value(listener);
        // The date moves on at midnight (checked every half minute; set only when it changes).
        set_interval(
            move || {
                let date = today();
                if state.date.get_untracked() != date {
                    state.date.set(date);
                }
            },
            std::time::Duration::from_secs(CLOCK_CHECK_SECONDS),
        );
        state
    }

    /// Opens the demo: a year of made-up history ([`synth::backup`]) in a store kept in memory,
    /// so nothing of it reaches this browser's storage; [`AppState::leave_demo`] drops it.
    pub fn open_demo(&self) {
        let now = now();
        let data = synth::backup(1, DEMO_SEED, now.date() - chrono::Duration::days(DEMO_DAYS));
        let mut opened = Store::open(Box::new(MemoryKv::new()));
        if opened.store.replace_all(data, now).is_ok() {
            self.store.set(opened.store);
            self.problems.set(Vec::new());
            self.notice.set(None);
            self.deleted.set(None);
            self.demo.set(true);
        }
    }

    /// Leaves the demo: its memory store is dropped and this browser's own data opened again, as
    /// it was before.
    pub fn leave_demo(&self) {
        let opened = local::open();
        self.store.set(opened.store);
        self.problems.set(opened.problems);
        self.deleted.set(None);
        self.demo.set(false);
    }

    /// Deletes a session or a check-in and keeps it for an undo. Returns whether it was deleted.
    pub fn delete(&self, record: Deleted) -> bool {
        let done = self.save(|store| match &record {
            Deleted::Session(session) => store.delete_session(session),
            Deleted::CheckIn(checkin) => store.delete_checkin(checkin),
        });
        if done {
            self.deleted.set(Some(record));
        }
        done
    }

    /// Puts back the record last deleted. Returns whether it was saved.
    pub fn undo_delete(&self) -> bool {
        let Some(record) = self.deleted.get_untracked() else {
            return false;
        };
        let done = self.save(|store| match &record {
            Deleted::Session(session) => store.save_session(session),
            Deleted::CheckIn(checkin) => store.save_checkin(checkin),
        });
        if done {
            self.deleted.set(None);
        }
        done
    }

    /// Today's date, reactively: a page that reads it shows the new day after midnight.
    pub fn today(&self) -> NaiveDate {
        self.date.get()
    }

    /// What the app can do with storage (read-write, read-only, unavailable): the store's own
    /// mode, read reactively, never a copy that could disagree with it.
    pub fn mode(&self) -> Mode {
        self.store.with(|store| store.mode().clone())
    }

    /// Reads the data.
    pub fn with_data<R>(&self, read: impl FnOnce(&AppData) -> R) -> R {
        self.store.with(|store| read(store.data()))
    }

    /// Applies a change through storage. On a stale write (another tab saved newer data) the key
    /// is reloaded and the change applied once more on top of it. Any other failure becomes a
    /// persistent notice; the change stays in memory either way. Returns whether it was saved.
    pub fn save(&self, change: impl Fn(&mut Store) -> Result<(), SaveError>) -> bool {
        let mut result = Ok(());
        let mut room_notice = None;
        self.store.update(|store| {
            result = change(store);
            if let Err(SaveError::Stale { key }) = &result {
                let key = key.clone();
                if store.refresh(Some(&key)).is_ok() {
                    result = change(store);
                }
            }
            // Snapshots removed to make room are told; so is storage past 80% after that.
            if let Some(dropped) = dropped_notice(&store.take_dropped_snapshots()) {
                let full = store.nearly_full_notice();
                room_notice = Some(Notice {
                    offer_backup: full.is_some(),
                    text: match full {
                        Some(full) => format!("{dropped} {full}"),
                        None => dropped,
                    },
                    until_saved: false,
                });
            }
        });
        match result {
            Ok(()) => {
                match room_notice {
                    Some(notice) => self.notice.set(Some(notice)),
                    None => self.notice.update(|notice| {
                        if notice.as_ref().is_some_and(|notice| notice.until_saved) {
                            *notice = None;
                        }
                    }),
                }
                true
            }
            Err(error) => {
                self.notice.set(Some(Notice {
                    text: error.to_string(),
                    offer_backup: !matches!(error, SaveError::NoSnapshot(_)),
                    until_saved: !matches!(error, SaveError::NoSnapshot(_)),
                }));
                false
            }
        }
    }

    /// Reloads what another tab changed.
    /// A change that cannot be read reaches the screen as a load problem of that key (it replaces
    /// an earlier one; a clean reload clears it); a browser that cannot read at all, as a notice.
    fn refresh(&self, key: Option<&str>) {
        if self.demo.get_untracked() {
            // The demo's store is not this browser's: the person's data is read when it ends.
            return;
        }
        let mut result = Ok(Change::Nothing);
        self.store.update(|store| {
            result = store.refresh(key);
        });
        match result {
            Ok(Change::All) => self.problems.set(Vec::new()),
            Ok(_) => {
                if let Some(key) = key {
                    self.problems
                        .update(|problems| problems.retain(|known| known.key != key));
                }
            }
            Err(LoadError::Problem(problem)) => self.problems.update(|problems| {
                problems.retain(|known| known.key != problem.key);
                problems.push(problem);
            }),
            Err(error @ LoadError::Storage(_)) => self.notice.set(Some(Notice {
                text: error.to_string(),
                offer_backup: true,
                until_saved: false,
            })),
        }
    }
}

/// Today's date on this device.
pub fn today() -> NaiveDate {
    chrono::Local::now().date_naive()
}

/// The local date and time now.
pub fn now() -> NaiveDateTime {
    chrono::Local::now().naive_local()
}
