use super::*;
use crate::checks::Status;
use crate::checks::antivirus::AntivirusCheck;
use crate::checks::facts::{DefenderFacts, Fact, OsFacts};
use crate::checks::scenario::ScenarioEnv;
use crate::checks::scenario_facts::RecordedFacts;
use crate::checks::{Action, Check, CheckOutput};

const NOW: i64 = 1_795_000_000; // 2026-11-18 11:06:40 UTC

fn env(dir: &std::path::Path) -> ScenarioEnv {
    ScenarioEnv::new(OsKind::Windows, dir, NOW)
        .with_var("ProgramFiles", r"C:\Program Files")
        .with_var("ProgramFiles(x86)", r"C:\Program Files (x86)")
        .with_process("explorer.exe", None)
        .with_process("svchost.exe", None)
}

fn run(
    mut env: ScenarioEnv,
    product_type: u32,
    wsc: Fact<Vec<WscProduct>>,
    defender: Fact<DefenderFacts>,
) -> CheckOutput {
    env.facts = RecordedFacts {
        os: Some(Ok(OsFacts {
            caption: Some("Windows 11 Pro".into()),
            version: Some("10.0.22631".into()),
            product_type: Some(product_type),
        })),
        security_center: Some(wsc),
        defender: Some(defender),
        ..RecordedFacts::default()
    };
    AntivirusCheck.run(&env)
}

fn product(name: &str, guid: &str, state: WscProductState, fresh: bool) -> WscProduct {
    WscProduct {
        name: name.to_owned(),
        guid: Some(guid.to_owned()),
        state: Some(state),
        signatures: Some(if fresh {
            WscSignatures::UpToDate
        } else {
            WscSignatures::OutOfDate
        }),
        timestamp: Some("Wed, 18 Nov 2026 01:12:40 GMT".into()),
        remediation_path: None,
    }
}

fn defender_row(state: WscProductState, fresh: bool) -> WscProduct {
    let mut p = product("Windows Defender", DEFENDER_GUID, state, fresh);
    p.remediation_path = Some(r"%ProgramFiles%\Windows Defender\MSASCui.exe".into());
    p
}

fn bkav_row(state: WscProductState, fresh: bool) -> WscProduct {
    let mut p = product(
        "Bkav Pro Internet Security",
        "{5F6A3B1E-2C4D-4E8F-9A0B-1C2D3E4F5A6B}",
        state,
        fresh,
    );
    p.remediation_path = Some(r"%ProgramFiles%\BkavPro\Bka.exe".into());
    p
}

fn status(mode: &str, realtime: bool, age: u64) -> Fact<DefenderFacts> {
    Ok(DefenderFacts {
        running_mode: Some(mode.to_owned()),
        service_enabled: Some(true),
        antivirus_enabled: Some(true),
        realtime: Some(realtime),
        tamper_protected: Some(true),
        signatures_out_of_date: Some(false),
        signature_age_days: Some(age),
        signatures_updated: None,
        signature_version: Some("1.441.212.0".into()),
    })
}

use WscProductState::{Expired, Off, On};

#[test]
fn defender_on_and_current_is_ok() {
    let dir = tempfile::tempdir().unwrap();
    let out = run(
        env(dir.path()).with_process("MsMpEng.exe", None),
        1,
        Ok(vec![defender_row(On, true)]),
        status("Normal", true, 0),
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
        1,
        Ok(vec![defender_row(Off, true), bkav_row(On, true)]),
        status("Passive Mode", true, 2),
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
            1,
            Ok(vec![defender_row(Off, true)]),
            status(mode, true, 0),
        );
        assert_eq!(out.findings[0].status, Status::Critical, "{mode}");
        assert_eq!(out.findings[0].summary.id, "check-av-off");
    }
}

#[test]
fn an_unknown_running_mode_is_not_healthy() {
    let dir = tempfile::tempdir().unwrap();
    let out = run(env(dir.path()), 1, Ok(vec![]), status("Turbo", true, 0));
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
        1,
        Ok(vec![defender_row(Off, true), bkav_row(On, true)]),
        Err(FactError::NotActive),
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
        1,
        Ok(vec![defender_row(Off, false)]),
        status("Normal", false, 41),
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
        1,
        Ok(vec![defender_row(On, false)]),
        status("Normal", true, 12),
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
        1,
        Ok(vec![defender_row(On, true)]),
        status("Normal", true, 4_294_967_295),
    );
    let f = &out.findings[0];
    assert_eq!(f.status, Status::Warning);
    assert_eq!(f.summary.id, "check-av-stale");
    assert_eq!(out.antivirus[0].signatures_age_days, None);
}

#[test]
fn a_third_party_product_out_of_date_is_a_warning_naming_it() {
    let dir = tempfile::tempdir().unwrap();
    let out = run(
        env(dir.path()).with_process("Bka.exe", None),
        1,
        Ok(vec![defender_row(Off, true), bkav_row(On, false)]),
        Err(FactError::NotActive),
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
        1,
        Ok(vec![defender_row(Off, true), bkav_row(Expired, true)]),
        Err(FactError::NotActive),
    );
    let f = &out.findings[0];
    assert_eq!(f.status, Status::Critical);
    assert!(f.advice.iter().any(|m| m.id == "check-av-advice-renew"));
}

#[test]
fn a_stale_product_of_an_uninstalled_program_does_not_count() {
    let dir = tempfile::tempdir().unwrap();
    // Kaspersky's product still says "on", but nothing of it is on disk or running.
    let mut kaspersky = product(
        "Kaspersky Internet Security",
        "{B41C7598-35F6-4D89-7D0E-7ADE69B4047B}",
        On,
        true,
    );
    kaspersky.remediation_path = Some(
        r"C:\Program Files (x86)\Kaspersky Lab\Kaspersky Internet Security 21.3\avpui.exe".into(),
    );
    let wsc = Ok(vec![defender_row(Off, true), kaspersky]);
    let out = run(env(dir.path()), 1, wsc.clone(), status("Normal", false, 3));
    assert_eq!(out.findings[0].status, Status::Critical);
    assert_eq!(out.antivirus[1].state, "stale");
    // The same product with its program really there (on disk) counts.
    let exe = dir
        .path()
        .join("C/Program Files (x86)/Kaspersky Lab/Kaspersky Internet Security 21.3");
    std::fs::create_dir_all(&exe).unwrap();
    std::fs::write(exe.join("avpui.exe"), "").unwrap();
    let out = run(env(dir.path()), 1, wsc, status("Normal", false, 3));
    assert_eq!(out.findings[0].status, Status::Ok);
}

#[test]
fn server_without_security_center_falls_back_to_bkav_processes() {
    let dir = tempfile::tempdir().unwrap();
    let out = run(
        env(dir.path())
            .with_process("BkavService.exe", None)
            .with_process("BkavSystemServer.exe", None),
        3,
        Err(FactError::Absent),
        Err(FactError::NotActive),
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
    let out = run(
        env(dir.path()).with_process("MsMpEng.exe", None),
        3,
        Err(FactError::NamespaceMissing),
        status("Normal", true, 1),
    );
    assert_eq!(out.findings[0].status, Status::Ok);
    assert_eq!(out.antivirus[0].name, "Microsoft Defender Antivirus");
}

#[test]
fn server_with_nothing_at_all_is_critical() {
    let dir = tempfile::tempdir().unwrap();
    let out = run(
        env(dir.path()),
        3,
        Err(FactError::Absent),
        Err(FactError::NamespaceMissing),
    );
    assert_eq!(out.findings[0].status, Status::Critical);
    assert_eq!(out.findings[0].summary.id, "check-av-none");
}

#[test]
fn a_workstation_without_security_center_like_wine_is_unknown_not_a_server() {
    let dir = tempfile::tempdir().unwrap();
    let out = run(
        env(dir.path()),
        1,
        Err(FactError::Absent),
        Err(FactError::NamespaceMissing),
    );
    let f = &out.findings[0];
    assert_eq!(f.status, Status::Unknown);
    let reason = f.reason.as_ref().unwrap();
    assert_eq!(reason.id, "check-av-reason-security-center");
    assert!(reason.args.contains(&("code".to_owned(), "absent".into())));
    assert_eq!(f.evidence["server"], false);
}

#[test]
fn a_security_center_failure_on_a_client_with_defender_passive_is_unknown() {
    let dir = tempfile::tempdir().unwrap();
    let out = run(
        env(dir.path()),
        1,
        Err(FactError::AccessDenied),
        status("Passive Mode", true, 1),
    );
    let f = &out.findings[0];
    assert_eq!(f.status, Status::Unknown);
    assert_eq!(
        f.reason.as_ref().unwrap().id,
        "check-av-reason-security-center"
    );
}

#[test]
fn every_reader_failing_is_unknown_with_a_reason_and_keeps_the_processes() {
    let dir = tempfile::tempdir().unwrap();
    for error in [
        FactError::TimedOut,
        FactError::Com(0x8000_4005),
        FactError::Failed("not recorded".into()),
    ] {
        let mut e = env(dir.path()).with_process("MsMpEng.exe", None);
        e.facts.default_error = Some(error.clone());
        let out = AntivirusCheck.run(&e);
        let f = &out.findings[0];
        assert_eq!(f.status, Status::Unknown, "{error:?}");
        let reason = f.reason.as_ref().unwrap();
        assert_eq!(reason.id, "check-av-reason-security-center", "{error:?}");
        assert!(
            reason
                .args
                .contains(&("code".to_owned(), error.code().into()))
        );
        assert!(matches!(&f.actions[0], Action::OpenUri { .. }));
        assert_eq!(f.evidence["av_processes"], serde_json::json!(["defender"]));
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

#[test]
fn a_product_whose_program_is_gone_is_stale_from_the_facts_alone() {
    // No `Env`: the decision is judged over facts a test writes down.
    let facts = WindowsFacts {
        os: Ok(OsFacts {
            caption: Some("Windows 11 Pro".into()),
            version: Some("10.0.22631".into()),
            product_type: Some(1),
        }),
        products: Ok(vec![product(
            "Bkav Pro",
            "{5E3B0C5C-3A9D-4B4B-9E3A-0B2B6C1D2E3F}",
            WscProductState::On,
            true,
        )]),
        defender: Err(FactError::NotActive),
        processes: Ok(Vec::new()),
        programs: vec![ProgramFiles {
            named: true,
            on_disk: false,
            exe_names: vec!["bkavservice.exe".into()],
        }],
        now: NOW,
    };
    let bkav = |a: &Assessment| {
        a.found
            .iter()
            .find(|f| f.product.name == "Bkav Pro")
            .map(|f| (f.stale, f.protecting))
    };
    assert_eq!(bkav(&decide(&facts)), Some((true, false)));
    let mut present = facts;
    present.programs[0].on_disk = true;
    assert_eq!(bkav(&decide(&present)), Some((false, true)));
}
