//! The whole result of one run: what `tukiem-cli check --json` prints and the app shows.

use serde::Serialize;

use super::antivirus::AvProduct;
use super::browsers::BrowserProfile;
use super::remote_access::RemoteTool;
use super::{Finding, OsKind, Status};

/// The JSON document's schema name; bump the number on any incompatible change.
pub const SCHEMA: &str = "tukiem.check/1";

/// Exit code when the check itself could not run (no check could tell anything).
pub const EXIT_CANNOT_RUN: u8 = 3;

#[cfg_attr(test, derive(ts_rs::TS))]
#[derive(Clone, Debug, Serialize)]
pub struct CheckReport {
    pub schema: &'static str,
    /// Seconds since the Unix epoch (the checked machine's clock).
    pub checked_at: i64,
    pub os: OsKind,
    /// The worst status of all findings.
    pub status: Status,
    pub findings: Vec<Finding>,
    // The machine facts behind the findings, for `--json` readers; the screens show findings.
    #[cfg_attr(test, ts(type = "unknown[]"))]
    pub antivirus: Vec<AvProduct>,
    #[cfg_attr(test, ts(type = "unknown[]"))]
    pub browsers: Vec<BrowserProfile>,
    #[cfg_attr(test, ts(type = "unknown[]"))]
    pub remote_access: Vec<RemoteTool>,
}

impl CheckReport {
    pub(crate) fn new(checked_at: i64, os: OsKind) -> Self {
        Self {
            schema: SCHEMA,
            checked_at,
            os,
            status: Status::Ok,
            findings: Vec::new(),
            antivirus: Vec::new(),
            browsers: Vec::new(),
            remote_access: Vec::new(),
        }
    }

    /// The findings in the one order every output shows them: worst first (critical, could not
    /// tell, warning, ok — [`Status`]'s order), the run's order within a status.
    pub fn worst_first(&self) -> Vec<&Finding> {
        let mut sorted: Vec<&Finding> = self.findings.iter().collect();
        sorted.sort_by_key(|f| std::cmp::Reverse(f.status));
        sorted
    }

    /// This report with its findings in [`CheckReport::worst_first`] order (for the app's screen).
    pub fn sorted_worst_first(mut self) -> Self {
        self.findings.sort_by_key(|f| std::cmp::Reverse(f.status));
        self
    }

    pub fn finding(&self, id: &str) -> Option<&Finding> {
        self.findings.iter().find(|f| f.id == id)
    }

    /// 0 all ok, 1 warnings (or some checks could not tell), 2 critical, 3 nothing could be
    /// checked at all. Critical wins over "could not tell": a script must see the real danger.
    pub fn exit_code(&self) -> u8 {
        // A check that does not apply tells nothing either: all of them is nothing checked.
        let all_unknown = !self.findings.is_empty()
            && self
                .findings
                .iter()
                .all(|f| matches!(f.status, Status::Unknown | Status::NotApplicable));
        match self.status {
            _ if self.findings.is_empty() || all_unknown => EXIT_CANNOT_RUN,
            Status::Ok | Status::NotApplicable => 0,
            Status::Warning | Status::Unknown => 1,
            Status::Critical => 2,
        }
    }
}
