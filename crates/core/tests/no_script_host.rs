//! TựKiểm never launches a script host (PowerShell, `cmd`, a shell): security products flag a
//! program that does, and on Windows every fact comes from Windows' own APIs. Pinned two ways:
//! the engine's one spawner refuses them (`checks::system` tests), and no shipped source names
//! one except that refusal list.

use std::path::{Path, PathBuf};

fn shipped_sources() -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let mut out = Vec::new();
    let mut stack: Vec<PathBuf> = [
        "crates/core/src",
        "crates/cli/src",
        "src-tauri/src",
        "ui/src",
    ]
    .iter()
    .map(|d| root.join(d))
    .collect();
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display())) {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|x| {
                ["rs", "ts", "ps1", "bat", "cmd", "vbs"].contains(&x.to_str().unwrap_or(""))
            }) {
                out.push(path);
            }
        }
    }
    out
}

#[test]
fn no_shipped_source_names_a_script_host_but_the_refusal_list() {
    let mut offenders = Vec::new();
    for path in shipped_sources() {
        let ext = path.extension().and_then(|x| x.to_str()).unwrap_or("");
        assert!(
            !["ps1", "bat", "cmd", "vbs"].contains(&ext),
            "a script ships: {}",
            path.display()
        );
        let text = std::fs::read_to_string(&path).unwrap().to_ascii_lowercase();
        // The refusal list, and the Run-box check that recognises script hosts in what the
        // person typed (it reads the registry; it starts nothing).
        let allowed = path.ends_with("checks/env.rs")
            || path.ends_with("checks/system.rs")
            || path.ends_with("checks/posture/run_box.rs")
            || path.ends_with("checks/posture/run_box_tests.rs");
        for needle in [
            "powershell",
            "pwsh",
            "cmd.exe",
            "wscript",
            "cscript",
            "mshta",
        ] {
            if text.contains(needle) && !allowed {
                offenders.push(format!("{}: {needle}", path.display()));
            }
        }
    }
    assert!(offenders.is_empty(), "{offenders:#?}");
}

#[test]
fn only_the_engine_s_spawner_starts_programs() {
    let spawners: Vec<String> = shipped_sources()
        .into_iter()
        .filter(|p| p.extension().is_some_and(|x| x == "rs"))
        .filter(|p| {
            // clap's `Command` is the argument parser's, not a process.
            let text = std::fs::read_to_string(p)
                .unwrap()
                .replace("clap::Command::new(", "");
            text.contains("process::Command") || text.contains("Command::new(")
        })
        .map(|p| p.display().to_string())
        .collect();
    assert!(
        spawners
            .iter()
            .all(|p| p.ends_with("checks/system.rs") || p.ends_with("assessment/pdf.rs")),
        "{spawners:#?}"
    );
}
