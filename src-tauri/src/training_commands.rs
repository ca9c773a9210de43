//! Training mode: the real engine over the shipped recorded machines, switched in one click.
//! Nothing from it reaches this computer's last-check date or history; the rules are
//! `tukiem_core::app::session`'s.

use tauri::{AppHandle, Manager, State};
use tukiem_core::Msg;
use tukiem_core::app::session::TrainingView;
use tukiem_core::checks::training;

use crate::state::AppState;

#[tauri::command]
pub fn training_setup(state: State<'_, AppState>) -> TrainingView {
    state.session.training()
}

#[tauri::command]
pub fn start_training(app: AppHandle, state: State<'_, AppState>) -> Result<TrainingView, Msg> {
    let _trim = crate::memory::TrimOnDrop;
    enter(&app, &state)
}

#[tauri::command]
pub fn set_training_scenario(
    state: State<'_, AppState>,
    name: String,
) -> Result<TrainingView, Msg> {
    state.session.set_training_scenario(&name)
}

#[tauri::command]
pub fn stop_training(state: State<'_, AppState>) -> TrainingView {
    state.session.stop_training()
}

/// Writes the scenarios to the app's cache folder and switches to the first one.
pub fn enter(app: &AppHandle, state: &AppState) -> Result<TrainingView, Msg> {
    let problem = |detail: String| Msg::new("training-unavailable").arg("detail", detail);
    let cache = app
        .path()
        .app_cache_dir()
        .map_err(|_| problem(String::new()))?;
    // The folder, not the OS's (English) error text, goes into the sentence.
    let target = cache.join("training");
    let root = training::write_all(&target).map_err(|_| problem(target.display().to_string()))?;
    state.session.start_training(root)
}
