//! IPC for the summary screen and the saved self-check report. Decisions live in
//! `tukiem_core::app::{summary, report}`; this file translates.
//!
//! The report is saved through the dialog plugin's Rust API from inside `save_report`: the
//! webview gets no dialog or file-system permission, names no path, and the chosen file is the
//! only thing written.

use tauri::{AppHandle, State, WebviewWindow};
use tukiem_core::app::report::{self, Format};
use tukiem_core::app::summary::{self, SummaryView};
use tukiem_core::assessment::Person;
use tukiem_core::{Lang, Localizer, Msg};

use crate::save_dialog::{self, SaveAs};
use crate::state::AppState;

#[tauri::command]
pub fn summary(state: State<'_, AppState>, language: Lang) -> SummaryView {
    let _trim = crate::memory::TrimOnDrop;
    summary::summary(
        &state.host,
        &state.profile.current().profile,
        &state.session.subject(),
        state.session.last_report().as_ref(),
        language,
    )
}

/// Makes the report and asks where to save it. `Ok(None)`: the person closed the dialog.
/// The name and unit go into the document only; nothing keeps them.
#[tauri::command]
pub async fn save_report(
    app: AppHandle,
    window: WebviewWindow,
    state: State<'_, AppState>,
    format: Format,
    language: Lang,
    name: Option<String>,
    unit: Option<String>,
) -> Result<Option<String>, Msg> {
    let _trim = crate::memory::TrimOnDrop;
    let failed = || Msg::new("summary-save-failed").arg("detail", "-");
    let l = Localizer::new(language);
    let (list, _) = tukiem_core::app::passwords::checklist_or_empty(&state.host);
    let doc = report::model(
        &state.host,
        &state.profile.current().profile,
        &state.session.subject(),
        state.session.last_report().as_ref(),
        Some(&list),
        Person::new(name.as_deref(), unit.as_deref()),
        &l,
    );
    let file_name = report::file_name(&doc, format, &l);
    tauri::async_runtime::spawn_blocking(move || {
        let bytes = report::render(&doc, format, &l)?;
        let ask = SaveAs {
            title: l.text("summary-save-title"),
            file_name: &file_name,
            filter: l.text(format.filter_msg()),
            extension: format.extension(),
        };
        let Some(path) = save_dialog::choose(&app, &window, ask).map_err(|_| failed())? else {
            return Ok(None);
        };
        let shown = path.display().to_string();
        tukiem_core::store::write_atomic(&path, &bytes)
            .map_err(|_| Msg::new("summary-save-failed").arg("detail", shown.clone()))?;
        Ok(Some(shown))
    })
    .await
    .map_err(|_| failed())?
}
