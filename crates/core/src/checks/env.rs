//! The `Env` seam: every fact a check reads about the machine comes through one value.
//!
//! Production builds [`super::system::SystemEnv`] from this machine; tests and recorded scenarios
//! build [`super::scenario::ScenarioEnv`] from a folder and canned command outputs. Windows logic
//! is therefore parsing of real output shapes, run and tested on any OS.

use std::ffi::OsString;
use std::path::PathBuf;
use std::time::Duration;

use serde::{Deserialize, Serialize};

use super::MachinePath;

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

    /// `powershell.exe -NoProfile -NonInteractive -ExecutionPolicy Bypass -Command <script>`,
    /// by its full path when `SystemRoot` is known: Windows PowerShell 5.1 is always there, and
    /// a `powershell.exe` earlier on `PATH` is not ours to run. Scripts hold no double quote, so
    /// Windows argument quoting cannot mangle them.
    pub fn windows_powershell(
        env: &dyn Env,
        id: &'static str,
        script: &str,
        timeout: Duration,
    ) -> Self {
        let program = env
            .path_var("SystemRoot")
            .map(|root| {
                root.join("System32/WindowsPowerShell/v1.0/powershell.exe")
                    .to_string()
            })
            .unwrap_or_else(|| "powershell.exe".to_owned());
        let args = [
            "-NoProfile",
            "-NonInteractive",
            "-ExecutionPolicy",
            "Bypass",
            "-Command",
            script,
        ];
        Self::new(id, &program, &args, timeout)
    }
}

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
