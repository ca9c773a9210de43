//! What the readers count, shared by them and by the findings: a store's saved logins
//! ([`StoreCount`]), how their passwords are protected at rest ([`Protection`], from the 3-byte
//! prefix), the browser's own verdicts on them ([`Verdicts`], read by `insecure.rs`), why a
//! store could not be counted ([`StoreError`]), and the look-alike answers of one store
//! ([`Sites`]). Plain data and arithmetic: nothing here reads a file, so every reader and the
//! findings depend on this module and it on none of them.

use std::collections::{BTreeSet, HashMap};

use super::super::OsKind;
use super::sites::KnownSites;
use crate::links::{Lookalike, SavedSite};
use crate::outside::ReadError;

/// How saved passwords are protected at rest, from the 3-byte prefix of `password_value`
/// (reference C4). Ordered from strongest to weakest, so the weakest seen is the maximum.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Protection {
    /// Windows `v20`: App-Bound Encryption, key unwrapped only by the browser's elevation
    /// service.
    AppBound,
    /// macOS `v10`: key in the login Keychain.
    Keychain,
    /// Linux `v11`: key from the Secret Service / KWallet.
    OsKeyring,
    /// Windows `v10` (key wrapped by DPAPI) or a raw DPAPI blob: any program of the user opens it.
    Dpapi,
    /// The Yandex store: counted, protection not judged (its own scheme).
    NotChecked,
    /// Firefox: Primary Password status deliberately not tested (see `firefox.rs`).
    FirefoxUnknownPrimary,
    /// A prefix we do not know.
    Unknown,
    /// Linux `v10`: a key hard-coded in Chromium ("peanuts"), as good as plain text.
    PlaintextEquivalent,
}

impl Protection {
    /// Stable code for the JSON report and the message selector.
    pub fn code(self) -> &'static str {
        match self {
            Protection::AppBound => "app_bound",
            Protection::Keychain => "keychain",
            Protection::OsKeyring => "os_keyring",
            Protection::Dpapi => "dpapi",
            Protection::NotChecked => "not_checked",
            Protection::FirefoxUnknownPrimary => "firefox_unknown_primary",
            Protection::Unknown => "unknown",
            Protection::PlaintextEquivalent => "plaintext_equivalent",
        }
    }
}

/// `01 00 00 00 D0 8C 9D DF …`: a DPAPI blob (version 1), how Chrome before 80 stored passwords
/// on Windows. Its first three bytes are what the query returns.
const DPAPI_BLOB_START: &[u8] = &[0x01, 0x00, 0x00];

/// Reads the protection from the first three bytes of an encrypted password.
pub fn classify_prefix(os: OsKind, prefix: &[u8]) -> Protection {
    match (os, prefix) {
        (OsKind::Windows, b"v20") => Protection::AppBound,
        (OsKind::Windows, b"v10" | b"v11") => Protection::Dpapi,
        (OsKind::Windows, p) if p == DPAPI_BLOB_START => Protection::Dpapi,
        (OsKind::Linux, b"v10") => Protection::PlaintextEquivalent,
        (OsKind::Linux, b"v11") => Protection::OsKeyring,
        (OsKind::MacOs, b"v10") => Protection::Keychain,
        _ => Protection::Unknown,
    }
}

/// What one login store holds.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct StoreCount {
    pub saved: u32,
    pub gov: u32,
    pub gov_hosts: BTreeSet<String>,
    /// The weakest protection among the saved logins; `None` when there are none.
    pub protection: Option<Protection>,
    /// Saved logins whose site is a look-alike of an official system (see `lookalike.rs`).
    pub lookalike: u32,
    pub lookalike_hosts: BTreeSet<Lookalike>,
    /// The browser's own verdicts on these logins (leaked, phished, muted): see `insecure.rs`.
    pub verdicts: Verdicts,
}

impl StoreCount {
    /// Counts one saved login.
    pub fn add(&mut self, gov_host: Option<String>, protection: Protection) {
        self.saved = self.saved.saturating_add(1);
        if let Some(host) = gov_host {
            self.gov = self.gov.saturating_add(1);
            self.gov_hosts.insert(host);
        }
        self.protection = self.protection.max(Some(protection));
    }

    /// Counts one saved login for a look-alike site (nothing when `None`).
    pub fn add_lookalike(&mut self, lookalike: Option<Lookalike>) {
        if let Some(l) = lookalike {
            self.lookalike = self.lookalike.saturating_add(1);
            self.lookalike_hosts.insert(l);
        }
    }

    pub fn merge(&mut self, other: &StoreCount) {
        self.saved = self.saved.saturating_add(other.saved);
        self.gov = self.gov.saturating_add(other.gov);
        self.gov_hosts.extend(other.gov_hosts.iter().cloned());
        self.protection = self.protection.max(other.protection);
        self.lookalike = self.lookalike.saturating_add(other.lookalike);
        self.lookalike_hosts
            .extend(other.lookalike_hosts.iter().cloned());
        self.verdicts.merge(&other.verdicts);
    }
}

/// Why a store could not be counted. Carries no text from the file: SQLite's own messages can
/// quote the schema, so only its result code is kept.
#[derive(Debug, PartialEq, Eq, thiserror::Error)]
pub enum StoreError {
    /// Not a regular file, too slow, permission denied, …: see [`ReadError`].
    #[error("{0}")]
    Read(#[from] ReadError),
    /// A zero-byte file: not a store the browser wrote.
    #[error("empty file")]
    Empty,
    /// Not a SQLite database, or a damaged one (SQLite's result code).
    #[error("{0}")]
    Corrupt(String),
    /// A SQLite database without the table or columns we count by (a fixed name of ours).
    #[error("missing {0}")]
    Schema(String),
    /// A column holds values of a type a browser never writes there, so what counts as a saved
    /// password cannot be told (the column's name, ours).
    #[error("unexpected values in {0}")]
    OddValues(&'static str),
    /// The browser kept writing the file while we read it.
    #[error("the file changed while it was read")]
    Changing,
    /// Changes `immutable=1` cannot see: a pending write-ahead log, or a hot rollback journal
    /// (a transaction in progress, or one a crash left for SQLite to undo). The file alone may
    /// show a half-written state (2,000 logins reading as 0), so it is not read.
    #[error("the browser is using or recovering this file")]
    InUse,
    /// Any other SQLite failure (its result code).
    #[error("{0}")]
    Sqlite(String),
}

/// The verdicts of one store, or of a profile's stores together. Counts are of logins, not rows.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct InsecureCount {
    /// Logins the browser found in a data breach, not muted.
    pub leaked: u32,
    /// Logins the browser saw typed on a phishing site, not muted.
    pub phished: u32,
    /// Logins leaked or phished, muted or not, on a government host (`*.gov.vn`) or a host of
    /// the profile's systems or `official_hosts` (`sites.rs`).
    pub gov: u32,
    pub gov_hosts: BTreeSet<String>,
    /// The profile systems (their ids) those logins belong to.
    pub systems: BTreeSet<String>,
    /// Logins whose every leaked or phished verdict the person muted.
    pub muted: u32,
    /// Rows pointing at a login that is not in the store.
    pub orphans: u32,
}

impl InsecureCount {
    fn merge(&mut self, other: &InsecureCount) {
        self.leaked = self.leaked.saturating_add(other.leaked);
        self.phished = self.phished.saturating_add(other.phished);
        self.gov = self.gov.saturating_add(other.gov);
        self.gov_hosts.extend(other.gov_hosts.iter().cloned());
        self.systems.extend(other.systems.iter().cloned());
        self.muted = self.muted.saturating_add(other.muted);
        self.orphans = self.orphans.saturating_add(other.orphans);
    }
}

/// What could be told about a store's verdicts.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum Verdicts {
    /// Not a store that keeps them (Yandex, Firefox), or no store at all.
    #[default]
    NotApplicable,
    Counted(InsecureCount),
    /// The store has no `insecure_credentials` table: a browser older than Chromium 89, or one
    /// that keeps its verdicts elsewhere. Not "none leaked".
    NoTable,
    /// The table is there but cannot be read as Chromium writes it (reason code: `schema`,
    /// `odd_values`, `sqlite`).
    Unreadable(&'static str),
}

impl Verdicts {
    /// A profile's stores together: the counts the readable stores support; a store that could
    /// not be read makes the whole unknown (a count from half the stores would read as "fewer").
    pub fn merge(&mut self, other: &Verdicts) {
        use Verdicts::*;
        *self = match (std::mem::take(self), other) {
            (Unreadable(r), _) => Unreadable(r),
            (_, Unreadable(r)) => Unreadable(r),
            (Counted(mut a), Counted(b)) => {
                a.merge(b);
                Counted(a)
            }
            (Counted(a), _) => Counted(a),
            (_, Counted(b)) => Counted(b.clone()),
            (NoTable, _) | (_, NoTable) => NoTable,
            (NotApplicable, NotApplicable) => NotApplicable,
        };
    }

    /// The stable code of why the counts are unknown, or `None` when they are known or do not
    /// apply.
    pub fn unknown_reason(&self) -> Option<&'static str> {
        match self {
            Verdicts::NoTable => Some("no_table"),
            Verdicts::Unreadable(r) => Some(r),
            Verdicts::Counted(_) | Verdicts::NotApplicable => None,
        }
    }

    pub fn counted(&self) -> Option<&InsecureCount> {
        match self {
            Verdicts::Counted(c) => Some(c),
            _ => None,
        }
    }
}

/// Saved logins of big stores repeat sites, so more than this many distinct sites are still
/// classified, just no longer remembered (a hostile store cannot grow the memory without bound).
const REMEMBERED_SITES: usize = 20_000;

/// The look-alike answers of one store, each site classified once: a store holds a login per
/// account, and Chromium's two URL columns name the same site, while classifying costs more
/// than reading the row.
pub struct Sites<'k> {
    known: &'k KnownSites,
    /// Keyed by the host as written. A saved URL with user-info (`name@host`) is classified
    /// every time instead: it is rare, and a user name copied into memory is one too many.
    answers: HashMap<String, Option<Lookalike>>,
}

impl<'k> Sites<'k> {
    /// Answers against `known` (the built-in list, or the active profile's).
    pub fn new(known: &'k KnownSites) -> Self {
        Sites {
            known,
            answers: HashMap::new(),
        }
    }

    /// The look-alike a saved login's site is, if it is one.
    pub fn of_saved_login(&mut self, url: &str) -> Option<Lookalike> {
        let site = SavedSite::of(url)?;
        if site.userinfo.is_some() {
            return self.known.lookalike(&site);
        }
        if let Some(answer) = self.answers.get(site.host) {
            return answer.clone();
        }
        let answer = self.known.lookalike(&site);
        if self.answers.len() < REMEMBERED_SITES {
            self.answers.insert(site.host.to_owned(), answer.clone());
        }
        answer
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prefixes_map_to_protection_per_os() {
        assert_eq!(
            classify_prefix(OsKind::Linux, b"v10"),
            Protection::PlaintextEquivalent
        );
        assert_eq!(
            classify_prefix(OsKind::Linux, b"v11"),
            Protection::OsKeyring
        );
        assert_eq!(classify_prefix(OsKind::Windows, b"v10"), Protection::Dpapi);
        assert_eq!(
            classify_prefix(OsKind::Windows, &[1, 0, 0]),
            Protection::Dpapi
        );
        assert_eq!(
            classify_prefix(OsKind::Windows, b"v20"),
            Protection::AppBound
        );
        assert_eq!(classify_prefix(OsKind::MacOs, b"v10"), Protection::Keychain);
        assert_eq!(classify_prefix(OsKind::Linux, b"v20"), Protection::Unknown);
        assert_eq!(classify_prefix(OsKind::Windows, b"ab"), Protection::Unknown);
    }

    #[test]
    fn the_weakest_protection_wins() {
        let mut c = StoreCount::default();
        c.add(None, Protection::OsKeyring);
        c.add(None, Protection::PlaintextEquivalent);
        c.add(None, Protection::OsKeyring);
        assert_eq!(c.protection, Some(Protection::PlaintextEquivalent));
        let mut w = StoreCount::default();
        w.add(None, Protection::AppBound);
        w.add(None, Protection::Dpapi);
        assert_eq!(w.protection, Some(Protection::Dpapi));
    }
}
