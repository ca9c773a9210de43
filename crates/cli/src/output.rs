//! Writing a file the user asked for (`report`, `rollup`) and saying a failure: one way for every
//! command, so "written", "could not write" and their exit codes read the same everywhere.

use std::path::Path;
use std::process::ExitCode;

use tukiem_core::{Localizer, Msg};

use crate::exit;

/// Writes `bytes` to `path` atomically, then says so with `written` (a message id taking
/// `$path`); a failed write names the file and the error's kind and exits `CANT_CREATE`.
pub fn write_file(l: &Localizer, path: &Path, bytes: &[u8], written: &str) -> ExitCode {
    match tukiem_core::store::write_atomic(path, bytes) {
        Ok(()) => {
            crate::terminal::eprintln_safe!(
                "{}",
                l.render(&Msg::new(written).arg("path", path.display().to_string()))
            );
            ExitCode::SUCCESS
        }
        Err(e) => fail(
            l,
            &Msg::new("cli-report-write-failed")
                .arg("path", path.display().to_string())
                .arg("detail", crate::store_detail(&e)),
            exit::CANT_CREATE,
        ),
    }
}

/// Says why the command failed, on standard error, and gives its exit code.
pub fn fail(l: &Localizer, why: &Msg, code: u8) -> ExitCode {
    crate::terminal::eprintln_safe!("{}", l.render(why));
    exit::code(code)
}
