//! IPC for the link check: text in, the verdicts as core gives them out. Nothing is fetched or
//! stored; the pasted text stays in the screen's text box.

use tauri::State;
use tukiem_core::app::Host;
use tukiem_core::dates;
use tukiem_core::links::{self, Officials, ShownLink};

use crate::state::AppState;

/// Every link of a pasted message with its verdict, reasons and the real address; today's date
/// says whether the Department's lists of reported fakes are old.
#[tauri::command]
pub fn check_links(state: State<'_, AppState>, text: String) -> Vec<ShownLink> {
    let today = state.host.clock().today().map(dates::iso);
    let officials = Officials::with_profile_on(&state.profile.current().profile, today.as_deref());
    links::present(&officials, &text)
}
