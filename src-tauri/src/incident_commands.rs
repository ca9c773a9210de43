//! IPC for reporting an incident (the letter's third action): whom to tell, the kinds to pick
//! from, the prefilled e-mail, and opening it in the mail program. The web view names a kind of
//! incident, never an address or a URI: the `mailto:` is built in core from the profile, dated
//! with the host's clock and time zone (`tukiem_core::app::incident`).

use tauri::{AppHandle, State};
use tukiem_core::app::replies::IncidentSetup;
use tukiem_core::incident::{self, Contact, Kind, Mail, Sender};
use tukiem_core::{Lang, Msg};

use crate::state::AppState;

#[tauri::command]
pub fn incident_setup(state: State<'_, AppState>, language: Lang) -> IncidentSetup {
    IncidentSetup {
        contact: Contact::of(&state.profile.current().profile, language),
        kinds: incident::kinds(),
        do_now: incident::do_now(),
    }
}

/// `sender`: who reports, as far as the user typed it (nothing is stored).
fn compose(state: &AppState, kind: Kind, language: Lang, sender: &Sender) -> Mail {
    tukiem_core::app::incident::mail(
        &state.host,
        &state.profile.current().profile,
        state.session.last_report().as_ref(),
        kind,
        language,
        sender,
    )
}

/// The mail as text, for the copy box: the same bytes `open_incident_mail` puts in the URI.
#[tauri::command]
pub fn incident_mail(
    state: State<'_, AppState>,
    kind: Kind,
    language: Lang,
    sender: Option<Sender>,
) -> Mail {
    compose(&state, kind, language, &sender.unwrap_or_default())
}

/// Opens the prefilled mail in the desktop's mail program. With none set up, the error says to
/// use the copy box or the phone; the screen shows both either way.
#[tauri::command]
pub async fn open_incident_mail(
    app: AppHandle,
    state: State<'_, AppState>,
    kind: Kind,
    language: Lang,
    sender: Option<Sender>,
) -> Result<(), Msg> {
    use tauri_plugin_opener::OpenerExt;
    let uri = compose(&state, kind, language, &sender.unwrap_or_default()).mailto();
    let contact = &state.profile.current().profile.contact;
    let failed = Msg::new("incident-mail-failed")
        .arg("email", &contact.email)
        .arg("phone", tukiem_core::advice::phone_shown(&contact.phone));
    // Finding and starting the desktop's handler (xdg-open, …) is process work: off the UI thread.
    tauri::async_runtime::spawn_blocking(move || app.opener().open_url(uri, None::<&str>))
        .await
        .map_err(|_| failed.clone())?
        .map_err(|_| failed)
}
