//! `tukiem-cli` against hostile input (issue 11): terminal escapes in what it prints, FIFOs
//! where files belong, scenarios that point out of their folder. Fixtures are made here.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn cli(args: &[&str], envs: &[(&str, &std::ffi::OsStr)]) -> Output {
    let mut c = Command::new(env!("CARGO_BIN_EXE_tukiem-cli"));
    c.args(args)
        .env_remove("TUKIEM_PROFILE")
        // No Department bundle from this computer (`docs/bundle.md`): the embedded profile.
        .env("TUKIEM_SYSTEM_DIR", "/nonexistent/tukiem")
        .env("TUKIEM_DATA_DIR", "/nonexistent/tukiem")
        .env("LANG", "C");
    for (k, v) in envs {
        c.env(k, v);
    }
    c.output().expect("tukiem-cli runs")
}

fn shipped_login_data() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(
        "../../scenarios/windows-browsers/fs/C/Users/lan/AppData/Local/Google/Chrome/User Data/Default/Login Data",
    )
}

/// A recorded Linux machine whose Chrome profile folder is named with terminal escapes.
fn scenario_with_profile_named(dir: &Path, name: &str) {
    std::fs::write(
        dir.join("scenario.toml"),
        "os = \"linux\"\nnow = 1795000000\n[env]\nHOME = \"/home/lan\"\n",
    )
    .unwrap();
    let profile = dir.join("fs/home/lan/.config/google-chrome").join(name);
    std::fs::create_dir_all(&profile).unwrap();
    std::fs::write(profile.join("Preferences"), "{}").unwrap();
    std::fs::copy(shipped_login_data(), profile.join("Login Data")).unwrap();
}

fn has_raw_controls(bytes: &[u8]) -> bool {
    let text = String::from_utf8_lossy(bytes);
    text.chars()
        .any(|c| (c.is_control() && c != '\n' && c != '\t') || c == '\u{202e}')
}

#[test]
fn escapes_in_a_browser_profile_name_reach_the_terminal_only_as_visible_text() {
    let dir = tempfile::tempdir().unwrap();
    scenario_with_profile_named(dir.path(), "Work\u{1b}]0;pwned\u{7}\u{1b}[2J\u{202e}");
    let scenario = dir.path().to_str().unwrap();
    let text = cli(&["check", "--scenario", scenario], &[]);
    assert!(!has_raw_controls(&text.stdout), "{:?}", text.stdout);
    let shown = String::from_utf8_lossy(&text.stdout);
    assert!(shown.contains("Work\\u{1b}]0;pwned\\u{7}"), "{shown}");

    let json = cli(&["check", "--json", "--scenario", scenario], &[]);
    assert!(!has_raw_controls(&json.stdout));
    let doc: serde_json::Value = serde_json::from_slice(&json.stdout).unwrap();
    let names: Vec<&str> = doc["browsers"]
        .as_array()
        .unwrap()
        .iter()
        .map(|b| b["profile"].as_str().unwrap())
        .collect();
    assert_eq!(
        names,
        ["Work\u{1b}]0;pwned\u{7}\u{1b}[2J\u{202e}"],
        "the data is unchanged"
    );
}

#[test]
fn escapes_in_a_profile_path_reach_standard_error_only_as_visible_text() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("x\u{1b}]0;pwned\u{7}.toml");
    let o = cli(&["advice"], &[("TUKIEM_PROFILE", path.as_os_str())]);
    assert_eq!(o.status.code(), Some(66), "a missing input");
    assert!(!has_raw_controls(&o.stderr), "{:?}", o.stderr);
    assert!(String::from_utf8_lossy(&o.stderr).contains("\\u{1b}"));
}

#[cfg(unix)]
#[test]
fn a_fifo_as_the_profile_the_scenario_file_or_its_facts_file_is_refused_at_once() {
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("profile.toml");
    let made = Command::new("mkfifo").arg(&fifo).status().unwrap();
    assert!(made.success());
    // Nobody writes to the FIFO: a blocking open would hang the CLI (and this test).
    let o = cli(
        &["advice", "--lang", "en"],
        &[("TUKIEM_PROFILE", fifo.as_os_str())],
    );
    assert_eq!(o.status.code(), Some(66), "an input that cannot be read");
    assert!(String::from_utf8_lossy(&o.stderr).contains("not an ordinary file"));

    let scn = dir.path().join("scn");
    std::fs::create_dir(&scn).unwrap();
    let made = Command::new("mkfifo")
        .arg(scn.join("scenario.toml"))
        .status()
        .unwrap();
    assert!(made.success());
    let o = cli(&["check", "--scenario", scn.to_str().unwrap()], &[]);
    assert_eq!(o.status.code(), Some(3));

    // The native facts beside a good scenario.toml are read the same way.
    let scn = dir.path().join("scn-facts");
    std::fs::create_dir(&scn).unwrap();
    std::fs::write(
        scn.join("scenario.toml"),
        "os = \"windows\"\nnow = 1795000000\n",
    )
    .unwrap();
    let made = Command::new("mkfifo")
        .arg(scn.join("facts.toml"))
        .status()
        .unwrap();
    assert!(made.success());
    let o = cli(
        &["check", "--lang", "en", "--scenario", scn.to_str().unwrap()],
        &[],
    );
    assert_eq!(o.status.code(), Some(3));
    assert!(String::from_utf8_lossy(&o.stderr).contains("not an ordinary file"));
}

#[test]
fn a_scenario_that_points_out_of_its_folder_is_refused() {
    let outer = tempfile::tempdir().unwrap();
    std::fs::write(outer.path().join("secret.txt"), "SECRET-OF-THIS-COMPUTER").unwrap();
    let scn = outer.path().join("scn");
    std::fs::create_dir(&scn).unwrap();
    std::fs::write(
        scn.join("scenario.toml"),
        "os = \"linux\"\nnow = 1795000000\n[commands.mdatp-health]\nstdout = \"../secret.txt\"\n",
    )
    .unwrap();
    let o = cli(
        &["check", "--lang", "en", "--scenario", scn.to_str().unwrap()],
        &[],
    );
    assert_eq!(o.status.code(), Some(3));
    let all = [o.stdout.as_slice(), o.stderr.as_slice()].concat();
    assert!(!String::from_utf8_lossy(&all).contains("SECRET-OF-THIS-COMPUTER"));
    assert!(String::from_utf8_lossy(&o.stderr).contains("leads out of its folder"));
}
