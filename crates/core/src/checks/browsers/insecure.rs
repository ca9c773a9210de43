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
//! government host or a host of the profile's systems (`sites.rs`), where a dismissed warning
//! does not undo the leak (`gov`, with the systems it names).

use std::collections::{BTreeSet, HashSet};

use rusqlite::Connection;
use rusqlite::types::ValueRef;

use super::sites::KnownSites;
use super::tally::StoreError;
pub use super::tally::{InsecureCount, Verdicts};

const LEAKED: i64 = 0;
const PHISHED: i64 = 1;
const WEAK: i64 = 2;
const REUSED: i64 = 3;

/// Reads the verdicts on an open store. Never fails the store's own count: a problem here is
/// [`Verdicts::Unreadable`], and a SQLite interruption (the deadline) is passed up as an error
/// so the store reads as timed out, like any other query past its time.
pub fn read(conn: &Connection, sites: &KnownSites) -> Result<Verdicts, StoreError> {
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
            if let Some(site) = sites.state_site(&url) {
                gov.insert(parent);
                if let Some(system) = site.system {
                    count.systems.insert(system.id.clone());
                }
                count.gov_hosts.insert(site.host);
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
