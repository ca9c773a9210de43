fn main() {
    // Declaring the app's commands puts them under the capability ACL; without a manifest every
    // `#[tauri::command]` is callable from any local page.
    let manifest = tauri_build::AppManifest::new().commands(&[
        "bootstrap",
        "advice",
        "set_language",
        "password_setup",
        "assess_password",
        "generate_password",
        "mark_done",
        "open_system_page",
        "checks_setup",
        "run_checks",
        "open_check_action",
        "incident_setup",
        "incident_mail",
        "open_incident_mail",
        "check_links",
        "quiz",
        "quiz_answer",
        "quiz_score",
        "training_setup",
        "start_training",
        "set_training_scenario",
        "stop_training",
        "summary",
        "save_report",
        "rollup_pick",
        "rollup_view",
        "rollup_save",
        "bundle_current",
        "bundle_pick",
        "bundle_install",
    ]);
    // On Windows targets tauri-build also embeds the version information, the icon and this
    // application manifest (no UAC prompt, DPI awareness, Windows 10/11 compatibility).
    let windows =
        tauri_build::WindowsAttributes::new().app_manifest(include_str!("windows-app.manifest"));
    tauri_build::try_build(
        tauri_build::Attributes::new()
            .app_manifest(manifest)
            .windows_attributes(windows),
    )
    .expect("tauri-build");
    // glibc builds pack their relative relocations (DT_RELR): the loader reads 10 KiB instead of
    // 0.7 MiB of `.rela.dyn`, pages that stayed resident for the life of the process (README,
    // "Footprint"). The binary then needs glibc 2.36 (Debian 12, Ubuntu 22.10) or newer.
    let target = |key: &str| std::env::var(key).unwrap_or_default();
    if target("CARGO_CFG_TARGET_OS") == "linux" && target("CARGO_CFG_TARGET_ENV") == "gnu" {
        println!("cargo:rustc-link-arg-bins=-Wl,-z,pack-relative-relocs");
    }
}
