//! The one PowerShell call of the Windows antivirus check, and the parser of what it prints.
//!
//! Command id `windows-security`. The script (`windows-security.ps1`) prints one object:
//!
//! ```json
//! {"format": 1,
//!  "os": {"ok": true, "caption": "Microsoft Windows 11 Pro", "version": "10.0.22631", "product_type": 1},
//!  "wsc": {"ok": true, "products": [{"displayName": "Windows Defender", "instanceGuid": "{…}",
//!          "productState": 397568, "pathToSignedProductExe": "windowsdefender://",
//!          "pathToSignedReportingExe": "%ProgramFiles%\\Windows Defender\\MsMpeng.exe",
//!          "timestamp": "Thu, 19 Nov 2026 01:12:40 GMT"}]},
//!  "defender": {"ok": true, "status": {"AMRunningMode": "Normal", "AMServiceEnabled": true, …,
//!          "AntivirusSignatureAge": 0, "AntivirusSignatureLastUpdated": "2026-11-18T01:12:40.0000000Z"}}}
//! ```
//!
//! and a part that failed is `{"ok": false, "error": "<message>", "error_id": "<FullyQualifiedErrorId>"}`.

use std::time::Duration;

use serde_json::Value;

use super::defender::DefenderStatus;
use super::powershell_json::{JsonError, boolean, field, first_json_value, list, text, unsigned};
use crate::checks::{CommandSpec, Env};

pub const COMMAND_ID: &str = "windows-security";

/// The script, ASCII and free of double quotes (see its header).
pub const SCRIPT: &str = include_str!("windows-security.ps1");

const TIMEOUT: Duration = Duration::from_secs(30);

/// The one PowerShell call of the antivirus check.
pub fn command(env: &dyn Env) -> CommandSpec {
    CommandSpec::windows_powershell(env, COMMAND_ID, SCRIPT, TIMEOUT)
}

/// One part of the report: its data, why it failed, or absent from the output.
#[derive(Clone, Debug, PartialEq)]
pub enum Part<T> {
    Ok(T),
    Failed(PartError),
    Missing,
}

#[derive(Clone, Debug, PartialEq)]
pub struct PartError {
    pub message: String,
    /// PowerShell's `FullyQualifiedErrorId`, e.g. `HRESULT 0x800106ba,Get-MpComputerStatus`.
    pub error_id: String,
}

impl PartError {
    fn mentions(&self, needle: &str) -> bool {
        let needle = needle.to_ascii_lowercase();
        self.message.to_ascii_lowercase().contains(&needle)
            || self.error_id.to_ascii_lowercase().contains(&needle)
    }

    /// `0x800106ba`: Defender's service is not active, typically because another antivirus
    /// took over. The message may be localized or generic; the id carries the code.
    pub fn is_defender_not_active(&self) -> bool {
        self.mentions("800106ba")
    }

    /// The WMI namespace or the cmdlet does not exist: Security Center on Windows Server, or
    /// Defender removed from a server.
    pub fn is_absent(&self) -> bool {
        self.mentions("invalidnamespace")
            || self.mentions("invalid namespace")
            || self.mentions("8004100e")
            || self.mentions("commandnotfoundexception")
    }

    /// Short and single-line, for a message argument.
    pub fn detail(&self) -> String {
        let text = if self.message.trim().is_empty() {
            &self.error_id
        } else {
            &self.message
        };
        let line = text.lines().map(str::trim).find(|l| !l.is_empty());
        line.unwrap_or("").chars().take(200).collect()
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct OsInfo {
    pub caption: Option<String>,
    /// `Win32_OperatingSystem.ProductType`: 1 workstation, 2 domain controller, 3 server.
    pub product_type: Option<u64>,
}

/// One `AntiVirusProduct` row of Security Center.
#[derive(Clone, Debug, PartialEq)]
pub struct WscRow {
    pub name: String,
    pub guid: Option<String>,
    pub product_state: Option<u32>,
    /// As stored, environment variables unexpanded (`%ProgramFiles%\…`).
    pub product_exe: Option<String>,
    pub reporting_exe: Option<String>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct WindowsSecurity {
    pub os: Part<OsInfo>,
    pub wsc: Part<Vec<WscRow>>,
    pub defender: Part<DefenderStatus>,
}

/// Parses the script's output. Fails only when there is no JSON object at all; a part that
/// is missing or malformed becomes `Part::Missing` or `Part::Failed`.
pub fn parse_windows_security(stdout: &str) -> Result<WindowsSecurity, JsonError> {
    let doc = first_json_value(stdout)?;
    if !doc.is_object() {
        return Err(JsonError::NotAnObject);
    }
    Ok(WindowsSecurity {
        os: part(&doc, "os", |p| {
            Some(OsInfo {
                caption: text(field(p, "caption")),
                product_type: unsigned(field(p, "product_type")),
            })
        }),
        wsc: part(&doc, "wsc", |p| {
            let rows = field(p, "products");
            // `products` must be there (an array, or one bare row); a part without it is
            // not an empty list.
            rows?;
            Some(list(rows).into_iter().filter_map(wsc_row).collect())
        }),
        defender: part(&doc, "defender", |p| {
            field(p, "status")
                .filter(|s| s.is_object())
                .map(DefenderStatus::from_value)
        }),
    })
}

fn part<T>(doc: &Value, name: &str, read: impl FnOnce(&Value) -> Option<T>) -> Part<T> {
    let Some(p) = field(doc, name).filter(|p| p.is_object()) else {
        return Part::Missing;
    };
    match boolean(field(p, "ok")) {
        Some(true) => read(p).map_or(Part::Missing, Part::Ok),
        Some(false) => Part::Failed(PartError {
            message: text(field(p, "error")).unwrap_or_default(),
            error_id: text(field(p, "error_id")).unwrap_or_default(),
        }),
        None => Part::Missing,
    }
}

fn wsc_row(v: &Value) -> Option<WscRow> {
    Some(WscRow {
        name: text(field(v, "displayName"))?,
        guid: text(field(v, "instanceGuid")),
        product_state: unsigned(field(v, "productState")).and_then(|n| u32::try_from(n).ok()),
        product_exe: text(field(v, "pathToSignedProductExe")),
        reporting_exe: text(field(v, "pathToSignedReportingExe")),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checks::antivirus::defender::{Age, RunningMode};

    const HEALTHY: &str = r#"{
    "format":  1,
    "os":  {
               "ok":  true,
               "caption":  "Microsoft Windows 11 Pro",
               "version":  "10.0.22631",
               "product_type":  1
           },
    "wsc":  {
                "ok":  true,
                "products":  [
                                 {
                                     "displayName":  "Windows Defender",
                                     "instanceGuid":  "{D68DDC3A-831F-4fae-9E44-DA132C1ACF46}",
                                     "productState":  397568,
                                     "pathToSignedProductExe":  "windowsdefender://",
                                     "pathToSignedReportingExe":  "%ProgramFiles%\\Windows Defender\\MsMpeng.exe",
                                     "timestamp":  "Wed, 18 Nov 2026 01:12:40 GMT"
                                 }
                             ]
            },
    "defender":  {
                     "ok":  true,
                     "status":  {
                                    "AMRunningMode":  "Normal",
                                    "AMServiceEnabled":  true,
                                    "AntivirusEnabled":  true,
                                    "RealTimeProtectionEnabled":  true,
                                    "IsTamperProtected":  true,
                                    "DefenderSignaturesOutOfDate":  false,
                                    "AntivirusSignatureAge":  0,
                                    "AntivirusSignatureLastUpdated":  "2026-11-18T01:12:40.0000000Z",
                                    "AntivirusSignatureVersion":  "1.441.212.0",
                                    "AMProductVersion":  "4.18.26100.5"
                                }
                 }
}"#;

    #[test]
    fn a_powershell_5_1_document_parses_into_its_three_parts() {
        let report = parse_windows_security(HEALTHY).unwrap();
        let Part::Ok(os) = &report.os else { panic!() };
        assert_eq!(os.product_type, Some(1));
        let Part::Ok(rows) = &report.wsc else {
            panic!()
        };
        assert_eq!(rows[0].product_state, Some(397_568));
        assert_eq!(
            rows[0].reporting_exe.as_deref(),
            Some(r"%ProgramFiles%\Windows Defender\MsMpeng.exe")
        );
        let Part::Ok(d) = &report.defender else {
            panic!()
        };
        assert_eq!(d.mode, RunningMode::Normal);
        assert_eq!(d.signature_age, Age::Days(0));
        assert_eq!(d.signatures_updated, Some(1_794_964_360));
    }

    #[test]
    fn a_single_row_printed_bare_is_a_list_of_one() {
        let doc = r#"{"wsc": {"ok": true, "products": {"displayName": "Bkav Pro Internet Security", "productState": 266240}}}"#;
        let Part::Ok(rows) = parse_windows_security(doc).unwrap().wsc else {
            panic!()
        };
        assert_eq!(rows.len(), 1);
        assert_eq!(rows[0].name, "Bkav Pro Internet Security");
    }

    #[test]
    fn failed_parts_keep_their_error_and_the_others_survive() {
        let doc = r#"{"format":1,
            "os":{"ok":true,"caption":"Microsoft Windows Server 2022 Standard","version":"10.0.20348","product_type":3},
            "wsc":{"ok":false,"error":"Invalid namespace","error_id":"HRESULT 0x8004100e,Microsoft.Management.Infrastructure.CimCmdlets.GetCimInstanceCommand"},
            "defender":{"ok":false,"error":"Thao t\u00e1c kh\u00f4ng th\u00e0nh c\u00f4ng v\u1edbi l\u1ed7i sau: 0x%1!x!","error_id":"HRESULT 0x800106ba,Get-MpComputerStatus"}}"#;
        let report = parse_windows_security(doc).unwrap();
        let Part::Failed(wsc) = &report.wsc else {
            panic!()
        };
        assert!(wsc.is_absent() && !wsc.is_defender_not_active());
        let Part::Failed(def) = &report.defender else {
            panic!()
        };
        assert!(
            def.is_defender_not_active(),
            "found in the id, not the localized text"
        );
        assert!(matches!(
            report.os,
            Part::Ok(OsInfo {
                product_type: Some(3),
                ..
            })
        ));
    }

    #[test]
    fn empty_garbage_and_non_objects_are_errors() {
        assert_eq!(parse_windows_security(""), Err(JsonError::Empty));
        assert!(matches!(
            parse_windows_security("powershell.exe : The term is not recognized"),
            Err(JsonError::NotJson(_))
        ));
        assert_eq!(
            parse_windows_security("[1, 2]"),
            Err(JsonError::NotAnObject)
        );
    }

    #[test]
    fn parts_missing_or_without_ok_read_as_missing() {
        let report = parse_windows_security(r#"{"wsc": {"products": []}, "defender": 5}"#).unwrap();
        assert_eq!(report.os, Part::Missing);
        assert_eq!(report.wsc, Part::Missing);
        assert_eq!(report.defender, Part::Missing);
        let report = parse_windows_security(r#"{"wsc": {"ok": true}}"#).unwrap();
        assert_eq!(
            report.wsc,
            Part::Missing,
            "ok without products is not an empty list"
        );
        let report = parse_windows_security(r#"{"wsc": {"ok": true, "products": []}}"#).unwrap();
        assert_eq!(report.wsc, Part::Ok(Vec::new()));
    }

    #[test]
    fn the_script_survives_windows_argument_quoting() {
        assert!(SCRIPT.is_ascii());
        assert!(!SCRIPT.contains('"'), "a double quote would be mangled");
        assert!(SCRIPT.contains("OutputEncoding"));
        assert!(SCRIPT.contains("-InputObject $out"));
    }

    #[test]
    fn powershell_is_run_by_its_full_path_when_known() {
        use crate::checks::OsKind;
        use crate::checks::scenario::ScenarioEnv;
        let env = ScenarioEnv::new(OsKind::Windows, "/x", 0).with_var("SystemRoot", r"C:\Windows");
        let spec = command(&env);
        assert_eq!(
            spec.program,
            r"C:\Windows\System32\WindowsPowerShell\v1.0\powershell.exe"
        );
        assert_eq!(
            spec.args[..5],
            [
                "-NoProfile",
                "-NonInteractive",
                "-ExecutionPolicy",
                "Bypass",
                "-Command"
            ]
        );
        assert_eq!(
            command(&ScenarioEnv::new(OsKind::Windows, "/x", 0)).program,
            "powershell.exe"
        );
    }
}
