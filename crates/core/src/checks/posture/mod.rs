//! Windows itself — still supported, actually updated, firewalled, SmartScreen on — and the
//! trace today's stealers leave when a fake CAPTCHA makes someone paste a command into the Run
//! box. The first four are **TựKiểm's recommendations**, not the letter's request: their
//! findings and score parts say so. `run-box` is a stealer trace like `hosts-file`.
//!
//! Every fact comes through the `Env` seam: the registry and `Win32_QuickFixEngineering` on
//! Windows (no script host, no administrator rights), `/etc/os-release`, the package database
//! and `ufw.conf` on Linux. A system with no documented source gets `not_applicable` with the
//! reason; a source that fails gets `unknown` with the reason; neither is ever `ok`.

pub mod firewall;
pub mod lifecycle;
pub mod run_box;
pub mod smartscreen;
pub mod support;
pub mod updates;

/// TựKiểm's recommendations about the system itself, in the order the roll-up names them.
pub const RECOMMENDATION_IDS: [&str; 4] = [
    support::FINDING_ID,
    updates::FINDING_ID,
    firewall::FINDING_ID,
    smartscreen::FINDING_ID,
];

use chrono::NaiveDate;

use super::facts::{Fact, FactError, Hive, RegData, RegValues};
use super::{Env, Finding, MachinePath};
use crate::{Msg, outside};

/// A registry key's values, `Ok(None)` when it does not exist, or the reason it could not be
/// read (naming the key, never a value).
pub(crate) fn key(env: &dyn Env, hive: Hive, path: &str) -> Result<Option<RegValues>, Msg> {
    read_key(env.registry(hive, path), hive, path)
}

fn read_key(
    fact: Fact<Option<RegValues>>,
    hive: Hive,
    path: &str,
) -> Result<Option<RegValues>, Msg> {
    fact.map_err(|e| registry_reason(&e, hive, path))
}

pub(crate) fn registry_reason(e: &FactError, hive: Hive, path: &str) -> Msg {
    super::reason::native("posture-reason-registry", e)
        .arg("key", format!("{}\\{path}", hive.code()))
}

/// A DWORD-like value: a number, or a number written as text. `Err(())` when the value is
/// there with a type no policy uses (binary, a list, words): the caller says so.
pub(crate) fn number(values: &RegValues, name: &str) -> Result<Option<u64>, ()> {
    match values.get(name) {
        None => Ok(None),
        Some(RegData::Number(n)) => Ok(Some(*n)),
        Some(RegData::Text(t)) => t.trim().parse().map(Some).map_err(|_| ()),
        Some(_) => Err(()),
    }
}

/// A text value, cleaned for showing: control and direction-changing characters dropped,
/// at most `max` characters. `None` when missing or not text.
pub(crate) fn text(values: &RegValues, name: &str, max: usize) -> Option<String> {
    values
        .get(name)
        .and_then(RegData::as_text)
        .map(|t| clean(t, max))
}

/// Text from the machine made safe to show: no control characters, no bidirectional
/// overrides or invisible marks (which can make a line read differently from what it is), at
/// most `max` characters.
pub(crate) fn clean(text: &str, max: usize) -> String {
    text.chars()
        .filter(|c| !c.is_control() && !is_invisible(*c))
        .take(max)
        .collect::<String>()
        .trim()
        .to_owned()
}

/// Bidirectional controls and zero-width characters.
pub(crate) fn is_invisible(c: char) -> bool {
    matches!(c,
        '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2069}' | '\u{FEFF}')
}

/// Windows 10 came out on 29/07/2015: a time recorded before that on a machine this app checks
/// (an update installed, a registry key written, a package database changed) is not a real date
/// (FILETIME zero reads as 1601).
const WINDOWS_10_RELEASED: i64 = 1_438_128_000;

/// `unix` when it can be a real time of the machine's recent life: not before Windows 10, not after
/// `now` plus a day (a clock set wrong). `None` otherwise.
pub(crate) fn real_time(unix: i64, now: i64) -> Option<i64> {
    (WINDOWS_10_RELEASED..=now.saturating_add(86_400))
        .contains(&unix)
        .then_some(unix)
}

/// Today (UTC) on the checked machine's clock; `None` when the clock is not a real date.
pub(crate) fn today(env: &dyn Env) -> Option<NaiveDate> {
    crate::dates::local_day(env.now_unix(), 0)
}

/// The modification time of a file of the checked machine, as Unix seconds, or why not.
/// `Ok(None)`: the file does not exist.
pub(crate) fn file_mtime(env: &dyn Env, path: &MachinePath) -> Result<Option<i64>, Msg> {
    let local = env.local(path);
    match outside::regular_file(&local) {
        Ok(meta) => meta
            .modified()
            .ok()
            .and_then(|t| {
                t.duration_since(std::time::UNIX_EPOCH)
                    .ok()
                    .and_then(|d| i64::try_from(d.as_secs()).ok())
            })
            .map(Some)
            .ok_or_else(|| Msg::new("posture-reason-no-mtime").arg("path", path.to_string())),
        Err(e) if e.is_not_found() => Ok(None),
        Err(e) => Err(e.reason(&path.to_string())),
    }
}

/// Marks a finding as one of TựKiểm's own recommendations (the UI, the report and scripts key
/// on `evidence.recommendation`).
pub(crate) fn recommendation(f: Finding) -> Finding {
    f.evidence("recommendation", true)
}

/// How a posture check reads its one source on each system: Windows and Linux have their own
/// reader; macOS has no documented source, so the finding does not apply there and says why
/// (`no_source`, with `$system`). The finding is labelled as TựKiểm's recommendation.
pub(crate) struct PerOs {
    pub id: &'static str,
    pub windows: fn(&dyn Env, Msg) -> Finding,
    pub linux: fn(&dyn Env, Msg) -> Finding,
    pub no_source: &'static str,
}

impl PerOs {
    pub(crate) fn run(&self, env: &dyn Env, title: Msg) -> super::CheckOutput {
        let f = match env.os() {
            super::OsKind::Windows => (self.windows)(env, title),
            super::OsKind::Linux => (self.linux)(env, title),
            super::OsKind::MacOs => Finding::not_applicable(
                self.id,
                title,
                Msg::new(self.no_source).arg("system", "macOS"),
            ),
        };
        super::CheckOutput::finding(recommendation(f))
    }
}

#[cfg(test)]
mod tests;
