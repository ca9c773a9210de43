//! Remote-access tools (UltraViewer, TeamViewer, AnyDesk, …). They are legitimate support tools,
//! and also what phone scammers ask victims to install: the finding explains, it does not accuse.

use serde::Serialize;

use super::{Action, Check, CheckOutput, Env, Finding, MachinePath, OsKind, Status, reason};
use crate::Msg;

/// A remote-access tool found on the machine.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct RemoteTool {
    /// Stable id: ultraviewer, teamviewer, anydesk, rustdesk, quickassist, …
    pub id: &'static str,
    /// The product's own name (not translated).
    pub name: &'static str,
    pub running: bool,
    pub installed: bool,
}

struct Known {
    id: &'static str,
    name: &'static str,
    /// Executable names, compared without case and without a trailing `.exe`.
    processes: &'static [&'static str],
    /// Install folders relative to `%ProgramFiles%` / `%ProgramFiles(x86)%` on Windows.
    windows_dirs: &'static [&'static str],
    /// Absolute install paths on Linux and macOS.
    unix_paths: &'static [&'static str],
}

/// Process names from the LOLRMM catalogue (`magicsword-io/LOLRMM`, see
/// `../shared/reference/machine-checks.md` A9). Quick Assist ships with Windows, so only a
/// running one counts.
const KNOWN: &[Known] = &[
    Known {
        id: "ultraviewer",
        name: "UltraViewer",
        processes: &["ultraviewer_desktop", "ultraviewer_service"],
        windows_dirs: &["UltraViewer"],
        unix_paths: &[],
    },
    Known {
        id: "teamviewer",
        name: "TeamViewer",
        processes: &[
            "teamviewer",
            "teamviewer_service",
            "teamviewerqs",
            "tv_w32",
            "tv_x64",
            "teamviewerd",
        ],
        windows_dirs: &["TeamViewer"],
        unix_paths: &[
            "/opt/teamviewer",
            "/Applications/TeamViewer.app",
            "/Applications/TeamViewerQS.app",
        ],
    },
    Known {
        id: "anydesk",
        name: "AnyDesk",
        processes: &["anydesk"],
        windows_dirs: &["AnyDesk"],
        unix_paths: &[
            "/usr/bin/anydesk",
            "/usr/libexec/anydesk",
            "/Applications/AnyDesk.app",
        ],
    },
    Known {
        id: "rustdesk",
        name: "RustDesk",
        processes: &["rustdesk"],
        windows_dirs: &["RustDesk"],
        unix_paths: &[
            "/usr/bin/rustdesk",
            "/usr/lib/rustdesk",
            "/Applications/RustDesk.app",
        ],
    },
    Known {
        id: "quickassist",
        name: "Quick Assist",
        processes: &["quickassist"],
        windows_dirs: &[],
        unix_paths: &[],
    },
    Known {
        id: "chrome-remote-desktop",
        name: "Chrome Remote Desktop",
        processes: &["remoting_host", "chrome-remote-desktop-host"],
        windows_dirs: &["Google\\Chrome Remote Desktop"],
        unix_paths: &["/opt/google/chrome-remote-desktop"],
    },
    Known {
        id: "todesk",
        name: "ToDesk",
        processes: &["todesk", "todesk_service"],
        windows_dirs: &["ToDesk"],
        unix_paths: &[],
    },
    Known {
        id: "sunlogin",
        name: "SunLogin",
        processes: &["sunloginclient", "oraysunloginservice", "orayremoteservice"],
        windows_dirs: &["Oray\\SunLogin"],
        unix_paths: &[],
    },
    Known {
        id: "anyviewer",
        name: "AnyViewer",
        processes: &["anyviewer", "rcservice"],
        windows_dirs: &["AnyViewer"],
        unix_paths: &[],
    },
];

pub struct RemoteAccessCheck;

impl Check for RemoteAccessCheck {
    fn id(&self) -> &'static str {
        "remote-access"
    }

    fn title(&self) -> Msg {
        Msg::new("check-remote-title")
    }

    fn run(&self, env: &dyn Env) -> CheckOutput {
        let processes = env.processes();
        let running_names: Vec<String> = match &processes {
            Ok(list) => list.iter().map(|p| normalized(&p.name)).collect(),
            Err(_) => Vec::new(),
        };
        let tools: Vec<RemoteTool> = KNOWN
            .iter()
            .filter_map(|k| {
                let running = k
                    .processes
                    .iter()
                    .any(|name| running_names.iter().any(|r| r == name));
                let installed = is_installed(env, k);
                (running || installed).then_some(RemoteTool {
                    id: k.id,
                    name: k.name,
                    running,
                    installed,
                })
            })
            .collect();

        let finding = match (&processes, tools.is_empty()) {
            // Nothing installed, but we could not see what runs (a portable copy would only
            // show up there): say so rather than "none found".
            (Err(detail), true) => Finding::unknown(
                self.id(),
                self.title(),
                reason::processes_unavailable(detail),
            ),
            (_, true) => Finding::new(
                self.id(),
                Status::Ok,
                self.title(),
                Msg::new("check-remote-none"),
            ),
            (_, false) => warning(self, &tools),
        };
        CheckOutput {
            findings: vec![finding],
            remote_access: tools,
            ..CheckOutput::default()
        }
    }
}

fn warning(check: &RemoteAccessCheck, tools: &[RemoteTool]) -> Finding {
    let names = |running: bool| -> String {
        tools
            .iter()
            .filter(|t| t.running == running)
            .map(|t| t.name)
            .collect::<Vec<_>>()
            .join(", ")
    };
    let running = names(true);
    let summary = if running.is_empty() {
        Msg::new("check-remote-installed").arg("names", names(false))
    } else {
        Msg::new("check-remote-running").arg("names", running)
    };
    Finding::new(check.id(), Status::Warning, check.title(), summary)
        .advise(Msg::new("check-remote-advice-own"))
        .advise(Msg::new("check-remote-advice-stranger"))
        .evidence("tools", tools.iter().map(|t| t.id).collect::<Vec<_>>())
        .action(Action::Steps {
            label: Msg::new("check-remote-steps-label"),
            steps: vec![
                Msg::new("check-remote-step-close"),
                Msg::new("check-remote-step-never-share"),
                Msg::new("check-remote-step-unplug"),
                Msg::new("check-remote-step-report"),
            ],
        })
}

/// `TeamViewer.exe` → `teamviewer`: Windows names carry `.exe` and any case.
fn normalized(name: &str) -> String {
    let lower = name.to_lowercase();
    lower.strip_suffix(".exe").unwrap_or(&lower).to_owned()
}

fn is_installed(env: &dyn Env, known: &Known) -> bool {
    let exists = |p: &MachinePath| env.local(p).exists();
    match env.os() {
        OsKind::Windows => ["ProgramFiles", "ProgramFiles(x86)"]
            .iter()
            .filter_map(|v| env.path_var(v))
            .any(|root| known.windows_dirs.iter().any(|d| exists(&root.join(d)))),
        os => known
            .unix_paths
            .iter()
            .filter_map(|p| MachinePath::parse(os, p))
            .any(|p| exists(&p)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checks::scenario::ScenarioEnv;

    fn windows(dir: &std::path::Path) -> ScenarioEnv {
        ScenarioEnv::new(OsKind::Windows, dir, 0)
            .with_var("ProgramFiles", r"C:\Program Files")
            .with_var("ProgramFiles(x86)", r"C:\Program Files (x86)")
    }

    #[test]
    fn nothing_found_is_ok() {
        let dir = tempfile::tempdir().unwrap();
        let out = RemoteAccessCheck.run(&windows(dir.path()).with_process("explorer.exe", None));
        assert_eq!(out.findings[0].status, Status::Ok);
        assert!(out.remote_access.is_empty());
    }

    #[test]
    fn a_running_tool_is_a_warning_whatever_the_case_of_its_name() {
        let dir = tempfile::tempdir().unwrap();
        let env = windows(dir.path()).with_process("ULTRAVIEWER_Desktop.EXE", None);
        let out = RemoteAccessCheck.run(&env);
        let f = &out.findings[0];
        assert_eq!(f.status, Status::Warning);
        assert_eq!(f.summary.id, "check-remote-running");
        assert_eq!(
            out.remote_access,
            vec![RemoteTool {
                id: "ultraviewer",
                name: "UltraViewer",
                running: true,
                installed: false
            }]
        );
    }

    #[test]
    fn an_installed_tool_is_found_in_program_files_x86() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(dir.path().join("C/Program Files (x86)/UltraViewer")).unwrap();
        let out = RemoteAccessCheck.run(&windows(dir.path()));
        assert_eq!(out.findings[0].summary.id, "check-remote-installed");
        assert!(out.remote_access[0].installed && !out.remote_access[0].running);
    }

    #[test]
    fn quick_assist_counts_only_when_running() {
        let dir = tempfile::tempdir().unwrap();
        let out = RemoteAccessCheck.run(&windows(dir.path()).with_process("QuickAssist.exe", None));
        assert_eq!(out.remote_access[0].id, "quickassist");
    }

    #[test]
    fn linux_install_paths_are_probed() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(dir.path().join("usr/bin")).unwrap();
        std::fs::write(dir.path().join("usr/bin/anydesk"), "").unwrap();
        let env = ScenarioEnv::new(OsKind::Linux, dir.path(), 0);
        let out = RemoteAccessCheck.run(&env);
        assert_eq!(out.remote_access[0].id, "anydesk");
    }

    #[test]
    fn an_unreadable_process_list_with_nothing_installed_is_unknown_not_ok() {
        let dir = tempfile::tempdir().unwrap();
        let env = windows(dir.path()).with_processes_error("access denied");
        let f = &RemoteAccessCheck.run(&env).findings[0];
        assert_eq!(f.status, Status::Unknown);
        assert_eq!(f.reason.as_ref().unwrap().id, "check-reason-processes");
    }
}
