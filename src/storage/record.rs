//! Records kept in sharded lists (sessions, check-ins, outcomes): which shard each lives in, how
//! one replaces another, how they sort.

use std::collections::BTreeMap;

use super::layout::{self, KeyKind, Month};
use super::stored::Part;
use crate::domain::checkin::{CheckIn, Outcome};
use crate::domain::data::AppData;
use crate::domain::log::Session;

/// A record kept in a sharded list: sessions, check-ins, outcomes.
pub(super) trait Record: Clone {
    /// True when both are the same record (same id or date).
    fn same(&self, other: &Self) -> bool;
    /// The key kind of the shard it lives in.
    fn shard(&self) -> KeyKind;
    /// The key of the shard it lives in.
    fn key(&self) -> String;
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
    fn key(&self) -> String {
        layout::log_key(Month::of(self.started.date()))
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
    fn key(&self) -> String {
        layout::checkins_key(Month::of(self.date))
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
    fn key(&self) -> String {
        layout::OUTCOMES.to_string()
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

/// Replaces the record that is the same as `record`, or adds it, keeping the list sorted.
pub(super) fn upsert<T: Record>(records: &mut Vec<T>, record: T) {
    match records.iter_mut().find(|existing| existing.same(&record)) {
        Some(existing) => *existing = record,
        None => records.push(record),
    }
    T::sort(records);
}

/// Records grouped by shard, in key order.
pub(super) fn group<T: Record>(records: &[T]) -> BTreeMap<String, Vec<T>> {
    let mut groups: BTreeMap<String, Vec<T>> = BTreeMap::new();
    for record in records {
        groups.entry(record.key()).or_default().push(record.clone());
    }
    groups
}
