//! Native facts of a Windows machine, as the `Env` seam hands them to the checks.
//!
//! `SystemEnv` reads them on Windows with the documented APIs (Security Center's
//! `IWSCProductList`, Defender's WMI classes, the registry; `native/windows/`), each with its
//! own time budget; recorded scenarios hold the same facts as data (`facts.toml`,
//! `docs/scenarios.md`). A fact is its value or why it could not be read: never a guess, never
//! "fine" by default.

use serde::{Deserialize, Serialize};

/// A fact of the machine, or why it could not be read.
pub type Fact<T> = Result<T, FactError>;

/// Why a native fact could not be read. Codes are stable (`code()`): scenarios record them and
/// the reasons shown to people name them.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum FactError {
    /// The fact is a Windows one and this is another OS.
    #[error("not this OS")]
    NotThisOs,
    /// The component is not on this machine: Security Center's `wscapi.dll` or its COM class is
    /// missing (Windows Server, Wine), or Defender is removed.
    #[error("not on this machine")]
    Absent,
    /// The WMI namespace does not exist (`0x8004100E`).
    #[error("WMI namespace missing")]
    NamespaceMissing,
    /// Defender's service is not active, because another antivirus took over (`0x800106BA`).
    #[error("Defender not active (0x800106BA)")]
    NotActive,
    #[error("access denied")]
    AccessDenied,
    /// The reader did not answer within its time budget.
    #[error("timed out")]
    TimedOut,
    /// COM or WMI failed with this `HRESULT`.
    #[error("COM error 0x{0:08X}")]
    Com(u32),
    /// Anything else, said briefly (never content read from the machine).
    #[error("{0}")]
    Failed(String),
}

impl FactError {
    pub fn code(&self) -> &'static str {
        match self {
            FactError::NotThisOs => "not-this-os",
            FactError::Absent => "absent",
            FactError::NamespaceMissing => "namespace-missing",
            FactError::NotActive => "not-active",
            FactError::AccessDenied => "access-denied",
            FactError::TimedOut => "timed-out",
            FactError::Com(_) => "com",
            FactError::Failed(_) => "failed",
        }
    }

    /// Parses a recorded code; `detail` is the HRESULT (`0x80004005`) for `com` or the text
    /// for `failed`.
    pub fn from_code(code: &str, detail: Option<&str>) -> Option<Self> {
        Some(match code {
            "not-this-os" => FactError::NotThisOs,
            "absent" => FactError::Absent,
            "namespace-missing" => FactError::NamespaceMissing,
            "not-active" => FactError::NotActive,
            "access-denied" => FactError::AccessDenied,
            "timed-out" => FactError::TimedOut,
            "com" => {
                let hex = detail?.trim();
                let hex = hex
                    .strip_prefix("0x")
                    .or_else(|| hex.strip_prefix("0X"))
                    .unwrap_or(hex);
                FactError::Com(u32::from_str_radix(hex, 16).ok()?)
            }
            "failed" => FactError::Failed(detail.unwrap_or_default().to_owned()),
            _ => return None,
        })
    }

    /// The HRESULTs the readers meet, mapped to what they mean.
    pub fn from_hresult(code: u32) -> Self {
        match code {
            // REGDB_E_CLASSNOTREG, ERROR_MOD_NOT_FOUND as HRESULT, CO_E_SERVER_EXEC_FAILURE
            // on a box without the service, WBEM_E_INVALID_CLASS / WBEM_E_NOT_FOUND.
            0x8004_0154 | 0x8007_007E | 0x8008_0005 | 0x8004_1010 | 0x8004_1002 => {
                FactError::Absent
            }
            0x8004_100E => FactError::NamespaceMissing,
            0x8001_06BA => FactError::NotActive,
            0x8007_0005 | 0x8004_1003 => FactError::AccessDenied,
            other => FactError::Com(other),
        }
    }
}

/// Windows itself: name, version and whether it is a server.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OsFacts {
    /// `ProductName`, e.g. "Windows 10 Pro" (Windows 11 still says 10 there; `build` tells).
    #[serde(default)]
    pub caption: Option<String>,
    /// `10.0.<build>`.
    #[serde(default)]
    pub version: Option<String>,
    /// `ProductType` as `Win32_OperatingSystem` numbers it: 1 workstation, 2 domain
    /// controller, 3 server (from `ProductOptions\ProductType` WinNT / LanmanNT / ServerNT).
    #[serde(default)]
    pub product_type: Option<u32>,
}

impl OsFacts {
    pub fn is_server(&self) -> bool {
        self.product_type.is_some_and(|t| t != 1)
    }
}

/// `WSC_SECURITY_PRODUCT_STATE`, as `IWscProduct::get_ProductState` documents it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum WscProductState {
    On,
    Off,
    Snoozed,
    Expired,
}

impl WscProductState {
    pub fn code(self) -> &'static str {
        match self {
            WscProductState::On => "on",
            WscProductState::Off => "off",
            WscProductState::Snoozed => "snoozed",
            WscProductState::Expired => "expired",
        }
    }
}

/// `WSC_SECURITY_SIGNATURE_STATUS`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum WscSignatures {
    UpToDate,
    OutOfDate,
}

/// One antivirus product registered with Security Center (`IWscProduct`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WscProduct {
    pub name: String,
    #[serde(default)]
    pub guid: Option<String>,
    /// `None`: a state value the documentation does not list.
    pub state: Option<WscProductState>,
    pub signatures: Option<WscSignatures>,
    /// `ProductStateTimestamp` as Security Center gives it.
    #[serde(default)]
    pub timestamp: Option<String>,
    /// `RemediationPath`: the product's program, environment variables unexpanded.
    #[serde(default)]
    pub remediation_path: Option<String>,
}

/// Microsoft Defender's status (`MSFT_MpComputerStatus`), properties as named there.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DefenderFacts {
    /// `AMRunningMode` text ("Normal", "Passive Mode", …); absent before Windows 10 1803.
    #[serde(default)]
    pub running_mode: Option<String>,
    #[serde(default)]
    pub service_enabled: Option<bool>,
    #[serde(default)]
    pub antivirus_enabled: Option<bool>,
    #[serde(default)]
    pub realtime: Option<bool>,
    #[serde(default)]
    pub tamper_protected: Option<bool>,
    #[serde(default)]
    pub signatures_out_of_date: Option<bool>,
    /// `AntivirusSignatureAge` in days; `4294967295` means never updated.
    #[serde(default)]
    pub signature_age_days: Option<u64>,
    /// `AntivirusSignatureLastUpdated` as Unix seconds.
    #[serde(default)]
    pub signatures_updated: Option<i64>,
    #[serde(default)]
    pub signature_version: Option<String>,
}

/// One threat Defender detected: `MSFT_MpThreatDetection` joined with `MSFT_MpThreat` on
/// `ThreatID`. Only names, dates and statuses: the files it touched never leave the reader.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Detection {
    /// `ThreatName`, e.g. `Trojan:Win32/Lumma.RPX!MTB`.
    pub threat_name: String,
    /// `CategoryID` (3 is PASSWORDSTEALER).
    #[serde(default)]
    pub category: Option<u32>,
    /// `SeverityID` (5 severe).
    #[serde(default)]
    pub severity: Option<u32>,
    /// `InitialDetectionTime`, Unix seconds.
    #[serde(default)]
    pub detected: Option<i64>,
    /// `ThreatStatusID` (1 detected, 2 cleaned, 3 quarantined, 4 removed, 5 allowed, 6
    /// blocked, 102+ a failed action).
    #[serde(default)]
    pub status: Option<u32>,
    /// `MSFT_MpThreat.IsActive`.
    #[serde(default)]
    pub active: Option<bool>,
}

/// One installed Windows update as `Win32_QuickFixEngineering` lists it (the updates Windows'
/// component servicing installed: monthly cumulative and servicing-stack updates). The date is
/// kept as the source gives it (`InstalledOn`: usually `M/D/YYYY`, on some machines a
/// hexadecimal FILETIME); `checks::posture::updates` reads it and refuses absurd ones.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct InstalledUpdate {
    /// `HotFixID`, e.g. `KB5048652`.
    #[serde(default)]
    pub hotfix_id: Option<String>,
    /// `InstalledOn`, as given.
    #[serde(default)]
    pub installed_on: Option<String>,
}

/// A registry hive the checks read.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Hive {
    LocalMachine,
    CurrentUser,
}

impl Hive {
    pub fn code(self) -> &'static str {
        match self {
            Hive::LocalMachine => "HKLM",
            Hive::CurrentUser => "HKCU",
        }
    }
}

/// One registry value's data, as far as the checks care.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum RegData {
    Number(u64),
    Text(String),
    List(Vec<String>),
    /// Binary or a type no check reads; its bytes are not kept.
    #[serde(skip)]
    Other,
}

impl RegData {
    pub fn as_bool(&self) -> Option<bool> {
        match self {
            RegData::Number(n) => Some(*n != 0),
            RegData::Text(s) => match s.trim().to_ascii_lowercase().as_str() {
                "1" | "true" => Some(true),
                "0" | "false" => Some(false),
                _ => None,
            },
            _ => None,
        }
    }

    pub fn as_text(&self) -> Option<&str> {
        match self {
            RegData::Text(s) => Some(s),
            _ => None,
        }
    }
}

/// The values of one registry key, names as stored (compare without case).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct RegValues(pub Vec<(String, RegData)>);

impl RegValues {
    pub fn get(&self, name: &str) -> Option<&RegData> {
        self.0
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, d)| d)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recorded_codes_round_trip_and_unknown_codes_are_refused() {
        for e in [
            FactError::NotThisOs,
            FactError::Absent,
            FactError::NamespaceMissing,
            FactError::NotActive,
            FactError::AccessDenied,
            FactError::TimedOut,
        ] {
            assert_eq!(FactError::from_code(e.code(), None), Some(e));
        }
        assert_eq!(
            FactError::from_code("com", Some("0x80004005")),
            Some(FactError::Com(0x8000_4005))
        );
        assert_eq!(FactError::from_code("com", Some("zz")), None);
        assert_eq!(FactError::from_code("fine", None), None);
    }

    #[test]
    fn hresults_of_a_server_wine_and_a_stood_down_defender_have_their_meaning() {
        assert_eq!(FactError::from_hresult(0x8004_0154), FactError::Absent);
        assert_eq!(
            FactError::from_hresult(0x8004_100E),
            FactError::NamespaceMissing
        );
        assert_eq!(FactError::from_hresult(0x8001_06BA), FactError::NotActive);
        assert_eq!(
            FactError::from_hresult(0x8007_0005),
            FactError::AccessDenied
        );
        assert_eq!(
            FactError::from_hresult(0x8000_4005),
            FactError::Com(0x8000_4005)
        );
    }

    #[test]
    fn registry_values_read_as_booleans_the_way_policies_are_written() {
        assert_eq!(RegData::Number(0).as_bool(), Some(false));
        assert_eq!(RegData::Text(" 1 ".into()).as_bool(), Some(true));
        assert_eq!(RegData::Text("yes".into()).as_bool(), None);
        let values = RegValues(vec![("ProxyEnable".into(), RegData::Number(1))]);
        assert_eq!(
            values.get("proxyenable").and_then(RegData::as_bool),
            Some(true)
        );
    }
}
