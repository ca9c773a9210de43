//! Making a bundle: the Department's IT officer's side (`tukiem-cli bundle build`). Every input
//! is checked with the same parsers the app uses, so a mistake is found before the bundle is
//! sent, not on 200 computers.

use std::path::{Path, PathBuf};

use super::format::{self, Manifest, ManifestEntry};
use super::{BundleError, SecretKey, container, contents, keys};
use crate::outside;
use crate::profile::{self, Profile};

/// What goes into a bundle.
#[derive(Clone, Debug, Default)]
pub struct BuildInputs {
    /// The profile TOML; the letter it names (`document.original_text`) is read beside it.
    pub profile: PathBuf,
    pub reported_fakes: Option<PathBuf>,
    pub official_hosts: Option<PathBuf>,
    pub stealer_families: Option<PathBuf>,
    /// Leaked-password filter files, carried as they are (`leaks/<name>.bin`).
    pub leaks: Vec<PathBuf>,
    pub version: u64,
    /// `YYYY-MM-DD`.
    pub made: String,
    /// `YYYY-MM-DD`.
    pub old_after: String,
}

/// The bundle's bytes, signed with `secret`.
pub fn build(inputs: &BuildInputs, secret: &SecretKey) -> Result<Vec<u8>, BundleError> {
    let bad = |path: &Path, reason: crate::Msg| BundleError::BadInput {
        file: path.display().to_string(),
        reason: Box::new(reason),
    };
    let read = |path: &Path, cap: u64| -> Result<Vec<u8>, BundleError> {
        outside::read(path, cap).map_err(|error| BundleError::Read {
            file: path.display().to_string(),
            error,
        })
    };
    let text = |path: &Path, cap: u64| -> Result<String, BundleError> {
        String::from_utf8(read(path, cap)?)
            .map_err(|_| bad(path, crate::Msg::new("bundle-input-not-text")))
    };
    let list_error = |path: &Path, line: Option<usize>| {
        bad(
            path,
            crate::Msg::new("bundle-input-bad-line")
                .arg("line", line.map_or(0, |l| i64::try_from(l).unwrap_or(0))),
        )
    };

    let mut entries: Vec<(String, Vec<u8>)> = Vec::new();
    let profile_text = text(&inputs.profile, profile::MAX_FILE_BYTES)?;
    let shown = inputs.profile.display().to_string();
    let parsed = Profile::parse(&profile_text, &shown).map_err(|error| BundleError::Profile {
        file: shown.clone(),
        error: Box::new(error),
    })?;
    entries.push((format::PROFILE.to_owned(), profile_text.into_bytes()));
    let letter = &parsed.document.original_text;
    if !letter.is_empty() {
        let path = inputs
            .profile
            .parent()
            .unwrap_or_else(|| Path::new(""))
            .join(letter);
        if !format::is_allowed_name(letter) {
            return Err(bad(&path, crate::Msg::new("bundle-input-bad-name")));
        }
        let body = text(&path, format::entry_cap(letter))?;
        entries.push((letter.clone(), body.into_bytes()));
    }
    if let Some(path) = &inputs.reported_fakes {
        let body = text(path, format::entry_cap(format::REPORTED_FAKES))?;
        contents::parse_reported_fakes(&body).map_err(|line| list_error(path, line))?;
        entries.push((format::REPORTED_FAKES.to_owned(), body.into_bytes()));
    }
    if let Some(path) = &inputs.official_hosts {
        let body = text(path, format::entry_cap(format::OFFICIAL_HOSTS))?;
        contents::parse_official_hosts(&body).map_err(|line| list_error(path, line))?;
        entries.push((format::OFFICIAL_HOSTS.to_owned(), body.into_bytes()));
    }
    if let Some(path) = &inputs.stealer_families {
        let body = text(path, format::entry_cap(format::STEALER_FAMILIES))?;
        contents::parse_stealer_families(&body).map_err(|line| list_error(path, line))?;
        entries.push((format::STEALER_FAMILIES.to_owned(), body.into_bytes()));
    }
    for path in &inputs.leaks {
        let stem = path
            .file_stem()
            .and_then(|s| s.to_str())
            .unwrap_or_default()
            .to_ascii_lowercase();
        let name = format!("{}{stem}.bin", format::LEAKS_DIR);
        if !format::is_allowed_name(&name) || entries.iter().any(|(n, _)| *n == name) {
            return Err(bad(path, crate::Msg::new("bundle-input-bad-name")));
        }
        let body = read(path, format::MAX_BUNDLE_BYTES)?;
        entries.push((name, body));
    }

    let dates_ok = profile::parse_iso_date(&inputs.made).is_some()
        && profile::parse_iso_date(&inputs.old_after).is_some();
    if !dates_ok || inputs.version > i64::MAX as u64 {
        return Err(BundleError::BadManifest {
            file: shown.clone(),
        });
    }
    let manifest = Manifest {
        format: format::FORMAT_VERSION,
        version: inputs.version,
        made: inputs.made.clone(),
        old_after: inputs.old_after.clone(),
        key_id: keys::key_id(&secret.public()),
        issuer: parsed.agency.name.clone(),
        entries: entries
            .iter()
            .map(|(name, data)| ManifestEntry {
                name: name.clone(),
                size: data.len() as u64,
                sha256: format::sha256_hex(data),
            })
            .collect(),
    };
    let manifest_bytes = manifest.to_toml().into_bytes();
    let signature = secret.sign(&manifest_bytes);
    let mut all = vec![
        (format::MANIFEST.to_owned(), manifest_bytes),
        (format::SIGNATURE.to_owned(), signature.to_vec()),
    ];
    all.extend(entries);
    let bytes = container::write_entries(&all).map_err(|e| BundleError::Write {
        file: shown.clone(),
        kind: e.kind(),
    })?;
    if bytes.len() as u64 > format::MAX_BUNDLE_BYTES {
        return Err(bad(
            &inputs.profile,
            crate::Msg::new("bundle-input-too-large"),
        ));
    }
    Ok(bytes)
}
