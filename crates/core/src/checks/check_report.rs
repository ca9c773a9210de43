//! The whole result of one run: what `tukiem-cli check --json` prints and the app shows.

use serde::Serialize;

use super::antivirus::AvProduct;
use super::browsers::BrowserPasswordsCheck;
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

    pub fn finding(&self, id: &str) -> Option<&Finding> {
        self.findings.iter().find(|f| f.id == id)
    }

    /// The findings the check `check` ([`super::Check::id`]) gave, in the run's order. The one
    /// answer to "which findings are the browser findings": the score, the fleet line and the
    /// incident mail ask here instead of reading finding-id prefixes.
    pub fn findings_of<'a>(&'a self, check: &'a str) -> impl Iterator<Item = &'a Finding> + 'a {
        self.findings.iter().filter(move |f| f.check == check)
    }

    /// What the score and the fleet line are made from.
    pub fn digest(&self) -> CheckDigest {
        CheckDigest::of(self)
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

/// A digest of a check report: each scored check's status and the saved-login counts, what the
/// score (`assessment::score`) and the fleet line (`fleet`) are made from.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct CheckDigest {
    /// The `antivirus` finding's status; `None` when there is none.
    pub antivirus: Option<Status>,
    /// The `remote-access` finding's status; `None` when there is none.
    pub remote_access: Option<Status>,
    /// The `stealer-detections`, `hosts-file`, `browser-extensions` and `proxy` findings'
    /// statuses; `None` when that check did not run (the part then does not count).
    pub stealer: Option<Status>,
    pub hosts: Option<Status>,
    pub extensions: Option<Status>,
    pub proxy: Option<Status>,
    /// `run-box`, `windows-support`, `windows-updates`, `firewall`, `smartscreen`; `None` when
    /// that check did not run (or, like every part here, did not apply).
    pub run_box: Option<Status>,
    pub windows_support: Option<Status>,
    pub windows_updates: Option<Status>,
    pub firewall: Option<Status>,
    pub smartscreen: Option<Status>,
    /// The worst of the saved-password check's findings (`browser-passwords`,
    /// `browser-<browser>-<profile>`; not `browser-extensions`, its own check); `None` when that
    /// check did not run.
    pub browsers: Option<Status>,
    /// No saved-password finding, or one of them could not tell.
    pub browsers_unknown: bool,
    /// Saved logins for government sites, over every browser profile found.
    pub gov_saved: u64,
    /// Every other saved login.
    pub other_saved: u64,
}

impl CheckDigest {
    pub fn of(report: &CheckReport) -> Self {
        let status = |id: &str| report.finding(id).map(|f| f.status);
        let browser_findings: Vec<&Finding> =
            report.findings_of(BrowserPasswordsCheck::ID).collect();
        Self {
            antivirus: status("antivirus"),
            remote_access: status("remote-access"),
            stealer: status("stealer-detections"),
            hosts: status("hosts-file"),
            extensions: status("browser-extensions"),
            proxy: status("proxy"),
            run_box: status("run-box"),
            windows_support: status("windows-support"),
            windows_updates: status("windows-updates"),
            firewall: status("firewall"),
            smartscreen: status("smartscreen"),
            browsers: browser_findings.iter().map(|f| f.status).max(),
            browsers_unknown: browser_findings.is_empty()
                || browser_findings.iter().any(|f| f.status == Status::Unknown),
            gov_saved: report
                .browsers
                .iter()
                .map(|b| u64::from(b.gov_logins))
                .sum(),
            other_saved: report
                .browsers
                .iter()
                .map(|b| u64::from(b.saved_logins.saturating_sub(b.gov_logins)))
                .sum(),
        }
    }
}
