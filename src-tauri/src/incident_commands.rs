//! IPC for reporting an incident (the letter's third action): whom to tell, the kinds to pick
//! from, the prefilled e-mail, and opening it in the mail program. The web view names a kind of
//! incident, never an address or a URI: the `mailto:` is built in core from the profile.

use serde::Serialize;
use tauri::{AppHandle, State};
use tukiem_core::checks::LastCheck;
use tukiem_core::incident::{self, CheckSummary, Clock, Contact, Kind, KindChoice, Mail, Sender};
use tukiem_core::{Lang, Msg};

use crate::state::AppState;

#[derive(Serialize)]
pub struct IncidentSetup {
    contact: Contact,
    kinds: Vec<KindChoice>,
}

#[tauri::command]
pub fn incident_setup(state: State<'_, AppState>, language: Lang) -> IncidentSetup {
    IncidentSetup {
        contact: Contact::of(&state.profile.profile, language),
        kinds: incident::kinds(),
    }
}

/// The mail as text, for the copy box: the same bytes `open_incident_mail` puts in the URI.
#[tauri::command]
pub fn incident_mail(
    state: State<'_, AppState>,
    kind: Kind,
    language: Lang,
    utc_offset_minutes: i32,
    sender: Option<Sender>,
) -> Mail {
    compose(
        &state,
        kind,
        language,
        utc_offset_minutes,
        &sender.unwrap_or_default(),
    )
}

/// Opens the prefilled mail in the desktop's mail program. With none set up, the error says to
/// use the copy box or the phone; the screen shows both either way.
#[tauri::command]
pub async fn open_incident_mail(
    app: AppHandle,
    state: State<'_, AppState>,
    kind: Kind,
    language: Lang,
    utc_offset_minutes: i32,
    sender: Option<Sender>,
) -> Result<(), Msg> {
    use tauri_plugin_opener::OpenerExt;
    let uri = compose(
        &state,
        kind,
        language,
        utc_offset_minutes,
        &sender.unwrap_or_default(),
    )
    .mailto();
    let contact = &state.profile.profile.contact;
    let failed = Msg::new("incident-mail-failed")
        .arg("email", &contact.email)
        .arg("phone", &contact.phone);
    // Finding and starting the desktop's handler (xdg-open, …) is process work: off the UI thread.
    tauri::async_runtime::spawn_blocking(move || app.opener().open_url(uri, None::<&str>))
        .await
        .map_err(|_| failed.clone())?
        .map_err(|_| failed)
}

fn compose(
    state: &AppState,
    kind: Kind,
    language: Lang,
    utc_offset_minutes: i32,
    sender: &Sender,
) -> Mail {
    let now = Clock {
        unix: std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| i64::try_from(d.as_secs()).unwrap_or(i64::MAX))
            .unwrap_or(0),
        utc_offset_minutes,
    };
    incident::compose_from(
        &state.profile.profile,
        language,
        kind,
        now,
        last_check(state).as_ref(),
        sender,
    )
}

/// The last check of this computer: this session's report when it is the check remembered as this
/// computer's last one, else the remembered date and overall status. A recorded machine
/// (`--scenario`, training mode) is never remembered, so its findings never reach the mail.
fn last_check(state: &AppState) -> Option<CheckSummary> {
    let last = LastCheck::load(&state.data_dir).ok().flatten()?;
    match state.last_report() {
        Some(report) if LastCheck::of(&report) == last => Some(CheckSummary::of_report(&report)),
        _ => Some(CheckSummary::of_last(&last)),
    }
}
