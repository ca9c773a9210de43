//! Nothing leaves the machine: the shipped app's normal dependency tree, on every desktop platform
//! it ships for, holds no HTTP or TLS client crate.
//!
//! (Tauri itself depends on reqwest on Android and iOS only; TựKiểm ships for desktops, so the
//! check names the desktop targets instead of `--target all`.)

use std::collections::BTreeSet;
use std::process::Command;

/// Crates that make network requests or speak TLS; a name starting with any of these counts.
const FORBIDDEN_PREFIXES: &[&str] = &[
    "reqwest",
    "hyper",
    "ureq",
    "isahc",
    "curl",
    "rustls",
    "native-tls",
    "openssl",
    "tokio-rustls",
    "tokio-native-tls",
    "attohttpc",
    "h2",
    "surf",
    "awc",
];

fn forbidden(name: &str) -> bool {
    FORBIDDEN_PREFIXES
        .iter()
        .any(|p| name == *p || name.starts_with(&format!("{p}-")))
}

const SHIPPED_TARGETS: &[&str] = &[
    "x86_64-pc-windows-msvc",
    "x86_64-pc-windows-gnu",
    "aarch64-pc-windows-msvc",
    "x86_64-unknown-linux-gnu",
    "aarch64-unknown-linux-gnu",
    "x86_64-apple-darwin",
    "aarch64-apple-darwin",
];

fn dependency_names() -> BTreeSet<String> {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let mut cmd = Command::new(cargo);
    cmd.args([
        "tree", "-p", "tukiem", "-e", "normal", "--prefix", "none", "--format", "{p}",
    ]);
    for target in SHIPPED_TARGETS {
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
    String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .filter_map(|l| l.split_whitespace().next().map(str::to_owned))
        .collect()
}

#[test]
fn shipped_app_has_no_http_or_tls_client() {
    let names = dependency_names();
    // The tree really is the app's: it holds the shell and the core.
    assert!(
        names.contains("tauri") && names.contains("tukiem-core"),
        "unexpected tree: {names:?}"
    );
    let bad: Vec<_> = names.iter().filter(|n| forbidden(n)).collect();
    assert!(bad.is_empty(), "network client crates in the app: {bad:?}");
}

#[test]
fn the_filter_recognises_client_crates() {
    assert!(forbidden("reqwest") && forbidden("hyper-util") && forbidden("rustls-pki-types"));
    assert!(forbidden("openssl-sys") && forbidden("h2"));
    assert!(!forbidden("http") && !forbidden("tauri") && !forbidden("hyphenation"));
}
