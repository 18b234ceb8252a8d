//! The key-value store storage writes to: a small trait, and an in-memory twin for tests and for
//! browsers where local storage is unavailable.

use std::cell::RefCell;
use std::collections::{BTreeMap, BTreeSet};
use std::fmt;
use std::rc::Rc;

/// Why a key-value operation failed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum KvError {
    /// The storage is full (the browser's `QuotaExceededError`).
    QuotaExceeded,
    /// The storage cannot be used at all (private mode, blocked by settings).
    Unavailable(String),
    /// Any other failure, with the browser's message.
    Other(String),
}

impl fmt::Display for KvError {
    fn fmt(&self, out: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            KvError::QuotaExceeded => write!(out, "the browser's storage for this app is full"),
            KvError::Unavailable(detail) => {
                write!(
                    out,
                    "the browser does not let this app use storage ({detail})"
                )
            }
            KvError::Other(detail) => write!(out, "the browser's storage failed ({detail})"),
        }
    }
}

impl std::error::Error for KvError {}

/// A string key-value store with the shape of the browser's `localStorage`.
///
/// Methods take `&self` because local storage is shared, interior state; implementations decide
/// how to make writes safe.
pub trait Kv {
    /// The value of `key`, or `None` when it is not set.
    fn get(&self, key: &str) -> Result<Option<String>, KvError>;
    /// Sets `key` to `value`. On error nothing was changed.
    fn set(&self, key: &str, value: &str) -> Result<(), KvError>;
    /// Removes `key` (removing a missing key is not an error).
    fn remove(&self, key: &str) -> Result<(), KvError>;
    /// Every key in the store, in no particular order.
    fn keys(&self) -> Result<Vec<String>, KvError>;
}

/// An in-memory [`Kv`]. Clones share the same contents, which lets tests act as two tabs.
///
/// It can simulate a full store (a byte quota counted like browsers do, in UTF-16 units of keys
/// and values) and failures of chosen operations.
#[derive(Clone, Debug, Default)]
pub struct MemoryKv {
    inner: Rc<RefCell<Inner>>,
}

#[derive(Debug, Default)]
struct Inner {
    entries: BTreeMap<String, String>,
    quota_units: Option<usize>,
    failing_reads: BTreeSet<String>,
    failing_writes: usize,
    unavailable: bool,
}

impl MemoryKv {
    /// An empty store with no quota.
    pub fn new() -> MemoryKv {
        MemoryKv::default()
    }

    /// An empty store that refuses writes once keys and values total more than `units` UTF-16
    /// code units (browsers allow about 5 million).
    pub fn with_quota(units: usize) -> MemoryKv {
        let store = MemoryKv::default();
        store.inner.borrow_mut().quota_units = Some(units);
        store
    }

    /// Changes the quota (`None` removes it).
    pub fn set_quota(&self, units: Option<usize>) {
        self.inner.borrow_mut().quota_units = units;
    }

    /// Makes every read of `key` fail, as a broken browser store might.
    pub fn fail_reads_of(&self, key: &str) {
        self.inner
            .borrow_mut()
            .failing_reads
            .insert(key.to_string());
    }

    /// Makes the next `count` writes (sets and removes) fail with [`KvError::Other`].
    pub fn fail_next_writes(&self, count: usize) {
        self.inner.borrow_mut().failing_writes = count;
    }

    /// Makes every operation fail with [`KvError::Unavailable`], as in a locked-down browser.
    pub fn make_unavailable(&self) {
        self.inner.borrow_mut().unavailable = true;
    }

    /// UTF-16 code units used by all keys and values.
    pub fn used_units(&self) -> usize {
        self.inner.borrow().used_units()
    }

    /// Bytes used by all keys and values as UTF-8 (what a file of them would take).
    pub fn used_bytes(&self) -> usize {
        let inner = self.inner.borrow();
        inner
            .entries
            .iter()
            .map(|(key, value)| key.len() + value.len())
            .sum()
    }

    /// A copy of every key and value, sorted by key.
    pub fn entries(&self) -> BTreeMap<String, String> {
        self.inner.borrow().entries.clone()
    }
}

impl Inner {
    fn used_units(&self) -> usize {
        self.entries
            .iter()
            .map(|(key, value)| utf16_len(key) + utf16_len(value))
            .sum()
    }

    fn check_available(&self) -> Result<(), KvError> {
        if self.unavailable {
            Err(KvError::Unavailable("simulated".to_string()))
        } else {
            Ok(())
        }
    }

    fn take_write_fault(&mut self) -> Result<(), KvError> {
        if self.failing_writes > 0 {
            self.failing_writes -= 1;
            return Err(KvError::Other("simulated write failure".to_string()));
        }
        Ok(())
    }
}

fn utf16_len(text: &str) -> usize {
    text.encode_utf16().count()
}

impl Kv for MemoryKv {
    fn get(&self, key: &str) -> Result<Option<String>, KvError> {
        let inner = self.inner.borrow();
        inner.check_available()?;
        if inner.failing_reads.contains(key) {
            return Err(KvError::Other("simulated read failure".to_string()));
        }
        Ok(inner.entries.get(key).cloned())
    }

    fn set(&self, key: &str, value: &str) -> Result<(), KvError> {
        let mut inner = self.inner.borrow_mut();
        inner.check_available()?;
        inner.take_write_fault()?;
        if let Some(quota) = inner.quota_units {
            let old = inner
                .entries
                .get(key)
                .map_or(0, |old| utf16_len(key) + utf16_len(old));
            let new_total = inner.used_units() - old + utf16_len(key) + utf16_len(value);
            if new_total > quota {
                return Err(KvError::QuotaExceeded);
            }
        }
        inner.entries.insert(key.to_string(), value.to_string());
        Ok(())
    }

    fn remove(&self, key: &str) -> Result<(), KvError> {
        let mut inner = self.inner.borrow_mut();
        inner.check_available()?;
        inner.take_write_fault()?;
        inner.entries.remove(key);
        Ok(())
    }

    fn keys(&self) -> Result<Vec<String>, KvError> {
        let inner = self.inner.borrow();
        inner.check_available()?;
        Ok(inner.entries.keys().cloned().collect())
    }
}
