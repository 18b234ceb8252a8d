//! Storage: keeps one person's data in browser local storage and never loses it.
//!
//! [`Store`] is the whole API the app uses. It keeps this tab's view of the data in memory and
//! writes one small key per change (the month of the log or check-ins, the profile, the session in
//! progress). Every save returns a [`SaveError`] the screen can show; on error the data stays in
//! memory and nothing already stored is damaged (values are only ever replaced by a complete new
//! value, and deleted only after what replaces them is written). Damaged keys are copied aside
//! under a quarantine key and never deleted; data from a newer app is opened read-only. Stored
//! text is packed (schema 3: `pack`, about a fifteenth of the characters of plain JSON), and values
//! of older schemas are packed when storage opens (`upgrade`).
//!
//! This file is the facade; loading, writing, snapshots and records live in their own modules.
//!
//! ```
//! use durable::storage::{MemoryKv, Store};
//! let opened = Store::open(Box::new(MemoryKv::new()));
//! let mut store = opened.store;
//! assert!(opened.problems.is_empty());
//! assert!(store.data().sessions.is_empty());
//! ```

pub mod codec;
mod convert;
pub mod error;
pub mod kv;
pub mod layout;
mod load;
#[cfg(target_arch = "wasm32")]
pub mod local;
mod mirror;
pub mod pack;
#[cfg(target_arch = "wasm32")]
pub mod persist;
mod plans;
mod record;
mod snapshot;
mod stored;
mod upgrade;
mod write;

use std::collections::{BTreeMap, BTreeSet};

use chrono::NaiveDateTime;

use crate::domain::backup;
use crate::domain::checkin::{CheckIn, Outcome};
use crate::domain::data::AppData;
use crate::domain::gym::GymDevice;
use crate::domain::log::Session;
use crate::domain::profile::Profile;
use crate::domain::program::Program;

pub use error::{LoadError, LoadProblem, ProblemKind, SaveError};
pub use kv::{Kv, KvError, MemoryKv};
use layout::{KeyKind, Month};
pub use snapshot::dropped_notice;
use stored::Part;
use write::LastBackup;

/// How many automatic snapshots are kept (the oldest is removed first).
pub const MAX_SNAPSHOTS: u32 = 3;

/// The local storage quota Durable plans for: 5 MB, counted in UTF-16 units of two bytes (browsers
/// do not tell a page its quota; 5 MB is the smallest in common use).
pub const QUOTA_UNITS: usize = 2_500_000;

/// Automatic snapshots together stay within this many UTF-16 units (30% of [`QUOTA_UNITS`]); the
/// oldest is removed first, so they never push the live data out. Ten years of data packed take
/// about 40,000 units a snapshot (`make bench`).
pub const SNAPSHOT_BUDGET_UNITS: usize = QUOTA_UNITS * 3 / 10;

/// From this share of [`QUOTA_UNITS`] used (in percent), the app offers a backup.
pub const BACKUP_OFFER_PERCENT: usize = 80;

/// What the app can do with storage.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Mode {
    /// Normal: every change is saved.
    ReadWrite,
    /// The data was saved by a newer version of Durable: it is shown, never changed.
    ReadOnly {
        /// The schema version found.
        schema: u32,
        /// The app version that wrote it, if known.
        app_version: String,
    },
    /// The browser does not let the app use storage (private mode, settings): the app runs with
    /// data in memory only, which is lost when the tab closes.
    Unavailable(String),
}

/// The result of opening storage: the store, and anything that did not load.
pub struct Opened {
    /// The store to save through; [`Opened::data`] is what loaded.
    pub store: Store,
    /// Keys that did not load, each with a plain sentence; empty when all is well.
    pub problems: Vec<LoadProblem>,
    /// What the app can do with storage.
    pub mode: Mode,
}

impl Opened {
    /// Everything that loaded (`store.data()`; not a copy, which for five years cost a few
    /// milliseconds of every start).
    pub fn data(&self) -> &AppData {
        self.store.data()
    }
}

/// What changed after another tab wrote (see [`Store::refresh`]).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Change {
    /// Nothing this app shows.
    Nothing,
    /// The profile.
    Profile,
    /// The program.
    Program,
    /// The sessions of one month.
    Sessions(Month),
    /// The check-ins of one month.
    Checkins(Month),
    /// The weekly outcomes.
    Outcomes,
    /// The session in progress.
    InProgress,
    /// The list of automatic snapshots.
    Snapshots,
    /// The date of the last backup download.
    LastBackup,
    /// The plans kept beside the current program.
    Plans,
    /// This device's gym settings or rest timer.
    Gym,
    /// The storage mode (another tab runs a newer version).
    Mode,
    /// Everything was reloaded.
    All,
}

/// One automatic snapshot, as listed to the person.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SnapshotInfo {
    /// Its number (higher is newer).
    pub id: u32,
    /// When it was taken.
    pub at: NaiveDateTime,
    /// Why, in plain words ("before import").
    pub reason: String,
    /// Sessions it holds.
    pub sessions: usize,
    /// Check-ins it holds.
    pub checkins: usize,
}

/// This tab's view of the stored data, and the only way to change it.
pub struct Store {
    kv: Box<dyn Kv>,
    mode: Mode,
    data: AppData,
    in_progress: Option<Session>,
    /// Revision of each key as this tab last read or wrote it; a missing entry means "absent".
    revs: BTreeMap<String, u64>,
    /// Keys holding unreadable text that could not be copied aside: never overwritten.
    held: BTreeSet<String>,
    meta_current: bool,
    /// Data keys that loaded from an older schema, to write again at the current one.
    outdated: BTreeSet<String>,
    /// Snapshots removed to make room since the app last asked ([`Store::take_dropped_snapshots`]).
    dropped: Vec<SnapshotInfo>,
}

impl Store {
    /// Opens storage: loads every key, migrates older data in memory, copies damaged keys aside.
    ///
    /// Never fails: when storage cannot be used at all the store runs in memory
    /// ([`Mode::Unavailable`]).
    pub fn open(kv: Box<dyn Kv>) -> Opened {
        let keys = match kv.keys() {
            Ok(keys) => keys,
            Err(error) => return Store::open_unavailable(error.to_string()),
        };
        let mut store = Store::empty(kv, Mode::ReadWrite);
        let problems = store.load_all(keys);
        store.upgrade_outdated();
        store.opened(problems)
    }

    /// A store that keeps data in memory only, for browsers where storage cannot be used.
    pub fn open_unavailable(reason: String) -> Opened {
        let store = Store::empty(Box::new(MemoryKv::new()), Mode::Unavailable(reason));
        store.opened(Vec::new())
    }

    fn empty(kv: Box<dyn Kv>, mode: Mode) -> Store {
        Store {
            kv,
            mode,
            data: AppData::default(),
            in_progress: None,
            revs: BTreeMap::new(),
            held: BTreeSet::new(),
            meta_current: false,
            outdated: BTreeSet::new(),
            dropped: Vec::new(),
        }
    }

    fn opened(self, problems: Vec<LoadProblem>) -> Opened {
        Opened {
            mode: self.mode.clone(),
            problems,
            store: self,
        }
    }

    /// This tab's data (the session in progress is separate: [`Store::in_progress`]).
    pub fn data(&self) -> &AppData {
        &self.data
    }

    /// The session being logged when the app was last used, to offer to resume.
    pub fn in_progress(&self) -> Option<&Session> {
        self.in_progress.as_ref()
    }

    /// What the app can do with storage now.
    pub fn mode(&self) -> &Mode {
        &self.mode
    }

    /// Saves the profile.
    pub fn save_profile(&mut self, profile: &Profile) -> Result<(), SaveError> {
        self.data.profile = Some(profile.clone());
        let part = Part {
            profile: Some(profile),
            ..Part::default()
        };
        self.write_single(layout::PROFILE, &part)
    }

    /// Saves the program.
    pub fn save_program(&mut self, program: &Program) -> Result<(), SaveError> {
        self.data.program = Some(program.clone());
        let part = Part {
            program: Some(program),
            ..Part::default()
        };
        self.write_single(layout::PROGRAM, &part)
    }

    /// Saves the session being logged (call after every set). It survives a reload and is
    /// offered to resume through [`Store::in_progress`].
    pub fn save_in_progress(&mut self, session: &Session) -> Result<(), SaveError> {
        self.in_progress = Some(session.clone());
        let sessions = std::slice::from_ref(session);
        let part = Part {
            sessions: Some(sessions),
            ..Part::default()
        };
        self.write_single(layout::IN_PROGRESS, &part)
    }

    /// Drops the session in progress without logging it.
    pub fn discard_in_progress(&mut self) -> Result<(), SaveError> {
        self.in_progress = None;
        self.remove_single(layout::IN_PROGRESS)
    }

    /// Saves a session to the log (finished, or left partly done), replacing the one with the same
    /// id, also when its date moved it to another month. When it is the session in progress, that
    /// is cleared once the log is written.
    pub fn save_session(&mut self, session: &Session) -> Result<(), SaveError> {
        self.save_record(session)?;
        let was_in_progress = self
            .in_progress
            .as_ref()
            .is_some_and(|current| current.id == session.id);
        if was_in_progress {
            self.in_progress = None;
            self.remove_single(layout::IN_PROGRESS)?;
        }
        Ok(())
    }

    /// Removes a session from the log (History's delete; the UI keeps it for an undo).
    pub fn delete_session(&mut self, session: &Session) -> Result<(), SaveError> {
        self.remove_record(session)
    }

    /// Saves a check-in, replacing the one of the same date.
    pub fn save_checkin(&mut self, checkin: &CheckIn) -> Result<(), SaveError> {
        self.save_record(checkin)
    }

    /// Removes the check-in of a date (History's delete; the UI keeps it for an undo).
    pub fn delete_checkin(&mut self, checkin: &CheckIn) -> Result<(), SaveError> {
        self.remove_record(checkin)
    }

    /// Saves a weekly outcome, replacing the one of the same date.
    pub fn save_outcome(&mut self, outcome: &Outcome) -> Result<(), SaveError> {
        self.save_record(outcome)
    }

    /// Replaces all data (an import). A snapshot of the current data is taken first; if the new
    /// data does not fit, what was stored before is put back and the error returned.
    pub fn replace_all(&mut self, data: AppData, now: NaiveDateTime) -> Result<(), SaveError> {
        self.check_writable()?;
        self.take_snapshot("before import", now)?;
        self.write_everything(data)
    }

    /// Removes all data (a fresh start). A snapshot of the current data is taken first.
    pub fn reset(&mut self, now: NaiveDateTime) -> Result<(), SaveError> {
        self.check_writable()?;
        self.take_snapshot("before reset", now)?;
        self.write_everything(AppData::default())
    }

    /// All data, including the session in progress, as a `durable-backup` file.
    pub fn export_backup(&self, now: NaiveDateTime) -> String {
        backup::write(&self.full_data(), now)
    }

    /// When a backup was last downloaded on this device; `None` when never (or unreadable).
    pub fn last_backup(&self) -> Option<NaiveDateTime> {
        let text = self.kv.get(layout::LAST_BACKUP).ok().flatten()?;
        serde_json::from_str::<LastBackup>(&text)
            .ok()
            .map(|last| last.at)
    }

    /// Records that a backup was downloaded at `now`. It is not part of the data: imports,
    /// resets and snapshots leave it alone.
    pub fn record_backup(&mut self, now: NaiveDateTime) -> Result<(), SaveError> {
        self.check_writable()?;
        let text = serde_json::to_string(&LastBackup { at: now })
            .map_err(|error| SaveError::Encode(error.to_string()))?;
        self.kv.set(layout::LAST_BACKUP, &text)?;
        Ok(())
    }

    /// This device's gym settings and the rest running; the defaults when never saved (or
    /// unreadable: they are settings, not data).
    pub fn gym(&self) -> GymDevice {
        self.kv
            .get(layout::GYM)
            .ok()
            .flatten()
            .and_then(|text| serde_json::from_str(&text).ok())
            .unwrap_or_default()
    }

    /// Saves this device's gym settings and the rest running. Like the last-backup date, they
    /// are not part of the data: imports, resets and snapshots leave them alone.
    pub fn save_gym(&mut self, gym: &GymDevice) -> Result<(), SaveError> {
        self.check_writable()?;
        let text =
            serde_json::to_string(gym).map_err(|error| SaveError::Encode(error.to_string()))?;
        self.kv.set(layout::GYM, &text)?;
        Ok(())
    }

    /// The raw text of every key kept aside because it could not be read, as (key, text).
    pub fn quarantined(&self) -> Result<Vec<(String, String)>, KvError> {
        let mut kept = Vec::new();
        for key in self.kv.keys()? {
            if KeyKind::of(&key) == KeyKind::Quarantine {
                if let Some(text) = self.kv.get(&key)? {
                    kept.push((key, text));
                }
            }
        }
        kept.sort();
        Ok(kept)
    }

    /// The automatic snapshots removed to make room since the last call, to tell the person
    /// ([`dropped_notice`]).
    pub fn take_dropped_snapshots(&mut self) -> Vec<SnapshotInfo> {
        std::mem::take(&mut self.dropped)
    }

    /// UTF-16 units used by Durable's keys (data, snapshots, kept-aside text), as browsers count.
    pub fn used_units(&self) -> Result<usize, KvError> {
        let mut used = 0;
        for key in self.kv.keys()? {
            if key.starts_with(layout::PREFIX) {
                let text = self.kv.get(&key)?.unwrap_or_default();
                used += snapshot::units(&key) + snapshot::units(&text);
            }
        }
        Ok(used)
    }

    /// A sentence offering a backup when Durable uses [`BACKUP_OFFER_PERCENT`] of
    /// [`QUOTA_UNITS`] or more; `None` below that (or when storage cannot be read).
    pub fn nearly_full_notice(&self) -> Option<String> {
        let used = self.used_units().ok()?;
        let percent = used * 100 / QUOTA_UNITS;
        (percent >= BACKUP_OFFER_PERCENT).then(|| {
            format!(
                "Durable's storage on this device is {percent}% full. Download a backup now, so a \
                 copy of your data is safe outside this browser."
            )
        })
    }
}
