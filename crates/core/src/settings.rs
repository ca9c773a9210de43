//! The few choices the app remembers between runs (today: the language). Stored as JSON in the
//! app's data folder, which the caller passes in; nothing secret is ever stored here.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::Lang;

const FILE_NAME: &str = "settings.json";

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Settings {
    /// The language the user picked; `None` follows the operating system.
    #[serde(default)]
    pub language: Option<Lang>,
}

pub use crate::store::StoreError as SettingsError;

impl Settings {
    pub fn path_in(dir: &Path) -> PathBuf {
        dir.join(FILE_NAME)
    }

    /// Missing file → defaults. A corrupt file is an error the caller can report; it is left in
    /// place until the next save replaces it.
    pub fn load(dir: &Path) -> Result<Settings, SettingsError> {
        crate::store::load(&Self::path_in(dir))
    }

    pub fn save(&self, dir: &Path) -> Result<(), SettingsError> {
        crate::store::save(&Self::path_in(dir), self)
    }

    /// The language to show: the user's own choice, else the OS locale, else Vietnamese.
    pub fn language<S: AsRef<str>>(&self, os_locales: &[S]) -> Lang {
        self.language
            .unwrap_or_else(|| Lang::from_os_locales(os_locales))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn missing_file_gives_defaults_that_follow_the_os() {
        let dir = tempfile::tempdir().unwrap();
        let s = Settings::load(dir.path()).unwrap();
        assert_eq!(s, Settings::default());
        assert_eq!(s.language(&["en-US"]), Lang::En);
        assert_eq!(s.language(&["C"]), Lang::Vi);
    }

    #[test]
    fn chosen_language_survives_a_save_and_load_and_beats_the_os() {
        let dir = tempfile::tempdir().unwrap();
        let nested = dir.path().join("not/yet/there");
        Settings {
            language: Some(Lang::En),
        }
        .save(&nested)
        .unwrap();
        let s = Settings::load(&nested).unwrap();
        assert_eq!(s.language, Some(Lang::En));
        assert_eq!(s.language(&["vi-VN"]), Lang::En);
    }

    #[test]
    fn corrupt_file_is_reported_not_silently_reset() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(
            Settings::path_in(dir.path()),
            b"{ \"language\": \"klingon\" ",
        )
        .unwrap();
        assert!(matches!(
            Settings::load(dir.path()),
            Err(SettingsError::Corrupt { .. })
        ));
    }

    #[test]
    fn unknown_language_code_is_corrupt() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(Settings::path_in(dir.path()), br#"{"language":"fr"}"#).unwrap();
        assert!(matches!(
            Settings::load(dir.path()),
            Err(SettingsError::Corrupt { .. })
        ));
    }
}
