//! Small JSON files in the app data folder (settings, checklist, fingerprints): read with a
//! missing file meaning "default", written atomically (temporary file, then rename) so a crash
//! mid-write never leaves half a file.

use std::path::{Path, PathBuf};

use serde::Serialize;
use serde::de::DeserializeOwned;

use crate::outside::{self, ParseError, cap};

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("cannot read or write {path}: {source}")]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    /// The parser's place and kind only: its own message would quote the file.
    #[error("{path} is not valid JSON of the expected shape: {source}")]
    Corrupt {
        path: PathBuf,
        #[source]
        source: ParseError,
    },
}

impl StoreError {
    pub fn path(&self) -> &Path {
        match self {
            StoreError::Io { path, .. } | StoreError::Corrupt { path, .. } => path,
        }
    }
}

/// The file's value, or the default when it does not exist. A corrupt file is an error, left in
/// place for the caller to report; the next save replaces it.
/// Read through [`crate::outside`]: the data folder is ours, but what sits there may not be (a
/// FIFO or a link to `/dev/zero` must not hang or fill the memory at start-up).
pub fn load<T: DeserializeOwned + Default>(path: &Path) -> Result<T, StoreError> {
    match outside::read(path, cap::SMALL) {
        Ok(bytes) => serde_json::from_slice(&bytes).map_err(|e| StoreError::Corrupt {
            path: path.to_owned(),
            source: ParseError::json(&e),
        }),
        Err(e) if e.is_not_found() => Ok(T::default()),
        Err(e) => Err(StoreError::Io {
            path: path.to_owned(),
            source: e.into_io(),
        }),
    }
}

/// Writes pretty JSON atomically, creating the folder if needed: a uniquely named temporary file
/// in the same folder, flushed to the disk, then renamed over the old one. A crash at any point
/// leaves the old file or the new one, never half of either; two writers never share a
/// temporary file.
pub fn save<T: Serialize>(path: &Path, value: &T) -> Result<(), StoreError> {
    let json = serde_json::to_vec_pretty(value).map_err(|e| StoreError::Corrupt {
        path: path.to_owned(),
        source: ParseError::json(&e),
    })?;
    write_atomic(path, &json)
}

/// Replaces `path` with `bytes` atomically (see [`save`]).
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<(), StoreError> {
    use std::io::Write;
    let io = |source| StoreError::Io {
        path: path.to_owned(),
        source,
    };
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    std::fs::create_dir_all(dir).map_err(io)?;
    let mut tmp = tempfile::Builder::new()
        .prefix(".tukiem-")
        .suffix(".tmp")
        .tempfile_in(dir)
        .map_err(io)?;
    tmp.write_all(bytes).map_err(io)?;
    tmp.as_file().sync_all().map_err(io)?;
    tmp.persist(path).map_err(|e| io(e.error))?;
    // The rename itself on the disk (Unix; Windows has no directory handles to sync).
    #[cfg(unix)]
    if let Ok(d) = std::fs::File::open(dir) {
        let _ = d.sync_all();
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_save_replaces_the_file_whole_and_leaves_no_temporary_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("sub").join("v.json");
        save(&path, &vec![1, 2, 3]).unwrap();
        save(&path, &vec![4]).unwrap();
        assert_eq!(load::<Vec<i32>>(&path).unwrap(), [4]);
        let names: Vec<_> = std::fs::read_dir(path.parent().unwrap())
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(names, ["v.json"]);
    }

    #[test]
    fn a_stale_temporary_file_of_a_crashed_writer_is_not_reused() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("v.json");
        // What the old fixed-name scheme would have written to and renamed.
        std::fs::write(dir.path().join("v.json.tmp"), b"half").unwrap();
        save(&path, &7).unwrap();
        assert_eq!(load::<i32>(&path).unwrap(), 7);
        assert_eq!(
            std::fs::read(dir.path().join("v.json.tmp")).unwrap(),
            b"half"
        );
    }

    #[test]
    fn a_folder_that_cannot_be_written_is_an_io_error_naming_the_file() {
        let dir = tempfile::tempdir().unwrap();
        let blocker = dir.path().join("file");
        std::fs::write(&blocker, b"x").unwrap();
        let path = blocker.join("v.json");
        let e = save(&path, &1).unwrap_err();
        assert!(matches!(e, StoreError::Io { .. }));
        assert_eq!(e.path(), path);
    }

    #[cfg(unix)]
    #[test]
    fn a_fifo_or_a_device_link_in_the_data_folder_is_an_error_not_a_hang() {
        let dir = tempfile::tempdir().unwrap();
        let fifo = dir.path().join("settings.json");
        let c = std::ffi::CString::new(fifo.as_os_str().as_encoded_bytes()).unwrap();
        // SAFETY: `c` is a valid NUL-terminated path; mkfifo only creates a file system node.
        assert_eq!(unsafe { libc::mkfifo(c.as_ptr(), 0o600) }, 0);
        let zero = dir.path().join("checklist.json");
        std::os::unix::fs::symlink("/dev/zero", &zero).unwrap();
        for path in [fifo, zero] {
            let err = load::<std::collections::BTreeMap<String, u32>>(&path).unwrap_err();
            assert!(matches!(err, StoreError::Io { .. }), "{err:?}");
        }
    }

    #[test]
    fn a_corrupt_file_error_quotes_none_of_its_content() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("checklist.json");
        std::fs::write(&path, br#"{"a":"CANARY-secret-77"}"#).unwrap();
        let err = load::<std::collections::BTreeMap<String, u32>>(&path).unwrap_err();
        assert!(matches!(err, StoreError::Corrupt { .. }));
        assert!(!format!("{err} {err:?}").contains("CANARY"));
    }
}
