//! The shipped recorded machines (`scenarios/`) give the antivirus results they were recorded
//! for: the whole engine path, from `scenario.toml` and the recorded facts (`facts.toml`) to
//! the finding.

use std::path::PathBuf;

use super::AntivirusCheck;
use crate::checks::scenario::ScenarioEnv;
use crate::checks::{Action, Check, CheckOutput, Status};

fn run(name: &str) -> CheckOutput {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../scenarios")
        .join(name);
    let env = ScenarioEnv::load(&dir).unwrap_or_else(|e| panic!("{name}: {e}"));
    AntivirusCheck.run(&env)
}

fn names(out: &CheckOutput) -> Vec<(&str, bool, &str)> {
    out.antivirus
        .iter()
        .map(|p| (p.name.as_str(), p.active, p.state))
        .collect()
}

#[test]
fn windows_healthy_is_ok_with_defender() {
    let out = run("windows-healthy");
    let f = &out.findings[0];
    assert_eq!(
        (f.id.as_str(), f.status),
        ("antivirus", Status::Ok),
        "{f:?}"
    );
    assert_eq!(names(&out), [("Windows Defender", true, "normal")]);
    assert_eq!(out.antivirus[0].signatures_age_days, Some(0));
}

#[test]
fn windows_bkav_is_ok_and_passive_defender_is_not_counted() {
    let out = run("windows-bkav");
    let f = &out.findings[0];
    assert_eq!(f.status, Status::Ok, "{f:?}");
    assert_eq!(
        f.evidence["protecting"],
        serde_json::json!(["Bkav Pro Internet Security"])
    );
    assert_eq!(
        names(&out),
        [
            ("Windows Defender", false, "passive"),
            ("Bkav Pro Internet Security", true, "on")
        ]
    );
}

#[test]
fn windows_av_off_is_critical_and_ignores_the_stale_kaspersky_row() {
    let out = run("windows-av-off");
    let f = &out.findings[0];
    assert_eq!(f.status, Status::Critical, "{f:?}");
    assert_eq!(f.summary.id, "check-av-off");
    assert_eq!(
        names(&out),
        [
            ("Windows Defender", false, "normal"),
            ("Kaspersky Internet Security", false, "stale")
        ]
    );
    assert_eq!(out.antivirus[0].signatures_age_days, Some(41));
    assert!(f.advice.iter().any(|m| m.id == "check-av-advice-stale-too"
        && m.args.contains(&("days".to_owned(), 41_i64.into()))));
    assert!(matches!(&f.actions[0], Action::OpenUri { uri, .. } if uri == "windowsdefender:"));
}

#[test]
fn windows_server_falls_back_to_cmc_processes() {
    let out = run("windows-server");
    let f = &out.findings[0];
    assert_eq!(f.status, Status::Warning, "{f:?}");
    assert_eq!(f.summary.id, "check-av-unconfirmed");
    assert_eq!(f.evidence["server"], true);
    assert_eq!(f.evidence["defender_mode"], "not-active");
    assert_eq!(
        names(&out),
        [
            ("Microsoft Defender Antivirus", false, "not-active"),
            ("CMC", true, "running")
        ]
    );
}

#[test]
fn windows_browsers_has_a_working_antivirus() {
    let out = run("windows-browsers");
    assert_eq!(out.findings[0].status, Status::Ok);
}

#[test]
fn linux_clamav_is_ok_from_the_daily_cld_header() {
    let out = run("linux-clamav");
    let f = &out.findings[0];
    assert_eq!(f.status, Status::Ok, "{f:?}");
    assert_eq!(f.evidence["clamav_database"], "/var/lib/clamav/daily.cld");
    assert_eq!(names(&out), [("ClamAV", true, "daemon")]);
    assert_eq!(out.antivirus[0].signatures_age_days, Some(0));
}

#[test]
fn all_timeouts_is_unknown_with_the_reason() {
    let out = run("all-timeouts");
    let f = &out.findings[0];
    assert_eq!(f.status, Status::Unknown);
    let reason = f.reason.as_ref().unwrap();
    assert_eq!(reason.id, "check-av-reason-security-center");
    assert!(
        reason
            .args
            .contains(&("code".to_owned(), "timed-out".into()))
    );
    assert!(out.antivirus.is_empty());
}
