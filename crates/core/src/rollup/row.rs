//! The roll-up's data: one row per person and machine, what was replaced and refused, as the
//! JSON holds them; and the one way text from a report is cleaned before it is kept.

use serde::{Deserialize, Serialize};

use crate::Msg;
use crate::assessment::integrity::Integrity;
use crate::checks::Status;
use crate::outside::ReadError;

/// Longest text kept from a field (the report itself caps name and unit at 200).
pub const MAX_TEXT: usize = 200;

/// One person on one machine, from their latest report.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Row {
    pub name: Option<String>,
    pub unit: Option<String>,
    /// The computer's name.
    pub machine: Option<String>,
    pub os: Option<String>,
    pub agency: String,
    pub profile: String,
    /// When the report was made.
    pub generated_at: i64,
    /// When the computer was checked; `None`: the report has no check.
    pub checked_at: Option<i64>,
    pub score: u8,
    /// The anti-malware check's status; `None`: not checked.
    pub antivirus: Option<Status>,
    pub gov_passwords: Gov,
    /// How many government-site passwords the browsers hold, when the report says.
    pub gov_saved: Option<u64>,
    pub systems: Vec<SystemCell>,
    /// The Run-box trace and TựKiểm's recommendations about the system (`windows-support`,
    /// `windows-updates`, `firewall`, `smartscreen`), as the report's check found them; empty
    /// for a report without a check or saved before these checks existed.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub posture: Vec<PostureCell>,
    pub integrity: Integrity,
    /// The file it came from (for a row from a roll-up: that roll-up's file, then the original).
    pub source: String,
}

impl Row {
    /// The moment that decides which of two reports is the latest.
    pub fn moment(&self) -> (i64, i64) {
        (
            self.checked_at.unwrap_or(self.generated_at),
            self.generated_at,
        )
    }
}

/// One posture finding of a report: its id and status.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PostureCell {
    pub id: String,
    pub status: Status,
}

impl PostureCell {
    /// The ids a roll-up keeps: the Run box and the recommendations, nothing else a file names.
    pub fn known(id: &str) -> bool {
        id == crate::checks::posture::run_box::FINDING_ID
            || crate::checks::posture::RECOMMENDATION_IDS.contains(&id)
    }
}

/// Government-site passwords saved in browsers.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Gov {
    NoneSaved,
    Saved,
    Unknown,
    NotChecked,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SystemCell {
    pub id: String,
    pub name: String,
    pub state: SystemState,
    /// `YYYY-MM-DD`.
    pub changed_on: Option<String>,
    /// For a stale change: the `max_age_days` of the profile the report was made with (absent in
    /// reports saved before it was carried).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_age_days: Option<u32>,
}

/// The same states as the self-check report's systems.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SystemState {
    Done,
    Stale,
    Undone,
    NotRecorded,
}

impl SystemState {
    pub fn changed(self) -> bool {
        matches!(self, SystemState::Done | SystemState::Stale)
    }
}

/// A report left out because a later one of the same person and machine was there.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Replaced {
    pub file: String,
    pub name: Option<String>,
    pub machine: Option<String>,
    pub checked_at: Option<i64>,
    /// The file that replaced it.
    pub by: String,
}

/// Why a file is not in the roll-up.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Refusal {
    Unreadable(ReadError),
    NotJson,
    /// JSON that stops in the middle (a download cut short).
    Truncated,
    /// JSON, but not a TựKiểm report or roll-up.
    Foreign,
    /// A TựKiểm document of a version this build does not know.
    Version {
        schema: String,
    },
    /// The right schema, but fields missing or of the wrong kind.
    Invalid,
    /// A report of a recorded machine (scenario, training): not a person's computer.
    Recorded,
    TooDeep {
        depth: usize,
    },
    TooMany {
        files: usize,
    },
    /// From a roll-up read as input: its code and text as that roll-up wrote them.
    Carried {
        code: String,
        text: String,
    },
}

impl Refusal {
    pub fn code(&self) -> &str {
        match self {
            Refusal::Unreadable(e) => match e {
                ReadError::NotFound => "not_found",
                ReadError::NotAFile => "not_a_file",
                ReadError::TooLarge { .. } => "too_large",
                ReadError::TooMany { .. } => "too_many",
                ReadError::PermissionDenied => "permission_denied",
                ReadError::TimedOut { .. } => "timed_out",
                ReadError::NotUtf8 | ReadError::Io(_) => "unreadable",
            },
            Refusal::NotJson => "not_json",
            Refusal::Truncated => "truncated",
            Refusal::Foreign => "foreign",
            Refusal::Version { .. } => "version",
            Refusal::Invalid => "invalid",
            Refusal::Recorded => "recorded",
            Refusal::TooDeep { .. } => "too_deep",
            Refusal::TooMany { .. } => "too_many",
            Refusal::Carried { code, .. } => code,
        }
    }

    /// The reason in words: names the file and the problem, never the content.
    pub fn msg(&self, file: &str) -> Msg {
        let m = |id: &str| Msg::new(id).arg("path", file.to_owned());
        match self {
            Refusal::Unreadable(e) => e.reason(file),
            Refusal::NotJson => m("rollup-refused-not-json"),
            Refusal::Truncated => m("rollup-refused-truncated"),
            Refusal::Foreign => m("rollup-refused-foreign"),
            Refusal::Version { schema } => {
                m("rollup-refused-version").arg("schema", schema.clone())
            }
            Refusal::Invalid => m("rollup-refused-invalid"),
            Refusal::Recorded => m("rollup-refused-recorded"),
            Refusal::TooDeep { depth } => m("rollup-refused-too-deep").arg("depth", *depth as i64),
            Refusal::TooMany { files } => m("rollup-refused-too-many").arg("files", *files as i64),
            Refusal::Carried { .. } => m("rollup-refused-carried"),
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Refused {
    pub file: String,
    pub reason: Refusal,
}

impl Refused {
    pub fn new(file: String, reason: Refusal) -> Self {
        Self { file, reason }
    }
}

/// A refused file as the JSON writes it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RefusedOut {
    pub file: String,
    pub reason: String,
    pub text: String,
}

/// The systems named in the rows, in the order first seen.
pub fn system_columns(rows: &[Row]) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = Vec::new();
    for r in rows {
        for s in &r.systems {
            if !out.iter().any(|(id, _)| *id == s.id) {
                out.push((s.id.clone(), s.name.clone()));
            }
        }
    }
    out
}

/// Control characters dropped, surrounding blanks trimmed, at most [`MAX_TEXT`] characters.
pub fn clean(s: &str) -> String {
    cap(s, MAX_TEXT)
}

/// The same, at most `max` characters.
pub(super) fn cap(s: &str, max: usize) -> String {
    s.chars()
        .filter(|c| !c.is_control())
        .collect::<String>()
        .trim()
        .chars()
        .take(max)
        .collect()
}
