//! What the app holds while it runs: the profile, the settings and where they live.

use std::path::PathBuf;
use std::sync::Mutex;

use tukiem_core::profile::{LoadedProfile, PROFILE_ENV};
use tukiem_core::settings::{Settings, SettingsError};
use tukiem_core::{Lang, Profile};

pub struct AppState {
    pub profile: LoadedProfile,
    pub data_dir: PathBuf,
    pub settings: Mutex<Settings>,
    pub os_locales: Vec<String>,
}

impl AppState {
    pub fn load(data_dir: PathBuf, profile_request: Option<PathBuf>) -> Self {
        // A corrupt settings file only holds a language choice: start from defaults, and the
        // next save replaces it.
        let settings = Settings::load(&data_dir).unwrap_or_default();
        Self {
            profile: Profile::load_or_embedded(profile_request.as_deref()),
            data_dir,
            settings: Mutex::new(settings),
            os_locales: sys_locale::get_locales().collect(),
        }
    }

    pub fn language(&self) -> Lang {
        self.settings().language(&self.os_locales)
    }

    pub fn settings(&self) -> Settings {
        // A poisoned lock only means another command panicked mid-update; the value is plain data.
        self.settings
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .clone()
    }

    pub fn set_language(&self, lang: Lang) -> Result<(), SettingsError> {
        let mut guard = self.settings.lock().unwrap_or_else(|p| p.into_inner());
        guard.language = Some(lang);
        guard.save(&self.data_dir)
    }
}

/// `--profile FILE` (or `--profile=FILE`) on the app's command line, else `TUKIEM_PROFILE`.
pub fn profile_request_from_process() -> Option<PathBuf> {
    let args: Vec<String> = std::env::args().collect();
    let flag = tukiem_core::cli_args::flag_value(&args, "--profile").map(PathBuf::from);
    Profile::requested_path(flag, std::env::var_os(PROFILE_ENV))
}
