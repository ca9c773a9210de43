//! Core holds every decision and knows nothing of the window: its dependency tree (normal and
//! build, on every desktop target) holds no Tauri crate, no web view and no windowing crate.

#[path = "../../../tests/support/cargo_tree.rs"]
mod cargo_tree;

const SHELL_PREFIXES: &[&str] = &["tauri", "wry", "tao", "webkit2gtk", "webview2"];

#[test]
fn core_has_no_tauri_dependency() {
    let names = cargo_tree::dependency_names(
        "tukiem-core",
        "normal,build",
        &[
            "x86_64-pc-windows-msvc",
            "x86_64-unknown-linux-gnu",
            "aarch64-apple-darwin",
        ],
    );
    assert!(
        names.contains("tukiem-core"),
        "the tree was read: {names:?}"
    );
    let shell: Vec<&String> = names
        .iter()
        .filter(|n| cargo_tree::in_family(n, SHELL_PREFIXES))
        .collect();
    assert!(shell.is_empty(), "core depends on {shell:?}");
}
