//! Brings values stored with an older schema up to the current one when storage opens.
//!
//! Loading migrates old values in memory only; [`Store::upgrade_outdated`] then writes each old data
//! key and snapshot again at the current schema, from exactly what that key held (never from the
//! merged data, so a record in an unexpected shard stays where it was). Schema 3 packs the text, so
//! this is what turns years of plain months into packed ones. A key another tab changed meanwhile,
//! a key that is held, or a write that fails (a full quota) is left as it was: still readable, and
//! tried again at the next start.

use super::layout::KeyKind;
use super::load::read_stored;
use super::stored::{self, Part};
use super::{codec, Mode, SaveError, Store};
use crate::domain::migrate;

impl Store {
    /// Rewrites the data keys that loaded from an older schema, then the older snapshots.
    pub(super) fn upgrade_outdated(&mut self) {
        let outdated = std::mem::take(&mut self.outdated);
        if self.mode != Mode::ReadWrite {
            return;
        }
        for key in outdated {
            // A failure leaves the old, readable value: nothing to report.
            let _ = self.repack(&key);
        }
        let Ok(snapshots) = self.snapshot_ids() else {
            return;
        };
        for id in snapshots {
            let _ = self.repack(&super::layout::snapshot_key(id));
        }
    }

    /// Writes `key` again at the current schema when it holds a readable older value; true when it
    /// was rewritten.
    pub(super) fn repack(&mut self, key: &str) -> Result<bool, SaveError> {
        if self.held.contains(key) {
            return Ok(false);
        }
        let Some(text) = self.kv.get(key)? else {
            return Ok(false);
        };
        let Ok((rev, schema)) = codec::peek(&text) else {
            return Ok(false);
        };
        let is_data = KeyKind::of(key).is_data();
        if schema >= migrate::CURRENT || (is_data && self.revs.get(key) != Some(&rev)) {
            return Ok(false);
        }
        let Ok(contents) = read_stored(&text) else {
            return Ok(false);
        };
        let data = &contents.data;
        let part = Part {
            at: contents.at,
            reason: contents.at.map(|_| contents.reason.as_str()),
            profile: data.profile.as_ref(),
            program: data.program.as_ref(),
            sessions: present(&data.sessions),
            checkins: present(&data.checkins),
            outcomes: present(&data.outcomes),
        };
        let packed = stored::encode(rev + 1, &part).map_err(|error| SaveError::Encode(error.0))?;
        self.ensure_meta()?;
        self.kv.set(key, &packed)?;
        if is_data {
            self.revs.insert(key.to_string(), rev + 1);
        }
        Ok(true)
    }
}

/// A list as a stored part: absent when empty (reading gives an empty list either way).
fn present<T>(records: &[T]) -> Option<&[T]> {
    (!records.is_empty()).then_some(records)
}
