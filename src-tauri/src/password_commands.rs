//! IPC for the password guide. A typed password arrives as a JSON string (Tauri has no other
//! way in); it is moved into a `Zeroizing` buffer at once, never logged, and never sent back.
//! Replies carry verdicts, codes and dates only — except `generate_password`, whose whole point
//! is to show the user the password it made.

use tauri::{AppHandle, State};
use tauri_plugin_opener::OpenerExt;
use tukiem_core::Msg;
use tukiem_core::app::OsHost;
use tukiem_core::app::passwords::{self, Assessed, Marked};
use tukiem_core::app::replies::{Generated, PasswordSetup, RuleLine};
use tukiem_core::password::generate::{self, Mode};
use tukiem_core::password::policy;
use tukiem_core::password::strength::{self, PersonalInputs};
use zeroize::Zeroizing;

use crate::state::AppState;

#[tauri::command]
pub fn password_setup(state: State<'_, AppState>) -> PasswordSetup {
    let profile = &state.profile.current().profile;
    let rule = &profile.password_rule;
    let (systems, problem) = passwords::systems(&state.host, profile);
    PasswordSetup {
        requirements: policy::requirements(rule)
            .into_iter()
            .map(|r| RuleLine {
                code: r,
                label: r.label(rule),
            })
            .collect(),
        systems,
        contact_name: profile.contact.name.clone(),
        contact_phone: profile.contact.phone.clone(),
        problem,
    }
}

/// Runs off the UI thread: zxcvbn and Argon2 can take tens of milliseconds.
#[tauri::command]
pub async fn assess_password(
    state: State<'_, AppState>,
    password: String,
    personal: Vec<String>,
) -> Result<Assessed, Msg> {
    let password = Zeroizing::new(password);
    // Name, date of birth, phone, old password: count against the new one, then forgotten.
    let personal = PersonalInputs {
        values: personal
            .into_iter()
            .filter(|v| !v.trim().is_empty())
            .map(Zeroizing::new)
            .collect(),
    };
    let profile = state.profile.current().profile.clone();
    let data_dir = state.data_dir.clone();
    tauri::async_runtime::spawn_blocking(move || {
        let host = OsHost::new(Some(data_dir));
        passwords::assess(&host, &profile, &password, &personal)
    })
    .await
    .map_err(|_| Msg::new("pw-assess-failed"))
}

#[tauri::command]
pub async fn generate_password(state: State<'_, AppState>, mode: Mode) -> Result<Generated, Msg> {
    let profile = state.profile.current().profile.clone();
    tauri::async_runtime::spawn_blocking(move || {
        let agency = strength::agency_words(&profile);
        generate::generate(
            &profile.password_rule,
            &agency,
            mode,
            generate::DEFAULT_MIN_BITS,
        )
        .map(|g| Generated {
            password: g.password.to_string(),
            entropy_bits: (g.entropy_bits * 10.0).round() / 10.0,
        })
    })
    .await
    .map_err(|_| Msg::new("pw-generate-failed"))?
    .map_err(|_| Msg::new("pw-generate-failed"))
}

/// Marks a system as changed today (the person's calendar day); optionally remembers a keyed
/// fingerprint of the password. Argon2 runs off the UI thread.
#[tauri::command]
pub async fn mark_done(
    state: State<'_, AppState>,
    system_id: String,
    password: Option<String>,
    remember: bool,
) -> Result<Marked, Msg> {
    let password = password.map(Zeroizing::new);
    let profile = state.profile.current().profile.clone();
    let data_dir = state.data_dir.clone();
    tauri::async_runtime::spawn_blocking(move || {
        let host = OsHost::new(Some(data_dir));
        passwords::mark_changed(&host, &profile, &system_id, password.as_ref(), remember)
    })
    .await
    .map_err(|_| Msg::new("history-unavailable"))?
}

/// Opens the system's page (from the profile, never from the UI) in the default browser. The
/// webview holds no opener permission: this command is the only way to a browser, and it can
/// only reach the `http(s)://` addresses the loaded profile gives.
#[tauri::command]
pub async fn open_system_page(
    app: AppHandle,
    state: State<'_, AppState>,
    system_id: String,
) -> Result<(), Msg> {
    let url = state
        .profile
        .current()
        .profile
        .system_page(&system_id)
        .map_err(|e| e.msg())?
        .to_owned();
    // Finding and starting the desktop's URL handler (xdg-open, …) is process work: keep it off
    // the UI thread.
    let shown = url.clone();
    tauri::async_runtime::spawn_blocking(move || app.opener().open_url(url, None::<&str>))
        .await
        .map_err(|_| ())
        .and_then(|r| r.map_err(|_| ()))
        .map_err(|()| Msg::new("pw-open-failed").arg("url", shown))
}
