//! A recorded machine: how Windows is checked on Linux, and what training sessions replay.
//!
//! A scenario is a folder (format in `docs/scenarios.md`):
//!
//! ```text
//! scenario.toml   os, fixed "now", environment variables, processes, canned command outputs
//! fs/             the disk: fs/C/Users/lan/... for C:\Users\lan\..., fs/home/lan/... for /home/lan/...
//! commands/       the files scenario.toml names as command outputs
//! ```
//!
//! The same [`ScenarioEnv`] is built in code by tests, over a temporary folder.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::Deserialize;

use super::facts::{DefenderFacts, Detection, Fact, Hive, OsFacts, RegValues, WscProduct};
use super::scenario_facts::RecordedFacts;
use super::{CommandOutcome, CommandSpec, Env, MachinePath, OsKind, ProcessInfo};
use crate::Msg;

/// The scenario file inside a scenario folder.
pub const SCENARIO_FILE: &str = "scenario.toml";

#[derive(Clone, Debug)]
pub struct ScenarioEnv {
    os: OsKind,
    fs_root: PathBuf,
    now_unix: i64,
    vars: BTreeMap<String, String>,
    processes: Result<Vec<ProcessInfo>, String>,
    commands: BTreeMap<String, CommandOutcome>,
    /// What any command not listed gives: not installed, unless the scenario says otherwise.
    default_command: CommandOutcome,
    /// Message id of the scenario's title (training mode lists scenarios by it).
    pub title: Option<String>,
    /// Native Windows facts (`facts.toml`, `scenario_facts.rs`).
    pub facts: RecordedFacts,
}

#[derive(Debug, thiserror::Error)]
pub enum ScenarioError {
    #[error("cannot read {path}: {source}")]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("{path}: {message}")]
    Invalid { path: PathBuf, message: String },
}

impl ScenarioError {
    /// What to tell the user, localized.
    pub fn to_msg(&self) -> Msg {
        match self {
            ScenarioError::Io { path, source } => Msg::new("check-scenario-unreadable")
                .arg("path", path.display().to_string())
                .arg("detail", source.to_string()),
            ScenarioError::Invalid { path, message } => Msg::new("check-scenario-invalid")
                .arg("path", path.display().to_string())
                .arg("detail", message.clone()),
        }
    }
}

impl ScenarioEnv {
    /// An empty machine of the given OS whose disk is the folder `fs_root`.
    pub fn new(os: OsKind, fs_root: impl Into<PathBuf>, now_unix: i64) -> Self {
        Self {
            os,
            fs_root: fs_root.into(),
            now_unix,
            vars: BTreeMap::new(),
            processes: Ok(Vec::new()),
            commands: BTreeMap::new(),
            default_command: CommandOutcome::NotFound,
            title: None,
            facts: RecordedFacts::default(),
        }
    }

    pub fn with_var(mut self, name: &str, value: &str) -> Self {
        self.vars.insert(name.to_owned(), value.to_owned());
        self
    }

    pub fn with_process(mut self, name: &str, exe: Option<&str>) -> Self {
        if let Ok(list) = &mut self.processes {
            list.push(ProcessInfo {
                name: name.to_owned(),
                exe: exe.map(str::to_owned),
            });
        }
        self
    }

    pub fn with_processes_error(mut self, detail: &str) -> Self {
        self.processes = Err(detail.to_owned());
        self
    }

    pub fn with_command(mut self, id: &str, outcome: CommandOutcome) -> Self {
        self.commands.insert(id.to_owned(), outcome);
        self
    }

    /// Successful output (exit code 0) for the command `id`.
    pub fn with_stdout(self, id: &str, stdout: &str) -> Self {
        self.with_command(
            id,
            CommandOutcome::Exited {
                code: Some(0),
                stdout: stdout.to_owned(),
                stderr: String::new(),
            },
        )
    }

    pub fn with_facts(mut self, facts: RecordedFacts) -> Self {
        self.facts = facts;
        self
    }

    pub fn with_default_command(mut self, outcome: CommandOutcome) -> Self {
        self.default_command = outcome;
        self
    }

    /// Where the machine path `path` lives inside the scenario's disk folder.
    pub fn fs_root(&self) -> &Path {
        &self.fs_root
    }

    /// Reads a scenario folder.
    pub fn load(dir: &Path) -> Result<Self, ScenarioError> {
        let file = dir.join(SCENARIO_FILE);
        let text = std::fs::read_to_string(&file).map_err(|source| ScenarioError::Io {
            path: file.clone(),
            source,
        })?;
        let raw: RawScenario = toml::from_str(&text).map_err(|e| ScenarioError::Invalid {
            path: file.clone(),
            message: e.message().to_owned(),
        })?;
        let mut env = ScenarioEnv::new(raw.os, dir.join("fs"), raw.now);
        env.title = raw.title;
        env.facts = RecordedFacts::load(dir)?;
        env.vars = raw.env;
        env.processes = match raw.processes_error {
            Some(detail) => Err(detail),
            None => Ok(raw.processes),
        };
        if let Some(default) = raw.default_command {
            env.default_command = default.outcome(dir, "default_command")?;
        }
        // `commands/<id>.out` is that command's standard output with exit code 0, so a
        // recording needs no line in scenario.toml; an entry there wins.
        let commands_dir = dir.join("commands");
        if let Ok(entries) = std::fs::read_dir(&commands_dir) {
            for entry in entries.flatten() {
                let path = entry.path();
                let Some(id) = path
                    .file_name()
                    .and_then(|n| n.to_str())
                    .and_then(|n| n.strip_suffix(".out"))
                else {
                    continue;
                };
                let bytes = std::fs::read(&path).map_err(|source| ScenarioError::Io {
                    path: path.clone(),
                    source,
                })?;
                env.commands.insert(
                    id.to_owned(),
                    CommandOutcome::Exited {
                        code: Some(0),
                        stdout: String::from_utf8_lossy(&bytes).into_owned(),
                        stderr: String::new(),
                    },
                );
            }
        }
        for (id, command) in raw.commands {
            let outcome = command.outcome(dir, &id)?;
            env.commands.insert(id, outcome);
        }
        Ok(env)
    }
}

impl Env for ScenarioEnv {
    fn os(&self) -> OsKind {
        self.os
    }

    fn var(&self, name: &str) -> Option<String> {
        if self.os == OsKind::Windows {
            // Windows variable names are case-insensitive.
            self.vars
                .iter()
                .find(|(k, _)| k.eq_ignore_ascii_case(name))
                .map(|(_, v)| v.clone())
        } else {
            self.vars.get(name).cloned()
        }
    }

    fn local(&self, path: &MachinePath) -> PathBuf {
        let mut out = self.fs_root.clone();
        if path.is_windows() {
            out.push(path.drive_letter());
        }
        // `..` would leave the scenario and read this machine: a recorded run must be the same
        // everywhere, so it is dropped.
        for part in path.components().filter(|p| *p != "..") {
            out.push(part);
        }
        out
    }

    fn run(&self, command: &CommandSpec) -> CommandOutcome {
        self.commands
            .get(command.id)
            .unwrap_or(&self.default_command)
            .clone()
    }

    fn processes(&self) -> Result<Vec<ProcessInfo>, String> {
        self.processes.clone()
    }

    fn now_unix(&self) -> i64 {
        self.now_unix
    }

    fn os_facts(&self) -> Fact<OsFacts> {
        self.facts.os_facts(self.os)
    }

    fn security_center(&self) -> Fact<Vec<WscProduct>> {
        self.facts.security_center(self.os)
    }

    fn defender_status(&self) -> Fact<DefenderFacts> {
        self.facts.defender_status(self.os)
    }

    fn defender_detections(&self) -> Fact<Vec<Detection>> {
        self.facts.defender_detections(self.os)
    }

    fn registry(&self, hive: Hive, key: &str) -> Fact<Option<RegValues>> {
        self.facts.registry(self.os, hive, key)
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawScenario {
    os: OsKind,
    /// Seconds since the Unix epoch; scenarios write the date beside it in a comment.
    now: i64,
    #[serde(default)]
    title: Option<String>,
    #[serde(default)]
    env: BTreeMap<String, String>,
    #[serde(default)]
    processes: Vec<ProcessInfo>,
    #[serde(default)]
    processes_error: Option<String>,
    #[serde(default)]
    default_command: Option<RawCommand>,
    #[serde(default)]
    commands: BTreeMap<String, RawCommand>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawCommand {
    #[serde(default)]
    result: RawResult,
    /// File (relative to the scenario folder) holding standard output.
    #[serde(default)]
    stdout: Option<PathBuf>,
    /// Standard output written inline, for one-liners.
    #[serde(default)]
    stdout_text: Option<String>,
    #[serde(default)]
    stderr_text: Option<String>,
    #[serde(default)]
    exit: Option<i32>,
    #[serde(default)]
    detail: Option<String>,
}

#[derive(Deserialize, Default, PartialEq)]
#[serde(rename_all = "kebab-case")]
enum RawResult {
    #[default]
    Exited,
    NotFound,
    Timeout,
    Failed,
}

impl RawCommand {
    fn outcome(self, dir: &Path, id: &str) -> Result<CommandOutcome, ScenarioError> {
        Ok(match self.result {
            RawResult::NotFound => CommandOutcome::NotFound,
            RawResult::Timeout => CommandOutcome::TimedOut,
            RawResult::Failed => CommandOutcome::Failed(self.detail.unwrap_or_default()),
            RawResult::Exited => {
                let stdout = match (self.stdout, self.stdout_text) {
                    (Some(file), None) => {
                        let path = dir.join(file);
                        let bytes = std::fs::read(&path).map_err(|source| ScenarioError::Io {
                            path: path.clone(),
                            source,
                        })?;
                        String::from_utf8_lossy(&bytes).into_owned()
                    }
                    (None, Some(text)) => text,
                    (None, None) => String::new(),
                    (Some(_), Some(_)) => {
                        return Err(ScenarioError::Invalid {
                            path: dir.join(SCENARIO_FILE),
                            message: format!("commands.{id}: stdout and stdout_text both set"),
                        });
                    }
                };
                CommandOutcome::Exited {
                    code: Some(self.exit.unwrap_or(0)),
                    stdout,
                    stderr: self.stderr_text.unwrap_or_default(),
                }
            }
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn windows_paths_map_under_the_drive_letter_and_never_leave_the_folder() {
        let env = ScenarioEnv::new(OsKind::Windows, "/scn/fs", 0);
        let p = MachinePath::parse(OsKind::Windows, r"C:\Users\lan\..\..\etc").unwrap();
        assert_eq!(env.local(&p), PathBuf::from("/scn/fs/C/Users/lan/etc"));
    }

    #[test]
    fn windows_variables_ignore_case_and_unix_ones_do_not() {
        let win = ScenarioEnv::new(OsKind::Windows, "/x", 0).with_var("LocalAppData", "C:\\L");
        assert_eq!(win.var("LOCALAPPDATA").as_deref(), Some("C:\\L"));
        let linux = ScenarioEnv::new(OsKind::Linux, "/x", 0).with_var("Home", "/h");
        assert_eq!(linux.var("HOME"), None);
    }

    #[test]
    fn a_folder_loads_with_files_inline_text_and_a_default_outcome() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir(dir.path().join("commands")).unwrap();
        std::fs::write(dir.path().join("commands/av.json"), "{\"a\":1}").unwrap();
        std::fs::write(dir.path().join("commands/mdatp-health.out"), "healthy true").unwrap();
        std::fs::write(
            dir.path().join(SCENARIO_FILE),
            r#"
os = "windows"
now = 1795000000
title = "scenario-test"
default_command = { result = "timeout" }
[env]
USERPROFILE = 'C:\Users\lan'
[[processes]]
name = "UltraViewer_Desktop.exe"
[commands.windows-security]
stdout = "commands/av.json"
[commands.clamscan-version]
stdout_text = "ClamAV 1.4.3/27800/Tue Oct  6 07:34:01 2026"
exit = 0
"#,
        )
        .unwrap();
        let env = ScenarioEnv::load(dir.path()).unwrap();
        assert_eq!(env.os(), OsKind::Windows);
        assert_eq!(env.now_unix(), 1_795_000_000);
        assert_eq!(env.home().unwrap().to_string(), r"C:\Users\lan");
        assert_eq!(env.processes().unwrap()[0].name, "UltraViewer_Desktop.exe");
        let spec = |id| CommandSpec::new(id, "x", &[], std::time::Duration::from_secs(1));
        assert!(matches!(
            env.run(&spec("windows-security")),
            CommandOutcome::Exited { code: Some(0), ref stdout, .. } if stdout == "{\"a\":1}"
        ));
        assert_eq!(env.run(&spec("not-listed")), CommandOutcome::TimedOut);
        assert!(matches!(
            env.run(&spec("mdatp-health")),
            CommandOutcome::Exited { code: Some(0), ref stdout, .. } if stdout == "healthy true"
        ));
    }

    #[test]
    fn a_broken_scenario_is_a_located_error_not_a_panic() {
        let dir = tempfile::tempdir().unwrap();
        let err = ScenarioEnv::load(dir.path()).unwrap_err();
        assert_eq!(err.to_msg().id, "check-scenario-unreadable");
        std::fs::write(dir.path().join(SCENARIO_FILE), "os = \"plan9\"\nnow = 1\n").unwrap();
        let err = ScenarioEnv::load(dir.path()).unwrap_err();
        assert_eq!(err.to_msg().id, "check-scenario-invalid");
        std::fs::write(
            dir.path().join(SCENARIO_FILE),
            "os = \"linux\"\nnow = 1\n[commands.x]\nstdout = \"missing.txt\"\n",
        )
        .unwrap();
        assert!(matches!(
            ScenarioEnv::load(dir.path()),
            Err(ScenarioError::Io { .. })
        ));
    }
}
