//! Storage: keeps one person's data in browser local storage and never loses it.
//!
//! [`Store`] is the whole API the app uses. It keeps this tab's view of the data in memory and
//! writes one small key per change (the month of the log or check-ins, the profile, the session in
//! progress). Every save returns a [`SaveError`] the screen can show; on error the data stays in
//! memory and nothing already stored is damaged (values are only ever replaced by a complete new
//! value, and deleted only after what replaces them is written). Damaged keys are copied aside
//! under a quarantine key and never deleted; data from a newer app is opened read-only.
//!
//! ```
//! use durable::storage::{MemoryKv, Store};
//! let opened = Store::open(Box::new(MemoryKv::new()));
//! let mut store = opened.store;
//! assert!(opened.problems.is_empty());
//! assert!(store.data().sessions.is_empty());
//! ```

pub mod codec;
pub mod error;
pub mod kv;
pub mod layout;
#[cfg(target_arch = "wasm32")]
pub mod local;
#[cfg(target_arch = "wasm32")]
pub mod persist;
mod stored;

use std::collections::{BTreeMap, BTreeSet};

use chrono::NaiveDateTime;
use serde::{Deserialize, Serialize};

use crate::domain::backup;
use crate::domain::checkin::{CheckIn, Outcome};
use crate::domain::data::AppData;
use crate::domain::log::Session;
use crate::domain::migrate;
use crate::domain::profile::Profile;
use crate::domain::program::Program;

pub use error::{LoadError, LoadProblem, ProblemKind, SaveError};
pub use kv::{Kv, KvError, MemoryKv};
use layout::{KeyKind, Month};
use stored::{Contents, Part};

/// How many automatic snapshots are kept (the oldest is removed first).
pub const MAX_SNAPSHOTS: u32 = 3;

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

/// The last-backup key: when a backup was last downloaded here.
#[derive(Serialize, Deserialize)]
struct LastBackup {
    at: NaiveDateTime,
}

/// The meta key: which schema and app last wrote here.
#[derive(Clone, Debug, Serialize, Deserialize)]
struct Meta {
    schema: u32,
    #[serde(default)]
    app: String,
}

/// Any stored value in its readable (long-named, migrated) JSON form: a part of `AppData`, or a
/// snapshot of all of it with when and why.
#[derive(Deserialize)]
struct GenericIn {
    #[serde(default)]
    at: Option<NaiveDateTime>,
    #[serde(default)]
    reason: String,
    #[serde(flatten)]
    data: AppData,
}

/// Why a stored value could not be read.
enum Unreadable {
    /// Written with a newer schema than this app reads.
    Newer(u32),
    /// Damaged, with the technical detail.
    Corrupt(String),
}

/// Reads a stored value: the current schema, and older ones whose records read as today's, in one
/// typed pass ([`stored::decode`], which migrates their profile and program); older schemas, and
/// anything that pass refuses, through the generic codec and the migrations, so whatever the
/// generic reader accepts still loads. Either way the value is migrated in memory only: the key
/// keeps its text until the next save writes it with the current schema.
fn read_stored(text: &str) -> Result<Contents, Unreadable> {
    let (_, schema) = codec::peek(text).map_err(|error| Unreadable::Corrupt(error.0))?;
    if schema > migrate::CURRENT {
        return Err(Unreadable::Newer(schema));
    }
    if schema >= migrate::RECORDS_UNCHANGED_SINCE {
        if let Ok(contents) = stored::decode(text) {
            return Ok(contents);
        }
    }
    let envelope = codec::decode(text).map_err(|error| Unreadable::Corrupt(error.0))?;
    let value = migrate::migrate(envelope.schema, envelope.data)
        .map_err(|error| Unreadable::Corrupt(error.to_string()))?;
    let read: GenericIn =
        serde_json::from_value(value).map_err(|error| Unreadable::Corrupt(error.to_string()))?;
    Ok(Contents {
        rev: envelope.rev,
        data: read.data,
        at: read.at,
        reason: read.reason,
    })
}

/// A snapshot as read back.
struct SnapshotIn {
    at: NaiveDateTime,
    reason: String,
    data: AppData,
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
    /// id. When it is the session in progress, that is cleared once the log is written.
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

    /// Saves a check-in, replacing the one of the same date.
    pub fn save_checkin(&mut self, checkin: &CheckIn) -> Result<(), SaveError> {
        self.save_record(checkin)
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

    /// The automatic snapshots, newest first.
    pub fn snapshots(&self) -> Result<Vec<SnapshotInfo>, LoadError> {
        let mut found = Vec::new();
        for id in self.snapshot_ids().map_err(LoadError::Storage)? {
            let key = layout::snapshot_key(id);
            let Some(snapshot) = self.read_snapshot(&key)? else {
                continue;
            };
            found.push(SnapshotInfo {
                id,
                at: snapshot.at,
                reason: snapshot.reason,
                sessions: snapshot.data.sessions.len(),
                checkins: snapshot.data.checkins.len(),
            });
        }
        found.sort_by_key(|snapshot| std::cmp::Reverse(snapshot.id));
        Ok(found)
    }

    /// Puts the data of snapshot `id` back (the current data is snapshotted first).
    pub fn restore_snapshot(&mut self, id: u32, now: NaiveDateTime) -> Result<(), SaveError> {
        let key = layout::snapshot_key(id);
        let snapshot = match self.read_snapshot(&key) {
            Ok(Some(snapshot)) => snapshot,
            Ok(None) => return Err(SaveError::NoSnapshot(id)),
            Err(LoadError::Storage(error)) => return Err(error.into()),
            Err(LoadError::Problem(_)) => return Err(SaveError::NoSnapshot(id)),
        };
        self.check_writable()?;
        self.take_snapshot(&format!("before restoring backup {id}"), now)?;
        self.write_everything(snapshot.data)
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

    /// Reloads `key` after another tab changed it (the window `storage` event); `None` (the other
    /// tab cleared storage) reloads everything. Returns what changed.
    pub fn refresh(&mut self, key: Option<&str>) -> Result<Change, LoadError> {
        let Some(key) = key else {
            let keys = self.kv.keys().map_err(LoadError::Storage)?;
            let mode = self.mode.clone();
            let mut fresh = Store::empty(
                std::mem::replace(&mut self.kv, Box::new(MemoryKv::new())),
                mode,
            );
            let problems = fresh.load_all(keys);
            *self = fresh;
            return match problems.into_iter().next() {
                Some(problem) => Err(LoadError::Problem(problem)),
                None => Ok(Change::All),
            };
        };
        let kind = KeyKind::of(key);
        match kind {
            KeyKind::Foreign | KeyKind::Unknown | KeyKind::Quarantine => Ok(Change::Nothing),
            KeyKind::Snapshot(_) => Ok(Change::Snapshots),
            KeyKind::LastBackup => Ok(Change::LastBackup),
            KeyKind::Meta => {
                let before = self.mode.clone();
                self.load_meta();
                Ok(if self.mode == before {
                    Change::Nothing
                } else {
                    Change::Mode
                })
            }
            _ => {
                let text = self.kv.get(key).map_err(LoadError::Storage)?;
                if let Some(problem) = self.load_key(key, &kind, text, Merge::Replace) {
                    return Err(LoadError::Problem(problem));
                }
                Ok(match kind {
                    KeyKind::Profile => Change::Profile,
                    KeyKind::Program => Change::Program,
                    KeyKind::Outcomes => Change::Outcomes,
                    KeyKind::InProgress => Change::InProgress,
                    KeyKind::Log(month) => Change::Sessions(month),
                    KeyKind::Checkins(month) => Change::Checkins(month),
                    _ => Change::Nothing,
                })
            }
        }
    }

    // ----- loading -----

    fn load_all(&mut self, keys: Vec<String>) -> Vec<LoadProblem> {
        self.load_meta();
        let mut problems = Vec::new();
        let mut keys = keys;
        keys.sort();
        for key in keys {
            let kind = KeyKind::of(&key);
            if !kind.is_data() {
                continue;
            }
            let text = match self.kv.get(&key) {
                Ok(text) => text,
                Err(error) => {
                    // Never overwrite what could not even be read.
                    self.held.insert(key.clone());
                    problems.push(LoadProblem {
                        what: kind.describe(),
                        key,
                        kind: ProblemKind::Unreadable(error),
                    });
                    continue;
                }
            };
            if let Some(problem) = self.load_key(&key, &kind, text, Merge::Append) {
                problems.push(problem);
            }
        }
        // Shards were appended in key order; sort once rather than once a month.
        Session::sort(&mut self.data.sessions);
        CheckIn::sort(&mut self.data.checkins);
        problems
    }

    fn load_meta(&mut self) {
        let meta = self
            .kv
            .get(layout::META)
            .ok()
            .flatten()
            .and_then(|text| serde_json::from_str::<Meta>(&text).ok());
        if let Some(meta) = meta {
            self.meta_current = meta.schema == migrate::CURRENT;
            if meta.schema > migrate::CURRENT {
                self.mode = Mode::ReadOnly {
                    schema: meta.schema,
                    app_version: meta.app,
                };
            }
        }
    }

    /// Loads one data key into memory; `text` is its stored value (`None`: absent).
    fn load_key(
        &mut self,
        key: &str,
        kind: &KeyKind,
        text: Option<String>,
        merge: Merge,
    ) -> Option<LoadProblem> {
        let Some(text) = text else {
            self.revs.remove(key);
            self.set_part(kind, AppData::default(), merge);
            return None;
        };
        let problem = |kind_of_problem| LoadProblem {
            key: key.to_string(),
            what: kind.describe(),
            kind: kind_of_problem,
        };
        match read_stored(&text) {
            Ok(contents) => {
                self.revs.insert(key.to_string(), contents.rev);
                self.held.remove(key);
                self.set_part(kind, contents.data, merge);
                None
            }
            Err(Unreadable::Newer(schema)) => {
                self.held.insert(key.to_string());
                if matches!(self.mode, Mode::ReadWrite) {
                    self.mode = Mode::ReadOnly {
                        schema,
                        app_version: String::new(),
                    };
                }
                Some(problem(ProblemKind::Newer { schema }))
            }
            Err(Unreadable::Corrupt(detail)) => Some(problem(self.quarantine(key, &text, detail))),
        }
    }

    /// Copies unreadable text to a quarantine key (never deleted). If that works the original
    /// key may be overwritten later; if not, it is held.
    fn quarantine(&mut self, key: &str, text: &str, detail: String) -> ProblemKind {
        for attempt in 0..100 {
            let aside = layout::quarantine_key(key, attempt);
            match self.kv.get(&aside) {
                Ok(Some(existing)) if existing == text => {
                    return self.quarantined_as(key, aside, detail);
                }
                Ok(Some(_)) => continue,
                Ok(None) => {
                    if self.kv.set(&aside, text).is_ok() {
                        return self.quarantined_as(key, aside, detail);
                    }
                    break;
                }
                Err(_) => break,
            }
        }
        self.held.insert(key.to_string());
        ProblemKind::Corrupt {
            kept_as: None,
            detail,
        }
    }

    fn quarantined_as(&mut self, key: &str, aside: String, detail: String) -> ProblemKind {
        // Revision 0: this tab may overwrite the damaged value, which is safe aside.
        self.revs.insert(key.to_string(), 0);
        self.set_part(&KeyKind::of(key), AppData::default(), Merge::Replace);
        ProblemKind::Corrupt {
            kept_as: Some(aside),
            detail,
        }
    }

    /// Puts a loaded part in memory, replacing what this tab had for that key (or, when loading
    /// everything, appending it unsorted: the caller sorts once at the end).
    fn set_part(&mut self, kind: &KeyKind, part: AppData, merge: Merge) {
        match kind {
            KeyKind::Profile => self.data.profile = part.profile,
            KeyKind::Program => self.data.program = part.program,
            KeyKind::Outcomes => {
                self.data.outcomes = part.outcomes;
                Outcome::sort(&mut self.data.outcomes);
            }
            KeyKind::InProgress => self.in_progress = part.sessions.into_iter().next(),
            KeyKind::Log(month) => {
                if merge == Merge::Replace {
                    self.data
                        .sessions
                        .retain(|session| session.shard() != KeyKind::Log(*month));
                }
                self.data.sessions.extend(part.sessions);
                if merge == Merge::Replace {
                    Session::sort(&mut self.data.sessions);
                }
            }
            KeyKind::Checkins(month) => {
                if merge == Merge::Replace {
                    self.data
                        .checkins
                        .retain(|checkin| checkin.shard() != KeyKind::Checkins(*month));
                }
                self.data.checkins.extend(part.checkins);
                if merge == Merge::Replace {
                    CheckIn::sort(&mut self.data.checkins);
                }
            }
            _ => {}
        }
    }

    // ----- saving -----

    fn check_writable(&self) -> Result<(), SaveError> {
        match self.mode {
            Mode::ReadOnly { .. } => Err(SaveError::ReadOnly),
            _ => Ok(()),
        }
    }

    /// The revision stored now, `None` when the key is absent; unreadable text counts as
    /// revision 0 (it was quarantined, or the key is held).
    fn stored_rev(&self, key: &str) -> Result<Option<u64>, SaveError> {
        let Some(text) = self.kv.get(key)? else {
            return Ok(None);
        };
        if self.revs.get(key) == Some(&0) && read_stored(&text).is_err() {
            // Still the damaged text this tab copied aside: safe to overwrite.
            return Ok(Some(0));
        }
        Ok(Some(codec::peek(&text).map_or(0, |(rev, _)| rev)))
    }

    fn ensure_meta(&mut self) -> Result<(), SaveError> {
        if self.meta_current {
            return Ok(());
        }
        let meta = Meta {
            schema: migrate::CURRENT,
            app: env!("CARGO_PKG_VERSION").to_string(),
        };
        let text =
            serde_json::to_string(&meta).map_err(|error| SaveError::Encode(error.to_string()))?;
        self.kv.set(layout::META, &text)?;
        self.meta_current = true;
        Ok(())
    }

    /// Writes `part` to `key` with the next revision, unless another tab wrote it since.
    fn write_single(&mut self, key: &str, part: &Part<'_>) -> Result<(), SaveError> {
        self.check_writable()?;
        if self.held.contains(key) {
            return Err(SaveError::Held {
                key: key.to_string(),
            });
        }
        let stored = self.stored_rev(key)?;
        if stored != self.revs.get(key).copied() {
            return Err(SaveError::Stale {
                key: key.to_string(),
            });
        }
        self.put(key, stored.unwrap_or(0) + 1, part)
    }

    fn remove_single(&mut self, key: &str) -> Result<(), SaveError> {
        self.check_writable()?;
        let stored = self.stored_rev(key)?;
        if stored.is_none() {
            self.revs.remove(key);
            return Ok(());
        }
        if stored != self.revs.get(key).copied() {
            return Err(SaveError::Stale {
                key: key.to_string(),
            });
        }
        self.kv.remove(key)?;
        self.revs.remove(key);
        Ok(())
    }

    fn put(&mut self, key: &str, rev: u64, part: &Part<'_>) -> Result<(), SaveError> {
        let text = stored::encode(rev, part).map_err(|error| SaveError::Encode(error.0))?;
        self.ensure_meta()?;
        self.kv.set(key, &text)?;
        self.revs.insert(key.to_string(), rev);
        Ok(())
    }

    /// Saves one record into its shard. If another tab wrote the shard since this tab read it,
    /// the stored shard is reloaded and this record merged into it (other records are kept).
    fn save_record<T: Record>(&mut self, record: &T) -> Result<(), SaveError> {
        upsert(T::list(&mut self.data), record.clone());
        self.check_writable()?;
        let kind = record.shard();
        let key = kind.key();
        if self.held.contains(&key) {
            return Err(SaveError::Held { key });
        }
        let stored = self.stored_rev(&key)?;
        if stored != self.revs.get(&key).copied() {
            // Another tab wrote this shard: take its records, then put this one in.
            let text = self.kv.get(&key)?;
            if self.load_key(&key, &kind, text, Merge::Replace).is_some() {
                return Err(SaveError::Stale { key });
            }
            upsert(T::list(&mut self.data), record.clone());
        }
        let records: Vec<T> = T::list(&mut self.data)
            .iter()
            .filter(|other| other.shard() == kind)
            .cloned()
            .collect();
        let part = T::part(&records);
        self.put(&key, stored.unwrap_or(0) + 1, &part)
    }

    fn full_data(&self) -> AppData {
        let mut data = self.data.clone();
        if let Some(session) = &self.in_progress {
            upsert(&mut data.sessions, session.clone());
        }
        data
    }

    fn snapshot_ids(&self) -> Result<Vec<u32>, KvError> {
        let mut ids: Vec<u32> = self
            .kv
            .keys()?
            .iter()
            .filter_map(|key| match KeyKind::of(key) {
                KeyKind::Snapshot(id) => Some(id),
                _ => None,
            })
            .collect();
        ids.sort_unstable();
        Ok(ids)
    }

    fn read_snapshot(&self, key: &str) -> Result<Option<SnapshotIn>, LoadError> {
        let Some(text) = self.kv.get(key).map_err(LoadError::Storage)? else {
            return Ok(None);
        };
        let problem = |detail: String| {
            LoadError::Problem(LoadProblem {
                key: key.to_string(),
                what: KeyKind::of(key).describe(),
                kind: ProblemKind::Corrupt {
                    kept_as: None,
                    detail,
                },
            })
        };
        match read_stored(&text) {
            Ok(Contents {
                at: Some(at),
                reason,
                data,
                ..
            }) => Ok(Some(SnapshotIn { at, reason, data })),
            Ok(_) => Err(problem("it has no date".to_string())),
            Err(Unreadable::Newer(schema)) => Err(problem(format!(
                "it was saved with schema {schema}, newer than this app's {}",
                migrate::CURRENT
            ))),
            Err(Unreadable::Corrupt(detail)) => Err(problem(detail)),
        }
    }

    /// Stores all current data as a new snapshot, making room by removing the oldest snapshots
    /// if storage is full, and keeps at most [`MAX_SNAPSHOTS`].
    fn take_snapshot(&mut self, reason: &str, now: NaiveDateTime) -> Result<(), SaveError> {
        let mut ids = self.snapshot_ids()?;
        let id = ids.last().map_or(1, |last| last + 1);
        let data = self.full_data();
        let snapshot = Part {
            at: Some(now),
            reason: Some(reason),
            profile: data.profile.as_ref(),
            program: data.program.as_ref(),
            sessions: Some(&data.sessions),
            checkins: Some(&data.checkins),
            outcomes: Some(&data.outcomes),
        };
        let text = stored::encode(1, &snapshot).map_err(|error| SaveError::Encode(error.0))?;
        self.ensure_meta()?;
        loop {
            match self.kv.set(&layout::snapshot_key(id), &text) {
                Ok(()) => break,
                Err(KvError::QuotaExceeded) if !ids.is_empty() => {
                    let oldest = ids.remove(0);
                    self.kv.remove(&layout::snapshot_key(oldest))?;
                }
                Err(error) => return Err(error.into()),
            }
        }
        ids.push(id);
        while ids.len() > MAX_SNAPSHOTS as usize {
            let oldest = ids.remove(0);
            self.kv.remove(&layout::snapshot_key(oldest))?;
        }
        Ok(())
    }

    /// Makes storage hold exactly `data`: writes every key of it, then removes keys it has no
    /// part in. If a write fails, what was stored before is put back.
    fn write_everything(&mut self, data: AppData) -> Result<(), SaveError> {
        let old = self.full_data();
        let old_keys = self.data_keys()?;
        match self.write_all_keys(&data, &old_keys) {
            Ok(()) => {
                self.data = data;
                Session::sort(&mut self.data.sessions);
                CheckIn::sort(&mut self.data.checkins);
                Outcome::sort(&mut self.data.outcomes);
                self.in_progress = None;
                Ok(())
            }
            Err(error) => {
                // Put the old data back: remove keys only the new data had, then rewrite the old.
                let new_keys = self.data_keys().unwrap_or_default();
                for key in new_keys.difference(&old_keys) {
                    let _ = self.kv.remove(key);
                }
                let _ = self.write_all_keys(&old, &BTreeSet::new());
                Err(error)
            }
        }
    }

    fn data_keys(&self) -> Result<BTreeSet<String>, KvError> {
        Ok(self
            .kv
            .keys()?
            .into_iter()
            .filter(|key| KeyKind::of(key).is_data() && !self.held.contains(key))
            .collect())
    }

    fn write_all_keys(
        &mut self,
        data: &AppData,
        remove_unused: &BTreeSet<String>,
    ) -> Result<(), SaveError> {
        let mut written = BTreeSet::new();
        let mut write = |store: &mut Store, key: String, part: Part<'_>| -> Result<(), SaveError> {
            let rev = store
                .stored_rev(&key)?
                .max(store.revs.get(&key).copied())
                .unwrap_or(0)
                + 1;
            store.put(&key, rev, &part)?;
            written.insert(key);
            Ok(())
        };
        if let Some(profile) = &data.profile {
            let part = Part {
                profile: Some(profile),
                ..Part::default()
            };
            write(self, layout::PROFILE.to_string(), part)?;
        }
        if let Some(program) = &data.program {
            let part = Part {
                program: Some(program),
                ..Part::default()
            };
            write(self, layout::PROGRAM.to_string(), part)?;
        }
        if !data.outcomes.is_empty() {
            write(
                self,
                layout::OUTCOMES.to_string(),
                Outcome::part(&data.outcomes),
            )?;
        }
        for (key, sessions) in group(&data.sessions) {
            write(self, key, Session::part(&sessions))?;
        }
        for (key, checkins) in group(&data.checkins) {
            write(self, key, CheckIn::part(&checkins))?;
        }
        for key in remove_unused.difference(&written) {
            self.kv.remove(key)?;
            self.revs.remove(key);
        }
        Ok(())
    }
}

/// How a loaded shard joins what this tab has.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Merge {
    /// Replace this tab's records of that shard, keeping the lists sorted.
    Replace,
    /// Append to lists that do not hold that shard yet (loading everything); the caller sorts.
    Append,
}

/// A record kept in a sharded list: sessions, check-ins, outcomes.
trait Record: Clone {
    /// True when both are the same record (same id or date).
    fn same(&self, other: &Self) -> bool;
    /// The key kind of the shard it lives in.
    fn shard(&self) -> KeyKind;
    /// Its list in the data.
    fn list(data: &mut AppData) -> &mut Vec<Self>;
    /// Records as a stored part.
    fn part(records: &[Self]) -> Part<'_>;
    /// Sorts a list oldest first.
    fn sort(records: &mut [Self]);
}

impl Record for Session {
    fn same(&self, other: &Self) -> bool {
        self.id == other.id
    }
    fn shard(&self) -> KeyKind {
        KeyKind::Log(Month::of(self.started.date()))
    }
    fn list(data: &mut AppData) -> &mut Vec<Self> {
        &mut data.sessions
    }
    fn part(records: &[Self]) -> Part<'_> {
        Part {
            sessions: Some(records),
            ..Part::default()
        }
    }
    fn sort(records: &mut [Self]) {
        records.sort_by(|left, right| {
            left.started
                .cmp(&right.started)
                .then_with(|| left.id.cmp(&right.id))
        });
    }
}

impl Record for CheckIn {
    fn same(&self, other: &Self) -> bool {
        self.date == other.date
    }
    fn shard(&self) -> KeyKind {
        KeyKind::Checkins(Month::of(self.date))
    }
    fn list(data: &mut AppData) -> &mut Vec<Self> {
        &mut data.checkins
    }
    fn part(records: &[Self]) -> Part<'_> {
        Part {
            checkins: Some(records),
            ..Part::default()
        }
    }
    fn sort(records: &mut [Self]) {
        records.sort_by_key(|checkin| checkin.date);
    }
}

impl Record for Outcome {
    fn same(&self, other: &Self) -> bool {
        self.date == other.date
    }
    fn shard(&self) -> KeyKind {
        KeyKind::Outcomes
    }
    fn list(data: &mut AppData) -> &mut Vec<Self> {
        &mut data.outcomes
    }
    fn part(records: &[Self]) -> Part<'_> {
        Part {
            outcomes: Some(records),
            ..Part::default()
        }
    }
    fn sort(records: &mut [Self]) {
        records.sort_by_key(|outcome| outcome.date);
    }
}

impl KeyKind {
    /// The storage key of a data key kind (empty for kinds without one fixed key).
    fn key(&self) -> String {
        match self {
            KeyKind::Profile => layout::PROFILE.to_string(),
            KeyKind::Program => layout::PROGRAM.to_string(),
            KeyKind::Outcomes => layout::OUTCOMES.to_string(),
            KeyKind::InProgress => layout::IN_PROGRESS.to_string(),
            KeyKind::Log(month) => layout::log_key(*month),
            KeyKind::Checkins(month) => layout::checkins_key(*month),
            KeyKind::Snapshot(id) => layout::snapshot_key(*id),
            KeyKind::Meta => layout::META.to_string(),
            KeyKind::LastBackup => layout::LAST_BACKUP.to_string(),
            _ => String::new(),
        }
    }
}

/// Replaces the record that is the same as `record`, or adds it, keeping the list sorted.
fn upsert<T: Record>(records: &mut Vec<T>, record: T) {
    match records.iter_mut().find(|existing| existing.same(&record)) {
        Some(existing) => *existing = record,
        None => records.push(record),
    }
    T::sort(records);
}

/// Records grouped by shard, in key order.
fn group<T: Record>(records: &[T]) -> BTreeMap<String, Vec<T>> {
    let mut groups: BTreeMap<String, Vec<T>> = BTreeMap::new();
    for record in records {
        groups
            .entry(record.shard().key())
            .or_default()
            .push(record.clone());
    }
    groups
}
