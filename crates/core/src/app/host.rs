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
}

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
}

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
}

/// A host for tests: a fixed clock (settable), a data folder the test names, a memory keyring.
pub struct TestHost {
    pub clock: std::sync::Mutex<Clock>,
    pub data_dir: Option<PathBuf>,
    pub keys: MemoryKeyStore,
    pub host_name: Option<String>,
    pub os_name: Option<String>,
    pub program_data: Option<OsString>,
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
}
