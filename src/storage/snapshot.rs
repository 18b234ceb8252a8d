//! Automatic snapshots: all data kept under one key before an import, a reset or a restore.

use chrono::NaiveDateTime;

use super::layout::{self, KeyKind};
use super::load::{read_stored, Unreadable};
use super::stored::{self, Contents, Part};
use super::{
    KvError, LoadError, LoadProblem, ProblemKind, SaveError, SnapshotInfo, Store, MAX_SNAPSHOTS,
    SNAPSHOT_BUDGET_UNITS,
};
use crate::domain::data::AppData;
use crate::domain::migrate;

/// A snapshot as read back.
struct SnapshotIn {
    at: NaiveDateTime,
    reason: String,
    data: AppData,
}

impl Store {
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

    pub(super) fn snapshot_ids(&self) -> Result<Vec<u32>, KvError> {
        let mut ids: Vec<u32> = self
            .kv
            .keys()?
            .iter()
            .filter_map(|key| KeyKind::of(key).snapshot_id())
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

    /// Stores all current data as a new snapshot. Room is made by removing the oldest snapshots
    /// first: when storage is full, while there are more than [`MAX_SNAPSHOTS`], and while together
    /// they take more than [`SNAPSHOT_BUDGET_UNITS`] (the newest is always kept), so snapshots
    /// never push the live data out. Each one removed is remembered for
    /// [`Store::take_dropped_snapshots`], so the person is told.
    pub(super) fn take_snapshot(
        &mut self,
        reason: &str,
        now: NaiveDateTime,
    ) -> Result<(), SaveError> {
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
                    self.drop_snapshot(oldest)?;
                }
                Err(error) => return Err(error.into()),
            }
        }
        ids.push(id);
        let mut sizes = Vec::with_capacity(ids.len());
        for id in &ids {
            let key = layout::snapshot_key(*id);
            let text = self.kv.get(&key)?.unwrap_or_default();
            sizes.push(units(&key) + units(&text));
        }
        let mut total: usize = sizes.iter().sum();
        while ids.len() > 1 && (ids.len() > MAX_SNAPSHOTS as usize || total > SNAPSHOT_BUDGET_UNITS)
        {
            let oldest = ids.remove(0);
            total -= sizes.remove(0);
            self.drop_snapshot(oldest)?;
        }
        Ok(())
    }

    /// Removes snapshot `id`, remembering what it held so the person can be told.
    fn drop_snapshot(&mut self, id: u32) -> Result<(), SaveError> {
        let key = layout::snapshot_key(id);
        if let Ok(Some(snapshot)) = self.read_snapshot(&key) {
            self.dropped.push(SnapshotInfo {
                id,
                at: snapshot.at,
                reason: snapshot.reason,
                sessions: snapshot.data.sessions.len(),
                checkins: snapshot.data.checkins.len(),
            });
        }
        self.kv.remove(&key)?;
        Ok(())
    }
}

/// UTF-16 units of `text`, as browsers count local storage.
pub(super) fn units(text: &str) -> usize {
    text.encode_utf16().count()
}

/// What to tell the person when automatic snapshots were removed to make room; `None` when none
/// were.
pub fn dropped_notice(dropped: &[SnapshotInfo]) -> Option<String> {
    let describe = |snapshot: &SnapshotInfo| {
        format!(
            "the one from {} ({})",
            snapshot.at.format("%-d %B %Y, %H:%M"),
            snapshot.reason
        )
    };
    match dropped {
        [] => None,
        [one] => Some(format!(
            "To make room, Durable removed its oldest automatic backup, {}. Your data and the \
             newer automatic backups are kept.",
            describe(one)
        )),
        several => Some(format!(
            "To make room, Durable removed its {} oldest automatic backups: {}. Your data and the \
             newer automatic backups are kept.",
            several.len(),
            several.iter().map(describe).collect::<Vec<_>>().join("; ")
        )),
    }
}
