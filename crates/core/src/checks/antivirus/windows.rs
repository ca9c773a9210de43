//! Windows: what Security Center and Defender say (one PowerShell call), checked against the
//! running processes.
//!
//! - Defender's row reads "off" whenever another product is primary: normal, not a finding.
//! - A Security Center row can outlive its product (stale): a row whose executable is neither
//!   on disk nor running does not count.
//! - Windows Server has no Security Center: Defender's status plus known process names.

use serde_json::Value;

use super::defender::{Age, DefenderStatus, RunningMode};
use super::names::{self, DEFENDER, THIRD_PARTY, process_key};
use super::productstate::{ProductState, WscState};
use super::verdict::{Assessment, Found, MAX_SIGNATURE_AGE_DAYS};
use super::windows_security::{self, OsInfo, Part, WindowsSecurity, WscRow};
use super::{AvProduct, AvSource};
use crate::Msg;
use crate::checks::{CommandOutcome, Env, MachinePath, OsKind, reason};

/// Defender's Security Center `instanceGuid`.
const DEFENDER_GUID: &str = "{D68DDC3A-831F-4fae-9E44-DA132C1ACF46}";

pub(super) fn assess(env: &dyn Env) -> Assessment {
    let mut a = Assessment::new(OsKind::Windows);
    let spec = windows_security::command(env);
    let outcome = env.run(&spec);
    let processes = env.processes();
    let running: Option<Vec<String>> = processes
        .as_ref()
        .ok()
        .map(|list| list.iter().map(|p| process_key(&p.name)).collect());
    let report = match &outcome {
        CommandOutcome::Exited { code, stdout, .. } => {
            match windows_security::parse_windows_security(stdout) {
                Ok(report) => Some(report),
                Err(e) => {
                    let problem = match code {
                        Some(0) => reason::bad_output(&spec, e.to_string()),
                        _ => reason::command_problem(&spec, &outcome)
                            .unwrap_or_else(|| reason::bad_output(&spec, e.to_string())),
                    };
                    a.problem(problem);
                    None
                }
            }
        }
        other => {
            if let Some(problem) = reason::command_problem(&spec, other) {
                a.problem(problem);
            }
            None
        }
    };
    // Without PowerShell's answer nothing is known about the products' state; the running
    // AV processes are kept as evidence only.
    let Some(report) = report else {
        if let Some(running) = &running {
            a.evidence("av_processes", vendors_running(running));
        }
        return a;
    };
    read_report(env, &report, running.as_deref(), &mut a, &spec);
    if let (Err(detail), true) = (&processes, is_server(&report)) {
        a.problem(reason::processes_unavailable(detail));
    }
    a
}

fn is_server(report: &WindowsSecurity) -> bool {
    let server_os = matches!(
        report.os,
        Part::Ok(OsInfo {
            product_type: Some(t),
            ..
        }) if t != 1
    );
    let no_security_center = matches!(&report.wsc, Part::Failed(e) if e.is_absent());
    server_os || no_security_center
}

fn vendors_running(running: &[String]) -> Vec<Value> {
    THIRD_PARTY
        .iter()
        .chain([&DEFENDER])
        .filter(|v| v.running_in(running))
        .map(|v| Value::from(v.id))
        .collect()
}

fn read_report(
    env: &dyn Env,
    report: &WindowsSecurity,
    running: Option<&[String]>,
    a: &mut Assessment,
    spec: &crate::checks::CommandSpec,
) {
    let server = is_server(report);
    a.evidence("server", server);
    if let Part::Ok(OsInfo {
        caption: Some(caption),
        ..
    }) = &report.os
    {
        a.evidence("windows", caption.clone());
    }

    // Security Center rows: Defender's apart, the others as products.
    let mut defender_row: Option<(String, ProductState)> = None;
    let mut third_party: Vec<Found> = Vec::new();
    match &report.wsc {
        Part::Ok(rows) => {
            for row in rows {
                let state = row.product_state.map(ProductState::decode);
                if is_defender_row(row, state) {
                    if let Some(state) = state {
                        defender_row.get_or_insert((row.name.clone(), state));
                    }
                    continue;
                }
                third_party.push(third_party_row(env, row, state, running));
            }
        }
        Part::Failed(_) if server => {}
        Part::Failed(e) => {
            a.problem(Msg::new("check-av-reason-security-center").arg("detail", e.detail()))
        }
        Part::Missing if server => {}
        Part::Missing => a.problem(reason::bad_output(spec, "wsc")),
    }

    // Defender's own status.
    let now = env.now_unix();
    match &report.defender {
        Part::Ok(status) => {
            a.evidence("defender_mode", status.mode.code());
            if let Some(t) = status.tamper_protected {
                a.evidence("tamper_protected", t);
            }
            let found = defender_found(status, defender_row.as_ref(), now);
            if status.mode == RunningMode::Unknown && !found.protecting {
                a.problem(Msg::new("check-av-reason-defender-mode"));
            }
            a.found.push(found);
        }
        Part::Failed(e) if e.is_defender_not_active() => {
            a.evidence("defender_mode", "not-active");
            let name = defender_row
                .as_ref()
                .map_or_else(|| DEFENDER.name.to_owned(), |(n, _)| n.clone());
            a.found.push(Found::new(AvProduct {
                name,
                active: false,
                realtime: None,
                signatures_age_days: None,
                signatures_up_to_date: None,
                source: AvSource::Defender,
                state: "not-active",
            }));
        }
        Part::Failed(e) if e.is_absent() && server => {
            a.evidence("defender_mode", "absent");
        }
        failed_or_missing => match &defender_row {
            // Security Center still says whether Defender is on.
            Some((name, state)) => a.found.push(from_row_only(name, *state)),
            None => {
                let detail = match failed_or_missing {
                    Part::Failed(e) => e.detail(),
                    _ => "defender".to_owned(),
                };
                a.problem(Msg::new("check-av-reason-defender").arg("detail", detail));
            }
        },
    }

    // Products known only by their processes (Server, or not registered with Security
    // Center). A vendor with a Security Center row is judged by its row.
    if let Some(running) = running {
        a.evidence("av_processes", vendors_running(running));
        for vendor in THIRD_PARTY {
            let has_row = third_party
                .iter()
                .any(|f| names::vendor_of(&f.product.name).is_some_and(|v| v.id == vendor.id));
            if !has_row && vendor.running_in(running) {
                let mut found = Found::new(AvProduct {
                    name: vendor.name.to_owned(),
                    active: true,
                    realtime: None,
                    signatures_age_days: None,
                    signatures_up_to_date: None,
                    source: AvSource::Process,
                    state: "running",
                });
                found.protecting = true;
                found.confirmed = false;
                third_party.push(found);
            }
        }
    }
    a.found.extend(third_party);
}

fn is_defender_row(row: &WscRow, state: Option<ProductState>) -> bool {
    let by_guid = row
        .guid
        .as_deref()
        .is_some_and(|g| g.eq_ignore_ascii_case(DEFENDER_GUID));
    by_guid || (state.is_some_and(|s| s.microsoft) && DEFENDER.names(&row.name))
}

fn third_party_row(
    env: &dyn Env,
    row: &WscRow,
    state: Option<ProductState>,
    running: Option<&[String]>,
) -> Found {
    let wsc_state = state.map_or(WscState::Unknown, |s| s.state);
    let stale = wsc_state == WscState::On && is_stale(env, row, running);
    let mut found = Found::new(AvProduct {
        name: row.name.clone(),
        active: wsc_state == WscState::On && !stale,
        realtime: None,
        signatures_age_days: None,
        signatures_up_to_date: state.map(|s| s.signatures_up_to_date),
        source: AvSource::SecurityCenter,
        state: if stale { "stale" } else { wsc_state.code() },
    });
    found.protecting = found.product.active;
    found.expired = wsc_state == WscState::Expired;
    found.stale = stale;
    found
}

fn from_row_only(name: &str, state: ProductState) -> Found {
    let on = state.state == WscState::On;
    let mut found = Found::new(AvProduct {
        name: name.to_owned(),
        active: on,
        realtime: None,
        signatures_age_days: None,
        signatures_up_to_date: Some(state.signatures_up_to_date),
        source: AvSource::Defender,
        state: state.state.code(),
    });
    found.protecting = on;
    found
}

fn defender_found(
    status: &DefenderStatus,
    row: Option<&(String, ProductState)>,
    now: i64,
) -> Found {
    let row_state = row.map(|(_, s)| *s);
    // Before Windows 10 1803 there is no running mode: Security Center's "on" decides.
    let protecting = status.protecting()
        || (status.mode == RunningMode::Unknown
            && row_state.is_some_and(|s| s.state == WscState::On)
            && status.antivirus_enabled != Some(false)
            && status.realtime != Some(false));
    let age = status.signature_age_days(now);
    let fresh = if status.signature_age == Age::Never || status.signatures_out_of_date == Some(true)
    {
        Some(false)
    } else if let Some(days) = age {
        Some(days <= MAX_SIGNATURE_AGE_DAYS)
    } else if status.signatures_out_of_date == Some(false) {
        Some(true)
    } else {
        row_state.map(|s| s.signatures_up_to_date)
    };
    let name = row.map_or_else(|| DEFENDER.name.to_owned(), |(n, _)| n.clone());
    let mut found = Found::new(AvProduct {
        name,
        active: protecting,
        realtime: status.realtime,
        signatures_age_days: age,
        signatures_up_to_date: fresh,
        source: AvSource::Defender,
        state: status.mode.code(),
    });
    found.protecting = protecting;
    found
}

/// A row whose product is gone: its executable (environment variables expanded) is not on
/// disk, and neither it nor a known process of its vendor is running. Without a process
/// list, or without a path to look at, the row is trusted.
fn is_stale(env: &dyn Env, row: &WscRow, running: Option<&[String]>) -> bool {
    let Some(running) = running else {
        return false;
    };
    let paths: Vec<MachinePath> = [&row.reporting_exe, &row.product_exe]
        .into_iter()
        .flatten()
        .filter_map(|p| expand_env_vars(env, p))
        .filter_map(|p| MachinePath::parse(OsKind::Windows, &p))
        .collect();
    if paths.is_empty() || paths.iter().any(|p| env.local(p).exists()) {
        return false;
    }
    let exe_names: Vec<String> = paths
        .iter()
        .filter_map(MachinePath::file_name)
        .map(process_key)
        .collect();
    let vendor = names::vendor_of(&row.name);
    let runs = running.iter().any(|r| {
        exe_names.contains(r) || vendor.is_some_and(|v| v.processes.contains(&r.as_str()))
    });
    !runs
}

/// `%ProgramFiles%\Bkav Pro\BkavService.exe` → `C:\Program Files\Bkav Pro\BkavService.exe`;
/// `None` when a variable is unknown. Surrounding quotes are dropped.
pub(super) fn expand_env_vars(env: &dyn Env, text: &str) -> Option<String> {
    let text = text.trim().trim_matches('"');
    let mut out = String::new();
    let mut rest = text;
    while let Some(start) = rest.find('%') {
        out.push_str(&rest[..start]);
        let after = &rest[start + 1..];
        let end = after.find('%')?;
        out.push_str(&env.var(&after[..end])?);
        rest = &after[end + 1..];
    }
    out.push_str(rest);
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checks::Status;
    use crate::checks::antivirus::AntivirusCheck;
    use crate::checks::scenario::ScenarioEnv;
    use crate::checks::{Action, Check, CheckOutput};

    const NOW: i64 = 1_795_000_000; // 2026-11-18 11:06:40 UTC

    fn env(dir: &std::path::Path) -> ScenarioEnv {
        ScenarioEnv::new(OsKind::Windows, dir, NOW)
            .with_var("ProgramFiles", r"C:\Program Files")
            .with_var("ProgramFiles(x86)", r"C:\Program Files (x86)")
            .with_process("explorer.exe", None)
            .with_process("svchost.exe", None)
    }

    fn run(env: ScenarioEnv, stdout: &str) -> CheckOutput {
        AntivirusCheck.run(&env.with_stdout(windows_security::COMMAND_ID, stdout))
    }

    fn defender_row(state: u32) -> String {
        format!(
            r#"{{"displayName":"Windows Defender","instanceGuid":"{DEFENDER_GUID}","productState":{state},"pathToSignedProductExe":"windowsdefender://","pathToSignedReportingExe":"%ProgramFiles%\\Windows Defender\\MsMpeng.exe","timestamp":"Wed, 18 Nov 2026 01:12:40 GMT"}}"#
        )
    }

    fn bkav_row(state: u32) -> String {
        format!(
            r#"{{"displayName":"Bkav Pro Internet Security","instanceGuid":"{{5F6A3B1E-2C4D-4E8F-9A0B-1C2D3E4F5A6B}}","productState":{state},"pathToSignedProductExe":"%ProgramFiles%\\BkavPro\\Bka.exe","pathToSignedReportingExe":"%ProgramFiles%\\BkavPro\\BkavService.exe","timestamp":"Wed, 18 Nov 2026 01:15:02 GMT"}}"#
        )
    }

    fn status(mode: &str, realtime: bool, age: u64) -> String {
        format!(
            r#"{{"ok":true,"status":{{"AMRunningMode":"{mode}","AMServiceEnabled":true,"AntivirusEnabled":true,"RealTimeProtectionEnabled":{realtime},"IsTamperProtected":true,"DefenderSignaturesOutOfDate":false,"AntivirusSignatureAge":{age},"AntivirusSignatureLastUpdated":null,"AntivirusSignatureVersion":"1.441.212.0","AMProductVersion":"4.18.26100.5"}}}}"#
        )
    }

    fn doc(product_type: u32, wsc: &str, defender: &str) -> String {
        format!(
            r#"{{"format":1,"os":{{"ok":true,"caption":"Microsoft Windows 11 Pro","version":"10.0.22631","product_type":{product_type}}},"wsc":{wsc},"defender":{defender}}}"#
        )
    }

    fn wsc(rows: &[String]) -> String {
        format!(r#"{{"ok":true,"products":[{}]}}"#, rows.join(","))
    }

    const NOT_ACTIVE: &str = r#"{"ok":false,"error":"A general error occurred that is not covered by a more specific error code.","error_id":"HRESULT 0x800106ba,Get-MpComputerStatus"}"#;

    #[test]
    fn defender_on_and_current_is_ok() {
        let dir = tempfile::tempdir().unwrap();
        let out = run(
            env(dir.path()).with_process("MsMpEng.exe", None),
            &doc(
                1,
                &wsc(&[defender_row(397_568)]),
                &status("Normal", true, 0),
            ),
        );
        let f = &out.findings[0];
        assert_eq!(f.status, Status::Ok, "{f:?}");
        assert_eq!(f.summary.id, "check-av-ok");
        assert!(f.actions.is_empty());
        let p = &out.antivirus[0];
        assert_eq!(
            (p.name.as_str(), p.active, p.realtime, p.signatures_age_days),
            ("Windows Defender", true, Some(true), Some(0))
        );
        assert_eq!(p.state, "normal");
    }

    #[test]
    fn bkav_on_with_defender_passive_is_ok_and_defender_off_is_no_finding() {
        let dir = tempfile::tempdir().unwrap();
        let out = run(
            env(dir.path())
                .with_process("BkavService.exe", None)
                .with_process("MsMpEng.exe", None),
            &doc(
                1,
                &wsc(&[defender_row(393_472), bkav_row(266_240)]),
                &status("Passive Mode", true, 2),
            ),
        );
        let f = &out.findings[0];
        assert_eq!(f.status, Status::Ok);
        assert_eq!(f.summary.args[0].1, "Bkav Pro Internet Security".into());
        let defender = &out.antivirus[0];
        assert!(
            !defender.active,
            "passive Defender reports healthy toggles but is not active"
        );
        assert_eq!(defender.state, "passive");
    }

    #[test]
    fn sxs_passive_and_edr_block_alone_are_critical() {
        for mode in ["SxS Passive Mode", "EDR Block Mode", "Not running"] {
            let dir = tempfile::tempdir().unwrap();
            let out = run(
                env(dir.path()),
                &doc(1, &wsc(&[defender_row(393_472)]), &status(mode, true, 0)),
            );
            assert_eq!(out.findings[0].status, Status::Critical, "{mode}");
            assert_eq!(out.findings[0].summary.id, "check-av-off");
        }
    }

    #[test]
    fn an_unknown_running_mode_is_not_healthy() {
        let dir = tempfile::tempdir().unwrap();
        let out = run(
            env(dir.path()),
            &doc(1, &wsc(&[]), &status("Turbo", true, 0)),
        );
        let f = &out.findings[0];
        assert_eq!(f.status, Status::Unknown);
        assert_eq!(
            f.reason.as_ref().unwrap().id,
            "check-av-reason-defender-mode"
        );
    }

    #[test]
    fn defender_not_active_0x800106ba_with_bkav_on_is_ok() {
        let dir = tempfile::tempdir().unwrap();
        let out = run(
            env(dir.path()).with_process("BkavService.exe", None),
            &doc(
                1,
                &wsc(&[defender_row(393_472), bkav_row(266_240)]),
                NOT_ACTIVE,
            ),
        );
        assert_eq!(out.findings[0].status, Status::Ok);
        assert_eq!(out.antivirus[0].state, "not-active");
        assert_eq!(out.findings[0].evidence["defender_mode"], "not-active");
    }

    #[test]
    fn defender_with_real_time_off_and_old_signatures_is_critical_with_the_way_back() {
        let dir = tempfile::tempdir().unwrap();
        let out = run(
            env(dir.path()),
            &doc(
                1,
                &wsc(&[defender_row(393_488)]),
                &status("Normal", false, 41),
            ),
        );
        let f = &out.findings[0];
        assert_eq!(f.status, Status::Critical);
        assert_eq!(f.summary.id, "check-av-off");
        assert!(
            f.advice
                .iter()
                .any(|m| m.id == "check-av-advice-turn-on-defender")
        );
        assert!(matches!(
            &f.actions[0],
            Action::OpenUri { uri, .. } if uri == "windowsdefender:"
        ));
        assert_eq!(out.antivirus[0].signatures_age_days, Some(41));
        assert_eq!(out.antivirus[0].signatures_up_to_date, Some(false));
    }

    #[test]
    fn old_signatures_are_a_warning_with_the_age() {
        let dir = tempfile::tempdir().unwrap();
        let out = run(
            env(dir.path()),
            &doc(
                1,
                &wsc(&[defender_row(397_584)]),
                &status("Normal", true, 12),
            ),
        );
        let f = &out.findings[0];
        assert_eq!(f.status, Status::Warning);
        assert_eq!(f.summary.id, "check-av-stale-days");
        assert!(f.summary.args.contains(&("days".to_owned(), 12_i64.into())));
        assert!(
            f.advice
                .iter()
                .any(|m| m.id == "check-av-advice-update-defender")
        );
    }

    #[test]
    fn signatures_never_updated_are_out_of_date_not_49710_days_old() {
        let dir = tempfile::tempdir().unwrap();
        let out = run(
            env(dir.path()),
            &doc(
                1,
                &wsc(&[defender_row(397_568)]),
                &status("Normal", true, 4_294_967_295),
            ),
        );
        let f = &out.findings[0];
        assert_eq!(f.status, Status::Warning);
        assert_eq!(f.summary.id, "check-av-stale");
        assert_eq!(out.antivirus[0].signatures_age_days, None);
    }

    #[test]
    fn a_third_party_row_out_of_date_is_a_warning_naming_it() {
        let dir = tempfile::tempdir().unwrap();
        let out = run(
            env(dir.path()).with_process("Bka.exe", None),
            &doc(
                1,
                &wsc(&[defender_row(393_472), bkav_row(266_256)]),
                NOT_ACTIVE,
            ),
        );
        let f = &out.findings[0];
        assert_eq!(f.status, Status::Warning);
        assert_eq!(f.summary.id, "check-av-stale");
        assert!(
            f.advice
                .iter()
                .any(|m| m.id == "check-av-advice-update-product")
        );
    }

    #[test]
    fn an_expired_licence_is_critical_and_says_so() {
        let dir = tempfile::tempdir().unwrap();
        let out = run(
            env(dir.path()).with_process("BkavService.exe", None),
            &doc(
                1,
                &wsc(&[defender_row(393_472), bkav_row(0x0004_3000)]),
                NOT_ACTIVE,
            ),
        );
        let f = &out.findings[0];
        assert_eq!(f.status, Status::Critical);
        assert!(f.advice.iter().any(|m| m.id == "check-av-advice-renew"));
    }

    #[test]
    fn a_stale_row_of_an_uninstalled_product_does_not_count() {
        let dir = tempfile::tempdir().unwrap();
        // Kaspersky's row still says "on", but nothing of it is on disk or running.
        let kaspersky = r#"{"displayName":"Kaspersky Internet Security","instanceGuid":"{B41C7598-35F6-4D89-7D0E-7ADE69B4047B}","productState":266240,"pathToSignedProductExe":"C:\\Program Files (x86)\\Kaspersky Lab\\Kaspersky Internet Security 21.3\\avpui.exe","pathToSignedReportingExe":"C:\\Program Files (x86)\\Kaspersky Lab\\Kaspersky Internet Security 21.3\\avp.exe","timestamp":"Mon, 02 Mar 2026 03:00:00 GMT"}"#;
        let stdout = doc(
            1,
            &wsc(&[defender_row(393_472), kaspersky.to_owned()]),
            &status("Normal", false, 3),
        );
        let out = run(env(dir.path()), &stdout);
        assert_eq!(out.findings[0].status, Status::Critical);
        assert_eq!(out.antivirus[1].state, "stale");
        // The same row with the product really there (its file on disk) counts.
        let exe = dir
            .path()
            .join("C/Program Files (x86)/Kaspersky Lab/Kaspersky Internet Security 21.3");
        std::fs::create_dir_all(&exe).unwrap();
        std::fs::write(exe.join("avp.exe"), "").unwrap();
        let out = run(env(dir.path()), &stdout);
        assert_eq!(out.findings[0].status, Status::Ok);
    }

    #[test]
    fn server_without_security_center_falls_back_to_bkav_processes() {
        let dir = tempfile::tempdir().unwrap();
        let stdout = doc(
            3,
            r#"{"ok":false,"error":"Invalid namespace","error_id":"HRESULT 0x8004100e,Microsoft.Management.Infrastructure.CimCmdlets.GetCimInstanceCommand"}"#,
            NOT_ACTIVE,
        );
        let out = run(
            env(dir.path())
                .with_process("BkavService.exe", None)
                .with_process("BkavSystemServer.exe", None),
            &stdout,
        );
        let f = &out.findings[0];
        assert_eq!(
            f.status,
            Status::Warning,
            "running, but its state is unseen"
        );
        assert_eq!(f.summary.id, "check-av-unconfirmed");
        assert!(f.reason.is_none());
        let bkav = out.antivirus.iter().find(|p| p.name == "Bkav").unwrap();
        assert_eq!(bkav.source, AvSource::Process);
        assert_eq!(f.evidence["server"], true);
    }

    #[test]
    fn server_with_defender_normal_is_ok_without_security_center() {
        let dir = tempfile::tempdir().unwrap();
        let stdout = doc(
            3,
            r#"{"ok":false,"error":"Invalid namespace","error_id":"HRESULT 0x8004100e,Microsoft.Management.Infrastructure.CimCmdlets.GetCimInstanceCommand"}"#,
            &status("Normal", true, 1),
        );
        let out = run(env(dir.path()).with_process("MsMpEng.exe", None), &stdout);
        assert_eq!(out.findings[0].status, Status::Ok);
        assert_eq!(out.antivirus[0].name, "Microsoft Defender Antivirus");
    }

    #[test]
    fn server_with_nothing_at_all_is_critical() {
        let dir = tempfile::tempdir().unwrap();
        let stdout = doc(
            3,
            r#"{"ok":false,"error":"Invalid namespace","error_id":"HRESULT 0x8004100e,x"}"#,
            r#"{"ok":false,"error":"The term 'Get-MpComputerStatus' is not recognized","error_id":"CommandNotFoundException"}"#,
        );
        let out = run(env(dir.path()), &stdout);
        assert_eq!(out.findings[0].status, Status::Critical);
        assert_eq!(out.findings[0].summary.id, "check-av-none");
    }

    #[test]
    fn a_security_center_failure_on_a_client_with_defender_passive_is_unknown() {
        let dir = tempfile::tempdir().unwrap();
        let stdout = doc(
            1,
            r#"{"ok":false,"error":"Access denied","error_id":"HRESULT 0x80041003,x"}"#,
            &status("Passive Mode", true, 1),
        );
        let out = run(env(dir.path()), &stdout);
        let f = &out.findings[0];
        assert_eq!(f.status, Status::Unknown);
        assert_eq!(
            f.reason.as_ref().unwrap().id,
            "check-av-reason-security-center"
        );
    }

    #[test]
    fn timeouts_missing_powershell_empty_output_and_garbage_are_unknown_with_a_reason() {
        let dir = tempfile::tempdir().unwrap();
        let cases: Vec<(CommandOutcome, &str)> = vec![
            (CommandOutcome::TimedOut, "check-reason-command-timeout"),
            (CommandOutcome::NotFound, "check-reason-command-missing"),
            (
                CommandOutcome::Failed("Access is denied.".into()),
                "check-reason-command-failed",
            ),
            (ok_stdout(""), "check-reason-bad-output"),
            (ok_stdout("\u{feff}\r\n"), "check-reason-bad-output"),
            (ok_stdout("<html>"), "check-reason-bad-output"),
            (ok_stdout("{\"os\": {\"ok\": tr"), "check-reason-bad-output"),
            (
                CommandOutcome::Exited {
                    code: Some(1),
                    stdout: String::new(),
                    stderr: "At line:1 char:1\r\n+ Missing closing '}'".into(),
                },
                "check-reason-command-exit",
            ),
        ];
        for (outcome, reason) in cases {
            let e = env(dir.path())
                .with_process("MsMpEng.exe", None)
                .with_command(windows_security::COMMAND_ID, outcome.clone());
            let out = AntivirusCheck.run(&e);
            let f = &out.findings[0];
            assert_eq!(f.status, Status::Unknown, "{outcome:?}");
            assert_eq!(f.reason.as_ref().unwrap().id, reason, "{outcome:?}");
            assert!(matches!(&f.actions[0], Action::OpenUri { .. }));
            assert_eq!(f.evidence["av_processes"], serde_json::json!(["defender"]));
        }
    }

    #[test]
    fn an_empty_object_is_unknown_not_ok() {
        let dir = tempfile::tempdir().unwrap();
        let out = run(env(dir.path()), "{}");
        assert_eq!(out.findings[0].status, Status::Unknown);
    }

    fn ok_stdout(s: &str) -> CommandOutcome {
        CommandOutcome::Exited {
            code: Some(0),
            stdout: s.to_owned(),
            stderr: String::new(),
        }
    }

    #[test]
    fn environment_variables_in_paths_are_expanded_or_refused() {
        let dir = tempfile::tempdir().unwrap();
        let e = env(dir.path());
        assert_eq!(
            expand_env_vars(&e, r"%ProgramFiles%\Windows Defender\MsMpeng.exe").unwrap(),
            r"C:\Program Files\Windows Defender\MsMpeng.exe"
        );
        assert_eq!(
            expand_env_vars(&e, r#""%PROGRAMFILES(X86)%\UltraViewer\x.exe""#).unwrap(),
            r"C:\Program Files (x86)\UltraViewer\x.exe"
        );
        assert_eq!(expand_env_vars(&e, r"%NoSuchVar%\x.exe"), None);
        assert_eq!(expand_env_vars(&e, r"%broken"), None);
        assert_eq!(
            expand_env_vars(&e, "windowsdefender://").unwrap(),
            "windowsdefender://"
        );
    }
}
