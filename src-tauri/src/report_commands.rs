//! IPC for the summary screen (score, trend, what to do next) and the saved self-check report,
//! plus the two places the history is written: after a check of this computer, and when a
//! password is marked changed.
//!
//! The report is saved through the dialog plugin's Rust API from inside `save_report`: the
//! webview gets no dialog or file-system permission, names no path, and the chosen file is the
//! only thing written.

use std::path::PathBuf;

use serde::{Deserialize, Serialize};
use tauri::{AppHandle, State, WebviewWindow};
use tauri_plugin_dialog::DialogExt;
use tukiem_core::checks::CheckReport;
use tukiem_core::password::checklist::Checklist;
use tukiem_core::profile::Localized;
use tukiem_core::report::history::{self, Entry, Machine, Point};
use tukiem_core::report::score::Score;
use tukiem_core::report::{MachineFacts, Person, ReportInput, document, html, pdf};
use tukiem_core::{Lang, Localizer, Msg};

use crate::state::AppState;

/// The test build's identifier (`tauri.conf.test.json`): only it may save without a dialog.
pub(crate) const TEST_IDENTIFIER: &str = "vn.tukiem.app.test";
/// In the test build only: save reports into this folder instead of asking (a native save
/// dialog cannot be driven by WebDriver).
pub(crate) const E2E_SAVE_DIR: &str = "TUKIEM_E2E_SAVE_DIR";
/// Checks on the score-over-time chart.
const CHART_POINTS: usize = 12;

pub(crate) fn now_unix() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or(0)
}

/// Which machine results are about: the caller's explicit decision for the history.
fn machine(state: &AppState) -> Machine {
    if state.scenario().is_some() {
        Machine::Recorded
    } else {
        Machine::ThisComputer
    }
}

fn input<'a>(
    state: &'a AppState,
    check: Option<&'a CheckReport>,
    checklist: &'a Checklist,
    person: Person,
) -> ReportInput<'a> {
    let machine = match state.scenario() {
        // A recorded machine is named as such, never as this computer.
        Some(dir) => MachineFacts {
            hostname: None,
            os_name: None,
            recorded: Some(
                dir.file_name()
                    .map(|n| n.to_string_lossy().into_owned())
                    .unwrap_or_default(),
            ),
        },
        None => MachineFacts {
            hostname: sysinfo::System::host_name(),
            os_name: sysinfo::System::long_os_version(),
            recorded: None,
        },
    };
    ReportInput {
        profile: &state.profile.profile,
        check,
        checklist: Some(checklist),
        person,
        machine,
        now_unix: now_unix(),
        utc_offset_minutes: chrono::Local::now().offset().local_minus_utc() / 60,
    }
}

/// Called by `run_checks` once a run is complete: one history line for this computer, nothing
/// for a recorded machine. Returns why it could not be written, if it could not.
pub fn record_check(
    state: &AppState,
    machine_was_recorded: bool,
    report: &CheckReport,
) -> Option<Msg> {
    let who = if machine_was_recorded {
        Machine::Recorded
    } else {
        Machine::ThisComputer
    };
    let (list, _) = state.checklist();
    let score = document::score_of(
        &input(state, Some(report), &list, Person::default()),
        Lang::Vi,
    );
    history::append(&state.data_dir, who, &Entry::check(report, score.score))
        .err()
        .map(|e| Msg::new("summary-history-unsaved").arg("detail", e.to_string()))
}

/// Called by `mark_done`: the milestone goes to the history (never in training or scenario
/// mode). The checklist is what counts; a history that cannot be written is not an error here.
pub fn record_password_change(state: &AppState, system_id: &str, date: &str) {
    let _ = history::append(
        &state.data_dir,
        machine(state),
        &Entry::PasswordChanged {
            system: system_id.to_owned(),
            date: date.to_owned(),
        },
    );
}

#[derive(Serialize)]
pub struct SystemLeft {
    id: String,
    name: Localized,
    /// Set when it was changed, but longer ago than the score's limit.
    changed_on: Option<String>,
}

#[derive(Serialize)]
pub struct SummaryReply {
    score: Score,
    /// Set when the score is about a recorded machine (scenario, training).
    recorded: bool,
    /// When the machine the score is about was checked (this session's run, else the history's
    /// last check of this computer).
    last_checked_at: Option<i64>,
    days_since_check: Option<i64>,
    /// This computer's checks, oldest first (empty for a recorded machine).
    points: Vec<Point>,
    history_skipped: usize,
    systems_left: Vec<SystemLeft>,
    /// The profile's `max_age_days`: a password changed longer ago is due again. `None` (the
    /// default profile): a change never goes stale.
    fresh_days: Option<u32>,
    problem: Option<Msg>,
}

/// The score is computed from this session's check (a result from an earlier run of the app is
/// not shown as current) and the password checklist.
#[tauri::command]
pub fn summary(state: State<'_, AppState>, language: Lang) -> SummaryReply {
    let report = state.last_report();
    let (list, mut problem) = state.checklist();
    let score = document::score_of(
        &input(&state, report.as_ref(), &list, Person::default()),
        language,
    );
    let recorded = machine(&state) == Machine::Recorded;
    let now = now_unix();
    let (points, skipped, history_last) = if recorded {
        (Vec::new(), 0, None)
    } else {
        match history::read(&state.data_dir) {
            Ok(loaded) => {
                let trend = history::trend(&loaded.entries, now, CHART_POINTS);
                (trend.points, loaded.skipped, trend.last_checked_at)
            }
            Err(e) => {
                problem = problem.or(Some(
                    Msg::new("summary-history-unreadable").arg("detail", e.to_string()),
                ));
                (Vec::new(), 0, None)
            }
        }
    };
    let last_checked_at = report.as_ref().map(|r| r.checked_at).or(history_last);
    let rule = &state.profile.profile.password_rule;
    let today = tukiem_core::report::dates::utc_day(now);
    let systems_left = state
        .profile
        .profile
        .systems
        .iter()
        .filter_map(|s| {
            let changed = list.changed.get(&s.id).cloned();
            // The one freshness rule lives in core.
            let fresh =
                tukiem_core::report::score::password_change(rule, changed.as_deref(), today)
                    == tukiem_core::report::score::Change::Changed;
            (!fresh).then(|| SystemLeft {
                id: s.id.clone(),
                name: s.name.clone(),
                changed_on: changed,
            })
        })
        .collect();
    SummaryReply {
        score,
        recorded,
        last_checked_at,
        // A recorded machine's clock is part of the recording: its check ran just now.
        days_since_check: if recorded {
            report.as_ref().map(|_| 0)
        } else {
            last_checked_at.map(|t| (now - t).max(0) / 86_400)
        },
        points,
        history_skipped: skipped,
        systems_left,
        fresh_days: rule.max_age_days,
        problem,
    }
}

#[derive(Clone, Copy, Debug, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Format {
    Pdf,
    Html,
    Json,
}

impl Format {
    fn extension(self) -> &'static str {
        match self {
            Format::Pdf => "pdf",
            Format::Html => "html",
            Format::Json => "json",
        }
    }

    fn filter(self) -> &'static str {
        match self {
            Format::Pdf => "summary-filter-pdf",
            Format::Html => "summary-filter-html",
            Format::Json => "summary-filter-json",
        }
    }
}

/// Makes the report and asks where to save it. `Ok(None)`: the person closed the dialog.
/// The name and unit go into the document only; nothing keeps them.
#[tauri::command]
pub async fn save_report(
    app: AppHandle,
    window: WebviewWindow,
    state: State<'_, AppState>,
    format: Format,
    language: Lang,
    name: Option<String>,
    unit: Option<String>,
) -> Result<Option<String>, Msg> {
    let failed = |detail: String| Msg::new("summary-save-failed").arg("detail", detail);
    let l = Localizer::new(language);
    let report = state.last_report();
    let (list, _) = state.checklist();
    let doc = document::build(
        &input(
            &state,
            report.as_ref(),
            &list,
            Person::new(name.as_deref(), unit.as_deref()),
        ),
        &l,
    );
    let file_name = format!("{}.{}", document::file_stem(&doc, &l), format.extension());
    let test_dir = (app.config().identifier == TEST_IDENTIFIER)
        .then(|| std::env::var_os(E2E_SAVE_DIR))
        .flatten()
        .map(PathBuf::from);
    tauri::async_runtime::spawn_blocking(move || {
        let bytes = match format {
            Format::Pdf => pdf::render(&doc, &l).map_err(|e| failed(e.to_string()))?,
            Format::Html => html::render(&doc, &l).into_bytes(),
            Format::Json => document::to_json(&doc).into_bytes(),
        };
        let path = match test_dir {
            Some(dir) => dir.join(&file_name),
            None => {
                let chosen = app
                    .dialog()
                    .file()
                    .set_parent(&window)
                    .set_title(l.text("summary-save-title"))
                    .set_file_name(&file_name)
                    .add_filter(l.text(format.filter()), &[format.extension()])
                    .blocking_save_file();
                match chosen {
                    None => return Ok(None),
                    Some(p) => p.into_path().map_err(|e| failed(e.to_string()))?,
                }
            }
        };
        std::fs::write(&path, bytes).map_err(|e| failed(e.to_string()))?;
        Ok(Some(path.display().to_string()))
    })
    .await
    .map_err(|e| failed(e.to_string()))?
}
