//! The `Env` seam: every fact a check reads about the machine comes through one value.
//!
//! Production builds [`super::system::SystemEnv`] from this machine; tests and recorded scenarios
//! build [`super::scenario::ScenarioEnv`] from a folder, canned command outputs and recorded
//! native facts. Windows logic is therefore decided over recorded facts, run and tested on any
//! OS.

use std::ffi::OsString;
use std::path::PathBuf;
use std::time::Duration;

use serde::{Deserialize, Serialize};

use super::MachinePath;
use super::facts::{
    DefenderFacts, Detection, Fact, FactError, Hive, InstalledUpdate, OsFacts, RegValues,
    WscProduct,
};

#[cfg_attr(test, derive(ts_rs::TS))]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum OsKind {
    Windows,
    Linux,
    #[serde(rename = "macos")]
    MacOs,
}

impl OsKind {
    /// The OS this binary was built for (other Unixes are treated as Linux).
    pub fn current() -> Self {
        if cfg!(windows) {
            OsKind::Windows
        } else if cfg!(target_os = "macos") {
            OsKind::MacOs
        } else {
            OsKind::Linux
        }
    }

    pub fn code(self) -> &'static str {
        match self {
            OsKind::Windows => "windows",
            OsKind::Linux => "linux",
            OsKind::MacOs => "macos",
        }
    }
}

/// An external command the engine may run. `id` is stable: scenarios key their canned outputs
/// by it, and `docs/scenarios.md` lists every one.
#[derive(Clone, Debug)]
pub struct CommandSpec {
    pub id: &'static str,
    pub program: String,
    pub args: Vec<String>,
    pub timeout: Duration,
}

impl CommandSpec {
    pub fn new(id: &'static str, program: &str, args: &[&str], timeout: Duration) -> Self {
        Self {
            id,
            program: program.to_owned(),
            args: args.iter().map(|a| (*a).to_owned()).collect(),
            timeout,
        }
    }

    /// The program names a script host (a shell or script interpreter). TựKiểm never starts
    /// one: security products flag programs that do, and Windows facts come from its APIs.
    /// `SystemEnv` refuses to run such a command.
    pub fn names_script_host(&self) -> bool {
        let name = self
            .program
            .rsplit(['/', '\\'])
            .next()
            .unwrap_or(&self.program)
            .to_ascii_lowercase();
        let stem = name.strip_suffix(".exe").unwrap_or(&name);
        SCRIPT_HOSTS.contains(&stem)
    }
}

/// Programs that run scripts, by file name without `.exe`.
const SCRIPT_HOSTS: &[&str] = &[
    "powershell",
    "pwsh",
    "powershell_ise",
    "cmd",
    "wscript",
    "cscript",
    "mshta",
    "sh",
    "bash",
    "dash",
    "zsh",
];

/// What running a command gave. Output is decoded as UTF-8 with replacement: a stray byte in a
/// product name must not lose the rest.
#[derive(Clone, Debug, PartialEq)]
pub enum CommandOutcome {
    Exited {
        code: Option<i32>,
        stdout: String,
        stderr: String,
    },
    /// The program does not exist on this machine.
    NotFound,
    TimedOut,
    /// It could not be started for another reason (permission denied, …).
    Failed(String),
}

/// A running process: the executable's file name and, when the OS tells us, its full path.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProcessInfo {
    pub name: String,
    #[serde(default)]
    pub exe: Option<String>,
}

pub trait Env: Send + Sync {
    fn os(&self) -> OsKind;

    /// An environment variable of the checked machine (`LOCALAPPDATA`, `HOME`, …).
    fn var(&self, name: &str) -> Option<String>;

    /// The variable exactly as the OS holds it (not necessarily Unicode). A recorded machine's
    /// variables are text, so by default this is [`Env::var`].
    fn var_os(&self, name: &str) -> Option<OsString> {
        self.var(name).map(OsString::from)
    }

    /// Where a path of the checked machine can be read from by this process.
    fn local(&self, path: &MachinePath) -> PathBuf;

    fn run(&self, command: &CommandSpec) -> CommandOutcome;

    /// The running processes, or why they could not be listed.
    fn processes(&self) -> Result<Vec<ProcessInfo>, String>;

    /// Seconds since the Unix epoch, UTC.
    fn now_unix(&self) -> i64;

    // Native Windows facts (`facts.rs`): read through the documented APIs, never a script
    // host. Other OSes have none: "not this OS".

    /// Windows itself: name, version, workstation or server.
    fn os_facts(&self) -> Fact<OsFacts> {
        Err(FactError::NotThisOs)
    }

    /// The antivirus products registered with Security Center (`IWSCProductList`).
    fn security_center(&self) -> Fact<Vec<WscProduct>> {
        Err(FactError::NotThisOs)
    }

    /// Microsoft Defender's status (`MSFT_MpComputerStatus`).
    fn defender_status(&self) -> Fact<DefenderFacts> {
        Err(FactError::NotThisOs)
    }

    /// Defender's detection history (`MSFT_MpThreatDetection` + `MSFT_MpThreat`).
    fn defender_detections(&self) -> Fact<Vec<Detection>> {
        Err(FactError::NotThisOs)
    }

    /// The installed Windows updates (`Win32_QuickFixEngineering`).
    fn installed_updates(&self) -> Fact<Vec<InstalledUpdate>> {
        Err(FactError::NotThisOs)
    }

    /// The values of one registry key (`key` below the hive, `\`-separated); `Ok(None)` when
    /// the key does not exist.
    fn registry(&self, hive: Hive, key: &str) -> Fact<Option<RegValues>> {
        let _ = (hive, key);
        Err(FactError::NotThisOs)
    }

    /// When a registry key was last written (`RegQueryInfoKeyW`'s `lpftLastWriteTime`), as Unix
    /// seconds exactly as Windows keeps it: FILETIME zero reads as 1601, a clock set wrong gives
    /// a future time; the checks decide what is a real date. `Ok(None)` when the key does not
    /// exist.
    fn registry_written(&self, hive: Hive, key: &str) -> Fact<Option<i64>> {
        let _ = (hive, key);
        Err(FactError::NotThisOs)
    }

    /// A variable that holds an absolute path of the checked machine.
    /// Paths stay exact: a home folder whose name is not valid Unicode is still found.
    fn path_var(&self, name: &str) -> Option<MachinePath> {
        self.var_os(name)
            .and_then(|v| MachinePath::from_os(self.os(), &v))
    }

    /// The user's home folder: `USERPROFILE` on Windows, `HOME` elsewhere.
    fn home(&self) -> Option<MachinePath> {
        match self.os() {
            OsKind::Windows => self.path_var("USERPROFILE"),
            OsKind::Linux | OsKind::MacOs => self.path_var("HOME"),
        }
    }
}
