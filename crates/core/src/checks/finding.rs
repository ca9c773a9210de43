//! What a check says about the machine: a status, what was found, what to do about it.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::Msg;

/// Ordered from best to worst, so the worst of several statuses is their maximum.
/// `Unknown` ranks above `Warning`: "we could not tell" must never read as fine.
/// `NotApplicable` ranks below everything: a check that does not apply to this system (Defender's
/// history on Linux) or has no documented source here says nothing either way. It is shown apart,
/// never with a tick, and earns no points (the score leaves its part out).
#[cfg_attr(test, derive(ts_rs::TS))]
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    NotApplicable,
    Ok,
    Warning,
    Unknown,
    Critical,
}

impl Status {
    pub fn code(self) -> &'static str {
        match self {
            Status::NotApplicable => "not_applicable",
            Status::Ok => "ok",
            Status::Warning => "warning",
            Status::Unknown => "unknown",
            Status::Critical => "critical",
        }
    }

    /// The status in words ("Nguy hiểm", "Dangerous"): the one place a status gets its message,
    /// for the report, the roll-up, the incident mail and the CLI.
    pub fn msg(self) -> Msg {
        Msg::new(match self {
            Status::Ok => "check-status-ok",
            Status::Warning => "check-status-warning",
            Status::Unknown => "check-status-unknown",
            Status::NotApplicable => "check-status-not-applicable",
            Status::Critical => "check-status-critical",
        })
    }

    /// A whole check's result in one sentence, by its worst status ("Có mục nguy hiểm …").
    pub fn overall_msg(self) -> Msg {
        Msg::new(match self {
            Status::Ok => "checks-overall-ok",
            Status::Warning => "checks-overall-warning",
            Status::Unknown => "checks-overall-unknown",
            Status::NotApplicable => "checks-overall-not-applicable",
            Status::Critical => "checks-overall-critical",
        })
    }
}

/// Every status in words ([`Status::msg`]), for a screen that shows statuses as they arrive
/// (the check's progress rows) and cannot ask core for each one.
#[cfg_attr(test, derive(ts_rs::TS))]
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct StatusWords {
    pub not_applicable: Msg,
    pub ok: Msg,
    pub warning: Msg,
    pub unknown: Msg,
    pub critical: Msg,
}

impl Default for StatusWords {
    fn default() -> Self {
        Self {
            not_applicable: Status::NotApplicable.msg(),
            ok: Status::Ok.msg(),
            warning: Status::Warning.msg(),
            unknown: Status::Unknown.msg(),
            critical: Status::Critical.msg(),
        }
    }
}

/// Something the user can do about a finding.
#[cfg_attr(test, derive(ts_rs::TS))]
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Action {
    /// Open a system page by URI (`windowsdefender:`, `ms-settings:…`). The app opens only URIs
    /// that come from a finding, never one the web view names.
    OpenUri { uri: String, label: Msg },
    /// Numbered steps to follow by hand.
    Steps { label: Msg, steps: Vec<Msg> },
    /// Open the "report a problem" screen with this kind of incident picked. For a `malware`
    /// incident the mail then names the threat and the day it was found (never a file path).
    OpenIncident {
        /// The incident kind's code (`malware`, `password`).
        #[cfg_attr(test, ts(as = "crate::incident::Kind"))]
        incident: String,
        label: Msg,
        /// The detected threat's name; empty when the incident is not a detection (a password
        /// typed into a fake site).
        threat: String,
        /// `YYYY-MM-DD`, or empty when not known.
        detected: String,
    },
    /// Open TựKiểm's guided password change for one of the profile's systems (its id); the
    /// web view names a system the profile has, never an address.
    OpenChange { system: String, label: Msg },
}

/// One result of a check. Every text is a message id with arguments; `evidence` holds facts
/// (counts, product names, domains, paths) and never a password, username or key.
#[cfg_attr(test, derive(ts_rs::TS))]
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Finding {
    /// Stable: scripts and the UI's test ids key on it (`antivirus`, `browser-chrome-default`, …).
    pub id: String,
    pub status: Status,
    pub title: Msg,
    /// What was found, in one or two sentences.
    pub summary: Msg,
    /// What to do, shortest first. Empty when nothing needs doing.
    pub advice: Vec<Msg>,
    /// Why the status is `unknown` or `not_applicable`; always set for those, never otherwise.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(test, ts(optional))]
    pub reason: Option<Msg>,
    #[cfg_attr(test, ts(type = "Record<string, unknown>"))]
    pub evidence: BTreeMap<String, serde_json::Value>,
    pub actions: Vec<Action>,
    /// The check that gave it ([`super::Check::id`]), set by the runner. The one way to tell one
    /// check's findings from another's: ids cannot (`browser-extensions` is its own check, not
    /// the saved-password check's). Not part of the JSON.
    #[serde(skip)]
    pub check: &'static str,
}

impl Finding {
    pub fn new(id: impl Into<String>, status: Status, title: Msg, summary: Msg) -> Self {
        Self {
            id: id.into(),
            status,
            title,
            summary,
            advice: Vec::new(),
            reason: None,
            evidence: BTreeMap::new(),
            actions: Vec::new(),
            check: "",
        }
    }

    /// The same finding, as given by the check `check` (the runner does this for every finding).
    pub fn from_check(mut self, check: &'static str) -> Self {
        self.check = check;
        self
    }

    /// A finding for a check that could not tell, saying why.
    pub fn unknown(id: impl Into<String>, title: Msg, reason: Msg) -> Self {
        let mut f = Self::new(
            id,
            Status::Unknown,
            title,
            Msg::new("check-summary-unknown"),
        );
        f.reason = Some(reason);
        f
    }

    /// A finding for a check that does not apply to this system, or has no documented source
    /// on it, saying why. Never a tick, never points.
    pub fn not_applicable(id: impl Into<String>, title: Msg, reason: Msg) -> Self {
        let mut f = Self::new(
            id,
            Status::NotApplicable,
            title,
            Msg::new("check-summary-not-applicable"),
        );
        f.reason = Some(reason);
        f
    }

    pub fn advise(mut self, msg: Msg) -> Self {
        self.advice.push(msg);
        self
    }

    pub fn evidence(mut self, key: &str, value: impl Into<serde_json::Value>) -> Self {
        self.evidence.insert(key.to_owned(), value.into());
        self
    }

    pub fn action(mut self, action: Action) -> Self {
        self.actions.push(action);
        self
    }
}
