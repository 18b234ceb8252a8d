//! What can go wrong when saving or loading, as typed errors with plain messages.

use std::fmt;

use super::kv::KvError;

/// Why a save did not reach storage. The data stays in memory in every case.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SaveError {
    /// The browser's storage is full. Nothing stored was changed.
    QuotaExceeded,
    /// Another tab saved this data since this tab read it; this tab must reload it
    /// ([`super::Store::refresh`]) before saving again.
    Stale {
        /// The key another tab changed.
        key: String,
    },
    /// This data was saved by a newer version of Durable, so this version does not change it.
    ReadOnly,
    /// Data that could not be read is still in this key and could not be kept aside, so the key
    /// is not overwritten.
    Held {
        /// The key kept as it is.
        key: String,
    },
    /// The browser's storage failed in another way.
    Storage(KvError),
    /// The data could not be encoded (should not happen; reported rather than hidden).
    Encode(String),
    /// There is no snapshot with this number.
    NoSnapshot(u32),
}

impl fmt::Display for SaveError {
    fn fmt(&self, out: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SaveError::QuotaExceeded => write!(
                out,
                "Your latest changes could not be saved because this browser's storage is full. \
                 They are still on screen; download a backup to keep them safe."
            ),
            SaveError::Stale { .. } => write!(
                out,
                "Durable is open in another tab or window, which saved newer data. Reload it \
                 here, then make your change again."
            ),
            SaveError::ReadOnly => write!(
                out,
                "Your data was saved by a newer version of Durable, so this version only shows it \
                 and does not change it. Reload or update the app to make changes."
            ),
            SaveError::Held { .. } => write!(
                out,
                "Some damaged data could not be set aside, so it was not overwritten. Download a \
                 backup, then free some space in this browser."
            ),
            SaveError::Storage(error) => write!(
                out,
                "Your latest changes could not be saved: {error}. They are still on screen; \
                 download a backup to keep them safe."
            ),
            SaveError::Encode(detail) => {
                write!(
                    out,
                    "Your latest changes could not be prepared for saving ({detail})."
                )
            }
            SaveError::NoSnapshot(number) => {
                write!(out, "There is no automatic backup number {number}.")
            }
        }
    }
}

impl std::error::Error for SaveError {}

impl From<KvError> for SaveError {
    fn from(error: KvError) -> SaveError {
        match error {
            KvError::QuotaExceeded => SaveError::QuotaExceeded,
            other => SaveError::Storage(other),
        }
    }
}

/// What kind of problem loading one key had.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ProblemKind {
    /// The stored text could not be read. It was copied to `kept_as` (never deleted), or could
    /// not be copied (`None`) and was left where it is.
    Corrupt {
        /// The quarantine key holding the raw text, if the copy worked.
        kept_as: Option<String>,
        /// What was wrong, technically (for a bug report).
        detail: String,
    },
    /// The key was written by a newer version of Durable; it was left as it is.
    Newer {
        /// Its schema version.
        schema: u32,
    },
    /// The browser failed to read the key.
    Unreadable(KvError),
}

/// One key that did not load. Everything else loaded.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LoadProblem {
    /// The storage key.
    pub key: String,
    /// What it holds, in plain words ("your training log for November 2026").
    pub what: String,
    /// What went wrong.
    pub kind: ProblemKind,
}

impl fmt::Display for LoadProblem {
    fn fmt(&self, out: &mut fmt::Formatter<'_>) -> fmt::Result {
        let what = capitalize(&self.what);
        match &self.kind {
            ProblemKind::Corrupt {
                kept_as: Some(_), ..
            } => write!(
                out,
                "{what} could not be read, so it is not shown. The damaged text was kept aside \
                 in this browser, so nothing is deleted; everything else loaded."
            ),
            ProblemKind::Corrupt { kept_as: None, .. } => write!(
                out,
                "{what} could not be read, so it is not shown. It was left untouched; everything \
                 else loaded."
            ),
            ProblemKind::Newer { .. } => write!(
                out,
                "{what} was saved by a newer version of Durable, so this version cannot show it. \
                 Update the app to see it."
            ),
            ProblemKind::Unreadable(error) => write!(
                out,
                "{what} could not be read ({error}); everything else loaded."
            ),
        }
    }
}

fn capitalize(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// Why a stored key could not be reloaded after another tab changed it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LoadError {
    /// The browser failed to read it.
    Storage(KvError),
    /// It could not be read; see the problem.
    Problem(LoadProblem),
}

impl fmt::Display for LoadError {
    fn fmt(&self, out: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LoadError::Storage(error) => write!(out, "Your data could not be reloaded: {error}."),
            LoadError::Problem(problem) => write!(out, "{problem}"),
        }
    }
}

impl std::error::Error for LoadError {}
