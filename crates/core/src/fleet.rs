//! Fleet output: when the profile asks for it (`[fleet] enabled = true`; off by default), each
//! real check of this computer also leaves its latest result where the monitoring engines an IT
//! department already runs can pick it up — a Wazuh agent tails a JSON-lines file, osquery reads
//! a one-table SQLite file. TựKiểm itself still sends nothing anywhere. `docs/fleet.md` says how
//! the engines are set up.
//!
//! - `tukiem-check.jsonl`: one `tukiem.check/1` line per check, appended; past [`ROTATE_BYTES`]
//!   the file is moved to `tukiem-check.jsonl.1` (one old generation) and a new one started.
//! - `tukiem-check.sqlite`: one table, `tukiem_check`, holding one row: the latest check.
//!
//! No secrets: statuses, counts, the computer's name, the profile id, a time. No user name, no
//! path, no site name, no password, no message text.
//!
//! Where: the machine-wide folder ([`machine_dir`]: `%ProgramData%\TuKiem` on Windows,
//! `/var/lib/tukiem` elsewhere). A clerk has no admin rights, so when that folder cannot be
//! written the caller's fallback folder is used and the outcome says so: the engines watch the
//! machine-wide folder only, so IT staff must create it once with write access for users.
//! A recorded machine (scenario, training) never writes here: the caller passes only real checks
//! and [`record`] refuses a report the caller marks as recorded.

use std::io::Write;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::Msg;
use crate::checks::{CheckReport, OsKind, Status, Subject};

/// The line's schema: the check's own schema name, as `tukiem-cli check --json` writes it; the
/// line keeps the check report's top-level fields and flattens the rest for the engines.
pub const SCHEMA: &str = crate::checks::SCHEMA;
pub const LINES_FILE: &str = "tukiem-check.jsonl";
pub const DB_FILE: &str = "tukiem-check.sqlite";
pub const TABLE: &str = "tukiem_check";
/// One line is about 500 bytes: 1 MiB holds two thousand checks.
pub const ROTATE_BYTES: u64 = 1024 * 1024;

/// The machine-wide folder for `os`, given the `ProgramData` variable the caller read.
pub fn machine_dir(os: OsKind, program_data: Option<&std::ffi::OsStr>) -> PathBuf {
    match os {
        OsKind::Windows => PathBuf::from(
            program_data
                .filter(|p| !p.is_empty())
                .unwrap_or(std::ffi::OsStr::new(r"C:\ProgramData")),
        )
        .join("TuKiem"),
        OsKind::Linux => PathBuf::from("/var/lib/tukiem"),
        OsKind::MacOs => PathBuf::from("/Library/Application Support/TuKiem"),
    }
}

/// One line of `tukiem-check.jsonl`, and the one row of the SQLite table.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Line {
    pub schema: String,
    /// Seconds since the Unix epoch.
    pub checked_at: i64,
    /// The same moment, `YYYY-MM-DDTHH:MM:SSZ`.
    pub checked_at_utc: String,
    pub host: String,
    pub os: OsKind,
    pub profile: String,
    pub app_version: String,
    /// The worst status of all findings.
    pub status: Status,
    /// The anti-malware check; `unknown` when it could not tell or did not run.
    pub antivirus: Status,
    pub remote_access: Status,
    /// The worst of the saved-password checks.
    pub browsers: Status,
    /// Saved logins for government sites, over every browser profile (counts only).
    pub gov_saved: u64,
    pub other_saved: u64,
    /// Every finding's status by its id.
    pub findings: std::collections::BTreeMap<String, Status>,
}

impl Line {
    pub fn of(report: &CheckReport, host: &str, profile: &str, app_version: &str) -> Self {
        let facts = report.digest();
        Self {
            schema: SCHEMA.to_owned(),
            checked_at: report.checked_at,
            checked_at_utc: utc(report.checked_at),
            host: clean(host),
            os: report.os,
            profile: clean(profile),
            app_version: clean(app_version),
            status: report.status,
            antivirus: facts.antivirus.unwrap_or(Status::Unknown),
            remote_access: facts.remote_access.unwrap_or(Status::Unknown),
            browsers: facts.browsers.unwrap_or(Status::Unknown),
            gov_saved: facts.gov_saved,
            other_saved: facts.other_saved,
            findings: report
                .findings
                .iter()
                .map(|f| (clean(&f.id), f.status))
                .collect(),
        }
    }
}

fn clean(s: &str) -> String {
    s.chars().filter(|c| !c.is_control()).take(200).collect()
}

fn utc(unix: i64) -> String {
    crate::dates::local(unix, 0)
        .map(|t| t.format("%Y-%m-%dT%H:%M:%SZ").to_string())
        .unwrap_or_default()
}

pub struct Input<'a> {
    pub enabled: bool,
    /// The machine checked: a recorded one (scenario, training) writes nothing.
    pub subject: &'a Subject,
    pub report: &'a CheckReport,
    pub host: &'a str,
    pub profile: &'a str,
    pub app_version: &'a str,
    pub machine_dir: PathBuf,
    /// Where to write when the machine-wide folder cannot be written (`None`: nowhere).
    pub fallback_dir: Option<PathBuf>,
}

/// What happened, for the caller to show.
#[derive(Clone, Debug, PartialEq)]
pub enum Outcome {
    /// The profile does not ask for fleet output, or the check was of a recorded machine.
    Off,
    Written {
        dir: PathBuf,
    },
    /// The machine-wide folder could not be written; the fallback was.
    Fallback {
        dir: PathBuf,
        machine_dir: PathBuf,
        /// Why the machine-wide folder was refused, as a message (never the OS's English).
        detail: Msg,
    },
    Failed {
        machine_dir: PathBuf,
        detail: Msg,
    },
}

impl Outcome {
    /// What to tell the person, when there is something to tell.
    pub fn problem(&self) -> Option<Msg> {
        match self {
            Outcome::Off | Outcome::Written { .. } => None,
            Outcome::Fallback {
                dir,
                machine_dir,
                detail,
            } => Some(
                Msg::new("fleet-fallback")
                    .arg("folder", machine_dir.display().to_string())
                    .arg("fallback", dir.display().to_string())
                    .arg("detail", detail.clone()),
            ),
            Outcome::Failed {
                machine_dir,
                detail,
            } => Some(
                Msg::new("fleet-failed")
                    .arg("folder", machine_dir.display().to_string())
                    .arg("detail", detail.clone()),
            ),
        }
    }
}

/// The one call the app and the CLI make after a check: writes the fleet line and row when the
/// profile enables it and the check was of this computer.
pub fn record(input: &Input) -> Outcome {
    if !input.enabled || input.subject.is_recorded() {
        return Outcome::Off;
    }
    let line = Line::of(input.report, input.host, input.profile, input.app_version);
    match write_to(&input.machine_dir, &line) {
        Ok(()) => Outcome::Written {
            dir: input.machine_dir.clone(),
        },
        Err(first) => match &input.fallback_dir {
            Some(fallback) => match write_to(fallback, &line) {
                Ok(()) => Outcome::Fallback {
                    dir: fallback.clone(),
                    machine_dir: input.machine_dir.clone(),
                    detail: first.msg(),
                },
                Err(_) => Outcome::Failed {
                    machine_dir: input.machine_dir.clone(),
                    detail: first.msg(),
                },
            },
            None => Outcome::Failed {
                machine_dir: input.machine_dir.clone(),
                detail: first.msg(),
            },
        },
    }
}

/// Hands a finished check to the fleet engines (called once, from `app::checks::after_check`):
/// the profile decides whether anything is written, a recorded `subject` never is,
/// `program_data` is the variable the adapter read, `fallback_dir` the adapter's own folder
/// (`None`: none).
pub fn publish(
    profile: &crate::Profile,
    report: &CheckReport,
    subject: &Subject,
    host: Option<String>,
    program_data: Option<&std::ffi::OsStr>,
    fallback_dir: Option<PathBuf>,
) -> Outcome {
    record(&Input {
        enabled: profile.fleet.enabled,
        subject,
        report,
        host: host.as_deref().unwrap_or_default(),
        profile: &profile.id,
        app_version: env!("CARGO_PKG_VERSION"),
        machine_dir: machine_dir(report.os, program_data),
        fallback_dir,
    })
}

#[derive(Debug, thiserror::Error)]
pub enum FleetError {
    #[error("{0}")]
    Io(#[from] std::io::Error),
    #[error("{0}")]
    Sqlite(#[from] rusqlite::Error),
}

impl FleetError {
    /// The kind of failure in the reader's language ([`crate::io_reason`]).
    pub fn msg(&self) -> Msg {
        match self {
            FleetError::Io(e) => crate::io_reason::msg(e),
            FleetError::Sqlite(_) => Msg::new("io-database"),
        }
    }
}

/// Appends the line (rotating first when the file is full) and replaces the table's row.
pub fn write_to(dir: &Path, line: &Line) -> Result<(), FleetError> {
    std::fs::create_dir_all(dir)?;
    let lines = dir.join(LINES_FILE);
    if std::fs::symlink_metadata(&lines).is_ok_and(|m| m.len() >= ROTATE_BYTES) {
        std::fs::rename(&lines, dir.join(format!("{LINES_FILE}.1")))?;
    }
    // A plain struct of strings, numbers and enums: serializing cannot fail.
    let mut text = serde_json::to_string(line).unwrap_or_default();
    text.push('\n');
    let mut file = open_append(&lines)?;
    // One write call per line: a crash loses at most this line, never an older one.
    file.write_all(text.as_bytes())?;
    file.sync_data()?;
    write_db(&dir.join(DB_FILE), line)
}

fn open_append(path: &Path) -> std::io::Result<std::fs::File> {
    let mut o = std::fs::OpenOptions::new();
    o.create(true).append(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        // A shared folder: never follow a link someone else planted in place of our file.
        o.custom_flags(libc::O_NOFOLLOW).mode(0o644);
    }
    o.open(path)
}

fn write_db(path: &Path, line: &Line) -> Result<(), FleetError> {
    if std::fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_symlink()) {
        return Err(std::io::Error::other("link in place of the database").into());
    }
    let mut conn = rusqlite::Connection::open(path)?;
    conn.busy_timeout(std::time::Duration::from_secs(2))?;
    let tx = conn.transaction()?;
    tx.execute_batch(&format!(
        "CREATE TABLE IF NOT EXISTS {TABLE} (
            host TEXT NOT NULL,
            checked_at INTEGER NOT NULL,
            checked_at_utc TEXT NOT NULL,
            os TEXT NOT NULL,
            profile TEXT NOT NULL,
            app_version TEXT NOT NULL,
            status TEXT NOT NULL,
            antivirus TEXT NOT NULL,
            remote_access TEXT NOT NULL,
            browsers TEXT NOT NULL,
            gov_saved INTEGER NOT NULL,
            other_saved INTEGER NOT NULL
        );
        DELETE FROM {TABLE};"
    ))?;
    tx.execute(
        &format!(
            "INSERT INTO {TABLE} (host, checked_at, checked_at_utc, os, profile, app_version,
             status, antivirus, remote_access, browsers, gov_saved, other_saved)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)"
        ),
        rusqlite::params![
            line.host,
            line.checked_at,
            line.checked_at_utc,
            os_code(line.os),
            line.profile,
            line.app_version,
            line.status.code(),
            line.antivirus.code(),
            line.remote_access.code(),
            line.browsers.code(),
            i64::try_from(line.gov_saved).unwrap_or(i64::MAX),
            i64::try_from(line.other_saved).unwrap_or(i64::MAX),
        ],
    )?;
    tx.commit()?;
    Ok(())
}

fn os_code(os: OsKind) -> &'static str {
    match os {
        OsKind::Windows => "windows",
        OsKind::Linux => "linux",
        OsKind::MacOs => "macos",
    }
}

#[cfg(test)]
mod tests;
