//! What the app holds while it runs: the profile, the settings and where they live.

use std::path::PathBuf;
use std::sync::Mutex;

use tukiem_core::checks::CheckReport;
use tukiem_core::password::checklist::Checklist;
use tukiem_core::profile::{LoadedProfile, PROFILE_ENV};
use tukiem_core::settings::{Settings, SettingsError};
use tukiem_core::{Lang, Msg, Profile};

pub struct AppState {
    pub profile: LoadedProfile,
    pub data_dir: PathBuf,
    pub settings: Mutex<Settings>,
    pub os_locales: Vec<String>,
    /// Which machine the check looks at.
    target: Mutex<Target>,
    last_report: Mutex<Option<CheckReport>>,
}

/// The machine the check looks at. Anything but `ThisMachine` is a recording: its results never
/// become this computer's "last checked" or history.
#[derive(Clone, Debug)]
pub enum Target {
    ThisMachine,
    /// `--scenario DIR`.
    Scenario(PathBuf),
    /// Training mode: the shipped scenarios written under `root`, one of them shown.
    Training {
        root: PathBuf,
        current: String,
    },
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
            target: Mutex::new(match scenario_request_from_process() {
                Some(dir) => Target::Scenario(dir),
                None => Target::ThisMachine,
            }),
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

    /// Which systems were marked changed. An unreadable file reads as "none yet", with the
    /// message saying so; the next mark replaces it.
    pub fn checklist(&self) -> (Checklist, Option<Msg>) {
        match Checklist::load(&self.data_dir) {
            Ok(c) => (c, None),
            Err(_) => (
                Checklist::default(),
                Some(Msg::new("pw-checklist-unreadable").arg(
                    "file",
                    Checklist::path_in(&self.data_dir).display().to_string(),
                )),
            ),
        }
    }

    pub fn target(&self) -> Target {
        self.target
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .clone()
    }

    /// Switches machine; results of the previous one are dropped so they cannot be mixed up.
    pub fn set_target(&self, target: Target) {
        *self.target.lock().unwrap_or_else(|p| p.into_inner()) = target;
        *self.last_report.lock().unwrap_or_else(|p| p.into_inner()) = None;
    }

    /// The recorded machine being checked, if it is not this computer.
    pub fn scenario(&self) -> Option<PathBuf> {
        match self.target() {
            Target::ThisMachine => None,
            Target::Scenario(dir) => Some(dir),
            Target::Training { root, current } => Some(root.join(current)),
        }
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

/// `--training` on the app's command line: start in training mode.
pub fn training_requested() -> bool {
    std::env::args().any(|a| a == "--training")
}
