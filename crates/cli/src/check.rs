//! `tukiem-cli check`: the machine self-check in a terminal, or over a recorded machine with
//! `--scenario DIR`. Exit code 0 all ok, 1 warnings, 2 critical, 3 the check could not run; 74
//! standard output failed. Findings are printed worst first (`CheckReport::worst_first`, the
//! order the app and the report use).

use std::io::IsTerminal;
use std::path::Path;
use std::process::ExitCode;
use std::sync::Arc;

use tukiem_core::app::{self, OsHost, Subject};
use tukiem_core::checks::{
    self, Action, CheckReport, EXIT_CANNOT_RUN, Finding, Progress, RunOptions, Status,
};
use tukiem_core::{Localizer, Msg, Profile};

pub fn run(profile: &Profile, l: &Localizer, json: bool, scenario: Option<&Path>) -> ExitCode {
    let report = match run_engine(profile, l, scenario) {
        Ok(report) => report,
        Err(code) => return code,
    };
    let text = if json {
        // Plain data (strings, numbers, message ids); serializing it cannot fail.
        serde_json::to_string_pretty(&report).expect("report serializes") + "\n"
    } else {
        human(&report, l)
    };
    let written = if json {
        crate::write_stdout_json(&text)
    } else {
        crate::write_stdout(&text)
    };
    match written {
        Ok(()) => ExitCode::from(report.exit_code()),
        Err(e) => {
            crate::terminal::eprintln_safe!(
                "{}",
                l.render(&Msg::new("cli-io-failed").arg("detail", crate::io_code(&e)))
            );
            ExitCode::from(crate::exit::IO)
        }
    }
}

/// Checks this computer, or the recorded machine in `scenario`, as `check` and `report` both do.
/// When the check cannot run, says why on standard error and gives exit code 3.
/// A real check (no scenario) also leaves its result for the fleet engines when the profile
/// asks for it (`docs/fleet.md`).
pub fn run_engine(
    profile: &Profile,
    l: &Localizer,
    scenario: Option<&Path>,
) -> Result<CheckReport, ExitCode> {
    let env = checks::env_for(scenario).map_err(|e| cannot_run(l, &e.to_msg()))?;
    // Progress goes to standard error, and only for a person watching: scripts reading the
    // output or a log get the result alone.
    let show_progress = std::io::stderr().is_terminal();
    let progress_l = Localizer::new(l.lang());
    let sink = Arc::new(move |p: Progress| {
        if let (true, Progress::Started { title, .. }) = (show_progress, &p) {
            crate::terminal::eprintln_safe!(
                "{}",
                progress_l
                    .render(&Msg::new("cli-check-running").arg("check", progress_l.render(title)))
            );
        }
    });
    let report = checks::run_blocking(
        env,
        checks::checks_for_profile(profile),
        RunOptions::default(),
        sink,
    )
    .map_err(|e| {
        cannot_run(
            l,
            &Msg::new("cli-io-failed").arg("detail", crate::io_code(&e)),
        )
    })?;
    // What follows a check is core's (`app::checks::after_check`). The CLI has no data folder
    // of its own: nothing is remembered, and a fleet failure is said, not hidden elsewhere.
    let subject = scenario.map_or(Subject::ThisComputer, Subject::recorded);
    let after = app::checks::after_check(&OsHost::new(None), profile, &subject, &report);
    if let Some(problem) = after.problem {
        crate::terminal::eprintln_safe!("{}", l.render(&problem));
    }
    Ok(report)
}

fn cannot_run(l: &Localizer, why: &Msg) -> ExitCode {
    crate::terminal::eprintln_safe!("{}", l.text("cli-check-cannot-run"));
    crate::terminal::eprintln_safe!("{}", l.render(why));
    ExitCode::from(EXIT_CANNOT_RUN)
}

/// A short list: one line per finding with its status mark and word, then what to do.
fn human(report: &CheckReport, l: &Localizer) -> String {
    let mut out = String::new();
    out.push_str(&l.text("cli-check-heading"));
    out.push('\n');
    let (applying, not_applying): (Vec<&Finding>, Vec<&Finding>) = report
        .worst_first()
        .into_iter()
        .partition(|f| f.status != Status::NotApplicable);
    for f in applying {
        finding(&mut out, f, l);
    }
    // Checks that do not apply to this system come apart, after the rest, never ticked.
    if !not_applying.is_empty() {
        out.push('\n');
        out.push_str(&l.text("cli-check-not-applicable-heading"));
        out.push('\n');
        for f in not_applying {
            finding(&mut out, f, l);
        }
    }
    out.push('\n');
    out.push_str(&l.text(overall_id(report.status)));
    out.push('\n');
    out
}

/// The terminal's summary line of a whole check (shorter than the app's `Status::overall_msg`).
fn overall_id(status: Status) -> &'static str {
    match status {
        Status::Ok => "cli-check-overall-ok",
        Status::Warning => "cli-check-overall-warning",
        Status::Unknown => "cli-check-overall-unknown",
        Status::NotApplicable => "cli-check-overall-not-applicable",
        Status::Critical => "cli-check-overall-critical",
    }
}

/// The terminal's mark before a finding (`[✓]`, `[!]` …), beside the status in words.
fn mark_id(status: Status) -> &'static str {
    match status {
        Status::Ok => "cli-check-mark-ok",
        Status::Warning => "cli-check-mark-warning",
        Status::Unknown => "cli-check-mark-unknown",
        Status::NotApplicable => "cli-check-mark-not-applicable",
        Status::Critical => "cli-check-mark-critical",
    }
}

fn finding(out: &mut String, f: &Finding, l: &Localizer) {
    out.push_str(&format!(
        "\n{} {}: {}\n   {}\n",
        l.text(mark_id(f.status)),
        l.render(&f.title),
        l.render(&f.status.msg()),
        l.render(&f.summary)
    ));
    if let Some(reason) = &f.reason {
        out.push_str(&format!("   {}\n", l.render(reason)));
    }
    for advice in &f.advice {
        out.push_str(&format!("   - {}\n", l.render(advice)));
    }
    for action in &f.actions {
        match action {
            Action::OpenUri { uri, label } => {
                out.push_str(&format!("   > {}: {uri}\n", l.render(label)));
            }
            Action::Steps { label, steps } => {
                out.push_str(&format!("   > {}\n", l.render(label)));
                for (n, step) in steps.iter().enumerate() {
                    out.push_str(&format!("     {}. {}\n", n + 1, l.render(step)));
                }
            }
            Action::OpenIncident { label, .. } | Action::OpenChange { label, .. } => {
                out.push_str(&format!("   > {}\n", l.render(label)));
            }
        }
    }
}
