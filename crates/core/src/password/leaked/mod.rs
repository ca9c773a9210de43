//! Is this password already in the lists attackers try first? A password found in a public
//! leak list is weak however it looks: a cracker tries the list before any pattern. Shape models
//! cannot know the random-looking passwords that leaked (bot and reused test-account passwords);
//! only a list can.
//!
//! TựKiểm ships one filter (`data/leaks/builtin.tkleaks`: sources, licences, dates and counts in
//! `docs/third-party-notices.txt`, made by `data/leaks/make-builtin.py`); a Department's bundle
//! may add its own (`profile.lists.leak_filters`, made with `tukiem-cli leaks build`). A filter
//! that cannot be used is refused with its reason and the others still count.
//!
//! The filter answers from a salted hash of the password; nothing of the password is kept.

mod format;

use std::sync::{Arc, Mutex, OnceLock};

pub use format::{
    BuildError, FilterError, LeakFilter, MAX_FILTER_BYTES, VERSION, build, fresh_salt,
};

use crate::profile::DepartmentLists;

/// The filter TựKiểm ships.
static BUILTIN_BYTES: &[u8] = include_bytes!("../../../data/leaks/builtin.tkleaks");

/// The shipped filter, read once. `None` only if the shipped file were damaged, which a test
/// rules out (`the_shipped_filter_reads_and_holds_over_a_million_passwords`).
pub fn builtin() -> Option<&'static LeakFilter> {
    static BUILTIN: OnceLock<Option<LeakFilter>> = OnceLock::new();
    BUILTIN
        .get_or_init(|| LeakFilter::parse(BUILTIN_BYTES).ok())
        .as_ref()
}

/// One Department filter as read: the bytes it came from (to find it again) and the result.
type Parsed = (Arc<[u8]>, Arc<Result<LeakFilter, FilterError>>);

/// Department filters already read in this process: reading one costs a checksum over a few
/// megabytes, and the app assesses at every pause in typing.
fn parsed(bytes: &Arc<[u8]>) -> Arc<Result<LeakFilter, FilterError>> {
    static SEEN: Mutex<Vec<Parsed>> = Mutex::new(Vec::new());
    let mut seen = SEEN.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
    if let Some((_, r)) = seen.iter().find(|(b, _)| Arc::ptr_eq(b, bytes)) {
        return r.clone();
    }
    let r = Arc::new(LeakFilter::parse(bytes));
    // A bundle brings a handful of filters; a profile loaded again brings new `Arc`s, so keep
    // only the latest few rather than grow.
    if seen.len() >= 8 {
        seen.remove(0);
    }
    seen.push((bytes.clone(), r.clone()));
    r
}

/// The filters a password is checked against: the shipped one and the Department's.
pub struct LeakFilters {
    builtin: bool,
    department: Vec<Arc<Result<LeakFilter, FilterError>>>,
}

impl LeakFilters {
    /// The shipped filter only.
    pub fn builtin_only() -> Self {
        Self {
            builtin: true,
            department: Vec::new(),
        }
    }

    /// No filter at all: what the shape model says alone (benchmarks compare the two).
    pub fn none() -> Self {
        Self {
            builtin: false,
            department: Vec::new(),
        }
    }

    /// The shipped filter and every usable filter of the Department's lists.
    pub fn from_lists(lists: &DepartmentLists) -> Self {
        Self {
            builtin: true,
            department: lists.leak_filters.iter().map(parsed).collect(),
        }
    }

    fn shipped(&self) -> Option<&'static LeakFilter> {
        if self.builtin { builtin() } else { None }
    }

    /// True when the password, exactly as typed, is in any usable filter.
    pub fn contains(&self, password: &str) -> bool {
        self.shipped().is_some_and(|f| f.contains(password))
            || self.usable().any(|f| f.contains(password))
    }

    fn usable(&self) -> impl Iterator<Item = &LeakFilter> {
        self.department.iter().filter_map(|r| (**r).as_ref().ok())
    }

    /// The Department filters refused, by position in the bundle's list (1-based), with why.
    pub fn refused(&self) -> Vec<(usize, FilterError)> {
        self.department
            .iter()
            .enumerate()
            .filter_map(|(i, r)| (**r).as_ref().err().map(|e| (i + 1, e.clone())))
            .collect()
    }

    /// How many passwords the usable filters hold together (duplicates across filters counted
    /// twice): what a list attack tries at most.
    pub fn entries(&self) -> u64 {
        self.shipped().map_or(0, LeakFilter::entries)
            + self.usable().map(LeakFilter::entries).sum::<u64>()
    }
}

/// A list file for [`build_from_list`] larger than this is refused before reading (about 40
/// million passwords: far past what a filter may hold).
pub const MAX_LIST_BYTES: u64 = 512 * 1024 * 1024;

/// Makes a filter file from a list file's bytes: one password a line (`\n` or `\r\n`), each
/// exactly as people type it; empty lines, and lines that are not UTF-8 (no one can type
/// them), skipped. Keyed under fresh random salt.
pub fn build_from_list(list: &[u8]) -> Result<Vec<u8>, BuildError> {
    let passwords = list
        .split(|&b| b == b'\n')
        .map(|line| line.strip_suffix(b"\r").unwrap_or(line))
        .filter(|line| std::str::from_utf8(line).is_ok());
    build(passwords, fresh_salt()?)
}

#[cfg(test)]
mod tests;
