//! Did Microsoft Defender catch a password stealer here? (The letter's second cause: malware
//! that steals the passwords saved in browsers.)
//!
//! Defender's detection history (`Env::defender_detections`): a password stealer detected in
//! the last [`RECENT_DAYS`] days — category PASSWORDSTEALER, a `PWS:` name, or a known family
//! (`data/stealer-families.toml`, with sources) — is **critical**, even when Defender removed
//! it: it ran, so every password saved or typed on this computer must be treated as stolen.
//! Another threat still active is a warning. Only names, dates and statuses are used.

use std::sync::OnceLock;

use serde::{Deserialize, Serialize};
use serde_json::{Value, json};

use super::facts::{Detection, FactError};
use super::{Action, Check, CheckOutput, Env, Finding, Status};
use crate::Msg;
use crate::profile::StealerFamily;

pub const FINDING_ID: &str = "stealer-detections";

/// A detection older than this no longer decides (the passwords were changed since, or should
/// have been: the advice is the same as for a fresh one).
pub const RECENT_DAYS: i64 = 90;

/// `MSFT_MpThreat.CategoryID` PASSWORDSTEALER.
const CATEGORY_PASSWORD_STEALER: u32 = 3;
/// KEYLOGGER: records what is typed, passwords included.
const CATEGORY_KEYLOGGER: u32 = 10;

const FAMILIES_TOML: &str = include_str!("../../data/stealer-families.toml");

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Families {
    family: Vec<Family>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Family {
    pub name: String,
    pub aliases: Vec<String>,
    pub source: String,
}

/// The known stealer families, from the shipped data file.
pub fn families() -> &'static [Family] {
    static FAMILIES: OnceLock<Vec<Family>> = OnceLock::new();
    FAMILIES.get_or_init(|| {
        // The file is ours and tested (`the_family_list_parses_and_every_entry_has_a_source`).
        toml::from_str::<Families>(FAMILIES_TOML)
            .map(|f| f.family)
            .unwrap_or_default()
    })
}

/// The family part of a Defender threat name: `Trojan:Win32/Lumma.RPX!MTB` → `Lumma`.
fn family_part(threat_name: &str) -> &str {
    let after_platform = threat_name.rsplit_once('/').map_or(threat_name, |(_, r)| r);
    let after_type = after_platform
        .rsplit_once(':')
        .map_or(after_platform, |(_, r)| r);
    after_type
        .split(['.', '!', '_', '-'])
        .next()
        .unwrap_or(after_type)
}

/// Why a detection is a password stealer, if it is one.
pub fn stealer_family(d: &Detection) -> Option<String> {
    stealer_family_with(d, &[])
}

/// As [`stealer_family`], with the families a Department's bundle adds
/// (`profile.lists.stealer_families`, same fields as the shipped file).
pub fn stealer_family_with(d: &Detection, bundle: &[StealerFamily]) -> Option<String> {
    let name = d.threat_name.trim();
    let family = family_part(name).to_ascii_lowercase();
    let matches = |aliases: &[String]| {
        aliases.iter().any(|a| {
            let a = a.to_ascii_lowercase();
            family == a || (a.len() >= 5 && family.starts_with(a.as_str()))
        })
    };
    let known = families()
        .iter()
        .find(|f| matches(&f.aliases))
        .map(|f| f.name.clone())
        .or_else(|| {
            bundle
                .iter()
                .find(|f| matches(&f.aliases))
                .map(|f| f.name.clone())
        });
    if let Some(name) = known {
        return Some(name);
    }
    let pws = name
        .get(..4)
        .is_some_and(|p| p.eq_ignore_ascii_case("pws:"));
    let category = matches!(
        d.category,
        Some(CATEGORY_PASSWORD_STEALER | CATEGORY_KEYLOGGER)
    );
    (pws || category || names_a_stealer(name)).then(|| family_part(name).to_owned())
}

/// Words in a Microsoft threat name that say the threat steals or spies (`…/SnakeKeylogger…`,
/// `…/ACRStealer…`, `TrojanSpy:…`, `PWS:…`): a family not yet in the list is still a stealer.
const STEALER_WORDS: &[&str] = &["stealer", "keylogger", "pws", "spy"];

fn names_a_stealer(threat_name: &str) -> bool {
    let lower = threat_name.to_ascii_lowercase();
    STEALER_WORDS.iter().any(|w| lower.contains(w))
}

/// Defender still holds it as a threat (not cleaned, quarantined, removed or blocked).
fn still_active(d: &Detection) -> bool {
    match d.active {
        Some(active) => active,
        // ThreatStatusID: 1 detected, 5 allowed, 102+ a failed action.
        None => matches!(d.status, Some(1 | 5 | 102..)),
    }
}

fn status_code(status: Option<u32>) -> &'static str {
    match status {
        Some(1) => "detected",
        Some(2) => "cleaned",
        Some(3) => "quarantined",
        Some(4) => "removed",
        Some(5) => "allowed",
        Some(6) => "blocked",
        Some(102..) => "action-failed",
        _ => "unknown",
    }
}

/// One detection as the report lists it.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct DetectionFact {
    pub threat_name: String,
    /// `YYYY-MM-DD` (UTC); `None` when Defender gave no date.
    pub detected: Option<String>,
    pub status: &'static str,
    /// The known family, or the name's family part for a `PWS:`/category match.
    pub stealer: Option<String>,
}

pub struct StealerDetectionsCheck;

impl Check for StealerDetectionsCheck {
    fn id(&self) -> &'static str {
        FINDING_ID
    }

    fn title(&self) -> Msg {
        Msg::new("check-stealer-title")
    }

    fn run(&self, env: &dyn Env) -> CheckOutput {
        CheckOutput::finding(assess(env, self.title(), &[]))
    }
}

/// The same check knowing the stealer families a Department's bundle adds.
pub struct BundleStealerDetectionsCheck {
    pub families: Vec<StealerFamily>,
}

impl Check for BundleStealerDetectionsCheck {
    fn id(&self) -> &'static str {
        FINDING_ID
    }

    fn title(&self) -> Msg {
        Msg::new("check-stealer-title")
    }

    fn run(&self, env: &dyn Env) -> CheckOutput {
        CheckOutput::finding(assess(env, self.title(), &self.families))
    }
}

fn iso_day(unix: i64) -> String {
    // A clock that is not a real date gives no day rather than a wrapped-around one.
    crate::dates::local_day(unix, 0)
        .map(crate::dates::iso)
        .unwrap_or_default()
}

fn assess(env: &dyn Env, title: Msg, bundle: &[StealerFamily]) -> Finding {
    let detections = match env.defender_detections() {
        Ok(list) => list,
        Err(FactError::NotThisOs) => {
            // Defender's history exists only on Windows: nothing to look at is not "fine".
            return Finding::not_applicable(
                FINDING_ID,
                title,
                Msg::new("check-stealer-not-windows"),
            )
            .evidence("applies", false);
        }
        Err(e) => {
            let id = match e {
                FactError::NotActive => "check-stealer-reason-defender-off",
                _ => "check-stealer-reason",
            };
            return Finding::unknown(FINDING_ID, title, super::reason::native(id, &e))
                .advise(Msg::new("check-stealer-advice-look-yourself"));
        }
    };
    let now = env.now_unix();
    let recent = |d: &Detection| {
        // No date: counted as recent, a stealer is too grave to drop for a missing field.
        d.detected
            .is_none_or(|t| now.saturating_sub(t) <= RECENT_DAYS * 86_400)
    };
    let facts: Vec<DetectionFact> = detections
        .iter()
        .map(|d| DetectionFact {
            threat_name: d.threat_name.clone(),
            detected: d.detected.map(iso_day),
            status: status_code(d.status),
            stealer: stealer_family_with(d, bundle),
        })
        .collect();
    let evidence = json!(facts);

    // The most recent stealer decides what the finding names. One the user allowed (or that
    // Defender failed to remove) and that is still active is as grave as a fresh one, however
    // old its first detection.
    let stealer = detections
        .iter()
        .filter(|d| (recent(d) || still_active(d)) && stealer_family_with(d, bundle).is_some())
        .max_by_key(|d| d.detected.unwrap_or(i64::MAX));
    if let Some(d) = stealer {
        let days = d
            .detected
            .map_or(0, |t| now.saturating_sub(t).max(0) / 86_400);
        let date = d.detected.map(iso_day).unwrap_or_default();
        let summary = match d.detected {
            Some(_) => Msg::new("check-stealer-found")
                .arg("threat", d.threat_name.clone())
                .arg("days", days),
            None => Msg::new("check-stealer-found-undated").arg("threat", d.threat_name.clone()),
        };
        return Finding::new(FINDING_ID, Status::Critical, title, summary)
            .advise(Msg::new("check-stealer-advice-all-stolen"))
            .advise(Msg::new("check-stealer-advice-other-device"))
            .advise(Msg::new("check-stealer-advice-report"))
            .advise(Msg::new("check-stealer-advice-scan"))
            .action(Action::OpenIncident {
                incident: "malware".to_owned(),
                label: Msg::new("check-stealer-action-report"),
                threat: d.threat_name.clone(),
                detected: date.clone(),
            })
            .evidence("detections", evidence)
            .evidence("stealer", Value::from(d.threat_name.clone()))
            .evidence("stealer_detected", Value::from(date));
    }

    let active: Vec<&Detection> = detections.iter().filter(|d| still_active(d)).collect();
    if !active.is_empty() {
        let mut names: Vec<&str> = active.iter().map(|d| d.threat_name.as_str()).collect();
        names.dedup();
        return Finding::new(
            FINDING_ID,
            Status::Warning,
            title,
            Msg::new("check-stealer-threat-active").arg("names", names.join(", ")),
        )
        .advise(Msg::new("check-stealer-advice-remove"))
        .advise(Msg::new("check-av-advice-ask-support"))
        .action(Action::OpenUri {
            uri: "windowsdefender://threat".to_owned(),
            label: Msg::new("check-stealer-open-history"),
        })
        .evidence("detections", evidence);
    }
    let summary = if detections.is_empty() {
        Msg::new("check-stealer-none")
    } else {
        Msg::new("check-stealer-none-recent").arg("count", detections.len() as i64)
    };
    Finding::new(FINDING_ID, Status::Ok, title, summary).evidence("detections", evidence)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checks::OsKind;
    use crate::checks::scenario::ScenarioEnv;
    use crate::checks::scenario_facts::RecordedFacts;

    const NOW: i64 = 1_795_000_000; // 2026-11-18

    fn detection(name: &str, category: Option<u32>, days_ago: i64, status: u32) -> Detection {
        Detection {
            threat_name: name.to_owned(),
            category,
            severity: Some(5),
            detected: Some(NOW - days_ago * 86_400),
            status: Some(status),
            active: None,
        }
    }

    fn run(detections: Result<Vec<Detection>, FactError>) -> Finding {
        let env = ScenarioEnv::new(OsKind::Windows, "/x", NOW).with_facts(RecordedFacts {
            detections: Some(detections),
            ..RecordedFacts::default()
        });
        let mut out = StealerDetectionsCheck.run(&env);
        out.findings.remove(0)
    }

    #[test]
    fn the_family_list_parses_and_every_entry_has_a_source() {
        let list = families();
        assert!(list.len() >= 10, "{}", list.len());
        for f in list {
            assert!(!f.source.trim().is_empty(), "{}", f.name);
            assert!(!f.aliases.is_empty(), "{}", f.name);
            assert!(f.aliases.iter().all(|a| *a == a.to_ascii_lowercase()));
        }
        for family in ["Lumma", "RedLine", "Vidar", "Raccoon"] {
            assert!(list.iter().any(|f| f.name == family), "{family}");
        }
    }

    #[test]
    fn stealers_are_known_by_family_pws_name_or_category() {
        let d = |name: &str, cat| detection(name, cat, 1, 3);
        assert_eq!(
            stealer_family(&d("Trojan:Win32/Lumma.RPX!MTB", Some(8))).as_deref(),
            Some("Lumma")
        );
        assert_eq!(
            stealer_family(&d("Trojan:MSIL/RedLineStealer.A", Some(8))).as_deref(),
            Some("RedLine")
        );
        assert_eq!(
            stealer_family(&d("PWS:Win32/Zbot.gen!Y", Some(8))).as_deref(),
            Some("Zbot")
        );
        assert_eq!(
            stealer_family(&d("Trojan:Win32/Unknownthing.A", Some(3))).as_deref(),
            Some("Unknownthing")
        );
        assert_eq!(
            stealer_family(&d("Trojan:Win32/Wacatac.B!ml", Some(8))),
            None
        );
        assert_eq!(
            stealer_family(&d("PUA:Win32/Vidarxx", Some(27))).as_deref(),
            Some("Vidar")
        );
        assert_eq!(
            stealer_family(&d("Adware:Win32/Lokit", Some(1))),
            None,
            "4-letter aliases match exactly"
        );
    }

    #[test]
    fn a_quarantined_lumma_detection_last_month_is_critical_with_the_incident_prefilled() {
        let f = run(Ok(vec![
            detection("Trojan:Win32/Wacatac.B!ml", Some(8), 200, 3),
            detection("Trojan:Win32/Lumma.RPX!MTB", Some(8), 30, 3),
        ]));
        assert_eq!(f.status, Status::Critical);
        assert_eq!(f.summary.id, "check-stealer-found");
        assert!(f.summary.args.contains(&("days".to_owned(), 30_i64.into())));
        assert!(
            f.advice
                .iter()
                .any(|m| m.id == "check-stealer-advice-all-stolen")
        );
        assert!(
            f.advice
                .iter()
                .any(|m| m.id == "check-stealer-advice-other-device")
        );
        match &f.actions[0] {
            Action::OpenIncident {
                incident,
                threat,
                detected,
                ..
            } => {
                assert_eq!(incident, "malware");
                assert_eq!(threat, "Trojan:Win32/Lumma.RPX!MTB");
                assert_eq!(detected, "2026-10-19");
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn an_old_stealer_is_history_and_another_active_threat_is_a_warning() {
        let f = run(Ok(vec![
            detection("PWS:MSIL/RedLine.B", Some(3), 120, 4),
            detection("Trojan:Win32/Wacatac.B!ml", Some(8), 2, 1),
        ]));
        assert_eq!(f.status, Status::Warning);
        assert_eq!(f.summary.id, "check-stealer-threat-active");
        let f = run(Ok(vec![detection("PWS:MSIL/RedLine.B", Some(3), 120, 4)]));
        assert_eq!(f.status, Status::Ok);
        assert_eq!(f.summary.id, "check-stealer-none-recent");
        assert_eq!(run(Ok(vec![])).summary.id, "check-stealer-none");
    }

    #[test]
    fn an_unreadable_history_is_unknown_never_fine() {
        for e in [
            FactError::NamespaceMissing,
            FactError::TimedOut,
            FactError::NotActive,
        ] {
            let f = run(Err(e.clone()));
            assert_eq!(f.status, Status::Unknown, "{e:?}");
            assert!(f.reason.is_some());
        }
        let linux = ScenarioEnv::new(OsKind::Linux, "/x", NOW);
        let f = StealerDetectionsCheck.run(&linux).findings.remove(0);
        assert_eq!(f.status, Status::NotApplicable);
        assert_eq!(f.reason.unwrap().id, "check-stealer-not-windows");
        assert_eq!(f.evidence["applies"], false);
    }

    #[test]
    fn a_family_not_listed_is_a_stealer_when_its_name_says_it_steals_or_spies() {
        for name in [
            "Trojan:MSIL/SnakeKeylogger.ABC!MTB",
            "Trojan:Win32/ACRStealer.GA!MTB",
            "Trojan:Win32/StealerC.X",
            "TrojanSpy:MSIL/NewFamily.A",
            "Trojan:Win32/Stealer.AB!MTB",
        ] {
            let f = run(Ok(vec![detection(name, Some(8), 3, 3)]));
            assert_eq!(f.status, Status::Critical, "{name}");
        }
        let f = run(Ok(vec![detection(
            "Trojan:Win32/Wacatac.B!ml",
            Some(8),
            3,
            3,
        )]));
        assert_ne!(f.status, Status::Critical);
    }

    #[test]
    fn an_allowed_stealer_still_active_is_critical_however_old() {
        let mut allowed = detection("Trojan:Win32/Lumma.RPX!MTB", Some(8), 400, 5);
        allowed.active = Some(true);
        assert_eq!(run(Ok(vec![allowed])).status, Status::Critical);
        let removed_long_ago = detection("Trojan:Win32/Lumma.RPX!MTB", Some(8), 400, 3);
        assert_eq!(run(Ok(vec![removed_long_ago])).status, Status::Ok);
    }

    #[test]
    fn a_family_the_bundle_adds_is_a_stealer_by_its_alias() {
        let d = detection("Trojan:Win32/Newfam.A!MTB", Some(8), 2, 3);
        assert_eq!(stealer_family(&d), None);
        let bundle = [StealerFamily {
            name: "Newfam".into(),
            aliases: vec!["newfam".into()],
            source: "the Department's warning".into(),
        }];
        assert_eq!(stealer_family_with(&d, &bundle).as_deref(), Some("Newfam"));
        let env = ScenarioEnv::new(OsKind::Windows, "/x", NOW).with_facts(RecordedFacts {
            detections: Some(Ok(vec![d])),
            ..RecordedFacts::default()
        });
        let check = BundleStealerDetectionsCheck {
            families: bundle.to_vec(),
        };
        assert_eq!(check.run(&env).findings[0].status, Status::Critical);
    }
}
