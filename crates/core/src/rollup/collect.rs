//! Which files a roll-up reads: the files named, and inside the folders named every `*.json`
//! file, recursively, within a depth and a count. A folder on a USB stick holds other things
//! (Word files, photos), so inside folders only `.json` files are taken; a file named on its own
//! is always read. Links to folders are not followed inside a folder (no loops); links to files
//! are read like files (the read itself refuses anything but a regular file).

use std::path::{Path, PathBuf};

use super::row::{Refusal, Refused};

#[derive(Clone, Debug)]
pub struct Limits {
    /// Folders below a folder named (0: only the folder's own files).
    pub max_depth: usize,
    /// Files taken in all; the rest is reported once.
    pub max_files: usize,
    /// The largest file read (a report is some kilobytes; a Department's roll-up of 10,000
    /// people some megabytes).
    pub max_bytes: u64,
}

impl Default for Limits {
    fn default() -> Self {
        Self {
            max_depth: 8,
            max_files: 20_000,
            max_bytes: 32 * 1024 * 1024,
        }
    }
}

#[derive(Debug, Default)]
pub struct Found {
    pub files: Vec<PathBuf>,
    pub problems: Vec<Refused>,
}

pub fn collect(paths: &[PathBuf], limits: &Limits) -> Found {
    let mut found = Found::default();
    for path in paths {
        match std::fs::metadata(path) {
            Ok(m) if m.is_dir() => walk(path, 0, limits, &mut found),
            // A named file is read whatever it is; the read says why it cannot be.
            _ => {
                if !push_file(path.clone(), limits, &mut found) {
                    found.problems.push(Refused::new(
                        path.display().to_string(),
                        Refusal::TooMany {
                            files: limits.max_files,
                        },
                    ));
                }
            }
        }
    }
    found
}

fn push_file(path: PathBuf, limits: &Limits, found: &mut Found) -> bool {
    if found.files.len() >= limits.max_files {
        return false;
    }
    found.files.push(path);
    true
}

fn walk(dir: &Path, depth: usize, limits: &Limits, found: &mut Found) {
    let shown = dir.display().to_string();
    let entries = match std::fs::read_dir(dir) {
        Ok(e) => e,
        Err(e) => {
            found
                .problems
                .push(Refused::new(shown, Refusal::Unreadable(read_error(&e))));
            return;
        }
    };
    // Sorted, so the same folder gives the same roll-up.
    let mut entries: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    entries.sort();
    for path in entries {
        let Ok(link) = std::fs::symlink_metadata(&path) else {
            continue;
        };
        let is_dir = if link.file_type().is_symlink() {
            false
        } else {
            link.is_dir()
        };
        if is_dir {
            if depth >= limits.max_depth {
                found.problems.push(Refused::new(
                    path.display().to_string(),
                    Refusal::TooDeep {
                        depth: limits.max_depth,
                    },
                ));
            } else {
                walk(&path, depth + 1, limits, found);
            }
        } else if is_json(&path) && !push_file(path, limits, found) {
            found.problems.push(Refused::new(
                shown,
                Refusal::TooMany {
                    files: limits.max_files,
                },
            ));
            return;
        }
    }
}

fn read_error(e: &std::io::Error) -> crate::outside::ReadError {
    use crate::outside::ReadError;
    match e.kind() {
        std::io::ErrorKind::NotFound => ReadError::NotFound,
        std::io::ErrorKind::PermissionDenied => ReadError::PermissionDenied,
        kind => ReadError::Io(kind),
    }
}

fn is_json(path: &Path) -> bool {
    path.extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("json"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folders_give_their_json_files_in_order_and_named_files_are_always_taken() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(dir.path().join("a/b")).unwrap();
        for f in ["z.json", "a/y.JSON", "a/b/x.json", "a/note.docx"] {
            std::fs::write(dir.path().join(f), "{}").unwrap();
        }
        let named = dir.path().join("a/note.docx");
        let found = collect(
            &[dir.path().to_path_buf(), named.clone()],
            &Limits::default(),
        );
        let names: Vec<String> = found
            .files
            .iter()
            .map(|p| p.strip_prefix(dir.path()).unwrap().display().to_string())
            .collect();
        assert_eq!(names, ["a/b/x.json", "a/y.JSON", "z.json", "a/note.docx"]);
        assert!(found.problems.is_empty());
    }

    #[test]
    fn depth_and_count_are_capped_and_said() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(dir.path().join("1/2/3")).unwrap();
        for i in 0..5 {
            std::fs::write(dir.path().join(format!("{i}.json")), "{}").unwrap();
        }
        std::fs::write(dir.path().join("1/2/3/deep.json"), "{}").unwrap();
        let limits = Limits {
            max_depth: 1,
            max_files: 3,
            ..Limits::default()
        };
        let found = collect(&[dir.path().to_path_buf()], &limits);
        assert_eq!(found.files.len(), 3);
        let codes: Vec<&str> = found.problems.iter().map(|p| p.reason.code()).collect();
        assert_eq!(codes, ["too_deep", "too_many"]);
    }
}
