//! The names, caps and manifest of the `*.tukiem` format (docs/bundle.md).

use serde::{Deserialize, Serialize};

use crate::profile::Localized;

/// The one format version this build reads and writes.
pub const FORMAT_VERSION: i64 = 1;

/// The largest bundle file read: a profile, a letter and lists are kilobytes; leaked-password
/// filters are the only large part.
pub const MAX_BUNDLE_BYTES: u64 = 64 * 1024 * 1024;

/// The most entries a bundle may hold (the fixed entries plus leak filters).
pub const MAX_ENTRIES: usize = 64;

pub const MANIFEST: &str = "manifest.toml";
pub const SIGNATURE: &str = "manifest.sig";
pub const PROFILE: &str = "profile.toml";
pub const REPORTED_FAKES: &str = "reported-fakes.tsv";
pub const OFFICIAL_HOSTS: &str = "official-hosts.txt";
pub const STEALER_FAMILIES: &str = "stealer-families.toml";
/// Leaked-password filters live under this folder, each `leaks/<name>.bin`.
pub const LEAKS_DIR: &str = "leaks/";

/// An Ed25519 signature is 64 bytes, stored raw.
pub const SIGNATURE_BYTES: usize = 64;

/// What one entry may weigh: each cap is far above a real file of that kind.
pub fn entry_cap(name: &str) -> u64 {
    const KIB: u64 = 1024;
    const MIB: u64 = 1024 * KIB;
    match name {
        MANIFEST => 64 * KIB,
        SIGNATURE => SIGNATURE_BYTES as u64,
        PROFILE => crate::profile::MAX_FILE_BYTES,
        REPORTED_FAKES => 8 * MIB,
        OFFICIAL_HOSTS | STEALER_FAMILIES => MIB,
        n if n.starts_with(LEAKS_DIR) => MAX_BUNDLE_BYTES,
        // The letter's text (`*.txt` named by the profile).
        _ => 256 * KIB,
    }
}

/// True for a name the format allows: one of the fixed entries, `leaks/<name>.bin`, or a
/// plain `<name>.txt` (the letter). Lower-case ASCII letters, digits, `-`, `_` and `.` only:
/// no `..`, no absolute path, no drive, no backslash, nothing to climb out with.
pub fn is_allowed_name(name: &str) -> bool {
    let plain = |s: &str| {
        !s.is_empty()
            && s.len() <= 96
            && !s.starts_with('.')
            && !s.contains("..")
            && s.bytes().all(|b| {
                b.is_ascii_lowercase() || b.is_ascii_digit() || matches!(b, b'-' | b'_' | b'.')
            })
    };
    match name {
        MANIFEST | SIGNATURE | PROFILE | REPORTED_FAKES | OFFICIAL_HOSTS | STEALER_FAMILIES => true,
        n => match n.strip_prefix(LEAKS_DIR) {
            Some(rest) => plain(rest) && rest.ends_with(".bin"),
            None => plain(n) && n.ends_with(".txt"),
        },
    }
}

/// `manifest.toml`: who made the bundle, which version, when, and what every other entry is.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Manifest {
    /// The format version, [`FORMAT_VERSION`].
    pub format: i64,
    /// Grows with every bundle the Department makes; an older or equal one never replaces it.
    pub version: u64,
    /// `YYYY-MM-DD`: the day the bundle was made.
    pub made: String,
    /// `YYYY-MM-DD`: after this day the app says the bundle's lists are old.
    pub old_after: String,
    /// The id of the key that signed it (a hint for people; trust comes from the signature).
    pub key_id: String,
    /// The agency that issues the bundle, as the profile names it.
    pub issuer: Localized,
    /// Every entry but the manifest and its signature, with size and SHA-256.
    #[serde(rename = "entry", default)]
    pub entries: Vec<ManifestEntry>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ManifestEntry {
    pub name: String,
    pub size: u64,
    /// Lower-case hex.
    pub sha256: String,
}

/// Only the format number, read first so a newer format is named as such, not as a broken one.
#[derive(Deserialize)]
struct FormatOnly {
    format: i64,
}

/// What [`Manifest::parse`] found wrong.
pub enum ManifestProblem {
    UnknownFormat(i64),
    Invalid,
}

impl Manifest {
    pub fn parse(bytes: &[u8]) -> Result<Manifest, ManifestProblem> {
        let text = std::str::from_utf8(bytes).map_err(|_| ManifestProblem::Invalid)?;
        let format: FormatOnly = toml::from_str(text).map_err(|_| ManifestProblem::Invalid)?;
        if format.format != FORMAT_VERSION {
            return Err(ManifestProblem::UnknownFormat(format.format));
        }
        let manifest: Manifest = toml::from_str(text).map_err(|_| ManifestProblem::Invalid)?;
        let dates_ok = crate::profile::parse_iso_date(&manifest.made).is_some()
            && crate::profile::parse_iso_date(&manifest.old_after).is_some();
        let names_ok = manifest.entries.iter().all(|e| {
            is_allowed_name(&e.name)
                && e.name != MANIFEST
                && e.name != SIGNATURE
                && e.sha256.len() == 64
                && e.sha256
                    .bytes()
                    .all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f'))
        });
        if !dates_ok || !names_ok || manifest.issuer.vi.is_empty() {
            return Err(ManifestProblem::Invalid);
        }
        Ok(manifest)
    }

    pub fn to_toml(&self) -> String {
        // A manifest of strings, integers and a table array always serializes.
        toml::to_string(self).unwrap_or_default()
    }
}

/// SHA-256 of `bytes`, lower-case hex.
pub fn sha256_hex(bytes: &[u8]) -> String {
    use sha2::Digest;
    let digest = sha2::Sha256::digest(bytes);
    digest.iter().map(|b| format!("{b:02x}")).collect()
}
