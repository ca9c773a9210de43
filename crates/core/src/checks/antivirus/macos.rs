//! macOS: Gatekeeper (`spctl --status`, command id `spctl-status`), the XProtect bundle's
//! version, whether Apple may update it, and Defender for Endpoint when present
//! (`../shared/reference/machine-checks.md` B2, Gotcha 19).
//!
//! XProtect is macOS's built-in antivirus and carries no date: Apple updates it silently, so it
//! counts as current unless its automatic updates are switched off, which is then a warning.

use std::time::Duration;

use super::verdict::{Assessment, Found, Note};
use super::{AvProduct, AvSource, linux};
use crate::Msg;
use crate::checks::{Action, CommandOutcome, CommandSpec, Env, MachinePath, OsKind, reason};
use crate::outside::{self, cap};

pub const COMMAND_ID: &str = "spctl-status";

/// The active XProtect first (macOS 15+ keeps it under `/private/var/protected`; the
/// CoreServices copy is a fallback that can differ), then older releases' places.
pub const XPROTECT_PLISTS: &[&str] = &[
    "/private/var/protected/xprotect/XProtect.bundle/Contents/Info.plist",
    "/Library/Apple/System/Library/CoreServices/XProtect.bundle/Contents/Info.plist",
    "/System/Library/CoreServices/XProtect.bundle/Contents/Info.plist",
    "/System/Library/CoreServices/CoreTypes.bundle/Contents/Resources/XProtect.meta.plist",
];

/// Software Update's settings; `ConfigDataInstall` false stops XProtect updates.
pub const SOFTWARE_UPDATE_PLIST: &str = "/Library/Preferences/com.apple.SoftwareUpdate.plist";

/// `assessments enabled` → `Some(true)`, `assessments disabled` → `Some(false)`.
pub fn parse_spctl_status(output: &str) -> Option<bool> {
    output.lines().find_map(|line| {
        let words: Vec<String> = line
            .split_whitespace()
            .map(str::to_ascii_lowercase)
            .collect();
        match words.iter().map(String::as_str).collect::<Vec<_>>()[..] {
            ["assessments", "enabled"] => Some(true),
            ["assessments", "disabled"] => Some(false),
            _ => None,
        }
    })
}

/// The version of an XProtect `Info.plist` (XML or binary): `CFBundleShortVersionString`,
/// else `CFBundleVersion`; for the old `XProtect.meta.plist`, `Version`.
pub fn parse_xprotect_version(bytes: &[u8]) -> Option<String> {
    let value = plist::Value::from_reader(std::io::Cursor::new(bytes)).ok()?;
    let dict = value.as_dictionary()?;
    ["CFBundleShortVersionString", "CFBundleVersion", "Version"]
        .iter()
        .find_map(|key| match dict.get(key)? {
            plist::Value::String(s) if is_version(s.trim()) => Some(s.trim().to_owned()),
            plist::Value::Integer(i) => Some(i.to_string()),
            _ => None,
        })
}

/// A version number (`5284`, `2.0.1`), the one piece of the file's text that reaches the report:
/// anything else there is not shown.
fn is_version(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= 32
        && s.bytes().all(|b| b.is_ascii_digit() || b == b'.')
        && s.bytes().any(|b| b.is_ascii_digit())
}

/// `ConfigDataInstall` of Software Update's settings; `None` when not set (the default
/// is on) or the file is not a property list.
pub fn parse_software_update_plist(bytes: &[u8]) -> Option<bool> {
    let value = plist::Value::from_reader(std::io::Cursor::new(bytes)).ok()?;
    match value.as_dictionary()?.get("ConfigDataInstall")? {
        plist::Value::Boolean(b) => Some(*b),
        plist::Value::Integer(i) => i.as_unsigned().map(|n| n != 0),
        _ => None,
    }
}

pub fn command() -> CommandSpec {
    CommandSpec::new(
        COMMAND_ID,
        "/usr/sbin/spctl",
        &["--status"],
        Duration::from_secs(10),
    )
}

pub(super) fn assess(env: &dyn Env) -> Assessment {
    let mut a = Assessment::new(OsKind::MacOs);

    // Gatekeeper. `spctl --status` exits non-zero when assessments are disabled, so the
    // text decides, whatever the exit code.
    let spec = command();
    let outcome = env.run(&spec);
    let gatekeeper = match &outcome {
        CommandOutcome::Exited { stdout, stderr, .. } => {
            let parsed = parse_spctl_status(stdout).or_else(|| parse_spctl_status(stderr));
            if parsed.is_none() {
                a.problem(
                    reason::command_problem(&spec, &outcome)
                        .unwrap_or_else(|| reason::unrecognized_output(&spec)),
                );
            }
            parsed
        }
        other => {
            if let Some(problem) = reason::command_problem(&spec, other) {
                a.problem(problem);
            }
            None
        }
    };
    a.evidence(
        "gatekeeper",
        match gatekeeper {
            Some(true) => "enabled",
            Some(false) => "disabled",
            None => "unknown",
        },
    );
    match gatekeeper {
        Some(false) => a.notes.push(Note {
            summary: Msg::new("check-av-mac-gatekeeper-off"),
            advice: vec![Msg::new("check-av-advice-mac-gatekeeper")],
            steps: Some(Action::Steps {
                label: Msg::new("check-av-steps-gatekeeper-label"),
                steps: vec![
                    Msg::new("check-av-step-mac-open-privacy"),
                    Msg::new("check-av-step-mac-allow-identified"),
                    Msg::new("check-av-step-check-again"),
                ],
            }),
        }),
        Some(true) => {}
        // Without Gatekeeper's state the result cannot be "ok".
        None => a.incomplete = true,
    }

    // XProtect.
    let mut xprotect: Option<(String, String)> = None;
    for path in XPROTECT_PLISTS
        .iter()
        .filter_map(|p| MachinePath::parse(OsKind::MacOs, p))
    {
        match outside::read(&env.local(&path), cap::OUTPUT) {
            Ok(bytes) => match parse_xprotect_version(&bytes) {
                Some(version) => {
                    xprotect = Some((version, path.to_string()));
                    break;
                }
                None => a.problem(reason::unreadable(
                    &path,
                    &std::io::Error::new(std::io::ErrorKind::InvalidData, "no version"),
                )),
            },
            Err(e) if e.is_not_found() => {}
            Err(e) => a.problem(e.reason(&path.to_string())),
        }
    }
    let updates_off = MachinePath::parse(OsKind::MacOs, SOFTWARE_UPDATE_PLIST)
        .and_then(|p| outside::read(&env.local(&p), cap::OUTPUT).ok())
        .and_then(|bytes| parse_software_update_plist(&bytes))
        == Some(false);
    match &xprotect {
        Some((version, path)) => {
            a.evidence("xprotect_version", version.clone());
            a.evidence("xprotect_path", path.clone());
            let mut found = Found::new(AvProduct {
                name: "XProtect".to_owned(),
                active: true,
                realtime: None,
                signatures_age_days: None,
                signatures_up_to_date: None,
                source: AvSource::XProtect,
                state: "present",
            });
            found.protecting = true;
            found.fresh = Some(true);
            a.found.push(found);
            if updates_off {
                a.notes.push(Note {
                    summary: Msg::new("check-av-mac-updates-off"),
                    advice: vec![Msg::new("check-av-advice-mac-updates")],
                    steps: Some(Action::Steps {
                        label: Msg::new("check-av-steps-update-label"),
                        steps: vec![
                            Msg::new("check-av-step-mac-open-software-update"),
                            Msg::new("check-av-step-mac-security-responses"),
                            Msg::new("check-av-step-check-again"),
                        ],
                    }),
                });
            }
        }
        // Part of every macOS since 10.6: not finding it is a reading problem.
        None => a.problem(Msg::new("check-av-reason-xprotect-missing")),
    }
    a.evidence("xprotect_updates", !updates_off);

    linux::defender_for_endpoint(env, &mut a);
    a
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checks::antivirus::AntivirusCheck;
    use crate::checks::antivirus::mdatp;
    use crate::checks::scenario::ScenarioEnv;
    use crate::checks::{Check, Status};

    const INFO_PLIST: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
	<key>CFBundleIdentifier</key>
	<string>com.apple.XProtectFramework.plugin-data</string>
	<key>CFBundleShortVersionString</key>
	<string>5322</string>
	<key>CFBundleVersion</key>
	<string>5322</string>
</dict>
</plist>
"#;

    fn write(root: &std::path::Path, path: &str, bytes: &[u8]) {
        let full = root.join(path.trim_start_matches('/'));
        std::fs::create_dir_all(full.parent().unwrap()).unwrap();
        std::fs::write(full, bytes).unwrap();
    }

    fn mac(root: &std::path::Path, spctl: &str) -> ScenarioEnv {
        ScenarioEnv::new(OsKind::MacOs, root, 1_795_000_000)
            .with_var("HOME", "/Users/lan")
            .with_stdout(COMMAND_ID, spctl)
    }

    #[test]
    fn spctl_outputs() {
        assert_eq!(parse_spctl_status("assessments enabled\n"), Some(true));
        assert_eq!(parse_spctl_status("assessments disabled\n"), Some(false));
        assert_eq!(parse_spctl_status("Assessments  Enabled"), Some(true));
        assert_eq!(parse_spctl_status("spctl: unrecognized option"), None);
        assert_eq!(parse_spctl_status("assessments enabled maybe"), None);
        assert_eq!(parse_spctl_status(""), None);
    }

    #[test]
    fn xprotect_versions_from_xml_binary_and_meta_plists() {
        assert_eq!(
            parse_xprotect_version(INFO_PLIST.as_bytes()).as_deref(),
            Some("5322")
        );
        let mut dict = plist::Dictionary::new();
        dict.insert("CFBundleShortVersionString".into(), "5328".into());
        let mut binary = Vec::new();
        plist::Value::Dictionary(dict)
            .to_writer_binary(&mut binary)
            .unwrap();
        assert_eq!(parse_xprotect_version(&binary).as_deref(), Some("5328"));
        let mut meta = plist::Dictionary::new();
        meta.insert("Version".into(), plist::Value::Integer(2153.into()));
        let mut xml = Vec::new();
        plist::Value::Dictionary(meta)
            .to_writer_xml(&mut xml)
            .unwrap();
        assert_eq!(parse_xprotect_version(&xml).as_deref(), Some("2153"));
        assert_eq!(parse_xprotect_version(b"not a plist"), None);
        assert_eq!(parse_xprotect_version(b""), None);
    }

    #[test]
    fn software_update_settings() {
        let mut dict = plist::Dictionary::new();
        dict.insert("ConfigDataInstall".into(), false.into());
        let mut binary = Vec::new();
        plist::Value::Dictionary(dict)
            .to_writer_binary(&mut binary)
            .unwrap();
        assert_eq!(parse_software_update_plist(&binary), Some(false));
        assert_eq!(parse_software_update_plist(INFO_PLIST.as_bytes()), None);
    }

    #[test]
    fn gatekeeper_on_and_xprotect_present_is_ok_from_the_sequoia_location() {
        let dir = tempfile::tempdir().unwrap();
        write(dir.path(), XPROTECT_PLISTS[0], INFO_PLIST.as_bytes());
        write(
            dir.path(),
            XPROTECT_PLISTS[1],
            INFO_PLIST.replace("5322", "5300").as_bytes(),
        );
        let out = AntivirusCheck.run(&mac(dir.path(), "assessments enabled\n"));
        let f = &out.findings[0];
        assert_eq!(f.status, Status::Ok, "{f:?}");
        assert_eq!(
            f.evidence["xprotect_version"], "5322",
            "the active copy wins"
        );
        assert_eq!(f.evidence["gatekeeper"], "enabled");
    }

    #[test]
    fn gatekeeper_off_is_a_warning_with_steps_even_with_a_non_zero_exit() {
        let dir = tempfile::tempdir().unwrap();
        write(dir.path(), XPROTECT_PLISTS[1], INFO_PLIST.as_bytes());
        let env = mac(dir.path(), "").with_command(
            COMMAND_ID,
            CommandOutcome::Exited {
                code: Some(1),
                stdout: "assessments disabled\n".into(),
                stderr: String::new(),
            },
        );
        let f = &AntivirusCheck.run(&env).findings[0];
        assert_eq!(f.status, Status::Warning);
        assert_eq!(f.summary.id, "check-av-mac-gatekeeper-off");
        assert!(matches!(&f.actions[0], Action::Steps { .. }));
    }

    #[test]
    fn xprotect_updates_switched_off_is_a_warning() {
        let dir = tempfile::tempdir().unwrap();
        write(dir.path(), XPROTECT_PLISTS[1], INFO_PLIST.as_bytes());
        let mut dict = plist::Dictionary::new();
        dict.insert("ConfigDataInstall".into(), false.into());
        let mut binary = Vec::new();
        plist::Value::Dictionary(dict)
            .to_writer_binary(&mut binary)
            .unwrap();
        write(dir.path(), SOFTWARE_UPDATE_PLIST, &binary);
        let f = &AntivirusCheck
            .run(&mac(dir.path(), "assessments enabled\n"))
            .findings[0];
        assert_eq!(f.status, Status::Warning);
        assert_eq!(f.summary.id, "check-av-mac-updates-off");
    }

    #[test]
    fn spctl_timing_out_is_unknown_even_with_xprotect() {
        let dir = tempfile::tempdir().unwrap();
        write(dir.path(), XPROTECT_PLISTS[1], INFO_PLIST.as_bytes());
        let env = mac(dir.path(), "").with_command(COMMAND_ID, CommandOutcome::TimedOut);
        let f = &AntivirusCheck.run(&env).findings[0];
        assert_eq!(f.status, Status::Unknown);
        assert_eq!(
            f.reason.as_ref().unwrap().id,
            "check-reason-command-timeout"
        );
    }

    #[test]
    fn no_xprotect_found_is_unknown_not_critical() {
        let dir = tempfile::tempdir().unwrap();
        let f = &AntivirusCheck
            .run(&mac(dir.path(), "assessments enabled\n"))
            .findings[0];
        assert_eq!(f.status, Status::Unknown);
        assert_eq!(
            f.reason.as_ref().unwrap().id,
            "check-av-reason-xprotect-missing"
        );
    }

    #[test]
    fn defender_for_endpoint_on_macos_is_listed() {
        let dir = tempfile::tempdir().unwrap();
        write(dir.path(), XPROTECT_PLISTS[1], INFO_PLIST.as_bytes());
        let env = mac(dir.path(), "assessments enabled\n").with_stdout(
            mdatp::COMMAND_ID,
            "healthy : true\nreal_time_protection_enabled : true\ndefinitions_status : \"up_to_date\"\n",
        );
        let out = AntivirusCheck.run(&env);
        assert_eq!(out.findings[0].status, Status::Ok);
        assert_eq!(out.antivirus.len(), 2);
    }
}
