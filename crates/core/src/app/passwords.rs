//! The password guide's use cases: the systems with their state, a typed password assessed
//! (strength, earlier uses, time to guess), and marking one changed.

use serde::Serialize;
use zeroize::Zeroizing;

use crate::password::checklist::Checklist;
use crate::password::fingerprints::{self as fingerprints, History};
use crate::password::strength::{self, Assessment, PersonalInputs, Verdict};
use crate::profile::Localized;
use crate::{Msg, Profile, dates};

use super::Host;

/// One system of the profile as the guide lists it, already decided.
#[cfg_attr(test, derive(ts_rs::TS))]
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct SystemRow {
    pub id: String,
    pub name: Localized,
    /// The page the guide opens ([`crate::profile::System::page_url`]: change-password page,
    /// else login page, `http(s)://` only); `None`: ask the contact.
    pub page_url: Option<String>,
    /// `YYYY-MM-DD` when marked changed.
    pub changed_on: Option<String>,
    pub done: bool,
    /// "Changed on 25/11/2026" or "Not changed yet".
    pub state: Msg,
    /// How to change the password inside the system, then whom to call.
    pub steps: crate::change_steps::ChangeSteps,
}

/// Which systems were marked changed. No data folder: no record (`Ok(None)`).
pub fn checklist(host: &dyn Host) -> Result<Option<Checklist>, Msg> {
    let Some(dir) = host.data_dir() else {
        return Ok(None);
    };
    Checklist::load(dir).map(Some).map_err(|_| {
        Msg::new("pw-checklist-unreadable")
            .arg("file", Checklist::path_in(dir).display().to_string())
    })
}

/// The checklist for showing: an unreadable file reads as "none yet", with the message saying
/// so; the next mark replaces it.
pub fn checklist_or_empty(host: &dyn Host) -> (Checklist, Option<Msg>) {
    match checklist(host) {
        Ok(c) => (c.unwrap_or_default(), None),
        Err(problem) => (Checklist::default(), Some(problem)),
    }
}

/// Every system of the profile, in profile order, with its state.
pub fn systems(host: &dyn Host, profile: &Profile) -> (Vec<SystemRow>, Option<Msg>) {
    let (list, problem) = checklist_or_empty(host);
    let rows = profile
        .systems
        .iter()
        .map(|s| {
            let changed_on = list.changed.get(&s.id).cloned();
            SystemRow {
                id: s.id.clone(),
                name: s.name.clone(),
                page_url: s.page_url().map(str::to_owned),
                done: changed_on.is_some(),
                state: match &changed_on {
                    Some(d) => Msg::new("pw-state-done").arg("date", dates::iso_msg(d)),
                    None => Msg::new("pw-state-todo"),
                },
                steps: crate::change_steps::for_system(profile, &s.id),
                changed_on,
            }
        })
        .collect();
    (rows, problem)
}

/// What marking a system changed did.
#[cfg_attr(test, derive(ts_rs::TS))]
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Marked {
    pub systems: Vec<SystemRow>,
    /// Set when the user asked to remember a fingerprint and it could not be done.
    pub remember_problem: Option<Msg>,
}

/// Marks `system_id` changed today (the person's calendar day); with `remember` and the
/// password, keeps a keyed fingerprint of it to spot reuse later. Blocks (Argon2): the shell
/// calls it off its UI thread.
pub fn mark_changed(
    host: &dyn Host,
    profile: &Profile,
    system_id: &str,
    password: Option<&Zeroizing<String>>,
    remember: bool,
) -> Result<Marked, Msg> {
    if !profile.systems.iter().any(|s| s.id == system_id) {
        return Err(Msg::new("pw-unknown-system"));
    }
    let today = host
        .clock()
        .today()
        .ok_or_else(|| Msg::new("pw-clock-unknown"))?;
    let today = dates::iso(today);
    let dir = host
        .data_dir()
        .ok_or_else(|| Msg::new("pw-checklist-unsaved").arg("file", "-"))?
        .to_owned();
    // A corrupt checklist is replaced: it could not be shown anyway, and this mark is news.
    let mut list = Checklist::load(&dir).unwrap_or_default();
    list.mark(system_id, &today);
    list.save(&dir).map_err(|_| {
        Msg::new("pw-checklist-unsaved").arg("file", Checklist::path_in(&dir).display().to_string())
    })?;

    let remember_problem = match (remember, password) {
        (true, Some(password)) => (|| -> Result<(), fingerprints::HistoryError> {
            let key = fingerprints::fingerprint_key(host.keys())?;
            let mut h = History::load(&dir)?;
            h.record(&key, password, system_id, &today);
            h.save(&dir)
        })()
        .err()
        .map(|e| e.msg()),
        _ => None,
    };
    Ok(Marked {
        systems: systems(host, profile).0,
        remember_problem,
    })
}

/// An earlier use of the same password: the system it was kept for, and the day, as a `Msg`.
#[cfg_attr(test, derive(ts_rs::TS))]
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct EarlierUse {
    pub system_id: String,
    pub date: Msg,
}

/// A typed password as the guide shows it. Holds verdicts, codes and dates: nothing of the
/// password.
#[cfg_attr(test, derive(ts_rs::TS))]
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Assessed {
    pub assessment: Assessment,
    /// Earlier uses of this same password (only when a fingerprint key already exists).
    pub reuse: Vec<EarlierUse>,
    /// The time to guess it, in words ("about 3 months"); none once it is reused.
    pub crack_time: Option<Msg>,
    /// The verdict in words ([`verdict_msg`]).
    pub verdict_word: Msg,
    /// The warnings the guide lists, in words: all but "reused" (said with the system and its
    /// date, from `reuse`) and "leaked" (said in its own box, from `assessment.leaked`).
    pub warning_words: Vec<Msg>,
    /// What to do about it, in words, most useful first.
    pub suggestion_words: Vec<Msg>,
}

/// A verdict in words ("Yếu — dễ bị đoán"): the one place a verdict gets its message.
pub fn verdict_msg(verdict: Verdict) -> Msg {
    Msg::new(match verdict {
        Verdict::FailsRule => "pw-verdict-fails_rule",
        Verdict::Weak => "pw-verdict-weak",
        Verdict::Fair => "pw-verdict-fair",
        Verdict::Strong => "pw-verdict-strong",
        Verdict::TooLong => "pw-verdict-too_long",
        Verdict::Reused => "pw-verdict-reused",
    })
}

/// A warning code of [`Assessment::warnings`] in words (`pw-warning-<code>`; every code has its
/// message, `password::strength`'s tests check them all).
pub fn warning_msg(code: &str) -> Msg {
    Msg::new(&format!("pw-warning-{code}"))
}

/// A suggestion code of [`Assessment::suggestions`] in words (`pw-suggestion-<code>`).
pub fn suggestion_msg(code: &str) -> Msg {
    Msg::new(&format!("pw-suggestion-{code}"))
}

/// Assesses `password` against the profile's rule, the agency's words and the person's own
/// (`personal`); a password already used for a system (its keyed fingerprint is in the data
/// folder) is weak whatever its strength. Assessing never makes a fingerprint key: with no key
/// in the host's keyring, or no data folder, there is nothing to compare. Blocks (zxcvbn,
/// Argon2): the shell calls it off its UI thread.
pub fn assess(
    host: &dyn Host,
    profile: &Profile,
    password: &str,
    personal: &PersonalInputs,
) -> Assessed {
    let agency = strength::agency_words(profile);
    // The shipped filter and the Department's own (a refused one is left out here; the CLI and
    // the bundle screen say why).
    let leaks = crate::password::leaked::LeakFilters::from_lists(&profile.lists);
    let assessment =
        strength::assess_against(password, &profile.password_rule, &agency, personal, &leaks);
    let reuse = earlier_uses(host, password);
    let assessment = strength::with_reuse(assessment, reuse.len());
    Assessed {
        crack_time: assessment.crack_time.map(|t| t.msg()),
        verdict_word: verdict_msg(assessment.verdict),
        warning_words: assessment
            .warnings
            .iter()
            .filter(|w| !matches!(**w, "reused" | "leaked"))
            .map(|w| warning_msg(w))
            .collect(),
        suggestion_words: assessment
            .suggestions
            .iter()
            .map(|c| suggestion_msg(c))
            .collect(),
        assessment,
        reuse,
    }
}

fn earlier_uses(host: &dyn Host, password: &str) -> Vec<EarlierUse> {
    let Some(dir) = host.data_dir() else {
        return Vec::new();
    };
    let Ok(Some(key)) = host.keys().load() else {
        return Vec::new();
    };
    History::load(dir)
        .map(|h| h.reuses(&key, password))
        .unwrap_or_default()
        .into_iter()
        .map(|r| EarlierUse {
            date: dates::iso_msg(&r.changed_on),
            system_id: r.system_id,
        })
        .collect()
}

#[cfg(test)]
#[path = "passwords_tests.rs"]
mod tests;
