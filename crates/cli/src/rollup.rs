//! `tukiem-cli rollup PATH…`: reads self-check reports (and roll-ups) from the files and folders
//! named, and prints the unit's summary, or writes the roll-up as JSON (stdout), `.xlsx`, PDF or
//! HTML (files; several at once). A file that cannot be used is listed with its reason and never
//! stops the roll-up.
//!
//! Exit codes (`exit.rs`): 0 done (even when some files were left out: they are listed), 66 the
//! staff list named could not be read, 73 an output file could not be written, 74 stdout failed.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use tukiem_core::rollup::{self, Rollup};
use tukiem_core::{Localizer, Msg};

use tukiem_core::app::OsHost;
use tukiem_core::app::rollup::{self as use_case, Format};

use crate::exit;
use crate::output::{fail, write_file};

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
                crate::terminal::eprintln_safe!("{}", l.render(&why));
                return exit::code(exit::NO_INPUT);
            }
        },
    };
    let r = use_case::make(&OsHost::new(None), paths, staff, l.lang());

    let mut code = ExitCode::SUCCESS;
    let mut failed = |c: ExitCode| {
        if c != ExitCode::SUCCESS {
            code = c;
        }
    };
    if let Some(path) = &o.xlsx {
        failed(save(l, path, &r, Format::Xlsx));
    }
    if let Some(path) = &o.pdf {
        failed(save(l, path, &r, Format::Pdf));
    }
    if let Some(path) = &o.html {
        failed(save(l, path, &r, Format::Html));
    }
    let out = if o.json {
        rollup::json::to_json(&r)
    } else {
        text(&r)
    };
    if let Err(e) = crate::write_stdout(&out) {
        failed(fail(
            l,
            &Msg::new("cli-io-failed").arg("detail", crate::io_code(&e)),
            exit::IO,
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

fn save(l: &Localizer, path: &Path, r: &Rollup, format: Format) -> ExitCode {
    match use_case::render(r, format, l) {
        Ok(bytes) => write_file(l, path, &bytes, "cli-rollup-written"),
        Err(why) => fail(l, &why, exit::CANT_CREATE),
    }
}
