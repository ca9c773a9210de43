//! The native facts of a recorded machine: `facts.toml` beside `scenario.toml`
//! (format in `docs/scenarios.md`).
//!
//! ```toml
//! default_error = "timed-out"        # what every fact not recorded gives (optional)
//! [os]
//! caption = "Windows 10 Pro"
//! version = "10.0.19045"
//! product_type = 1
//! [[security_center.products]]
//! name = "Windows Defender"
//! state = "on"                       # on / off / snoozed / expired
//! signatures = "up-to-date"          # up-to-date / out-of-date
//! [defender]                         # MSFT_MpComputerStatus
//! running_mode = "Normal"
//! [defender_detections]              # or one [[defender_detections.detections]] per threat
//! error = "namespace-missing"        # any fact: error = "<code>" [detail = "..."]
//! [[installed_updates.updates]]      # Win32_QuickFixEngineering
//! hotfix_id = "KB5048652"
//! installed_on = "11/12/2026"
//! [registry.'HKLM\SOFTWARE\Policies\Google\Chrome']
//! PasswordManagerEnabled = 0         # integer: DWORD/QWORD, string: SZ, array: MULTI_SZ
//! [registry_errors]
//! 'HKCU\Software\Policies\Google\Chrome' = "access-denied"
//! [registry_written]                 # a key's last-write time (RegQueryInfoKeyW)
//! 'HKCU\Software\Microsoft\Windows\CurrentVersion\Explorer\RunMRU' = 2026-11-17T02:41:09Z
//! 'HKCU\Software\Other' = "access-denied"    # or why it could not be read
//! ```
//!
//! A fact not recorded is not "fine": on Windows it fails with `default_error`, else "not
//! recorded"; a registry key not recorded does not exist (and then has no write time; a key that
//! is recorded without its write time fails like an unrecorded fact). Other OSes have no such
//! facts.

use std::collections::BTreeMap;

use serde::Deserialize;
use serde::de::DeserializeOwned;

use super::OsKind;
use super::facts::{
    DefenderFacts, Detection, Fact, FactError, Hive, InstalledUpdate, OsFacts, RegData, RegValues,
    WscProduct,
};
use crate::outside::ParseError;

/// The facts file inside a scenario folder.
pub const FACTS_FILE: &str = "facts.toml";

/// Why a recording (`scenario.toml`, `facts.toml`) is not one: where, never the parser's own
/// English words (they would end up inside a Vietnamese sentence).
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum Malformed {
    /// Not TOML, or TOML of the wrong shape: the kind and the place.
    #[error("{0}")]
    Damaged(ParseError),
    /// An entry whose value cannot be what it names (`registry.'HKLM\X'`, `commands.scan`).
    #[error("entry {0}")]
    Entry(String),
}

/// A recorded machine's native facts; `None` where nothing was recorded.
#[derive(Clone, Debug, Default)]
pub struct RecordedFacts {
    pub os: Option<Fact<OsFacts>>,
    pub security_center: Option<Fact<Vec<WscProduct>>>,
    pub defender: Option<Fact<DefenderFacts>>,
    pub detections: Option<Fact<Vec<Detection>>>,
    pub installed_updates: Option<Fact<Vec<InstalledUpdate>>>,
    /// Keyed by `HIVE\path`, upper-cased (registry paths ignore case).
    pub registry: BTreeMap<String, Fact<RegValues>>,
    /// Last-write times as Unix seconds, keyed like `registry`.
    pub registry_written: BTreeMap<String, Fact<i64>>,
    pub default_error: Option<FactError>,
}

impl RecordedFacts {
    /// Reads the text of `facts.toml` (the caller reads the file, through `outside`).
    pub fn parse(text: &str) -> Result<Self, Malformed> {
        let raw: RawFacts =
            toml::from_str(text).map_err(|e| Malformed::Damaged(ParseError::toml(&e, text)))?;
        let mut out = RecordedFacts {
            default_error: raw
                .default_error
                .as_deref()
                .map(|c| error_code(c, None, "default_error"))
                .transpose()?,
            ..Self::default()
        };
        out.os = raw.os.map(|t| fact::<OsFacts>(t, "os")).transpose()?;
        out.security_center = raw
            .security_center
            .map(|t| fact::<Products>(t, "security_center").map(|f| f.map(|p| p.products)))
            .transpose()?;
        out.defender = raw
            .defender
            .map(|t| fact::<DefenderFacts>(t, "defender"))
            .transpose()?;
        out.detections = raw
            .defender_detections
            .map(|t| fact::<Detections>(t, "defender_detections").map(|f| f.map(|d| d.detections)))
            .transpose()?;
        out.installed_updates = raw
            .installed_updates
            .map(|t| fact::<Updates>(t, "installed_updates").map(|f| f.map(|u| u.updates)))
            .transpose()?;
        for (key, table) in raw.registry {
            let values = table
                .into_iter()
                .map(|(name, value)| reg_data(&value).map(|d| (name, d)))
                .collect::<Option<Vec<_>>>()
                .ok_or_else(|| Malformed::Entry(format!("registry.'{key}'")))?;
            out.registry
                .insert(key.to_ascii_uppercase(), Ok(RegValues(values)));
        }
        for (key, value) in raw.registry_written {
            let at = || Malformed::Entry(format!("registry_written.'{key}'"));
            let fact = match &value {
                toml::Value::Datetime(when) => Ok(written_unix(when).ok_or_else(at)?),
                toml::Value::String(code) => Err(error_code(code, None, &key).map_err(|_| at())?),
                _ => return Err(at()),
            };
            out.registry_written.insert(key.to_ascii_uppercase(), fact);
        }
        for (key, code) in raw.registry_errors {
            let error = error_code(&code, None, &key)?;
            out.registry.insert(key.to_ascii_uppercase(), Err(error));
        }
        Ok(out)
    }

    fn unrecorded<T>(&self, os: OsKind) -> Fact<T> {
        if os != OsKind::Windows {
            return Err(FactError::NotThisOs);
        }
        Err(self
            .default_error
            .clone()
            .unwrap_or_else(|| FactError::Failed("not recorded".to_owned())))
    }

    pub fn os_facts(&self, os: OsKind) -> Fact<OsFacts> {
        self.os.clone().unwrap_or_else(|| self.unrecorded(os))
    }

    pub fn security_center(&self, os: OsKind) -> Fact<Vec<WscProduct>> {
        self.security_center
            .clone()
            .unwrap_or_else(|| self.unrecorded(os))
    }

    pub fn defender_status(&self, os: OsKind) -> Fact<DefenderFacts> {
        self.defender.clone().unwrap_or_else(|| self.unrecorded(os))
    }

    pub fn defender_detections(&self, os: OsKind) -> Fact<Vec<Detection>> {
        self.detections
            .clone()
            .unwrap_or_else(|| self.unrecorded(os))
    }

    pub fn installed_updates(&self, os: OsKind) -> Fact<Vec<InstalledUpdate>> {
        self.installed_updates
            .clone()
            .unwrap_or_else(|| self.unrecorded(os))
    }

    pub fn registry(&self, os: OsKind, hive: Hive, key: &str) -> Fact<Option<RegValues>> {
        if os != OsKind::Windows {
            return Err(FactError::NotThisOs);
        }
        match self.registry.get(&full_key(hive, key)) {
            Some(fact) => fact.clone().map(Some),
            None => match &self.default_error {
                Some(e) => Err(e.clone()),
                None => Ok(None),
            },
        }
    }

    pub fn registry_written(&self, os: OsKind, hive: Hive, key: &str) -> Fact<Option<i64>> {
        if os != OsKind::Windows {
            return Err(FactError::NotThisOs);
        }
        let full = full_key(hive, key);
        if let Some(fact) = self.registry_written.get(&full) {
            return fact.clone().map(Some);
        }
        match self.registry(os, hive, key)? {
            Some(_) => self.unrecorded(os),
            None => Ok(None),
        }
    }
}

fn full_key(hive: Hive, key: &str) -> String {
    format!("{}\\{}", hive.code(), key).to_ascii_uppercase()
}

/// A recorded time with its offset (`2026-11-17T02:41:09Z`), as Unix seconds; any year TOML
/// allows (1601 is how FILETIME zero reads). A time without an offset is not a moment.
fn written_unix(when: &toml::value::Datetime) -> Option<i64> {
    when.offset?;
    chrono::DateTime::parse_from_rfc3339(&when.to_string())
        .ok()
        .map(|t| t.timestamp())
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFacts {
    #[serde(default)]
    default_error: Option<String>,
    #[serde(default)]
    os: Option<toml::Table>,
    #[serde(default)]
    security_center: Option<toml::Table>,
    #[serde(default)]
    defender: Option<toml::Table>,
    #[serde(default)]
    defender_detections: Option<toml::Table>,
    #[serde(default)]
    installed_updates: Option<toml::Table>,
    #[serde(default)]
    registry: BTreeMap<String, toml::Table>,
    #[serde(default)]
    registry_errors: BTreeMap<String, String>,
    #[serde(default)]
    registry_written: BTreeMap<String, toml::Value>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Products {
    #[serde(default)]
    products: Vec<WscProduct>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Updates {
    #[serde(default)]
    updates: Vec<InstalledUpdate>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Detections {
    #[serde(default)]
    detections: Vec<Detection>,
}

/// A section: `error = "<code>"` (with an optional `detail`), or the value itself.
fn fact<T: DeserializeOwned>(mut table: toml::Table, section: &str) -> Result<Fact<T>, Malformed> {
    if let Some(code) = table.remove("error") {
        let detail = table.remove("detail");
        let code = code
            .as_str()
            .ok_or_else(|| Malformed::Entry(format!("{section}.error")))?;
        return Ok(Err(error_code(
            code,
            detail.as_ref().and_then(toml::Value::as_str),
            section,
        )?));
    }
    toml::Value::Table(table)
        .try_into::<T>()
        .map(Ok)
        .map_err(|_| Malformed::Entry(section.to_owned()))
}

fn error_code(code: &str, detail: Option<&str>, at: &str) -> Result<FactError, Malformed> {
    FactError::from_code(code, detail).ok_or_else(|| Malformed::Entry(at.to_owned()))
}

fn reg_data(value: &toml::Value) -> Option<RegData> {
    match value {
        toml::Value::Integer(n) => u64::try_from(*n).ok().map(RegData::Number),
        toml::Value::String(s) => Some(RegData::Text(s.clone())),
        toml::Value::Array(items) => items
            .iter()
            .map(|v| v.as_str().map(str::to_owned))
            .collect::<Option<Vec<_>>>()
            .map(RegData::List),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const FILE: &str = r#"
[os]
caption = "Windows Server 2022 Standard"
product_type = 3
[security_center]
error = "absent"
[defender]
error = "com"
detail = "0x80004005"
[[defender_detections.detections]]
threat_name = "Trojan:Win32/Lumma.RPX!MTB"
category = 8
detected = 1794800000
[registry.'HKLM\SOFTWARE\Policies\Google\Chrome']
PasswordManagerEnabled = 0
[registry.'HKLM\SOFTWARE\Policies\Google\Chrome\ExtensionInstallForcelist']
1 = "abcdefghijklmnopabcdefghijklmnop;https://clients2.google.com/service/update2/crx"
[registry_errors]
'HKCU\Software\Policies\Google\Chrome' = "access-denied"
[registry_written]
'HKLM\SOFTWARE\Policies\Google\Chrome' = 2026-11-17T09:41:09+07:00
'HKLM\SOFTWARE\Policies\Google\Chrome\ExtensionInstallForcelist' = 1601-01-01T00:00:00Z
'HKCU\Software\Locked' = "access-denied"
"#;

    #[test]
    fn every_fact_reads_as_its_value_or_its_error() {
        let f = RecordedFacts::parse(FILE).unwrap();
        let w = OsKind::Windows;
        assert!(f.os_facts(w).unwrap().is_server());
        assert_eq!(f.security_center(w), Err(FactError::Absent));
        assert_eq!(f.defender_status(w), Err(FactError::Com(0x8000_4005)));
        assert_eq!(f.defender_detections(w).unwrap()[0].category, Some(8));
        let chrome = f
            .registry(w, Hive::LocalMachine, r"software\policies\google\chrome")
            .unwrap()
            .unwrap();
        assert_eq!(
            chrome.get("PasswordManagerEnabled"),
            Some(&RegData::Number(0))
        );
        assert_eq!(
            f.registry(w, Hive::CurrentUser, r"Software\Policies\Google\Chrome"),
            Err(FactError::AccessDenied)
        );
        assert_eq!(
            f.registry(w, Hive::CurrentUser, r"Software\Nothing"),
            Ok(None)
        );
    }

    #[test]
    fn write_times_read_as_unix_seconds_exactly_as_recorded_or_as_their_error() {
        let f = RecordedFacts::parse(FILE).unwrap();
        let w = OsKind::Windows;
        // 09:41:09 at UTC+7 is 02:41:09 UTC on 2026-11-17.
        assert_eq!(
            f.registry_written(w, Hive::LocalMachine, r"software\policies\google\chrome"),
            Ok(Some(1_794_883_269))
        );
        // FILETIME zero: kept as 1601, for the check to refuse.
        assert_eq!(
            f.registry_written(
                w,
                Hive::LocalMachine,
                r"SOFTWARE\Policies\Google\Chrome\ExtensionInstallForcelist"
            ),
            Ok(Some(-11_644_473_600))
        );
        assert_eq!(
            f.registry_written(w, Hive::CurrentUser, r"Software\Locked"),
            Err(FactError::AccessDenied)
        );
        // A key that does not exist has no write time; one recorded without it is not known.
        assert_eq!(
            f.registry_written(w, Hive::CurrentUser, r"Software\Nothing"),
            Ok(None)
        );
        assert!(matches!(
            RecordedFacts::parse("[registry.'HKCU\\X']\nA = 1")
                .unwrap()
                .registry_written(w, Hive::CurrentUser, "X"),
            Err(FactError::Failed(_))
        ));
        assert_eq!(
            f.registry_written(OsKind::Linux, Hive::CurrentUser, "X"),
            Err(FactError::NotThisOs)
        );
    }

    #[test]
    fn facts_not_recorded_fail_on_windows_and_do_not_exist_elsewhere() {
        let f = RecordedFacts::parse("").unwrap();
        assert!(matches!(
            f.security_center(OsKind::Windows),
            Err(FactError::Failed(_))
        ));
        assert_eq!(f.defender_status(OsKind::Linux), Err(FactError::NotThisOs));
        let slow = RecordedFacts::parse("default_error = \"timed-out\"").unwrap();
        assert_eq!(
            slow.defender_detections(OsKind::Windows),
            Err(FactError::TimedOut)
        );
        assert_eq!(
            slow.registry(OsKind::Windows, Hive::LocalMachine, "X"),
            Err(FactError::TimedOut)
        );
    }

    #[test]
    fn a_bad_recording_is_an_error_naming_the_section() {
        let entry = |e: &str| Err(Malformed::Entry(e.to_owned()));
        let parse = |t: &str| RecordedFacts::parse(t).map(|_| ());
        assert_eq!(
            parse("[security_center]\nerror = \"fine\""),
            entry("security_center")
        );
        assert_eq!(parse("[defender]\nrunning_mode = 3"), entry("defender"));
        assert_eq!(
            parse("[registry.'HKLM\\X']\nA = 1.5"),
            entry("registry.'HKLM\\X'")
        );
        assert_eq!(
            parse("[registry_written]\n'HKCU\\X' = 2026-11-17T09:41:09"),
            entry("registry_written.'HKCU\\X'")
        );
        assert_eq!(
            parse("[registry_written]\n'HKCU\\X' = 5"),
            entry("registry_written.'HKCU\\X'")
        );
        assert_eq!(
            parse("[registry_written]\n'HKCU\\X' = \"fine\""),
            entry("registry_written.'HKCU\\X'")
        );
        let Err(Malformed::Damaged(unknown)) = parse("\n[wsc]\n") else {
            panic!("an unknown section is damage");
        };
        assert_eq!((unknown.format, unknown.line), ("toml", 2));
    }
}
