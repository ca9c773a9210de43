//! Firefox: profiles from `profiles.ini`, saved logins from each profile's `logins.json`
//! (reference C7).
//!
//! Primary Password: deliberately NOT tested. The only offline test is to decrypt the
//! `password-check` constant in `key4.db` with an empty password (reference C7, gotcha 17).
//! It decrypts no user secret, but it is byte for byte the first step of an infostealer
//! (LaZagne, firepwd), so antivirus/EDR may rightly flag this app for it, and it would make
//! the app hold key-derivation code that has no place in a tool that promises never to touch
//! keys. The finding says the status was not checked and advises setting one.

use serde::Deserialize;
use serde::de::{DeserializeSeed, IgnoredAny, MapAccess, SeqAccess, Visitor};

use super::gov;
use super::sites::KnownSites;
use super::tally::{Protection, Sites, StoreCount};
use crate::outside::{ParseError, ParseErrorKind};

pub const PROFILES_INI: &str = "profiles.ini";
pub const LOGINS_JSON: &str = "logins.json";

/// The entry Firefox keeps for the Firefox Account (sync) itself: not a website login.
const FXA_HOST: &str = "chrome://FirefoxAccounts";

/// A `[Profile*]` section of `profiles.ini`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct IniProfile {
    pub name: Option<String>,
    /// As written: relative paths use `/`, absolute ones the OS's own separators.
    pub path: String,
    pub is_relative: bool,
}

/// Parses `profiles.ini`: every `[Profile…]` section with a `Path`; `[General]`,
/// `[Install…]` and `[BackgroundTasksProfiles]` are ignored. Backslashes are kept as they are
/// (absolute Windows paths), quotes are not special.
pub fn parse_profiles_ini(text: &str) -> Result<Vec<IniProfile>, ParseError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let ini = ini::Ini::load_from_str_opt(
        text,
        ini::ParseOption {
            enabled_quote: false,
            enabled_escape: false,
            ..ini::ParseOption::default()
        },
    )
    // The ini crate's message quotes the line; only its place is kept.
    .map_err(|e| ParseError {
        format: "ini",
        kind: ParseErrorKind::Syntax,
        line: e.line,
        column: e.col,
    })?;
    Ok(ini
        .iter()
        .filter(|(section, _)| section.is_some_and(|s| s.starts_with("Profile")))
        .filter_map(|(_, props)| {
            let path = props.get("Path")?.trim();
            (!path.is_empty()).then(|| IniProfile {
                name: props.get("Name").map(str::to_owned),
                path: path.to_owned(),
                // Firefox treats a missing IsRelative as relative.
                is_relative: props.get("IsRelative").is_none_or(|v| v.trim() != "0"),
            })
        })
        .collect())
}

/// Counts the saved logins in `logins.json`, weighing their sites against `sites`: tombstones
/// (`deleted: true`) and the Firefox Account entry are not logins. Only `hostname` and
/// `deleted` are read; the encrypted username and password are skipped without being kept.
/// Errors keep the place and kind only: serde_json's own message would quote the entry it
/// choked on, and in this file that is a username or a password.
pub fn parse_logins_json(bytes: &[u8], sites: &KnownSites) -> Result<StoreCount, ParseError> {
    let mut de = serde_json::Deserializer::from_slice(bytes);
    let count = LoginsFile(sites)
        .deserialize(&mut de)
        .and_then(|count| de.end().map(|()| count))
        .map_err(|e| ParseError::json(&e))?;
    Ok(count)
}

#[derive(Deserialize)]
struct RawLogin {
    #[serde(default)]
    hostname: Option<String>,
    #[serde(default)]
    deleted: Option<serde_json::Value>,
    // Everything else (`encryptedUsername`, `encryptedPassword`, …) is ignored by serde.
}

/// The file: an object whose `logins` array is counted; every other key is skipped unread.
struct LoginsFile<'k>(&'k KnownSites);

impl<'de> DeserializeSeed<'de> for LoginsFile<'_> {
    type Value = StoreCount;

    fn deserialize<D: serde::Deserializer<'de>>(self, d: D) -> Result<StoreCount, D::Error> {
        d.deserialize_map(self)
    }
}

impl<'de> Visitor<'de> for LoginsFile<'_> {
    type Value = StoreCount;

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("a logins.json object")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<StoreCount, A::Error> {
        let mut count = StoreCount::default();
        while let Some(key) = map.next_key::<std::borrow::Cow<'de, str>>()? {
            if key == "logins" {
                count = map.next_value_seed(LoginsArray(self.0))?;
            } else {
                map.next_value::<IgnoredAny>()?;
            }
        }
        Ok(count)
    }
}

/// The `logins` array folded into a count as it is read, so a big file is never held as a
/// list of entries. `null` is no logins.
struct LoginsArray<'k>(&'k KnownSites);

impl<'de> DeserializeSeed<'de> for LoginsArray<'_> {
    type Value = StoreCount;

    fn deserialize<D: serde::Deserializer<'de>>(self, d: D) -> Result<StoreCount, D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for LoginsArray<'_> {
    type Value = StoreCount;

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("an array of logins")
    }

    fn visit_unit<E>(self) -> Result<StoreCount, E> {
        Ok(StoreCount::default())
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<StoreCount, A::Error> {
        let mut count = StoreCount::default();
        let mut lookalikes = Sites::new(self.0);
        while let Some(login) = seq.next_element::<Option<RawLogin>>()? {
            let Some(login) = login else { continue };
            if login.deleted.as_ref().is_some_and(is_truthy) {
                continue;
            }
            let host = login.hostname.unwrap_or_default();
            if host == FXA_HOST {
                continue;
            }
            let gov_host = gov::gov_host(&host);
            if gov_host.is_none() {
                count.add_lookalike(lookalikes.of_saved_login(&host));
            }
            count.add(gov_host, Protection::FirefoxUnknownPrimary);
        }
        Ok(count)
    }
}

fn is_truthy(value: &serde_json::Value) -> bool {
    !matches!(
        value,
        serde_json::Value::Bool(false) | serde_json::Value::Null
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn profiles_ini_lists_profile_sections_only() {
        let text = "\u{feff}[General]\nStartWithLastProfile=1\nVersion=2\n\n\
            [Profile1]\nName=work\nIsRelative=0\nPath=C:\\Users\\lan\\FF\\work\n\n\
            [Profile0]\nName=default-release\nIsRelative=1\nPath=Profiles/abcd.default-release\nDefault=1\n\n\
            [Install308046B0AF4A39CB]\nDefault=Profiles/abcd.default-release\nLocked=1\n\n\
            [BackgroundTasksProfiles]\nMozillaBackgroundTask-308046B0AF4A39CB-backgroundupdate=x.y\n\n\
            [Profile2]\nName=nopath\n";
        let profiles = parse_profiles_ini(text).unwrap();
        assert_eq!(
            profiles,
            [
                IniProfile {
                    name: Some("work".into()),
                    path: r"C:\Users\lan\FF\work".into(),
                    is_relative: false
                },
                IniProfile {
                    name: Some("default-release".into()),
                    path: "Profiles/abcd.default-release".into(),
                    is_relative: true
                },
            ]
        );
    }

    #[test]
    fn logins_json_skips_tombstones_and_the_firefox_account() {
        let json = br#"{"nextId":5,"logins":[
            {"id":1,"hostname":"https://dichvucong.gov.vn","encryptedUsername":"MDIE","encryptedPassword":"MDIE","deleted":false},
            {"id":2,"hostname":"https://example.com","encryptedUsername":"MDIE","encryptedPassword":"MDIE"},
            {"id":3,"hostname":"https://mail.gov.vn","deleted":true},
            {"id":4,"hostname":"chrome://FirefoxAccounts","httpRealm":"Firefox Accounts credentials","encryptedPassword":"MDIE"},
            null
        ],"potentiallyVulnerablePasswords":[],"dismissedBreachAlertsByLoginGUID":{},"version":3}"#;
        let count = parse_logins_json(json, &KnownSites::default()).unwrap();
        assert_eq!(count.saved, 2);
        assert_eq!(count.gov, 1);
        assert_eq!(
            count.gov_hosts.iter().collect::<Vec<_>>(),
            ["dichvucong.gov.vn"]
        );
        assert_eq!(count.protection, Some(Protection::FirefoxUnknownPrimary));
    }

    #[test]
    fn odd_logins_json_files_are_errors_or_empty_never_panics() {
        assert_eq!(
            parse_logins_json(b"{}", &KnownSites::default())
                .unwrap()
                .saved,
            0
        );
        assert_eq!(
            parse_logins_json(b"{\"logins\":null}", &KnownSites::default())
                .unwrap()
                .saved,
            0
        );
        assert_eq!(
            parse_logins_json(b"{\"logins\":[]}", &KnownSites::default())
                .unwrap()
                .saved,
            0
        );
        assert!(parse_logins_json(b"", &KnownSites::default()).is_err());
        assert!(parse_logins_json(b"{\"logins\":{}}", &KnownSites::default()).is_err());
        assert!(
            parse_logins_json(b"{\"logins\":[{\"hostname\":5}]}", &KnownSites::default()).is_err()
        );
        assert!(parse_logins_json(b"{\"logins\":[", &KnownSites::default()).is_err());
    }

    #[test]
    fn a_logins_json_error_quotes_nothing_of_the_file() {
        let json = br#"{"logins":["lan.nguyen@namdinh.gov.vn CANARY-PASS-1","hunter2-CANARY"]}"#;
        let e = parse_logins_json(json, &KnownSites::default()).unwrap_err();
        assert_eq!(e.line, 1);
        assert!(!format!("{e} {e:?}").contains("CANARY"));
    }
}
