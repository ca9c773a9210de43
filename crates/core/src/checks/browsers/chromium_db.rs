//! Counting saved logins in a Chromium `Login Data` SQLite file without decrypting, copying,
//! locking or modifying it (reference C1, C4, C6).
//!
//! Why not copy the file first, as most tools do: a copy of a credential store is exactly
//! what an infostealer makes, it would sit on disk (even briefly, even in a private temp dir)
//! where backup, sync or a crash could keep it, and "never keep copies" is a promise this app
//! makes. So the live file is opened in place through SQLite's `immutable=1` URI parameter,
//! which takes no locks, never creates a `-journal`/`-wal`/`-shm` file and never writes.
//!
//! What `immutable=1` risks: SQLite trusts the file not to change. If the browser commits a
//! write while we read, the query can see a half-written page and fail with
//! `SQLITE_CORRUPT`, or (less likely) count from a mix of old and new pages. Both are handled:
//! the file's size, mtime and change counter are compared before and after the read and the
//! read is retried when they moved; an error is reported as "could not check" for that store,
//! never as zero. A store with changes `immutable=1` would ignore is not read at all: a WAL
//! database with a non-empty `-wal` (recent logins not yet in the file), and a store with a hot
//! `-journal` (Chromium's login database uses a rollback journal: a browser mid-transaction or
//! one that crashed leaves the file half-written, and only SQLite's recovery, which writes,
//! would undo that). Both say "the browser is using or recovering this file" — never zero.
//! Reading a copy instead is ruled out above.
//!
//! A hostile store cannot hold the check: only a real `logins` table is queried (a view could
//! recurse forever), the schema is not trusted, and a progress handler interrupts SQLite at the
//! profile's deadline.
//!
//! Only `substr(password_value, 1, 3)` and the two URL columns are selected: the password
//! itself and `username_value` never leave SQLite.

use std::collections::BTreeSet;
use std::io::Read;
use std::path::Path;
use std::time::{Duration, SystemTime};

use rusqlite::config::DbConfig;
use rusqlite::{Connection, OpenFlags};

use super::super::OsKind;
use super::sites::KnownSites;
use super::tally::{Protection, Sites, StoreCount, StoreError, classify_prefix};
use super::{gov, insecure};
use crate::outside::{self, Deadline, ReadError};

/// How a store's rows are judged.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PrefixRule {
    /// Chromium's `os_crypt` prefixes on this OS.
    Chromium(OsKind),
    /// Count only (Yandex).
    CountOnly,
}

/// Counts saved logins in one store before `deadline`, weighing their sites against `sites`.
/// `Ok(None)` when the file does not exist (nothing saved).
pub fn read_login_store(
    path: &Path,
    rule: PrefixRule,
    sites: &KnownSites,
    deadline: &Deadline,
) -> Result<Option<StoreCount>, StoreError> {
    const ATTEMPTS: u32 = 3;
    for attempt in 0..ATTEMPTS {
        let before = match Stamp::of(path) {
            Ok(stamp) => stamp,
            Err(e) if e.is_not_found() => return Ok(None),
            Err(e) => return Err(e.into()),
        };
        if before.len == 0 {
            return Err(StoreError::Empty);
        }
        if side_file_pending(path, "-journal")
            || (before.wal_mode && side_file_pending(path, "-wal"))
        {
            return Err(StoreError::InUse);
        }
        let result = query(path, rule, sites, deadline);
        let after = Stamp::of(path).ok();
        if after.as_ref() == Some(&before) {
            return result.map(Some);
        }
        // The browser wrote meanwhile: whatever we read may mix two versions.
        if attempt + 1 < ATTEMPTS {
            deadline.check()?;
            std::thread::sleep(Duration::from_millis(50 << attempt));
        }
    }
    Err(StoreError::Changing)
}

/// Size, mtime and the header's change counter: what a committed write moves.
#[derive(Debug, PartialEq, Eq)]
struct Stamp {
    len: u64,
    modified: Option<SystemTime>,
    counter: [u8; 4],
    wal_mode: bool,
}

impl Stamp {
    fn of(path: &Path) -> Result<Stamp, ReadError> {
        // Opening (not just `stat`) proves we may read it, refuses a FIFO or a device without
        // blocking, and turns a symlink loop into a clear error before SQLite sees the file.
        let mut file = outside::open_regular(path)?;
        let meta = file.metadata().map_err(|e| ReadError::from_io(&e))?;
        let mut header = [0u8; 100];
        let mut filled = 0;
        while filled < header.len() {
            match file.read(&mut header[filled..]) {
                Ok(0) => break,
                Ok(n) => filled += n,
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
                Err(e) => return Err(ReadError::from_io(&e)),
            }
        }
        Ok(Stamp {
            len: meta.len(),
            modified: meta.modified().ok(),
            counter: [header[24], header[25], header[26], header[27]],
            // File format write/read versions 2 mean WAL.
            wal_mode: filled >= 20 && header[18] == 2 && header[19] == 2,
        })
    }
}

/// Whether the `-journal` or `-wal` beside the store holds changes SQLite would have to apply
/// or undo. SQLite's own rule for a hot journal: it exists and its first byte is not zero (a
/// committed journal is deleted, truncated or has its header zeroed). A `-wal` counts when it
/// is not empty. A side file we cannot look into (a FIFO, no permission) counts too: "cannot
/// tell" must not read as "nothing pending".
fn side_file_pending(path: &Path, suffix: &str) -> bool {
    let mut side = path.as_os_str().to_owned();
    side.push(suffix);
    match outside::read_head(Path::new(&side), 1) {
        Ok(head) if suffix == "-wal" => !head.is_empty(),
        Ok(head) => head.first().is_some_and(|b| *b != 0),
        Err(e) => !e.is_not_found(),
    }
}

/// `file:` URI for SQLite with every byte outside a safe set percent-encoded (the file name
/// has a space; `?`, `#` and `%` would end or change the path). Windows paths become
/// `file:///C:/…`.
pub fn sqlite_uri(path: &Path) -> String {
    let bytes = path.as_os_str().as_encoded_bytes();
    let windows = bytes.len() >= 2 && bytes[0].is_ascii_alphabetic() && bytes[1] == b':';
    let mut uri = String::with_capacity(bytes.len() + 40);
    uri.push_str(if windows { "file:///" } else { "file:" });
    for &b in bytes {
        match b {
            b'\\' if windows => uri.push('/'),
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' | b'/' | b':' => {
                uri.push(b as char)
            }
            _ => {
                const HEX: &[u8; 16] = b"0123456789ABCDEF";
                uri.push('%');
                uri.push(HEX[usize::from(b >> 4)] as char);
                uri.push(HEX[usize::from(b & 15)] as char);
            }
        }
    }
    uri.push_str("?mode=ro&immutable=1");
    uri
}

/// Opens the store read-only, lock-free and side-file-free, distrusting its schema (a hostile
/// file's views and triggers may call no function with side effects).
pub fn open_immutable(path: &Path) -> rusqlite::Result<Connection> {
    let conn = Connection::open_with_flags(
        sqlite_uri(path),
        OpenFlags::SQLITE_OPEN_READ_ONLY
            | OpenFlags::SQLITE_OPEN_URI
            | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )?;
    conn.set_db_config(DbConfig::SQLITE_DBCONFIG_DEFENSIVE, true)?;
    conn.pragma_update(None, "trusted_schema", false)?;
    Ok(conn)
}

/// How many SQLite virtual-machine steps run between two looks at the clock.
const STEPS_BETWEEN_CHECKS: std::ffi::c_int = 10_000;

fn query(
    path: &Path,
    rule: PrefixRule,
    sites: &KnownSites,
    deadline: &Deadline,
) -> Result<StoreCount, StoreError> {
    let conn = open_immutable(path).map_err(sqlite_error)?;
    // A query past the deadline is interrupted inside SQLite, so it cannot keep a core busy
    // after the check has given up on it.
    let limit = *deadline;
    conn.progress_handler(STEPS_BETWEEN_CHECKS, Some(move || limit.expired()));
    let interrupted = |e| match e {
        StoreError::Sqlite(ref code) if code == INTERRUPTED => deadline.timed_out().into(),
        other => other,
    };
    let mut count = count_logins(&conn, rule, sites).map_err(interrupted)?;
    if let PrefixRule::Chromium(_) = rule {
        count.verdicts = insecure::read(&conn, sites).map_err(interrupted)?;
    }
    Ok(count)
}

/// Counts on an open connection: one aggregate-friendly query, rows borrowed, nothing kept but
/// the prefix class, government hosts and look-alike hosts (against `sites`). Only a real table named `logins` with Chromium's
/// columns is read (a view could run any query); a row whose `blacklisted_by_user` is not an
/// integer makes the store unknown rather than guessed.
pub fn count_logins(
    conn: &Connection,
    rule: PrefixRule,
    sites: &KnownSites,
) -> Result<StoreCount, StoreError> {
    if !is_plain_table(conn)? {
        return Err(StoreError::Schema("logins".to_owned()));
    }
    let columns = logins_columns(conn)?;
    for needed in ["password_value", "blacklisted_by_user"] {
        if !columns.contains(needed) {
            return Err(StoreError::Schema(format!("logins.{needed}")));
        }
    }
    let url_columns: Vec<&str> = ["origin_url", "signon_realm"]
        .into_iter()
        .filter(|c| columns.contains(*c))
        .collect();
    if url_columns.is_empty() {
        return Err(StoreError::Schema("logins.origin_url".to_owned()));
    }
    // Column names are fixed literals (never from the file), so building the text is safe.
    let sql = format!(
        "SELECT blacklisted_by_user, substr(password_value, 1, 3), {} FROM main.logins \
         WHERE length(password_value) > 0",
        url_columns.join(", ")
    );
    let mut statement = conn.prepare(&sql).map_err(sqlite_error)?;
    let mut rows = statement.query([]).map_err(sqlite_error)?;
    let mut count = StoreCount::default();
    let mut lookalikes = Sites::new(sites);
    while let Some(row) = rows.next().map_err(sqlite_error)? {
        use rusqlite::types::ValueRef;
        // Chromium writes 0 (a saved password) or 1 ("never save for this site").
        match row.get_ref(0).map_err(sqlite_error)? {
            ValueRef::Integer(0) => {}
            ValueRef::Integer(_) => continue,
            _ => return Err(StoreError::OddValues("logins.blacklisted_by_user")),
        }
        let prefix = row.get_ref(1).map_err(sqlite_error)?;
        let protection = match rule {
            PrefixRule::Chromium(os) => classify_prefix(os, value_bytes(prefix)),
            PrefixRule::CountOnly => Protection::NotChecked,
        };
        let mut gov_host = None;
        let mut lookalike = None;
        for i in 2..2 + url_columns.len() {
            let url = value_bytes(row.get_ref(i).map_err(sqlite_error)?);
            let url = String::from_utf8_lossy(url);
            if let Some(host) = gov::gov_host(&url) {
                gov_host = Some(host);
                break;
            }
            lookalike = lookalike.or_else(|| lookalikes.of_saved_login(&url));
        }
        if gov_host.is_none() {
            count.add_lookalike(lookalike);
        }
        count.add(gov_host, protection);
    }
    Ok(count)
}

fn value_bytes(value: rusqlite::types::ValueRef<'_>) -> &[u8] {
    use rusqlite::types::ValueRef;
    match value {
        ValueRef::Text(b) | ValueRef::Blob(b) => b,
        ValueRef::Null | ValueRef::Integer(_) | ValueRef::Real(_) => &[],
    }
}

/// `logins` is an ordinary table (not a view, not a virtual table). Names are matched without
/// case, as SQLite resolves them.
fn is_plain_table(conn: &Connection) -> Result<bool, StoreError> {
    let mut statement = conn
        .prepare(
            "SELECT type, sql FROM main.sqlite_schema \
             WHERE name = 'logins' COLLATE NOCASE AND type IN ('table', 'view')",
        )
        .map_err(sqlite_error)?;
    let found = statement
        .query_map([], |row| {
            Ok((row.get::<_, String>(0)?, row.get::<_, Option<String>>(1)?))
        })
        .map_err(sqlite_error)?
        .collect::<Result<Vec<_>, _>>()
        .map_err(sqlite_error)?;
    Ok(match found.as_slice() {
        [(kind, Some(sql))] => {
            kind == "table"
                && !sql
                    .trim_start()
                    .get(..14)
                    .is_some_and(|s| s.eq_ignore_ascii_case("create virtual"))
        }
        _ => false,
    })
}

fn logins_columns(conn: &Connection) -> Result<BTreeSet<String>, StoreError> {
    let mut statement = conn
        .prepare("SELECT name FROM pragma_table_info('logins', 'main')")
        .map_err(sqlite_error)?;
    let names = statement
        .query_map([], |row| row.get::<_, String>(0))
        .map_err(sqlite_error)?
        .collect::<Result<BTreeSet<String>, _>>()
        .map_err(sqlite_error)?;
    Ok(names)
}

/// What [`sqlite_error`] gives for a query stopped by the progress handler.
const INTERRUPTED: &str = "SQLITE_INTERRUPT";

/// SQLite's result code only: its message text can quote names from the file's schema.
fn sqlite_error(error: rusqlite::Error) -> StoreError {
    use rusqlite::ErrorCode;
    match &error {
        rusqlite::Error::SqliteFailure(e, _) => {
            let code = match e.code {
                ErrorCode::DatabaseCorrupt => "SQLITE_CORRUPT",
                ErrorCode::NotADatabase => "SQLITE_NOTADB",
                ErrorCode::OperationInterrupted => INTERRUPTED,
                ErrorCode::DatabaseBusy | ErrorCode::DatabaseLocked => "SQLITE_BUSY",
                ErrorCode::CannotOpen => "SQLITE_CANTOPEN",
                ErrorCode::PermissionDenied => "SQLITE_PERM",
                ErrorCode::OutOfMemory => "SQLITE_NOMEM",
                ErrorCode::SystemIoFailure => "SQLITE_IOERR",
                _ => "SQLITE_ERROR",
            };
            let text = format!("{code} ({})", e.extended_code);
            if matches!(e.code, ErrorCode::DatabaseCorrupt | ErrorCode::NotADatabase) {
                StoreError::Corrupt(text)
            } else if e.code == ErrorCode::OperationInterrupted {
                StoreError::Sqlite(INTERRUPTED.to_owned())
            } else {
                StoreError::Sqlite(text)
            }
        }
        // A value of the wrong type in a column we read as text: odd content.
        rusqlite::Error::InvalidColumnType(..) | rusqlite::Error::FromSqlConversionFailure(..) => {
            StoreError::Sqlite("SQLITE_MISMATCH".to_owned())
        }
        _ => StoreError::Sqlite("SQLITE_ERROR".to_owned()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn uris_escape_spaces_and_specials_and_turn_windows_paths_around() {
        assert_eq!(
            sqlite_uri(Path::new(
                "/home/lan/.config/google-chrome/Default/Login Data"
            )),
            "file:/home/lan/.config/google-chrome/Default/Login%20Data?mode=ro&immutable=1"
        );
        assert_eq!(
            sqlite_uri(Path::new("/a/100%?#x")),
            "file:/a/100%25%3F%23x?mode=ro&immutable=1"
        );
        assert_eq!(
            sqlite_uri(Path::new(r"C:\Users\lan\Login Data")),
            "file:///C:/Users/lan/Login%20Data?mode=ro&immutable=1"
        );
    }
}
