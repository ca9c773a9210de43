//! `tukiem-cli check`: the machine self-check in a terminal, or over a recorded machine with
//! `--scenario DIR`. Exit code 0 all ok, 1 warnings, 2 critical, 3 the check could not run.

use std::io::IsTerminal;
use std::path::Path;
use std::process::ExitCode;
use std::sync::Arc;

use tukiem_core::checks::{
    self, Action, CheckReport, EXIT_CANNOT_RUN, Finding, Progress, RunOptions,
};
use tukiem_core::{Localizer, Msg, Profile, fleet};

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
        Err(e) => cannot_run(l, &Msg::new("cli-io-failed").arg("detail", e.to_string())),
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
        checks::checks_for(&profile.machine),
        RunOptions::default(),
        sink,
    )
    .map_err(|e| cannot_run(l, &Msg::new("cli-io-failed").arg("detail", e.to_string())))?;
    // The CLI has no data folder of its own: a failure is said, not hidden elsewhere.
    let outcome = fleet::after_check(
        profile,
        &report,
        scenario.is_none(),
        sysinfo::System::host_name(),
        std::env::var_os("ProgramData").as_deref(),
        None,
    );
    if let Some(problem) = outcome.problem() {
        eprintln!("{}", l.render(&problem));
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
    for f in &report.findings {
        finding(&mut out, f, l);
    }
    out.push('\n');
    out.push_str(&l.text(&format!("cli-check-overall-{}", report.status.code())));
    out.push('\n');
    out
}

fn finding(out: &mut String, f: &Finding, l: &Localizer) {
    let code = f.status.code();
    out.push_str(&format!(
        "\n{} {}: {}\n   {}\n",
        l.text(&format!("cli-check-mark-{code}")),
        l.render(&f.title),
        l.text(&format!("check-status-{code}")),
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
            Action::OpenIncident { label, .. } => {
                out.push_str(&format!("   > {}\n", l.render(label)));
            }
        }
    }
}
