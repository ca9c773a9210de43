//! Where a file the person asked for is saved: the system's save dialog, opened through the
//! dialog plugin's Rust API, so the webview gets no dialog or file-system permission and never
//! names a path. In the test build only (`vn.tukiem.app.test`), `TUKIEM_E2E_SAVE_DIR` stands in
//! for the dialog, which WebDriver cannot drive.

use std::path::PathBuf;

use tauri::{AppHandle, WebviewWindow};
use tauri_plugin_dialog::DialogExt;

/// The test build's identifier (`tauri.conf.test.json`): only it may save without a dialog.
pub(crate) const TEST_IDENTIFIER: &str = "vn.tukiem.app.test";
/// In the test build only: save into this folder instead of asking.
pub(crate) const E2E_SAVE_DIR: &str = "TUKIEM_E2E_SAVE_DIR";

pub(crate) fn is_test_build(app: &AppHandle) -> bool {
    app.config().identifier == TEST_IDENTIFIER
}

/// What the dialog shows: its title, the proposed file name, and the one kind of file offered.
pub(crate) struct SaveAs<'a> {
    pub title: String,
    pub file_name: &'a str,
    pub filter: String,
    pub extension: &'a str,
}

/// The place chosen is not a file path (a dialog backend may answer with a URI).
pub(crate) struct NotAPath;

/// Blocks until the person has chosen (call it off the main thread): `Ok(None)` when they closed
/// the dialog.
pub(crate) fn choose(
    app: &AppHandle,
    window: &WebviewWindow,
    ask: SaveAs<'_>,
) -> Result<Option<PathBuf>, NotAPath> {
    if is_test_build(app)
        && let Some(dir) = std::env::var_os(E2E_SAVE_DIR)
    {
        return Ok(Some(PathBuf::from(dir).join(ask.file_name)));
    }
    let chosen = app
        .dialog()
        .file()
        .set_parent(window)
        .set_title(ask.title)
        .set_file_name(ask.file_name)
        .add_filter(ask.filter, &[ask.extension])
        .blocking_save_file();
    match chosen {
        None => Ok(None),
        Some(p) => p.into_path().map(Some).map_err(|_| NotAPath),
    }
}
