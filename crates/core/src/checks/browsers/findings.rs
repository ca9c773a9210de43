//! What was found, as findings for people and facts for the JSON report.
//!
//! One finding per profile that holds saved passwords or could not be read
//! (`browser-<browser>[-<variant>]-<profile slug>`), one per browser folder that could not be
//! listed (`browser-<browser>[-<variant>]`), and the overall `browser-passwords` first.
//! A saved password for a government host is critical: infostealers take them all.

use std::collections::{BTreeSet, HashMap, HashSet};

use super::super::{Action, Finding, Status};
use super::BrowserProfile;
use super::catalog::{BrowserId, Engine};
use super::scan::{Scan, ScannedProfile};
use super::sites::KnownSites;
use super::tally::Protection;
use crate::Msg;

/// Government hosts named in a sentence; the rest are counted.
const DOMAINS_IN_TEXT: usize = 5;

pub(super) fn build(
    id: &str,
    title: Msg,
    scan: &Scan,
    sites: &KnownSites,
) -> (Vec<Finding>, Vec<BrowserProfile>) {
    let mut used_ids = UniqueIds::default();
    used_ids.used.insert(id.to_owned());
    let mut findings = Vec::new();
    let mut facts = Vec::new();

    for problem in &scan.problems {
        let fid = used_ids.unique(location_id(problem.browser, problem.variant));
        findings.push(
            Finding::unknown(
                fid,
                browser_msg(
                    "check-browsers-location-title",
                    problem.browser,
                    problem.variant,
                ),
                problem.reason.clone(),
            )
            .advise(Msg::new("check-browsers-advice-retry"))
            .evidence("browser", problem.browser.code()),
        );
    }

    for profile in &scan.profiles {
        let status = profile_status(profile);
        let base = format!(
            "{}-{}",
            location_id(profile.browser, profile.variant),
            slug(&profile.name)
        );
        let finding_id = (status != Status::Ok).then(|| {
            let fid = used_ids.unique(base.clone());
            findings.push(profile_finding(&fid, profile, status));
            fid
        });
        // Its id is taken only when there is such a finding.
        if let Some(mut f) = super::breached::finding("", profile, sites, DOMAINS_IN_TEXT) {
            f.id = used_ids.unique(format!("{base}-leaked"));
            findings.push(f);
        }
        let verdicts = super::breached::facts(profile);
        facts.push(BrowserProfile {
            browser: profile.browser.code(),
            variant: profile.variant,
            profile: profile.name.clone(),
            saved_logins: profile.count.saved,
            gov_logins: profile.count.gov,
            gov_domains: profile.count.gov_hosts.iter().cloned().collect(),
            lookalike_logins: profile.count.lookalike,
            lookalike_domains: profile
                .count
                .lookalike_hosts
                .iter()
                .map(|l| l.host.clone())
                .collect(),
            leaked_logins: verdicts.leaked,
            phished_logins: verdicts.phished,
            gov_leaked_logins: verdicts.gov,
            muted_insecure_logins: verdicts.muted,
            insecure_unknown: verdicts.unknown,
            protection: protection_code(profile),
            status,
            saving_offered: profile.saving_offered,
            policy_checked: profile.policy_checked,
            stores: profile.stores.clone(),
            finding: finding_id,
        });
    }

    let overall = overall_finding(id, title, scan, &facts);
    findings.insert(0, overall);
    if let Some(lookalikes) = super::lookalike::finding(scan) {
        findings.insert(1, lookalikes);
    }
    (findings, facts)
}

fn profile_status(profile: &ScannedProfile) -> Status {
    if profile.count.gov > 0 || super::breached::gov_exposed(profile) {
        Status::Critical
    } else if !profile.problems.is_empty() {
        Status::Unknown
    } else if profile.count.saved > 0 {
        Status::Warning
    } else {
        Status::Ok
    }
}

fn protection_code(profile: &ScannedProfile) -> &'static str {
    profile.count.protection.map_or("none", Protection::code)
}

fn location_id(browser: BrowserId, variant: Option<&str>) -> String {
    match variant {
        Some(v) => format!("browser-{}-{v}", browser.code()),
        None => format!("browser-{}", browser.code()),
    }
}

/// `Profile 1` → `profile-1`: lower-case ASCII letters and digits, anything else one `-`.
pub(super) fn slug(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    for c in name.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if !out.ends_with('-') {
            out.push('-');
        }
    }
    let trimmed = out.trim_matches('-');
    if trimmed.is_empty() {
        "profile".to_owned()
    } else {
        trimmed.to_owned()
    }
}

/// Finding ids made unique (two folders can slug alike: `Profile 1` and `profile-1`; a hostile
/// home can hold thousands). Each base id remembers the next suffix to try, so n colliding names
/// cost n steps, not n².
#[derive(Default)]
struct UniqueIds {
    used: HashSet<String>,
    next_suffix: HashMap<String, usize>,
}

impl UniqueIds {
    fn unique(&mut self, id: String) -> String {
        if self.used.insert(id.clone()) {
            return id;
        }
        let n = self.next_suffix.entry(id.clone()).or_insert(2);
        loop {
            let candidate = format!("{id}-{n}");
            *n += 1;
            if self.used.insert(candidate.clone()) {
                return candidate;
            }
        }
    }
}

fn browser_msg(id: &str, browser: BrowserId, variant: Option<&str>) -> Msg {
    Msg::new(id)
        .arg("browser", browser.code())
        .arg("variant", variant.unwrap_or("none"))
}

/// Up to five hosts for a sentence, and how many more there are.
fn domains_text(hosts: &BTreeSet<String>) -> (String, usize) {
    let shown: Vec<&str> = hosts
        .iter()
        .take(DOMAINS_IN_TEXT)
        .map(String::as_str)
        .collect();
    (
        shown.join(", "),
        hosts.len().saturating_sub(DOMAINS_IN_TEXT),
    )
}

fn profile_finding(fid: &str, profile: &ScannedProfile, status: Status) -> Finding {
    let title = browser_msg(
        "check-browsers-profile-title",
        profile.browser,
        profile.variant,
    )
    .arg("profile", profile.name.clone())
    // Chromium names its first profile's folder `Default`; the person never sees that word in
    // the browser, so the title says "the default profile" in their language.
    .arg(
        "kind",
        if profile.name == "Default" && profile.browser.engine() != Engine::Firefox {
            "default"
        } else {
            "named"
        },
    );
    let count = &profile.count;
    let (domains, more) = domains_text(&count.gov_hosts);
    let protection = count.protection.map_or("none", Protection::code);
    let firefox = profile.browser.engine() == Engine::Firefox;

    let mut finding = if status == Status::Unknown {
        let reason = profile.problems[0].clone();
        Finding::unknown(fid, title, reason).advise(Msg::new("check-browsers-advice-retry"))
    } else {
        let summary = if count.gov > 0 {
            Msg::new("check-browsers-profile-gov")
                .arg("saved", i64::from(count.saved))
                .arg("gov", i64::from(count.gov))
                .arg("domains", domains.clone())
                .arg("more", more)
        } else {
            Msg::new("check-browsers-profile-saved").arg("saved", i64::from(count.saved))
        }
        .arg("protection", protection);
        let mut f = Finding::new(fid, status, title, summary);
        if count.gov > 0 {
            f = f
                .advise(Msg::new("check-browsers-advice-delete-gov"))
                .advise(Msg::new("check-browsers-advice-change-gov"));
        }
        if count.saved > count.gov {
            f = f.advise(Msg::new("check-browsers-advice-delete-other"));
        }
        f = match profile.saving_offered {
            Some(false) => f.advise(Msg::new("check-browsers-advice-already-off")),
            _ => f.advise(Msg::new("check-browsers-advice-turn-off")),
        };
        if firefox {
            f = f.advise(Msg::new("check-browsers-advice-firefox-primary"));
        }
        f.action(steps(profile, &domains, more))
    };

    finding = finding
        .evidence("browser", profile.browser.code())
        .evidence("profile", profile.name.clone())
        .evidence("saved_logins", count.saved)
        .evidence("gov_logins", count.gov)
        .evidence(
            "gov_domains",
            count.gov_hosts.iter().cloned().collect::<Vec<_>>(),
        )
        .evidence("protection", protection)
        .evidence(
            "stores",
            profile.stores.iter().map(|s| s.file).collect::<Vec<_>>(),
        );
    if let Some(variant) = profile.variant {
        finding = finding.evidence("variant", variant);
    }
    if let Some(offered) = profile.saving_offered {
        finding = finding.evidence("saving_offered", offered);
    }
    if status != Status::Unknown && !profile.problems.is_empty() {
        // Critical with a store we could not read: the danger is certain, the count a minimum.
        finding = finding.evidence("unreadable_stores", profile.problems.len());
    }
    finding
}

/// Numbered steps in the browser's own words. Browser pages (`chrome://…`, `about:logins`)
/// cannot be opened from outside the browser, so the steps say what to type.
fn steps(profile: &ScannedProfile, domains: &str, more: usize) -> Action {
    let count = &profile.count;
    let firefox = profile.browser.engine() == Engine::Firefox;
    let mut steps = vec![browser_msg(
        open_step(profile.browser),
        profile.browser,
        profile.variant,
    )];
    if count.gov > 0 {
        steps.push(
            Msg::new("check-browsers-step-delete-gov")
                .arg("domains", domains.to_owned())
                .arg("more", more),
        );
    }
    if count.saved > count.gov {
        steps.push(Msg::new("check-browsers-step-delete-other"));
    }
    if profile.saving_offered != Some(false) {
        steps.push(Msg::new(if firefox {
            "check-browsers-step-turn-off-firefox"
        } else {
            "check-browsers-step-turn-off-chromium"
        }));
    }
    if firefox {
        steps.push(Msg::new("check-browsers-step-primary"));
    }
    steps.push(Msg::new(if count.gov > 0 {
        "check-browsers-step-change-gov"
    } else {
        "check-browsers-step-change"
    }));
    Action::Steps {
        label: browser_msg(
            "check-browsers-steps-label",
            profile.browser,
            profile.variant,
        ),
        steps,
    }
}

/// How to reach the saved passwords, per browser.
fn open_step(browser: BrowserId) -> &'static str {
    match browser {
        BrowserId::Chrome => "check-browsers-step-open-chrome",
        BrowserId::Edge => "check-browsers-step-open-edge",
        BrowserId::CocCoc => "check-browsers-step-open-coccoc",
        BrowserId::Brave => "check-browsers-step-open-brave",
        BrowserId::Opera => "check-browsers-step-open-opera",
        BrowserId::Vivaldi => "check-browsers-step-open-vivaldi",
        BrowserId::Chromium => "check-browsers-step-open-chromium",
        BrowserId::Yandex => "check-browsers-step-open-yandex",
        BrowserId::Firefox => "check-browsers-step-open-firefox",
    }
}

fn overall_finding(id: &str, title: Msg, scan: &Scan, facts: &[BrowserProfile]) -> Finding {
    let saved: u32 = facts.iter().map(|p| p.saved_logins).sum();
    let gov: u32 = facts.iter().map(|p| p.gov_logins).sum();
    let hosts: BTreeSet<String> = facts
        .iter()
        .flat_map(|p| p.gov_domains.iter().cloned())
        .collect();
    let with_passwords = facts.iter().filter(|p| p.saved_logins > 0).count();
    let unreadable_profiles = facts.iter().filter(|p| p.status == Status::Unknown).count();
    let unreadable = unreadable_profiles + scan.problems.len();
    let status = facts
        .iter()
        .map(|p| p.status)
        .chain(scan.problems.iter().map(|_| Status::Unknown))
        .max()
        .unwrap_or(Status::Ok);
    let (domains, more) = domains_text(&hosts);

    let summary = if facts.is_empty() && scan.problems.is_empty() {
        Msg::new("check-browsers-none-found")
    } else if saved == 0 {
        Msg::new("check-browsers-nothing-saved")
            .arg("profiles", facts.len() - unreadable_profiles)
            .arg("unreadable", unreadable)
    } else if gov > 0 {
        Msg::new("check-browsers-total-gov")
            .arg("saved", i64::from(saved))
            .arg("profiles", with_passwords)
            .arg("gov", i64::from(gov))
            .arg("domains", domains)
            .arg("more", more)
            .arg("unreadable", unreadable)
    } else {
        Msg::new("check-browsers-total-saved")
            .arg("saved", i64::from(saved))
            .arg("profiles", with_passwords)
            .arg("unreadable", unreadable)
    };
    let mut finding = Finding::new(id, status, title, summary);
    if status == Status::Unknown {
        finding.reason =
            Some(Msg::new("check-browsers-reason-some-unreadable").arg("count", unreadable));
    }
    finding = match status {
        Status::Critical => finding
            .advise(Msg::new("check-browsers-advice-delete-gov"))
            .advise(Msg::new("check-browsers-advice-change-gov"))
            .advise(Msg::new("check-browsers-advice-turn-off")),
        Status::Warning => finding
            .advise(Msg::new("check-browsers-advice-delete-other"))
            .advise(Msg::new("check-browsers-advice-turn-off")),
        Status::Unknown => finding.advise(Msg::new("check-browsers-advice-retry")),
        Status::Ok if facts.iter().any(|p| p.saving_offered != Some(false)) => {
            finding.advise(Msg::new("check-browsers-advice-keep-off"))
        }
        Status::Ok | Status::NotApplicable => finding,
    };
    finding
        .evidence("profiles", facts.len())
        .evidence("profiles_with_passwords", with_passwords)
        .evidence("saved_logins", saved)
        .evidence("gov_logins", gov)
        .evidence("gov_domains", hosts.into_iter().collect::<Vec<_>>())
        .evidence("unreadable", unreadable)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_are_lowercase_ascii_with_dashes() {
        assert_eq!(slug("Default"), "default");
        assert_eq!(slug("Profile 1"), "profile-1");
        assert_eq!(slug("abcd1234.default-release"), "abcd1234-default-release");
        assert_eq!(slug("Opera Stable"), "opera-stable");
        assert_eq!(slug("H\u{1ed3} s\u{1a1} \u{fffd}"), "h-s");
        assert_eq!(slug("\u{1ec7}"), "profile");
    }

    #[test]
    fn clashing_ids_get_a_number() {
        let mut used = UniqueIds::default();
        assert_eq!(used.unique("a".into()), "a");
        assert_eq!(used.unique("a".into()), "a-2");
        assert_eq!(used.unique("a-3".into()), "a-3");
        // `a-3` is a real id already: the next clash skips it.
        assert_eq!(used.unique("a".into()), "a-4");
        assert_eq!(used.unique("a-2".into()), "a-2-2");
    }
}
