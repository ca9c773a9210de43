//! Black-box tests of `tukiem-cli report`: the JSON export, the HTML and PDF files.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// A shipped recorded machine, or this machine's own check when the scenario is not there.
fn scenario_args(name: &str) -> Vec<String> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../scenarios")
        .join(name);
    // Never fall back to this machine: a test must not depend on the developer's computer.
    assert!(
        dir.join("scenario.toml").exists(),
        "scenario {name} is shipped"
    );
    vec!["--scenario".into(), dir.display().to_string()]
}

fn run(args: &[&str], extra: &[String]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_tukiem-cli"))
        .args(args)
        .args(extra)
        .env_remove("TUKIEM_PROFILE")
        // No Department bundle from this computer (`docs/bundle.md`): the embedded profile.
        .env("TUKIEM_SYSTEM_DIR", "/nonexistent/tukiem")
        .env("TUKIEM_DATA_DIR", "/nonexistent/tukiem")
        .env("LANG", "C")
        .output()
        .expect("tukiem-cli runs")
}

fn ok(o: &Output) {
    assert!(
        o.status.success(),
        "exit {:?}\nstdout: {}\nstderr: {}",
        o.status.code(),
        String::from_utf8_lossy(&o.stdout),
        String::from_utf8_lossy(&o.stderr)
    );
}

#[test]
fn json_report_has_the_schema_an_integer_score_and_the_findings() {
    let o = run(
        &["report", "--json", "--lang", "en"],
        &scenario_args("windows-browsers"),
    );
    ok(&o);
    let doc: serde_json::Value = serde_json::from_slice(&o.stdout).expect("one JSON document");
    assert_eq!(doc["schema"], "tukiem.report/1");
    let score = doc["score"].as_u64().expect("an integer score");
    assert!(score <= 100);
    let findings = doc["findings"].as_array().unwrap();
    assert!(!findings.is_empty());
    for f in findings {
        assert!(f["id"].is_string() && f["status"].is_string() && f["title"].is_string());
    }
    let parts: u64 = doc["components"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["possible"].as_u64().unwrap())
        .sum();
    // Every weight of the table: this recorded Windows machine runs every check, the stealer
    // traces and TựKiểm's recommendations about Windows included (the score is out of what was
    // checked).
    assert_eq!(parts, 133);
    // No data folder: the systems are "no record", never "changed".
    assert_eq!(doc["systems_recorded"], false);
    assert!(
        doc["systems"]
            .as_array()
            .unwrap()
            .iter()
            .all(|s| s["state"] == "not_recorded")
    );
    assert_eq!(doc["lang"], "en");
}

#[test]
fn the_app_data_folder_gives_the_systems_changed() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("password-checklist.json"),
        r#"{"changed":{"dich-vu-cong":"2099-01-01"}}"#,
    )
    .unwrap();
    let o = run(
        &[
            "report",
            "--json",
            "--data-dir",
            dir.path().to_str().unwrap(),
        ],
        &scenario_args("windows-healthy"),
    );
    ok(&o);
    let doc: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(doc["systems_recorded"], true);
    assert_eq!(doc["systems"][0]["state"], "done");
    assert_eq!(doc["systems"][0]["changed_on"], "2099-01-01");
    assert_eq!(doc["systems"][1]["state"], "undone");
    // Nothing was written next to the checklist.
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
}

#[test]
fn a_corrupt_checklist_is_exit_65_with_a_reason() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("password-checklist.json"), "{").unwrap();
    let o = run(
        &[
            "report",
            "--lang",
            "en",
            "--data-dir",
            dir.path().to_str().unwrap(),
        ],
        &[],
    );
    assert_eq!(o.status.code(), Some(65), "bad input data");
    assert!(String::from_utf8_lossy(&o.stderr).contains("password checklist"));
}

#[test]
fn an_output_file_that_cannot_be_created_is_exit_73() {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("no-such-folder-file");
    std::fs::write(&target, "a file, not a folder").unwrap();
    let out = target.join("report.html");
    let o = run(
        &["report", "--lang", "en", "--html", out.to_str().unwrap()],
        &scenario_args("windows-healthy"),
    );
    assert_eq!(
        o.status.code(),
        Some(73),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    assert!(!out.exists());
}

#[test]
fn plain_report_prints_the_score_and_what_to_do() {
    let o = run(
        &["report", "--lang", "vi"],
        &scenario_args("windows-browsers"),
    );
    ok(&o);
    let out = String::from_utf8(o.stdout).unwrap();
    assert!(out.starts_with("T\u{1ed5}ng \u{111}i\u{1ec3}m: "), "{out}");
    assert!(out.contains("/100"), "{out}");
}

#[test]
fn html_file_is_written_self_contained_and_escaped() {
    let dir = tempfile::tempdir().unwrap();
    let file: PathBuf = dir.path().join("phieu.html");
    let o = run(
        &[
            "report",
            "--lang",
            "vi",
            "--html",
            file.to_str().unwrap(),
            "--name",
            "<script>alert(1)</script>",
            "--unit",
            "UBND x\u{e3} A",
        ],
        &scenario_args("windows-browsers"),
    );
    ok(&o);
    assert!(o.stdout.is_empty());
    let html = std::fs::read_to_string(&file).unwrap();
    assert!(html.starts_with("<!DOCTYPE html>"));
    assert!(html.contains("@page"));
    assert!(!html.contains("<script"));
    assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    assert!(html.contains("TH\u{1ee6} TR\u{1af}\u{1ede}NG \u{110}\u{1a0}N V\u{1eca}"));
    assert!(String::from_utf8_lossy(&o.stderr).contains("phieu.html"));
}

#[test]
fn pdf_file_is_a_pdf_whose_text_keeps_its_diacritics() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("phieu.pdf");
    let o = run(
        &[
            "report",
            "--lang",
            "vi",
            "--pdf",
            file.to_str().unwrap(),
            "--name",
            "Tr\u{1ea7}n Th\u{1ecb} B\u{ec}nh",
        ],
        &scenario_args("windows-browsers"),
    );
    ok(&o);
    let bytes = std::fs::read(&file).unwrap();
    assert!(bytes.starts_with(b"%PDF"));
    let Ok(out) = Command::new("pdftotext").arg(&file).arg("-").output() else {
        eprintln!("SKIPPED text check: pdftotext is not installed (apt-get install poppler-utils)");
        return;
    };
    let text = String::from_utf8(out.stdout).unwrap();
    for words in [
        "Tr\u{1ea7}n Th\u{1ecb} B\u{ec}nh",
        "TH\u{1ee6} TR\u{1af}\u{1ede}NG \u{110}\u{1a0}N V\u{1eca}",
        "\u{110}I\u{1ec2}M T\u{1ef0} \u{110}\u{c1}NH GI\u{c1}",
        "(K\u{fd}, ghi r\u{f5} h\u{1ecd} t\u{ea}n)",
    ] {
        assert!(text.contains(words), "{words:?} not in:\n{text}");
    }
}

#[test]
fn only_one_output_format_at_a_time() {
    let o = run(&["report", "--json", "--pdf", "x.pdf"], &[]);
    assert_eq!(
        o.status.code(),
        Some(64),
        "a usage error, never 2 (critical)"
    );
    assert!(!Path::new("x.pdf").exists());
}

#[test]
fn a_missing_scenario_is_exit_3() {
    let o = run(
        &[
            "report",
            "--json",
            "--scenario",
            "/nonexistent/tukiem-scenario",
        ],
        &[],
    );
    assert_eq!(o.status.code(), Some(3));
    assert!(o.stdout.is_empty());
}
