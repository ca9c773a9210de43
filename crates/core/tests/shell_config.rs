//! What the desktop shell's configuration promises, read from the files the build uses:
//! the web view's content security policy (`'self'` only, no `unsafe-eval` or inline code, no
//! remote origin; only Tauri's IPC to connect to), `freezePrototype` on, no global Tauri object,
//! the one capability; and every build embedding the UI (`custom-protocol`), so tests, runs and
//! packages use the same bundled front-end and no dev server.

use std::path::{Path, PathBuf};

use serde_json::Value;

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn json(path: &str) -> Value {
    let text = std::fs::read_to_string(repo().join(path)).unwrap_or_else(|e| panic!("{path}: {e}"));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// What a CSP source list may hold: our own origin, nothing, inline images as `data:`, and
/// Tauri's IPC (`ipc:` and its Windows/Linux origin).
fn allowed_source(directive: &str, source: &str) -> bool {
    match source {
        "'self'" | "'none'" => true,
        "data:" => directive == "img-src",
        "ipc:" | "http://ipc.localhost" => directive == "connect-src",
        _ => false,
    }
}

#[test]
fn the_web_view_may_load_only_its_own_code_and_reach_only_the_ipc() {
    let conf = json("src-tauri/tauri.conf.json");
    let security = &conf["app"]["security"];
    let csp = security["csp"]
        .as_object()
        .expect("the CSP is set, as directives");
    for required in [
        "default-src",
        "script-src",
        "style-src",
        "connect-src",
        "object-src",
        "base-uri",
        "form-action",
        "frame-src",
    ] {
        assert!(csp.contains_key(required), "the CSP names {required}");
    }
    assert_eq!(csp["default-src"], "'self'");
    assert_eq!(
        csp["script-src"], "'self'",
        "no unsafe-eval, no inline script"
    );
    assert_eq!(csp["object-src"], "'none'");
    for (directive, sources) in csp {
        let sources = sources.as_str().expect("a source list");
        for source in sources.split_whitespace() {
            assert!(
                allowed_source(directive, source),
                "{directive} allows {source}: only 'self', the IPC and data: images"
            );
        }
    }
    assert_eq!(security["freezePrototype"], true);
    assert_eq!(security["capabilities"], serde_json::json!(["main"]));
    assert_eq!(conf["app"]["withGlobalTauri"], false);
    assert!(
        security
            .get("dangerousDisableAssetCspModification")
            .is_none()
    );
    // The test build's overlay changes the identifier only, never the security settings.
    let test = json("src-tauri/tauri.conf.test.json");
    assert!(
        test.get("app").is_none(),
        "tauri.conf.test.json overrides app: {test}"
    );
}

#[test]
fn every_build_embeds_the_ui() {
    let path = repo().join("src-tauri/Cargo.toml");
    let manifest: toml::Table = std::fs::read_to_string(&path).unwrap().parse().unwrap();
    let tauri = &manifest["dependencies"]["tauri"];
    let features: Vec<&str> = tauri
        .get("features")
        .and_then(toml::Value::as_array)
        .map(|f| f.iter().filter_map(toml::Value::as_str).collect())
        .unwrap_or_default();
    assert!(
        features.contains(&"custom-protocol"),
        "src-tauri/Cargo.toml: tauri without custom-protocol ({features:?}) would load a dev server"
    );
    // Not a feature a build can leave out: no `[features]` table turns it on or off.
    let optional = manifest
        .get("features")
        .and_then(toml::Value::as_table)
        .is_some_and(|f| {
            f.values()
                .any(|v| v.to_string().contains("custom-protocol"))
        });
    assert!(
        !optional,
        "custom-protocol is a build option in src-tauri/Cargo.toml"
    );
    assert_eq!(tauri.get("optional").and_then(toml::Value::as_bool), None);
}
