//! Does the browser still offer to save passwords? (Reference C5, gotcha 12.) Turning it off
//! neither deletes nor stops filling saved passwords, so this never changes a count; it only
//! decides whether "turn off offer-to-save" is part of the advice.
//!
//! Sources, strongest first: a mandatory policy (Windows registry, Linux policy JSON,
//! Firefox `policies.json`), the profile's own setting (`credentials_enable_service` /
//! legacy `profile.password_manager_enabled`; Firefox `signon.rememberSignons`), a
//! recommended policy, then the browser's default (on).

use std::collections::BTreeMap;

use serde::Deserialize;

use super::super::facts::{Hive, RegData};
use super::super::{Env, MachinePath};
use super::catalog::BrowserId;
use crate::outside::{self, Deadline, ParseError, cap};

const PASSWORD_MANAGER_ENABLED: &str = "PasswordManagerEnabled";
const OFFER_TO_SAVE_LOGINS: &str = "OfferToSaveLogins";

/// A policy as far as this check cares.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Policy {
    /// Set by an administrator; the user cannot change it.
    pub mandatory: Option<bool>,
    /// A default the user may override.
    pub recommended: Option<bool>,
}

impl Policy {
    /// `false` anywhere wins (an administrator turning saving off is what matters), then `true`.
    fn combine(values: impl IntoIterator<Item = Option<bool>>) -> Option<bool> {
        let mut out = None;
        for v in values.into_iter().flatten() {
            if !v {
                return Some(false);
            }
            out = Some(true);
        }
        out
    }

    fn merge(self, other: Policy) -> Policy {
        Policy {
            mandatory: Policy::combine([self.mandatory, other.mandatory]),
            recommended: Policy::combine([self.recommended, other.recommended]),
        }
    }
}

/// Whether policies could be read at all.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PolicyLookup {
    Known(Policy),
    /// The registry command failed or this OS's policy store is not read (macOS plists): the
    /// profile's own setting still decides, and the report says policies were not checked.
    Unknown,
}

/// Whether saving is offered, from what is known. `user` is the profile's explicit setting.
pub fn saving_offered(policy: PolicyLookup, user: Option<bool>) -> bool {
    match policy {
        PolicyLookup::Known(p) => p.mandatory.or(user).or(p.recommended).unwrap_or(true),
        PolicyLookup::Unknown => user.unwrap_or(true),
    }
}

// ---- Chromium profile `Preferences` -------------------------------------------------------

/// The saving switch of one Chromium profile.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ChromiumPrefs {
    /// `credentials_enable_service` when the user set it.
    pub credentials_enable_service: Option<bool>,
    /// Legacy `profile.password_manager_enabled`, still written by automation configs.
    pub legacy_password_manager_enabled: Option<bool>,
}

impl ChromiumPrefs {
    /// The user's explicit choice, if any; the current key wins over the legacy one.
    pub fn user_setting(self) -> Option<bool> {
        self.credentials_enable_service
            .or(self.legacy_password_manager_enabled)
    }
}

#[derive(Deserialize)]
struct RawPrefs {
    #[serde(default)]
    credentials_enable_service: Option<serde_json::Value>,
    #[serde(default)]
    profile: Option<RawPrefsProfile>,
}

#[derive(Deserialize)]
struct RawPrefsProfile {
    #[serde(default)]
    password_manager_enabled: Option<serde_json::Value>,
}

/// Parses a profile's `Preferences` (JSON; dotted names are nested objects). Values that are
/// not booleans are treated as unset.
pub fn parse_chromium_preferences(bytes: &[u8]) -> Result<ChromiumPrefs, ParseError> {
    let raw: RawPrefs = serde_json::from_slice(bytes).map_err(|e| ParseError::json(&e))?;
    Ok(ChromiumPrefs {
        credentials_enable_service: raw.credentials_enable_service.and_then(|v| v.as_bool()),
        legacy_password_manager_enabled: raw
            .profile
            .and_then(|p| p.password_manager_enabled)
            .and_then(|v| v.as_bool()),
    })
}

/// `PasswordManagerEnabled` in one Chromium policy JSON file (Linux
/// `/etc/opt/chrome/policies/{managed,recommended}/*.json`).
pub fn parse_chromium_policy_json(bytes: &[u8]) -> Result<Option<bool>, ParseError> {
    let map: BTreeMap<String, serde_json::Value> =
        serde_json::from_slice(bytes).map_err(|e| ParseError::json(&e))?;
    Ok(map.get(PASSWORD_MANAGER_ENABLED).and_then(policy_bool))
}

/// Folders of Linux policy JSON per browser (mandatory, recommended). Chrome's is documented;
/// Chromium's differs between upstream and distributions, so both are read.
fn linux_policy_dirs(browser: BrowserId) -> &'static [&'static str] {
    match browser {
        BrowserId::Chrome => &["/etc/opt/chrome/policies"],
        BrowserId::Chromium => &["/etc/chromium/policies", "/etc/chromium-browser/policies"],
        BrowserId::Edge => &["/etc/opt/edge/policies"],
        BrowserId::Brave => &["/etc/brave/policies"],
        // Vivaldi reads Chromium's policy names from its own folder (unverified).
        BrowserId::Vivaldi => &["/etc/opt/vivaldi/policies"],
        BrowserId::CocCoc | BrowserId::Opera | BrowserId::Yandex | BrowserId::Firefox => &[],
    }
}

/// Reads the Linux policy folders of a Chromium browser. A folder that cannot be listed for a
/// reason other than not existing makes the answer unknown.
pub fn linux_chromium_policy(env: &dyn Env, browser: BrowserId) -> PolicyLookup {
    let deadline = Deadline::after(outside::DEFAULT_BUDGET);
    let mut policy = Policy::default();
    for dir in linux_policy_dirs(browser) {
        for (kind, mandatory) in [("managed", true), ("recommended", false)] {
            let Some(folder) = MachinePath::parse(env.os(), dir).map(|d| d.join(kind)) else {
                continue;
            };
            let entries = match outside::list_dir(&env.local(&folder), cap::ENTRIES, &deadline) {
                Ok(entries) => entries,
                Err(e) if e.is_not_found() => continue,
                Err(_) => return PolicyLookup::Unknown,
            };
            let files = entries
                .into_iter()
                .map(|e| e.path)
                .filter(|p| p.extension().is_some_and(|x| x == "json"));
            for file in files {
                let value = match outside::read_by(&file, cap::SMALL, &deadline) {
                    Ok(bytes) => parse_chromium_policy_json(&bytes).ok().flatten(),
                    Err(_) => return PolicyLookup::Unknown,
                };
                let found = if mandatory {
                    Policy {
                        mandatory: value,
                        recommended: None,
                    }
                } else {
                    Policy {
                        mandatory: None,
                        recommended: value,
                    }
                };
                policy = policy.merge(found);
            }
        }
    }
    PolicyLookup::Known(policy)
}

// ---- Firefox -----------------------------------------------------------------------------

/// `signon.rememberSignons` from `prefs.js` or `user.js` (`user_pref("name", value);` lines);
/// the last assignment wins, as when Firefox reads the file.
pub fn parse_prefs_js(text: &str) -> Option<bool> {
    let mut out = None;
    for line in text.lines() {
        let line = line.trim_start();
        let Some(rest) = line
            .strip_prefix("user_pref")
            .or_else(|| line.strip_prefix("pref"))
        else {
            continue;
        };
        let Some(rest) = rest.trim_start().strip_prefix('(') else {
            continue;
        };
        let rest = rest.trim_start();
        let Some(quote) = rest.chars().next().filter(|c| *c == '"' || *c == '\'') else {
            continue;
        };
        let Some(end) = rest[1..].find(quote) else {
            continue;
        };
        if &rest[1..1 + end] != "signon.rememberSignons" {
            continue;
        }
        let Some(value) = rest[1 + end + 1..].trim_start().strip_prefix(',') else {
            continue;
        };
        let value = value.trim_start();
        if value.starts_with("true") {
            out = Some(true);
        } else if value.starts_with("false") {
            out = Some(false);
        }
    }
    out
}

#[derive(Deserialize)]
struct RawFirefoxPolicies {
    #[serde(default)]
    policies: BTreeMap<String, serde_json::Value>,
}

/// Firefox `policies.json`: `PasswordManagerEnabled: false` turns the password manager off,
/// `OfferToSaveLogins` sets and locks `signon.rememberSignons`.
pub fn parse_firefox_policies(bytes: &[u8]) -> Result<Option<bool>, ParseError> {
    let raw: RawFirefoxPolicies =
        serde_json::from_slice(bytes).map_err(|e| ParseError::json(&e))?;
    Ok(firefox_policy_value(
        raw.policies
            .get(PASSWORD_MANAGER_ENABLED)
            .and_then(policy_bool),
        raw.policies.get(OFFER_TO_SAVE_LOGINS).and_then(policy_bool),
    ))
}

fn firefox_policy_value(manager: Option<bool>, offer: Option<bool>) -> Option<bool> {
    match (manager, offer) {
        (Some(false), _) => Some(false),
        (_, Some(offer)) => Some(offer),
        (manager, None) => manager,
    }
}

/// Where `policies.json` can be on this OS (the install's `distribution` folder, and
/// `/etc/firefox/policies` on Linux, which snap Firefox reads too).
pub fn firefox_policy_files(env: &dyn Env) -> Vec<MachinePath> {
    let os = env.os();
    let fixed = |p: &str| MachinePath::parse(os, p);
    match os {
        super::super::OsKind::Windows => ["ProgramFiles", "ProgramFiles(x86)"]
            .iter()
            .filter_map(|v| env.path_var(v))
            .map(|p| p.join("Mozilla Firefox/distribution/policies.json"))
            .collect(),
        super::super::OsKind::Linux => [
            "/etc/firefox/policies/policies.json",
            "/usr/lib/firefox/distribution/policies.json",
            "/usr/lib64/firefox/distribution/policies.json",
            "/usr/lib/firefox-esr/distribution/policies.json",
            "/opt/firefox/distribution/policies.json",
        ]
        .iter()
        .filter_map(|p| fixed(p))
        .collect(),
        super::super::OsKind::MacOs => {
            fixed("/Applications/Firefox.app/Contents/Resources/distribution/policies.json")
                .into_iter()
                .collect()
        }
    }
}

/// Firefox's policy files: `Unknown` when one exists but cannot be read or parsed.
pub fn firefox_file_policy(env: &dyn Env) -> PolicyLookup {
    let deadline = Deadline::after(outside::DEFAULT_BUDGET);
    let mut values = Vec::new();
    for path in firefox_policy_files(env) {
        match outside::read_by(&env.local(&path), cap::SMALL, &deadline) {
            Ok(bytes) => match parse_firefox_policies(&bytes) {
                Ok(value) => values.push(value),
                Err(_) => return PolicyLookup::Unknown,
            },
            Err(e) if e.is_not_found() => {}
            Err(_) => return PolicyLookup::Unknown,
        }
    }
    PolicyLookup::Known(Policy {
        mandatory: Policy::combine(values),
        recommended: None,
    })
}

/// Two policy sources for one browser (Firefox: files and registry) as one answer: an "off"
/// from either is enough to know; otherwise both must be known.
pub fn merge_lookups(a: PolicyLookup, b: PolicyLookup) -> PolicyLookup {
    match (a, b) {
        (PolicyLookup::Known(a), PolicyLookup::Known(b)) => PolicyLookup::Known(a.merge(b)),
        (PolicyLookup::Known(p), PolicyLookup::Unknown)
        | (PolicyLookup::Unknown, PolicyLookup::Known(p))
            if p.mandatory == Some(false) =>
        {
            PolicyLookup::Known(Policy {
                mandatory: Some(false),
                recommended: None,
            })
        }
        _ => PolicyLookup::Unknown,
    }
}

// ---- Windows registry ----------------------------------------------------------------------

/// Registry keys under `SOFTWARE\Policies` per browser. Chrome, Edge, Brave, Chromium and
/// Firefox are documented; Vivaldi's and Cốc Cốc's are unverified guesses (reading a key that
/// does not exist is harmless). Opera and Yandex have none we know.
fn registry_keys(browser: BrowserId) -> &'static [&'static str] {
    match browser {
        BrowserId::Chrome => &["Google\\Chrome"],
        BrowserId::Edge => &["Microsoft\\Edge"],
        BrowserId::Brave => &["BraveSoftware\\Brave"],
        BrowserId::Chromium => &["Chromium"],
        BrowserId::Vivaldi => &["Vivaldi"],
        BrowserId::CocCoc => &["CocCoc\\Browser"],
        BrowserId::Firefox => &["Mozilla\\Firefox"],
        BrowserId::Opera | BrowserId::Yandex => &[],
    }
}

/// The registry values of every browser's password-saving policies, HKLM and HKCU, mandatory
/// and `\Recommended`, read through the registry reader (`Env::registry`).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct WindowsPolicies {
    keys: BTreeMap<String, BTreeMap<String, serde_json::Value>>,
}

/// Reads the policy keys; `None` when one of them could not be read (access denied, timed
/// out): the profile's own setting then decides and the report says policies were not checked.
pub fn read_windows_policies(env: &dyn Env) -> Option<WindowsPolicies> {
    let mut out = WindowsPolicies::default();
    for browser in BrowserId::ALL {
        for key in registry_keys(browser) {
            for hive in [Hive::LocalMachine, Hive::CurrentUser] {
                for sub in ["", "\\Recommended"] {
                    let rel = format!("SOFTWARE\\Policies\\{key}{sub}");
                    let Some(values) = env.registry(hive, &rel).ok()? else {
                        continue;
                    };
                    let wanted: BTreeMap<String, serde_json::Value> = values
                        .0
                        .iter()
                        .filter(|(n, _)| {
                            n.eq_ignore_ascii_case(PASSWORD_MANAGER_ENABLED)
                                || n.eq_ignore_ascii_case(OFFER_TO_SAVE_LOGINS)
                        })
                        .filter_map(|(n, d)| reg_json(d).map(|v| (n.clone(), v)))
                        .collect();
                    if !wanted.is_empty() {
                        out.keys.insert(
                            format!("{}\\{rel}", hive.code()).to_ascii_uppercase(),
                            wanted,
                        );
                    }
                }
            }
        }
    }
    Some(out)
}

fn reg_json(data: &RegData) -> Option<serde_json::Value> {
    match data {
        RegData::Number(n) => Some((*n).into()),
        RegData::Text(s) => Some(s.clone().into()),
        RegData::List(_) | RegData::Other => None,
    }
}

/// Parses a JSON object of registry values keyed by full key path then value name (the
/// shape `WindowsPolicies` keeps; used by the fuzz target and tests).
pub fn parse_windows_policies(text: &str) -> Result<WindowsPolicies, serde_json::Error> {
    let text = text.trim_start_matches('\u{feff}').trim();
    if text.is_empty() {
        return Ok(WindowsPolicies::default());
    }
    let raw: BTreeMap<String, BTreeMap<String, serde_json::Value>> = serde_json::from_str(text)?;
    // Registry paths are case-insensitive.
    let keys = raw
        .into_iter()
        .map(|(k, v)| (k.to_ascii_uppercase(), v))
        .collect();
    Ok(WindowsPolicies { keys })
}

impl WindowsPolicies {
    fn value(&self, hive: &str, key: &str, recommended: bool, name: &str) -> Option<bool> {
        let mut path = format!("{hive}\\SOFTWARE\\Policies\\{key}");
        if recommended {
            path.push_str("\\Recommended");
        }
        self.keys
            .get(&path.to_ascii_uppercase())?
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .and_then(|(_, v)| policy_bool(v))
    }

    /// A browser's saving policy: HKLM wins over HKCU, as in Chromium's policy loader.
    pub fn policy(&self, browser: BrowserId) -> Policy {
        let lookup = |recommended: bool| -> Option<bool> {
            registry_keys(browser).iter().find_map(|key| {
                ["HKLM", "HKCU"].iter().find_map(|hive| {
                    let manager = self.value(hive, key, recommended, PASSWORD_MANAGER_ENABLED);
                    if browser == BrowserId::Firefox {
                        let offer = self.value(hive, key, recommended, OFFER_TO_SAVE_LOGINS);
                        firefox_policy_value(manager, offer)
                    } else {
                        manager
                    }
                })
            })
        };
        Policy {
            mandatory: lookup(false),
            recommended: lookup(true),
        }
    }
}

/// A policy value as a boolean: JSON `true`/`false`, `0`/`1`, or those as strings (registry
/// values may be written as strings).
fn policy_bool(value: &serde_json::Value) -> Option<bool> {
    match value {
        serde_json::Value::Bool(b) => Some(*b),
        serde_json::Value::Number(n) => n.as_i64().map(|n| n != 0),
        serde_json::Value::String(s) => match s.trim().to_ascii_lowercase().as_str() {
            "1" | "true" => Some(true),
            "0" | "false" => Some(false),
            _ => None,
        },
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checks::OsKind;
    use crate::checks::scenario::ScenarioEnv;

    #[test]
    fn chromium_preferences_read_the_current_and_the_legacy_switch() {
        let p = parse_chromium_preferences(
            br#"{"credentials_enable_service":false,"profile":{"password_manager_enabled":true,"name":"x"}}"#,
        )
        .unwrap();
        assert_eq!(p.user_setting(), Some(false));
        let legacy =
            parse_chromium_preferences(br#"{"profile":{"password_manager_enabled":false}}"#)
                .unwrap();
        assert_eq!(legacy.user_setting(), Some(false));
        assert_eq!(
            parse_chromium_preferences(b"{}").unwrap().user_setting(),
            None
        );
        let odd = parse_chromium_preferences(br#"{"credentials_enable_service":"no"}"#).unwrap();
        assert_eq!(odd.user_setting(), None);
        assert!(parse_chromium_preferences(b"[").is_err());
    }

    #[test]
    fn a_mandatory_policy_beats_the_user_and_a_recommended_one_does_not() {
        let off = Policy {
            mandatory: Some(false),
            recommended: None,
        };
        assert!(!saving_offered(PolicyLookup::Known(off), Some(true)));
        let rec_off = Policy {
            mandatory: None,
            recommended: Some(false),
        };
        assert!(saving_offered(PolicyLookup::Known(rec_off), Some(true)));
        assert!(!saving_offered(PolicyLookup::Known(rec_off), None));
        assert!(saving_offered(PolicyLookup::Known(Policy::default()), None));
        assert!(!saving_offered(PolicyLookup::Unknown, Some(false)));
        assert!(saving_offered(PolicyLookup::Unknown, None));
    }

    #[test]
    fn an_off_from_one_policy_source_is_known_even_if_the_other_is_not() {
        let off = PolicyLookup::Known(Policy {
            mandatory: Some(false),
            recommended: None,
        });
        let none = PolicyLookup::Known(Policy::default());
        assert_eq!(merge_lookups(off, PolicyLookup::Unknown), off);
        assert_eq!(merge_lookups(PolicyLookup::Unknown, off), off);
        assert_eq!(
            merge_lookups(none, PolicyLookup::Unknown),
            PolicyLookup::Unknown
        );
        assert_eq!(merge_lookups(none, off), off);
    }

    #[test]
    fn prefs_js_takes_the_last_remember_signons_line() {
        let text = "// Mozilla User Preferences\n\
            user_pref(\"browser.startup.page\", 3);\n\
            user_pref(\"signon.rememberSignons\", true);\n\
            user_pref( 'signon.rememberSignons' ,false);\n\
            user_pref(\"signon.rememberSignons.visibilityToggle\", true);\n";
        assert_eq!(parse_prefs_js(text), Some(false));
        assert_eq!(
            parse_prefs_js("user_pref(\"signon.rememberSignons\", true);"),
            Some(true)
        );
        assert_eq!(parse_prefs_js(""), None);
        assert_eq!(parse_prefs_js("user_pref(\"signon.rememberSignons"), None);
        assert_eq!(parse_prefs_js("user_pref(\u{1ec7}"), None);
    }

    #[test]
    fn firefox_policies_json_turns_saving_off() {
        assert_eq!(
            parse_firefox_policies(
                br#"{"policies":{"PasswordManagerEnabled":false,"OfferToSaveLogins":true}}"#
            )
            .unwrap(),
            Some(false)
        );
        assert_eq!(
            parse_firefox_policies(br#"{"policies":{"OfferToSaveLogins":false}}"#).unwrap(),
            Some(false)
        );
        assert_eq!(parse_firefox_policies(br#"{"policies":{}}"#).unwrap(), None);
        assert!(parse_firefox_policies(b"{\"policies\":[]}").is_err());
    }

    #[test]
    fn registry_output_is_read_with_hklm_first_and_any_case() {
        let out = "\u{feff}{\"HKCU\\\\SOFTWARE\\\\Policies\\\\Google\\\\Chrome\":{\"PasswordManagerEnabled\":\"1\"},\
            \"hklm\\\\software\\\\policies\\\\google\\\\chrome\":{\"passwordmanagerenabled\":\"0\"},\
            \"HKLM\\\\SOFTWARE\\\\Policies\\\\Microsoft\\\\Edge\\\\Recommended\":{\"PasswordManagerEnabled\":\"0\"},\
            \"HKCU\\\\SOFTWARE\\\\Policies\\\\Mozilla\\\\Firefox\":{\"OfferToSaveLogins\":\"0\"}}\r\n";
        let p = parse_windows_policies(out).unwrap();
        assert_eq!(p.policy(BrowserId::Chrome).mandatory, Some(false));
        assert_eq!(
            p.policy(BrowserId::Edge),
            Policy {
                mandatory: None,
                recommended: Some(false)
            }
        );
        assert_eq!(p.policy(BrowserId::Firefox).mandatory, Some(false));
        assert_eq!(p.policy(BrowserId::Brave), Policy::default());
        assert_eq!(
            parse_windows_policies("").unwrap(),
            WindowsPolicies::default()
        );
        assert_eq!(
            parse_windows_policies("{}").unwrap(),
            WindowsPolicies::default()
        );
        assert!(parse_windows_policies("Get-ItemProperty : error").is_err());
    }

    #[test]
    fn registry_keys_are_read_through_the_registry_reader() {
        use crate::checks::facts::RegValues;
        use crate::checks::scenario_facts::RecordedFacts;
        let mut facts = RecordedFacts::default();
        facts.registry.insert(
            r"HKLM\SOFTWARE\POLICIES\GOOGLE\CHROME".into(),
            Ok(RegValues(vec![
                ("PasswordManagerEnabled".into(), RegData::Number(0)),
                ("HomepageLocation".into(), RegData::Text("x".into())),
            ])),
        );
        let env = ScenarioEnv::new(OsKind::Windows, "/x", 0).with_facts(facts.clone());
        let p = read_windows_policies(&env).unwrap();
        assert_eq!(p.policy(BrowserId::Chrome).mandatory, Some(false));
        assert_eq!(p.policy(BrowserId::Edge), Policy::default());
        facts.registry.insert(
            r"HKCU\SOFTWARE\POLICIES\MICROSOFT\EDGE".into(),
            Err(crate::checks::facts::FactError::AccessDenied),
        );
        let env = ScenarioEnv::new(OsKind::Windows, "/x", 0).with_facts(facts);
        assert_eq!(
            read_windows_policies(&env),
            None,
            "one unreadable key: unknown"
        );
    }

    #[test]
    fn linux_policy_json_is_read_from_managed_and_recommended() {
        let dir = tempfile::tempdir().unwrap();
        let managed = dir.path().join("etc/opt/chrome/policies/managed");
        std::fs::create_dir_all(&managed).unwrap();
        std::fs::write(
            managed.join("a.json"),
            r#"{"PasswordManagerEnabled": false}"#,
        )
        .unwrap();
        std::fs::write(managed.join("b.txt"), r#"{"PasswordManagerEnabled": true}"#).unwrap();
        let env = ScenarioEnv::new(OsKind::Linux, dir.path(), 0);
        assert_eq!(
            linux_chromium_policy(&env, BrowserId::Chrome),
            PolicyLookup::Known(Policy {
                mandatory: Some(false),
                recommended: None
            })
        );
        assert_eq!(
            linux_chromium_policy(&env, BrowserId::Edge),
            PolicyLookup::Known(Policy::default())
        );
    }
}
