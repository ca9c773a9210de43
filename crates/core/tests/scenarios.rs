//! Every recorded machine under `scenarios/` is checked by the real engine and compared with the
//! `expected.json` beside it. `TUKIEM_BLESS=1 cargo test -p tukiem-core --test scenarios` rewrites
//! the expected files; review the diff like code.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use serde_json::{Value, json};
use tukiem_core::checks::scenario::ScenarioEnv;
use tukiem_core::checks::{self, CheckReport, RunOptions};

fn scenarios_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../scenarios")
}

fn scenario_dirs() -> Vec<PathBuf> {
    let mut dirs: Vec<PathBuf> = std::fs::read_dir(scenarios_dir())
        .expect("scenarios/ exists")
        .map(|e| e.unwrap().path())
        .filter(|p| p.join("scenario.toml").is_file())
        .collect();
    dirs.sort();
    dirs
}

fn check(dir: &Path) -> CheckReport {
    let env = ScenarioEnv::load(dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display()));
    checks::run_blocking(
        Arc::new(env),
        checks::all_checks(),
        RunOptions::default(),
        Arc::new(|_| {}),
    )
    .unwrap()
}

/// What a scenario pins: each finding's status and the message ids that explain it, the exit
/// code, and the facts of the JSON report. Message arguments are covered by the module tests.
fn summary(report: &CheckReport) -> Value {
    let findings: Vec<Value> = report
        .findings
        .iter()
        .map(|f| {
            json!({
                "id": f.id,
                "status": f.status,
                "summary": f.summary.id,
                "reason": f.reason.as_ref().map(|r| r.id.clone()),
                "evidence": f.evidence,
            })
        })
        .collect();
    json!({
        "exit_code": report.exit_code(),
        "status": report.status,
        "findings": findings,
        "antivirus": report.antivirus,
        "browsers": report.browsers,
        "remote_access": report.remote_access,
    })
}

#[test]
fn every_scenario_gives_its_expected_findings() {
    let dirs = scenario_dirs();
    assert!(
        dirs.len() >= 7,
        "the issue's seven scenarios are shipped: {dirs:?}"
    );
    let bless = std::env::var_os("TUKIEM_BLESS").is_some();
    let mut mismatches = Vec::new();
    for dir in dirs {
        let got = summary(&check(&dir));
        let path = dir.join("expected.json");
        if bless {
            std::fs::write(&path, serde_json::to_string_pretty(&got).unwrap() + "\n").unwrap();
            continue;
        }
        let want: Value = std::fs::read_to_string(&path)
            .ok()
            .and_then(|t| serde_json::from_str(&t).ok())
            .unwrap_or(Value::Null);
        if got != want {
            mismatches.push(format!(
                "{}:\n{}",
                dir.display(),
                serde_json::to_string_pretty(&got).unwrap()
            ));
        }
    }
    assert!(
        mismatches.is_empty(),
        "scenarios differ from expected.json (TUKIEM_BLESS=1 rewrites them):\n{}",
        mismatches.join("\n")
    );
}

#[test]
fn scenarios_are_self_contained_and_give_the_same_result_twice() {
    for dir in scenario_dirs() {
        let a = serde_json::to_value(check(&dir)).unwrap();
        let b = serde_json::to_value(check(&dir)).unwrap();
        assert_eq!(a, b, "{}", dir.display());
    }
}
