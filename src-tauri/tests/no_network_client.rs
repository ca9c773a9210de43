//! Nothing leaves the machine: the shipped app's normal dependency tree, on every target
//! platform, holds no HTTP or TLS client crate.

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

fn dependency_names() -> BTreeSet<String> {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let out = Command::new(cargo)
        .args([
            "tree", "-p", "tukiem", "-e", "normal", "--target", "all", "--prefix", "none",
            "--format", "{p}",
        ])
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
