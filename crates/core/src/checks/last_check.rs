//! When this computer was last checked and how it went: the date and the overall status of the
//! latest check in the history (`history`), the one place checks are remembered.
//!
//! Older versions also kept it in `last-check.json`; [`crate::app::migrate`] folds that file into
//! the history and removes it.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::{CheckReport, Status};
use crate::store::{self, StoreError};

/// The file older versions wrote; read only to migrate it.
pub const LEGACY_FILE: &str = "last-check.json";

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

    pub fn legacy_path_in(dir: &Path) -> PathBuf {
        dir.join(LEGACY_FILE)
    }

    /// The legacy file's content; `None` when there is none.
    pub fn load_legacy(dir: &Path) -> Result<Option<Self>, StoreError> {
        store::load(&Self::legacy_path_in(dir))
    }
}
