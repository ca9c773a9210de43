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

use std::io::Read;
use std::path::Path;
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
            ReadError::Io(_) => Msg::new("outside-unreadable"),
        };
        msg.arg("path", shown.to_owned())
    }

    /// True when the file simply is not there (many callers treat that as "nothing to check").
    pub fn is_not_found(&self) -> bool {
        matches!(self, ReadError::NotFound)
    }

    fn from_io(e: &std::io::Error) -> Self {
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
        Instant::now() + DEFAULT_BUDGET,
        DEFAULT_BUDGET,
        &mut out,
    )?;
    Ok(out)
}

/// Reads a whole regular file of at most `max_bytes` within `budget`.
pub fn read_within(path: &Path, max_bytes: u64, budget: Duration) -> Result<Vec<u8>, ReadError> {
    let deadline = Instant::now() + budget;
    let mut file = open_regular(path)?;
    let len = file.metadata().map_err(|e| ReadError::from_io(&e))?.len();
    if len > max_bytes {
        return Err(ReadError::TooLarge { limit: max_bytes });
    }
    // The length can change under us (a file still being written): read one byte past the cap
    // to tell "exactly at the cap" from "over it".
    let mut out = Vec::with_capacity(len as usize);
    let complete = read_chunks(&mut file, max_bytes + 1, deadline, budget, &mut out)?;
    if out.len() as u64 > max_bytes || !complete {
        return Err(ReadError::TooLarge { limit: max_bytes });
    }
    Ok(out)
}

/// True when `path` is a regular file (following links), without opening it.
pub fn is_regular_file(path: &Path) -> bool {
    std::fs::metadata(path).is_ok_and(|m| m.is_file())
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
    deadline: Instant,
    budget: Duration,
    out: &mut Vec<u8>,
) -> Result<bool, ReadError> {
    const CHUNK: usize = 64 * 1024;
    let mut buf = vec![0u8; CHUNK];
    loop {
        let room = max.saturating_sub(out.len() as u64);
        if room == 0 {
            return Ok(false);
        }
        if Instant::now() > deadline {
            return Err(ReadError::TimedOut {
                seconds: budget.as_secs().max(1),
            });
        }
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
    fn every_reason_has_its_words_in_both_languages() {
        use crate::{Lang, Localizer};
        let errors = [
            ReadError::NotFound,
            ReadError::NotAFile,
            ReadError::TooLarge { limit: 8 << 20 },
            ReadError::PermissionDenied,
            ReadError::TimedOut { seconds: 5 },
            ReadError::NotUtf8,
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
        }
    }
}
