//! Core holds every decision and knows nothing of the window: its dependency tree (normal and
//! build, on every desktop target) holds no Tauri crate, no web view and no windowing crate.

use std::process::Command;

const SHELL_PREFIXES: &[&str] = &["tauri", "wry", "tao", "webkit2gtk", "webview2"];

#[test]
fn core_has_no_tauri_dependency() {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let mut cmd = Command::new(cargo);
    cmd.args([
        "tree",
        "-p",
        "tukiem-core",
        "-e",
        "normal,build",
        "--prefix",
        "none",
        "--format",
        "{p}",
    ]);
    for target in [
        "x86_64-pc-windows-msvc",
        "x86_64-unknown-linux-gnu",
        "aarch64-apple-darwin",
    ] {
        cmd.args(["--target", target]);
    }
    let out = cmd
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("cargo tree runs");
    assert!(
        out.status.success(),
        "cargo tree failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let tree = String::from_utf8_lossy(&out.stdout);
    let names: Vec<&str> = tree
        .lines()
        .filter_map(|l| l.split_whitespace().next())
        .collect();
    assert!(names.contains(&"tukiem-core"), "the tree was read: {tree}");
    let shell: Vec<&&str> = names
        .iter()
        .filter(|n| {
            SHELL_PREFIXES
                .iter()
                .any(|p| **n == *p || n.starts_with(&format!("{p}-")))
        })
        .collect();
    assert!(shell.is_empty(), "core depends on {shell:?}");
}
