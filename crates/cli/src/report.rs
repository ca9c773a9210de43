//! `tukiem-cli report`: checks the computer (or a recorded machine with `--scenario DIR`), then
//! prints the self-assessment score and next steps, or writes the self-check report as JSON
//! (stdout), printable HTML or PDF (a file).
//!
//! The CLI has no data folder of its own: which systems had their password changed is read
//! only from the app's folder named with `--data-dir DIR`; without it the report says "no
//! record" for every system (and they earn no points). Nothing is written anywhere but the file
//! asked for: no history, no settings.
//!
//! Exit codes (`exit.rs`): 0 done, 3 the check itself could not run, 65/66 the checklist in
//! `--data-dir` is not valid / cannot be read, 73 the output file cannot be written, 74 stdout
//! failed.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use tukiem_core::app::report::{self as use_case, Format};
use tukiem_core::app::{OsHost, Subject};
use tukiem_core::assessment::{self, Person};
use tukiem_core::password::checklist::Checklist;
use tukiem_core::{Localizer, Msg, Profile};

use crate::exit;
use crate::output::{fail, write_file};

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
    let host = OsHost::new(o.data_dir.clone());
    let checklist = match &o.data_dir {
        None => None,
        Some(dir) => match Checklist::load(dir) {
            Ok(c) => Some(c),
            Err(e) => {
                return fail(
                    l,
                    &Msg::new("cli-report-checklist-unreadable")
                        .arg("path", dir.display().to_string())
                        .arg("detail", Checklist::path_in(dir).display().to_string()),
                    exit::for_store(&e),
                );
            }
        },
    };

    let check = match crate::check::run_engine(profile, l, o.scenario.as_deref()) {
        Ok(report) => report,
        Err(code) => return code,
    };
    let subject = match &o.scenario {
        Some(dir) => Subject::recorded(dir),
        None => Subject::ThisComputer,
    };
    let doc = use_case::model(
        &host,
        profile,
        &subject,
        Some(&check),
        checklist.as_ref(),
        Person::new(o.name.as_deref(), o.unit.as_deref()),
        l,
    );

    match o.output {
        Output::Text => print(l, crate::write_stdout(&text(&doc, l))),
        Output::Json => print(
            l,
            crate::write_stdout_json(&assessment::document::to_json(&doc)),
        ),
        Output::Html(path) => write(l, &path, &doc, Format::Html),
        Output::Pdf(path) => write(l, &path, &doc, Format::Pdf),
    }
}

/// The score, each part, and what to do next.
fn text(doc: &assessment::Report, l: &Localizer) -> String {
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
            &Msg::new("cli-io-failed").arg("detail", crate::io_code(&e)),
            exit::IO,
        ),
    }
}

fn write(l: &Localizer, path: &Path, doc: &assessment::Report, format: Format) -> ExitCode {
    let bytes = match use_case::render(doc, format, l) {
        Ok(b) => b,
        Err(why) => return fail(l, &why, exit::CANT_CREATE),
    };
    write_file(l, path, &bytes, "cli-report-written")
}
