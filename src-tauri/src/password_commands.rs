//! IPC for the password guide. A typed password arrives as a JSON string (Tauri has no other
//! way in); it is moved into a `Zeroizing` buffer at once, never logged, and never sent back.
//! Replies carry verdicts, codes and dates only — except `generate_password`, whose whole point
//! is to show the user the password it made.

use serde::Serialize;
use tauri::{AppHandle, State};
use tauri_plugin_opener::OpenerExt;
use tukiem_core::Msg;
use tukiem_core::password::checklist::{self, Checklist};
use tukiem_core::password::generate::{self, Mode};
use tukiem_core::password::history::{self, History, OsKeyring, Reuse};
use tukiem_core::password::policy;
use tukiem_core::password::strength::{self, Assessment, PersonalInputs};
use tukiem_core::profile::Localized;
use zeroize::Zeroizing;

use crate::state::AppState;

#[derive(Serialize)]
pub struct RuleLine {
    code: &'static str,
    label: Msg,
}

#[derive(Serialize)]
pub struct SystemView {
    id: String,
    name: Localized,
    login_url: Option<String>,
    change_password_url: Option<String>,
    changed_on: Option<String>,
    /// How to change the password inside the system, then whom to call.
    steps: tukiem_core::change_steps::ChangeSteps,
}

#[derive(Serialize)]
pub struct PasswordSetup {
    requirements: Vec<RuleLine>,
    systems: Vec<SystemView>,
    contact_name: String,
    contact_phone: String,
    /// Set when the checklist file could not be read.
    problem: Option<Msg>,
}

fn systems(state: &AppState) -> (Vec<SystemView>, Option<Msg>) {
    let profile = &state.profile.profile;
    let (list, problem) = state.checklist();
    let views = profile
        .systems
        .iter()
        .zip(list.states(profile))
        .map(|(s, st)| SystemView {
            id: s.id.clone(),
            name: s.name.clone(),
            login_url: s.login_url().map(str::to_owned),
            change_password_url: s.change_password_url().map(str::to_owned),
            changed_on: st.changed_on,
            steps: tukiem_core::change_steps::for_system(profile, &s.id),
        })
        .collect();
    (views, problem)
}

#[tauri::command]
pub fn password_setup(state: State<'_, AppState>) -> PasswordSetup {
    let profile = &state.profile.profile;
    let rule = &profile.password_rule;
    let (systems, problem) = systems(&state);
    PasswordSetup {
        requirements: policy::requirements(rule)
            .into_iter()
            .map(|r| RuleLine {
                code: r.code(),
                label: r.label(rule),
            })
            .collect(),
        systems,
        contact_name: profile.contact.name.clone(),
        contact_phone: profile.contact.phone.clone(),
        problem,
    }
}

#[derive(Serialize)]
pub struct AssessReply {
    assessment: Assessment,
    /// Earlier uses of this same password (only when a fingerprint key already exists).
    reuse: Vec<Reuse>,
    /// The assessment's crack time as words to show ("about 3 months").
    crack_time: Option<Msg>,
}

/// Runs off the UI thread: zxcvbn and Argon2 can take tens of milliseconds.
#[tauri::command]
pub async fn assess_password(
    state: State<'_, AppState>,
    password: String,
    personal: Vec<String>,
) -> Result<AssessReply, Msg> {
    let password = Zeroizing::new(password);
    // Name, date of birth, phone, old password: count against the new one, then forgotten.
    let personal = PersonalInputs {
        values: personal
            .into_iter()
            .filter(|v| !v.trim().is_empty())
            .map(Zeroizing::new)
            .collect(),
    };
    let profile = state.profile.profile.clone();
    let data_dir = state.data_dir.clone();
    tauri::async_runtime::spawn_blocking(move || {
        let agency = strength::agency_words(&profile);
        let assessment = strength::assess(&password, &profile.password_rule, &agency, &personal);
        let reuse = existing_key()
            .and_then(|key| {
                History::load(&data_dir)
                    .ok()
                    .map(|h| h.reuses(&key, &password))
            })
            .unwrap_or_default();
        let assessment = strength::with_reuse(assessment, reuse.len());
        AssessReply {
            crack_time: assessment.crack_time.map(|t| t.msg()),
            assessment,
            reuse,
        }
    })
    .await
    .map_err(|_| Msg::new("pw-assess-failed"))
}

/// The fingerprint key if one was made before; assessing never creates one.
fn existing_key() -> Option<Zeroizing<Vec<u8>>> {
    use tukiem_core::password::history::KeyStore;
    OsKeyring::default().load().ok().flatten()
}

#[derive(Serialize)]
pub struct GeneratedReply {
    password: String,
    entropy_bits: f64,
}

#[tauri::command]
pub async fn generate_password(
    state: State<'_, AppState>,
    mode: Mode,
) -> Result<GeneratedReply, Msg> {
    let profile = state.profile.profile.clone();
    tauri::async_runtime::spawn_blocking(move || {
        let agency = strength::agency_words(&profile);
        generate::generate(
            &profile.password_rule,
            &agency,
            mode,
            generate::DEFAULT_MIN_BITS,
        )
        .map(|g| GeneratedReply {
            password: g.password.to_string(),
            entropy_bits: (g.entropy_bits * 10.0).round() / 10.0,
        })
    })
    .await
    .map_err(|_| Msg::new("pw-generate-failed"))?
    .map_err(|_| Msg::new("pw-generate-failed"))
}

#[derive(Serialize)]
pub struct MarkReply {
    systems: Vec<SystemView>,
    /// Set when the user asked to remember a fingerprint and it could not be done.
    remember_problem: Option<Msg>,
}

/// Marks a system as changed today; optionally remembers a keyed fingerprint of the password.
#[tauri::command]
pub async fn mark_done(
    state: State<'_, AppState>,
    system_id: String,
    password: Option<String>,
    remember: bool,
) -> Result<MarkReply, Msg> {
    let password = password.map(Zeroizing::new);
    if !state
        .profile
        .profile
        .systems
        .iter()
        .any(|s| s.id == system_id)
    {
        return Err(Msg::new("pw-unknown-system"));
    }
    let days = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| (d.as_secs() / 86_400) as i64)
        .unwrap_or(0);
    let today = checklist::iso_date_from_unix_days(days);
    let data_dir = state.data_dir.clone();
    let mut list = Checklist::load(&data_dir).unwrap_or_default();
    list.mark(&system_id, &today);
    list.save(&data_dir).map_err(|_| {
        Msg::new("pw-checklist-unsaved")
            .arg("file", Checklist::path_in(&data_dir).display().to_string())
    })?;
    crate::report_commands::record_password_change(&state, &system_id, &today);

    let remember_problem = match (remember, password) {
        (true, Some(password)) => {
            let dir = data_dir.clone();
            let id = system_id.clone();
            tauri::async_runtime::spawn_blocking(move || -> Result<(), history::HistoryError> {
                let key = history::fingerprint_key(&OsKeyring::default())?;
                let mut h = History::load(&dir)?;
                h.record(&key, &password, &id, &today);
                h.save(&dir)
            })
            .await
            .map_err(|_| Msg::new("history-unavailable"))
            .and_then(|r| r.map_err(|e| e.msg()))
            .err()
        }
        _ => None,
    };
    Ok(MarkReply {
        systems: systems(&state).0,
        remember_problem,
    })
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
