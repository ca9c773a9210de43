//! A Department's bundle, as the app and the CLI use it (docs/bundle.md): which profile speaks
//! at start-up ([`load_profile`]), what a chosen file would change ([`preview`]), installing it
//! ([`install`]) and which bundle speaks now ([`current`]).
//!
//! Where the profile comes from, in this order:
//! 1. `--profile FILE` / `TUKIEM_PROFILE` (tests, trainers): [`Profile::load_or_embedded`];
//! 2. the bundle the user installed ([`INSTALLED_FILE`] in the app data folder);
//! 3. a `*.tukiem` in the machine-wide folder ([`Host::system_dir`]; the installer copies there
//!    the one placed beside `setup.exe`);
//! 4. the embedded default.
//!
//! A bundle counts only when it verifies against a key this computer trusts. Among bundles of
//! the same key the highest version wins, wherever it lies; an installed bundle is never
//! replaced by an older or equal version of the same key (no rollback).

use std::path::{Path, PathBuf};

use serde::Serialize;

use super::Host;
use crate::bundle::{self, Bundle, BundleError, Counts, TrustedKey};
use crate::dates::{iso, iso_msg};
use crate::outside::{self, Deadline};
use crate::profile::{BundlePlace, BundleSource, LoadedProfile, Localized, ProfileSource};
use crate::{Lang, Msg, Profile};

/// The installed bundle's file name in the app data folder.
pub const INSTALLED_FILE: &str = "department.tukiem";

/// The machine-wide folder is read for at most this many entries.
const MAX_SYSTEM_ENTRIES: usize = 1000;

/// What a bundle file holds and what installing it would change: data and `Msg`s, never
/// rendered text.
#[cfg_attr(test, derive(ts_rs::TS))]
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct BundlePreview {
    pub file: String,
    pub issuer: Localized,
    pub version: u64,
    /// `YYYY-MM-DD` and as a `date-short` message.
    pub made: String,
    pub made_shown: Msg,
    pub old_after: String,
    pub old_after_shown: Msg,
    /// Past its old-after day on the person's calendar today.
    pub is_old: bool,
    pub key_id: String,
    pub counts: Counts,
    pub changes: Changes,
    /// The version of the same key already in use, if any.
    pub installed_version: Option<u64>,
    /// Why installing it would be refused (an older or equal version), if it would be.
    pub refusal: Option<Msg>,
}

/// What installing a bundle changes, compared with the profile that speaks now.
#[cfg_attr(test, derive(ts_rs::TS))]
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Changes {
    /// `(now, after)` when the agency's name changes.
    pub agency: Option<(Localized, Localized)>,
    /// `(now, after)` contact name and phone, when either changes.
    pub contact: Option<(String, String)>,
    /// `(now, after)` counts.
    pub systems: (usize, usize),
    pub reported_fakes: (usize, usize),
    pub official_hosts: (usize, usize),
    pub stealer_families: (usize, usize),
    pub leak_filters: (usize, usize),
}

impl Changes {
    fn between(now: &Profile, after: &Profile) -> Changes {
        let (a, b) = (Counts::of(now), Counts::of(after));
        let contact = |p: &Profile| format!("{} ({})", p.contact.name, p.contact.phone);
        Changes {
            agency: (now.agency.name != after.agency.name)
                .then(|| (now.agency.name.clone(), after.agency.name.clone())),
            contact: (contact(now) != contact(after)).then(|| (contact(now), contact(after))),
            systems: (a.systems, b.systems),
            reported_fakes: (a.reported_fakes, b.reported_fakes),
            official_hosts: (a.official_hosts, b.official_hosts),
            stealer_families: (a.stealer_families, b.stealer_families),
            leak_filters: (a.leak_filters, b.leak_filters),
        }
    }

    /// The changes as lines to show in `lang` (names picked in that language).
    pub fn lines(&self, lang: Lang) -> Vec<Msg> {
        let mut lines = Vec::new();
        if let Some((now, after)) = &self.agency {
            lines.push(
                Msg::new("bundle-change-agency")
                    .arg("before", now.get(lang))
                    .arg("after", after.get(lang)),
            );
        }
        if let Some((now, after)) = &self.contact {
            lines.push(
                Msg::new("bundle-change-contact")
                    .arg("before", now)
                    .arg("after", after),
            );
        }
        for (id, (now, after)) in [
            ("bundle-change-systems", self.systems),
            ("bundle-change-reported-fakes", self.reported_fakes),
            ("bundle-change-official-hosts", self.official_hosts),
            ("bundle-change-stealer-families", self.stealer_families),
            ("bundle-change-leak-filters", self.leak_filters),
        ] {
            if now != after {
                lines.push(
                    Msg::new(id)
                        .arg("before", count(now))
                        .arg("after", count(after)),
                );
            }
        }
        if lines.is_empty() {
            lines.push(Msg::new("bundle-change-none"));
        }
        lines
    }
}

/// Which bundle speaks now, where it came from, and the bundles found but refused.
#[cfg_attr(test, derive(ts_rs::TS))]
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct BundleStatus {
    /// `None`: no bundle speaks (the embedded default).
    pub speaking: Option<SpeakingBundle>,
    /// Bundle files found (installed or machine-wide) that were refused, each its reason.
    pub refused: Vec<Msg>,
}

#[cfg_attr(test, derive(ts_rs::TS))]
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct SpeakingBundle {
    pub source: BundleSource,
    pub made_shown: Msg,
    pub old_after_shown: Msg,
    /// Past its old-after day on the person's calendar today.
    pub is_old: bool,
    pub counts: Counts,
}

/// The keys this computer trusts: `*.pub` in the machine-wide folder and the policy values.
pub fn trusted_keys(host: &dyn Host) -> Vec<TrustedKey> {
    bundle::keys::trusted_keys(host.system_dir().as_deref(), &host.policy_keys())
}

/// Where the installed bundle lives; `None` without an app data folder.
pub fn installed_path(host: &dyn Host) -> Option<PathBuf> {
    host.data_dir().map(|d| d.join(INSTALLED_FILE))
}

/// The profile the shells use at start-up, in the order of this module's comment. A bundle
/// that is refused never stops the app: the next place is tried (see [`current`] for why).
pub fn load_profile(host: &dyn Host, requested: Option<&Path>) -> LoadedProfile {
    if requested.is_some() {
        return Profile::load_or_embedded(requested);
    }
    let found = Found::look(host);
    match found.speaking() {
        Some((place, path, bundle)) => LoadedProfile {
            source: ProfileSource::Bundle(source_of(place, path, bundle)),
            profile: bundle.profile.clone(),
            fallback_reason: None,
        },
        None => Profile::load_or_embedded(None),
    }
}

/// Reads and verifies a bundle file and says what installing it would change.
pub fn preview(host: &dyn Host, path: &Path) -> Result<BundlePreview, BundleError> {
    let trusted = trusted_keys(host);
    let bundle = bundle::read_file(path, &trusted)?;
    Ok(preview_of(
        host,
        path,
        &bundle,
        &Found::look_with(host, &trusted),
    ))
}

/// Installs a bundle file: the same checks as [`preview`], then no rollback, then the very
/// bytes that were verified are written to the app data folder at once (temporary file and
/// rename). Nothing is written on any failure; the installed bundle stays as it was.
pub fn install(host: &dyn Host, path: &Path) -> Result<BundlePreview, BundleError> {
    let trusted = trusted_keys(host);
    let bytes = bundle::read_bytes(path)?;
    let file = path.display().to_string();
    let bundle = bundle::read(&bytes, &file, &trusted)?;
    let found = Found::look_with(host, &trusted);
    let preview = preview_of(host, path, &bundle, &found);
    if let Some(installed) = preview.installed_version
        && bundle.manifest.version <= installed
    {
        return Err(BundleError::NotNewer {
            file,
            version: bundle.manifest.version,
            installed,
        });
    }
    let target = installed_path(host).ok_or(BundleError::NoDataFolder)?;
    crate::store::write_atomic(&target, &bytes).map_err(|e| BundleError::Write {
        file: target.display().to_string(),
        kind: match e {
            crate::store::StoreError::Io { source, .. } => source.kind(),
            crate::store::StoreError::Corrupt { .. } => std::io::ErrorKind::InvalidData,
        },
    })?;
    Ok(preview)
}

/// Which bundle speaks now (without `--profile`), from where, whether it is old, and the
/// bundles found but refused.
pub fn current(host: &dyn Host) -> BundleStatus {
    let found = Found::look(host);
    let today = today_iso(host);
    BundleStatus {
        speaking: found
            .speaking()
            .map(|(place, path, bundle)| SpeakingBundle {
                source: source_of(place, path, bundle),
                made_shown: iso_msg(&bundle.manifest.made),
                old_after_shown: iso_msg(&bundle.manifest.old_after),
                is_old: today
                    .as_deref()
                    .is_some_and(|t| bundle.profile.lists.is_old_on(t)),
                counts: bundle.counts(),
            }),
        refused: found.refused.iter().map(BundleError::msg).collect(),
    }
}

/// The person's today as `YYYY-MM-DD`.
fn today_iso(host: &dyn Host) -> Option<String> {
    host.clock().today().map(iso)
}

fn count(n: usize) -> i64 {
    i64::try_from(n).unwrap_or(i64::MAX)
}

fn source_of(place: BundlePlace, path: &Path, bundle: &Bundle) -> BundleSource {
    BundleSource {
        path: path.to_owned(),
        place,
        issuer: bundle.manifest.issuer.clone(),
        version: bundle.manifest.version,
        made: bundle.manifest.made.clone(),
        old_after: bundle.manifest.old_after.clone(),
        key_id: bundle.key_id.clone(),
    }
}

fn preview_of(host: &dyn Host, path: &Path, bundle: &Bundle, found: &Found) -> BundlePreview {
    let now = found
        .speaking()
        .map_or_else(Profile::embedded, |(_, _, b)| b.profile.clone());
    let installed_version = found.newest_of_key(&bundle.key_id);
    let version = bundle.manifest.version;
    let file = path.display().to_string();
    let refusal = installed_version
        .filter(|installed| version <= *installed)
        .map(|installed| {
            BundleError::NotNewer {
                file: file.clone(),
                version,
                installed,
            }
            .msg()
        });
    let today = today_iso(host);
    BundlePreview {
        issuer: bundle.manifest.issuer.clone(),
        version,
        made: bundle.manifest.made.clone(),
        made_shown: iso_msg(&bundle.manifest.made),
        old_after: bundle.manifest.old_after.clone(),
        old_after_shown: iso_msg(&bundle.manifest.old_after),
        is_old: today
            .as_deref()
            .is_some_and(|t| bundle.profile.lists.is_old_on(t)),
        key_id: bundle.key_id.clone(),
        counts: bundle.counts(),
        changes: Changes::between(&now, &bundle.profile),
        installed_version,
        refusal,
        file,
    }
}

/// The bundles found on this computer: the installed one and the machine-wide ones that
/// verified, and the reasons of those that did not.
struct Found {
    installed: Option<(PathBuf, Bundle)>,
    machine_wide: Vec<(PathBuf, Bundle)>,
    refused: Vec<BundleError>,
}

impl Found {
    fn look(host: &dyn Host) -> Found {
        Found::look_with(host, &trusted_keys(host))
    }

    fn look_with(host: &dyn Host, trusted: &[TrustedKey]) -> Found {
        let mut found = Found {
            installed: None,
            machine_wide: Vec::new(),
            refused: Vec::new(),
        };
        if let Some(path) = installed_path(host) {
            match bundle::read_file(&path, trusted) {
                Ok(b) => found.installed = Some((path, b)),
                // Nothing installed yet: nothing to say.
                Err(BundleError::Read { error, .. }) if error.is_not_found() => {}
                Err(e) => found.refused.push(e),
            }
        }
        if let Some(dir) = host.system_dir() {
            let deadline = Deadline::after(outside::DEFAULT_BUDGET);
            // A missing folder (a developer's machine, a computer no installer touched) holds
            // nothing, silently.
            let entries =
                outside::list_dir(&dir, MAX_SYSTEM_ENTRIES, &deadline).unwrap_or_default();
            for entry in entries {
                if !bundle::keys::has_extension(&entry.path, "tukiem") {
                    continue;
                }
                match bundle::read_file(&entry.path, trusted) {
                    Ok(b) => found.machine_wide.push((entry.path, b)),
                    Err(e) => found.refused.push(e),
                }
            }
        }
        // Highest version first; equal versions in name order (the listing is sorted).
        found
            .machine_wide
            .sort_by_key(|(_, b)| std::cmp::Reverse(b.manifest.version));
        found
    }

    /// The bundle that speaks: the installed one, unless a machine-wide bundle of the same key
    /// is newer; without an installed one, the newest machine-wide bundle.
    fn speaking(&self) -> Option<(BundlePlace, &Path, &Bundle)> {
        let newest_wide = |key: Option<&str>| {
            self.machine_wide
                .iter()
                .find(|(_, b)| key.is_none_or(|k| b.key_id == k))
        };
        match &self.installed {
            Some((path, installed)) => match newest_wide(Some(installed.key_id.as_str())) {
                Some((wide_path, wide)) if wide.manifest.version > installed.manifest.version => {
                    Some((BundlePlace::MachineWide, wide_path.as_path(), wide))
                }
                _ => Some((BundlePlace::Installed, path.as_path(), installed)),
            },
            None => newest_wide(None).map(|(p, b)| (BundlePlace::MachineWide, p.as_path(), b)),
        }
    }

    /// The highest version of `key_id` found anywhere on this computer.
    fn newest_of_key(&self, key_id: &str) -> Option<u64> {
        self.installed
            .iter()
            .chain(self.machine_wide.iter())
            .filter(|(_, b)| b.key_id == key_id)
            .map(|(_, b)| b.manifest.version)
            .max()
    }
}

#[cfg(test)]
#[path = "bundle_tests.rs"]
mod tests;
