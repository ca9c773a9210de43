//! Which profiles a Chromium user-data dir holds (reference C2, gotcha 10): the union of the
//! `Local State` `profile.info_cache` keys, sub-folders holding `Preferences`, folders named
//! `Default` or `Profile *`, and the user-data dir itself for the flat layout of older Opera.
//! Infostealers take every one of them, so every one is checked.

use std::collections::BTreeMap;
use std::ffi::OsString;
use std::path::{Path, PathBuf};

use serde::Deserialize;
use serde::de::IgnoredAny;

use super::super::MachinePath;
use crate::outside::{self, Deadline, ParseError, ReadError, cap};

/// Folders in a user-data dir that look like profiles but hold no user's saved passwords.
const NOT_PROFILES: &[&str] = &["System Profile", "Guest Profile", "Snapshots"];

/// The file Chromium keeps per profile and at the top of a flat layout.
pub const PREFERENCES: &str = "Preferences";
pub const LOCAL_STATE: &str = "Local State";

/// What `Local State` tells about profiles. Only the keys of `profile.info_cache` are kept:
/// the file also holds the wrapped encryption keys (`os_crypt.*`), which are skipped unread
/// into anything (gotcha 20).
#[derive(Debug, Default, PartialEq, Eq)]
pub struct LocalState {
    pub profiles: Vec<String>,
}

#[derive(Deserialize)]
struct RawLocalState {
    #[serde(default)]
    profile: Option<RawProfileSection>,
}

#[derive(Deserialize)]
struct RawProfileSection {
    #[serde(default)]
    info_cache: Option<BTreeMap<String, IgnoredAny>>,
}

/// Parses `Local State` (JSON; dotted pref names are nested objects).
pub fn parse_local_state(bytes: &[u8]) -> Result<LocalState, ParseError> {
    let raw: RawLocalState = serde_json::from_slice(bytes).map_err(|e| ParseError::json(&e))?;
    Ok(LocalState {
        profiles: raw
            .profile
            .and_then(|p| p.info_cache)
            .map(|m| m.into_keys().collect())
            .unwrap_or_default(),
    })
}

/// One profile folder found in a user-data dir.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ProfileDir {
    /// The folder's name (lossy for names that are not UTF-8); for the flat layout, the
    /// user-data dir's own name.
    pub name: String,
    pub machine: MachinePath,
    /// Where this process reads it (keeps non-UTF-8 names exact).
    pub local: PathBuf,
}

/// The profiles of the user-data dir `machine` (readable at `local`). `Ok(empty)` when the
/// folder does not exist; `Err` when it exists but cannot be listed (or holds more entries than
/// a browser makes, [`cap::ENTRIES`]).
pub fn chromium_profiles(
    machine: &MachinePath,
    local: &Path,
    deadline: &Deadline,
) -> Result<Vec<ProfileDir>, ReadError> {
    let entries = match outside::list_dir(local, cap::ENTRIES, deadline) {
        Ok(entries) => entries,
        Err(e) if e.is_not_found() => return Ok(Vec::new()),
        Err(e) => return Err(e),
    };
    let mut names: Vec<OsString> = Vec::new();
    for entry in entries {
        let name = entry.name;
        let text = name.to_string_lossy();
        if NOT_PROFILES.contains(&text.as_ref()) {
            continue;
        }
        let path = entry.path;
        let by_name = text == "Default" || text.starts_with("Profile ");
        // A symlink loop or an unreadable folder named like a profile stays in: reading it
        // will say why it could not be checked, rather than it silently disappearing.
        let is_dir = std::fs::metadata(&path).map(|m| m.is_dir());
        let keep = match is_dir {
            Ok(true) => by_name || exists(&path.join(PREFERENCES)),
            Ok(false) => false,
            Err(_) => by_name,
        };
        if keep {
            names.push(name);
        }
    }
    // Profiles `Local State` knows whose folder exists but was not picked up above (a renamed
    // folder without `Preferences` yet).
    // A set, so 20,000 folders and as many `Local State` names cost no more than their count.
    if let Ok(bytes) = outside::read_by(&local.join(LOCAL_STATE), cap::SMALL, deadline)
        && let Ok(state) = parse_local_state(&bytes)
    {
        let mut known: std::collections::HashSet<OsString> = names.iter().cloned().collect();
        for name in state.profiles {
            let os_name = OsString::from(&name);
            if !NOT_PROFILES.contains(&name.as_str())
                && !known.contains(&os_name)
                && is_plain_name(&name)
                && local.join(&name).is_dir()
            {
                known.insert(os_name.clone());
                names.push(os_name);
            }
        }
    }
    names.sort_by_key(|n| sort_key(&n.to_string_lossy()));
    let mut out: Vec<ProfileDir> = names
        .into_iter()
        .map(|name| {
            let text = name.to_string_lossy().into_owned();
            ProfileDir {
                machine: machine.join(&text),
                local: local.join(&name),
                name: text,
            }
        })
        .collect();
    // Flat layout: the profile's files sit in the user-data dir itself.
    if exists(&local.join("Login Data")) || exists(&local.join(PREFERENCES)) {
        out.insert(
            0,
            ProfileDir {
                name: machine.file_name().unwrap_or_default().to_owned(),
                machine: machine.clone(),
                local: local.to_path_buf(),
            },
        );
    }
    Ok(out)
}

/// `Default` first, then `Profile 1`, `Profile 2`, … `Profile 10` in number order, then the rest.
fn sort_key(name: &str) -> (u8, u64, String) {
    if name == "Default" {
        return (0, 0, String::new());
    }
    match name.strip_prefix("Profile ").and_then(|n| n.parse().ok()) {
        Some(n) => (1, n, String::new()),
        None => (2, 0, name.to_owned()),
    }
}

/// A profile name from `Local State` must be one folder name, not a path out of the dir.
fn is_plain_name(name: &str) -> bool {
    !name.is_empty() && name != "." && name != ".." && !name.contains(['/', '\\'])
}

/// Exists as anything, even a dangling or looping symlink.
pub fn exists(path: &Path) -> bool {
    std::fs::symlink_metadata(path).is_ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checks::OsKind;

    #[test]
    fn local_state_gives_the_info_cache_keys_and_nothing_of_the_keys() {
        let state = parse_local_state(
            br#"{"os_crypt":{"encrypted_key":"RFBBUEk=","app_bound_encrypted_key":"QVBQQg=="},
                "profile":{"info_cache":{"Default":{"name":"Lan"},"Profile 3":{}},"last_used":"Default"}}"#,
        )
        .unwrap();
        assert_eq!(state.profiles, ["Default", "Profile 3"]);
        assert_eq!(parse_local_state(b"{}").unwrap(), LocalState::default());
        assert!(parse_local_state(b"{\"profile\":{\"info_cache\":[]}}").is_err());
        assert!(parse_local_state(b"\xff").is_err());
    }

    #[test]
    fn profiles_are_the_union_of_names_preferences_and_local_state() {
        let dir = tempfile::tempdir().unwrap();
        let udd = dir.path();
        for d in [
            "Default",
            "Profile 10",
            "Profile 2",
            "Work",
            "Listed",
            "System Profile",
            "Guest Profile",
            "Snapshots",
            "Crashpad",
        ] {
            std::fs::create_dir(udd.join(d)).unwrap();
        }
        std::fs::write(udd.join("Work/Preferences"), "{}").unwrap();
        std::fs::write(udd.join("Guest Profile/Preferences"), "{}").unwrap();
        std::fs::write(
            udd.join(LOCAL_STATE),
            r#"{"profile":{"info_cache":{"Listed":{},"Gone":{},"../../etc":{}}}}"#,
        )
        .unwrap();
        let machine = MachinePath::parse(OsKind::Linux, "/home/lan/.config/google-chrome").unwrap();
        let found =
            chromium_profiles(&machine, udd, &Deadline::after(outside::DEFAULT_BUDGET)).unwrap();
        let names: Vec<_> = found.iter().map(|p| p.name.as_str()).collect();
        assert_eq!(
            names,
            ["Default", "Profile 2", "Profile 10", "Listed", "Work"]
        );
        assert_eq!(
            found[0].machine.to_string(),
            "/home/lan/.config/google-chrome/Default"
        );
    }

    #[test]
    fn a_flat_layout_is_the_user_data_dir_itself() {
        let dir = tempfile::tempdir().unwrap();
        let udd = dir.path().join("Opera Stable");
        std::fs::create_dir(&udd).unwrap();
        std::fs::write(udd.join("Login Data"), "").unwrap();
        let machine = MachinePath::parse(
            OsKind::Windows,
            r"C:\Users\lan\AppData\Roaming\Opera Software\Opera Stable",
        )
        .unwrap();
        let found =
            chromium_profiles(&machine, &udd, &Deadline::after(outside::DEFAULT_BUDGET)).unwrap();
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].name, "Opera Stable");
        assert_eq!(found[0].local, udd);
    }

    #[test]
    fn a_missing_user_data_dir_has_no_profiles() {
        let machine = MachinePath::parse(OsKind::Linux, "/nope").unwrap();
        assert!(
            chromium_profiles(
                &machine,
                Path::new("/nonexistent/tukiem"),
                &Deadline::after(outside::DEFAULT_BUDGET)
            )
            .unwrap()
            .is_empty()
        );
    }
}
