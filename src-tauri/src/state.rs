//! What the app holds while it runs: the profile, the settings and where they live.

use std::path::PathBuf;
use std::sync::Mutex;

use tukiem_core::checks::CheckReport;
use tukiem_core::profile::{LoadedProfile, PROFILE_ENV};
use tukiem_core::settings::{Settings, SettingsError};
use tukiem_core::{Lang, Profile};

pub struct AppState {
    pub profile: LoadedProfile,
    pub data_dir: PathBuf,
    pub settings: Mutex<Settings>,
    pub os_locales: Vec<String>,
    /// `--scenario DIR`: check this recorded machine instead of the real one.
    pub scenario: Option<PathBuf>,
    last_report: Mutex<Option<CheckReport>>,
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
            scenario: scenario_request_from_process(),
            last_report: Mutex::new(None),
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

    /// The recorded machine being checked, if it is not this computer.
    pub fn scenario(&self) -> Option<PathBuf> {
        self.scenario.clone()
    }

    pub fn last_report(&self) -> Option<CheckReport> {
        self.last_report
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .clone()
    }

    pub fn set_last_report(&self, report: CheckReport) {
        *self.last_report.lock().unwrap_or_else(|p| p.into_inner()) = Some(report);
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

/// `--scenario DIR` (or `--scenario=DIR`) on the app's command line.
fn scenario_request_from_process() -> Option<PathBuf> {
    let args: Vec<String> = std::env::args().collect();
    tukiem_core::cli_args::flag_value(&args, "--scenario").map(PathBuf::from)
}
