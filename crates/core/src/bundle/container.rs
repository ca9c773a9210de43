//! The container: an uncompressed POSIX tar (`tar` crate). Read from bytes already in memory
//! (at most [`MAX_BUNDLE_BYTES`]), so no entry can claim more than the file holds and nothing
//! is ever unpacked to disk.
//!
//! Why tar and not zip: a tar holds every byte it declares (no decompression, so no bomb, and a
//! declared size larger than the file is a truncated file); it has one view of its entries
//! (zip has a central directory and local headers that can disagree, a known way to show a
//! verifier one file and a reader another). What tar does allow — links, devices, folders,
//! `../` names — is refused entry by entry here.

use std::collections::BTreeMap;
use std::io::Read;

use super::BundleError;
use super::format::{MAX_BUNDLE_BYTES, MAX_ENTRIES, entry_cap, is_allowed_name};

/// The entries of a container by name, each a plain file with an allowed name, seen once.
pub fn read_entries(bytes: &[u8], file: &str) -> Result<BTreeMap<String, Vec<u8>>, BundleError> {
    let damaged = || BundleError::Damaged {
        file: file.to_owned(),
    };
    if bytes.len() as u64 > MAX_BUNDLE_BYTES {
        return Err(BundleError::Read {
            file: file.to_owned(),
            error: crate::outside::ReadError::TooLarge {
                limit: MAX_BUNDLE_BYTES,
            },
        });
    }
    // A tar is a whole number of 512-byte blocks ending in two zero blocks; anything shorter
    // was cut.
    if bytes.len() < 1024 || !bytes.len().is_multiple_of(512) {
        return Err(damaged());
    }
    let mut archive = tar::Archive::new(bytes);
    let mut entries = BTreeMap::new();
    for entry in archive.entries().map_err(|_| damaged())? {
        let mut entry = entry.map_err(|_| damaged())?;
        if entries.len() >= MAX_ENTRIES {
            return Err(BundleError::TooManyEntries {
                file: file.to_owned(),
            });
        }
        let name = match std::str::from_utf8(&entry.path_bytes()) {
            Ok(n) => n.to_owned(),
            Err(_) => {
                return Err(BundleError::BadEntryName {
                    file: file.to_owned(),
                });
            }
        };
        // Links, folders, devices, FIFOs and sparse files are refused before their name: a
        // link named `profile.toml` is still a link. Only plain ustar headers are written by
        // `bundle build`; other dialects are not needed and not read.
        if entry.header().entry_type() != tar::EntryType::Regular {
            return Err(BundleError::NotPlainEntry {
                file: file.to_owned(),
            });
        }
        if entry.header().as_ustar().is_none() {
            return Err(damaged());
        }
        if !is_allowed_name(&name) {
            return Err(BundleError::BadEntryName {
                file: file.to_owned(),
            });
        }
        if entries.contains_key(&name) {
            return Err(BundleError::DuplicateEntry {
                file: file.to_owned(),
                entry: name,
            });
        }
        let cap = entry_cap(&name);
        let declared = entry.header().size().map_err(|_| damaged())?;
        if declared > cap {
            return Err(BundleError::EntryTooLarge {
                file: file.to_owned(),
                entry: name,
            });
        }
        let mut data = Vec::with_capacity(usize::try_from(declared).unwrap_or(0));
        entry
            .by_ref()
            .take(cap + 1)
            .read_to_end(&mut data)
            .map_err(|_| damaged())?;
        if data.len() as u64 != declared {
            return Err(damaged());
        }
        entries.insert(name, data);
    }
    if entries.is_empty() {
        return Err(damaged());
    }
    Ok(entries)
}

/// A container of `entries`, in the order given: plain ustar headers, mode 0644, time 0 (the
/// same inputs make the same bytes).
pub fn write_entries(entries: &[(String, Vec<u8>)]) -> std::io::Result<Vec<u8>> {
    let mut builder = tar::Builder::new(Vec::new());
    for (name, data) in entries {
        let mut header = tar::Header::new_ustar();
        header.set_path(name)?;
        header.set_size(data.len() as u64);
        header.set_mode(0o644);
        header.set_mtime(0);
        header.set_entry_type(tar::EntryType::Regular);
        header.set_cksum();
        builder.append(&header, data.as_slice())?;
    }
    builder.into_inner()
}
