//! On Windows targets, gives tukiem-cli.exe the same version information as tukiem.exe (which
//! tauri-build writes from src-tauri/tauri.conf.json): product name, version, and the project's
//! publisher and copyright — what Windows shows in the file's Properties. The publisher is
//! `TUKIEM_PUBLISHER` when scripts/windows-build passes one, else the project's own
//! (`bundle.publisher`); never a profile's agency. Other targets get nothing.

use std::path::Path;

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-env-changed=TUKIEM_PUBLISHER");
    if std::env::var("CARGO_CFG_TARGET_OS").as_deref() != Ok("windows") {
        return;
    }
    let conf_path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../src-tauri/tauri.conf.json");
    println!("cargo:rerun-if-changed={}", conf_path.display());
    let conf: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(&conf_path).expect("src-tauri/tauri.conf.json is readable"),
    )
    .expect("src-tauri/tauri.conf.json is JSON");
    let field = |pointer: &str| -> String {
        conf.pointer(pointer)
            .and_then(|v| v.as_str())
            .unwrap_or_else(|| panic!("src-tauri/tauri.conf.json has no {pointer}"))
            .to_owned()
    };
    let publisher = std::env::var("TUKIEM_PUBLISHER")
        .ok()
        .filter(|p| !p.is_empty())
        .unwrap_or_else(|| field("/bundle/publisher"));
    // The product's name is the window's title ("productName" stays the file name `tukiem`).
    let product = field("/app/windows/0/title");
    let icon = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../icons/icon.ico");

    let mut res = tauri_winres::WindowsResource::new();
    res.set("ProductName", &product)
        .set("FileDescription", &product)
        .set("CompanyName", &publisher)
        .set("LegalCopyright", &field("/bundle/copyright"))
        .set_icon(&icon.display().to_string());
    res.compile()
        .expect("the Windows resource compiler (mingw's windres) ran");
}
