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

/// Writes pretty JSON atomically, creating the folder if needed.
pub fn save<T: Serialize>(path: &Path, value: &T) -> Result<(), StoreError> {
    let io = |source| StoreError::Io {
        path: path.to_owned(),
        source,
    };
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir).map_err(io)?;
    }
    let mut tmp = path.as_os_str().to_owned();
    tmp.push(".tmp");
    let json = serde_json::to_vec_pretty(value).map_err(|e| StoreError::Corrupt {
        path: path.to_owned(),
        source: ParseError::json(&e),
    })?;
    std::fs::write(&tmp, json).map_err(io)?;
    std::fs::rename(&tmp, path).map_err(io)
}

#[cfg(test)]
mod tests {
    use super::*;

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
