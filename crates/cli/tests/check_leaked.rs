//! `tukiem-cli check` over a machine recorded by the test: a real Chromium `Login Data` (schema
//! version 41, `checks::browsers::fixtures`) holding Password Checkup's verdicts — leaked,
//! phished and muted rows on `*.gov.vn` hosts, on a host of the profile's own system, and on
//! other sites — under a profile that names that system. The counts in `--json`, the finding in
//! both languages, and never a username or a password in any output.

use std::path::Path;
use std::process::Output;

mod common;

use rusqlite::{Connection, params};
use tukiem_core::checks::browsers::BrowserId;
use tukiem_core::checks::browsers::fixtures::{FixtureHome, Login};

const CANARY_USER: &str = "canary.clerk@namdinh.gov.vn";
const CANARY_PASSWORD: &str = "v10Canary#Otter9Lantern";
const SYSTEM_HOST: &str = "motcua.namdinh.example.vn";

/// Copies the shipped healthy Windows machine (its recorded Windows facts) into `to`.
fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}

/// The machine: Chrome's default profile with six saved logins and their verdicts, added the
/// way Chromium's `InsecureCredentialsTable::InsertOrReplace` writes them.
fn recorded_machine(dir: &Path) {
    copy_dir(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("../../scenarios/windows-healthy"),
        dir,
    );
    let home = FixtureHome::windows(&dir.join("fs"));
    let profile = home.chromium(BrowserId::Chrome).profile("Default");
    profile.login_data(&[
        Login::saved("https://dichvucong.namdinh.gov.vn/dang-nhap", b"v10")
            .username(CANARY_USER.as_bytes())
            .password(CANARY_PASSWORD.as_bytes()),
        Login::saved("https://qlvb.namdinh.gov.vn/", b"v10").username(CANARY_USER.as_bytes()),
        Login::saved(&format!("https://{SYSTEM_HOST}/dang-nhap"), b"v10")
            .username(CANARY_USER.as_bytes())
            .password(CANARY_PASSWORD.as_bytes()),
        Login::saved("https://shop.example.com/login", b"v10").username(CANARY_USER.as_bytes()),
        Login::saved("https://bank.example.vn/", b"v10"),
        Login::saved("https://forum.example.org/", b"v10"),
    ]);
    let conn = Connection::open(profile.path().join("Login Data")).unwrap();
    // (login id, insecurity_type: 0 leaked / 1 phished / 2 weak, is_muted)
    for (parent, kind, muted) in [
        (1, 0, 0), // dichvucong.namdinh.gov.vn: leaked
        (2, 1, 1), // qlvb.namdinh.gov.vn: phished, muted — still a government leak
        (3, 1, 0), // the profile's system: phished
        (3, 2, 0), // … and weak (TựKiểm judges that itself: not counted)
        (4, 0, 0), // shop: leaked
        (5, 1, 0), // bank: phished
        (6, 0, 1), // forum: leaked, muted
    ] {
        conn.execute(
            "INSERT OR REPLACE INTO insecure_credentials (parent_id, insecurity_type, \
             create_time, is_muted, trigger_notification_from_backend) VALUES (?1, ?2, ?3, ?4, 0)",
            params![parent, kind, 13_411_699_200_000_000_i64, muted],
        )
        .unwrap();
    }
}

/// The embedded example profile with its first system reached at `SYSTEM_HOST`.
fn office_profile(dir: &Path) -> std::path::PathBuf {
    let default = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../../profiles/default.toml"),
    )
    .unwrap();
    let text = default.replacen(
        "login_url = \"\"",
        &format!("login_url = \"https://{SYSTEM_HOST}/dang-nhap\""),
        1,
    );
    assert_ne!(
        text, default,
        "the example profile has a system without an address"
    );
    let path = dir.join("office.toml");
    std::fs::write(&path, text).unwrap();
    path
}

fn run(args: &[&str]) -> Output {
    common::run(args, b"")
}

/// Chrome's default profile in a `check --json` document.
fn chrome_of(doc: &serde_json::Value) -> &serde_json::Value {
    doc["browsers"]
        .as_array()
        .unwrap()
        .iter()
        .find(|b| b["browser"] == "chrome")
        .expect("Chrome's profile")
}

fn assert_no_secret(o: &Output) {
    for stream in [&o.stdout, &o.stderr] {
        let text = String::from_utf8_lossy(stream);
        for secret in [CANARY_USER, CANARY_PASSWORD, "canary", "Otter9Lantern"] {
            assert!(!text.contains(secret), "{secret} in the output");
        }
    }
}

#[test]
fn leaked_phished_and_muted_verdicts_are_counted_exactly_and_the_profile_system_is_named() {
    let tmp = tempfile::tempdir().unwrap();
    let machine = tmp.path().join("machine");
    recorded_machine(&machine);
    let profile = office_profile(tmp.path());
    let (machine, profile) = (machine.to_str().unwrap(), profile.to_str().unwrap());

    let o = run(&[
        "check",
        "--json",
        "--scenario",
        machine,
        "--profile",
        profile,
    ]);
    assert_no_secret(&o);
    assert_eq!(o.status.code(), Some(2), "critical");
    let doc: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    let chrome = chrome_of(&doc);
    assert_eq!(chrome["saved_logins"], 6);
    assert_eq!(chrome["leaked_logins"], 2, "dichvucong, shop");
    assert_eq!(chrome["phished_logins"], 2, "the profile's system, bank");
    assert_eq!(
        chrome["gov_leaked_logins"], 3,
        "dichvucong, qlvb (muted), the profile's system"
    );
    assert_eq!(chrome["muted_insecure_logins"], 2, "qlvb, forum");
    assert_eq!(chrome["status"], "critical");
    let finding = doc["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["id"] == "browser-chrome-default-leaked")
        .expect("the finding on the browser's verdicts");
    assert_eq!(finding["status"], "critical");
    assert_eq!(
        finding["evidence"]["gov_leaked_domains"],
        serde_json::json!([
            "dichvucong.namdinh.gov.vn",
            SYSTEM_HOST,
            "qlvb.namdinh.gov.vn"
        ])
    );
    assert_eq!(
        finding["evidence"]["gov_leaked_systems"],
        serde_json::json!(["dich-vu-cong"])
    );
    assert!(
        finding["actions"]
            .as_array()
            .unwrap()
            .iter()
            .any(|a| a["kind"] == "open_change" && a["system"] == "dich-vu-cong"),
        "{finding}"
    );

    for (lang, name) in [
        ("vi", "Hệ thống Dịch vụ công trực tuyến"),
        ("en", "Online public services portal"),
    ] {
        let o = run(&[
            "check",
            "--lang",
            lang,
            "--scenario",
            machine,
            "--profile",
            profile,
        ]);
        assert_no_secret(&o);
        let text = String::from_utf8(o.stdout.clone()).unwrap();
        assert!(text.contains(name), "{lang}: {text}");
        assert!(text.contains(SYSTEM_HOST), "{lang}: {text}");
    }

    // The same machine under the embedded profile: the system's host is just another site,
    // and only the two gov.vn logins are the state's.
    let o = run(&["check", "--json", "--scenario", machine]);
    assert_no_secret(&o);
    let doc: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    let chrome = chrome_of(&doc);
    assert_eq!(chrome["gov_leaked_logins"], 2);
    assert_eq!(chrome["phished_logins"], 2);
}
