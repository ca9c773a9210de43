//! The seam between core's use cases and the shell: what core cannot know by itself.

use std::ffi::OsString;
use std::path::{Path, PathBuf};

use crate::dates::Clock;
use crate::password::fingerprints::{KeyStore, MemoryKeyStore, OsKeyring};

/// What only the shell can do. Core's use cases take a `&dyn Host` and read nothing else of
/// the machine they run on (the checks read theirs through `checks::Env`).
pub trait Host: Send + Sync {
    /// Now, and the person's UTC offset (their calendar decides what "today" is).
    fn clock(&self) -> Clock;
    /// The app's data folder; `None` when there is none (the CLI without `--data-dir`): nothing
    /// is read from it or written to it, and every system reads "no record".
    fn data_dir(&self) -> Option<&Path>;
    /// Where the password fingerprint key lives.
    fn keys(&self) -> &dyn KeyStore;
    /// This computer's name, as the OS gives it.
    fn host_name(&self) -> Option<String>;
    /// The operating system as it names itself ("Windows 11 Pro").
    fn os_name(&self) -> Option<String>;
    /// The `ProgramData` variable, where the fleet output's machine-wide folder is on Windows.
    fn program_data(&self) -> Option<OsString>;
    /// The machine-wide folder where an administrator or the installer puts the Department's
    /// public keys (`*.pub`) and bundle (`*.tukiem`): `TUKIEM_SYSTEM_DIR` when set (tests),
    /// else `%ProgramData%\TuKiem` on Windows, `/etc/tukiem` elsewhere. A folder that does not
    /// exist holds nothing (docs/bundle.md).
    fn system_dir(&self) -> Option<PathBuf>;
    /// Public keys set by an administrator or a GPO as values of
    /// `HKLM\Software\Policies\TuKiem` (Windows only; `(value name, text)`), empty elsewhere.
    fn policy_keys(&self) -> Vec<(String, String)>;
}

/// The environment variable that names the machine-wide folder instead of the OS's (tests).
pub const SYSTEM_DIR_ENV: &str = "TUKIEM_SYSTEM_DIR";

/// The policy key whose values are trusted public keys (Windows).
pub const POLICY_KEY: &str = r"Software\Policies\TuKiem";

/// The real host: the system clock and time zone, the OS keyring, sysinfo's names.
pub struct OsHost {
    data_dir: Option<PathBuf>,
    keys: OsKeyring,
}

impl OsHost {
    pub fn new(data_dir: Option<PathBuf>) -> Self {
        Self {
            data_dir,
            keys: OsKeyring::default(),
        }
    }

    /// The app's data folder as the desktop app has it (Tauri's `app_data_dir()`: the roaming
    /// application-data folder plus [`APP_IDENTIFIER`]), for the CLI, which must find the
    /// bundle the user installed in the app. `TUKIEM_DATA_DIR` names another (tests).
    pub fn default_data_dir() -> Option<PathBuf> {
        if let Some(dir) = std::env::var_os(DATA_DIR_ENV).filter(|v| !v.is_empty()) {
            return Some(PathBuf::from(dir));
        }
        let base = if cfg!(windows) {
            std::env::var_os("APPDATA")
                .filter(|v| !v.is_empty())
                .map(PathBuf::from)
        } else {
            std::env::var_os("XDG_DATA_HOME")
                .filter(|v| !v.is_empty())
                .map(PathBuf::from)
                .or_else(|| {
                    std::env::var_os("HOME")
                        .filter(|v| !v.is_empty())
                        .map(|h| PathBuf::from(h).join(".local/share"))
                })
        }?;
        Some(base.join(APP_IDENTIFIER))
    }
}

/// The desktop app's identifier (`src-tauri/tauri.conf.json`), the name of its data folder.
pub const APP_IDENTIFIER: &str = "vn.tukiem.app";

/// The environment variable that names the CLI's data folder instead of the app's (tests).
pub const DATA_DIR_ENV: &str = "TUKIEM_DATA_DIR";

impl Host for OsHost {
    fn clock(&self) -> Clock {
        let now = chrono::Local::now();
        Clock {
            unix: now.timestamp(),
            utc_offset_minutes: now.offset().local_minus_utc() / 60,
        }
    }

    fn data_dir(&self) -> Option<&Path> {
        self.data_dir.as_deref()
    }

    fn keys(&self) -> &dyn KeyStore {
        &self.keys
    }

    fn host_name(&self) -> Option<String> {
        sysinfo::System::host_name()
    }

    fn os_name(&self) -> Option<String> {
        sysinfo::System::long_os_version()
    }

    fn program_data(&self) -> Option<OsString> {
        std::env::var_os("ProgramData")
    }

    fn system_dir(&self) -> Option<PathBuf> {
        if let Some(dir) = std::env::var_os(SYSTEM_DIR_ENV).filter(|v| !v.is_empty()) {
            return Some(PathBuf::from(dir));
        }
        if cfg!(windows) {
            self.program_data()
                .filter(|v| !v.is_empty())
                .map(|p| PathBuf::from(p).join("TuKiem"))
        } else {
            Some(PathBuf::from("/etc/tukiem"))
        }
    }

    #[cfg(windows)]
    fn policy_keys(&self) -> Vec<(String, String)> {
        use crate::checks::facts::{Hive, RegData};
        use crate::checks::native::{windows::registry, with_budget};
        let values = with_budget(std::time::Duration::from_secs(3), || {
            registry::values(Hive::LocalMachine, POLICY_KEY)
        });
        let Ok(Some(values)) = values else {
            return Vec::new();
        };
        values
            .0
            .into_iter()
            .flat_map(|(name, data)| match data {
                RegData::Text(text) => vec![(name, text)],
                RegData::List(list) => list.into_iter().map(|t| (name.clone(), t)).collect(),
                _ => Vec::new(),
            })
            .collect()
    }

    #[cfg(not(windows))]
    fn policy_keys(&self) -> Vec<(String, String)> {
        Vec::new()
    }
}

/// A host for tests: a fixed clock (settable), a data folder the test names, a memory keyring.
pub struct TestHost {
    pub clock: std::sync::Mutex<Clock>,
    pub data_dir: Option<PathBuf>,
    pub keys: MemoryKeyStore,
    pub host_name: Option<String>,
    pub os_name: Option<String>,
    pub program_data: Option<OsString>,
    /// The machine-wide folder; `None` (the default) holds nothing.
    pub system_dir: Option<PathBuf>,
    /// What the policy key would hold.
    pub policy_keys: Vec<(String, String)>,
}

impl TestHost {
    /// Hà Nội time (UTC+7) at `unix`, data in `data_dir`.
    pub fn new(data_dir: Option<PathBuf>, unix: i64) -> Self {
        Self {
            clock: std::sync::Mutex::new(Clock {
                unix,
                utc_offset_minutes: 420,
            }),
            data_dir,
            keys: MemoryKeyStore::default(),
            host_name: Some("PC-VANTHU-01".into()),
            os_name: Some("Windows 11 Pro".into()),
            program_data: None,
            system_dir: None,
            policy_keys: Vec::new(),
        }
    }

    pub fn set_clock(&self, clock: Clock) {
        *self.clock.lock().unwrap_or_else(|p| p.into_inner()) = clock;
    }
}

impl Host for TestHost {
    fn clock(&self) -> Clock {
        *self.clock.lock().unwrap_or_else(|p| p.into_inner())
    }

    fn data_dir(&self) -> Option<&Path> {
        self.data_dir.as_deref()
    }

    fn keys(&self) -> &dyn KeyStore {
        &self.keys
    }

    fn host_name(&self) -> Option<String> {
        self.host_name.clone()
    }

    fn os_name(&self) -> Option<String> {
        self.os_name.clone()
    }

    fn program_data(&self) -> Option<OsString> {
        self.program_data.clone()
    }

    fn system_dir(&self) -> Option<PathBuf> {
        self.system_dir.clone()
    }

    fn policy_keys(&self) -> Vec<(String, String)> {
        self.policy_keys.clone()
    }
}
