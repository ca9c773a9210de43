//! IPC for the computer check: run it (progress streamed over a channel), remember when it
//! ran, and open the one kind of link a finding may carry.

use std::sync::Arc;

use serde::Serialize;
use tauri::ipc::Channel;
use tauri::{AppHandle, State};
use tukiem_core::Msg;
use tukiem_core::checks::{self, Action, CheckReport, LastCheck, Progress, RunOptions};

use crate::state::AppState;

#[derive(Serialize)]
pub struct ChecksSetup {
    /// When this computer was last checked (absent in scenario mode: that is not this computer).
    last: Option<LastCheck>,
    /// The report of a run earlier in this session, so leaving the screen loses nothing.
    report: Option<CheckReport>,
    /// Set when the app checks a recorded machine instead of this one.
    scenario: Option<String>,
    /// That machine's title, to show instead of its folder.
    scenario_title: Option<Msg>,
    /// The last-check file exists but could not be read.
    problem: Option<Msg>,
}

#[tauri::command]
pub fn checks_setup(state: State<'_, AppState>) -> ChecksSetup {
    let (last, problem) = if state.scenario().is_some() {
        (None, None)
    } else {
        match LastCheck::load(&state.data_dir) {
            Ok(last) => (last, None),
            Err(e) => (
                None,
                Some(Msg::new("checks-last-unreadable").arg("detail", e.to_string())),
            ),
        }
    };
    ChecksSetup {
        last,
        report: state.last_report(),
        scenario: state.scenario().map(|p| p.display().to_string()),
        scenario_title: state.scenario().map(|p| checks::training::title_at(&p)),
        problem,
    }
}

#[derive(Serialize)]
pub struct RunReply {
    report: CheckReport,
    /// The result is shown, but the date of this check could not be remembered.
    save_problem: Option<Msg>,
}

/// Runs every check on tokio's blocking pool (never the UI thread), streaming progress.
#[tauri::command]
pub async fn run_checks(
    state: State<'_, AppState>,
    on_progress: Channel<Progress>,
) -> Result<RunReply, Msg> {
    let scenario = state.scenario();
    let env = checks::env_for(scenario.as_deref()).map_err(|e| e.to_msg())?;
    // A closed window drops the channel; the run still finishes and is kept.
    let sink = Arc::new(move |p: Progress| {
        let _ = on_progress.send(p);
    });
    let report = checks::run_checks(
        env,
        checks::checks_for(&state.profile.profile.machine),
        RunOptions::default(),
        sink,
    )
    .await;
    // A recorded machine is not this computer: its date must not become "last checked".
    let save_problem = if scenario.is_some() {
        None
    } else {
        LastCheck::of(&report)
            .save(&state.data_dir)
            .err()
            .map(|e| Msg::new("checks-last-save-failed").arg("detail", e.to_string()))
    };
    // One history line for this computer; a recorded machine's run writes nothing.
    let history_problem = crate::report_commands::record_check(&state, scenario.is_some(), &report);
    // When the profile asks: the result for the fleet engines (docs/fleet.md), never for a
    // recorded machine; the app's own folder when the machine-wide one is not writable.
    let fleet_problem = tukiem_core::fleet::after_check(
        &state.profile.profile,
        &report,
        scenario.is_none(),
        sysinfo::System::host_name(),
        std::env::var_os("ProgramData").as_deref(),
        Some(state.data_dir.join("fleet")),
    )
    .problem();
    let save_problem = save_problem.or(history_problem).or(fleet_problem);
    // The trainer may have switched scenario while this one ran: keep only a current result.
    if state.scenario() == scenario {
        state.set_last_report(report.clone());
    }
    Ok(RunReply {
        report,
        save_problem,
    })
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
        .last_report()
        .and_then(|r| {
            r.finding(&finding_id)
                .and_then(|f| f.actions.get(action).cloned())
        })
        .and_then(|a| match a {
            Action::OpenUri { uri, .. } => Some(uri),
            Action::Steps { .. } | Action::OpenIncident { .. } => None,
        })
        .ok_or_else(|| Msg::new("checks-action-gone"))?;
    app.opener()
        .open_url(uri, None::<&str>)
        .map_err(|e| Msg::new("checks-action-failed").arg("detail", e.to_string()))
}
