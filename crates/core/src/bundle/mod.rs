//! A Department's signed bundle (`*.tukiem`, docs/bundle.md): one file that carries everything
//! that is the Department's own — the organization profile and the letter it names, its
//! official hosts, the sites reported as fakes, stealer families, leaked-password filters —
//! signed with the Department's Ed25519 key.
//!
//! A bundle is read whole (through [`crate::outside`], at most [`MAX_BUNDLE_BYTES`], within a
//! time budget), its container checked entry by entry ([`container`]), its manifest's signature
//! verified against a key this computer trusts ([`keys`]), every entry checked against the
//! size and SHA-256 the signed manifest names, and only then parsed ([`contents`]). Any failure
//! is a [`BundleError`] naming the file and the problem; nothing is half-used.
//!
//! | file | does |
//! |---|---|
//! | `format` | entry names, caps, the manifest |
//! | `container` | the uncompressed tar, read and written |
//! | `keys` | key files, key ids, the trusted keys |
//! | `contents` | the profile and lists a bundle makes |
//! | `build` | making and signing a bundle (`tukiem-cli bundle build`) |
//! | `error` | [`BundleError`] and its message ids (`locales/*/bundle.ftl`) |

mod build;
pub mod container;
pub mod contents;
mod error;
#[cfg(test)]
#[path = "fixtures_for_tests.rs"]
pub(crate) mod fixtures;
pub mod format;
pub mod keys;
#[cfg(test)]
mod tests;

use std::path::Path;
use std::time::Duration;

pub use build::{BuildInputs, build};
pub use contents::Counts;
pub use error::BundleError;
pub use format::{MAX_BUNDLE_BYTES, Manifest};
pub use keys::{KeyOrigin, SecretKey, TrustedKey};

use crate::Profile;

/// How long reading one bundle file may take (64 MiB from a slow USB stick or share).
pub const READ_BUDGET: Duration = Duration::from_secs(20);

/// A bundle whose signature verified against a trusted key and whose every entry matched the
/// signed manifest.
#[derive(Clone, Debug)]
pub struct Bundle {
    pub manifest: Manifest,
    /// The id of the trusted key that verified it.
    pub key_id: String,
    /// The profile it makes, its lists filled (`profile.lists`).
    pub profile: Profile,
}

impl Bundle {
    pub fn counts(&self) -> Counts {
        Counts::of(&self.profile)
    }
}

/// Reads, checks and verifies the bundle file at `path` against `trusted`.
pub fn read_file(path: &Path, trusted: &[TrustedKey]) -> Result<Bundle, BundleError> {
    let file = path.display().to_string();
    let bytes = read_bytes(path)?;
    read(&bytes, &file, trusted)
}

/// The bytes of a bundle file, through [`crate::outside`] (regular file, size cap, budget).
pub fn read_bytes(path: &Path) -> Result<Vec<u8>, BundleError> {
    crate::outside::read_within(path, MAX_BUNDLE_BYTES, READ_BUDGET).map_err(|error| {
        BundleError::Read {
            file: path.display().to_string(),
            error,
        }
    })
}

/// Checks and verifies bundle bytes; `file` only names the bundle in errors.
pub fn read(bytes: &[u8], file: &str, trusted: &[TrustedKey]) -> Result<Bundle, BundleError> {
    let owned = || file.to_owned();
    let entries = container::read_entries(bytes, file)?;
    let manifest_bytes =
        entries
            .get(format::MANIFEST)
            .ok_or_else(|| BundleError::MissingEntry {
                file: owned(),
                entry: format::MANIFEST.to_owned(),
            })?;
    let signature = entries
        .get(format::SIGNATURE)
        .ok_or_else(|| BundleError::MissingEntry {
            file: owned(),
            entry: format::SIGNATURE.to_owned(),
        })?;
    let manifest = Manifest::parse(manifest_bytes).map_err(|p| match p {
        format::ManifestProblem::UnknownFormat(found) => BundleError::UnknownFormat {
            file: owned(),
            found,
        },
        format::ManifestProblem::Invalid => BundleError::BadManifest { file: owned() },
    })?;
    // Trust before content: nothing inside is parsed until the manifest's signature verifies.
    if trusted.is_empty() {
        return Err(BundleError::NoTrustedKey { file: owned() });
    }
    let key = keys::verifying(trusted, manifest_bytes, signature)
        .ok_or(BundleError::Untrusted { file: owned() })?;
    for listed in &manifest.entries {
        let data = entries
            .get(&listed.name)
            .ok_or_else(|| BundleError::MissingEntry {
                file: owned(),
                entry: listed.name.clone(),
            })?;
        if data.len() as u64 != listed.size || format::sha256_hex(data) != listed.sha256 {
            return Err(BundleError::EntryMismatch {
                file: owned(),
                entry: listed.name.clone(),
            });
        }
    }
    if let Some(unlisted) = entries.keys().find(|name| {
        *name != format::MANIFEST
            && *name != format::SIGNATURE
            && !manifest.entries.iter().any(|e| &e.name == *name)
    }) {
        return Err(BundleError::UnlistedEntry {
            file: owned(),
            entry: unlisted.clone(),
        });
    }
    let profile = contents::profile_of(&entries, &manifest, file)?;
    Ok(Bundle {
        key_id: key.id.clone(),
        manifest,
        profile,
    })
}
