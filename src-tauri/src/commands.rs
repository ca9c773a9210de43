//! IPC commands. Each one translates a request into a core call and the core's answer into a
//! DTO; no decision is made here. Replies carry message ids and data, never typed secrets.

use tauri::{State, WebviewWindow};
use tukiem_core::advice::Advice;
use tukiem_core::app::replies::{Bootstrap, PerLang, ProfileProblem};
use tukiem_core::{Lang, Localizer, Msg};

use crate::state::AppState;

#[tauri::command]
pub fn bootstrap(state: State<'_, AppState>) -> Bootstrap {
    // One profile for the whole reply, even if a bundle is installed meanwhile.
    let loaded = &*state.profile.current();
    let notices = |lang| tukiem_core::app::speaking::notices(&state.host, loaded, lang);
    Bootstrap {
        language: state.language(),
        agency: loaded.profile.agency.name.clone(),
        letter_date: tukiem_core::dates::iso_msg(&loaded.profile.document.date),
        profile_problem: loaded.fallback_reason.as_ref().map(|e| ProfileProblem {
            location: e.location(),
            reason: e.reason(),
        }),
        profile_notices: PerLang {
            vi: notices(Lang::Vi),
            en: notices(Lang::En),
        },
    }
}

#[tauri::command]
pub fn advice(state: State<'_, AppState>, language: Lang) -> Advice {
    tukiem_core::app::advice::build(&state.host, &state.profile.current().profile, language)
}

/// Remembers the language. A failed save still switches the window for this session; the error
/// goes back to the UI as a message id so it can say that the choice will not be remembered.
#[tauri::command]
pub fn set_language(
    state: State<'_, AppState>,
    window: WebviewWindow,
    language: Lang,
) -> Result<(), Msg> {
    retitle(&window, language);
    state
        .set_language(language)
        .map_err(|e| Msg::new("settings-save-failed").arg("detail", e.path().display().to_string()))
}

pub fn retitle(window: &WebviewWindow, lang: Lang) {
    // A title that fails to apply changes nothing the user relies on.
    let _ = window.set_title(&Localizer::new(lang).text("app-window-title"));
}
