//! A check reads the machine only through `Env`: its facts (OS, variables, processes, commands,
//! native Windows facts, the clock) come from the `Env` it is given, and the files it reads are
//! the local paths `Env::local` maps a machine path to. That is what lets a recorded scenario
//! check Windows on Linux, and what keeps a recording from reading this computer.
//!
//! A source scan of `crates/core/src/checks` (test code and comments left out): no check names a
//! way to the machine of its own. The two `Env`s themselves (`system.rs` with `native/`, and
//! `scenario.rs`) and `training.rs` (which writes the shipped scenarios out) are what the rule
//! is about, not bound by it.

use std::collections::BTreeSet;
use std::path::Path;

#[path = "support/rust_source.rs"]
mod rust_source;

/// What reaches the machine without `Env`.
const FORBIDDEN: &[(&str, &str)] = &[
    ("std::process", "a process: `Env::run` with a `CommandSpec`"),
    ("Command::new", "a process: `Env::run` with a `CommandSpec`"),
    ("std::env::", "a variable: `Env::var`"),
    ("env::var(", "a variable: `Env::var`"),
    ("env::vars(", "a variable: `Env::var`"),
    ("sysinfo", "processes: `Env::processes`"),
    ("chrono::Local", "the clock: `Env::now_unix`"),
    ("Utc::now", "the clock: `Env::now_unix`"),
    ("SystemTime::now", "the clock: `Env::now_unix`"),
    ("winreg", "the registry: `Env::registry`"),
    (
        "windows::Win32",
        "Windows APIs: the native facts behind `Env`",
    ),
    (
        "windows_core",
        "Windows APIs: the native facts behind `Env`",
    ),
    ("home_dir", "the home folder: `Env::home`"),
];

/// Reading the file system is reading the machine too: a check may, only on the local path
/// `Env::local` gives (through `outside`, which these files use for every file's content).
/// Each file here was read and does that; a new one must be looked at before it is added.
const FS_ON_LOCAL_PATHS: &[&str] = &["browsers/profiles.rs", "browsers/scan.rs", "extensions.rs"];

fn is_an_env(rel: &str) -> bool {
    rel == "system.rs" || rel == "scenario.rs" || rel == "training.rs" || rel.starts_with("native/")
}

#[test]
fn no_check_reaches_the_machine_but_through_env() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/checks");
    let files = rust_source::rust_files(&root);
    let mut tests = BTreeSet::new();
    let mut texts = Vec::new();
    for path in &files {
        let rel = path
            .strip_prefix(&root)
            .unwrap()
            .to_string_lossy()
            .replace('\\', "/");
        let text = std::fs::read_to_string(path).unwrap();
        let code = rust_source::code_only(&rust_source::without_tests(&rel, &text, &mut tests));
        texts.push((rel, code));
    }
    let mut problems = Vec::new();
    for (rel, code) in &texts {
        if tests.contains(rel) || is_an_env(rel) {
            continue;
        }
        for (needle, instead) in FORBIDDEN {
            if code.contains(needle) {
                problems.push(format!("checks/{rel} names `{needle}`: read {instead}"));
            }
        }
        let fs =
            code.contains("std::fs") || code.contains("fs::read") || code.contains("File::open");
        if fs && !FS_ON_LOCAL_PATHS.contains(&rel.as_str()) {
            problems.push(format!(
                "checks/{rel} uses the file system: read through `outside` on `env.local(path)`, \
                 then add the file to FS_ON_LOCAL_PATHS once it does"
            ));
        }
    }
    assert!(problems.is_empty(), "\n{}", problems.join("\n"));
    assert!(
        texts
            .iter()
            .any(|(rel, code)| rel == "system.rs" && code.contains("Command::new")),
        "the scan reads the real sources (system.rs spawns the commands)"
    );
}
