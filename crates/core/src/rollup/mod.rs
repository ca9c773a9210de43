//! The unit roll-up: many people's self-check reports (`tukiem.report/1`), brought on a USB
//! stick, a shared folder, e-mail or Zalo, read into one table and one office summary; and
//! roll-ups (`tukiem.rollup/1`) of many offices read the same way, so a district or the
//! Department rolls up offices.
//!
//! - [`collect`] walks the files and folders named, with caps on depth and count;
//! - [`validate`] reads one file (only through [`crate::outside`]) and says what it is, or why it
//!   cannot be used: never an abort, never a crash;
//! - [`merge`] keeps one row per person and machine (the latest check wins);
//! - [`summary`] counts the office; [`staff`] reads the optional staff list;
//! - [`row`] is the data (rows, replaced, refused); [`view`] is the roll-up made from it, rendered
//!   once in one language; [`json`], [`xlsx`], [`html`] and [`pdf`] write it out.
//!
//! Like the rest of core, nothing here reads the clock: the caller passes the time and offset.

pub mod collect;
pub mod html;
pub mod json;
pub mod merge;
pub mod pdf;
pub mod posture;
pub mod row;
pub mod staff;
pub mod summary;
pub mod validate;
pub mod view;
pub mod xlsx;

use std::path::PathBuf;

pub use collect::Limits;
pub use row::{Refusal, Refused, Replaced, Row};
pub use validate::Parsed;
pub use view::{Rollup, View};

use crate::Localizer;

/// The roll-up's JSON schema name; bump the number on any incompatible change.
pub const SCHEMA: &str = "tukiem.rollup/1";

/// What the caller knows that core does not read itself.
#[derive(Clone, Debug, Default)]
pub struct Options {
    /// When the roll-up is made, seconds since the Unix epoch.
    pub now_unix: i64,
    /// The reader's time zone, minutes east of UTC (Vietnam: 420).
    pub utc_offset_minutes: i32,
    /// Names from the optional staff list ([`staff::load`]).
    pub staff: Option<Vec<String>>,
}

/// Collects reports as they are read, then makes the roll-up. The files may come from disk
/// ([`Builder::add_paths`]) or from memory ([`Builder::add_bytes`], for the benchmark and the app).
#[derive(Default)]
pub struct Builder {
    parsed: Vec<Parsed>,
    refused: Vec<Refused>,
}

impl Builder {
    pub fn new() -> Self {
        Self::default()
    }

    /// Reads every report under `paths` (files, or folders walked within `limits`).
    pub fn add_paths(&mut self, paths: &[PathBuf], limits: &Limits) {
        let found = collect::collect(paths, limits);
        self.refused.extend(found.problems);
        for path in found.files {
            let shown = path.display().to_string();
            let read = crate::outside::read(&path, limits.max_bytes);
            self.add_read(shown, read);
        }
    }

    /// One file's bytes, or why they could not be read.
    pub fn add_read(&mut self, shown: String, read: Result<Vec<u8>, crate::outside::ReadError>) {
        match read {
            Ok(bytes) => self.add_bytes(shown, &bytes),
            Err(e) => self
                .refused
                .push(Refused::new(shown, Refusal::Unreadable(e))),
        }
    }

    pub fn add_bytes(&mut self, shown: String, bytes: &[u8]) {
        match validate::parse(&shown, bytes) {
            Ok(p) => self.parsed.push(p),
            Err(why) => self.refused.push(Refused::new(shown, why)),
        }
    }

    pub fn finish(self, opts: &Options, l: &Localizer) -> Rollup {
        let mut rows = Vec::new();
        let mut replaced = Vec::new();
        let mut refused = self.refused;
        for p in self.parsed {
            match p {
                Parsed::Report(row) => rows.push(*row),
                Parsed::Rollup {
                    rows: r,
                    replaced: rep,
                    refused: refs,
                } => {
                    rows.extend(r);
                    replaced.extend(rep);
                    refused.extend(refs);
                }
            }
        }
        let merged = merge::merge(rows);
        replaced.extend(merged.replaced);
        view::build(merged.rows, replaced, refused, opts, l)
    }
}

/// The whole roll-up of `paths` in one call.
pub fn from_paths(paths: &[PathBuf], limits: &Limits, opts: &Options, l: &Localizer) -> Rollup {
    let mut b = Builder::new();
    b.add_paths(paths, limits);
    b.finish(opts, l)
}

#[cfg(test)]
mod tests;
