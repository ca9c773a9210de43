//! What a verified bundle holds, turned into a [`Profile`] with its [`DepartmentLists`]: the
//! profile TOML (validated as any profile), the letter it names, the reported fakes, the
//! official hosts (merged into `profile.official_hosts`), stealer families and leak filters.

use std::collections::BTreeMap;
use std::sync::Arc;

use serde::Deserialize;

use super::BundleError;
use super::format::{self, LEAKS_DIR, Manifest};
use crate::profile::{Original, Profile, ReportedFake, StealerFamily, is_host_name};

/// How much of each list a bundle carries (for the preview and `bundle verify`).
#[cfg_attr(test, derive(ts_rs::TS))]
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize)]
pub struct Counts {
    pub systems: usize,
    pub reported_fakes: usize,
    pub official_hosts: usize,
    pub stealer_families: usize,
    pub leak_filters: usize,
    /// The letter's original text is inside.
    pub letter: bool,
}

impl Counts {
    pub fn of(profile: &Profile) -> Counts {
        Counts {
            systems: profile.systems.len(),
            reported_fakes: profile.lists.reported_fakes.len(),
            official_hosts: profile.official_hosts.len(),
            stealer_families: profile.lists.stealer_families.len(),
            leak_filters: profile.lists.leak_filters.len(),
            letter: profile.document.original.text().is_some(),
        }
    }
}

/// The profile a bundle's entries make (entries already checked against the signed manifest).
pub fn profile_of(
    entries: &BTreeMap<String, Vec<u8>>,
    manifest: &Manifest,
    file: &str,
) -> Result<Profile, BundleError> {
    let missing = |entry: &str| BundleError::MissingEntry {
        file: file.to_owned(),
        entry: entry.to_owned(),
    };
    let bad_list = |entry: &str, line: Option<usize>| BundleError::BadList {
        file: file.to_owned(),
        entry: entry.to_owned(),
        line,
    };
    let profile_text =
        text_of(entries, format::PROFILE, file)?.ok_or_else(|| missing(format::PROFILE))?;
    let shown = format!("{file}/{}", format::PROFILE);
    let mut profile =
        Profile::parse(profile_text, &shown).map_err(|error| BundleError::Profile {
            file: file.to_owned(),
            error: Box::new(error),
        })?;

    let letter = profile.document.original_text.clone();
    if !letter.is_empty() {
        let text = text_of(entries, &letter, file)?.ok_or_else(|| missing(&letter))?;
        profile.document.original = Original::Text(text.to_owned());
    }
    // A `.txt` entry other than the letter the profile names has no place in the bundle.
    if let Some(extra) = entries
        .keys()
        .find(|n| n.ends_with(".txt") && *n != format::OFFICIAL_HOSTS && **n != letter)
    {
        return Err(BundleError::UnlistedEntry {
            file: file.to_owned(),
            entry: extra.clone(),
        });
    }

    if let Some(text) = text_of(entries, format::REPORTED_FAKES, file)? {
        profile.lists.reported_fakes =
            parse_reported_fakes(text).map_err(|line| bad_list(format::REPORTED_FAKES, line))?;
    }
    if let Some(text) = text_of(entries, format::OFFICIAL_HOSTS, file)? {
        let hosts =
            parse_official_hosts(text).map_err(|line| bad_list(format::OFFICIAL_HOSTS, line))?;
        for host in hosts {
            if !profile.official_hosts.contains(&host) {
                profile.official_hosts.push(host);
            }
        }
    }
    if let Some(text) = text_of(entries, format::STEALER_FAMILIES, file)? {
        profile.lists.stealer_families = parse_stealer_families(text)
            .map_err(|line| bad_list(format::STEALER_FAMILIES, line))?;
    }
    profile.lists.leak_filters = entries
        .iter()
        .filter(|(name, _)| name.starts_with(LEAKS_DIR))
        .map(|(_, bytes)| Arc::<[u8]>::from(bytes.as_slice()))
        .collect();
    profile.lists.old_after = Some(manifest.old_after.clone());
    Ok(profile)
}

/// An entry as UTF-8 text, `None` when absent.
fn text_of<'a>(
    entries: &'a BTreeMap<String, Vec<u8>>,
    entry: &str,
    file: &str,
) -> Result<Option<&'a str>, BundleError> {
    entries
        .get(entry)
        .map(|b| {
            std::str::from_utf8(b).map_err(|_| BundleError::BadList {
                file: file.to_owned(),
                entry: entry.to_owned(),
                line: None,
            })
        })
        .transpose()
}

/// `host<TAB>imitates<TAB>YYYY-MM-DD<TAB>source`, one a line; blank lines and `#` comments
/// skipped. The error is the 1-based line that is not in that form.
pub fn parse_reported_fakes(text: &str) -> Result<Vec<ReportedFake>, Option<usize>> {
    let mut out = Vec::new();
    for (i, line) in text.lines().enumerate() {
        let line = line.trim_end_matches('\r');
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let fields: Vec<&str> = line.split('\t').map(str::trim).collect();
        let [host, imitates, date, source] = fields[..] else {
            return Err(Some(i + 1));
        };
        let host = host.to_ascii_lowercase();
        if !is_host_name(&host)
            || imitates.is_empty()
            || source.is_empty()
            || crate::profile::parse_iso_date(date).is_none()
            || [imitates, source].iter().any(|f| has_controls(f))
        {
            return Err(Some(i + 1));
        }
        out.push(ReportedFake {
            host,
            imitates: imitates.to_owned(),
            date: date.to_owned(),
            source: source.to_owned(),
        });
    }
    Ok(out)
}

/// One host a line (`#` comments and blank lines skipped), as a profile's `official_hosts`.
pub fn parse_official_hosts(text: &str) -> Result<Vec<String>, Option<usize>> {
    let mut out = Vec::new();
    for (i, line) in text.lines().enumerate() {
        let host = line.trim();
        if host.is_empty() || host.starts_with('#') {
            continue;
        }
        let host = host.to_ascii_lowercase();
        if !is_host_name(&host) {
            return Err(Some(i + 1));
        }
        out.push(host);
    }
    Ok(out)
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Families {
    #[serde(default)]
    family: Vec<Family>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Family {
    name: String,
    aliases: Vec<String>,
    source: String,
}

/// The same format as `crates/core/data/stealer-families.toml`.
pub fn parse_stealer_families(text: &str) -> Result<Vec<StealerFamily>, Option<usize>> {
    let parsed: Families = toml::from_str(text).map_err(|e| {
        e.span()
            .map(|s| text[..s.start.min(text.len())].lines().count().max(1))
    })?;
    let families: Vec<StealerFamily> = parsed
        .family
        .into_iter()
        .map(|f| StealerFamily {
            name: f.name,
            aliases: f.aliases,
            source: f.source,
        })
        .collect();
    if families.iter().any(|f| {
        f.name.trim().is_empty()
            || f.source.trim().is_empty()
            || has_controls(&f.name)
            || has_controls(&f.source)
            || f.aliases
                .iter()
                .any(|a| a.trim().is_empty() || has_controls(a))
    }) {
        return Err(None);
    }
    Ok(families)
}

/// Terminal controls, bidi overrides and invisible characters, refused in lists as in profiles.
fn has_controls(s: &str) -> bool {
    s.chars().any(crate::controls::is_terminal_unsafe)
}
