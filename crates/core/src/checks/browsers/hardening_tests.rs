//! The browser check against hostile or broken disks (issue 11): FIFOs and device links where
//! stores belong, hot journals, odd column values, views, a query past its deadline, thousands
//! of colliding profile names, a home folder whose name is not UTF-8, parser errors that would
//! quote a password.

use std::path::Path;

use super::chromium_db::{self, PrefixRule};
use super::fixtures::{FixtureHome, Login, write_login_db};
use super::tally::StoreError;
use super::*;
use crate::checks::OsKind;
use crate::outside::{Deadline, ReadError};
use crate::{Lang, Localizer};

const NOW: i64 = 1_795_000_000;

fn run(env: &dyn Env) -> CheckOutput {
    BrowserPasswordsCheck::default().run(env)
}

fn finding<'a>(out: &'a CheckOutput, id: &str) -> &'a Finding {
    out.findings
        .iter()
        .find(|f| f.id == id)
        .unwrap_or_else(|| panic!("no finding {id}: {:?}", out.findings))
}

fn reason_of(out: &CheckOutput, id: &str) -> String {
    let f = finding(out, id);
    assert_eq!(f.status, Status::Unknown, "{f:?}");
    f.reason.as_ref().unwrap().id.clone()
}

fn rows(n: usize) -> Vec<Login> {
    (0..n)
        .map(|i| Login::saved(&format!("https://site{i}.example.com/"), b"v10"))
        .collect()
}

fn deadline() -> Deadline {
    Deadline::after(std::time::Duration::from_secs(10))
}

fn count(db: &Path) -> Result<Option<u32>, StoreError> {
    chromium_db::read_login_store(
        db,
        PrefixRule::Chromium(OsKind::Linux),
        &KnownSites::default(),
        &deadline(),
    )
    .map(|c| c.map(|c| c.saved))
}

#[cfg(unix)]
fn mkfifo(path: &Path) {
    let c = std::ffi::CString::new(path.as_os_str().as_encoded_bytes()).unwrap();
    // SAFETY: `c` is a valid NUL-terminated path; mkfifo only creates a file system node.
    assert_eq!(unsafe { libc::mkfifo(c.as_ptr(), 0o600) }, 0);
}

/// A store with 2,000 saved logins, caught mid-transaction: the browser deleted them all and
/// SQLite spilled the change to the file before committing, so the file alone reads as empty and
/// only the rollback journal beside it says otherwise.
fn hot_journal_store(dir: &Path) -> std::path::PathBuf {
    let live = dir.join("live");
    std::fs::create_dir(&live).unwrap();
    write_login_db(&live.join("Login Data"), &rows(2_000)).unwrap();
    let conn = rusqlite::Connection::open(live.join("Login Data")).unwrap();
    conn.pragma_update(None, "journal_mode", "delete").unwrap();
    // A tiny page cache makes SQLite write changed pages into the file before the commit.
    conn.pragma_update(None, "cache_size", 1).unwrap();
    conn.execute_batch("BEGIN; DELETE FROM logins; UPDATE meta SET value = 'x';")
        .unwrap();
    // What a crash leaves: the file and its journal as they are now (a test may copy its own
    // fixture; the check itself never copies a store).
    let crashed = dir.join("crashed");
    std::fs::create_dir(&crashed).unwrap();
    for name in ["Login Data", "Login Data-journal"] {
        std::fs::copy(live.join(name), crashed.join(name)).unwrap();
    }
    conn.execute_batch("ROLLBACK").unwrap();
    crashed.join("Login Data")
}

#[test]
fn a_store_with_a_hot_rollback_journal_is_unknown_never_empty() {
    let tmp = tempfile::tempdir().unwrap();
    let db = hot_journal_store(tmp.path());
    // The fixture is what the issue describes: read immutable, the file alone shows fewer
    // logins than it holds (SQLite's recovery, on a copy, gives the 2,000 back).
    let alone = chromium_db::count_logins(
        &chromium_db::open_immutable(&db).unwrap(),
        PrefixRule::CountOnly,
        &KnownSites::default(),
    )
    .map(|c| c.saved);
    assert_ne!(alone, Ok(2_000), "the journal must matter for this fixture");
    let recovered = tmp.path().join("recovered");
    std::fs::create_dir(&recovered).unwrap();
    for name in ["Login Data", "Login Data-journal"] {
        std::fs::copy(db.with_file_name(name), recovered.join(name)).unwrap();
    }
    let rolled_back = rusqlite::Connection::open(recovered.join("Login Data")).unwrap();
    let n: i64 = rolled_back
        .query_row("SELECT count(*) FROM logins", [], |r| r.get(0))
        .unwrap();
    assert_eq!(n, 2_000);

    assert_eq!(count(&db), Err(StoreError::InUse));
    // A journal whose header a commit zeroed (journal_mode=PERSIST) is not hot.
    let journal = db.with_file_name("Login Data-journal");
    let mut bytes = std::fs::read(&journal).unwrap();
    bytes[..28].fill(0);
    std::fs::write(&journal, &bytes).unwrap();
    assert!(count(&db) != Err(StoreError::InUse));
}

#[test]
fn a_hot_journal_makes_the_profile_unknown_with_the_in_use_reason() {
    let tmp = tempfile::tempdir().unwrap();
    let home = FixtureHome::linux(tmp.path());
    let p = home.chromium(BrowserId::Chrome).profile("Default");
    p.login_data(&[]);
    let scratch = tempfile::tempdir().unwrap();
    let db = hot_journal_store(scratch.path());
    for name in ["Login Data", "Login Data-journal"] {
        std::fs::copy(db.with_file_name(name), p.path().join(name)).unwrap();
    }
    let out = run(&home.env(NOW));
    assert_eq!(
        reason_of(&out, "browser-chrome-default"),
        "check-browsers-reason-db-in-use"
    );
    assert_eq!(out.findings[0].status, Status::Unknown);
}

#[test]
fn a_pending_wal_is_unknown_and_a_checkpointed_one_is_read() {
    let tmp = tempfile::tempdir().unwrap();
    let db = tmp.path().join("Login Data");
    write_login_db(&db, &rows(50)).unwrap();
    let conn = rusqlite::Connection::open(&db).unwrap();
    conn.pragma_update(None, "journal_mode", "wal").unwrap();
    conn.pragma_update(None, "wal_autocheckpoint", 0).unwrap();
    conn.execute("DELETE FROM logins WHERE id <= 20", [])
        .unwrap();
    assert_eq!(count(&db), Err(StoreError::InUse));
    conn.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()))
        .unwrap();
    assert_eq!(count(&db), Ok(Some(30)));
}

/// A `logins` table of the four columns we read, without Chromium's NOT NULL, so any value fits.
fn loose_store(path: &Path, values: &str) {
    let conn = rusqlite::Connection::open(path).unwrap();
    conn.execute_batch(&format!(
        "CREATE TABLE logins (origin_url, signon_realm, password_value, blacklisted_by_user);
         INSERT INTO logins VALUES {values};"
    ))
    .unwrap();
}

#[test]
fn odd_blacklisted_values_make_the_store_unknown_not_zero() {
    let tmp = tempfile::tempdir().unwrap();
    for (name, value) in [
        ("null", "NULL"),
        ("text", "'no'"),
        ("real", "0.0"),
        ("blob", "x'00'"),
    ] {
        let db = tmp.path().join(name);
        loose_store(
            &db,
            &format!("('https://a.gov.vn/', 'https://a.gov.vn/', x'763130aa', {value})"),
        );
        assert_eq!(
            count(&db),
            Err(StoreError::OddValues("logins.blacklisted_by_user")),
            "{name}"
        );
    }
    // Chromium's own values: 0 is a saved password, 1 a "never save" entry.
    let db = tmp.path().join("plain");
    loose_store(
        &db,
        "('https://a.gov.vn/', '', x'763130aa', 0), ('https://b.vn/', '', x'763130aa', 1)",
    );
    assert_eq!(count(&db), Ok(Some(1)));
}

#[test]
fn a_view_named_logins_is_not_read_even_a_recursive_one() {
    let tmp = tempfile::tempdir().unwrap();
    let db = tmp.path().join("Login Data");
    let conn = rusqlite::Connection::open(&db).unwrap();
    conn.execute_batch(
        "CREATE VIEW logins AS WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r)
         SELECT 'https://a.gov.vn/' AS origin_url, '' AS signon_realm,
                x'763130' AS password_value, 0 AS blacklisted_by_user FROM r;",
    )
    .unwrap();
    drop(conn);
    assert_eq!(count(&db), Err(StoreError::Schema("logins".to_owned())));
}

#[test]
fn a_query_past_the_deadline_is_interrupted_inside_sqlite() {
    let tmp = tempfile::tempdir().unwrap();
    let db = tmp.path().join("Login Data");
    write_login_db(&db, &rows(5_000)).unwrap();
    let gone = Deadline::after(std::time::Duration::ZERO);
    let result =
        chromium_db::read_login_store(&db, PrefixRule::CountOnly, &KnownSites::default(), &gone);
    assert!(
        matches!(result, Err(StoreError::Read(ReadError::TimedOut { .. }))),
        "{result:?}"
    );
}

#[cfg(unix)]
#[test]
fn fifos_where_stores_and_settings_belong_are_refused_and_other_profiles_still_count() {
    let tmp = tempfile::tempdir().unwrap();
    let home = FixtureHome::linux(tmp.path());
    let chrome = home.chromium(BrowserId::Chrome);
    let bad = chrome.profile("Default");
    bad.login_data(&[]);
    std::fs::remove_file(bad.path().join("Login Data")).unwrap();
    mkfifo(&bad.path().join("Login Data"));
    std::fs::remove_file(bad.path().join("Preferences")).ok();
    mkfifo(&bad.path().join("Preferences"));
    chrome
        .profile("Profile 1")
        .login_data(&[Login::saved("https://dichvucong.gov.vn/", b"v10")]);
    let _ = std::fs::remove_file(chrome.path().join("Local State"));
    mkfifo(&chrome.path().join("Local State"));
    let ff = home.firefox().profile("a.default");
    mkfifo(&ff.path().join("logins.json"));

    // Nobody ever writes to these FIFOs: a blocking open would hang here.
    let out = run(&home.env(NOW));
    assert_eq!(
        reason_of(&out, "browser-chrome-default"),
        "outside-not-a-file"
    );
    assert_eq!(
        reason_of(&out, "browser-firefox-a-default"),
        "outside-not-a-file"
    );
    assert_eq!(
        finding(&out, "browser-chrome-profile-1").status,
        Status::Critical,
        "the bad profile hides nothing of the good one"
    );
    assert_eq!(out.findings[0].status, Status::Critical);
}

#[cfg(unix)]
#[test]
fn links_to_devices_are_refused_without_reading_them() {
    let tmp = tempfile::tempdir().unwrap();
    let home = FixtureHome::linux(tmp.path());
    let p = home.chromium(BrowserId::Chrome).profile("Default");
    p.login_data(&[]);
    std::fs::remove_file(p.path().join("Login Data")).unwrap();
    std::os::unix::fs::symlink("/dev/zero", p.path().join("Login Data")).unwrap();
    std::fs::remove_file(p.path().join("Preferences")).ok();
    std::os::unix::fs::symlink("/dev/urandom", p.path().join("Preferences")).unwrap();
    let ff = home.firefox().profile("a.default");
    std::os::unix::fs::symlink("/dev/zero", ff.path().join("logins.json")).unwrap();
    let out = run(&home.env(NOW));
    assert_eq!(
        reason_of(&out, "browser-chrome-default"),
        "outside-not-a-file"
    );
    assert_eq!(
        reason_of(&out, "browser-firefox-a-default"),
        "outside-not-a-file"
    );
}

#[test]
fn a_logins_json_of_strings_puts_none_of_them_in_any_output() {
    const CANARY: &str = "CANARY-pw-91c2";
    let tmp = tempfile::tempdir().unwrap();
    let home = FixtureHome::linux(tmp.path());
    let ff = home.firefox().profile("a.default");
    std::fs::write(
        ff.path().join("logins.json"),
        format!(r#"{{"logins":["lan@namdinh.gov.vn {CANARY}","{CANARY}"]}}"#),
    )
    .unwrap();
    let out = run(&home.env(NOW));
    let f = finding(&out, "browser-firefox-a-default");
    assert_eq!(f.status, Status::Unknown);
    assert_eq!(f.reason.as_ref().unwrap().id, "outside-damaged");
    let json = serde_json::to_string(&(&out.findings, &out.browsers)).unwrap();
    assert!(!json.contains(CANARY), "{json}");
    for lang in [Lang::Vi, Lang::En] {
        let l = Localizer::new(lang);
        for f in &out.findings {
            let mut msgs = vec![&f.title, &f.summary];
            msgs.extend(f.reason.as_ref());
            for m in msgs {
                assert!(!l.render(m).contains(CANARY));
            }
        }
    }
}

#[test]
fn thousands_of_profile_names_with_one_slug_get_distinct_ids() {
    // 8,000 folders named `a`, `a.`, `a..`, … all slug to `a`; the ids stay distinct, and the
    // de-duplication is linear (see `UniqueIds`; timed in the browsers benchmark's notes).
    let tmp = tempfile::tempdir().unwrap();
    let home = FixtureHome::linux(tmp.path());
    let chrome = home.chromium(BrowserId::Chrome);
    for i in 0..8_000 {
        let name = format!("a{}", "_".repeat(i % 40)) + &"-".repeat(i / 40);
        let dir = chrome.path().join(&name);
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join("Preferences"), b"{}").unwrap();
        // An empty store: each profile gets a finding (unknown) without a SQLite open.
        std::fs::write(dir.join("Login Data"), b"").unwrap();
    }
    let out = run(&home.env(NOW));
    let ids: std::collections::HashSet<&str> = out.findings.iter().map(|f| f.id.as_str()).collect();
    assert_eq!(ids.len(), out.findings.len());
    assert_eq!(out.browsers.len(), 8_000);
    assert!(ids.contains("browser-chrome-a") && ids.contains("browser-chrome-a-8000"));
}

#[cfg(target_os = "linux")]
#[test]
fn a_home_folder_whose_name_is_not_utf8_still_has_its_stores_found() {
    use std::ffi::OsString;
    use std::os::unix::ffi::{OsStrExt, OsStringExt};

    use crate::checks::system::SystemEnv;
    use crate::checks::{CommandOutcome, CommandSpec, MachinePath, ProcessInfo};

    /// This machine, but with `HOME` set to the odd folder (the real variable is left alone:
    /// tests run in parallel).
    struct OddHome(OsString);
    impl Env for OddHome {
        fn os(&self) -> OsKind {
            OsKind::Linux
        }
        fn var(&self, name: &str) -> Option<String> {
            self.var_os(name).map(|v| v.to_string_lossy().into_owned())
        }
        fn var_os(&self, name: &str) -> Option<OsString> {
            (name == "HOME").then(|| self.0.clone())
        }
        fn local(&self, path: &MachinePath) -> std::path::PathBuf {
            SystemEnv.local(path)
        }
        fn run(&self, _: &CommandSpec) -> CommandOutcome {
            CommandOutcome::NotFound
        }
        fn processes(&self) -> Result<Vec<ProcessInfo>, String> {
            Ok(Vec::new())
        }
        fn now_unix(&self) -> i64 {
            NOW
        }
    }

    let tmp = tempfile::tempdir().unwrap();
    let mut home = tmp.path().as_os_str().as_bytes().to_vec();
    home.extend_from_slice(b"/L\xe2n (c\xf3 d\xe1\xba)");
    let home = OsString::from_vec(home);
    let store = std::path::Path::new(&home).join(".config/google-chrome/Default/Login Data");
    write_login_db(
        &store,
        &[
            Login::saved("https://dichvucong.gov.vn/", b"v10"),
            Login::saved("https://a.example/", b"v10"),
        ],
    )
    .unwrap();
    let out = run(&OddHome(home));
    let p = out
        .browsers
        .iter()
        .find(|p| p.browser == "chrome")
        .unwrap_or_else(|| panic!("{:?}", out.findings));
    assert_eq!((p.saved_logins, p.gov_logins), (2, 1));
    assert_eq!(out.findings[0].status, Status::Critical);
}

#[test]
fn when_the_walk_has_no_time_left_nothing_reads_as_ok() {
    let tmp = tempfile::tempdir().unwrap();
    let home = FixtureHome::linux(tmp.path());
    home.chromium(BrowserId::Chrome)
        .profile("Default")
        .login_data(&rows(3));
    home.firefox().profile("a.default");
    let scan = super::scan::scan_within(
        &home.env(NOW),
        &KnownSites::default(),
        std::time::Duration::ZERO,
    )
    .unwrap();
    assert!(scan.profiles.iter().all(|p| !p.problems.is_empty()));
    assert!(!scan.problems.is_empty() || !scan.profiles.is_empty());
    for reason in scan
        .problems
        .iter()
        .map(|p| &p.reason)
        .chain(scan.profiles.iter().flat_map(|p| &p.problems))
    {
        assert_eq!(reason.id, "outside-timed-out");
    }
}
