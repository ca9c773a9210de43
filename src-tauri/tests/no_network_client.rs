//! Nothing leaves the machine: the shipped app's normal dependency tree, on every desktop platform
//! it ships for, holds no HTTP or TLS client crate.
//!
//! (Tauri itself depends on reqwest on Android and iOS only; TựKiểm ships for desktops, so the
//! check names the desktop targets instead of `--target all`.)

#[path = "../../tests/support/cargo_tree.rs"]
mod cargo_tree;

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
    cargo_tree::in_family(name, FORBIDDEN_PREFIXES)
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

#[test]
fn shipped_app_has_no_http_or_tls_client() {
    let names = cargo_tree::dependency_names("tukiem", "normal", SHIPPED_TARGETS);
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
