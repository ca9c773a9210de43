//! `docs/third-party-notices.txt` ships beside the programs (the Windows installer and the Linux
//! packages install it). These tests fail when something whose licence asks for a notice is
//! added to what the programs embed without a line in it.

use std::path::Path;

fn repo(path: &str) -> String {
    let full = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .join(path);
    std::fs::read_to_string(&full).unwrap_or_else(|e| panic!("{}: {e}", full.display()))
}

#[test]
fn every_word_list_under_a_licence_that_asks_for_attribution_is_in_the_notices() {
    let notices = repo("docs/third-party-notices.txt");
    let readme = repo("crates/core/data/vi/README.md");
    let attributed: Vec<&str> = readme
        .lines()
        .filter(|row| row.contains("CC-BY-SA") || row.contains("MIT (©"))
        .filter_map(|row| row.split('`').nth(1))
        .collect();
    assert!(attributed.contains(&"syllables.txt"), "{attributed:?}");
    for file in attributed {
        assert!(notices.contains(file), "{file} is not in the notices");
    }
    assert!(notices.contains("CC BY-SA 4.0") && notices.contains("Robyn Speer"));
}

#[test]
fn every_embedded_font_is_in_the_notices_with_its_licence() {
    let notices = repo("docs/third-party-notices.txt");
    // The PDF fonts: their licence file starts with the family's name.
    let pdf_fonts = repo("crates/core/data/fonts/OFL.txt");
    let family = pdf_fonts
        .lines()
        .next()
        .and_then(|l| l.split(" (").next())
        .unwrap();
    assert!(notices.contains(family), "{family}");
    // The screen fonts: every Fontsource package the UI depends on.
    let package: serde_json::Value = serde_json::from_str(&repo("package.json")).unwrap();
    let fonts: Vec<&String> = ["dependencies", "devDependencies"]
        .iter()
        .filter_map(|k| package[k].as_object())
        .flat_map(|deps| deps.keys())
        .filter(|name| name.starts_with("@fontsource/"))
        .collect();
    assert!(!fonts.is_empty());
    for name in fonts {
        assert!(notices.contains(&format!("({name})")), "{name}");
    }
    assert!(notices.contains("SIL Open Font License, Version 1.1") && notices.contains("PREAMBLE"));
}

#[test]
fn the_installers_ship_the_notices() {
    let nsis = repo("installer/windows/tukiem.nsi");
    assert!(nsis.contains(r#"File "${SRCDIR}\third-party-notices.txt""#));
    assert!(nsis.contains(r#"Delete "$INSTDIR\third-party-notices.txt""#));
    assert!(nsis.contains(r#"File "${SRCDIR}\third-party-rust-licenses.txt""#));
    assert!(nsis.contains(r#"Delete "$INSTDIR\third-party-rust-licenses.txt""#));
    assert!(repo("scripts/windows-build").contains("docs/third-party-notices.txt"));
    assert!(repo("scripts/windows-build").contains("docs/third-party-rust-licenses.txt"));
    let conf: serde_json::Value = serde_json::from_str(&repo("src-tauri/tauri.conf.json")).unwrap();
    for package in ["deb", "rpm"] {
        let files = &conf["bundle"]["linux"][package]["files"];
        assert_eq!(
            files["/usr/share/doc/tukiem/third-party-notices.txt"],
            "../docs/third-party-notices.txt",
            "{package}"
        );
        assert_eq!(
            files["/usr/share/doc/tukiem/third-party-rust-licenses.txt"],
            "../docs/third-party-rust-licenses.txt",
            "{package}"
        );
    }
}

#[path = "../../../tests/support/cargo_tree.rs"]
mod cargo_tree;

/// The desktops the programs ship for (as in deny.toml and about.toml).
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
fn every_rust_crate_in_the_programs_has_its_licence_text_in_the_shipped_notices() {
    let licenses = repo("docs/third-party-rust-licenses.txt");
    let listed: std::collections::BTreeSet<&str> = licenses
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect();
    let mut missing = Vec::new();
    for program in ["tukiem", "tukiem-cli"] {
        // Proc macros and what they use run while compiling and are not in the programs.
        for (name, version) in
            cargo_tree::dependency_packages(program, "normal,no-proc-macro", SHIPPED_TARGETS)
        {
            if name.starts_with("tukiem") {
                continue;
            }
            let line = format!("{name} {version}");
            if !listed.contains(line.as_str()) {
                missing.push(line);
            }
        }
    }
    missing.sort();
    missing.dedup();
    assert!(
        missing.is_empty(),
        "not in docs/third-party-rust-licenses.txt (run scripts/gen-notices): {missing:?}"
    );
    assert!(
        licenses.contains("Apache License") && licenses.contains("Permission is hereby granted")
    );
}
