//! The check screen's use cases: what to say about the last check, and what happens after one.

use serde::Serialize;

use crate::Msg;
use crate::assessment::{Person, ReportInput, document};
use crate::checks::{CheckReport, LastCheck, StatusWords};
use crate::history::{self, Entry};
use crate::password::checklist::Checklist;

use super::{Host, Subject, machine};

/// What the check screen shows before and after a run.
#[cfg_attr(test, derive(ts_rs::TS))]
#[derive(Clone, Debug, Serialize)]
pub struct ChecksView {
    /// "Last checked: 08:00 on 25/11/2026", "Sample machine recorded at …", "not checked yet".
    pub last_line: Msg,
    /// This session's report, findings worst first.
    pub report: Option<CheckReport>,
    /// Why the last check could not be read or remembered.
    pub problem: Option<Msg>,
    /// The report's result in one sentence ([`crate::checks::Status::overall_msg`]).
    pub overall: Option<Msg>,
    /// Each status in words, for the findings and the progress rows.
    pub status_words: StatusWords,
}

/// The last check of this computer (the history's latest), or why it could not be read.
pub fn last_check(host: &dyn Host) -> Result<Option<LastCheck>, Msg> {
    let Some(dir) = host.data_dir() else {
        return Ok(None);
    };
    history::read(dir)
        .map(|loaded| history::last_check(&loaded.entries))
        .map_err(|e| Msg::new("checks-last-unreadable").arg("detail", e.path.display().to_string()))
}

/// The line under the run button. `report` is this session's run, if any.
pub fn last_line(
    host: &dyn Host,
    subject: &Subject,
    report: Option<&CheckReport>,
) -> (Msg, Option<Msg>) {
    let clock = host.clock();
    if let Some(r) = report {
        // A recorded machine's clock is the recording's, not this computer's last check.
        let id = if subject.is_recorded() {
            "checks-recorded-at"
        } else {
            "checks-last"
        };
        return (
            Msg::new(id).arg("when", clock.moment_msg(r.checked_at)),
            None,
        );
    }
    if subject.is_recorded() {
        return (Msg::new("checks-never"), None);
    }
    match last_check(host) {
        Ok(Some(last)) => (
            Msg::new("checks-last").arg("when", clock.moment_msg(last.checked_at)),
            None,
        ),
        Ok(None) => (Msg::new("checks-never"), None),
        Err(problem) => (Msg::new("checks-never"), Some(problem)),
    }
}

/// The check screen as it opens.
pub fn view(host: &dyn Host, subject: &Subject, report: Option<&CheckReport>) -> ChecksView {
    let (last_line, problem) = last_line(host, subject, report);
    ChecksView {
        last_line,
        report: report.map(|r| CheckReport {
            findings: r.worst_first().into_iter().cloned().collect(),
            ..r.clone()
        }),
        problem,
        overall: report.map(|r| r.status.overall_msg()),
        status_words: StatusWords::default(),
    }
}

/// After a completed run, the one call the app and the CLI make: a check of this computer
/// becomes one history line (its date, status, counts and score — the one record of the last
/// check), and, when the profile asks, the result for the fleet engines (`docs/fleet.md`; the
/// data folder's `fleet/` when the machine-wide folder is not writable). A recorded machine's
/// run writes nothing. Returns the screen's state, with why the run could not be remembered or
/// handed to the fleet engines, if it could not.
pub fn after_check(
    host: &dyn Host,
    profile: &crate::Profile,
    subject: &Subject,
    report: &CheckReport,
) -> ChecksView {
    let mut problem = None;
    if let (Subject::ThisComputer, Some(dir)) = (subject, host.data_dir()) {
        let checklist = Checklist::load(dir).ok();
        let clock = host.clock();
        let score = document::score_of(
            &ReportInput {
                profile,
                check: Some(report),
                checklist: checklist.as_ref(),
                person: Person::default(),
                machine: machine::machine_facts(host, subject),
                now_unix: clock.unix,
                utc_offset_minutes: clock.utc_offset_minutes,
            },
            crate::Lang::Vi,
        );
        if let Err(e) = history::append(dir, subject, &Entry::check(report, score.score)) {
            problem = Some(
                Msg::new("summary-history-unsaved").arg("detail", e.path.display().to_string()),
            );
        }
    }
    let fleet = crate::fleet::publish(
        profile,
        report,
        subject,
        host.host_name(),
        host.program_data().as_deref(),
        host.data_dir().map(|d| d.join("fleet")),
    );
    let mut view = view(host, subject, Some(report));
    view.problem = problem.or(fleet.problem());
    view
}
