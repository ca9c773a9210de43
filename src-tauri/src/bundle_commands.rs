//! IPC for "Cập nhật hồ sơ đơn vị" (update the unit's profile): which profile speaks now, choose
//! a `*.tukiem` file and see what it holds and would change, install it. The file is chosen with
//! the dialog plugin's Rust API (the webview has no dialog or file-system permission and never
//! names a path); trust, versions and what changes are core's (`app::bundle`, `app::speaking`).
//! After an install the profile is loaded again, so every screen speaks for the new agency.
//!
//! Test build only (identifier `vn.tukiem.app.test`): `TUKIEM_E2E_BUNDLE_FILE` names the file
//! instead of the dialog, which WebDriver cannot drive.

use std::path::PathBuf;
use std::sync::Mutex;

use tauri::{AppHandle, State, WebviewWindow};
use tauri_plugin_dialog::DialogExt;
use tukiem_core::app::bundle as use_case;
use tukiem_core::app::replies::{BundleCurrent, BundleInstalled, BundlePicked};
use tukiem_core::app::speaking;
use tukiem_core::profile::ProfileSource;
use tukiem_core::{Lang, Localizer, Msg};

use crate::save_dialog::is_test_build;
use crate::state::AppState;

const E2E_BUNDLE_FILE: &str = "TUKIEM_E2E_BUNDLE_FILE";

/// The file last chosen: previewed, and installed only if the person confirms.
#[derive(Default)]
pub struct BundlePick {
    path: Mutex<Option<PathBuf>>,
}

impl BundlePick {
    fn get(&self) -> Option<PathBuf> {
        self.path.lock().unwrap_or_else(|p| p.into_inner()).clone()
    }

    fn set(&self, path: Option<PathBuf>) {
        *self.path.lock().unwrap_or_else(|p| p.into_inner()) = path;
    }
}

fn failed(detail: &str) -> Msg {
    Msg::new("bundle-screen-failed").arg("detail", detail)
}

#[tauri::command]
pub async fn bundle_current(
    state: State<'_, AppState>,
    language: Lang,
) -> Result<BundleCurrent, Msg> {
    let host = state.owned_host();
    // Reading and verifying the bundles on disk takes file reads: off the IPC thread.
    let refused = tauri::async_runtime::spawn_blocking(move || use_case::current(&host).refused)
        .await
        .map_err(|_| failed("-"))?;
    let loaded = &*state.profile.current();
    Ok(BundleCurrent {
        agency: loaded.profile.agency.name.clone(),
        source: speaking::source_lines(&state.host, loaded, language),
        refused,
    })
}

/// Asks for a `.tukiem` file and says what it holds. `Ok(None)`: the dialog was closed. A file
/// that cannot be used is `Err` with its reason; nothing is written either way.
#[tauri::command]
pub async fn bundle_pick(
    app: AppHandle,
    window: WebviewWindow,
    state: State<'_, AppState>,
    pick: State<'_, BundlePick>,
    language: Lang,
) -> Result<Option<BundlePicked>, Msg> {
    let _trim = crate::memory::TrimOnDrop;
    let test_file = is_test_build(&app)
        .then(|| std::env::var_os(E2E_BUNDLE_FILE))
        .flatten()
        .map(PathBuf::from);
    let host = state.owned_host();
    let reply = tauri::async_runtime::spawn_blocking(
        move || -> Result<Option<(PathBuf, BundlePicked)>, Msg> {
            let path = match test_file {
                Some(file) => file,
                None => {
                    let l = Localizer::new(language);
                    let chosen = app
                        .dialog()
                        .file()
                        .set_parent(&window)
                        .set_title(l.text("bundle-screen-pick-title"))
                        .add_filter(l.text("bundle-screen-filter"), &["tukiem"])
                        .blocking_pick_file();
                    match chosen {
                        None => return Ok(None),
                        Some(p) => p.into_path().map_err(|_| failed("-"))?,
                    }
                }
            };
            let preview = use_case::preview(&host, &path).map_err(|e| e.msg())?;
            let changes = preview.changes.lines(language);
            Ok(Some((path, BundlePicked { preview, changes })))
        },
    )
    .await
    .map_err(|_| failed("-"))?;
    // A refused file is forgotten: "install" can only ever act on a file that was shown.
    match reply {
        Ok(Some((path, reply))) => {
            pick.set(Some(path));
            Ok(Some(reply))
        }
        Ok(None) => Ok(None),
        Err(reason) => {
            pick.set(None);
            Err(reason)
        }
    }
}

/// Installs the file last shown (verified again: it may have changed since) and loads the
/// profile again. `Err` with the reason; then nothing was written.
#[tauri::command]
pub async fn bundle_install(
    state: State<'_, AppState>,
    pick: State<'_, BundlePick>,
) -> Result<BundleInstalled, Msg> {
    let Some(path) = pick.get() else {
        return Err(Msg::new("bundle-screen-nothing-picked"));
    };
    let host = state.owned_host();
    let preview = tauri::async_runtime::spawn_blocking(move || use_case::install(&host, &path))
        .await
        .map_err(|_| failed("-"))?
        .map_err(|e| e.msg())?;
    pick.set(None);
    state.reload_profile();
    let speaking = matches!(
        &state.profile.current().source,
        ProfileSource::Bundle(b) if b.key_id == preview.key_id && b.version == preview.version
    );
    Ok(BundleInstalled { preview, speaking })
}
