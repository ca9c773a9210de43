//! Training mode: the real engine over the shipped recorded machines, switched in one click.
//! Nothing from it reaches this computer's last-check date or history (see `Target`).

use std::path::PathBuf;

use serde::Serialize;
use tauri::{AppHandle, Manager, State};
use tukiem_core::Msg;
use tukiem_core::checks::training::{self, TrainingScenario};

use crate::state::{AppState, Target};

#[derive(Serialize)]
pub struct TrainingSetup {
    active: bool,
    scenarios: Vec<TrainingScenario>,
    current: Option<String>,
}

#[tauri::command]
pub fn training_setup(state: State<'_, AppState>) -> TrainingSetup {
    setup(&state)
}

#[tauri::command]
pub fn start_training(app: AppHandle, state: State<'_, AppState>) -> Result<TrainingSetup, Msg> {
    let _trim = crate::memory::TrimOnDrop;
    enter(&app, &state)?;
    Ok(setup(&state))
}

#[tauri::command]
pub fn set_training_scenario(
    state: State<'_, AppState>,
    name: String,
) -> Result<TrainingSetup, Msg> {
    let Target::Training { root, .. } = state.target() else {
        return Err(Msg::new("training-not-active"));
    };
    if training::scenario_dir(&root, &name).is_none() {
        return Err(Msg::new("training-unknown-scenario").arg("name", name));
    }
    state.set_target(Target::Training {
        root,
        current: name,
    });
    Ok(setup(&state))
}

#[tauri::command]
pub fn stop_training(state: State<'_, AppState>) -> TrainingSetup {
    state.set_target(Target::ThisMachine);
    setup(&state)
}

/// Writes the scenarios to the app's cache folder and switches to the first one.
pub fn enter(app: &AppHandle, state: &AppState) -> Result<(), Msg> {
    let problem = |detail: String| Msg::new("training-unavailable").arg("detail", detail);
    let cache: PathBuf = app
        .path()
        .app_cache_dir()
        .map_err(|_| problem(String::new()))?;
    // The folder, not the OS's (English) error text, goes into the sentence.
    let target = cache.join("training");
    let root = training::write_all(&target).map_err(|_| problem(target.display().to_string()))?;
    let first = training::scenarios()
        .into_iter()
        .next()
        .ok_or_else(|| problem(String::new()))?;
    state.set_target(Target::Training {
        root,
        current: first.name,
    });
    Ok(())
}

fn setup(state: &AppState) -> TrainingSetup {
    match state.target() {
        Target::Training { current, .. } => TrainingSetup {
            active: true,
            scenarios: training::scenarios(),
            current: Some(current),
        },
        _ => TrainingSetup {
            active: false,
            scenarios: training::scenarios(),
            current: None,
        },
    }
}
