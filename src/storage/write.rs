//! Writing: one key at a time with revisions (a key another tab wrote since is merged or refused),
//! and all keys at once with the old data put back if a write fails.

use std::collections::BTreeSet;

use chrono::NaiveDateTime;
use serde::{Deserialize, Serialize};

use super::layout::{self, KeyKind};
use super::load::{read_stored, Merge};
use super::record::{group, upsert, Record};
use super::stored::{self, Part};
use super::{codec, KvError, Mode, SaveError, Store};
use crate::domain::checkin::{CheckIn, Outcome};
use crate::domain::data::AppData;
use crate::domain::log::Session;
use crate::domain::migrate;

/// The last-backup key: when a backup was last downloaded here.
#[derive(Serialize, Deserialize)]
pub(super) struct LastBackup {
    pub(super) at: NaiveDateTime,
}

/// The meta key: which schema and app last wrote here.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub(super) struct Meta {
    pub(super) schema: u32,
    #[serde(default)]
    pub(super) app: String,
}

impl Store {
    pub(super) fn check_writable(&self) -> Result<(), SaveError> {
        match self.mode {
            Mode::ReadOnly { .. } => Err(SaveError::ReadOnly),
            Mode::ReadWrite | Mode::Unavailable(_) => Ok(()),
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

    pub(super) fn ensure_meta(&mut self) -> Result<(), SaveError> {
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
    pub(super) fn write_single(&mut self, key: &str, part: &Part<'_>) -> Result<(), SaveError> {
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

    pub(super) fn remove_single(&mut self, key: &str) -> Result<(), SaveError> {
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

    pub(super) fn put(&mut self, key: &str, rev: u64, part: &Part<'_>) -> Result<(), SaveError> {
        let text = stored::encode(rev, part).map_err(|error| SaveError::Encode(error.0))?;
        self.ensure_meta()?;
        self.kv.set(key, &text)?;
        self.revs.insert(key.to_string(), rev);
        Ok(())
    }

    /// Saves one record into its shard. If another tab wrote the shard since this tab read it,
    /// the stored shard is reloaded and this record merged into it (other records are kept).
    /// A record that moved to another shard (a session whose date changed) is written into the
    /// new shard first, then its old shard is written without it: a failure between the two
    /// leaves it in both, never in neither (the reader keeps one per id).
    pub(super) fn save_record<T: Record>(&mut self, record: &T) -> Result<(), SaveError> {
        let moved_from = T::list(&mut self.data)
            .iter()
            .find(|other| other.same(record) && other.key() != record.key())
            .map(|other| (other.shard(), other.key()));
        self.save_in_shard(record)?;
        match moved_from {
            Some((kind, key)) => self.rewrite_shard::<T>(&kind, &key),
            None => Ok(()),
        }
    }

    /// Removes one record: its shard is written without it (an emptied shard's key is removed).
    pub(super) fn remove_record<T: Record>(&mut self, record: &T) -> Result<(), SaveError> {
        self.check_writable()?;
        T::list(&mut self.data).retain(|other| !other.same(record));
        self.rewrite_shard::<T>(&record.shard(), &record.key())
    }

    /// Writes the shard `key` from the records in memory, unless another tab wrote it since.
    fn rewrite_shard<T: Record>(&mut self, kind: &KeyKind, key: &str) -> Result<(), SaveError> {
        let records: Vec<T> = T::list(&mut self.data)
            .iter()
            .filter(|other| other.shard() == *kind)
            .cloned()
            .collect();
        if records.is_empty() {
            return self.remove_single(key);
        }
        self.write_single(key, &T::part(&records))
    }

    /// [`Self::save_record`] within the record's own shard.
    fn save_in_shard<T: Record>(&mut self, record: &T) -> Result<(), SaveError> {
        upsert(T::list(&mut self.data), record.clone());
        self.check_writable()?;
        let kind = record.shard();
        let key = record.key();
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

    pub(super) fn full_data(&self) -> AppData {
        let mut data = self.data.clone();
        if let Some(session) = &self.in_progress {
            upsert(&mut data.sessions, session.clone());
        }
        data
    }

    /// Makes storage hold exactly `data`: writes every key of it, then removes keys it has no
    /// part in. If a write fails, what was stored before is put back.
    pub(super) fn write_everything(&mut self, data: AppData) -> Result<(), SaveError> {
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
