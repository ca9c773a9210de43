//! Password Checkup's verdicts read from real Chromium login databases made by the test
//! (schema version 41, `fixtures.rs`), with rows added the way Chromium's
//! `InsecureCredentialsTable::InsertOrReplace` writes them.

use rusqlite::{Connection, params};

use super::super::fixtures::{FixtureHome, Login};
use super::super::*;
use crate::checks::Status;

const NOW: i64 = 1_795_000_000;
const CANARY_USER: &[u8] = b"canary.user@namdinh.gov.vn";
const CANARY_PASSWORD: &[u8] = b"v10Canary#Zebu7Quokka";

/// Chromium time of 2026-01-01 (µs since 1601).
const CREATED: i64 = 13_411_699_200_000_000;

fn logins() -> Vec<Login> {
    vec![
        // id 1..=6, in this order.
        Login::saved("https://dichvucong.namdinh.gov.vn/dang-nhap", b"v10")
            .username(CANARY_USER)
            .password(CANARY_PASSWORD),
        Login::saved("https://qlvb.namdinh.gov.vn/", b"v10"),
        Login::saved("https://mail.namdinh.gov.vn/", b"v10"),
        Login::saved("https://shop.example.com/login", b"v10").username(CANARY_USER),
        Login::saved("https://bank.example.vn/", b"v10"),
        Login::saved("https://forum.example.org/", b"v10"),
    ]
}

/// `(parent_id, insecurity_type, is_muted)` rows added to a store.
fn add_verdicts(path: &std::path::Path, rows: &[(i64, i64, i64)]) {
    let conn = Connection::open(path).unwrap();
    // Rows pointing at a missing login are part of the test; Chromium's own connection does not
    // enforce the foreign key either.
    conn.pragma_update(None, "foreign_keys", false).unwrap();
    for (parent, kind, muted) in rows {
        conn.execute(
            "INSERT OR REPLACE INTO insecure_credentials (parent_id, insecurity_type, \
             create_time, is_muted, trigger_notification_from_backend) VALUES (?1, ?2, ?3, ?4, 0)",
            params![parent, kind, CREATED, muted],
        )
        .unwrap();
    }
}

fn chrome_store(home: &FixtureHome) -> std::path::PathBuf {
    let profile = home.chromium(BrowserId::Chrome).profile("Default");
    profile.login_data(&logins());
    profile.path().join("Login Data")
}

fn profile_fact(out: &CheckOutput) -> &BrowserProfile {
    out.browsers
        .iter()
        .find(|p| p.browser == "chrome")
        .expect("the chrome profile")
}

#[test]
fn leaked_phished_and_muted_rows_are_counted_exactly_per_login() {
    let tmp = tempfile::tempdir().unwrap();
    let home = FixtureHome::windows(tmp.path());
    let store = chrome_store(&home);
    add_verdicts(
        &store,
        &[
            // dichvucong: leaked and phished (one login, counted once for gov).
            (1, 0, 0),
            (1, 1, 0),
            // qlvb: leaked, but the person muted it — still a government leak.
            (2, 0, 1),
            // mail: weak and reused only: TựKiểm judges those itself.
            (3, 2, 0),
            (3, 3, 0),
            // shop: leaked; bank: phished; forum: leaked and muted.
            (4, 0, 0),
            (5, 1, 0),
            (6, 0, 1),
            // A row whose login is gone.
            (99, 0, 0),
        ],
    );
    let out = BrowserPasswordsCheck::default().run(&home.env(NOW));
    let p = profile_fact(&out);
    assert_eq!(p.leaked_logins, Verdict::Count(2), "dichvucong, shop");
    assert_eq!(p.phished_logins, Verdict::Count(2), "dichvucong, bank");
    assert_eq!(p.gov_leaked_logins, Verdict::Count(2), "dichvucong, qlvb");
    assert_eq!(p.muted_insecure_logins, Verdict::Count(2), "qlvb, forum");
    assert_eq!(p.insecure_unknown, None);
    let json = serde_json::to_value(p).unwrap();
    assert_eq!(json["gov_leaked_logins"], 2);
    assert_eq!(json["muted_insecure_logins"], 2);

    let f = out
        .findings
        .iter()
        .find(|f| f.id == "browser-chrome-default-leaked")
        .expect("a finding about the browser's verdicts");
    assert_eq!(f.status, Status::Critical);
    assert_eq!(f.summary.id, "check-browsers-leaked-gov");
    assert_eq!(
        f.evidence["gov_leaked_domains"],
        serde_json::json!(["dichvucong.namdinh.gov.vn", "qlvb.namdinh.gov.vn"])
    );
    assert_eq!(f.evidence["insecure_rows_without_login"], 1);
    let advice: Vec<&str> = f.advice.iter().map(|m| m.id.as_str()).collect();
    assert!(
        advice.contains(&"check-browsers-advice-leaked-sign-out"),
        "{advice:?}"
    );
    assert!(
        matches!(&f.actions[0], crate::checks::Action::Steps { steps, .. }
        if steps.iter().any(|s| s.id == "check-browsers-leaked-step-sign-out"))
    );
    assert_eq!(
        out.findings
            .iter()
            .find(|f| f.id == "browser-chrome-default")
            .unwrap()
            .status,
        Status::Critical
    );

    // Neither the username nor the password value appears anywhere.
    let text = format!("{out:?}{}", serde_json::to_string(&out.browsers).unwrap());
    for canary in ["canary.user", "Canary#Zebu", "Zebu7Quokka"] {
        assert!(!text.contains(canary), "{canary}");
    }
}

#[test]
fn leaks_only_on_other_sites_are_a_warning_not_critical() {
    let tmp = tempfile::tempdir().unwrap();
    let home = FixtureHome::windows(tmp.path());
    let profile = home.chromium(BrowserId::Edge).profile("Profile 1");
    profile.login_data(&[
        Login::saved("https://shop.example.com/login", b"v10"),
        Login::saved("https://bank.example.vn/", b"v10"),
    ]);
    add_verdicts(&profile.path().join("Login Data"), &[(1, 0, 0), (2, 1, 0)]);
    let out = BrowserPasswordsCheck::default().run(&home.env(NOW));
    let f = out
        .findings
        .iter()
        .find(|f| f.id == "browser-edge-profile-1-leaked")
        .expect("a warning about the leaked logins");
    assert_eq!(f.status, Status::Warning);
    assert_eq!(f.summary.id, "check-browsers-leaked-other");
    let p = out.browsers.iter().find(|p| p.browser == "edge").unwrap();
    assert_eq!(p.gov_leaked_logins, Verdict::Count(0));
    assert_eq!(p.status, Status::Warning);
}

#[test]
fn no_verdicts_make_no_finding_and_zero_counts() {
    let tmp = tempfile::tempdir().unwrap();
    let home = FixtureHome::windows(tmp.path());
    chrome_store(&home);
    let out = BrowserPasswordsCheck::default().run(&home.env(NOW));
    assert!(!out.findings.iter().any(|f| f.id.ends_with("-leaked")));
    let p = profile_fact(&out);
    assert_eq!(p.leaked_logins, Verdict::Count(0));
    assert_eq!(p.muted_insecure_logins, Verdict::Count(0));
}

#[test]
fn a_store_without_the_table_says_the_verdicts_are_unknown_not_zero() {
    let tmp = tempfile::tempdir().unwrap();
    let home = FixtureHome::windows(tmp.path());
    let store = chrome_store(&home);
    Connection::open(&store)
        .unwrap()
        .execute_batch("DROP TABLE insecure_credentials;")
        .unwrap();
    let out = BrowserPasswordsCheck::default().run(&home.env(NOW));
    let p = profile_fact(&out);
    assert_eq!(p.leaked_logins, Verdict::Unknown);
    assert_eq!(p.insecure_unknown, Some("no_table"));
    let json = serde_json::to_value(p).unwrap();
    assert!(json["leaked_logins"].is_null() && json["gov_leaked_logins"].is_null());
    assert_eq!(json["insecure_unknown"], "no_table");
    // The saved logins are still counted.
    assert_eq!(p.saved_logins, 6);
}

#[test]
fn a_table_with_other_columns_or_odd_values_is_unknown_with_its_reason() {
    for (setup, reason) in [
        (
            "DROP TABLE insecure_credentials; \
             CREATE TABLE insecure_credentials (parent_id INTEGER, kind INTEGER);",
            "schema",
        ),
        (
            "DROP TABLE insecure_credentials; \
             CREATE VIEW insecure_credentials AS SELECT 1 AS parent_id, 0 AS insecurity_type, \
             0 AS is_muted;",
            "schema",
        ),
        (
            "INSERT INTO insecure_credentials (parent_id, insecurity_type, create_time, is_muted) \
             VALUES (1, 'leaked', 0, 0);",
            "odd_values",
        ),
        (
            "INSERT INTO insecure_credentials (parent_id, insecurity_type, create_time, is_muted) \
             VALUES (1, 7, 0, 0);",
            "odd_values",
        ),
    ] {
        let tmp = tempfile::tempdir().unwrap();
        let home = FixtureHome::windows(tmp.path());
        let store = chrome_store(&home);
        Connection::open(&store)
            .unwrap()
            .execute_batch(setup)
            .unwrap();
        let out = BrowserPasswordsCheck::default().run(&home.env(NOW));
        let p = profile_fact(&out);
        assert_eq!(p.insecure_unknown, Some(reason), "{setup}");
        assert_eq!(p.gov_leaked_logins, Verdict::Unknown, "{setup}");
        assert_eq!(p.saved_logins, 6, "{setup}");
    }
}

#[test]
fn verdicts_of_both_stores_of_a_profile_add_up() {
    let tmp = tempfile::tempdir().unwrap();
    let home = FixtureHome::windows(tmp.path());
    let profile = home.chromium(BrowserId::Chrome).profile("Default");
    profile.login_data(&[Login::saved("https://dichvucong.namdinh.gov.vn/", b"v10")]);
    profile.account_data(&[Login::saved("https://qlvb.namdinh.gov.vn/", b"v20")]);
    add_verdicts(&profile.path().join("Login Data"), &[(1, 0, 0)]);
    add_verdicts(&profile.path().join("Login Data For Account"), &[(1, 1, 0)]);
    let out = BrowserPasswordsCheck::default().run(&home.env(NOW));
    let p = profile_fact(&out);
    assert_eq!(p.leaked_logins, Verdict::Count(1));
    assert_eq!(p.phished_logins, Verdict::Count(1));
    assert_eq!(p.gov_leaked_logins, Verdict::Count(2));
}

#[test]
fn firefox_profiles_carry_no_verdict_fields() {
    let tmp = tempfile::tempdir().unwrap();
    let home = FixtureHome::windows(tmp.path());
    home.firefox().profile("abcd.default-release").logins(&[
        super::super::fixtures::FirefoxLogin::saved("https://mail.gov.vn"),
    ]);
    let out = BrowserPasswordsCheck::default().run(&home.env(NOW));
    let p = out
        .browsers
        .iter()
        .find(|p| p.browser == "firefox")
        .unwrap();
    let json = serde_json::to_value(p).unwrap();
    assert!(json.get("leaked_logins").is_none(), "{json}");
}

/// The embedded profile with one system reached outside `gov.vn` and one under it, so a
/// verdict on either host is the organisation's business.
fn office_profile() -> crate::Profile {
    let mut p = crate::Profile::embedded();
    p.systems[0].login_url = "https://motcua.namdinh.example.vn/dang-nhap".into();
    p.systems[1].login_url = "https://qlvb.namdinh.gov.vn/".into();
    p
}

fn office_check() -> BrowserPasswordsCheck {
    BrowserPasswordsCheck {
        sites: std::sync::Arc::new(KnownSites::of_profile(&office_profile())),
    }
}

#[test]
fn a_leaked_login_on_a_profile_system_host_is_critical_names_the_system_and_opens_its_change() {
    let tmp = tempfile::tempdir().unwrap();
    let home = FixtureHome::windows(tmp.path());
    let profile = home.chromium(BrowserId::Chrome).profile("Default");
    profile.login_data(&[
        Login::saved("https://motcua.namdinh.example.vn/dang-nhap", b"v10")
            .username(CANARY_USER)
            .password(CANARY_PASSWORD),
        Login::saved("https://shop.example.com/login", b"v10"),
    ]);
    add_verdicts(&profile.path().join("Login Data"), &[(1, 1, 0), (2, 0, 0)]);
    let system = office_profile().systems[0].clone();

    // Without the profile the same host is just another site: a warning.
    let plain = BrowserPasswordsCheck::default().run(&home.env(NOW));
    assert_eq!(profile_fact(&plain).gov_leaked_logins, Verdict::Count(0));
    let f = plain
        .findings
        .iter()
        .find(|f| f.id.ends_with("-leaked"))
        .unwrap();
    assert_eq!(f.status, Status::Warning);

    let out = office_check().run(&home.env(NOW));
    let p = profile_fact(&out);
    assert_eq!(p.gov_leaked_logins, Verdict::Count(1));
    assert_eq!(p.phished_logins, Verdict::Count(1));
    assert_eq!(p.leaked_logins, Verdict::Count(1), "the shop");
    assert_eq!(p.status, Status::Critical);
    let f = out
        .findings
        .iter()
        .find(|f| f.id == "browser-chrome-default-leaked")
        .unwrap();
    assert_eq!(f.status, Status::Critical);
    assert_eq!(
        f.evidence["gov_leaked_domains"],
        serde_json::json!(["motcua.namdinh.example.vn"])
    );
    assert_eq!(
        f.evidence["gov_leaked_systems"],
        serde_json::json!([system.id])
    );
    assert!(
        f.actions.iter().any(|a| matches!(a,
            crate::checks::Action::OpenChange { system: id, .. } if *id == system.id)),
        "{:?}",
        f.actions
    );
    for (lang, name) in [
        (crate::Lang::Vi, &system.name.vi),
        (crate::Lang::En, &system.name.en),
    ] {
        let l = crate::Localizer::new(lang);
        let advice: Vec<String> = f.advice.iter().map(|m| l.render(m)).collect();
        assert!(
            advice.iter().any(|a| a.contains(name.as_str())),
            "{advice:?}"
        );
        assert!(
            advice
                .iter()
                .any(|a| a.contains("motcua.namdinh.example.vn")),
            "{advice:?}"
        );
    }
    let text = format!("{out:?}{}", serde_json::to_string(&out.browsers).unwrap());
    for canary in ["canary.user", "Canary#Zebu", "Zebu7Quokka"] {
        assert!(!text.contains(canary), "{canary}");
    }
}

#[test]
fn a_gov_vn_login_of_a_profile_system_is_named_and_other_gov_hosts_are_not() {
    let tmp = tempfile::tempdir().unwrap();
    let home = FixtureHome::windows(tmp.path());
    let store = chrome_store(&home);
    // dichvucong (no profile system) leaked; qlvb (the profile's second system) phished, muted.
    add_verdicts(&store, &[(1, 0, 0), (2, 1, 1)]);
    let out = office_check().run(&home.env(NOW));
    let p = profile_fact(&out);
    assert_eq!(p.gov_leaked_logins, Verdict::Count(2));
    assert_eq!(p.muted_insecure_logins, Verdict::Count(1));
    let f = out
        .findings
        .iter()
        .find(|f| f.id == "browser-chrome-default-leaked")
        .unwrap();
    let qlvb = &office_profile().systems[1];
    assert_eq!(
        f.evidence["gov_leaked_systems"],
        serde_json::json!([qlvb.id])
    );
    let opens: Vec<&str> = f
        .actions
        .iter()
        .filter_map(|a| match a {
            crate::checks::Action::OpenChange { system, .. } => Some(system.as_str()),
            _ => None,
        })
        .collect();
    assert_eq!(opens, [qlvb.id.as_str()]);
}
