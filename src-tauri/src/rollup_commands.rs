//! IPC for the unit roll-up ("Tổng hợp đơn vị"): pick a folder or files, see the table, save it.
//! Both the pick and the save go through the dialog plugin's Rust API: the webview has no dialog
//! or file-system permission and never names a path. The paths picked stay here, so a language
//! switch rolls the same files up again in the other language.
//!
//! Test build only (identifier `vn.tukiem.app.test`): `TUKIEM_E2E_ROLLUP_DIR` stands in for the
//! folder dialog, and `TUKIEM_E2E_SAVE_DIR` for the save dialog, as for the self-check report.

use std::path::PathBuf;
use std::sync::Mutex;

use tauri::{AppHandle, State, WebviewWindow};
use tauri_plugin_dialog::DialogExt;
use tukiem_core::app::OsHost;
use tukiem_core::app::replies::{RollupPick, RollupReply};
use tukiem_core::app::rollup::{self as use_case, Format};
use tukiem_core::rollup;
use tukiem_core::{Lang, Localizer, Msg};

use crate::save_dialog::{self, SaveAs, is_test_build};

const E2E_ROLLUP_DIR: &str = "TUKIEM_E2E_ROLLUP_DIR";

/// The files or folders last picked (nothing else is kept: the roll-up is made again on demand).
#[derive(Default)]
pub struct RollupState {
    paths: Mutex<Vec<PathBuf>>,
}

impl RollupState {
    fn paths(&self) -> Vec<PathBuf> {
        self.paths.lock().map(|p| p.clone()).unwrap_or_default()
    }

    fn set(&self, paths: Vec<PathBuf>) {
        if let Ok(mut p) = self.paths.lock() {
            *p = paths;
        }
    }
}

fn make(paths: &[PathBuf], language: Lang) -> rollup::Rollup {
    use_case::make(&OsHost::new(None), paths, None, language)
}

fn failed(detail: String) -> Msg {
    Msg::new("rollup-screen-failed").arg("detail", detail)
}

/// Asks for a folder or files and rolls them up. `Ok(None)`: the dialog was closed.
#[tauri::command]
pub async fn rollup_pick(
    app: AppHandle,
    window: WebviewWindow,
    state: State<'_, RollupState>,
    pick: RollupPick,
    language: Lang,
) -> Result<Option<RollupReply>, Msg> {
    let _trim = crate::memory::TrimOnDrop;
    let l = Localizer::new(language);
    let test_dir = is_test_build(&app)
        .then(|| std::env::var_os(E2E_ROLLUP_DIR))
        .flatten()
        .map(PathBuf::from);
    let picked =
        tauri::async_runtime::spawn_blocking(move || -> Result<Option<Vec<PathBuf>>, Msg> {
            if let Some(dir) = test_dir {
                return Ok(Some(vec![dir]));
            }
            let dialog = app
                .dialog()
                .file()
                .set_parent(&window)
                .set_title(l.text("rollup-pick-title"));
            let chosen = match pick {
                RollupPick::Folder => dialog.blocking_pick_folder().map(|p| vec![p]),
                RollupPick::Files => dialog
                    .add_filter(l.text("summary-filter-json"), &["json"])
                    .blocking_pick_files(),
            };
            match chosen {
                None => Ok(None),
                Some(list) => list
                    .into_iter()
                    .map(|p| p.into_path().map_err(|_| failed("-".into())))
                    .collect::<Result<Vec<_>, _>>()
                    .map(Some),
            }
        })
        .await
        .map_err(|_| failed("-".into()))??;
    let Some(paths) = picked else {
        return Ok(None);
    };
    state.set(paths.clone());
    roll(paths, language).await.map(Some)
}

/// The same files again, e.g. in the other language. `None` when nothing was picked yet.
#[tauri::command]
pub async fn rollup_view(
    state: State<'_, RollupState>,
    language: Lang,
) -> Result<Option<RollupReply>, Msg> {
    let _trim = crate::memory::TrimOnDrop;
    let paths = state.paths();
    if paths.is_empty() {
        return Ok(None);
    }
    roll(paths, language).await.map(Some)
}

async fn roll(paths: Vec<PathBuf>, language: Lang) -> Result<RollupReply, Msg> {
    tauri::async_runtime::spawn_blocking(move || {
        let r = make(&paths, language);
        RollupReply {
            summary: r.summary.clone(),
            view: r.view,
        }
    })
    .await
    .map_err(|_| failed("-".into()))
}

/// Makes the roll-up of the files picked in `format` and asks where to save it. The written
/// path, or `None` when the dialog was closed.
#[tauri::command]
pub async fn rollup_save(
    app: AppHandle,
    window: WebviewWindow,
    state: State<'_, RollupState>,
    format: Format,
    language: Lang,
) -> Result<Option<String>, Msg> {
    let _trim = crate::memory::TrimOnDrop;
    let paths = state.paths();
    if paths.is_empty() {
        return Err(Msg::new("rollup-nothing-picked"));
    }
    tauri::async_runtime::spawn_blocking(move || {
        let l = Localizer::new(language);
        let r = make(&paths, language);
        let bytes = use_case::render(&r, format, &l)?;
        let file_name = use_case::file_name(&r, format, &l);
        let ask = SaveAs {
            title: l.text("rollup-save-title"),
            file_name: &file_name,
            filter: l.text(format.filter_msg()),
            extension: format.extension(),
        };
        let Some(path) = save_dialog::choose(&app, &window, ask).map_err(|_| failed("-".into()))?
        else {
            return Ok(None);
        };
        let shown = path.display().to_string();
        tukiem_core::store::write_atomic(&path, &bytes).map_err(|_| failed(shown.clone()))?;
        Ok(Some(shown))
    })
    .await
    .map_err(|_| failed("-".into()))?
}
