//! Who Windows says published TựKiểm (the programs' CompanyName and LegalCopyright, the
//! installer's "Programs and Features" entry): the project, from its own build configuration —
//! never the agency a profile or a bundle speaks for. The app speaks *for* the agency; the agency
//! did not publish it (review wording-3, B1). tests/windows/wine-test reads the installed
//! programs' version information and the Uninstall entry for the same thing.

use std::path::{Path, PathBuf};
use std::process::Command;

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn read(path: &str) -> String {
    std::fs::read_to_string(repo().join(path)).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn conf_field(pointer: &str) -> String {
    let conf: serde_json::Value = serde_json::from_str(&read("src-tauri/tauri.conf.json")).unwrap();
    conf.pointer(pointer)
        .and_then(|v| v.as_str())
        .unwrap_or_else(|| panic!("tauri.conf.json has no {pointer}"))
        .to_owned()
}

/// The agency names (vi and en) of every profile shipped in the repository.
fn shipped_agencies() -> Vec<String> {
    let mut names = Vec::new();
    for entry in std::fs::read_dir(repo().join("profiles")).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "toml") {
            let text = std::fs::read_to_string(&path).unwrap();
            let profile = tukiem_core::profile::Profile::parse(&text, &path.display().to_string())
                .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            names.push(profile.agency.name.vi.clone());
            names.push(profile.agency.name.en.clone());
        }
    }
    assert!(!names.is_empty(), "no profile found under profiles/");
    names
}

/// What `scripts/lib.sh`'s function prints, with the given TUKIEM_PUBLISHER (or none).
fn lib_sh(function: &str, publisher: Option<&str>) -> String {
    let mut cmd = Command::new("bash");
    cmd.current_dir(repo())
        .arg("-c")
        .arg(format!("source scripts/lib.sh && {function}"))
        .env_remove("TUKIEM_PUBLISHER");
    if let Some(p) = publisher {
        cmd.env("TUKIEM_PUBLISHER", p);
    }
    let out = cmd.output().expect("bash runs");
    assert!(
        out.status.success(),
        "{function}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap().trim_end().to_owned()
}

#[test]
fn the_project_is_the_publisher_and_no_shipped_profile_agency_is() {
    let publisher = conf_field("/bundle/publisher");
    let copyright = conf_field("/bundle/copyright");
    assert!(!publisher.trim().is_empty());
    for agency in shipped_agencies() {
        assert!(
            !publisher.contains(&agency) && !copyright.contains(&agency),
            "the publisher \"{publisher}\" / copyright \"{copyright}\" names the agency \"{agency}\""
        );
    }
}

#[test]
fn the_windows_build_takes_the_publisher_from_the_project_or_whoever_builds_it() {
    assert_eq!(
        lib_sh("project_publisher", None),
        conf_field("/bundle/publisher")
    );
    assert_eq!(
        lib_sh("project_copyright", None),
        conf_field("/bundle/copyright")
    );
    // A Department that builds its own copy says so itself; a profile has no say.
    assert_eq!(
        lib_sh(
            "project_publisher",
            Some("Sở Khoa học và Công nghệ tỉnh Ninh Bình")
        ),
        "Sở Khoa học và Công nghệ tỉnh Ninh Bình"
    );
}

#[test]
fn the_build_scripts_and_the_installer_read_no_profile_for_the_publisher() {
    let build = read("scripts/windows-build");
    assert!(build.contains("publisher=$(project_publisher)"));
    assert!(
        build.contains("\"-DPUBLISHER=$publisher\"")
            && build.contains("\"-DCOPYRIGHT=$copyright\"")
    );
    let nsi = read("installer/windows/tukiem.nsi");
    assert!(nsi.contains(r#"VIAddVersionKey /LANG=0 "CompanyName" "${PUBLISHER}""#));
    assert!(nsi.contains(r#"VIAddVersionKey /LANG=0 "LegalCopyright" "${COPYRIGHT}""#));
    assert!(nsi.contains(r#""Publisher" "${PUBLISHER}""#));
    for path in [
        "scripts/lib.sh",
        "scripts/windows-build",
        "installer/windows/tukiem.nsi",
    ] {
        let text = read(path);
        assert!(
            !text.contains("[agency]") && !text.contains("profiles/"),
            "{path} reads a profile"
        );
    }
    assert!(read("crates/cli/build.rs").contains("\"/bundle/publisher\""));
}
