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
use super::scenario_facts::{FACTS_FILE, Malformed, RecordedFacts};
use super::{CommandOutcome, CommandSpec, Env, MachinePath, OsKind, ProcessInfo};
use crate::Msg;
use crate::outside::{self, Deadline, ParseError, ReadError, cap};

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

/// Why a scenario folder cannot be used. Every part is said in the user's language: the
/// reading problem by its kind (`outside`), a damaged file by its place, never the OS's or the
/// TOML parser's English.
#[derive(Debug, thiserror::Error)]
pub enum ScenarioError {
    #[error("cannot read {path}: {error}")]
    Io { path: PathBuf, error: ReadError },
    #[error("{path}: {problem}")]
    Invalid { path: PathBuf, problem: Malformed },
    /// A path of the scenario (a `stdout =` file, a `commands/` file, a link under `fs/`)
    /// leads out of the scenario folder: a recorded machine never reads this computer.
    #[error("{path} leads out of the scenario folder")]
    Escapes { path: PathBuf },
}

impl ScenarioError {
    /// What to tell the user, localized.
    pub fn to_msg(&self) -> Msg {
        match self {
            ScenarioError::Io { path, error } => {
                let shown = path.display().to_string();
                Msg::new("check-scenario-unreadable")
                    .arg("detail", error.reason(&shown))
                    .arg("path", shown)
            }
            ScenarioError::Invalid { path, problem } => {
                let shown = path.display().to_string();
                let detail = match problem {
                    Malformed::Damaged(e) => e.reason(&shown),
                    Malformed::Entry(entry) => {
                        Msg::new("check-scenario-entry").arg("entry", entry.clone())
                    }
                };
                Msg::new("check-scenario-invalid")
                    .arg("detail", detail)
                    .arg("path", shown)
            }
            ScenarioError::Escapes { path } => {
                Msg::new("check-scenario-escapes").arg("path", path.display().to_string())
            }
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

    /// Reads a scenario folder. Every file it names is resolved and must stay inside the folder,
    /// and no link under `fs/` may lead out of it.
    pub fn load(dir: &Path) -> Result<Self, ScenarioError> {
        let file = dir.join(SCENARIO_FILE);
        let text = outside::read_text(&file, cap::SMALL).map_err(|e| io_error(&file, e))?;
        let root = Confined::new(dir).map_err(|e| io_error(dir, e))?;
        root.check_links(&dir.join("fs"))?;
        let raw: RawScenario = toml::from_str(&text).map_err(|e| ScenarioError::Invalid {
            path: file.clone(),
            problem: Malformed::Damaged(ParseError::toml(&e, &text)),
        })?;
        let mut env = ScenarioEnv::new(raw.os, dir.join("fs"), raw.now);
        env.title = raw.title;
        env.facts = load_facts(dir)?;
        env.vars = raw.env;
        env.processes = match raw.processes_error {
            Some(detail) => Err(detail),
            None => Ok(raw.processes),
        };
        if let Some(default) = raw.default_command {
            env.default_command = default.outcome(&root, "default_command")?;
        }
        // `commands/<id>.out` is that command's standard output with exit code 0, so a
        // recording needs no line in scenario.toml; an entry there wins.
        let commands_dir = dir.join("commands");
        let deadline = Deadline::after(outside::DEFAULT_BUDGET);
        let entries = match outside::list_dir(&commands_dir, cap::ENTRIES, &deadline) {
            Ok(entries) => entries,
            Err(e) if e.is_not_found() => Vec::new(),
            Err(e) => return Err(io_error(&commands_dir, e)),
        };
        {
            for entry in entries {
                let path = entry.path;
                let Some(id) = path
                    .file_name()
                    .and_then(|n| n.to_str())
                    .and_then(|n| n.strip_suffix(".out"))
                else {
                    continue;
                };
                let bytes = root.read(&path)?;
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
            let outcome = command.outcome(&root, &id)?;
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
        // And so would a link: `load` refuses a scenario whose links lead out, and this catches
        // one made since (or in a scenario built in code). What resolves outside the disk
        // folder is given as a path that does not exist there: not on the recorded machine.
        if let Ok(real) = std::fs::canonicalize(&out)
            && let Ok(root) = std::fs::canonicalize(&self.fs_root)
            && !real.starts_with(&root)
        {
            return self.fs_root.join(OUTSIDE_THE_SCENARIO);
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

    fn registry_written(&self, hive: Hive, key: &str) -> Fact<Option<i64>> {
        self.facts.registry_written(self.os, hive, key)
    }

    fn installed_updates(&self) -> Fact<Vec<super::facts::InstalledUpdate>> {
        self.facts.installed_updates(self.os)
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
    fn outcome(self, root: &Confined, id: &str) -> Result<CommandOutcome, ScenarioError> {
        let dir = root.dir.as_path();
        Ok(match self.result {
            RawResult::NotFound => CommandOutcome::NotFound,
            RawResult::Timeout => CommandOutcome::TimedOut,
            RawResult::Failed => CommandOutcome::Failed(self.detail.unwrap_or_default()),
            RawResult::Exited => {
                let stdout = match (self.stdout, self.stdout_text) {
                    (Some(file), None) => {
                        let bytes = root.read(&dir.join(file))?;
                        String::from_utf8_lossy(&bytes).into_owned()
                    }
                    (None, Some(text)) => text,
                    (None, None) => String::new(),
                    (Some(_), Some(_)) => {
                        return Err(ScenarioError::Invalid {
                            path: dir.join(SCENARIO_FILE),
                            problem: Malformed::Entry(format!("commands.{id}")),
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

/// A name no recorded disk holds: where [`ScenarioEnv::local`] sends a path that resolves
/// outside the scenario.
const OUTSIDE_THE_SCENARIO: &str = ".tukiem-outside-the-scenario";

/// How many entries of `fs/` are looked at for links leading out (the shipped scenarios hold a
/// few hundred).
const MAX_FS_ENTRIES: usize = 100_000;

fn io_error(path: &Path, e: ReadError) -> ScenarioError {
    ScenarioError::Io {
        path: path.to_owned(),
        error: e,
    }
}

/// `facts.toml` beside `scenario.toml`, read the same way (through `outside`: a FIFO or a
/// device there is refused at once); no file is no facts.
fn load_facts(dir: &Path) -> Result<RecordedFacts, ScenarioError> {
    let path = dir.join(FACTS_FILE);
    let text = match outside::read_text(&path, cap::SMALL) {
        Ok(text) => text,
        Err(e) if e.is_not_found() => return Ok(RecordedFacts::default()),
        Err(e) => return Err(io_error(&path, e)),
    };
    RecordedFacts::parse(&text).map_err(|problem| ScenarioError::Invalid { path, problem })
}

/// The scenario folder, resolved, and the reads confined to it.
struct Confined {
    /// As given (for messages and joins).
    dir: PathBuf,
    /// Resolved (for the containment test).
    real: PathBuf,
}

impl Confined {
    fn new(dir: &Path) -> Result<Self, ReadError> {
        let real = std::fs::canonicalize(dir).map_err(|e| ReadError::from_io(&e))?;
        Ok(Self {
            dir: dir.to_owned(),
            real,
        })
    }

    /// Reads a file of the scenario; an absolute path, `..` or a link that leads out of the
    /// folder is refused, whatever it points at.
    fn read(&self, path: &Path) -> Result<Vec<u8>, ScenarioError> {
        let real =
            std::fs::canonicalize(path).map_err(|e| io_error(path, ReadError::from_io(&e)))?;
        if !real.starts_with(&self.real) {
            return Err(ScenarioError::Escapes {
                path: path.to_owned(),
            });
        }
        outside::read(&real, cap::OUTPUT).map_err(|e| io_error(path, e))
    }

    /// Refuses a link under `fs` whose target resolves outside `fs` (the recorded disk).
    /// Dangling and looping links stay: reading them fails on the recorded machine too.
    fn check_links(&self, fs: &Path) -> Result<(), ScenarioError> {
        let Ok(disk) = std::fs::canonicalize(fs) else {
            return Ok(());
        };
        let mut pending = vec![fs.to_owned()];
        let mut seen = 0usize;
        while let Some(folder) = pending.pop() {
            let Ok(entries) = std::fs::read_dir(&folder) else {
                continue;
            };
            for entry in entries.flatten() {
                seen += 1;
                if seen > MAX_FS_ENTRIES {
                    return Err(io_error(
                        fs,
                        ReadError::TooMany {
                            limit: MAX_FS_ENTRIES,
                        },
                    ));
                }
                let path = entry.path();
                let Ok(kind) = entry.file_type() else {
                    continue;
                };
                if kind.is_symlink() {
                    if let Ok(real) = std::fs::canonicalize(&path)
                        && !real.starts_with(&disk)
                    {
                        return Err(ScenarioError::Escapes { path });
                    }
                } else if kind.is_dir() {
                    pending.push(path);
                }
            }
        }
        Ok(())
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
    fn scenario_with(dir: &Path, commands: &str) {
        std::fs::create_dir_all(dir.join("fs")).unwrap();
        std::fs::write(
            dir.join(SCENARIO_FILE),
            format!("os = \"linux\"\nnow = 1\n{commands}"),
        )
        .unwrap();
    }

    fn escapes(result: Result<ScenarioEnv, ScenarioError>) -> bool {
        matches!(&result, Err(ScenarioError::Escapes { .. }))
            && result.unwrap_err().to_msg().id == "check-scenario-escapes"
    }

    #[test]
    fn a_stdout_path_that_leaves_the_folder_is_refused() {
        let outer = tempfile::tempdir().unwrap();
        std::fs::write(outer.path().join("secret.txt"), "this computer's file").unwrap();
        let dir = outer.path().join("scn");
        std::fs::create_dir_all(dir.join("commands")).unwrap();
        for stdout in ["../secret.txt", "/etc/passwd", "commands/../../secret.txt"] {
            scenario_with(&dir, &format!("[commands.x]\nstdout = '{stdout}'\n"));
            assert!(escapes(ScenarioEnv::load(&dir)), "{stdout}");
        }
        // Inside the folder, `..` that stays inside is fine.
        std::fs::write(dir.join("commands/x.txt"), "ok").unwrap();
        scenario_with(&dir, "[commands.x]\nstdout = 'fs/../commands/x.txt'\n");
        assert!(ScenarioEnv::load(&dir).is_ok());
    }

    #[cfg(unix)]
    #[test]
    fn a_linked_command_output_that_leaves_the_folder_is_refused() {
        let outer = tempfile::tempdir().unwrap();
        std::fs::write(outer.path().join("secret.txt"), "this computer's file").unwrap();
        let dir = outer.path().join("scn");
        scenario_with(&dir, "");
        std::fs::create_dir_all(dir.join("commands")).unwrap();
        std::os::unix::fs::symlink(
            outer.path().join("secret.txt"),
            dir.join("commands/clamscan-version.out"),
        )
        .unwrap();
        assert!(escapes(ScenarioEnv::load(&dir)));
    }

    #[cfg(unix)]
    #[test]
    fn a_link_under_fs_that_leaves_the_disk_is_refused_and_one_inside_is_kept() {
        let outer = tempfile::tempdir().unwrap();
        let dir = outer.path().join("scn");
        scenario_with(&dir, "");
        std::fs::create_dir_all(dir.join("fs/home/lan/real")).unwrap();
        std::os::unix::fs::symlink("real", dir.join("fs/home/lan/inside")).unwrap();
        let env = ScenarioEnv::load(&dir).unwrap();
        let inside = MachinePath::parse(OsKind::Linux, "/home/lan/inside").unwrap();
        assert_eq!(env.local(&inside), dir.join("fs/home/lan/inside"));

        std::os::unix::fs::symlink("/etc", dir.join("fs/home/lan/.config")).unwrap();
        assert!(escapes(ScenarioEnv::load(&dir)));
        // A scenario built in code gets the same protection when a path is resolved.
        let built = ScenarioEnv::new(OsKind::Linux, dir.join("fs"), 0);
        let out = MachinePath::parse(OsKind::Linux, "/home/lan/.config/passwd").unwrap();
        assert!(!built.local(&out).exists());
        let link = MachinePath::parse(OsKind::Linux, "/home/lan/.config").unwrap();
        assert!(!built.local(&link).starts_with("/etc"));
        assert!(!built.local(&link).exists());
    }

    #[cfg(unix)]
    #[test]
    fn a_fifo_for_scenario_toml_facts_toml_or_a_command_output_is_refused_without_blocking() {
        let mkfifo = |path: &Path| {
            let c = std::ffi::CString::new(path.as_os_str().as_encoded_bytes()).unwrap();
            // SAFETY: `c` is a valid NUL-terminated path; mkfifo only creates a node.
            assert_eq!(unsafe { libc::mkfifo(c.as_ptr(), 0o600) }, 0);
        };
        let dir = tempfile::tempdir().unwrap();
        mkfifo(&dir.path().join(SCENARIO_FILE));
        let err = ScenarioEnv::load(dir.path()).unwrap_err();
        assert_eq!(err.to_msg().id, "check-scenario-unreadable");

        let dir = tempfile::tempdir().unwrap();
        scenario_with(dir.path(), "");
        std::fs::create_dir_all(dir.path().join("commands")).unwrap();
        mkfifo(&dir.path().join("commands/mdatp-health.out"));
        assert!(matches!(
            ScenarioEnv::load(dir.path()),
            Err(ScenarioError::Io { .. })
        ));

        // Nobody writes to this FIFO either: read with `std::fs`, the load would hang here.
        let dir = tempfile::tempdir().unwrap();
        scenario_with(dir.path(), "");
        mkfifo(&dir.path().join(FACTS_FILE));
        assert!(matches!(
            ScenarioEnv::load(dir.path()),
            Err(ScenarioError::Io { error: ReadError::NotAFile, ref path }) if path.ends_with(FACTS_FILE)
        ));
    }

    #[test]
    fn a_damaged_facts_toml_is_placed_by_line_and_a_bad_entry_is_named() {
        let dir = tempfile::tempdir().unwrap();
        scenario_with(dir.path(), "");
        std::fs::write(
            dir.path().join(FACTS_FILE),
            "[os]\ncaption = \"Windows\"\n[[[\n",
        )
        .unwrap();
        let Err(ScenarioError::Invalid {
            problem: Malformed::Damaged(e),
            ..
        }) = ScenarioEnv::load(dir.path())
        else {
            panic!("a damaged facts.toml is an error");
        };
        assert_eq!((e.format, e.line), ("toml", 3));
        std::fs::write(
            dir.path().join(FACTS_FILE),
            "[defender]\nerror = \"fine\"\n",
        )
        .unwrap();
        let err = ScenarioEnv::load(dir.path()).unwrap_err();
        assert!(
            matches!(&err, ScenarioError::Invalid { problem: Malformed::Entry(e), .. } if e == "defender")
        );
        assert_eq!(err.to_msg().id, "check-scenario-invalid");
    }
}
