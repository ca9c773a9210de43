//! What the app holds while it runs: the profile, the settings and where they live.

use std::path::PathBuf;
use std::sync::{Arc, Mutex, RwLock};

use tukiem_core::Lang;
use tukiem_core::Profile;
use tukiem_core::app::OsHost;
use tukiem_core::app::session::Session;
use tukiem_core::profile::{LoadedProfile, PROFILE_ENV};
use tukiem_core::settings::{Settings, SettingsError};

pub struct AppState {
    /// The profile the app speaks for; replaced when the person installs a bundle.
    pub profile: LiveProfile,
    /// `--profile FILE` / `TUKIEM_PROFILE`, asked again when the profile is reloaded.
    profile_request: Option<PathBuf>,
    pub data_dir: PathBuf,
    /// Clock, data folder, keyring and machine names for core's use cases.
    pub host: OsHost,
    pub settings: Mutex<Settings>,
    pub os_locales: Vec<String>,
    /// Which machine the check looks at, and its last report (`core::app::session`).
    pub session: Session,
}

impl AppState {
    pub fn load(data_dir: PathBuf, args: &AppArgs) -> Self {
        // A corrupt settings file only holds a language choice: start from defaults, and the
        // next save replaces it.
        let settings = Settings::load(&data_dir).unwrap_or_default();
        // An older version's files, brought up to date (nothing to do after the first start).
        tukiem_core::app::migrate::run(&data_dir);
        let profile_request =
            Profile::requested_path(args.profile.clone(), std::env::var_os(PROFILE_ENV));
        let host = OsHost::new(Some(data_dir.clone()));
        // In core's documented order: --profile, the installed bundle, a machine-wide bundle,
        // the embedded default.
        let profile = tukiem_core::app::bundle::load_profile(&host, profile_request.as_deref());
        Self {
            profile: LiveProfile::new(profile),
            profile_request,
            host,
            data_dir,
            settings: Mutex::new(settings),
            os_locales: sys_locale::get_locales().collect(),
            session: Session::new(args.scenario.clone()),
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

    /// Loads the profile again, in the same order as at start-up (after a bundle was installed).
    pub fn reload_profile(&self) {
        self.profile.replace(tukiem_core::app::bundle::load_profile(
            &self.host,
            self.profile_request.as_deref(),
        ));
    }

    /// A host of its own for work moved off the IPC thread (`spawn_blocking` needs `'static`).
    pub fn owned_host(&self) -> OsHost {
        OsHost::new(Some(self.data_dir.clone()))
    }

    pub fn set_language(&self, lang: Lang) -> Result<(), SettingsError> {
        let mut guard = self.settings.lock().unwrap_or_else(|p| p.into_inner());
        guard.language = Some(lang);
        guard.save(&self.data_dir)
    }
}

/// The profile the app speaks for. Each command takes the current one (`current`) and keeps it
/// for as long as it runs; installing a bundle swaps in the new one, and the old one is freed when
/// the last command holding it is done.
pub struct LiveProfile(RwLock<Arc<LoadedProfile>>);

impl LiveProfile {
    fn new(profile: LoadedProfile) -> Self {
        Self(RwLock::new(Arc::new(profile)))
    }

    /// The profile in use now; a bundle installed meanwhile does not change it under the caller.
    pub fn current(&self) -> Arc<LoadedProfile> {
        // A poisoned lock only means a command panicked while swapping; the value is whole.
        Arc::clone(&self.0.read().unwrap_or_else(|p| p.into_inner()))
    }

    fn replace(&self, profile: LoadedProfile) {
        *self.0.write().unwrap_or_else(|p| p.into_inner()) = Arc::new(profile);
    }
}

/// The app's own command line: `--profile FILE`, `--scenario DIR`, `--training`. Parsed with
/// clap like the CLI's; anything it does not know (a test driver's flags) is ignored, never a
/// reason not to start.
#[derive(clap::Parser, Debug, Default, PartialEq, Eq)]
#[command(
    name = "tukiem",
    disable_help_flag = true,
    disable_version_flag = true,
    ignore_errors = true
)]
pub struct AppArgs {
    #[arg(long, value_name = "FILE")]
    pub profile: Option<PathBuf>,
    #[arg(long, value_name = "DIR")]
    pub scenario: Option<PathBuf>,
    #[arg(long)]
    pub training: bool,
}

impl AppArgs {
    pub fn from_process() -> Self {
        Self::from_args(std::env::args_os())
    }

    pub fn from_args<I: IntoIterator<Item = T>, T: Into<std::ffi::OsString> + Clone>(
        args: I,
    ) -> Self {
        use clap::Parser;
        Self::try_parse_from(args).unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::AppArgs;
    use std::path::PathBuf;

    #[test]
    fn a_flag_is_never_taken_as_the_value_of_another() {
        // The hand parser took `--scenario` as the profile's file name.
        let a = AppArgs::from_args(["tukiem", "--profile", "--scenario", "x"]);
        assert_eq!(a.profile, None);
        assert_eq!(a.scenario, Some(PathBuf::from("x")));
        let a = AppArgs::from_args([
            "tukiem",
            "--profile=p.toml",
            "--scenario",
            "dir",
            "--training",
        ]);
        assert_eq!(a.profile, Some(PathBuf::from("p.toml")));
        assert_eq!(a.scenario, Some(PathBuf::from("dir")));
        assert!(a.training);
    }

    #[test]
    fn training_is_a_flag_not_any_argument_that_says_so() {
        // A value that happens to read `--training` is a value.
        let a = AppArgs::from_args(["tukiem", "--scenario=--training"]);
        assert!(!a.training);
        assert_eq!(a.scenario, Some(PathBuf::from("--training")));
        assert!(!AppArgs::from_args(["tukiem", "x--training"]).training);
        // An unknown flag never stops the app from starting.
        assert_eq!(
            AppArgs::from_args(["tukiem", "--automation"]),
            AppArgs::default()
        );
    }
}
