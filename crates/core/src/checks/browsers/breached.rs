//! Findings and facts from the browser's own verdicts (`insecure.rs`): a saved login the browser
//! found in a data breach or saw typed on a phishing site. On a government host that is
//! critical — the password is known to attackers, and a stolen session outlives a password
//! change, so the person also signs out of every session. So is one on a host of the profile's
//! own systems: the finding names each such system and opens its guided change. Elsewhere it is
//! a warning.

use super::super::{Action, Finding, Status};
use super::Verdict;
use super::scan::ScannedProfile;
use super::sites::{KnownSites, SystemSite};
use super::tally::Verdicts;
use crate::Msg;

/// The four counts for the JSON report, and why they are unknown.
pub(super) struct Facts {
    pub leaked: Verdict,
    pub phished: Verdict,
    pub gov: Verdict,
    pub muted: Verdict,
    pub unknown: Option<&'static str>,
}

pub(super) fn facts(profile: &ScannedProfile) -> Facts {
    let v = &profile.count.verdicts;
    let all = |x: Verdict| Facts {
        leaked: x,
        phished: x,
        gov: x,
        muted: x,
        unknown: v.unknown_reason(),
    };
    match v {
        Verdicts::NotApplicable => all(Verdict::Absent),
        Verdicts::NoTable | Verdicts::Unreadable(_) => all(Verdict::Unknown),
        Verdicts::Counted(c) => Facts {
            leaked: Verdict::Count(c.leaked),
            phished: Verdict::Count(c.phished),
            gov: Verdict::Count(c.gov),
            muted: Verdict::Count(c.muted),
            unknown: None,
        },
    }
}

/// True when the browser found a government login leaked or phished: the profile is critical.
pub(super) fn gov_exposed(profile: &ScannedProfile) -> bool {
    profile.count.verdicts.counted().is_some_and(|c| c.gov > 0)
}

/// The finding about the browser's verdicts, when there is something to do.
pub(super) fn finding(
    fid: &str,
    profile: &ScannedProfile,
    sites: &KnownSites,
    domains_in_text: usize,
) -> Option<Finding> {
    let c = profile.count.verdicts.counted()?;
    let other = c.leaked.saturating_add(c.phished);
    if c.gov == 0 && other == 0 {
        return None;
    }
    let title = Msg::new("check-browsers-leaked-title")
        .arg("browser", profile.browser.code())
        .arg("variant", profile.variant.unwrap_or("none"))
        .arg("profile", profile.name.clone())
        .arg(
            "kind",
            if profile.name == "Default" {
                "default"
            } else {
                "named"
            },
        );
    let shown: Vec<&str> = c
        .gov_hosts
        .iter()
        .take(domains_in_text)
        .map(String::as_str)
        .collect();
    let domains = shown.join(", ");
    let more = c.gov_hosts.len().saturating_sub(domains_in_text);
    let finding = if c.gov > 0 {
        let systems: Vec<&SystemSite> = c
            .systems
            .iter()
            .filter_map(|id| sites.system(id))
            .take(domains_in_text)
            .collect();
        let mut f = Finding::new(
            fid,
            Status::Critical,
            title,
            Msg::new("check-browsers-leaked-gov")
                .arg("gov", i64::from(c.gov))
                .arg("domains", domains.clone())
                .arg("more", more)
                .arg("leaked", i64::from(c.leaked))
                .arg("phished", i64::from(c.phished)),
        )
        .advise(
            Msg::new("check-browsers-advice-leaked-change-gov").arg("domains", domains.clone()),
        );
        // The profile's own systems among them: each named, each opening its guided change.
        for system in &systems {
            f = f
                .advise(Msg::new("check-browsers-advice-leaked-system").arg("system", name(system)))
                .action(Action::OpenChange {
                    system: system.id.clone(),
                    label: Msg::new("check-browsers-leaked-open-change")
                        .arg("system", name(system)),
                });
        }
        f.advise(Msg::new("check-browsers-advice-leaked-sign-out"))
            .action(Action::Steps {
                label: Msg::new("check-browsers-leaked-steps-label"),
                steps: vec![
                    Msg::new("check-browsers-leaked-step-open-change"),
                    Msg::new("check-browsers-leaked-step-change-gov")
                        .arg("domains", domains)
                        .arg("more", more),
                    Msg::new("check-browsers-leaked-step-sign-out"),
                    Msg::new("check-browsers-leaked-step-others"),
                ],
            })
    } else {
        Finding::new(
            fid,
            Status::Warning,
            title,
            Msg::new("check-browsers-leaked-other")
                .arg("leaked", i64::from(c.leaked))
                .arg("phished", i64::from(c.phished)),
        )
        .advise(Msg::new("check-browsers-advice-leaked-change-other"))
    };
    let mut finding = finding
        .evidence("browser", profile.browser.code())
        .evidence("profile", profile.name.clone())
        .evidence("leaked_logins", c.leaked)
        .evidence("phished_logins", c.phished)
        .evidence("gov_leaked_logins", c.gov)
        .evidence(
            "gov_leaked_domains",
            c.gov_hosts.iter().cloned().collect::<Vec<_>>(),
        )
        .evidence("muted_insecure_logins", c.muted)
        .evidence(
            "gov_leaked_systems",
            c.systems.iter().cloned().collect::<Vec<_>>(),
        );
    if c.orphans > 0 {
        finding = finding.evidence("insecure_rows_without_login", c.orphans);
    }
    Some(finding)
}

/// A profile system's name in the reader's language (the profile gives both).
fn name(system: &SystemSite) -> Msg {
    Msg::new("check-browsers-leaked-system-name")
        .arg("vi", system.name.vi.clone())
        .arg("en", system.name.en.clone())
}
