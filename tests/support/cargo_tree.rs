//! What the dependency-tree tests share (`crates/core/tests/no_tauri.rs`,
//! `src-tauri/tests/no_network_client.rs`): the crate names `cargo tree` lists, and matching a
//! name against a family of crates. Included with `#[path]`: the two tests live in two crates.

#![allow(dead_code)] // each test that includes this file uses a part of it

use std::collections::BTreeSet;
use std::process::Command;

/// The names of every crate in `package`'s dependency tree over `edges` (`normal`,
/// `normal,build`), on each of `targets`.
pub fn dependency_names(package: &str, edges: &str, targets: &[&str]) -> BTreeSet<String> {
    dependency_packages(package, edges, targets)
        .into_iter()
        .map(|(name, _)| name)
        .collect()
}

/// `name` is one of `families` or starts with one and a hyphen (`hyper-util` is `hyper`'s).
pub fn in_family(name: &str, families: &[&str]) -> bool {
    families
        .iter()
        .any(|f| name == *f || name.starts_with(&format!("{f}-")))
}

/// Every crate in `package`'s dependency tree over `edges` on each of `targets`, as
/// `(name, version)` (version without its `v`).
pub fn dependency_packages(
    package: &str,
    edges: &str,
    targets: &[&str],
) -> BTreeSet<(String, String)> {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let mut cmd = Command::new(cargo);
    cmd.args([
        "tree", "-p", package, "-e", edges, "--prefix", "none", "--format", "{p}",
    ]);
    for target in targets {
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
        .filter_map(|l| {
            let mut words = l.split_whitespace();
            let name = words.next()?;
            let version = words.next()?.strip_prefix('v')?;
            Some((name.to_owned(), version.to_owned()))
        })
        .collect()
}
