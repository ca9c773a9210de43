//! When the machine was last checked and how it went, kept between runs of the app (JSON in the
//! app data folder). Only the date and the overall status: findings are re-read by checking again.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::{CheckReport, Status};
use crate::store::{self, StoreError};

const FILE: &str = "last-check.json";

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct LastCheck {
    /// Seconds since the Unix epoch.
    pub checked_at: i64,
    pub status: Status,
}

impl LastCheck {
    pub fn of(report: &CheckReport) -> Self {
        Self {
            checked_at: report.checked_at,
            status: report.status,
        }
    }

    pub fn path_in(dir: &Path) -> PathBuf {
        dir.join(FILE)
    }

    /// `None` when the machine was never checked here.
    pub fn load(dir: &Path) -> Result<Option<Self>, StoreError> {
        store::load(&Self::path_in(dir))
    }

    pub fn save(&self, dir: &Path) -> Result<(), StoreError> {
        store::save(&Self::path_in(dir), &Some(*self))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_and_missing_means_never_checked() {
        let dir = tempfile::tempdir().unwrap();
        assert_eq!(LastCheck::load(dir.path()).unwrap(), None);
        let last = LastCheck {
            checked_at: 1_795_000_000,
            status: Status::Warning,
        };
        last.save(dir.path()).unwrap();
        assert_eq!(LastCheck::load(dir.path()).unwrap(), Some(last));
    }

    #[test]
    fn a_corrupt_file_is_an_error_not_a_silent_never() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(LastCheck::path_in(dir.path()), "{oops").unwrap();
        assert!(LastCheck::load(dir.path()).is_err());
    }
}
