//! Where each part of the data lives: namespaced keys, with the log and check-ins sharded by month.

use chrono::{Datelike, NaiveDate};

/// Every key of this app starts with this (the layout generation, not the schema version).
pub const PREFIX: &str = "durable.v1.";
/// Schema and app version of the newest app that wrote here.
pub const META: &str = "durable.v1.meta";
/// The profile.
pub const PROFILE: &str = "durable.v1.profile";
/// The current program.
pub const PROGRAM: &str = "durable.v1.program";
/// Weekly outcomes (a few kilobytes a year, so one key).
pub const OUTCOMES: &str = "durable.v1.outcomes";
/// The session being logged now, saved after every set.
pub const IN_PROGRESS: &str = "durable.v1.session-in-progress";
/// When a backup was last downloaded on this device (not part of the data or of backups).
pub const LAST_BACKUP: &str = "durable.v1.last-backup";
/// Plans kept beside the current program, to switch to (imported or from a template).
pub const PLANS: &str = "durable.v1.plans";
/// This device's gym settings and the rest timer running (not part of the data, not in backups).
pub const GYM: &str = "durable.v1.gym";
/// Training sessions of one month: `durable.v1.log.2026-11`.
pub const LOG_PREFIX: &str = "durable.v1.log.";
/// Check-ins of one month: `durable.v1.checkins.2026-11`.
pub const CHECKINS_PREFIX: &str = "durable.v1.checkins.";
/// Automatic snapshots taken before destructive actions: `durable.v1.snapshot.3`.
pub const SNAPSHOT_PREFIX: &str = "durable.v1.snapshot.";
/// Raw text of keys that could not be read, kept aside and never deleted:
/// `durable.v1.quarantine.durable.v1.log.2026-11`.
pub const QUARANTINE_PREFIX: &str = "durable.v1.quarantine.";

/// A year and month, the unit of sharding.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Month {
    /// The year.
    pub year: i32,
    /// The month, 1–12.
    pub month: u32,
}

impl Month {
    /// The month a date falls in.
    pub fn of(date: NaiveDate) -> Month {
        Month {
            year: date.year(),
            month: date.month(),
        }
    }

    /// Parses `2026-11`.
    pub fn parse(text: &str) -> Option<Month> {
        let (year, month) = text.split_once('-')?;
        if month.len() != 2 || year.len() < 4 {
            return None;
        }
        let year: i32 = year.parse().ok()?;
        let month: u32 = month.parse().ok()?;
        NaiveDate::from_ymd_opt(year, month, 1)?;
        Some(Month { year, month })
    }

    /// The month as people read it, e.g. "November 2026".
    pub fn label(self) -> String {
        NaiveDate::from_ymd_opt(self.year, self.month, 1)
            .map(|first| first.format("%B %Y").to_string())
            .unwrap_or_else(|| self.to_string())
    }
}

impl std::fmt::Display for Month {
    fn fmt(&self, out: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(out, "{:04}-{:02}", self.year, self.month)
    }
}

/// What a key holds.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum KeyKind {
    /// [`META`].
    Meta,
    /// [`PROFILE`].
    Profile,
    /// [`PROGRAM`].
    Program,
    /// [`OUTCOMES`].
    Outcomes,
    /// [`IN_PROGRESS`].
    InProgress,
    /// [`LAST_BACKUP`].
    LastBackup,
    /// [`PLANS`].
    Plans,
    /// [`GYM`].
    Gym,
    /// Sessions of one month.
    Log(Month),
    /// Check-ins of one month.
    Checkins(Month),
    /// An automatic snapshot, by number.
    Snapshot(u32),
    /// Raw text of a key that could not be read.
    Quarantine,
    /// A key of this app this version does not know (written by a newer version).
    Unknown,
    /// A key of another app on the same site.
    Foreign,
}

impl KeyKind {
    /// What a key holds, from its name.
    pub fn of(key: &str) -> KeyKind {
        if !key.starts_with(PREFIX) {
            return KeyKind::Foreign;
        }
        match key {
            META => return KeyKind::Meta,
            PROFILE => return KeyKind::Profile,
            PROGRAM => return KeyKind::Program,
            OUTCOMES => return KeyKind::Outcomes,
            IN_PROGRESS => return KeyKind::InProgress,
            LAST_BACKUP => return KeyKind::LastBackup,
            PLANS => return KeyKind::Plans,
            GYM => return KeyKind::Gym,
            _ => {}
        }
        if key.starts_with(QUARANTINE_PREFIX) {
            return KeyKind::Quarantine;
        }
        let month_of = |prefix: &str| key.strip_prefix(prefix).and_then(Month::parse);
        if let Some(month) = month_of(LOG_PREFIX) {
            return KeyKind::Log(month);
        }
        if let Some(month) = month_of(CHECKINS_PREFIX) {
            return KeyKind::Checkins(month);
        }
        if let Some(number) = key
            .strip_prefix(SNAPSHOT_PREFIX)
            .and_then(|number| number.parse().ok())
        {
            return KeyKind::Snapshot(number);
        }
        KeyKind::Unknown
    }

    /// True for keys that hold the person's current data (not meta, snapshots or quarantine).
    pub fn is_data(&self) -> bool {
        match self {
            KeyKind::Profile
            | KeyKind::Program
            | KeyKind::Outcomes
            | KeyKind::InProgress
            | KeyKind::Log(_)
            | KeyKind::Checkins(_) => true,
            KeyKind::Meta
            | KeyKind::LastBackup
            | KeyKind::Plans
            | KeyKind::Gym
            | KeyKind::Snapshot(_)
            | KeyKind::Quarantine
            | KeyKind::Unknown
            | KeyKind::Foreign => false,
        }
    }

    /// The number of a snapshot key; `None` for every other kind.
    pub fn snapshot_id(&self) -> Option<u32> {
        match self {
            KeyKind::Snapshot(id) => Some(*id),
            KeyKind::Meta
            | KeyKind::Profile
            | KeyKind::Program
            | KeyKind::Outcomes
            | KeyKind::InProgress
            | KeyKind::LastBackup
            | KeyKind::Plans
            | KeyKind::Gym
            | KeyKind::Log(_)
            | KeyKind::Checkins(_)
            | KeyKind::Quarantine
            | KeyKind::Unknown
            | KeyKind::Foreign => None,
        }
    }

    /// The one key of this kind; `None` for quarantine, unknown and foreign keys, which are many.
    pub fn key(&self) -> Option<String> {
        match self {
            KeyKind::Meta => Some(META.to_string()),
            KeyKind::Profile => Some(PROFILE.to_string()),
            KeyKind::Program => Some(PROGRAM.to_string()),
            KeyKind::Outcomes => Some(OUTCOMES.to_string()),
            KeyKind::InProgress => Some(IN_PROGRESS.to_string()),
            KeyKind::LastBackup => Some(LAST_BACKUP.to_string()),
            KeyKind::Plans => Some(PLANS.to_string()),
            KeyKind::Gym => Some(GYM.to_string()),
            KeyKind::Log(month) => Some(log_key(*month)),
            KeyKind::Checkins(month) => Some(checkins_key(*month)),
            KeyKind::Snapshot(id) => Some(snapshot_key(*id)),
            KeyKind::Quarantine | KeyKind::Unknown | KeyKind::Foreign => None,
        }
    }

    /// What the key holds, in plain words ("your training log for November 2026").
    pub fn describe(&self) -> String {
        match self {
            KeyKind::Meta => "the app's version record".to_string(),
            KeyKind::Profile => "your profile".to_string(),
            KeyKind::Program => "your program".to_string(),
            KeyKind::Outcomes => "your weekly outcomes".to_string(),
            KeyKind::InProgress => "the session you were logging".to_string(),
            KeyKind::LastBackup => "the date of your last backup".to_string(),
            KeyKind::Plans => "the plans you kept".to_string(),
            KeyKind::Gym => "this phone's gym settings and rest timer".to_string(),
            KeyKind::Log(month) => format!("your training log for {}", month.label()),
            KeyKind::Checkins(month) => format!("your check-ins for {}", month.label()),
            KeyKind::Snapshot(number) => format!("automatic backup {number}"),
            KeyKind::Quarantine => "data kept aside".to_string(),
            KeyKind::Unknown | KeyKind::Foreign => "data this version does not know".to_string(),
        }
    }
}

/// The key of the training log for `month`.
pub fn log_key(month: Month) -> String {
    format!("{LOG_PREFIX}{month}")
}

/// The key of the check-ins for `month`.
pub fn checkins_key(month: Month) -> String {
    format!("{CHECKINS_PREFIX}{month}")
}

/// The key of snapshot `number`.
pub fn snapshot_key(number: u32) -> String {
    format!("{SNAPSHOT_PREFIX}{number}")
}

/// The quarantine key for the raw text of `key` (a number is added when that key is taken).
pub fn quarantine_key(key: &str, attempt: u32) -> String {
    if attempt == 0 {
        format!("{QUARANTINE_PREFIX}{key}")
    } else {
        format!("{QUARANTINE_PREFIX}{key}.{attempt}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(key: &str, expected: KeyKind) {
        assert_eq!(KeyKind::of(key), expected, "for {key}");
    }

    #[test]
    fn keys_are_classified_by_name() {
        let november = Month {
            year: 2026,
            month: 11,
        };
        check("durable.v1.meta", KeyKind::Meta);
        check("durable.v1.last-backup", KeyKind::LastBackup);
        check("durable.v1.plans", KeyKind::Plans);
        check("durable.v1.gym", KeyKind::Gym);
        check("durable.v1.log.2026-11", KeyKind::Log(november));
        check("durable.v1.checkins.2026-11", KeyKind::Checkins(november));
        check("durable.v1.log.2026-13", KeyKind::Unknown);
        check("durable.v1.snapshot.4", KeyKind::Snapshot(4));
        check(
            "durable.v1.quarantine.durable.v1.profile",
            KeyKind::Quarantine,
        );
        check("durable.v1.badges", KeyKind::Unknown);
        check("other-app", KeyKind::Foreign);
        assert_eq!(log_key(november), "durable.v1.log.2026-11");
        assert_eq!(november.label(), "November 2026");
    }
}
