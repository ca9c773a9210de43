//! What the browser itself already decided about saved logins: Password Checkup's verdicts in
//! the `insecure_credentials` table of Chromium's login database (`Login Data`, `Login Data For
//! Account`). Read on the connection [`super::chromium_db`] opened (read-only, immutable, with
//! the profile's deadline); only the verdict, the muted flag and the login's host are looked at,
//! never a username or a password.
//!
//! From Chromium's source (`components/password_manager/core/browser/password_store/
//! insecure_credentials_table.{h,cc}`, `password_form.h`, `login_database.cc`):
//! - the table is `insecure_credentials (parent_id → logins.id, insecurity_type, create_time,
//!   is_muted[, trigger_notification_from_backend])`, one row per login and type
//!   (`UNIQUE (parent_id, insecurity_type)`), made by the login database's migration to version
//!   29 (about Chromium 89, early 2021; it replaced `compromised_credentials`, which keyed rows
//!   by URL and username and is not read). Chrome, Edge, Brave and Cốc Cốc share that store code; Edge adds
//!   tables of its own beside it, which are not read;
//! - `InsecureType`: `kLeaked = 0` (in a data breach), `kPhished = 1` (typed on a phishing
//!   site), `kWeak = 2`, `kReused = 3` (TựKiểm judges those itself, so they are not counted);
//! - Chromium itself joins `parent_id` to `logins.id` (an inner join): a row whose login is gone
//!   is not a verdict on anything, and is counted apart (`orphans`).
//!
//! A muted row is a warning the person dismissed: counted apart (`muted`), except on a
//! government host, where a dismissed warning does not undo the leak (`gov`).

use std::collections::{BTreeSet, HashSet};

use rusqlite::Connection;
use rusqlite::types::ValueRef;

use super::chromium_db::StoreError;
use super::gov;

const LEAKED: i64 = 0;
const PHISHED: i64 = 1;
const WEAK: i64 = 2;
const REUSED: i64 = 3;

/// The verdicts of one store, or of a profile's stores together. Counts are of logins, not rows.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct InsecureCount {
    /// Logins the browser found in a data breach, not muted.
    pub leaked: u32,
    /// Logins the browser saw typed on a phishing site, not muted.
    pub phished: u32,
    /// Logins leaked or phished, muted or not, on a government host.
    pub gov: u32,
    pub gov_hosts: BTreeSet<String>,
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

/// Reads the verdicts on an open store. Never fails the store's own count: a problem here is
/// [`Verdicts::Unreadable`], and a SQLite interruption (the deadline) is passed up as an error
/// so the store reads as timed out, like any other query past its time.
pub fn read(conn: &Connection) -> Result<Verdicts, StoreError> {
    match table_kind(conn)? {
        TableKind::Missing => return Ok(Verdicts::NoTable),
        TableKind::NotATable => return Ok(Verdicts::Unreadable("schema")),
        TableKind::Table => {}
    }
    let columns = columns(conn, "insecure_credentials")?;
    let logins = columns_of_logins(conn)?;
    let needed = ["parent_id", "insecurity_type", "is_muted"];
    if !needed.iter().all(|c| columns.contains(*c)) || !logins.contains("id") {
        return Ok(Verdicts::Unreadable("schema"));
    }
    let url_columns: Vec<&str> = ["origin_url", "signon_realm"]
        .into_iter()
        .filter(|c| logins.contains(*c))
        .collect();
    if url_columns.is_empty() {
        return Ok(Verdicts::Unreadable("schema"));
    }
    // Fixed column names only (never text from the file). `l.id IS NULL` marks an orphan row.
    let urls: Vec<String> = url_columns.iter().map(|c| format!("l.{c}")).collect();
    let sql = format!(
        "SELECT i.parent_id, i.insecurity_type, i.is_muted, l.id IS NULL, {} \
         FROM main.insecure_credentials AS i LEFT JOIN main.logins AS l ON l.id = i.parent_id",
        urls.join(", ")
    );
    let mut statement = match conn.prepare(&sql) {
        Ok(s) => s,
        Err(e) => return unreadable(e),
    };
    let mut rows = match statement.query([]) {
        Ok(r) => r,
        Err(e) => return unreadable(e),
    };
    let mut leaked = HashSet::new();
    let mut phished = HashSet::new();
    let mut muted = HashSet::new();
    let mut unmuted = HashSet::new();
    let mut gov = HashSet::new();
    let mut count = InsecureCount::default();
    loop {
        let row = match rows.next() {
            Ok(Some(row)) => row,
            Ok(None) => break,
            Err(e) => return unreadable(e),
        };
        let get = |i: usize| row.get_ref(i).map_err(|_| ());
        let (Ok(parent), Ok(kind), Ok(is_muted), Ok(orphan)) = (get(0), get(1), get(2), get(3))
        else {
            return Ok(Verdicts::Unreadable("odd_values"));
        };
        let (ValueRef::Integer(kind), ValueRef::Integer(is_muted)) = (kind, is_muted) else {
            return Ok(Verdicts::Unreadable("odd_values"));
        };
        if !(LEAKED..=REUSED).contains(&kind) || !(0..=1).contains(&is_muted) {
            return Ok(Verdicts::Unreadable("odd_values"));
        }
        if kind == WEAK || kind == REUSED {
            continue;
        }
        if matches!(orphan, ValueRef::Integer(1)) {
            count.orphans = count.orphans.saturating_add(1);
            continue;
        }
        let ValueRef::Integer(parent) = parent else {
            return Ok(Verdicts::Unreadable("odd_values"));
        };
        if is_muted == 1 {
            muted.insert(parent);
        } else {
            unmuted.insert(parent);
            if kind == PHISHED {
                phished.insert(parent);
            } else {
                leaked.insert(parent);
            }
        }
        for i in 4..4 + url_columns.len() {
            let url = match row.get_ref(i) {
                Ok(ValueRef::Text(b)) => String::from_utf8_lossy(b),
                _ => continue,
            };
            if let Some(host) = gov::gov_host(&url) {
                gov.insert(parent);
                count.gov_hosts.insert(host);
                break;
            }
        }
    }
    let n = |set: HashSet<i64>| u32::try_from(set.len()).unwrap_or(u32::MAX);
    count.leaked = n(leaked);
    count.phished = n(phished);
    count.gov = n(gov);
    count.muted = n(muted.difference(&unmuted).copied().collect());
    Ok(Verdicts::Counted(count))
}

/// A query interrupted at the deadline stays an error (the store times out); anything else the
/// table does wrong makes only the verdicts unknown.
fn unreadable(e: rusqlite::Error) -> Result<Verdicts, StoreError> {
    if let rusqlite::Error::SqliteFailure(f, _) = &e
        && f.code == rusqlite::ErrorCode::OperationInterrupted
    {
        return Err(StoreError::Sqlite("SQLITE_INTERRUPT".to_owned()));
    }
    Ok(Verdicts::Unreadable("sqlite"))
}

enum TableKind {
    Missing,
    Table,
    NotATable,
}

/// Only an ordinary table is read: a view or a virtual table could run any query.
fn table_kind(conn: &Connection) -> Result<TableKind, StoreError> {
    let sql = "SELECT type, sql FROM main.sqlite_schema \
               WHERE name = 'insecure_credentials' COLLATE NOCASE AND type IN ('table', 'view')";
    let Ok(mut statement) = conn.prepare(sql) else {
        return Ok(TableKind::NotATable);
    };
    let found: Vec<(String, Option<String>)> =
        match statement.query_map([], |row| Ok((row.get(0)?, row.get(1)?))) {
            Ok(rows) => rows.filter_map(Result::ok).collect(),
            Err(_) => return Ok(TableKind::NotATable),
        };
    Ok(match found.as_slice() {
        [] => TableKind::Missing,
        [(kind, Some(sql))]
            if kind == "table"
                && !sql
                    .trim_start()
                    .get(..14)
                    .is_some_and(|s| s.eq_ignore_ascii_case("create virtual")) =>
        {
            TableKind::Table
        }
        _ => TableKind::NotATable,
    })
}

fn columns(conn: &Connection, table: &str) -> Result<BTreeSet<String>, StoreError> {
    let sql = format!("SELECT name FROM pragma_table_info('{table}', 'main')");
    let names = conn
        .prepare(&sql)
        .and_then(|mut s| {
            s.query_map([], |row| row.get::<_, String>(0))?
                .collect::<Result<BTreeSet<String>, _>>()
        })
        .unwrap_or_default();
    Ok(names)
}

fn columns_of_logins(conn: &Connection) -> Result<BTreeSet<String>, StoreError> {
    columns(conn, "logins")
}

#[cfg(test)]
#[path = "insecure_tests.rs"]
mod tests;
