//! Loading: reads every key into memory, migrates older values in memory, copies damaged keys
//! aside, and reloads a key another tab changed.

use chrono::NaiveDateTime;
use serde::Deserialize;

use super::layout::{self, KeyKind};
use super::record::Record;
use super::stored::{self, Contents};
use super::write::Meta;
use super::{codec, Change, LoadError, LoadProblem, MemoryKv, Mode, ProblemKind, Store};
use crate::domain::checkin::{CheckIn, Outcome};
use crate::domain::data::AppData;
use crate::domain::log::Session;
use crate::domain::migrate;

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
pub(super) enum Unreadable {
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
pub(super) fn read_stored(text: &str) -> Result<Contents, Unreadable> {
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

/// How a loaded shard joins what this tab has.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Merge {
    /// Replace this tab's records of that shard, keeping the lists sorted.
    Replace,
    /// Append to lists that do not hold that shard yet (loading everything); the caller sorts.
    Append,
}

impl Store {
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
            KeyKind::Plans => Ok(Change::Plans),
            KeyKind::Gym => Ok(Change::Gym),
            KeyKind::Meta => {
                let before = self.mode.clone();
                self.load_meta();
                Ok(if self.mode == before {
                    Change::Nothing
                } else {
                    Change::Mode
                })
            }
            KeyKind::Profile => self.reload(key, &kind, Change::Profile),
            KeyKind::Program => self.reload(key, &kind, Change::Program),
            KeyKind::Outcomes => self.reload(key, &kind, Change::Outcomes),
            KeyKind::InProgress => self.reload(key, &kind, Change::InProgress),
            KeyKind::Log(month) => self.reload(key, &kind, Change::Sessions(month)),
            KeyKind::Checkins(month) => self.reload(key, &kind, Change::Checkins(month)),
        }
    }

    /// Reloads one data key another tab wrote; an unreadable value is a load problem.
    fn reload(&mut self, key: &str, kind: &KeyKind, change: Change) -> Result<Change, LoadError> {
        let text = self.kv.get(key).map_err(LoadError::Storage)?;
        match self.load_key(key, kind, text, Merge::Replace) {
            Some(problem) => Err(LoadError::Problem(problem)),
            None => Ok(change),
        }
    }

    pub(super) fn load_all(&mut self, keys: Vec<String>) -> Vec<LoadProblem> {
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
    pub(super) fn load_key(
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
                if codec::peek(&text).is_ok_and(|(_, schema)| schema < migrate::CURRENT) {
                    self.outdated.insert(key.to_string());
                }
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
            // Not data: nothing of them is kept in memory.
            KeyKind::Meta
            | KeyKind::LastBackup
            | KeyKind::Plans
            | KeyKind::Gym
            | KeyKind::Snapshot(_)
            | KeyKind::Quarantine
            | KeyKind::Unknown
            | KeyKind::Foreign => {}
        }
    }
}
