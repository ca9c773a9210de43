//! IPC for the link check: text in, the verdicts as core gives them out. Nothing is fetched or
//! stored; the pasted text stays in the screen's text box.

use tauri::State;
use tukiem_core::links::{self, Officials, ShownLink};

use crate::state::AppState;

/// Every link of a pasted message with its verdict, reasons and the real address.
#[tauri::command]
pub fn check_links(state: State<'_, AppState>, text: String) -> Vec<ShownLink> {
    links::present(&Officials::with_profile(&state.profile.profile), &text)
}
