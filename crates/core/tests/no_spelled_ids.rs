//! A status, a verdict or any other code gets its message in core, once (`Status::msg`,
//! `State::msg`, `app::passwords::verdict_msg` …): the shells never spell a message id from a code.
//! `catalogue.rs` can only check ids written whole, so an id put together in the UI or the CLI
//! (`` t(`check-status-${s}`) ``, `l.text(&format!("pw-verdict-{v}"))`) would break unseen when
//! a code is renamed. This scan finds a message looked up by a built name.

use std::path::{Path, PathBuf};

fn sources(dir: &str, ext: &str) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../..")
            .join(dir),
    ];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display())) {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|x| x == ext) {
                out.push(path);
            }
        }
    }
    out
}

/// Each line of the `files` holding one of the `lookups`, as `file:line: text`.
fn offenders(files: &[PathBuf], lookups: &[&str]) -> Vec<String> {
    let mut out = Vec::new();
    for path in files {
        let text = std::fs::read_to_string(path).unwrap();
        for (n, line) in text.lines().enumerate() {
            if lookups.iter().any(|l| line.contains(l)) {
                out.push(format!("{}:{}: {}", path.display(), n + 1, line.trim()));
            }
        }
    }
    out
}

/// The web view's lookups (`t`, `tm`) never take a template string.
const UI_LOOKUPS: &[&str] = &["t(`", "tm(`", "t( `"];
/// The terminal's and the desktop shell's lookups never take a `format!`.
const RUST_LOOKUPS: &[&str] = &[
    ".text(&format!",
    ".text(format!",
    "Msg::new(&format!",
    "Msg::new(format!",
];

#[test]
fn no_message_id_is_spelled_from_a_code_in_the_ui_or_the_shells() {
    let mut found = offenders(&sources("ui/src", "ts"), UI_LOOKUPS);
    let mut rust = sources("crates/cli/src", "rs");
    rust.extend(sources("src-tauri/src", "rs"));
    found.extend(offenders(&rust, RUST_LOOKUPS));
    assert!(
        found.is_empty(),
        "message ids built from a code outside core (give the code its message in core):\n{}",
        found.join("\n")
    );
}

#[test]
fn the_scan_sees_the_forms_it_forbids() {
    // A control: the scan is not vacuous.
    let dir = std::env::temp_dir().join(format!("tukiem-spelled-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let ts = dir.join("a.ts");
    std::fs::write(&ts, "x(t(`check-status-${s}`));\nt(\"whole-id\");\n").unwrap();
    let rs = dir.join("a.rs");
    std::fs::write(
        &rs,
        "l.text(&format!(\"pw-verdict-{v}\"));\nl.text(\"whole\");\n",
    )
    .unwrap();
    assert_eq!(offenders(&[ts], UI_LOOKUPS).len(), 1);
    assert_eq!(offenders(&[rs], RUST_LOOKUPS).len(), 1);
    std::fs::remove_dir_all(&dir).unwrap();
}
