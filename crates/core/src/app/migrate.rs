//! Brings a data folder written by an older version up to date, once at start-up:
//!
//! - `last-check.json` (the last check's date and status, a second copy of what the history
//!   holds) becomes an `earlier_check` history line unless the history already has that check
//!   or a later one, then the file is removed: the history is the one record of checks.
//! - `password_changed` history lines (a second copy of the checklist's dates) are merged into
//!   the checklist where they are newer: the checklist is the one record of change dates. The
//!   lines stay (the history is append-only) and are ignored from then on.
//!
//! Running it again changes nothing. A file it cannot read is left as it is.

use std::path::Path;

use crate::checks::{LastCheck, Subject};
use crate::dates;
use crate::history::{self, Entry};
use crate::password::checklist::Checklist;

/// What the migration did.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Migrated {
    /// `last-check.json` was folded into the history (or was already there) and removed.
    pub last_check_file: bool,
    /// Systems whose change date came from the history.
    pub change_dates: usize,
}

pub fn run(dir: &Path) -> Migrated {
    let mut done = Migrated::default();
    let Ok(loaded) = history::read(dir) else {
        return done;
    };
    let legacy = LastCheck::legacy_path_in(dir);
    match LastCheck::load_legacy(dir) {
        Ok(Some(last)) => {
            let covered = history::last_check(&loaded.entries)
                .is_some_and(|h| h.checked_at >= last.checked_at);
            let kept = covered
                || history::append(
                    dir,
                    &Subject::ThisComputer,
                    &Entry::EarlierCheck {
                        checked_at: last.checked_at,
                        status: last.status,
                    },
                )
                .is_ok();
            if kept && std::fs::remove_file(&legacy).is_ok() {
                done.last_check_file = true;
            }
        }
        // `null` (never checked): nothing to keep.
        Ok(None) if legacy.exists() => {
            done.last_check_file = std::fs::remove_file(&legacy).is_ok();
        }
        // Missing, or unreadable: left alone (it only ever held one date).
        _ => {}
    }

    // A checklist that cannot be read is not overwritten: the person may still recover it.
    let Ok(mut list) = Checklist::load(dir) else {
        return done;
    };
    for entry in &loaded.entries {
        let Entry::PasswordChanged { system, date } = entry else {
            continue;
        };
        let Some(day) = dates::parse_iso(date) else {
            continue;
        };
        let newer = list
            .changed
            .get(system)
            .and_then(|d| dates::parse_iso(d))
            .is_none_or(|known| day > known);
        if newer {
            list.mark(system, &dates::iso(day));
            done.change_dates += 1;
        }
    }
    if done.change_dates > 0 && list.save(dir).is_err() {
        done.change_dates = 0;
    }
    done
}
