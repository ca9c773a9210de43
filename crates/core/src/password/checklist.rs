//! Which of the profile's systems the user has marked as changed, and when. Stored as JSON in
//! the app data folder; holds system ids and dates only.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::Profile;

const FILE_NAME: &str = "password-checklist.json";

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Checklist {
    /// System id → ISO date the user marked it changed.
    pub changed: BTreeMap<String, String>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct SystemState {
    pub id: String,
    pub changed_on: Option<String>,
}

pub use crate::store::StoreError as ChecklistError;

impl Checklist {
    pub fn path_in(dir: &Path) -> PathBuf {
        dir.join(FILE_NAME)
    }

    pub fn load(dir: &Path) -> Result<Checklist, ChecklistError> {
        crate::store::load(&Self::path_in(dir))
    }

    pub fn save(&self, dir: &Path) -> Result<(), ChecklistError> {
        crate::store::save(&Self::path_in(dir), self)
    }

    pub fn mark(&mut self, system_id: &str, on: &str) {
        self.changed.insert(system_id.to_owned(), on.to_owned());
    }

    /// Every system of the profile, in profile order, with its state. Ids no longer in the
    /// profile are kept in the file but not shown.
    pub fn states(&self, profile: &Profile) -> Vec<SystemState> {
        profile
            .systems
            .iter()
            .map(|s| SystemState {
                id: s.id.clone(),
                changed_on: self.changed.get(&s.id).cloned(),
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn marks_survive_a_restart_and_follow_profile_order() {
        let dir = tempfile::tempdir().unwrap();
        let mut c = Checklist::load(dir.path()).unwrap();
        c.mark("thu-cong-vu", "2026-11-25");
        c.mark("retired-system", "2025-01-01");
        c.save(dir.path()).unwrap();
        let states = Checklist::load(dir.path())
            .unwrap()
            .states(&Profile::embedded());
        let ids: Vec<_> = states
            .iter()
            .map(|s| (s.id.as_str(), s.changed_on.as_deref()))
            .collect();
        assert_eq!(
            ids,
            [
                ("dich-vu-cong", None),
                ("quan-ly-van-ban", None),
                ("thu-cong-vu", Some("2026-11-25"))
            ]
        );
    }

    #[test]
    fn corrupt_file_is_an_error_not_an_empty_list() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(Checklist::path_in(dir.path()), b"{").unwrap();
        assert!(matches!(
            Checklist::load(dir.path()),
            Err(ChecklistError::Corrupt { .. })
        ));
    }
}
