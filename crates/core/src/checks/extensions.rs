//! Browser extensions that did not come from the store, or that a policy forces in. Several
//! credential-stealing campaigns aimed at Vietnamese users persist as a force-installed
//! extension: it reads every page, sign-ins included, and the user cannot remove it.
//!
//! - Forced by policy: `ExtensionInstallForcelist` under `SOFTWARE\Policies\<browser>` (HKLM
//!   and HKCU) on Windows; the same list in the managed policy JSON files on Linux
//!   (`/etc/opt/chrome/policies/managed/*.json`, Chromium's and Edge's).
//! - Installed outside the store or loaded in developer mode: each Chromium profile's
//!   `Preferences` and `Secure Preferences`, `extensions.settings.<id>.location` (4 unpacked,
//!   8 command line) or `from_webstore: false` for an ordinary install.
//! - Found malicious by the browser itself (Safe Browsing's verdict, kept in the same
//!   `extensions.settings.<id>` entry; Chromium `extensions/browser/blocklist_extension_prefs.cc`
//!   and `blocklist_state.h`): `blacklist_state` or `extension_telemetry_service_blocklist_state`
//!   equal to `BLOCKLISTED_MALWARE` (1), or bit 0 (`BLOCKLISTED_MALWARE`) of the bitmap
//!   `omaha_blocklist_state`; older builds wrote `blacklist: true`. Chrome disables such an
//!   extension, but while it ran it read every page: a stealer trace, **critical**, even on the
//!   allow-list and even from the store. The other blocklist states (security vulnerability,
//!   policy violation, potentially unwanted) are Chrome's "greylist", not listed here.
//! - An id on the profile's allow-list (`machine.allowed_extensions`) is the organisation's own.
//! - Any other such extension is a **warning** with its name and id, per browser profile.

use std::collections::BTreeMap;

use serde_json::{Value, json};

use super::browsers::catalog::{self, BrowserId, Engine};
use super::browsers::profiles;
use super::facts::{Hive, RegData};
use super::{Check, CheckOutput, Env, Finding, MachinePath, OsKind, Status};
use crate::Msg;
use crate::outside;

pub const FINDING_ID: &str = "browser-extensions";

/// `Preferences` files are small; a profile with hundreds of extensions is still well under.
const PREFS_CAP: u64 = outside::cap::SMALL;

/// Extension locations (Chromium `mojom::ManifestLocation`).
const LOCATION_INTERNAL: u64 = 1;
const LOCATION_UNPACKED: u64 = 4;
const LOCATION_COMPONENT: u64 = 5;
const LOCATION_COMMAND_LINE: u64 = 8;
const LOCATION_EXTERNAL_POLICY: u64 = 9;
const LOCATION_EXTERNAL_COMPONENT: u64 = 10;
const LOCATION_EXTERNAL_POLICY_DOWNLOAD: u64 = 7;

/// Why an extension is listed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Why {
    /// A policy installs it and the user cannot remove it.
    Forced,
    /// Loaded from a folder in developer mode (or from the command line).
    Developer,
    /// Installed from a file or by another program, not from the store.
    OutsideStore,
    /// The browser itself found it malicious (kept last: it wins over every other reason).
    Malicious,
}

impl Why {
    fn code(self) -> &'static str {
        match self {
            Why::Forced => "forced",
            Why::Developer => "developer",
            Why::OutsideStore => "sideloaded",
            Why::Malicious => "malicious",
        }
    }
}

/// One extension as a profile's preferences describe it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct InstalledExtension {
    pub id: String,
    pub name: Option<String>,
    pub why: Option<Why>,
}

/// A Chromium extension id: 32 letters `a`–`p`.
pub fn is_extension_id(id: &str) -> bool {
    id.len() == 32 && id.bytes().all(|b| (b'a'..=b'p').contains(&b))
}

/// The id of one `ExtensionInstallForcelist` entry: `id;update_url` or `id`.
pub fn forcelist_id(entry: &str) -> Option<String> {
    let id = entry.split(';').next()?.trim().to_ascii_lowercase();
    is_extension_id(&id).then_some(id)
}

/// The ids the `ExtensionSettings` policy installs (`installation_mode` `force_installed` or
/// `normal_installed`: the policy puts them in, whatever the person does). Keys that are not an
/// extension id (`*`, an update URL) are settings for many extensions, not an install.
pub fn extension_settings_forced(policy: &Value) -> Vec<String> {
    policy
        .as_object()
        .into_iter()
        .flatten()
        .filter(|(id, entry)| {
            is_extension_id(id)
                && matches!(
                    entry.get("installation_mode").and_then(Value::as_str),
                    Some("force_installed" | "normal_installed")
                )
        })
        .map(|(id, _)| id.clone())
        .collect()
}

/// The extensions of one `Preferences` / `Secure Preferences` JSON text.
pub fn parse_extension_settings(
    bytes: &[u8],
) -> Result<Vec<InstalledExtension>, serde_json::Error> {
    let doc: Value = serde_json::from_slice(bytes)?;
    let Some(settings) = doc
        .get("extensions")
        .and_then(|e| e.get("settings"))
        .and_then(Value::as_object)
    else {
        return Ok(Vec::new());
    };
    let mut out = Vec::new();
    for (id, entry) in settings {
        if !is_extension_id(id) {
            continue;
        }
        let location = entry.get("location").and_then(Value::as_u64);
        let from_store = entry.get("from_webstore").and_then(Value::as_bool);
        let why = match location {
            Some(LOCATION_UNPACKED | LOCATION_COMMAND_LINE) => Some(Why::Developer),
            Some(LOCATION_EXTERNAL_POLICY | LOCATION_EXTERNAL_POLICY_DOWNLOAD) => Some(Why::Forced),
            Some(LOCATION_COMPONENT | LOCATION_EXTERNAL_COMPONENT) => None,
            Some(LOCATION_INTERNAL) if from_store == Some(false) => Some(Why::OutsideStore),
            Some(2 | 3 | 6) => Some(Why::OutsideStore),
            _ => None,
        };
        let why = if found_malicious(entry) {
            Some(Why::Malicious)
        } else {
            why
        };
        let name = entry
            .get("manifest")
            .and_then(|m| m.get("name"))
            .and_then(Value::as_str)
            .map(|n| n.chars().take(80).collect::<String>());
        out.push(InstalledExtension {
            id: id.clone(),
            name,
            why,
        });
    }
    Ok(out)
}

/// `BlocklistState::BLOCKLISTED_MALWARE`, and bit 0 of `BitMapBlocklistState`.
const BLOCKLISTED_MALWARE: u64 = 1;

/// Whether the browser's own blocklist marks this extension as malware (see the module comment).
fn found_malicious(entry: &Value) -> bool {
    let state = |key: &str| entry.get(key).and_then(Value::as_u64);
    state("blacklist_state") == Some(BLOCKLISTED_MALWARE)
        || state("extension_telemetry_service_blocklist_state") == Some(BLOCKLISTED_MALWARE)
        || state("omaha_blocklist_state").is_some_and(|bits| bits & BLOCKLISTED_MALWARE != 0)
        || entry.get("blacklist").and_then(Value::as_bool) == Some(true)
}

/// `SOFTWARE\Policies` keys of the Chromium browsers.
fn policy_key(browser: BrowserId) -> Option<&'static str> {
    match browser {
        BrowserId::Chrome => Some(r"Google\Chrome"),
        BrowserId::Edge => Some(r"Microsoft\Edge"),
        BrowserId::Brave => Some(r"BraveSoftware\Brave"),
        BrowserId::Chromium => Some("Chromium"),
        BrowserId::CocCoc => Some(r"CocCoc\Browser"),
        BrowserId::Vivaldi => Some("Vivaldi"),
        _ => None,
    }
}

/// Linux managed-policy folders per browser.
fn linux_policy_dir(browser: BrowserId) -> Option<&'static str> {
    match browser {
        BrowserId::Chrome => Some("/etc/opt/chrome/policies/managed"),
        BrowserId::Chromium => Some("/etc/chromium/policies/managed"),
        BrowserId::Edge => Some("/etc/opt/edge/policies/managed"),
        BrowserId::Brave => Some("/etc/brave/policies/managed"),
        _ => None,
    }
}

pub struct BrowserExtensionsCheck {
    /// The organisation's own extension ids (from the profile).
    pub allowed: Vec<String>,
}

impl Check for BrowserExtensionsCheck {
    fn id(&self) -> &'static str {
        FINDING_ID
    }

    fn title(&self) -> Msg {
        Msg::new("check-extensions-title")
    }

    fn run(&self, env: &dyn Env) -> CheckOutput {
        CheckOutput::finding(assess(env, self.title(), &self.allowed))
    }
}

/// Ids a policy forces, per browser; `Err` with a reason when a policy could not be read.
fn forced(env: &dyn Env) -> Result<BTreeMap<BrowserId, Vec<String>>, Msg> {
    let mut out: BTreeMap<BrowserId, Vec<String>> = BTreeMap::new();
    for browser in BrowserId::ALL {
        let ids = out.entry(browser).or_default();
        match env.os() {
            OsKind::Windows => {
                let Some(key) = policy_key(browser) else {
                    continue;
                };
                for hive in [Hive::LocalMachine, Hive::CurrentUser] {
                    // `ExtensionSettings`: a JSON text in the browser's policy key.
                    let browser_key = format!(r"SOFTWARE\Policies\{key}");
                    let policies = env
                        .registry(hive, &browser_key)
                        .map_err(|e| super::reason::native("check-extensions-reason", &e))?;
                    if let Some(text) = policies
                        .as_ref()
                        .and_then(|v| v.get("ExtensionSettings"))
                        .and_then(RegData::as_text)
                    {
                        let doc: Value = serde_json::from_str(text).map_err(|_| {
                            Msg::new("check-extensions-reason-settings").arg(
                                "key",
                                format!(r"{}\{browser_key}\ExtensionSettings", hive.code()),
                            )
                        })?;
                        ids.extend(extension_settings_forced(&doc));
                    }
                    let path = format!(r"SOFTWARE\Policies\{key}\ExtensionInstallForcelist");
                    let values = env
                        .registry(hive, &path)
                        .map_err(|e| super::reason::native("check-extensions-reason", &e))?;
                    for (_, data) in values.map(|v| v.0).unwrap_or_default() {
                        if let Some(id) = data_text(&data).and_then(|t| forcelist_id(&t)) {
                            ids.push(id);
                        }
                    }
                }
            }
            OsKind::Linux => {
                let Some(dir) =
                    linux_policy_dir(browser).and_then(|d| MachinePath::parse(OsKind::Linux, d))
                else {
                    continue;
                };
                let Ok(entries) = std::fs::read_dir(env.local(&dir)) else {
                    continue;
                };
                let mut files: Vec<_> = entries.flatten().map(|e| e.path()).collect();
                files.sort();
                for file in files
                    .iter()
                    .filter(|f| f.extension().is_some_and(|x| x == "json"))
                {
                    let Ok(bytes) = outside::read(file, PREFS_CAP) else {
                        continue;
                    };
                    let Ok(doc) = serde_json::from_slice::<Value>(&bytes) else {
                        continue;
                    };
                    for entry in doc
                        .get("ExtensionInstallForcelist")
                        .and_then(Value::as_array)
                        .into_iter()
                        .flatten()
                    {
                        if let Some(id) = entry.as_str().and_then(forcelist_id) {
                            ids.push(id);
                        }
                    }
                    if let Some(settings) = doc.get("ExtensionSettings") {
                        ids.extend(extension_settings_forced(settings));
                    }
                }
            }
            // Managed preferences are binary plists; not read (as for saving policies).
            OsKind::MacOs => {}
        }
        ids.sort();
        ids.dedup();
    }
    Ok(out)
}

fn data_text(data: &RegData) -> Option<String> {
    data.as_text().map(str::to_owned)
}

/// One listed extension of one profile.
struct Listed {
    browser: BrowserId,
    profile: String,
    id: String,
    name: Option<String>,
    why: Why,
}

fn assess(env: &dyn Env, title: Msg, allowed: &[String]) -> Finding {
    let forced = match forced(env) {
        Ok(f) => f,
        Err(reason) => return Finding::unknown(FINDING_ID, title, reason),
    };
    let allowed: Vec<String> = allowed
        .iter()
        .map(|a| a.trim().to_ascii_lowercase())
        .collect();
    let mut listed: Vec<Listed> = Vec::new();
    let mut profiles_read = 0_i64;
    let mut unreadable: Vec<String> = Vec::new();
    let locations = catalog::locations(env).unwrap_or_default();
    for location in locations
        .iter()
        .filter(|l| l.browser.engine() == Engine::Chromium)
    {
        let local = env.local(&location.root);
        // The same per-walk budget the saved-password check gives a browser's profile folders.
        let walk = outside::Deadline::after(std::time::Duration::from_secs(10));
        let Ok(dirs) = profiles::chromium_profiles(&location.root, &local, &walk) else {
            unreadable.push(location.root.to_string());
            continue;
        };
        for dir in dirs {
            let mut found: BTreeMap<String, InstalledExtension> = BTreeMap::new();
            let mut read_any = false;
            for file in [profiles::PREFERENCES, "Secure Preferences"] {
                match outside::read(&dir.local.join(file), PREFS_CAP) {
                    Ok(bytes) => match parse_extension_settings(&bytes) {
                        Ok(list) => {
                            read_any = true;
                            for e in list {
                                let slot = found.entry(e.id.clone()).or_insert(e.clone());
                                slot.why = slot.why.max(e.why);
                                if slot.name.is_none() {
                                    slot.name = e.name;
                                }
                            }
                        }
                        Err(_) => unreadable.push(dir.machine.join(file).to_string()),
                    },
                    Err(e) if e.is_not_found() => {}
                    Err(_) => unreadable.push(dir.machine.join(file).to_string()),
                }
            }
            if read_any {
                profiles_read += 1;
            }
            let forced_here = forced.get(&location.browser).cloned().unwrap_or_default();
            for id in &forced_here {
                found
                    .entry(id.clone())
                    .and_modify(|e| e.why = Some(Why::Forced))
                    .or_insert(InstalledExtension {
                        id: id.clone(),
                        name: None,
                        why: Some(Why::Forced),
                    });
            }
            for e in found.into_values() {
                // The allow-list does not cover what the browser itself calls malware.
                if let Some(why) = e.why
                    && (why == Why::Malicious || !allowed.contains(&e.id))
                {
                    listed.push(Listed {
                        browser: location.browser,
                        profile: dir.name.clone(),
                        id: e.id,
                        name: e.name,
                        why,
                    });
                }
            }
        }
    }
    // Forced ids of a browser with no profile on disk yet still count: the next start installs them.
    for (browser, ids) in &forced {
        if !listed.iter().any(|l| l.browser == *browser) {
            for id in ids.iter().filter(|id| !allowed.contains(id)) {
                listed.push(Listed {
                    browser: *browser,
                    profile: String::new(),
                    id: id.clone(),
                    name: None,
                    why: Why::Forced,
                });
            }
        }
    }
    let evidence = json!(
        listed
            .iter()
            .map(|l| json!({
                "browser": l.browser.code(),
                "profile": l.profile,
                "id": l.id,
                "name": l.name,
                "why": l.why.code(),
            }))
            .collect::<Vec<_>>()
    );
    if listed.is_empty() {
        if !unreadable.is_empty() && profiles_read == 0 {
            return Finding::unknown(
                FINDING_ID,
                title,
                Msg::new("check-extensions-reason-unreadable").arg("path", unreadable[0].clone()),
            );
        }
        return Finding::new(
            FINDING_ID,
            Status::Ok,
            title,
            Msg::new("check-extensions-none").arg("profiles", profiles_read),
        )
        .evidence("extensions", evidence)
        .evidence("profiles_read", profiles_read);
    }
    // A malicious one is named first: it is the one to act on.
    let first = listed
        .iter()
        .find(|l| l.why == Why::Malicious)
        .unwrap_or(&listed[0]);
    let name = first.name.clone().unwrap_or_else(|| first.id.clone());
    let summary_id = match first.why {
        Why::Forced => "check-extensions-forced",
        Why::Developer => "check-extensions-developer",
        Why::OutsideStore => "check-extensions-outside-store",
        Why::Malicious => "check-extensions-malicious",
    };
    let status = if first.why == Why::Malicious {
        Status::Critical
    } else {
        Status::Warning
    };
    let finding = Finding::new(
        FINDING_ID,
        status,
        title,
        Msg::new(summary_id)
            .arg("name", name)
            .arg("id", first.id.clone())
            .arg("count", listed.len() as i64),
    );
    let finding = if status == Status::Critical {
        finding
            .advise(Msg::new("check-extensions-advice-malicious-remove"))
            .advise(Msg::new("check-extensions-advice-malicious-change"))
    } else {
        finding
    };
    finding
        .advise(Msg::new("check-extensions-advice-ask"))
        .advise(Msg::new("check-extensions-advice-remove"))
        .evidence("extensions", evidence)
        .evidence("profiles_read", profiles_read)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checks::facts::RegValues;
    use crate::checks::scenario::ScenarioEnv;
    use crate::checks::scenario_facts::RecordedFacts;

    const EVIL: &str = "abcdefghijklmnopabcdefghijklmnop";
    const STORE: &str = "cjpalhdlnbpafiamejdnhcphjbkeiagm";

    fn prefs(entries: &[(&str, u64, Option<bool>, &str)]) -> String {
        let settings: serde_json::Map<String, Value> = entries
            .iter()
            .map(|(id, location, store, name)| {
                let mut v = json!({"location": location, "manifest": {"name": name}});
                if let Some(s) = store {
                    v["from_webstore"] = json!(s);
                }
                ((*id).to_owned(), v)
            })
            .collect();
        json!({"extensions": {"settings": settings}}).to_string()
    }

    fn windows_home(dir: &std::path::Path) -> ScenarioEnv {
        ScenarioEnv::new(OsKind::Windows, dir, 0)
            .with_var("USERPROFILE", r"C:\Users\lan")
            .with_var("LOCALAPPDATA", r"C:\Users\lan\AppData\Local")
    }

    fn chrome_default(dir: &std::path::Path) -> std::path::PathBuf {
        let p = dir.join("C/Users/lan/AppData/Local/Google/Chrome/User Data/Default");
        std::fs::create_dir_all(&p).unwrap();
        p
    }

    #[test]
    fn preferences_tell_store_unpacked_policy_and_component_extensions_apart() {
        let list = parse_extension_settings(
            prefs(&[
                (STORE, 1, Some(true), "uBlock Origin"),
                (EVIL, 4, None, "Google Docs Offline"),
                ("mhjfbmdgcfjbbpaeojofohoefgiehjai", 5, None, "PDF"),
                (
                    "bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb",
                    1,
                    Some(false),
                    "Sideloaded",
                ),
                ("not-an-id", 4, None, "x"),
            ])
            .as_bytes(),
        )
        .unwrap();
        let why = |id: &str| list.iter().find(|e| e.id == id).unwrap().why;
        assert_eq!(list.len(), 4);
        assert_eq!(why(STORE), None);
        assert_eq!(why(EVIL), Some(Why::Developer));
        assert_eq!(why("mhjfbmdgcfjbbpaeojofohoefgiehjai"), None);
        assert_eq!(
            why("bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb"),
            Some(Why::OutsideStore)
        );
        assert!(parse_extension_settings(b"{}").unwrap().is_empty());
        assert!(parse_extension_settings(b"[").is_err());
    }

    #[test]
    fn a_force_installed_extension_is_a_warning_with_its_name_and_id() {
        let dir = tempfile::tempdir().unwrap();
        let profile = chrome_default(dir.path());
        std::fs::write(
            profile.join("Secure Preferences"),
            prefs(&[
                (EVIL, 9, None, "Chrome Sync Helper"),
                (STORE, 1, Some(true), "uBlock"),
            ]),
        )
        .unwrap();
        let mut facts = RecordedFacts::default();
        facts.registry.insert(
            r"HKLM\SOFTWARE\POLICIES\GOOGLE\CHROME\EXTENSIONINSTALLFORCELIST".into(),
            Ok(RegValues(vec![(
                "1".into(),
                RegData::Text(format!("{EVIL};https://evil.example/update.xml")),
            )])),
        );
        let env = windows_home(dir.path()).with_facts(facts);
        let f = BrowserExtensionsCheck { allowed: vec![] }
            .run(&env)
            .findings
            .remove(0);
        assert_eq!(f.status, Status::Warning, "{f:?}");
        assert_eq!(f.summary.id, "check-extensions-forced");
        assert!(
            f.summary
                .args
                .contains(&("name".to_owned(), "Chrome Sync Helper".into()))
        );
        assert!(f.summary.args.contains(&("id".to_owned(), EVIL.into())));
        assert_eq!(f.evidence["extensions"][0]["profile"], "Default");
        // The organisation's own extension is not listed.
        let env2 = windows_home(dir.path());
        let f = BrowserExtensionsCheck {
            allowed: vec![EVIL.to_uppercase()],
        }
        .run(&env2)
        .findings
        .remove(0);
        assert_eq!(f.status, Status::Ok, "{f:?}");
    }

    #[test]
    fn only_store_extensions_are_fine_and_an_unreadable_policy_is_unknown() {
        let dir = tempfile::tempdir().unwrap();
        let profile = chrome_default(dir.path());
        std::fs::write(
            profile.join("Preferences"),
            prefs(&[(STORE, 1, Some(true), "uBlock")]),
        )
        .unwrap();
        let f = BrowserExtensionsCheck { allowed: vec![] }
            .run(&windows_home(dir.path()))
            .findings
            .remove(0);
        assert_eq!(f.summary.id, "check-extensions-none");
        assert!(
            f.summary
                .args
                .contains(&("profiles".to_owned(), 1_i64.into()))
        );
        let facts = RecordedFacts {
            default_error: Some(crate::checks::facts::FactError::TimedOut),
            ..RecordedFacts::default()
        };
        let f = BrowserExtensionsCheck { allowed: vec![] }
            .run(&windows_home(dir.path()).with_facts(facts))
            .findings
            .remove(0);
        assert_eq!(f.status, Status::Unknown);
    }

    #[test]
    fn linux_managed_policy_files_force_extensions_too() {
        let dir = tempfile::tempdir().unwrap();
        let managed = dir.path().join("etc/opt/chrome/policies/managed");
        std::fs::create_dir_all(&managed).unwrap();
        std::fs::write(
            managed.join("corp.json"),
            format!(r#"{{"ExtensionInstallForcelist": ["{EVIL};https://x/u.xml"]}}"#),
        )
        .unwrap();
        let env = ScenarioEnv::new(OsKind::Linux, dir.path(), 0).with_var("HOME", "/home/lan");
        let f = BrowserExtensionsCheck { allowed: vec![] }
            .run(&env)
            .findings
            .remove(0);
        assert_eq!(f.summary.id, "check-extensions-forced");
        assert_eq!(f.evidence["extensions"][0]["browser"], "chrome");
    }

    /// One store extension per entry, with the given blocklist keys added to its settings.
    fn prefs_with_blocklist(entries: &[(&str, Value)]) -> String {
        let settings: serde_json::Map<String, Value> = entries
            .iter()
            .map(|(id, extra)| {
                let mut v = json!({"location": 1, "from_webstore": true,
                    "manifest": {"name": format!("Ext {}", &id[..4])}});
                for (k, x) in extra.as_object().unwrap() {
                    v[k] = x.clone();
                }
                ((*id).to_owned(), v)
            })
            .collect();
        json!({"extensions": {"settings": settings}}).to_string()
    }

    #[test]
    fn the_browsers_own_malware_verdict_is_read_from_every_key_chromium_writes() {
        let ids = [
            "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
            "bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb",
            "cccccccccccccccccccccccccccccccc",
            "dddddddddddddddddddddddddddddddd",
            "eeeeeeeeeeeeeeeeeeeeeeeeeeeeeeee",
            "ffffffffffffffffffffffffffffffff",
            "gggggggggggggggggggggggggggggggg",
        ];
        let list = parse_extension_settings(
            prefs_with_blocklist(&[
                (ids[0], json!({"blacklist_state": 1})),
                (ids[1], json!({"omaha_blocklist_state": 9})),
                (
                    ids[2],
                    json!({"extension_telemetry_service_blocklist_state": 1}),
                ),
                (ids[3], json!({"blacklist": true})),
                // Greylist states: a security vulnerability, a policy violation, unwanted.
                (ids[4], json!({"blacklist_state": 2})),
                (ids[5], json!({"omaha_blocklist_state": 14})),
                (ids[6], json!({"blacklist_state": "1"})),
            ])
            .as_bytes(),
        )
        .unwrap();
        let why = |id: &str| list.iter().find(|e| e.id == id).unwrap().why;
        for id in &ids[..4] {
            assert_eq!(why(id), Some(Why::Malicious), "{id}");
        }
        for id in &ids[4..] {
            assert_eq!(why(id), None, "{id}");
        }
    }

    #[test]
    fn an_extension_the_browser_found_malicious_is_critical_even_from_the_store_and_allowed() {
        let dir = tempfile::tempdir().unwrap();
        let profile = chrome_default(dir.path());
        std::fs::write(
            profile.join("Preferences"),
            prefs_with_blocklist(&[
                (STORE, json!({})),
                (
                    EVIL,
                    json!({"blacklist_state": 1, "manifest": {"name": "PDF Helper"}}),
                ),
            ]),
        )
        .unwrap();
        let f = BrowserExtensionsCheck {
            allowed: vec![EVIL.to_owned()],
        }
        .run(&windows_home(dir.path()))
        .findings
        .remove(0);
        assert_eq!(f.status, Status::Critical, "{f:?}");
        assert_eq!(f.summary.id, "check-extensions-malicious");
        assert!(
            f.summary
                .args
                .contains(&("name".to_owned(), "PDF Helper".into()))
        );
        assert_eq!(f.evidence["extensions"][0]["why"], "malicious");
        assert_eq!(f.advice[0].id, "check-extensions-advice-malicious-remove");
    }

    #[test]
    fn the_extension_settings_policy_forces_what_it_marks_force_or_normal_installed() {
        let policy: Value = serde_json::from_str(&format!(
            r#"{{"*": {{"installation_mode": "blocked"}},
                "{EVIL}": {{"installation_mode": "force_installed", "update_url": "https://x/u.xml"}},
                "{STORE}": {{"installation_mode": "allowed"}},
                "update_url:https://x/u.xml": {{"installation_mode": "force_installed"}}}}"#
        ))
        .unwrap();
        assert_eq!(extension_settings_forced(&policy), vec![EVIL.to_owned()]);
        assert!(extension_settings_forced(&Value::from("x")).is_empty());
    }

    #[test]
    fn an_extension_settings_policy_that_is_not_json_is_unknown_never_no_extension() {
        let dir = tempfile::tempdir().unwrap();
        let mut facts = RecordedFacts::default();
        facts.registry.insert(
            r"HKLM\SOFTWARE\POLICIES\GOOGLE\CHROME".into(),
            Ok(RegValues(vec![(
                "ExtensionSettings".into(),
                RegData::Text("{not json".into()),
            )])),
        );
        let f = BrowserExtensionsCheck { allowed: vec![] }
            .run(&windows_home(dir.path()).with_facts(facts))
            .findings
            .remove(0);
        assert_eq!(f.status, Status::Unknown, "{f:?}");
        assert_eq!(f.reason.unwrap().id, "check-extensions-reason-settings");
    }
}
