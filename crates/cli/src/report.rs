//! `tukiem-cli report`: checks the computer (or a recorded machine with `--scenario DIR`), then
//! prints the self-assessment score and next steps, or writes the self-check report as JSON
//! (stdout), printable HTML or PDF (a file).
//!
//! The CLI has no data folder of its own: which systems had their password changed is read
//! only from the app's folder named with `--data-dir DIR`; without it the report says "no
//! record" for every system (and they earn no points). Nothing is written anywhere but the file
//! asked for: no history, no settings.
//!
//! Exit codes: 0 done, 1 the output could not be written, 2 an input named on the command line
//! could not be read, 3 the check itself could not run.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use tukiem_core::password::checklist::Checklist;
use tukiem_core::report::{self, MachineFacts, Person, ReportInput, document, html, pdf};
use tukiem_core::{Localizer, Msg, Profile};

const EXIT_WRITE_FAILED: u8 = 1;
const EXIT_BAD_INPUT: u8 = 2;

/// What to produce.
pub enum Output {
    Text,
    Json,
    Html(PathBuf),
    Pdf(PathBuf),
}

pub struct Options {
    pub output: Output,
    pub scenario: Option<PathBuf>,
    pub data_dir: Option<PathBuf>,
    pub name: Option<String>,
    pub unit: Option<String>,
}

pub fn run(profile: &Profile, l: &Localizer, o: Options) -> ExitCode {
    let checklist = match &o.data_dir {
        None => None,
        Some(dir) => match Checklist::load(dir) {
            Ok(c) => Some(c),
            Err(e) => {
                return fail(
                    l,
                    &Msg::new("cli-report-checklist-unreadable")
                        .arg("path", dir.display().to_string())
                        .arg("detail", e.to_string()),
                    EXIT_BAD_INPUT,
                );
            }
        },
    };

    let check = match crate::check::run_engine(profile, l, o.scenario.as_deref()) {
        Ok(report) => report,
        Err(code) => return code,
    };

    let machine = match &o.scenario {
        // A recorded machine is named as such, never as this computer.
        Some(dir) => MachineFacts {
            hostname: None,
            os_name: None,
            recorded: Some(scenario_name(dir)),
        },
        None => MachineFacts {
            hostname: sysinfo::System::host_name(),
            os_name: sysinfo::System::long_os_version(),
            recorded: None,
        },
    };
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or(0);
    let input = ReportInput {
        profile,
        check: Some(&check),
        checklist: checklist.as_ref(),
        person: Person::new(o.name.as_deref(), o.unit.as_deref()),
        machine,
        now_unix: now,
        utc_offset_minutes: chrono::Local::now().offset().local_minus_utc() / 60,
    };
    let doc = report::document::build(&input, l);

    match o.output {
        Output::Text => print(l, crate::write_stdout(&text(&doc, l))),
        Output::Json => print(l, crate::write_stdout_json(&document::to_json(&doc))),
        Output::Html(path) => write(l, &path, html::render(&doc, l).as_bytes()),
        Output::Pdf(path) => match pdf::render(&doc, l) {
            Ok(bytes) => write(l, &path, &bytes),
            Err(e) => fail(l, &e.msg(), EXIT_WRITE_FAILED),
        },
    }
}

fn scenario_name(dir: &Path) -> String {
    dir.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| dir.display().to_string())
}

/// The score, each part, and what to do next.
fn text(doc: &report::Report, l: &Localizer) -> String {
    let mut out = String::new();
    out.push_str(&doc.text.score_line);
    out.push('\n');
    for c in &doc.components {
        out.push_str(&format!(
            "  {:>5}  {} ({})\n",
            format!("{}/{}", c.earned, c.possible),
            c.label,
            c.result
        ));
    }
    out.push('\n');
    if doc.actions.is_empty() {
        out.push_str(&l.text("report-actions-none"));
        out.push('\n');
    } else {
        out.push_str(&l.text("cli-report-actions"));
        out.push('\n');
        for (i, a) in doc.actions.iter().enumerate() {
            out.push_str(&format!("  {}. {} ({})\n", i + 1, a.text, a.gain_text));
        }
    }
    out
}

fn print(l: &Localizer, written: std::io::Result<()>) -> ExitCode {
    match written {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => fail(
            l,
            &Msg::new("cli-io-failed").arg("detail", e.to_string()),
            EXIT_WRITE_FAILED,
        ),
    }
}

fn write(l: &Localizer, path: &Path, bytes: &[u8]) -> ExitCode {
    match std::fs::write(path, bytes) {
        Ok(()) => {
            crate::terminal::eprintln_safe!(
                "{}",
                l.render(&Msg::new("cli-report-written").arg("path", path.display().to_string()))
            );
            ExitCode::SUCCESS
        }
        Err(e) => fail(
            l,
            &Msg::new("cli-report-write-failed")
                .arg("path", path.display().to_string())
                .arg("detail", e.to_string()),
            EXIT_WRITE_FAILED,
        ),
    }
}

fn fail(l: &Localizer, why: &Msg, code: u8) -> ExitCode {
    crate::terminal::eprintln_safe!("{}", l.render(why));
    ExitCode::from(code)
}
