//! `windows-support`: is this system's release still getting security updates? (TựKiểm's
//! recommendation.) Windows: edition, release, build and UBR from
//! `HKLM\SOFTWARE\Microsoft\Windows NT\CurrentVersion` (the values `winver` shows), looked up in
//! the dated table ([`super::lifecycle`]). Linux: `/etc/os-release` in the same table (Debian,
//! Ubuntu). Ended → warning with what to do; the table older than the release → `unknown`
//! saying so; no table for this system → `not_applicable`.

use chrono::NaiveDate;

use super::lifecycle::{self, EditionClass, LinuxLookup, WindowsLookup};
use super::{PerOs, clean, key, number, text, today};
use crate::checks::facts::Hive;
use crate::checks::{Check, CheckOutput, Env, Finding, MachinePath, OsKind, Status};
use crate::dates::{date_msg, days_between};
use crate::{Msg, outside};

pub const FINDING_ID: &str = "windows-support";

/// Where Windows keeps its own name, release and build.
pub const CURRENT_VERSION: &str = r"SOFTWARE\Microsoft\Windows NT\CurrentVersion";

/// Support ending within this many days is said ahead (a warning, so the upgrade is planned).
pub const ENDING_SOON_DAYS: i64 = 60;

/// A UBR (the monthly update's revision) above this is not a real one (they are in the low
/// thousands after years of updates): kept out of the finding, said in the evidence.
const MAX_BELIEVABLE_UBR: u64 = 50_000;

pub struct WindowsSupportCheck;

impl Check for WindowsSupportCheck {
    fn id(&self) -> &'static str {
        FINDING_ID
    }

    fn title(&self) -> Msg {
        Msg::new("windows-support")
    }

    fn run(&self, env: &dyn Env) -> CheckOutput {
        PerOs {
            id: FINDING_ID,
            windows,
            linux,
            no_source: "posture-support-reason-no-table",
        }
        .run(env, self.title())
    }
}

fn table_date() -> Msg {
    date_msg(lifecycle::table().checked)
}

/// Windows' build number (`CurrentBuild`, else `CurrentBuildNumber`); `None` when neither is a
/// real build.
pub(crate) fn build_of(values: &crate::checks::facts::RegValues) -> Option<u32> {
    number(values, "CurrentBuild")
        .ok()
        .flatten()
        .or_else(|| number(values, "CurrentBuildNumber").ok().flatten())
        .and_then(|b| u32::try_from(b).ok())
        .filter(|b| *b >= 1)
}

fn windows(env: &dyn Env, title: Msg) -> Finding {
    let values = match key(env, Hive::LocalMachine, CURRENT_VERSION) {
        Ok(Some(v)) => v,
        Ok(None) => {
            return Finding::unknown(
                FINDING_ID,
                title,
                Msg::new("posture-reason-key-missing")
                    .arg("key", format!("HKLM\\{CURRENT_VERSION}")),
            );
        }
        Err(reason) => return Finding::unknown(FINDING_ID, title, reason),
    };
    let Some(build) = build_of(&values) else {
        return Finding::unknown(FINDING_ID, title, Msg::new("posture-support-reason-build"));
    };
    let edition = text(&values, "EditionID", 64).unwrap_or_default();
    let server =
        text(&values, "InstallationType", 32).is_some_and(|t| t.eq_ignore_ascii_case("server"));
    let release = text(&values, "DisplayVersion", 16)
        .or_else(|| text(&values, "ReleaseId", 16))
        .unwrap_or_default();
    let ubr = number(&values, "UBR");
    let product = text(&values, "ProductName", 80)
        .map(|p| crate::checks::native::windows_caption(&p, Some(build)))
        .unwrap_or_else(|| {
            (if build >= 22_000 {
                "Windows 11"
            } else {
                "Windows"
            })
            .to_owned()
        });
    let mut f_evidence: Vec<(&str, serde_json::Value)> = vec![
        ("product", product.clone().into()),
        ("edition_id", edition.clone().into()),
        ("release", release.clone().into()),
        ("build", build.into()),
        (
            "table_checked",
            crate::dates::iso(lifecycle::table().checked).into(),
        ),
    ];
    match ubr {
        Ok(Some(u)) if u <= MAX_BELIEVABLE_UBR => f_evidence.push(("ubr", u.into())),
        Ok(Some(_)) => f_evidence.push(("ubr_unbelievable", true.into())),
        Ok(None) => {}
        Err(()) => f_evidence.push(("ubr_wrong_type", true.into())),
    }
    let with_evidence = |mut f: Finding| {
        for (k, v) in &f_evidence {
            f = f.evidence(k, v.clone());
        }
        f
    };
    let shown = if release.is_empty() {
        product.clone()
    } else {
        format!("{product} {release}")
    };
    if build < 10_240 {
        // Windows 7 / 8.1: ended years ago (and TựKiểm itself does not run there).
        return with_evidence(ended_finding(title, &shown, None, false));
    }
    let Some(class) = EditionClass::of_edition_id(&edition, server) else {
        return with_evidence(Finding::unknown(
            FINDING_ID,
            title,
            Msg::new("posture-support-reason-edition").arg("edition", clean(&edition, 40)),
        ));
    };
    let Some(today) = today(env) else {
        return with_evidence(Finding::unknown(
            FINDING_ID,
            title,
            Msg::new("posture-reason-clock"),
        ));
    };
    let f = match lifecycle::windows(build, class) {
        WindowsLookup::Listed(row) => {
            let f = judged(title, &shown, row.ends, row.esu, today);
            f.evidence("ends", crate::dates::iso(row.ends))
                .evidence("source", row.source.clone())
        }
        WindowsLookup::LongEnded { before } => ended_finding(title, &shown, Some(before), false)
            .evidence("source", lifecycle::table().windows_older.source.clone()),
        WindowsLookup::NewerThanTable => Finding::unknown(
            FINDING_ID,
            title,
            Msg::new("posture-support-reason-newer")
                .arg("system", shown.clone())
                .arg("build", i64::from(build))
                .arg("table", table_date()),
        ),
        WindowsLookup::NotListed => Finding::unknown(
            FINDING_ID,
            title,
            Msg::new("posture-support-reason-not-listed")
                .arg("system", shown.clone())
                .arg("build", i64::from(build))
                .arg("table", table_date()),
        ),
    };
    with_evidence(f.evidence("edition_class", class.code()))
}

/// Supported, ending soon, or ended, by the table's date for this release.
fn judged(title: Msg, shown: &str, ends: NaiveDate, esu: bool, today: NaiveDate) -> Finding {
    let left = days_between(today, ends);
    if left < 0 {
        return ended_finding(title, shown, Some(ends), esu);
    }
    let summary = Msg::new("posture-support-supported")
        .arg("system", shown.to_owned())
        .arg("ends", date_msg(ends))
        .arg("table", table_date());
    if left <= ENDING_SOON_DAYS {
        return Finding::new(FINDING_ID, Status::Warning, title, summary)
            .advise(Msg::new("posture-support-advice-ending-soon").arg("days", left))
            .advise(Msg::new("posture-support-advice-upgrade"));
    }
    Finding::new(FINDING_ID, Status::Ok, title, summary)
}

fn ended_finding(title: Msg, shown: &str, ends: Option<NaiveDate>, esu: bool) -> Finding {
    let summary = match ends {
        Some(day) => Msg::new("posture-support-ended")
            .arg("system", shown.to_owned())
            .arg("ends", date_msg(day))
            .arg("table", table_date()),
        None => Msg::new("posture-support-ended-long-ago").arg("system", shown.to_owned()),
    };
    let mut f = Finding::new(FINDING_ID, Status::Warning, title, summary)
        .advise(Msg::new("posture-support-advice-upgrade"));
    if esu {
        let e = &lifecycle::table().windows_esu;
        f = f
            .advise(
                Msg::new("posture-support-advice-esu")
                    .arg("consumer", date_msg(e.consumer_until))
                    .arg("commercial", date_msg(e.commercial_until)),
            )
            .evidence("esu_source", e.source.clone());
    }
    f.advise(Msg::new("posture-support-advice-meanwhile"))
}

const OS_RELEASE: [&str; 2] = ["/etc/os-release", "/usr/lib/os-release"];

fn linux(env: &dyn Env, title: Msg) -> Finding {
    let mut text_read = None;
    for p in OS_RELEASE {
        let Some(path) = MachinePath::parse(OsKind::Linux, p) else {
            continue;
        };
        match outside::read_text(&env.local(&path), outside::cap::SMALL) {
            Ok(t) => {
                text_read = Some(t);
                break;
            }
            Err(e) if e.is_not_found() => continue,
            Err(e) => return Finding::unknown(FINDING_ID, title, e.reason(p)),
        }
    }
    let Some(content) = text_read else {
        return Finding::not_applicable(
            FINDING_ID,
            title,
            Msg::new("posture-support-reason-no-os-release"),
        );
    };
    let fields = parse_os_release(&content);
    let get = |k: &str| {
        fields
            .iter()
            .find(|(n, _)| n == k)
            .map(|(_, v)| clean(v, 60))
            .unwrap_or_default()
    };
    let (id, version) = (get("ID"), get("VERSION_ID"));
    let shown = match get("PRETTY_NAME") {
        name if !name.is_empty() => name,
        _ => format!("{id} {version}"),
    };
    let evidence = |f: Finding| {
        f.evidence("distribution", id.clone())
            .evidence("version", version.clone())
            .evidence(
                "table_checked",
                crate::dates::iso(lifecycle::table().checked),
            )
    };
    let Some(today) = today(env) else {
        return evidence(Finding::unknown(
            FINDING_ID,
            title,
            Msg::new("posture-reason-clock"),
        ));
    };
    evidence(match lifecycle::linux(&id, &version) {
        LinuxLookup::Listed(row) => judged(title, &row.name, row.ends, false, today)
            .evidence("ends", crate::dates::iso(row.ends))
            .evidence("source", row.source.clone()),
        LinuxLookup::NewerThanTable => Finding::unknown(
            FINDING_ID,
            title,
            Msg::new("posture-support-reason-newer-linux")
                .arg("system", shown)
                .arg("table", table_date()),
        ),
        LinuxLookup::NotListed => Finding::not_applicable(
            FINDING_ID,
            title,
            Msg::new("posture-support-reason-no-table").arg("system", shown),
        ),
    })
}

/// `KEY=value` lines of os-release(5), quotes removed; other lines skipped.
pub fn parse_os_release(text: &str) -> Vec<(String, String)> {
    text.lines()
        .filter_map(|line| {
            let (k, v) = line.trim().split_once('=')?;
            if k.starts_with('#') || !k.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
                return None;
            }
            let v = v.trim();
            let v = v
                .strip_prefix('"')
                .and_then(|v| v.strip_suffix('"'))
                .or_else(|| v.strip_prefix('\'').and_then(|v| v.strip_suffix('\'')))
                .unwrap_or(v);
            Some((k.to_owned(), v.to_owned()))
        })
        .collect()
}
