//! Saved logins for look-alikes of official systems (`dichvucongs.top`, `bhxh.co`): a password
//! was already typed into a fake site, so each is critical. Decided by the link check
//! (`crate::links`) on the login's site only — the origin the stores hold, never a username or
//! password — against the official systems the check knows (`sites.rs`: the built-in ones and
//! `gov.vn`, plus the active profile's hosts, systems and the Department's reported fakes).
//! The readers count (`tally::Sites`); this module only words the finding.

use std::collections::BTreeSet;

use super::super::{Action, Finding, Status};
use super::scan::Scan;
use crate::Msg;
use crate::links::Lookalike;

/// The id of the finding.
pub const FINDING_ID: &str = "browser-lookalike-logins";

/// Fake sites named one by one; the rest are counted.
const NAMED: usize = 5;

/// The critical finding over every profile, when some login is saved for a look-alike.
pub(super) fn finding(scan: &Scan) -> Option<Finding> {
    let count: u32 = scan
        .profiles
        .iter()
        .map(|p| p.count.lookalike)
        .fold(0, u32::saturating_add);
    if count == 0 {
        return None;
    }
    let fakes: BTreeSet<&Lookalike> = scan
        .profiles
        .iter()
        .flat_map(|p| p.count.lookalike_hosts.iter())
        .collect();
    let hosts: Vec<&str> = fakes.iter().map(|l| l.host.as_str()).collect();
    let mut shown = hosts
        .iter()
        .take(NAMED)
        .copied()
        .collect::<Vec<_>>()
        .join(", ");
    if hosts.len() > NAMED {
        shown.push_str(", …");
    }
    let mut finding = Finding::new(
        FINDING_ID,
        Status::Critical,
        Msg::new("check-browsers-lookalike-title"),
        Msg::new("check-browsers-lookalike-summary")
            .arg("count", i64::from(count))
            .arg("hosts", shown),
    );
    for fake in fakes.iter().take(NAMED) {
        if let Some(real) = &fake.imitates {
            finding = finding.advise(
                Msg::new("check-browsers-lookalike-real")
                    .arg("fake", fake.host.clone())
                    .arg("real", real.clone()),
            );
        }
        // Why it is a fake, in the link check's own words (the state name it borrows …).
        if let Some(first) = fake.reasons.first() {
            finding = finding.advise(crate::links::reason_text(*first, &fake.detail));
        }
    }
    let profiles: Vec<String> = scan
        .profiles
        .iter()
        .filter(|p| p.count.lookalike > 0)
        .map(|p| format!("{}/{}", p.browser.code(), p.name))
        .collect();
    Some(
        finding
            .advise(Msg::new("check-browsers-lookalike-advice-change"))
            .advise(Msg::new("check-browsers-lookalike-advice-delete"))
            .advise(Msg::new("check-browsers-lookalike-advice-report"))
            // A password typed into a fake site is the letter's kind of incident to report.
            .action(Action::OpenIncident {
                incident: crate::incident::Kind::Password.code().to_owned(),
                label: Msg::new("check-browsers-lookalike-action-report"),
                threat: String::new(),
                detected: String::new(),
            })
            .evidence("lookalike_logins", count)
            .evidence(
                "lookalike_hosts",
                hosts.iter().map(|h| h.to_string()).collect::<Vec<_>>(),
            )
            .evidence(
                "imitates",
                fakes
                    .iter()
                    .filter_map(|l| l.imitates.clone())
                    .collect::<BTreeSet<_>>()
                    .into_iter()
                    .collect::<Vec<_>>(),
            )
            .evidence("profiles", profiles),
    )
}

#[cfg(test)]
mod tests {
    use super::super::fixtures::{FirefoxLogin, FixtureHome, Login};
    use super::super::{BrowserId, BrowserPasswordsCheck};
    use super::*;
    use crate::checks::{Check, CheckOutput};
    use crate::{Lang, Localizer};

    const NOW: i64 = 1_795_000_000;

    fn lookalike_finding(out: &CheckOutput) -> Option<&Finding> {
        out.findings.iter().find(|f| f.id == FINDING_ID)
    }

    #[test]
    fn a_login_saved_for_a_lookalike_is_critical_and_names_the_real_address() {
        let tmp = tempfile::tempdir().unwrap();
        let home = FixtureHome::windows(tmp.path());
        home.chromium(BrowserId::Chrome)
            .profile("Default")
            .login_data(&[
                Login::saved("https://dichvucongs.top/vn/dang-nhap", b"v10")
                    .username(b"canary-user-7f3a")
                    .password(b"v10canary-password-7f3a"),
                Login::saved("https://dichvucong.gov.vn/", b"v10"),
                Login::saved("https://www.facebook.com/", b"v10"),
            ]);
        home.firefox()
            .profile("abcd1234.default-release")
            .logins(&[FirefoxLogin::saved("https://bhxh.co")]);
        let out = BrowserPasswordsCheck::default().run(&home.env(NOW));

        let f = lookalike_finding(&out).expect("a lookalike finding");
        assert_eq!(f.status, Status::Critical);
        // Right after the overall finding, before the per-profile ones.
        assert_eq!(out.findings[1].id, FINDING_ID);
        let l = Localizer::new(Lang::Vi);
        let summary = l.render(&f.summary);
        assert!(summary.contains("bhxh.co, dichvucongs.top"), "{summary}");
        let advice: Vec<String> = f.advice.iter().map(|m| l.render(m)).collect();
        assert!(
            advice.contains(&"dichvucongs.top là trang giả của dichvucong.gov.vn.".to_owned()),
            "{advice:?}"
        );
        assert!(
            advice.iter().any(|a| a.contains("baohiemxahoi.gov.vn")),
            "{advice:?}"
        );
        // One button: report it, as a password typed into a fake page, naming no site.
        match f.actions.as_slice() {
            [
                Action::OpenIncident {
                    incident,
                    label,
                    threat,
                    detected,
                },
            ] => {
                assert_eq!(incident, "password");
                assert_eq!(l.render(label), "Báo sự cố");
                assert!(threat.is_empty() && detected.is_empty());
            }
            other => panic!("{other:?}"),
        }
        let chrome = out.browsers.iter().find(|p| p.browser == "chrome").unwrap();
        assert_eq!(chrome.lookalike_logins, 1);
        assert_eq!(chrome.lookalike_domains, ["dichvucongs.top"]);
        assert_eq!(chrome.gov_logins, 1);
        // Only hosts: neither the username nor the password shows anywhere.
        let all = format!("{:?} {:?}", out.findings, out.browsers);
        assert!(!all.contains("canary"), "{all}");
        assert!(!all.contains("dang-nhap"), "{all}");
    }

    #[test]
    fn a_site_saved_for_many_accounts_counts_each_login_and_is_named_once() {
        let tmp = tempfile::tempdir().unwrap();
        let home = FixtureHome::windows(tmp.path());
        let mut logins = Vec::new();
        for i in 0..40 {
            logins.push(
                Login::saved(&format!("https://dichvucongs.top/dang-nhap/{i}"), b"v10")
                    .username(format!("user{i}").as_bytes()),
            );
            logins.push(Login::saved(
                &format!("https://www.facebook.com/login/{i}"),
                b"v10",
            ));
        }
        // The same fake behind a user name is another site, and still one.
        logins.push(Login::saved("https://dichvucong.gov.vn@bhxh.co/", b"v10"));
        home.chromium(BrowserId::Chrome)
            .profile("Default")
            .login_data(&logins);
        let repeated: Vec<FirefoxLogin> = (0..25)
            .map(|_| FirefoxLogin::saved("https://dichvucongs.top"))
            .collect();
        home.firefox()
            .profile("abcd1234.default-release")
            .logins(&repeated);
        let out = BrowserPasswordsCheck::default().run(&home.env(NOW));

        let chrome = out.browsers.iter().find(|p| p.browser == "chrome").unwrap();
        assert_eq!(chrome.saved_logins, 81);
        assert_eq!(chrome.lookalike_logins, 41);
        assert_eq!(chrome.lookalike_domains, ["bhxh.co", "dichvucongs.top"]);
        let firefox = out
            .browsers
            .iter()
            .find(|p| p.browser == "firefox")
            .unwrap();
        assert_eq!(firefox.lookalike_logins, 25);
        assert_eq!(firefox.lookalike_domains, ["dichvucongs.top"]);
        let f = lookalike_finding(&out).expect("a lookalike finding");
        let summary = Localizer::new(Lang::En).render(&f.summary);
        assert!(summary.contains("66"), "{summary}");
        assert!(summary.contains("bhxh.co, dichvucongs.top"), "{summary}");
    }

    #[test]
    fn official_and_ordinary_logins_raise_no_lookalike_finding() {
        let tmp = tempfile::tempdir().unwrap();
        let home = FixtureHome::windows(tmp.path());
        home.chromium(BrowserId::Chrome)
            .profile("Default")
            .login_data(&[
                Login::saved("https://dichvucong.gov.vn/", b"v10"),
                Login::saved("https://chinhphu.vn/", b"v10"),
                Login::saved("https://shopee.vn/buyer/login", b"v10"),
                Login::saved("http://192.168.1.1/dichvucong/login", b"v10"),
                Login::never_save("https://dichvucongs.top/"),
            ]);
        let out = BrowserPasswordsCheck::default().run(&home.env(NOW));
        assert!(lookalike_finding(&out).is_none(), "{:?}", out.findings);
        let chrome = out.browsers.iter().find(|p| p.browser == "chrome").unwrap();
        assert_eq!(chrome.lookalike_logins, 0);
        // The JSON of a profile without lookalikes is what it was before.
        let json = serde_json::to_value(chrome).unwrap();
        assert!(json.get("lookalike_logins").is_none(), "{json}");
    }

    #[test]
    fn the_profiles_reported_fakes_and_own_hosts_decide_saved_logins_too() {
        let tmp = tempfile::tempdir().unwrap();
        let home = FixtureHome::windows(tmp.path());
        home.chromium(BrowserId::Chrome)
            .profile("Default")
            .login_data(&[
                // Reported by the Department; nothing in its name imitates a state body.
                Login::saved("https://uu-dai-thanh-toan.example.xyz/", b"v10"),
                // The organisation's own site outside gov.vn, with a state name in it.
                Login::saved("https://dichvucong-namdinh.vn/", b"v10"),
            ]);
        let mut profile = crate::Profile::embedded();
        profile.official_hosts = vec!["dichvucong-namdinh.vn".into()];
        profile.lists.reported_fakes = vec![crate::profile::ReportedFake {
            host: "uu-dai-thanh-toan.example.xyz".into(),
            imitates: "dichvucong.namdinh.gov.vn".into(),
            date: "2026-11-02".into(),
            source: "Sở TT&TT".into(),
        }];
        let domains = |out: &CheckOutput| {
            out.browsers
                .iter()
                .find(|p| p.browser == "chrome")
                .unwrap()
                .lookalike_domains
                .clone()
        };
        let plain = BrowserPasswordsCheck::default().run(&home.env(NOW));
        assert_eq!(domains(&plain), ["dichvucong-namdinh.vn"]);

        let check = crate::checks::checks_for_profile(&profile)
            .into_iter()
            .find(|c| c.id() == BrowserPasswordsCheck::ID)
            .unwrap();
        let out = check.run(&home.env(NOW));
        assert_eq!(domains(&out), ["uu-dai-thanh-toan.example.xyz"]);
        let f = lookalike_finding(&out).expect("a lookalike finding");
        let l = Localizer::new(Lang::En);
        let advice: Vec<String> = f.advice.iter().map(|m| l.render(m)).collect();
        assert!(
            advice
                .iter()
                .any(|a| a.contains("dichvucong.namdinh.gov.vn")),
            "{advice:?}"
        );
    }
}
