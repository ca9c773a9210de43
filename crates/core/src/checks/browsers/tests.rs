//! The browser-password check over fixture homes with real SQLite and JSON files.

use std::path::Path;

use super::fixtures::{FirefoxLogin, FixtureHome, Login, write_login_db};
use super::*;
use crate::checks::facts::{FactError, RegData, RegValues};
use crate::checks::scenario::ScenarioEnv;
use crate::checks::scenario_facts::RecordedFacts;
use crate::checks::{Action, OsKind};
use crate::{Lang, Localizer};

const NOW: i64 = 1_795_000_000;
const DPAPI_BLOB: &[u8] = &[0x01, 0x00, 0x00, 0x00, 0xD0, 0x8C, 0x9D, 0xDF, 0x01, 0x15];

fn run(env: &dyn Env) -> CheckOutput {
    BrowserPasswordsCheck::default().run(env)
}

fn finding<'a>(out: &'a CheckOutput, id: &str) -> &'a Finding {
    out.findings
        .iter()
        .find(|f| f.id == id)
        .unwrap_or_else(|| panic!("no finding {id}: {:?}", ids(out)))
}

fn ids(out: &CheckOutput) -> Vec<(&str, Status)> {
    out.findings
        .iter()
        .map(|f| (f.id.as_str(), f.status))
        .collect()
}

fn profile<'a>(out: &'a CheckOutput, browser: &str, name: &str) -> &'a BrowserProfile {
    out.browsers
        .iter()
        .find(|p| p.browser == browser && p.profile == name)
        .unwrap_or_else(|| panic!("no profile {browser}/{name}: {:?}", out.browsers))
}

/// Every finding keeps the model's promise: `unknown` always says why, nothing else does.
fn assert_well_formed(out: &CheckOutput) {
    for f in &out.findings {
        assert_eq!(f.reason.is_some(), f.status == Status::Unknown, "{f:?}");
    }
    assert_eq!(out.findings[0].id, BrowserPasswordsCheck::ID);
}

fn gov_rows() -> Vec<Login> {
    vec![
        Login::saved("https://dichvucong.namdinh.gov.vn/dang-nhap", b"v10"),
        Login::saved("https://qlvb.namdinh.gov.vn/", b"v10"),
        Login::saved("https://shop.example.com/login", b"v10"),
    ]
}

#[test]
fn windows_chrome_coccoc_and_edge_with_gov_logins_are_critical() {
    let tmp = tempfile::tempdir().unwrap();
    let home = FixtureHome::windows(tmp.path());
    let chrome = home.chromium(BrowserId::Chrome);
    chrome.profile("Default").login_data(&gov_rows());
    chrome.profile("Profile 1").login_data(&[
        Login::saved("https://facebook.com/", b"v20"),
        Login::saved("https://mail.google.com/", b"v10"),
    ]);
    home.chromium(BrowserId::CocCoc)
        .profile("Profile 1")
        .login_data(&[Login::saved("https://mail.namdinh.gov.vn/owa/", DPAPI_BLOB)]);
    home.chromium(BrowserId::Edge)
        .profile("Default")
        .login_data(&[]);

    let out = run(&home.env(NOW));
    assert_well_formed(&out);
    assert_eq!(
        ids(&out),
        [
            ("browser-passwords", Status::Critical),
            ("browser-chrome-default", Status::Critical),
            ("browser-chrome-profile-1", Status::Warning),
            ("browser-coccoc-profile-1", Status::Critical),
        ]
    );
    let default = profile(&out, "chrome", "Default");
    assert_eq!((default.saved_logins, default.gov_logins), (3, 2));
    assert_eq!(
        default.gov_domains,
        ["dichvucong.namdinh.gov.vn", "qlvb.namdinh.gov.vn"]
    );
    assert_eq!(default.protection, "dpapi");
    assert_eq!(default.finding.as_deref(), Some("browser-chrome-default"));
    assert_eq!(
        profile(&out, "chrome", "Profile 1").protection,
        "dpapi",
        "v10 is weaker than v20"
    );
    let coccoc = profile(&out, "coccoc", "Profile 1");
    assert_eq!(
        (coccoc.saved_logins, coccoc.gov_logins, coccoc.protection),
        (1, 1, "dpapi")
    );
    let edge = profile(&out, "edge", "Default");
    assert_eq!(
        (edge.saved_logins, edge.status, edge.protection),
        (0, Status::Ok, "none")
    );
    assert_eq!(edge.finding, None);

    let overall = finding(&out, "browser-passwords");
    assert_eq!(overall.summary.id, "check-browsers-total-gov");
    assert_eq!(overall.evidence["saved_logins"], 6);
    assert_eq!(overall.evidence["gov_logins"], 3);
    let chrome_default = finding(&out, "browser-chrome-default");
    assert_eq!(chrome_default.summary.id, "check-browsers-profile-gov");
    let Action::Steps { steps, .. } = &chrome_default.actions[0] else {
        panic!("steps expected");
    };
    let step_ids: Vec<_> = steps.iter().map(|s| s.id.as_str()).collect();
    assert_eq!(
        step_ids,
        [
            "check-browsers-step-open-chrome",
            "check-browsers-step-delete-gov",
            "check-browsers-step-delete-other",
            "check-browsers-step-turn-off-chromium",
            "check-browsers-step-change-gov",
        ]
    );
}

#[test]
fn gov_logins_counted_across_both_login_stores() {
    let tmp = tempfile::tempdir().unwrap();
    let home = FixtureHome::linux(tmp.path());
    home.chromium(BrowserId::Chrome)
        .profile("Default")
        .login_data(&[Login::saved("https://example.org/", b"v11")])
        .account_data(&[Login::saved("https://dichvucong.gov.vn/", b"v11")]);
    let out = run(&home.env(NOW));
    let p = profile(&out, "chrome", "Default");
    assert_eq!((p.saved_logins, p.gov_logins), (2, 1));
    assert_eq!(p.protection, "os_keyring");
    assert_eq!(
        p.stores,
        [
            StoreFact {
                file: "Login Data",
                saved_logins: Some(1)
            },
            StoreFact {
                file: "Login Data For Account",
                saved_logins: Some(1)
            }
        ]
    );
    assert_eq!(p.status, Status::Critical);
}

#[test]
fn never_save_federated_and_empty_rows_are_not_saved_passwords() {
    let tmp = tempfile::tempdir().unwrap();
    let home = FixtureHome::linux(tmp.path());
    home.chromium(BrowserId::Chrome)
        .profile("Default")
        .login_data(&[
            Login::never_save("https://dichvucong.gov.vn/"),
            Login::federated("https://app.example.com/", "https://accounts.google.com"),
            Login::saved("https://mail.gov.vn/", b"v10").password(b""),
            Login::saved("https://ok.example.com/", b"v10"),
        ]);
    let out = run(&home.env(NOW));
    let p = profile(&out, "chrome", "Default");
    assert_eq!((p.saved_logins, p.gov_logins), (1, 0));
    assert_eq!(p.protection, "plaintext_equivalent");
    assert_eq!(
        finding(&out, "browser-chrome-default").status,
        Status::Warning
    );
}

#[test]
fn only_never_save_rows_or_no_rows_is_ok() {
    let tmp = tempfile::tempdir().unwrap();
    let home = FixtureHome::linux(tmp.path());
    let chrome = home.chromium(BrowserId::Chrome);
    chrome
        .profile("Default")
        .login_data(&[Login::never_save("https://dichvucong.gov.vn/")]);
    chrome.profile("Profile 1").login_data(&[]);
    let out = run(&home.env(NOW));
    assert_well_formed(&out);
    assert_eq!(ids(&out), [("browser-passwords", Status::Ok)]);
    assert_eq!(out.browsers.len(), 2);
    assert_eq!(out.findings[0].summary.id, "check-browsers-nothing-saved");
    assert_eq!(
        out.findings[0].advice[0].id,
        "check-browsers-advice-keep-off"
    );
}

#[test]
fn a_machine_without_browsers_is_ok_and_says_so() {
    let tmp = tempfile::tempdir().unwrap();
    let out = run(&FixtureHome::windows(tmp.path()).env(NOW));
    assert_eq!(ids(&out), [("browser-passwords", Status::Ok)]);
    assert_eq!(out.findings[0].summary.id, "check-browsers-none-found");
    assert!(out.browsers.is_empty());
}

#[test]
fn without_a_home_folder_the_check_is_unknown() {
    let out = run(&ScenarioEnv::new(OsKind::Windows, "/nonexistent", NOW));
    assert_well_formed(&out);
    assert_eq!(out.findings[0].status, Status::Unknown);
    assert_eq!(
        out.findings[0].reason.as_ref().unwrap().id,
        "check-browsers-reason-no-home"
    );
}

/// Builds a Linux Chrome profile, then lets `damage` break its `Login Data`.
fn damaged(damage: impl FnOnce(&Path)) -> CheckOutput {
    let tmp = tempfile::tempdir().unwrap();
    let home = FixtureHome::linux(tmp.path());
    let rows: Vec<Login> = (0..300)
        .map(|i| Login::saved(&format!("https://site{i}.example.com/"), b"v10"))
        .collect();
    let p = home.chromium(BrowserId::Chrome).profile("Default");
    p.login_data(&rows);
    damage(&p.path().join("Login Data"));
    let out = run(&home.env(NOW));
    assert_well_formed(&out);
    out
}

fn reason_of(out: &CheckOutput, id: &str) -> String {
    let f = finding(out, id);
    assert_eq!(f.status, Status::Unknown, "{f:?}");
    f.reason.as_ref().unwrap().id.clone()
}

#[test]
fn a_corrupt_store_is_unknown_never_ok() {
    let out = damaged(|db| {
        std::fs::write(db, b"this is not a database at all, just text......").unwrap()
    });
    assert_eq!(
        reason_of(&out, "browser-chrome-default"),
        "check-browsers-reason-db-corrupt"
    );
    assert_eq!(out.findings[0].status, Status::Unknown);
    assert_eq!(
        out.findings[0].reason.as_ref().unwrap().id,
        "check-browsers-reason-some-unreadable"
    );
    assert_eq!(
        profile(&out, "chrome", "Default").stores[0].saved_logins,
        None
    );
}

#[test]
fn a_store_with_garbage_pages_is_unknown() {
    let out = damaged(|db| {
        let mut bytes = std::fs::read(db).unwrap();
        for b in bytes.iter_mut().skip(4096) {
            *b = 0xA5;
        }
        std::fs::write(db, bytes).unwrap();
    });
    assert_eq!(
        reason_of(&out, "browser-chrome-default"),
        "check-browsers-reason-db-corrupt"
    );
}

#[test]
fn a_truncated_store_is_unknown() {
    let out = damaged(|db| {
        let len = std::fs::metadata(db).unwrap().len();
        let f = std::fs::OpenOptions::new().write(true).open(db).unwrap();
        f.set_len(len / 2).unwrap();
    });
    assert_eq!(
        reason_of(&out, "browser-chrome-default"),
        "check-browsers-reason-db-corrupt"
    );
}

#[test]
fn an_empty_store_file_is_unknown() {
    let out = damaged(|db| std::fs::write(db, b"").unwrap());
    assert_eq!(
        reason_of(&out, "browser-chrome-default"),
        "check-browsers-reason-db-empty"
    );
}

#[test]
fn a_store_without_the_columns_we_count_by_is_unknown() {
    let out = damaged(|db| {
        std::fs::remove_file(db).unwrap();
        let c = rusqlite::Connection::open(db).unwrap();
        c.execute_batch(
            "CREATE TABLE logins (origin_url VARCHAR NOT NULL, password_value BLOB, signon_realm VARCHAR NOT NULL);
             INSERT INTO logins VALUES ('https://mail.gov.vn/', x'763130', 'https://mail.gov.vn/');",
        )
        .unwrap();
    });
    assert_eq!(
        reason_of(&out, "browser-chrome-default"),
        "check-browsers-reason-db-schema"
    );
    let out = damaged(|db| {
        std::fs::remove_file(db).unwrap();
        rusqlite::Connection::open(db)
            .unwrap()
            .execute_batch("CREATE TABLE meta(key, value);")
            .unwrap();
    });
    assert_eq!(
        reason_of(&out, "browser-chrome-default"),
        "check-browsers-reason-db-schema"
    );
}

#[test]
fn an_old_schema_is_counted_by_column_name() {
    // Version 1-era table: `ssl_valid`/`preferred` present, newer columns absent, other order.
    let out = damaged(|db| {
        std::fs::remove_file(db).unwrap();
        rusqlite::Connection::open(db)
            .unwrap()
            .execute_batch(
                "CREATE TABLE logins (origin_url VARCHAR NOT NULL, action_url VARCHAR, username_element VARCHAR,
                   username_value VARCHAR, password_element VARCHAR, password_value BLOB, submit_element VARCHAR,
                   signon_realm VARCHAR NOT NULL, ssl_valid INTEGER NOT NULL, preferred INTEGER NOT NULL,
                   date_created INTEGER NOT NULL, blacklisted_by_user INTEGER NOT NULL, scheme INTEGER NOT NULL);
                 INSERT INTO logins VALUES ('https://mail.gov.vn/', '', '', 'u', '', x'7631316162', '', 'https://mail.gov.vn/', 1, 1, 0, 0, 0);
                 INSERT INTO logins VALUES ('https://x.example/', '', '', 'u', '', x'7631316162', '', 'https://x.example/', 1, 1, 0, 1, 0);",
            )
            .unwrap();
    });
    let p = profile(&out, "chrome", "Default");
    assert_eq!(
        (p.saved_logins, p.gov_logins, p.protection),
        (1, 1, "os_keyring")
    );
}

#[test]
fn a_store_locked_exclusively_by_the_browser_is_still_read() {
    let tmp = tempfile::tempdir().unwrap();
    let home = FixtureHome::linux(tmp.path());
    let p = home.chromium(BrowserId::Chrome).profile("Default");
    p.login_data(&gov_rows());
    let db = p.path().join("Login Data");
    let writer = rusqlite::Connection::open(&db).unwrap();
    writer.execute_batch("BEGIN EXCLUSIVE;").unwrap();
    // An uncommitted change is the browser's business; we read the committed state.
    writer
        .execute("DELETE FROM logins WHERE origin_url LIKE '%qlvb%'", [])
        .unwrap();
    // A normal reader is shut out by the lock: this is the lock we must not need.
    let plain =
        rusqlite::Connection::open_with_flags(&db, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY)
            .unwrap();
    plain.busy_timeout(std::time::Duration::ZERO).unwrap();
    assert!(
        plain
            .query_row("SELECT count(*) FROM logins", [], |r| r.get::<_, i64>(0))
            .is_err()
    );
    let out = run(&home.env(NOW));
    let profile = profile(&out, "chrome", "Default");
    assert_eq!((profile.saved_logins, profile.gov_logins), (3, 2));
    writer.execute_batch("ROLLBACK;").unwrap();
}

#[test]
fn reading_a_store_changes_nothing_on_disk() {
    let tmp = tempfile::tempdir().unwrap();
    let home = FixtureHome::windows(tmp.path());
    let p = home.chromium(BrowserId::Chrome).profile("Default");
    p.login_data(&gov_rows()).account_data(&gov_rows());
    let listing = |dir: &Path| {
        let mut names: Vec<_> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        names.sort();
        names
    };
    let before_names = listing(p.path());
    let snapshot = |name: &str| {
        let path = p.path().join(name);
        (
            std::fs::read(&path).unwrap(),
            std::fs::metadata(&path).unwrap().modified().unwrap(),
        )
    };
    let before = [snapshot("Login Data"), snapshot("Login Data For Account")];
    // Old enough that a write would move the mtime visibly.
    std::thread::sleep(std::time::Duration::from_millis(20));
    let out = run(&home.env(NOW));
    assert_eq!(profile(&out, "chrome", "Default").saved_logins, 6);
    assert_eq!(
        [snapshot("Login Data"), snapshot("Login Data For Account")],
        before
    );
    assert_eq!(
        listing(p.path()),
        before_names,
        "no -journal, -wal or -shm appeared"
    );
}

#[cfg(unix)]
#[test]
fn a_store_we_may_not_read_is_unknown() {
    use std::os::unix::fs::PermissionsExt;
    let tmp = tempfile::tempdir().unwrap();
    let home = FixtureHome::linux(tmp.path());
    let p = home.chromium(BrowserId::Chrome).profile("Default");
    p.login_data(&gov_rows());
    let db = p.path().join("Login Data");
    std::fs::set_permissions(&db, std::fs::Permissions::from_mode(0o000)).unwrap();
    if std::fs::read(&db).is_ok() {
        // Running as root: permissions do not apply, nothing to prove here.
        return;
    }
    let out = run(&home.env(NOW));
    assert_well_formed(&out);
    assert_eq!(
        reason_of(&out, "browser-chrome-default"),
        "outside-permission-denied"
    );
}

#[cfg(unix)]
#[test]
fn symlink_loops_are_unknown_not_ok_and_do_not_hang() {
    let tmp = tempfile::tempdir().unwrap();
    let home = FixtureHome::linux(tmp.path());
    let chrome = home.chromium(BrowserId::Chrome);
    let p = chrome.profile("Default");
    std::os::unix::fs::symlink("Login Data", p.path().join("Login Data")).unwrap();
    // A profile folder that is a loop of two links.
    std::os::unix::fs::symlink("Profile 3", chrome.path().join("Profile 2")).unwrap();
    std::os::unix::fs::symlink("Profile 2", chrome.path().join("Profile 3")).unwrap();
    // A Firefox profile folder that points at itself.
    let ff = home.firefox();
    ff.profile("aaaa.default-release");
    let dir = ff.path().join("Profiles/aaaa.default-release");
    std::fs::remove_dir_all(&dir).unwrap();
    std::os::unix::fs::symlink("aaaa.default-release", &dir).unwrap();

    let out = run(&home.env(NOW));
    assert_well_formed(&out);
    assert_eq!(
        reason_of(&out, "browser-chrome-default"),
        "outside-unreadable"
    );
    assert_eq!(
        reason_of(&out, "browser-chrome-profile-2"),
        "outside-unreadable"
    );
    assert_eq!(
        reason_of(&out, "browser-chrome-profile-3"),
        "outside-unreadable"
    );
    assert_eq!(
        reason_of(&out, "browser-firefox-aaaa-default-release"),
        "outside-unreadable"
    );
    assert_eq!(out.findings[0].status, Status::Unknown);
}

#[cfg(target_os = "linux")]
#[test]
fn a_profile_folder_whose_name_is_not_utf8_is_still_checked() {
    use std::os::unix::ffi::OsStrExt;
    let tmp = tempfile::tempdir().unwrap();
    let home = FixtureHome::linux(tmp.path());
    let chrome = home.chromium(BrowserId::Chrome);
    chrome.profile("Default");
    let odd = chrome
        .path()
        .join(std::ffi::OsStr::from_bytes(b"Profile \xff\xfe"));
    write_login_db(
        &odd.join("Login Data"),
        &[Login::saved("https://mail.gov.vn/", b"v10")],
    )
    .unwrap();
    let out = run(&home.env(NOW));
    let p = profile(&out, "chrome", "Profile \u{fffd}\u{fffd}");
    assert_eq!((p.saved_logins, p.gov_logins), (1, 1));
    assert_eq!(p.finding.as_deref(), Some("browser-chrome-profile"));
}

#[test]
fn opera_in_roaming_with_the_flat_layout_is_found() {
    let tmp = tempfile::tempdir().unwrap();
    let home = FixtureHome::windows(tmp.path());
    home.chromium(BrowserId::Opera)
        .flat()
        .login_data(&[Login::saved("https://qlvb.hanoi.gov.vn/", b"v10")]);
    let out = run(&home.env(NOW));
    let p = profile(&out, "opera", "Opera Stable");
    assert_eq!((p.saved_logins, p.gov_logins), (1, 1));
    assert_eq!(
        finding(&out, "browser-opera-opera-stable").status,
        Status::Critical
    );
    assert!(
        tmp.path()
            .join("C/Users/lan/AppData/Roaming/Opera Software/Opera Stable/Login Data")
            .exists()
    );
}

#[test]
fn a_beta_channel_has_its_own_finding_ids() {
    let tmp = tempfile::tempdir().unwrap();
    let home = FixtureHome::windows(tmp.path());
    home.chromium(BrowserId::Chrome)
        .profile("Default")
        .login_data(&[Login::saved("https://a.example/", b"v10")]);
    home.chromium_at(r"C:\Users\lan\AppData\Local\Google\Chrome Beta\User Data")
        .profile("Default")
        .login_data(&[Login::saved("https://b.example/", b"v10")]);
    let out = run(&home.env(NOW));
    finding(&out, "browser-chrome-default");
    finding(&out, "browser-chrome-beta-default");
    assert!(out.browsers.iter().any(|p| p.variant == Some("beta")));
}

#[test]
fn yandex_is_counted_from_its_own_store_without_judging_protection() {
    let tmp = tempfile::tempdir().unwrap();
    let home = FixtureHome::windows(tmp.path());
    home.chromium(BrowserId::Yandex).profile("Default").store(
        "Ya Passman Data",
        &[Login::saved("https://dichvucong.gov.vn/", b"v10")],
    );
    let out = run(&home.env(NOW));
    let p = profile(&out, "yandex", "Default");
    assert_eq!(
        (p.saved_logins, p.protection, p.saving_offered),
        (1, "not_checked", None)
    );
    assert_eq!(p.stores[0].file, "Ya Passman Data");
}

#[test]
fn firefox_tombstones_and_the_account_entry_are_not_logins() {
    let tmp = tempfile::tempdir().unwrap();
    let home = FixtureHome::windows(tmp.path());
    let ff = home.firefox();
    ff.profile("abcd1234.default-release").logins(&[
        FirefoxLogin::saved("https://dichvucong.namdinh.gov.vn"),
        FirefoxLogin::saved("https://www.example.com"),
        FirefoxLogin::tombstone("https://mail.namdinh.gov.vn"),
        FirefoxLogin::firefox_account(),
    ]);
    ff.profile("efgh5678.work")
        .logins(&[FirefoxLogin::tombstone("https://x.example")]);
    let out = run(&home.env(NOW));
    assert_well_formed(&out);
    let p = profile(&out, "firefox", "abcd1234.default-release");
    assert_eq!((p.saved_logins, p.gov_logins), (2, 1));
    assert_eq!(p.protection, "firefox_unknown_primary");
    assert_eq!(p.status, Status::Critical);
    let work = profile(&out, "firefox", "efgh5678.work");
    assert_eq!((work.saved_logins, work.status), (0, Status::Ok));
    let f = finding(&out, "browser-firefox-abcd1234-default-release");
    assert!(
        f.advice
            .iter()
            .any(|a| a.id == "check-browsers-advice-firefox-primary")
    );
}

#[test]
fn firefox_profiles_come_from_ini_paths_and_the_profiles_folder() {
    let tmp = tempfile::tempdir().unwrap();
    let home = FixtureHome::linux(tmp.path());
    let root = tmp.path().join("home/lan/.mozilla/firefox");
    let elsewhere = tmp.path().join("data/ff-work");
    std::fs::create_dir_all(&elsewhere).unwrap();
    std::fs::create_dir_all(root.join("Profiles/zzzz.orphan")).unwrap();
    std::fs::write(
        root.join("profiles.ini"),
        "[General]\nVersion=2\n\n[Profile0]\nName=work\nIsRelative=0\nPath=/data/ff-work\n\n\
         [Profile1]\nName=gone\nIsRelative=1\nPath=Profiles/gone.profile\n\n\
         [BackgroundTasksProfiles]\nMozillaBackgroundTask-X-backgroundupdate=x.y\n",
    )
    .unwrap();
    let login = br#"{"logins":[{"hostname":"https://mail.gov.vn","encryptedPassword":"MDoE"}]}"#;
    std::fs::write(elsewhere.join("logins.json"), login).unwrap();
    std::fs::write(root.join("Profiles/zzzz.orphan/logins.json"), login).unwrap();
    // The snap package keeps its own root.
    home.firefox_at("/home/lan/snap/firefox/common/.mozilla/firefox")
        .profile("snap1.default")
        .logins(&[FirefoxLogin::saved("https://example.net")]);
    let out = run(&home.env(NOW));
    let names: Vec<_> = out
        .browsers
        .iter()
        .map(|p| (p.profile.as_str(), p.variant))
        .collect();
    assert_eq!(
        names,
        [
            ("ff-work", None),
            ("zzzz.orphan", None),
            ("snap1.default", Some("snap"))
        ]
    );
    finding(&out, "browser-firefox-snap-snap1-default");
}

#[test]
fn a_damaged_logins_json_or_profiles_ini_is_unknown() {
    let tmp = tempfile::tempdir().unwrap();
    let home = FixtureHome::linux(tmp.path());
    let p = home.firefox().profile("a.default");
    std::fs::write(p.path().join("logins.json"), b"{\"logins\":[{\"hostname\":").unwrap();
    let out = run(&home.env(NOW));
    assert_eq!(
        reason_of(&out, "browser-firefox-a-default"),
        "outside-damaged"
    );

    std::fs::write(
        home.firefox().path().join("profiles.ini"),
        b"[Profile0\nPath=x\n",
    )
    .unwrap();
    let out = run(&home.env(NOW));
    assert_well_formed(&out);
    assert_eq!(reason_of(&out, "browser-firefox"), "outside-damaged");
}

#[test]
fn linux_prefixes_tell_plaintext_equivalent_from_the_keyring() {
    let tmp = tempfile::tempdir().unwrap();
    let home = FixtureHome::linux(tmp.path());
    let chrome = home.chromium(BrowserId::Chrome);
    chrome
        .profile("Default")
        .login_data(&[Login::saved("https://a.example/", b"v11")]);
    chrome.profile("Profile 1").login_data(&[
        Login::saved("https://a.example/", b"v11"),
        Login::saved("https://b.example/", b"v10"),
    ]);
    let out = run(&home.env(NOW));
    assert_eq!(profile(&out, "chrome", "Default").protection, "os_keyring");
    assert_eq!(
        profile(&out, "chrome", "Profile 1").protection,
        "plaintext_equivalent"
    );
}

#[test]
fn a_wal_database_with_pending_changes_is_unknown() {
    let out = damaged(|db| {
        let c = rusqlite::Connection::open(db).unwrap();
        c.pragma_update(None, "journal_mode", "wal").unwrap();
        c.pragma_update(None, "wal_autocheckpoint", 0).unwrap();
        c.execute("DELETE FROM logins WHERE id < 10", []).unwrap();
        // Leak the connection so the WAL is not checkpointed away on close.
        std::mem::forget(c);
    });
    assert_eq!(
        reason_of(&out, "browser-chrome-default"),
        "check-browsers-reason-db-in-use"
    );
}

#[test]
fn saving_offered_follows_preferences_and_windows_policies() {
    let tmp = tempfile::tempdir().unwrap();
    let home = FixtureHome::windows(tmp.path());
    home.chromium(BrowserId::Chrome)
        .profile("Default")
        .login_data(&[Login::saved("https://a.example/", b"v10")])
        .offer_to_save(false);
    home.chromium(BrowserId::Edge)
        .profile("Default")
        .login_data(&[Login::saved("https://a.example/", b"v10")]);
    home.chromium(BrowserId::Brave)
        .profile("Default")
        .login_data(&[Login::saved("https://a.example/", b"v10")]);

    // The registry reader ran out of time: preferences alone, and the report says so.
    let slow = RecordedFacts {
        default_error: Some(FactError::TimedOut),
        ..RecordedFacts::default()
    };
    let out = run(&home.env(NOW).with_facts(slow));
    let chrome = profile(&out, "chrome", "Default");
    assert_eq!(
        (chrome.saving_offered, chrome.policy_checked),
        (Some(false), false)
    );
    assert_eq!(profile(&out, "edge", "Default").saving_offered, Some(true));
    assert!(
        finding(&out, "browser-chrome-default")
            .advice
            .iter()
            .any(|a| a.id == "check-browsers-advice-already-off")
    );

    let mut registry = RecordedFacts::default();
    for (key, value) in [
        (r"HKLM\SOFTWARE\Policies\Microsoft\Edge", 0),
        (r"HKCU\SOFTWARE\Policies\Google\Chrome", 1),
    ] {
        registry.registry.insert(
            key.to_ascii_uppercase(),
            Ok(RegValues(vec![(
                "PasswordManagerEnabled".into(),
                RegData::Number(value),
            )])),
        );
    }
    let out = run(&home.env(NOW).with_facts(registry));
    let chrome = profile(&out, "chrome", "Default");
    assert_eq!(
        (chrome.saving_offered, chrome.policy_checked),
        (Some(true), true)
    );
    assert_eq!(profile(&out, "edge", "Default").saving_offered, Some(false));
    assert_eq!(profile(&out, "brave", "Default").saving_offered, Some(true));
}

#[test]
fn firefox_saving_follows_prefs_js_and_policies_json() {
    let tmp = tempfile::tempdir().unwrap();
    let home = FixtureHome::linux(tmp.path());
    let ff = home.firefox();
    ff.profile("a.default").remember_signons(false);
    ff.profile("b.other");
    let out = run(&home.env(NOW));
    assert_eq!(
        profile(&out, "firefox", "a.default").saving_offered,
        Some(false)
    );
    assert_eq!(
        profile(&out, "firefox", "b.other").saving_offered,
        Some(true)
    );
    let policies = tmp.path().join("etc/firefox/policies");
    std::fs::create_dir_all(&policies).unwrap();
    std::fs::write(
        policies.join("policies.json"),
        r#"{"policies":{"OfferToSaveLogins":false}}"#,
    )
    .unwrap();
    let out = run(&home.env(NOW));
    let b = profile(&out, "firefox", "b.other");
    assert_eq!((b.saving_offered, b.policy_checked), (Some(false), true));
}

#[test]
fn macos_coc_coc_parent_folder_counts_only_as_a_user_data_dir() {
    let tmp = tempfile::tempdir().unwrap();
    let home = FixtureHome::macos(tmp.path());
    home.chromium(BrowserId::CocCoc)
        .profile("Profile 3")
        .login_data(&[Login::saved("https://mail.gov.vn/", b"v10")]);
    // A sibling `Coccoc` folder (case-sensitive disk) without `Local State` is not a browser.
    let parent = tmp
        .path()
        .join("Users/lan/Library/Application Support/Coccoc/Default");
    write_login_db(
        &parent.join("Login Data"),
        &[Login::saved("https://x.example/", b"v10")],
    )
    .unwrap();
    let out = run(&home.env(NOW));
    assert_eq!(out.browsers.len(), 1);
    let p = profile(&out, "coccoc", "Profile 3");
    assert_eq!((p.protection, p.policy_checked), ("keychain", false));
}

#[test]
fn nothing_secret_reaches_the_report() {
    const CANARY: &str = "CANARY-7f3a9c";
    let tmp = tempfile::tempdir().unwrap();
    let home = FixtureHome::windows(tmp.path());
    let mut secret_password = b"v10".to_vec();
    secret_password.extend_from_slice(CANARY.as_bytes());
    home.chromium(BrowserId::Chrome)
        .profile("Default")
        .login_data(&[
            Login::saved("https://dichvucong.gov.vn/", b"v10")
                .username(CANARY.as_bytes())
                .password(&secret_password),
            Login::saved("https://mail.gov.vn/?u=CANARY-7f3a9c", b"v10")
                .username(CANARY.as_bytes()),
        ]);
    home.firefox()
        .profile("a.default")
        .logins(&[FirefoxLogin::saved("https://mail.gov.vn").encrypted(CANARY, CANARY)]);
    let out = run(&home.env(NOW));
    assert_eq!(out.findings[0].status, Status::Critical);
    let text = serde_json::to_string(&(&out.findings, &out.browsers)).unwrap();
    assert!(!text.contains(CANARY), "{text}");
    for lang in [Lang::Vi, Lang::En] {
        let l10n = Localizer::new(lang);
        for f in &out.findings {
            let mut msgs = vec![&f.title, &f.summary];
            msgs.extend(&f.advice);
            for a in &f.actions {
                if let Action::Steps { label, steps } = a {
                    msgs.push(label);
                    msgs.extend(steps);
                }
            }
            for m in msgs {
                assert!(!l10n.render(m).contains(CANARY));
            }
        }
    }
}

#[test]
fn every_message_renders_in_both_languages_with_shared_arguments() {
    let tmp = tempfile::tempdir().unwrap();
    let home = FixtureHome::windows(tmp.path());
    home.chromium(BrowserId::CocCoc)
        .profile("Default")
        .login_data(&gov_rows());
    home.chromium_at(r"C:\Users\lan\AppData\Local\Google\Chrome SxS\User Data")
        .profile("Profile 2")
        .login_data(&[Login::saved("https://a.example/", b"v20")]);
    let out = run(&home.env(NOW));
    let vi = Localizer::new(Lang::Vi);
    let en = Localizer::new(Lang::En);
    let coccoc = finding(&out, "browser-coccoc-default");
    assert_eq!(
        vi.render(&coccoc.title),
        "Cốc Cốc, hồ sơ mặc định",
        "the `Default` folder is named as the browser's default profile"
    );
    assert_eq!(en.render(&coccoc.title), "Cốc Cốc, default profile");
    let canary = finding(&out, "browser-chrome-canary-profile-2");
    assert_eq!(
        en.render(&canary.title),
        "Google Chrome Canary, profile \u{201c}Profile 2\u{201d}"
    );
    let summary = en.render(&coccoc.summary);
    assert!(summary.starts_with("Holds 3 saved passwords. 2 are for government systems: dichvucong.namdinh.gov.vn, qlvb.namdinh.gov.vn. The passwords are locked with your Windows account"), "{summary}");
    let overall = en.render(&out.findings[0].summary);
    assert_eq!(
        overall,
        "Browsers hold 4 saved passwords in 2 browser profiles. 2 are for government systems: dichvucong.namdinh.gov.vn, qlvb.namdinh.gov.vn."
    );
    for l10n in [&vi, &en] {
        for f in &out.findings {
            let mut msgs = vec![&f.title, &f.summary];
            msgs.extend(&f.advice);
            for a in &f.actions {
                if let Action::Steps { label, steps } = a {
                    msgs.push(label);
                    msgs.extend(steps);
                }
            }
            for m in msgs {
                let text = l10n.render(m);
                assert!(
                    !text.contains('{') && !text.contains('$'),
                    "{}: {text}",
                    m.id
                );
            }
        }
    }
}
