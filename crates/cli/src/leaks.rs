//! `tukiem-cli leaks`: for a Department's IT staff. `build` makes a leaked-password filter from
//! a list (one password a line) for the Department's bundle; the plain list stays with them, only
//! salted keys go into the filter. `check` says whether a filter file would be used, and if not,
//! why. Nothing of the list is printed.

use std::path::Path;
use std::process::ExitCode;
use std::time::Duration;

use tukiem_core::outside::{self, ReadError};
use tukiem_core::password::leaked::{self, FilterError, LeakFilter};
use tukiem_core::{Localizer, Msg};

use crate::{exit, output};

/// Reading a list of millions of lines from a slow disk may take a while; still bounded.
const LIST_BUDGET: Duration = Duration::from_secs(120);

pub fn build(l: &Localizer, from: &Path, out: &Path) -> ExitCode {
    let shown = from.display().to_string();
    let list = match outside::read_within(from, leaked::MAX_LIST_BYTES, LIST_BUDGET) {
        Ok(bytes) => bytes,
        Err(e) => return output::fail(l, &e.reason(&shown), read_exit(&e)),
    };
    let filter = match leaked::build_from_list(&list) {
        Ok(bytes) => bytes,
        Err(e) => return output::fail(l, &e.msg(), exit::DATA),
    };
    // Only a filter this build reads back is written.
    let entries = match LeakFilter::parse(&filter) {
        Ok(f) => f.entries(),
        Err(e) => return output::fail(l, &e.reason(&shown), exit::DATA),
    };
    let code = output::write_file(l, out, &filter, "cli-leaks-written");
    if code == ExitCode::SUCCESS {
        crate::terminal::eprintln_safe!(
            "{}",
            l.render(
                &Msg::new("cli-leaks-summary")
                    .arg("count", usize::try_from(entries).unwrap_or(usize::MAX))
                    .arg("kilobytes", filter.len().div_ceil(1024))
            )
        );
    }
    code
}

pub fn check(l: &Localizer, file: &Path) -> ExitCode {
    let shown = file.display().to_string();
    let bytes = match outside::read(file, leaked::MAX_FILTER_BYTES as u64) {
        Ok(bytes) => bytes,
        Err(ReadError::TooLarge { .. }) => {
            let size = std::fs::metadata(file).map_or(leaked::MAX_FILTER_BYTES + 1, |m| {
                usize::try_from(m.len()).unwrap_or(usize::MAX)
            });
            let e = FilterError::Oversized {
                bytes: size,
                max: leaked::MAX_FILTER_BYTES,
            };
            return output::fail(l, &e.reason(&shown), exit::DATA);
        }
        Err(e) => return output::fail(l, &e.reason(&shown), read_exit(&e)),
    };
    match LeakFilter::parse(&bytes) {
        Ok(f) => {
            crate::terminal::eprintln_safe!(
                "{}",
                l.render(
                    &Msg::new("cli-leaks-usable")
                        .arg("path", shown)
                        .arg("count", usize::try_from(f.entries()).unwrap_or(usize::MAX))
                )
            );
            ExitCode::SUCCESS
        }
        Err(e) => output::fail(l, &e.reason(&shown), exit::DATA),
    }
}

fn read_exit(e: &ReadError) -> u8 {
    match e {
        ReadError::TooLarge { .. } | ReadError::NotUtf8 => exit::DATA,
        _ => exit::NO_INPUT,
    }
}
