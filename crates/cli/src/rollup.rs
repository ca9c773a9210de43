//! `tukiem-cli rollup PATH…`: reads self-check reports (and roll-ups) from the files and folders
//! named, and prints the unit's summary, or writes the roll-up as JSON (stdout), `.xlsx`, PDF or
//! HTML (files; several at once). A file that cannot be used is listed with its reason and never
//! stops the roll-up.
//!
//! Exit codes: 0 done (even when some files were left out: they are listed), 1 an output could
//! not be written, 2 the staff list named could not be read.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use tukiem_core::rollup::{self, Limits, Options, Rollup};
use tukiem_core::{Localizer, Msg};

const EXIT_WRITE_FAILED: u8 = 1;
const EXIT_BAD_INPUT: u8 = 2;

pub struct Outputs {
    pub json: bool,
    pub xlsx: Option<PathBuf>,
    pub pdf: Option<PathBuf>,
    pub html: Option<PathBuf>,
    pub staff: Option<PathBuf>,
}

pub fn run(l: &Localizer, paths: &[PathBuf], o: Outputs) -> ExitCode {
    let staff = match &o.staff {
        None => None,
        Some(path) => match rollup::staff::load(path) {
            Ok(names) => Some(names),
            Err(why) => {
                eprintln!("{}", l.render(&why));
                return ExitCode::from(EXIT_BAD_INPUT);
            }
        },
    };
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or(0);
    let opts = Options {
        now_unix: now,
        utc_offset_minutes: chrono::Local::now().offset().local_minus_utc() / 60,
        staff,
    };
    let r = rollup::from_paths(paths, &Limits::default(), &opts, l);

    let mut code = ExitCode::SUCCESS;
    let mut failed = |c: ExitCode| {
        if c != ExitCode::SUCCESS {
            code = c;
        }
    };
    if let Some(path) = &o.xlsx {
        failed(match rollup::xlsx::render(&r, l) {
            Ok(bytes) => write(l, path, &bytes),
            Err(e) => fail(l, &e.msg()),
        });
    }
    if let Some(path) = &o.pdf {
        failed(match rollup::pdf::render(&r, l) {
            Ok(bytes) => write(l, path, &bytes),
            Err(e) => fail(l, &e.msg()),
        });
    }
    if let Some(path) = &o.html {
        failed(write(l, path, rollup::html::render(&r, l).as_bytes()));
    }
    let out = if o.json {
        rollup::json::to_json(&r)
    } else {
        text(&r)
    };
    if let Err(e) = crate::write_stdout(&out) {
        failed(fail(
            l,
            &Msg::new("cli-io-failed").arg("detail", e.to_string()),
        ));
    }
    code
}

/// The summary, one line per person, and the files left out.
fn text(r: &Rollup) -> String {
    let v = &r.view;
    let mut out = format!("{}\n{}\n\n", v.title, v.subtitle);
    for (label, value) in &v.summary {
        out.push_str(&format!("  {label}: {value}\n"));
    }
    if let Some(title) = &v.missing_title {
        out.push_str(&format!("\n{title}:\n"));
        for name in &v.missing {
            out.push_str(&format!("  - {name}\n"));
        }
    }
    out.push('\n');
    out.push_str(&v.columns.join(" | "));
    out.push('\n');
    for row in &v.rows {
        out.push_str(&row.cells.join(" | "));
        out.push('\n');
    }
    for (columns, rows) in [
        (&v.refused_columns, &v.refused),
        (&v.replaced_columns, &v.replaced),
    ] {
        if rows.is_empty() {
            continue;
        }
        out.push('\n');
        out.push_str(&columns.join(" | "));
        out.push('\n');
        for row in rows {
            out.push_str(&row.join(" | "));
            out.push('\n');
        }
    }
    out.push('\n');
    out.push_str(&v.integrity_note);
    out.push('\n');
    out
}

fn write(l: &Localizer, path: &Path, bytes: &[u8]) -> ExitCode {
    match std::fs::write(path, bytes) {
        Ok(()) => {
            eprintln!(
                "{}",
                l.render(&Msg::new("cli-rollup-written").arg("path", path.display().to_string()))
            );
            ExitCode::SUCCESS
        }
        Err(e) => fail(
            l,
            &Msg::new("cli-report-write-failed")
                .arg("path", path.display().to_string())
                .arg("detail", e.to_string()),
        ),
    }
}

fn fail(l: &Localizer, why: &Msg) -> ExitCode {
    eprintln!("{}", l.render(why));
    ExitCode::from(EXIT_WRITE_FAILED)
}
