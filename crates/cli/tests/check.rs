//! Black-box tests of `tukiem-cli check` over the shipped recorded machines.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn scenario(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../scenarios")
        .join(name)
}

fn run(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_tukiem-cli"))
        .args(args)
        .env_remove("TUKIEM_PROFILE")
        // No Department bundle from this computer (`docs/bundle.md`): the embedded profile.
        .env("TUKIEM_SYSTEM_DIR", "/nonexistent/tukiem")
        .env("TUKIEM_DATA_DIR", "/nonexistent/tukiem")
        .env("LANG", "C")
        .output()
        .expect("tukiem-cli runs")
}

fn json(o: &Output) -> serde_json::Value {
    serde_json::from_slice(&o.stdout).expect("stdout is one JSON document")
}

#[test]
fn json_report_follows_the_schema_for_a_windows_machine_with_gov_logins() {
    let dir = scenario("windows-browsers");
    let o = run(&["check", "--json", "--scenario", dir.to_str().unwrap()]);
    assert_eq!(
        o.status.code(),
        Some(2),
        "critical: saved government passwords"
    );
    let doc = json(&o);
    assert_eq!(doc["schema"], "tukiem.check/1");
    for f in doc["findings"].as_array().unwrap() {
        assert!(f["id"].is_string() && f["status"].is_string() && f["evidence"].is_object());
    }
    for p in doc["antivirus"].as_array().unwrap() {
        assert!(p["name"].is_string() && p["active"].is_boolean());
        assert!(p["realtime"].is_boolean() || p["realtime"].is_null());
        assert!(p["signatures_age_days"].is_u64() || p["signatures_age_days"].is_null());
    }
    let browsers = doc["browsers"].as_array().unwrap();
    let ids: Vec<&str> = browsers
        .iter()
        .map(|b| b["browser"].as_str().unwrap())
        .collect();
    for want in ["chrome", "coccoc", "edge"] {
        assert!(ids.contains(&want), "{want} in {ids:?}");
    }
    let coccoc = browsers.iter().find(|b| b["browser"] == "coccoc").unwrap();
    assert!(coccoc["gov_logins"].as_u64().unwrap() > 0);
    assert!(
        coccoc["gov_domains"]
            .as_array()
            .unwrap()
            .iter()
            .all(|d| d.as_str().unwrap().ends_with("gov.vn"))
    );
    assert_eq!(coccoc["status"], "critical");
    for key in ["profile", "saved_logins", "protection"] {
        assert!(!coccoc[key].is_null(), "{key}");
    }
}

#[test]
fn human_output_is_localized_with_marks_and_words() {
    let dir = scenario("windows-browsers");
    let o = run(&["check", "--lang", "vi", "--scenario", dir.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2));
    let out = String::from_utf8(o.stdout).unwrap();
    assert!(
        out.contains("[\u{2717}]") && out.contains("Nguy hi\u{1ec3}m"),
        "{out}"
    );
    assert!(out.contains("UltraViewer"), "{out}");
    let o = run(&["check", "--lang", "en", "--scenario", dir.to_str().unwrap()]);
    let out = String::from_utf8(o.stdout).unwrap();
    assert!(
        out.contains("Dangerous") && out.contains("Overall"),
        "{out}"
    );
}

#[test]
fn a_healthy_machine_exits_zero_and_timeouts_never_read_as_ok() {
    let healthy = scenario("windows-healthy");
    let o = run(&["check", "--json", "--scenario", healthy.to_str().unwrap()]);
    assert_eq!(
        o.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&o.stdout)
    );

    let timeouts = scenario("all-timeouts");
    let o = run(&["check", "--json", "--scenario", timeouts.to_str().unwrap()]);
    let doc = json(&o);
    let av = doc["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["id"] == "antivirus")
        .unwrap();
    assert_eq!(av["status"], "unknown");
    assert!(av["reason"]["id"].is_string());
    assert_ne!(o.status.code(), Some(0));
}

#[test]
fn a_missing_scenario_is_exit_3_with_a_localized_reason() {
    let o = run(&[
        "check",
        "--lang",
        "vi",
        "--scenario",
        "/nonexistent/tukiem-scenario",
    ]);
    assert_eq!(o.status.code(), Some(3));
    assert!(o.stdout.is_empty());
    let err = String::from_utf8(o.stderr).unwrap();
    assert!(
        err.contains("Kh\u{f4}ng ki\u{1ec3}m tra \u{111}\u{1b0}\u{1ee3}c"),
        "{err}"
    );
    assert!(err.contains("/nonexistent/tukiem-scenario"), "{err}");
}

/// The exit code a report's statuses call for (README, `exit.rs`).
fn expected_code(doc: &serde_json::Value) -> i32 {
    let statuses: Vec<&str> = doc["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["status"].as_str().unwrap())
        .collect();
    // A finding that does not apply to this system says nothing either way.
    if statuses.is_empty()
        || statuses
            .iter()
            .all(|s| *s == "unknown" || *s == "not_applicable")
    {
        3
    } else if statuses.contains(&"critical") {
        2
    } else if statuses
        .iter()
        .any(|s| *s != "ok" && *s != "not_applicable")
    {
        1
    } else {
        0
    }
}

#[test]
fn this_machine_with_an_empty_home_gives_the_exit_code_its_findings_call_for() {
    // A fresh home, not the developer's: no browser profile can be found in it.
    let home = tempfile::tempdir().unwrap();
    let o = Command::new(env!("CARGO_BIN_EXE_tukiem-cli"))
        .args(["check", "--json"])
        .env_remove("TUKIEM_PROFILE")
        // No Department bundle from this computer (`docs/bundle.md`): the embedded profile.
        .env("TUKIEM_SYSTEM_DIR", "/nonexistent/tukiem")
        .env("TUKIEM_DATA_DIR", "/nonexistent/tukiem")
        .env("LANG", "C")
        .env("HOME", home.path())
        .env("XDG_CONFIG_HOME", home.path().join(".config"))
        .env("XDG_DATA_HOME", home.path().join(".local/share"))
        .env("USERPROFILE", home.path())
        .env("APPDATA", home.path().join("AppData/Roaming"))
        .env("LOCALAPPDATA", home.path().join("AppData/Local"))
        .output()
        .unwrap();
    let doc = json(&o);
    assert_eq!(o.status.code(), Some(expected_code(&doc)));
    let findings = doc["findings"].as_array().unwrap();
    let ids: Vec<&str> = findings.iter().map(|f| f["id"].as_str().unwrap()).collect();
    for id in ["antivirus", "browser-passwords", "remote-access"] {
        assert!(ids.contains(&id), "{id} in {ids:?}");
    }
    assert!(
        doc["browsers"].as_array().unwrap().is_empty(),
        "an empty home has no browser profile: {}",
        doc["browsers"]
    );
}

#[test]
fn the_cli_prints_findings_worst_first() {
    let dir = scenario("windows-browsers");
    let o = run(&["check", "--lang", "en", "--scenario", dir.to_str().unwrap()]);
    let out = String::from_utf8(o.stdout).unwrap();
    let marks: Vec<&str> = out
        .lines()
        .filter_map(|l| {
            ["[✗]", "[?]", "[!]", "[✓]"]
                .into_iter()
                .find(|m| l.starts_with(m))
        })
        .collect();
    let rank = |m: &str| {
        ["[✗]", "[?]", "[!]", "[✓]"]
            .iter()
            .position(|x| *x == m)
            .unwrap()
    };
    assert!(marks.len() > 1, "{out}");
    assert!(
        marks.windows(2).all(|w| rank(w[0]) <= rank(w[1])),
        "{marks:?}"
    );
}

#[test]
fn the_profiles_own_extension_and_proxy_are_not_warned_about() {
    let stealer = scenario("windows-stealer");
    let stealer = stealer.to_str().unwrap();
    let status = |doc: &serde_json::Value, id: &str| {
        doc["findings"]
            .as_array()
            .unwrap()
            .iter()
            .find(|f| f["id"] == id)
            .map(|f| f["status"].as_str().unwrap().to_owned())
    };
    let plain = json(&run(&["check", "--json", "--scenario", stealer]));
    assert_eq!(
        status(&plain, "browser-extensions").as_deref(),
        Some("warning")
    );
    assert_eq!(status(&plain, "proxy").as_deref(), Some("warning"));

    // The same machine under a profile that names that extension and that proxy as its own.
    let dir = tempfile::tempdir().unwrap();
    let profile = dir.path().join("office.toml");
    let default = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../../profiles/default.toml"),
    )
    .unwrap();
    std::fs::write(
        &profile,
        format!(
            "{default}\n[machine]\nallowed_extensions = [\"kbfnbcaeplbcioakkpcpgfkobkghlhen\"]\nproxy_hosts = [\"45.131.66.12\"]\n"
        ),
    )
    .unwrap();
    let own = json(&run(&[
        "check",
        "--json",
        "--scenario",
        stealer,
        "--profile",
        profile.to_str().unwrap(),
    ]));
    assert_eq!(status(&own, "browser-extensions").as_deref(), Some("ok"));
    assert_eq!(status(&own, "proxy").as_deref(), Some("ok"));
}
