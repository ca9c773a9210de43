//! The local history: one JSON line per completed check of this computer, appended to
//! `history.jsonl` in the app data folder. It holds dates, scores, statuses and counts — never a
//! password, a user name, a path or a finding's text.
//!
//! - It is the one record of checks: the last check ([`last_check`]) and the score over time
//!   ([`trend`]) are both read from it. Change dates of passwords live in the checklist only;
//!   `password_changed` lines written by older versions are read once by `app::migrate`.
//! - Appending writes one whole line with one `write` call; a crash mid-write can only leave a
//!   truncated last line, and the next append starts on a fresh line so it loses nothing else.
//! - Reading skips and counts lines it cannot understand; a damaged line is never fatal.
//! - Only this computer's real checks are written: [`append`] takes the caller's explicit
//!   [`Subject`] decision, and a recorded (training) machine writes nothing.

use std::io::{Read, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::checks::{CheckReport, LastCheck, Status, Subject};
use crate::dates::Clock;

pub const FILE: &str = "history.jsonl";

/// How many findings had each status.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Counts {
    pub ok: u32,
    pub warning: u32,
    pub unknown: u32,
    pub critical: u32,
}

impl Counts {
    pub fn of(report: &CheckReport) -> Self {
        let mut c = Counts::default();
        for f in &report.findings {
            let slot = match f.status {
                // Does not apply here: neither a success nor a problem.
                Status::NotApplicable => continue,
                Status::Ok => &mut c.ok,
                Status::Warning => &mut c.warning,
                Status::Unknown => &mut c.unknown,
                Status::Critical => &mut c.critical,
            };
            *slot += 1;
        }
        c
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Entry {
    /// A completed check of this computer.
    Check {
        /// Seconds since the Unix epoch.
        checked_at: i64,
        score: u8,
        status: Status,
        counts: Counts,
    },
    /// A check remembered by an older version in `last-check.json`: date and overall status
    /// only (no score: it is not on the chart). Written only by `app::migrate`.
    EarlierCheck {
        /// Seconds since the Unix epoch.
        checked_at: i64,
        status: Status,
    },
    /// A system's password was marked changed (older versions only; the checklist now holds
    /// change dates, and `app::migrate` copies these into it).
    PasswordChanged {
        system: String,
        /// `YYYY-MM-DD`.
        date: String,
    },
}

impl Entry {
    pub fn check(report: &CheckReport, score: u8) -> Self {
        Entry::Check {
            checked_at: report.checked_at,
            score,
            status: report.status,
            counts: Counts::of(report),
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Appended {
    Written,
    /// Nothing written: the result was about a recorded machine.
    NotThisComputer,
}

#[derive(Debug, thiserror::Error)]
#[error("cannot read or write {path}: {source}")]
pub struct HistoryError {
    pub path: PathBuf,
    #[source]
    pub source: std::io::Error,
}

pub fn path_in(dir: &Path) -> PathBuf {
    dir.join(FILE)
}

/// Appends one entry, creating the folder and file if needed.
pub fn append(dir: &Path, subject: &Subject, entry: &Entry) -> Result<Appended, HistoryError> {
    if subject.is_recorded() {
        return Ok(Appended::NotThisComputer);
    }
    let path = path_in(dir);
    let io = |source| HistoryError {
        path: path.clone(),
        source,
    };
    std::fs::create_dir_all(dir).map_err(io)?;
    let mut file = std::fs::OpenOptions::new()
        .read(true)
        .append(true)
        .create(true)
        .open(&path)
        .map_err(io)?;
    // Plain data (numbers, a status word, an id and a date): serializing cannot fail.
    let mut line = serde_json::to_string(entry).unwrap_or_default();
    line.push('\n');
    if !ends_with_newline(&mut file).map_err(io)? {
        // The last write was cut short (a crash, a full disk): end that broken line first.
        line.insert(0, '\n');
    }
    file.write_all(line.as_bytes()).map_err(io)?;
    // On the disk before the caller says "saved".
    file.sync_data().map_err(io)?;
    Ok(Appended::Written)
}

/// True for an empty file or one whose last byte is a newline.
fn ends_with_newline(file: &mut std::fs::File) -> std::io::Result<bool> {
    let len = file.seek(SeekFrom::End(0))?;
    if len == 0 {
        return Ok(true);
    }
    file.seek(SeekFrom::Start(len - 1))?;
    let mut last = [0u8; 1];
    file.read_exact(&mut last)?;
    Ok(last[0] == b'\n')
}

/// What [`read`] found.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Loaded {
    /// Oldest first, as appended.
    pub entries: Vec<Entry>,
    /// Lines that could not be understood and were left out.
    pub skipped: usize,
}

/// The whole history; a missing file is an empty history.
pub fn read(dir: &Path) -> Result<Loaded, HistoryError> {
    let path = path_in(dir);
    // Through `outside`: a FIFO or a link to `/dev/zero` here must not hang or fill the memory.
    let bytes = match crate::outside::read(&path, crate::outside::cap::STORE) {
        Ok(b) => b,
        Err(e) if e.is_not_found() => return Ok(Loaded::default()),
        Err(e) => {
            return Err(HistoryError {
                path,
                source: e.into_io(),
            });
        }
    };
    Ok(parse(&bytes))
}

/// Parses JSON Lines, skipping and counting what is not a known entry.
pub fn parse(bytes: &[u8]) -> Loaded {
    let mut loaded = Loaded::default();
    for line in bytes.split(|b| *b == b'\n') {
        if line.iter().all(u8::is_ascii_whitespace) {
            continue;
        }
        match serde_json::from_slice::<Entry>(line) {
            Ok(e) => loaded.entries.push(e),
            Err(_) => loaded.skipped += 1,
        }
    }
    loaded
}

/// One check on the score-over-time chart.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Point {
    pub checked_at: i64,
    pub score: u8,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Trend {
    /// Whole days since the last check ("last checked 12 days ago"); `None` if never checked.
    pub days_since_check: Option<i64>,
    pub last_checked_at: Option<i64>,
    /// The latest checks, oldest first, at most the number asked for.
    pub points: Vec<Point>,
}

/// The latest check in the history (by date, whatever the line order), if any.
pub fn last_check(entries: &[Entry]) -> Option<LastCheck> {
    entries
        .iter()
        .filter_map(|e| match e {
            Entry::Check {
                checked_at, status, ..
            }
            | Entry::EarlierCheck { checked_at, status } => Some(LastCheck {
                checked_at: *checked_at,
                status: *status,
            }),
            Entry::PasswordChanged { .. } => None,
        })
        .max_by_key(|c| c.checked_at)
}

/// The trend as of `now`, with at most `max_points` checks on the chart. A date that is not a
/// real one (a damaged or hostile line) gives `days_since_check: None`, never a panic.
pub fn trend(entries: &[Entry], now: Clock, max_points: usize) -> Trend {
    let mut points: Vec<Point> = entries
        .iter()
        .filter_map(|e| match e {
            Entry::Check {
                checked_at, score, ..
            } => Some(Point {
                checked_at: *checked_at,
                score: (*score).min(100),
            }),
            Entry::EarlierCheck { .. } | Entry::PasswordChanged { .. } => None,
        })
        .collect();
    points.sort_by_key(|p| p.checked_at);
    let last = last_check(entries).map(|c| c.checked_at);
    let skip = points.len().saturating_sub(max_points);
    Trend {
        days_since_check: last.and_then(|t| now.days_since(t)),
        last_checked_at: last,
        points: points.split_off(skip),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(at: i64, score: u8) -> Entry {
        Entry::Check {
            checked_at: at,
            score,
            status: Status::Warning,
            counts: Counts {
                ok: 1,
                warning: 2,
                unknown: 0,
                critical: 0,
            },
        }
    }

    fn changed(system: &str) -> Entry {
        Entry::PasswordChanged {
            system: system.into(),
            date: "2026-11-25".into(),
        }
    }

    #[test]
    fn entries_append_as_json_lines_and_read_back_in_order() {
        let dir = tempfile::tempdir().unwrap();
        let data = dir.path().join("data");
        assert_eq!(read(&data).unwrap(), Loaded::default());
        for e in [check(100, 40), changed("thu-cong-vu"), check(200, 70)] {
            assert_eq!(
                append(&data, &Subject::ThisComputer, &e).unwrap(),
                Appended::Written
            );
        }
        let text = std::fs::read_to_string(path_in(&data)).unwrap();
        assert_eq!(text.lines().count(), 3);
        assert!(text.lines().all(|l| l.starts_with("{\"kind\":")));
        let loaded = read(&data).unwrap();
        assert_eq!(
            loaded.entries,
            [check(100, 40), changed("thu-cong-vu"), check(200, 70)]
        );
        assert_eq!(loaded.skipped, 0);
    }

    #[test]
    fn a_recorded_machine_writes_nothing() {
        let dir = tempfile::tempdir().unwrap();
        assert_eq!(
            append(
                dir.path(),
                &Subject::Recorded {
                    name: "windows-browsers".into()
                },
                &check(1, 1)
            )
            .unwrap(),
            Appended::NotThisComputer
        );
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0);
    }

    #[test]
    fn a_crash_mid_write_loses_only_the_truncated_line() {
        let dir = tempfile::tempdir().unwrap();
        append(dir.path(), &Subject::ThisComputer, &check(100, 40)).unwrap();
        append(dir.path(), &Subject::ThisComputer, &check(200, 50)).unwrap();
        // Simulate a crash during the third write: half a line, no newline.
        let full = serde_json::to_string(&check(300, 60)).unwrap();
        let mut f = std::fs::OpenOptions::new()
            .append(true)
            .open(path_in(dir.path()))
            .unwrap();
        f.write_all(&full.as_bytes()[..full.len() / 2]).unwrap();
        drop(f);

        let loaded = read(dir.path()).unwrap();
        assert_eq!(loaded.entries, [check(100, 40), check(200, 50)]);
        assert_eq!(loaded.skipped, 1);

        // The next append starts a fresh line: it is not glued to the broken one.
        append(dir.path(), &Subject::ThisComputer, &check(400, 80)).unwrap();
        let loaded = read(dir.path()).unwrap();
        assert_eq!(
            loaded.entries,
            [check(100, 40), check(200, 50), check(400, 80)]
        );
        assert_eq!(loaded.skipped, 1);
    }

    #[test]
    fn corrupt_and_unknown_lines_are_skipped_and_counted_never_fatal() {
        let good = serde_json::to_string(&check(5, 9)).unwrap();
        let text = format!(
            "{good}\nnot json\n{{\"kind\":\"from_the_future\"}}\n\n\u{0}\u{1}\n{{\"kind\":\"check\"}}\n{good}\n"
        );
        let loaded = parse(text.as_bytes());
        assert_eq!(loaded.entries, [check(5, 9), check(5, 9)]);
        assert_eq!(loaded.skipped, 4);
        // Invalid UTF-8 too.
        let loaded = parse(b"\xff\xfe\n");
        assert_eq!((loaded.entries.len(), loaded.skipped), (0, 1));
    }

    #[test]
    fn lines_hold_no_paths_or_text_only_dates_scores_statuses_counts() {
        let line = serde_json::to_string(&check(1_795_000_000, 72)).unwrap();
        assert_eq!(
            line,
            "{\"kind\":\"check\",\"checked_at\":1795000000,\"score\":72,\"status\":\"warning\",\"counts\":{\"ok\":1,\"warning\":2,\"unknown\":0,\"critical\":0}}"
        );
        let line = serde_json::to_string(&changed("dich-vu-cong")).unwrap();
        assert_eq!(
            line,
            "{\"kind\":\"password_changed\",\"system\":\"dich-vu-cong\",\"date\":\"2026-11-25\"}"
        );
    }

    fn at(unix: i64) -> Clock {
        Clock {
            unix,
            utc_offset_minutes: 0,
        }
    }

    #[test]
    fn trend_says_days_since_the_last_check_and_keeps_the_latest_points() {
        let day = 86_400;
        let entries: Vec<Entry> = (0..15)
            .map(|i| check(i * day, (i * 5) as u8))
            .chain([changed("x")])
            .collect();
        let t = trend(&entries, at(26 * day + 3600), 12);
        assert_eq!(t.days_since_check, Some(12));
        assert_eq!(t.last_checked_at, Some(14 * day));
        assert_eq!(t.points.len(), 12);
        assert_eq!(t.points[0].checked_at, 3 * day);
        assert_eq!(t.points[11].score, 70);

        let never = trend(&[changed("x")], at(0), 12);
        assert_eq!(never.days_since_check, None);
        assert!(never.points.is_empty());
        // A clock set back does not give "-3 days ago".
        assert_eq!(trend(&entries, at(0), 12).days_since_check, Some(0));
    }

    #[test]
    fn out_of_range_dates_in_a_line_are_unknown_not_a_panic() {
        let text = format!(
            "{}\n{}\n",
            serde_json::to_string(&check(i64::MIN, 200)).unwrap(),
            serde_json::to_string(&check(i64::MAX, 50)).unwrap()
        );
        let loaded = parse(text.as_bytes());
        assert_eq!(loaded.entries.len(), 2);
        let t = trend(&loaded.entries, at(1_795_000_000), 12);
        assert_eq!(t.days_since_check, None);
        assert_eq!(t.last_checked_at, Some(i64::MAX));
        assert!(t.points.iter().all(|p| p.score <= 100));
        let t = trend(&loaded.entries, at(i64::MIN), 12);
        assert_eq!(t.days_since_check, None);
    }

    #[test]
    fn the_last_check_is_the_latest_by_date_including_a_migrated_one() {
        let earlier = Entry::EarlierCheck {
            checked_at: 500,
            status: Status::Critical,
        };
        assert_eq!(last_check(&[]), None);
        assert_eq!(
            last_check(&[check(100, 1), earlier.clone(), check(300, 2)]),
            Some(LastCheck {
                checked_at: 500,
                status: Status::Critical
            })
        );
        // A migrated check is not a point on the chart: it has no score.
        let t = trend(&[earlier], at(600), 12);
        assert!(t.points.is_empty());
        assert_eq!(t.last_checked_at, Some(500));
    }
}
