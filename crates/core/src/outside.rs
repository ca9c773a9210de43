//! The one way TựKiểm reads a file it did not write itself: a browser's store, a profile the
//! user named, a recorded scenario, a report someone brought on a USB stick.
//!
//! Such a file is hostile until proven otherwise. It may be a FIFO that never answers, a link to
//! `/dev/zero`, a 2 GiB blob where a 40 KB file belongs, or a share that stalls. So every read:
//! - opens **regular files only** (checked before opening and again on the open handle, so a file
//!   swapped for a FIFO in between is caught too; on Unix the open itself is non-blocking);
//! - stops at a **size cap** chosen by the caller for what the file can really be;
//! - stops at a **time budget**, checked between chunks (a single stuck `read` on a dead network
//!   share cannot be interrupted from here; the runner's per-check timeout covers that case);
//! - fails with a [`ReadError`] whose [`ReadError::reason`] names the file and the kind of
//!   problem, and never a byte of the content.

use std::ffi::OsString;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use crate::Msg;

/// How long one read may take unless the caller says otherwise.
pub const DEFAULT_BUDGET: Duration = Duration::from_secs(5);

/// Size caps for the kinds of files TựKiểm reads. Generous for real files, far below "fill the
/// memory". A caller with a better bound uses its own.
pub mod cap {
    /// Small settings and state files: `Preferences`, `Local State`, `profiles.ini`, a profile
    /// TOML, a scenario's `scenario.toml`, our own JSON state.
    pub const SMALL: u64 = 8 * 1024 * 1024;
    /// Password stores and other databases: `Login Data`, `logins.json`.
    pub const STORE: u64 = 256 * 1024 * 1024;
    /// A recorded command output or a short system file (`hosts`, a ClamAV header).
    pub const OUTPUT: u64 = 4 * 1024 * 1024;
    /// Entries of one folder listed by [`super::list_dir`]: a browser's user-data folder holds a
    /// few dozen; tens of thousands is not a folder a browser made.
    pub const ENTRIES: usize = 20_000;
}

/// A point in time past which reading stops, shared by every read of one unit of work (one
/// browser profile), so one slow file uses up that unit's time and no other's.
#[derive(Clone, Copy, Debug)]
pub struct Deadline {
    at: Instant,
    budget: Duration,
}

impl Deadline {
    /// `budget` from now.
    pub fn after(budget: Duration) -> Self {
        Self {
            at: Instant::now() + budget,
            budget,
        }
    }

    /// Whichever of the two comes first (a profile's budget inside a walk's).
    pub fn min(&self, other: Deadline) -> Deadline {
        if other.at < self.at { other } else { *self }
    }

    pub fn expired(&self) -> bool {
        Instant::now() >= self.at
    }

    /// The error for work stopped at this deadline.
    pub fn timed_out(&self) -> ReadError {
        ReadError::TimedOut {
            seconds: self.budget.as_secs().max(1),
        }
    }

    /// `Err(TimedOut)` once the deadline has passed.
    pub fn check(&self) -> Result<(), ReadError> {
        if self.expired() {
            Err(self.timed_out())
        } else {
            Ok(())
        }
    }
}

/// Why a file could not be read. Carries no content, only the kind of problem.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum ReadError {
    #[error("not found")]
    NotFound,
    /// A directory, FIFO, socket or device: never opened for reading.
    #[error("not a regular file")]
    NotAFile,
    #[error("larger than {limit} bytes")]
    TooLarge { limit: u64 },
    #[error("permission denied")]
    PermissionDenied,
    #[error("took longer than {seconds} s")]
    TimedOut { seconds: u64 },
    /// The file is not text in UTF-8 (only from [`read_text`]).
    #[error("not UTF-8 text")]
    NotUtf8,
    /// A folder with more entries than [`list_dir`] lists.
    #[error("more than {limit} entries")]
    TooMany { limit: usize },
    /// Any other I/O failure, by its kind only (an OS message may quote a path we did not choose).
    #[error("I/O error ({0:?})")]
    Io(std::io::ErrorKind),
}

impl ReadError {
    /// What to tell the user: the file as `shown` (its path on the checked machine, which need
    /// not be where this process reads it) and the kind of problem, localized.
    pub fn reason(&self, shown: &str) -> Msg {
        let msg = match self {
            ReadError::NotFound => Msg::new("outside-not-found"),
            ReadError::NotAFile => Msg::new("outside-not-a-file"),
            ReadError::TooLarge { limit } => {
                Msg::new("outside-too-large").arg("megabytes", megabytes(*limit))
            }
            ReadError::PermissionDenied => Msg::new("outside-permission-denied"),
            ReadError::TimedOut { seconds } => {
                Msg::new("outside-timed-out").arg("seconds", *seconds as i64)
            }
            ReadError::NotUtf8 => Msg::new("outside-not-utf8"),
            ReadError::TooMany { limit } => {
                Msg::new("outside-too-many").arg("limit", i64::try_from(*limit).unwrap_or(i64::MAX))
            }
            ReadError::Io(_) => Msg::new("outside-unreadable"),
        };
        msg.arg("path", shown.to_owned())
    }

    /// True when the file simply is not there (many callers treat that as "nothing to check").
    pub fn is_not_found(&self) -> bool {
        matches!(self, ReadError::NotFound)
    }

    /// True when the file is there but could not be read for lack of permission.
    pub fn is_permission_denied(&self) -> bool {
        matches!(self, ReadError::PermissionDenied)
    }

    /// As a `std::io::Error` of the matching kind, for callers whose errors hold one.
    pub fn into_io(self) -> std::io::Error {
        let kind = match self {
            ReadError::NotFound => std::io::ErrorKind::NotFound,
            ReadError::PermissionDenied => std::io::ErrorKind::PermissionDenied,
            ReadError::TimedOut { .. } => std::io::ErrorKind::TimedOut,
            ReadError::NotUtf8 => std::io::ErrorKind::InvalidData,
            ReadError::TooLarge { .. } | ReadError::TooMany { .. } => {
                std::io::ErrorKind::FileTooLarge
            }
            ReadError::NotAFile => std::io::ErrorKind::InvalidInput,
            ReadError::Io(kind) => kind,
        };
        std::io::Error::new(kind, self)
    }

    /// The error for an I/O failure, by its kind only.
    pub fn from_io(e: &std::io::Error) -> Self {
        match e.kind() {
            std::io::ErrorKind::NotFound => ReadError::NotFound,
            std::io::ErrorKind::PermissionDenied => ReadError::PermissionDenied,
            kind => ReadError::Io(kind),
        }
    }
}

fn megabytes(bytes: u64) -> i64 {
    (bytes / (1024 * 1024)).max(1) as i64
}

/// Reads a whole regular file of at most `max_bytes`, within [`DEFAULT_BUDGET`].
pub fn read(path: &Path, max_bytes: u64) -> Result<Vec<u8>, ReadError> {
    read_within(path, max_bytes, DEFAULT_BUDGET)
}

/// [`read`], as UTF-8 text.
pub fn read_text(path: &Path, max_bytes: u64) -> Result<String, ReadError> {
    String::from_utf8(read(path, max_bytes)?).map_err(|_| ReadError::NotUtf8)
}

/// Reads at most the first `max_bytes` of a regular file (a header), never more.
pub fn read_head(path: &Path, max_bytes: u64) -> Result<Vec<u8>, ReadError> {
    let mut file = open_regular(path)?;
    let mut out = Vec::new();
    read_chunks(
        &mut file,
        max_bytes,
        &Deadline::after(DEFAULT_BUDGET),
        &mut out,
    )?;
    Ok(out)
}

/// Reads a whole regular file of at most `max_bytes` within `budget`.
pub fn read_within(path: &Path, max_bytes: u64, budget: Duration) -> Result<Vec<u8>, ReadError> {
    read_by(path, max_bytes, &Deadline::after(budget))
}

/// [`read_by`], as UTF-8 text.
pub fn read_text_by(path: &Path, max_bytes: u64, deadline: &Deadline) -> Result<String, ReadError> {
    String::from_utf8(read_by(path, max_bytes, deadline)?).map_err(|_| ReadError::NotUtf8)
}

/// Reads a whole regular file of at most `max_bytes` before `deadline`.
pub fn read_by(path: &Path, max_bytes: u64, deadline: &Deadline) -> Result<Vec<u8>, ReadError> {
    deadline.check()?;
    let mut file = open_regular(path)?;
    let len = file.metadata().map_err(|e| ReadError::from_io(&e))?.len();
    if len > max_bytes {
        return Err(ReadError::TooLarge { limit: max_bytes });
    }
    // The length can change under us (a file still being written): read one byte past the cap
    // to tell "exactly at the cap" from "over it".
    let mut out = Vec::with_capacity(len as usize);
    let complete = read_chunks(&mut file, max_bytes + 1, deadline, &mut out)?;
    if out.len() as u64 > max_bytes || !complete {
        return Err(ReadError::TooLarge { limit: max_bytes });
    }
    Ok(out)
}

/// True when `path` is a regular file (following links), without opening it.
pub fn is_regular_file(path: &Path) -> bool {
    std::fs::metadata(path).is_ok_and(|m| m.is_file())
}

/// The metadata of `path` if it is a regular file (following links), without opening it: for
/// readers that hand the path to a library (SQLite) rather than reading it here.
pub fn regular_file(path: &Path) -> Result<std::fs::Metadata, ReadError> {
    let meta = std::fs::metadata(path).map_err(|e| ReadError::from_io(&e))?;
    if meta.is_file() {
        Ok(meta)
    } else {
        Err(ReadError::NotAFile)
    }
}

/// One entry of a folder: its name exactly as the OS gives it (not necessarily UTF-8) and its
/// full path.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct DirEntry {
    pub name: OsString,
    pub path: PathBuf,
}

/// The entries of a folder, sorted by name, at most `max_entries` of them (more is an error, not
/// a silent cut: a check must not say "nothing found" about what it did not look at).
pub fn list_dir(
    path: &Path,
    max_entries: usize,
    deadline: &Deadline,
) -> Result<Vec<DirEntry>, ReadError> {
    deadline.check()?;
    let entries = std::fs::read_dir(path).map_err(|e| ReadError::from_io(&e))?;
    let mut out = Vec::new();
    for entry in entries {
        let entry = entry.map_err(|e| ReadError::from_io(&e))?;
        if out.len() == max_entries {
            return Err(ReadError::TooMany { limit: max_entries });
        }
        if out.len() % 256 == 255 {
            deadline.check()?;
        }
        out.push(DirEntry {
            name: entry.file_name(),
            path: entry.path(),
        });
    }
    out.sort();
    Ok(out)
}

/// Why bytes read from outside could not be parsed: the format, the kind of problem and where,
/// never a fragment of the input (a JSON parser's own message quotes the text it choked on, and
/// in a password store that text is a username or a password).
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{format} {kind:?} at line {line}, column {column}")]
pub struct ParseError {
    /// `json`, `ini`, `toml`, …: a fixed word, never from the input.
    pub format: &'static str,
    pub kind: ParseErrorKind,
    /// 1-based; 0 when the parser did not say.
    pub line: usize,
    pub column: usize,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ParseErrorKind {
    /// Not well-formed (a stray character, a broken string).
    Syntax,
    /// Well-formed, but not the shape expected (a string where a list belongs).
    Shape,
    /// Cut short.
    Truncated,
}

impl ParseError {
    /// A serde_json error by its category and position only.
    pub fn json(e: &serde_json::Error) -> Self {
        use serde_json::error::Category;
        let kind = match e.classify() {
            Category::Data => ParseErrorKind::Shape,
            Category::Eof => ParseErrorKind::Truncated,
            Category::Syntax | Category::Io => ParseErrorKind::Syntax,
        };
        Self {
            format: "json",
            kind,
            line: e.line(),
            column: e.column(),
        }
    }

    /// A TOML error by its place only: its own message is English and may quote the text.
    pub fn toml(e: &toml::de::Error, text: &str) -> Self {
        let (line, column) = e.span().map_or((0, 0), |s| line_and_column(text, s.start));
        // Well-formed TOML that did not fit the expected shape, or text that is not TOML at all.
        let kind = if toml::from_str::<toml::Table>(text).is_ok() {
            ParseErrorKind::Shape
        } else {
            ParseErrorKind::Syntax
        };
        Self {
            format: "toml",
            kind,
            line,
            column,
        }
    }

    /// What to tell the user: the file as `shown`, the kind of damage and where.
    pub fn reason(&self, shown: &str) -> Msg {
        let kind = match self.kind {
            ParseErrorKind::Syntax => "syntax",
            ParseErrorKind::Shape => "shape",
            ParseErrorKind::Truncated => "truncated",
        };
        Msg::new("outside-damaged")
            .arg("path", shown.to_owned())
            .arg("kind", kind)
            .arg("line", i64::try_from(self.line).unwrap_or(0))
            .arg("column", i64::try_from(self.column).unwrap_or(0))
    }
}

/// 1-based line and column (in characters) of a byte offset in `text`.
fn line_and_column(text: &str, offset: usize) -> (usize, usize) {
    let mut offset = offset.min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    let before = &text[..offset];
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    (
        before.matches('\n').count() + 1,
        before[line_start..].chars().count() + 1,
    )
}

/// Opens `path` for reading if, and only if, it is a regular file. Public for the few readers
/// that need a handle (SQLite is opened by path, but checked with this first).
pub fn open_regular(path: &Path) -> Result<std::fs::File, ReadError> {
    // Before opening: a FIFO opened for reading blocks until a writer comes, even to look.
    let before = std::fs::metadata(path).map_err(|e| ReadError::from_io(&e))?;
    if !before.is_file() {
        return Err(ReadError::NotAFile);
    }
    let file = open_nonblocking(path).map_err(|e| ReadError::from_io(&e))?;
    // After opening: the path may have been swapped between the two looks.
    let after = file.metadata().map_err(|e| ReadError::from_io(&e))?;
    if !after.is_file() {
        return Err(ReadError::NotAFile);
    }
    Ok(file)
}

#[cfg(unix)]
fn open_nonblocking(path: &Path) -> std::io::Result<std::fs::File> {
    use std::os::unix::fs::OpenOptionsExt;
    // O_NONBLOCK: opening a FIFO (swapped in after the first look) returns at once instead of
    // waiting for a writer. On a regular file it changes nothing.
    std::fs::OpenOptions::new()
        .read(true)
        .custom_flags(libc::O_NONBLOCK | libc::O_NOCTTY)
        .open(path)
}

#[cfg(not(unix))]
fn open_nonblocking(path: &Path) -> std::io::Result<std::fs::File> {
    // Windows: a regular file's open does not block; named pipes live under `\\.\pipe\`, which
    // the metadata check above refuses.
    std::fs::File::open(path)
}

/// Reads up to `max` bytes into `out`. `Ok(true)` when the end of the file was reached.
fn read_chunks(
    file: &mut std::fs::File,
    max: u64,
    deadline: &Deadline,
    out: &mut Vec<u8>,
) -> Result<bool, ReadError> {
    const CHUNK: usize = 64 * 1024;
    let mut buf = vec![0u8; CHUNK];
    loop {
        let room = max.saturating_sub(out.len() as u64);
        if room == 0 {
            return Ok(false);
        }
        deadline.check()?;
        let want = CHUNK.min(room as usize);
        match file.read(&mut buf[..want]) {
            Ok(0) => return Ok(true),
            Ok(n) => out.extend_from_slice(&buf[..n]),
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
            Err(e) => return Err(ReadError::from_io(&e)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_regular_file_is_read_whole() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("Preferences");
        std::fs::write(&path, b"{\"a\":1}").unwrap();
        assert_eq!(read(&path, cap::SMALL).unwrap(), b"{\"a\":1}");
        assert_eq!(read_text(&path, cap::SMALL).unwrap(), "{\"a\":1}");
    }

    #[test]
    fn a_file_over_the_cap_is_refused_and_a_file_at_the_cap_is_read() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("big");
        std::fs::write(&path, vec![b'x'; 1000]).unwrap();
        assert_eq!(read(&path, 999), Err(ReadError::TooLarge { limit: 999 }));
        assert_eq!(read(&path, 1000).unwrap().len(), 1000);
    }

    #[test]
    fn a_missing_file_says_not_found() {
        let dir = tempfile::tempdir().unwrap();
        let err = read(&dir.path().join("nope"), cap::SMALL).unwrap_err();
        assert!(err.is_not_found());
    }

    #[test]
    fn a_directory_is_not_a_file() {
        let dir = tempfile::tempdir().unwrap();
        assert_eq!(read(dir.path(), cap::SMALL), Err(ReadError::NotAFile));
    }

    #[cfg(unix)]
    #[test]
    fn a_fifo_is_refused_without_blocking() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("Login Data");
        let c = std::ffi::CString::new(path.as_os_str().as_encoded_bytes()).unwrap();
        // SAFETY: `c` is a valid NUL-terminated path; mkfifo only creates a file system node.
        assert_eq!(unsafe { libc::mkfifo(c.as_ptr(), 0o600) }, 0);
        // Nobody ever writes to it: a blocking open would hang this test forever.
        assert_eq!(read(&path, cap::SMALL), Err(ReadError::NotAFile));
    }

    #[cfg(unix)]
    #[test]
    fn a_link_to_a_device_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("logins.json");
        std::os::unix::fs::symlink("/dev/zero", &path).unwrap();
        assert_eq!(read(&path, cap::SMALL), Err(ReadError::NotAFile));
    }

    #[cfg(unix)]
    #[test]
    fn a_link_to_a_regular_file_is_followed() {
        let dir = tempfile::tempdir().unwrap();
        let real = dir.path().join("real");
        std::fs::write(&real, b"ok").unwrap();
        let link = dir.path().join("link");
        std::os::unix::fs::symlink(&real, &link).unwrap();
        assert_eq!(read(&link, cap::SMALL).unwrap(), b"ok");
    }

    #[test]
    fn a_head_read_stops_at_its_length() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("main.cvd");
        std::fs::write(&path, vec![b'C'; 4096]).unwrap();
        assert_eq!(read_head(&path, 512).unwrap().len(), 512);
    }

    #[test]
    fn the_reason_names_the_file_and_the_problem_never_the_content() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("logins.json");
        std::fs::write(&path, b"SECRET-CANARY-PASSWORD").unwrap();
        let err = read(&path, 4).unwrap_err();
        let msg = err.reason("C:\\Users\\lan\\logins.json");
        assert_eq!(msg.id, "outside-too-large");
        let text = format!("{msg:?}");
        assert!(text.contains("logins.json"));
        assert!(!text.contains("CANARY"));
    }

    #[test]
    fn a_json_error_keeps_its_place_and_loses_the_quoted_text() {
        let bytes = br#"{"logins":["user-CANARY","hunter2-CANARY"]}"#;
        let e = serde_json::from_slice::<std::collections::BTreeMap<String, Vec<u32>>>(bytes)
            .unwrap_err();
        assert!(e.to_string().contains("CANARY"), "serde_json quotes input");
        let parse = ParseError::json(&e);
        assert_eq!((parse.kind, parse.line), (ParseErrorKind::Shape, 1));
        let msg = parse.reason("/home/lan/logins.json");
        assert!(!format!("{msg:?} {parse}").contains("CANARY"));
    }

    #[test]
    fn a_folder_listing_stops_at_its_cap_and_says_so() {
        let dir = tempfile::tempdir().unwrap();
        for i in 0..5 {
            std::fs::write(dir.path().join(format!("f{i}")), b"").unwrap();
        }
        let deadline = Deadline::after(DEFAULT_BUDGET);
        assert_eq!(list_dir(dir.path(), 5, &deadline).unwrap().len(), 5);
        assert_eq!(
            list_dir(dir.path(), 4, &deadline),
            Err(ReadError::TooMany { limit: 4 })
        );
    }

    #[test]
    fn a_passed_deadline_reads_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("Preferences");
        std::fs::write(&path, b"{}").unwrap();
        let gone = Deadline::after(Duration::ZERO);
        assert!(matches!(
            read_by(&path, cap::SMALL, &gone),
            Err(ReadError::TimedOut { .. })
        ));
    }

    #[test]
    fn every_reason_has_its_words_in_both_languages() {
        use crate::{Lang, Localizer};
        let errors = [
            ReadError::NotFound,
            ReadError::NotAFile,
            ReadError::TooLarge { limit: 8 << 20 },
            ReadError::PermissionDenied,
            ReadError::TimedOut { seconds: 5 },
            ReadError::NotUtf8,
            ReadError::TooMany { limit: 20_000 },
            ReadError::Io(std::io::ErrorKind::Other),
        ];
        for lang in [Lang::Vi, Lang::En] {
            let l = Localizer::new(lang);
            for e in &errors {
                let text = l.render(&e.reason("/home/lan/x"));
                assert!(text.contains("/home/lan/x"), "{lang:?} {e:?}: {text}");
                assert!(
                    !text.contains("outside-"),
                    "{lang:?} {e:?} has no words: {text}"
                );
            }
            let damaged = ParseError {
                format: "json",
                kind: ParseErrorKind::Shape,
                line: 3,
                column: 7,
            };
            let text = l.render(&damaged.reason("/home/lan/x"));
            assert!(text.contains("/home/lan/x") && text.contains('3') && text.contains('7'));
        }
    }
}
