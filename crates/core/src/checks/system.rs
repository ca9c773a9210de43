//! The real machine behind the `Env` seam.

use std::io::Read;
use std::path::PathBuf;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

#[cfg(windows)]
use super::facts::{
    DefenderFacts, Detection, Fact, Hive, InstalledUpdate, OsFacts, RegValues, WscProduct,
};
#[cfg(windows)]
use super::native::{self, with_budget};
use super::{CommandOutcome, CommandSpec, Env, MachinePath, OsKind, ProcessInfo};

/// Time budgets of the native readers (each on its own thread).
#[cfg(windows)]
mod budget {
    use std::time::Duration;
    pub const OS: Duration = Duration::from_secs(3);
    pub const SECURITY_CENTER: Duration = Duration::from_secs(8);
    pub const DEFENDER: Duration = Duration::from_secs(10);
    pub const DETECTIONS: Duration = Duration::from_secs(15);
    pub const REGISTRY: Duration = Duration::from_secs(3);
    pub const UPDATES: Duration = Duration::from_secs(8);
}

#[derive(Debug, Default)]
pub struct SystemEnv;

impl Env for SystemEnv {
    fn os(&self) -> OsKind {
        OsKind::current()
    }

    fn var(&self, name: &str) -> Option<String> {
        std::env::var_os(name).map(|v| v.to_string_lossy().into_owned())
    }

    fn var_os(&self, name: &str) -> Option<std::ffi::OsString> {
        std::env::var_os(name)
    }

    /// The exact native path when the text form is lossy, else the text form.
    fn local(&self, path: &MachinePath) -> PathBuf {
        match path.native() {
            Some(native) => native.to_path_buf(),
            None => PathBuf::from(path.to_string()),
        }
    }

    fn run(&self, command: &CommandSpec) -> CommandOutcome {
        if command.names_script_host() {
            return CommandOutcome::Failed("script hosts are never started".to_owned());
        }
        run_with_timeout(command)
    }

    fn processes(&self) -> Result<Vec<ProcessInfo>, String> {
        use sysinfo::{ProcessRefreshKind, ProcessesToUpdate, System, UpdateKind};
        let mut system = System::new();
        system.refresh_processes_specifics(
            ProcessesToUpdate::All,
            true,
            ProcessRefreshKind::nothing().with_exe(UpdateKind::OnlyIfNotSet),
        );
        let list: Vec<ProcessInfo> = system
            .processes()
            .values()
            .map(|p| ProcessInfo {
                name: p.name().to_string_lossy().into_owned(),
                exe: p.exe().map(|e| e.to_string_lossy().into_owned()),
            })
            .collect();
        if list.is_empty() {
            // Every OS has at least this process running: an empty list means we were not
            // allowed to see any.
            return Err("empty process list".to_owned());
        }
        Ok(list)
    }

    fn now_unix(&self) -> i64 {
        SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map_or(0, |d| d.as_secs() as i64)
    }

    #[cfg(windows)]
    fn os_facts(&self) -> Fact<OsFacts> {
        with_budget(budget::OS, native::windows::os_facts)
    }

    #[cfg(windows)]
    fn security_center(&self) -> Fact<Vec<WscProduct>> {
        with_budget(
            budget::SECURITY_CENTER,
            native::windows::wsc::antivirus_products,
        )
    }

    #[cfg(windows)]
    fn defender_status(&self) -> Fact<DefenderFacts> {
        with_budget(budget::DEFENDER, native::windows::wmi::defender_status)
    }

    #[cfg(windows)]
    fn defender_detections(&self) -> Fact<Vec<Detection>> {
        with_budget(budget::DETECTIONS, native::windows::wmi::detections)
    }

    #[cfg(windows)]
    fn installed_updates(&self) -> Fact<Vec<InstalledUpdate>> {
        with_budget(budget::UPDATES, native::windows::wmi::installed_updates)
    }

    #[cfg(windows)]
    fn registry(&self, hive: Hive, key: &str) -> Fact<Option<RegValues>> {
        let key = key.to_owned();
        with_budget(budget::REGISTRY, move || {
            native::windows::registry::values(hive, &key)
        })
    }

    #[cfg(windows)]
    fn registry_written(&self, hive: Hive, key: &str) -> Fact<Option<i64>> {
        let key = key.to_owned();
        with_budget(budget::REGISTRY, move || {
            native::windows::registry::written(hive, &key)
        })
    }
}

/// Runs a command without a shell and without a console window, killing it at the timeout.
fn run_with_timeout(spec: &CommandSpec) -> CommandOutcome {
    let mut command = Command::new(&spec.program);
    command
        .args(&spec.args)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    #[cfg(windows)]
    {
        use std::os::windows::process::CommandExt;
        // CREATE_NO_WINDOW: a GUI app spawning PowerShell must not flash a console.
        command.creation_flags(0x0800_0000);
    }
    let mut child = match command.spawn() {
        Ok(child) => child,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return CommandOutcome::NotFound,
        Err(e) => return CommandOutcome::Failed(e.to_string()),
    };
    // Pipes are drained on their own threads so a chatty command cannot block on a full pipe
    // while we wait for it.
    let stdout = drain(child.stdout.take());
    let stderr = drain(child.stderr.take());
    let deadline = Instant::now() + spec.timeout;
    let status = loop {
        match child.try_wait() {
            Ok(Some(status)) => break status,
            Ok(None) if Instant::now() >= deadline => {
                let _ = child.kill();
                let _ = child.wait();
                return CommandOutcome::TimedOut;
            }
            Ok(None) => std::thread::sleep(Duration::from_millis(20)),
            Err(e) => return CommandOutcome::Failed(e.to_string()),
        }
    };
    CommandOutcome::Exited {
        code: status.code(),
        stdout: joined(stdout),
        stderr: joined(stderr),
    }
}

fn drain<R: Read + Send + 'static>(pipe: Option<R>) -> Option<std::thread::JoinHandle<Vec<u8>>> {
    pipe.map(|mut pipe| {
        std::thread::spawn(move || {
            let mut buf = Vec::new();
            let _ = pipe.read_to_end(&mut buf);
            buf
        })
    })
}

fn joined(handle: Option<std::thread::JoinHandle<Vec<u8>>>) -> String {
    let bytes = handle.and_then(|h| h.join().ok()).unwrap_or_default();
    String::from_utf8_lossy(&bytes).into_owned()
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;

    fn spec(program: &str, args: &[&str], timeout_ms: u64) -> CommandSpec {
        CommandSpec::new("test", program, args, Duration::from_millis(timeout_ms))
    }

    #[test]
    fn output_and_exit_code_come_back() {
        let out = run_with_timeout(&spec("sh", &["-c", "printf 'h\u{1ec7}'; exit 3"], 10_000));
        assert_eq!(
            out,
            CommandOutcome::Exited {
                code: Some(3),
                stdout: "h\u{1ec7}".to_owned(),
                stderr: String::new()
            }
        );
    }

    #[test]
    fn a_missing_program_is_not_found() {
        let out = run_with_timeout(&spec("tukiem-no-such-program", &[], 1000));
        assert_eq!(out, CommandOutcome::NotFound);
    }

    #[test]
    fn a_hanging_command_is_killed_at_its_timeout() {
        let out = run_with_timeout(&spec("sleep", &["30"], 200));
        assert_eq!(out, CommandOutcome::TimedOut);
    }

    #[test]
    fn this_machine_never_starts_a_script_host() {
        for program in [
            "sh",
            "/bin/bash",
            r"C:\Windows\System32\cmd.exe",
            "PowerShell.EXE",
            "pwsh",
        ] {
            let out = SystemEnv.run(&spec(program, &["-c", "exit 0"], 1000));
            assert!(
                matches!(out, CommandOutcome::Failed(_)),
                "{program}: {out:?}"
            );
        }
        assert!(!spec("/usr/bin/clamscan", &[], 1).names_script_host());
    }

    #[test]
    fn this_machine_lists_its_own_processes() {
        let list = SystemEnv.processes().unwrap();
        assert!(!list.is_empty());
    }
}
