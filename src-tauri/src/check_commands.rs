//! IPC for the computer check: run it (progress streamed over a channel) and open the one kind
//! of link a finding may carry. What the screen says about the last check, and what a run
//! leaves behind, is decided in `tukiem_core::app::checks`.

use std::sync::Arc;

use tauri::ipc::Channel;
use tauri::{AppHandle, State};
use tukiem_core::Msg;
use tukiem_core::app::checks::{self as use_case, ChecksView};
use tukiem_core::app::replies::ChecksSetup;
use tukiem_core::checks::{self, Action, Progress, RunOptions};

use crate::state::AppState;

#[tauri::command]
pub fn checks_setup(state: State<'_, AppState>) -> ChecksSetup {
    ChecksSetup {
        view: use_case::view(
            &state.host,
            &state.session.subject(),
            state.session.last_report().as_ref(),
        ),
        scenario: state.session.scenario().map(|p| p.display().to_string()),
        scenario_title: state
            .session
            .scenario()
            .map(|p| checks::training::title_at(&p)),
    }
}

/// Runs every check on tokio's blocking pool (never the UI thread), streaming progress.
#[tauri::command]
pub async fn run_checks(
    state: State<'_, AppState>,
    on_progress: Channel<Progress>,
) -> Result<ChecksView, Msg> {
    let _trim = crate::memory::TrimOnDrop;
    let scenario = state.session.scenario();
    let subject = state.session.subject();
    let env = checks::env_for(scenario.as_deref()).map_err(|e| e.to_msg())?;
    // A closed window drops the channel; the run still finishes and is kept.
    let sink = Arc::new(move |p: Progress| {
        let _ = on_progress.send(p);
    });
    let report = checks::run_checks(
        env,
        checks::checks_for_profile(&state.profile.current().profile),
        RunOptions::default(),
        sink,
    )
    .await;
    let view = use_case::after_check(
        &state.host,
        &state.profile.current().profile,
        &subject,
        &report,
    );
    // The trainer may have switched scenario while this one ran: only a current result is kept.
    state.session.keep_report(scenario.as_deref(), report);
    Ok(view)
}

/// Opens the link of a finding from the last run, by position: the web view names a finding,
/// never a URI, so it cannot make the app open anything else.
#[tauri::command]
pub fn open_check_action(
    app: AppHandle,
    state: State<'_, AppState>,
    finding_id: String,
    action: usize,
) -> Result<(), Msg> {
    use tauri_plugin_opener::OpenerExt;
    let uri = state
        .session
        .last_report()
        .and_then(|r| {
            r.finding(&finding_id)
                .and_then(|f| f.actions.get(action).cloned())
        })
        .and_then(|a| match a {
            Action::OpenUri { uri, .. } => Some(uri),
            Action::Steps { .. } | Action::OpenIncident { .. } | Action::OpenChange { .. } => None,
        })
        .ok_or_else(|| Msg::new("checks-action-gone"))?;
    app.opener()
        .open_url(&uri, None::<&str>)
        .map_err(|_| Msg::new("checks-action-failed").arg("detail", uri))
}
