//! `windows-updates`: are updates actually being installed? (TựKiểm's recommendation.)
//!
//! Windows: the newest date among the installed updates `Win32_QuickFixEngineering` lists. That
//! class is chosen because it is documented, readable by a standard user, and answered from the
//! local servicing store — it lists the monthly cumulative and servicing-stack updates, the ones
//! that patch Windows. (The Windows Update Agent's history also lists Defender's daily signature
//! updates, which would make a machine whose Windows has not been patched for months look
//! fresh, and its search may go to the network.) Beside it, from the registry: updates paused
//! (`HKLM\SOFTWARE\Microsoft\WindowsUpdate\UX\Settings`, `Pause*` end times), turned off by
//! policy (`HKLM\SOFTWARE\Policies\Microsoft\Windows\WindowsUpdate[\AU]`), or the Windows
//! Update service disabled (`wuauserv` `Start` = 4).
//!
//! Linux: the last change of the package database (`/var/lib/dpkg/status`, or RPM's), which
//! every install and upgrade rewrites.

use super::{PerOs, key, number, text};
use crate::Msg;
use crate::checks::antivirus::dates::{parse_iso8601, unix_seconds};
use crate::checks::facts::{Hive, InstalledUpdate};
use crate::checks::{Check, CheckOutput, Env, Finding, MachinePath, OsKind, Status};
use crate::dates::{date_msg, local_day};

pub const FINDING_ID: &str = "windows-updates";

/// More days than this without an installed update is a warning: Windows ships security
/// updates every month, so two missed months is not a delay, it is a stop.
pub const STALE_DAYS: i64 = 62;

pub const PAUSE_KEY: &str = r"SOFTWARE\Microsoft\WindowsUpdate\UX\Settings";
pub const POLICY_KEY: &str = r"SOFTWARE\Policies\Microsoft\Windows\WindowsUpdate";
pub const POLICY_AU_KEY: &str = r"SOFTWARE\Policies\Microsoft\Windows\WindowsUpdate\AU";
pub const SERVICE_KEY: &str = r"SYSTEM\CurrentControlSet\Services\wuauserv";

/// The end times Settings writes when someone pauses updates.
const PAUSE_VALUES: &[&str] = &[
    "PauseUpdatesExpiryTime",
    "PauseQualityUpdatesEndTime",
    "PauseFeatureUpdatesEndTime",
];

pub struct WindowsUpdatesCheck;

impl Check for WindowsUpdatesCheck {
    fn id(&self) -> &'static str {
        FINDING_ID
    }

    fn title(&self) -> Msg {
        Msg::new("windows-updates")
    }

    fn run(&self, env: &dyn Env) -> CheckOutput {
        PerOs {
            id: FINDING_ID,
            windows,
            linux,
            no_source: "posture-updates-reason-no-source",
        }
        .run(env, self.title())
    }
}

/// `InstalledOn` as Unix seconds: `M/D/YYYY` (what the class documents and gives on current
/// Windows), `YYYYMMDD`, or a 16-digit hexadecimal FILETIME (older machines). `None` for
/// anything else and for dates before Windows 10 or after `now` plus a day.
pub fn installed_on(text: &str, now: i64) -> Option<i64> {
    let t = text.trim();
    let unix = if let Some((m, rest)) = t.split_once('/') {
        let (d, y) = rest.split_once('/')?;
        unix_seconds(
            y.trim().parse().ok()?,
            m.trim().parse().ok()?,
            d.trim().parse().ok()?,
            0,
            0,
            0,
        )?
    } else if t.len() == 8 && t.bytes().all(|b| b.is_ascii_digit()) {
        unix_seconds(
            t[..4].parse().ok()?,
            t[4..6].parse().ok()?,
            t[6..].parse().ok()?,
            0,
            0,
            0,
        )?
    } else if t.len() == 16 && t.bytes().all(|b| b.is_ascii_hexdigit()) {
        // 100-ns intervals since 1601-01-01.
        crate::checks::native::filetime_unix(u64::from_str_radix(t, 16).ok()?)
    } else {
        return None;
    };
    super::real_time(unix, now)
}

fn day(unix: i64) -> Msg {
    local_day(unix, 0).map_or_else(crate::dates::unknown_msg, date_msg)
}

fn windows(env: &dyn Env, title: Msg) -> Finding {
    let now = env.now_unix();
    let mut blockers: Vec<Msg> = Vec::new();
    let mut evidence: Vec<(&str, serde_json::Value)> = Vec::new();
    let mut unreadable: Vec<Msg> = Vec::new();

    // Paused from Settings.
    match key(env, Hive::LocalMachine, PAUSE_KEY) {
        Ok(Some(v)) => {
            let until = PAUSE_VALUES
                .iter()
                .filter_map(|name| text(&v, name, 40))
                .filter_map(|t| parse_iso8601(&t))
                .filter(|t| *t > now)
                .max();
            if let Some(until) = until {
                blockers.push(Msg::new("posture-updates-paused").arg("until", day(until)));
                evidence.push((
                    "paused_until",
                    crate::dates::local_day(until, 0)
                        .map(crate::dates::iso)
                        .into(),
                ));
            }
        }
        Ok(None) => {}
        Err(r) => unreadable.push(r),
    }
    // Turned off by policy.
    match key(env, Hive::LocalMachine, POLICY_AU_KEY) {
        Ok(Some(v)) => {
            if number(&v, "NoAutoUpdate") == Ok(Some(1)) {
                blockers.push(
                    Msg::new("posture-updates-off-by-policy")
                        .arg("key", format!("HKLM\\{POLICY_AU_KEY}"))
                        .arg("value", "NoAutoUpdate"),
                );
                evidence.push(("off_by_policy", "NoAutoUpdate".into()));
            }
        }
        Ok(None) => {}
        Err(r) => unreadable.push(r),
    }
    match key(env, Hive::LocalMachine, POLICY_KEY) {
        Ok(Some(v)) => {
            for name in ["DisableWindowsUpdateAccess", "PauseQualityUpdates"] {
                if number(&v, name) == Ok(Some(1)) {
                    blockers.push(
                        Msg::new("posture-updates-off-by-policy")
                            .arg("key", format!("HKLM\\{POLICY_KEY}"))
                            .arg("value", name),
                    );
                    evidence.push(("off_by_policy", name.into()));
                }
            }
        }
        Ok(None) => {}
        Err(r) => unreadable.push(r),
    }
    match key(env, Hive::LocalMachine, SERVICE_KEY) {
        Ok(Some(v)) if number(&v, "Start") == Ok(Some(4)) => {
            blockers.push(Msg::new("posture-updates-service-disabled"));
            evidence.push(("service_disabled", true.into()));
        }
        Ok(_) => {}
        Err(r) => unreadable.push(r),
    }

    // The newest installed update.
    let newest: Result<Option<i64>, Msg> = match env.installed_updates() {
        Ok(list) => {
            let dates: Vec<i64> = list
                .iter()
                .filter_map(|u: &InstalledUpdate| u.installed_on.as_deref())
                .filter_map(|t| installed_on(t, now))
                .collect();
            evidence.push(("updates_listed", list.len().into()));
            evidence.push(("updates_dated", dates.len().into()));
            Ok(dates.into_iter().max())
        }
        Err(e) => Err(crate::checks::reason::native(
            "posture-updates-reason-list",
            &e,
        )),
    };
    evidence.push(("source", "Win32_QuickFixEngineering".into()));
    let with_evidence = |mut f: Finding| {
        for (k, v) in &evidence {
            f = f.evidence(k, v.clone());
        }
        f
    };

    let age = |t: i64| now.saturating_sub(t).max(0) / 86_400;
    let stale = matches!(newest, Ok(Some(t)) if age(t) > STALE_DAYS);
    if !blockers.is_empty() || stale {
        let summary = match &newest {
            Ok(Some(t)) => Msg::new("posture-updates-last")
                .arg("date", day(*t))
                .arg("days", age(*t)),
            _ => Msg::new("posture-updates-last-unknown"),
        };
        let mut f = Finding::new(FINDING_ID, Status::Warning, title, summary);
        for b in blockers {
            f = f.advise(b);
        }
        if stale {
            f = f.advise(Msg::new("posture-updates-advice-stale").arg("days", STALE_DAYS));
        }
        let f = f.advise(Msg::new("posture-updates-advice-run")).action(
            crate::checks::Action::OpenUri {
                uri: "ms-settings:windowsupdate".to_owned(),
                label: Msg::new("posture-updates-open"),
            },
        );
        return with_evidence(
            f.evidence(
                "last_update",
                newest
                    .ok()
                    .flatten()
                    .and_then(|t| local_day(t, 0))
                    .map(crate::dates::iso),
            ),
        );
    }
    match newest {
        Ok(Some(t)) => {
            let f = Finding::new(
                FINDING_ID,
                Status::Ok,
                title,
                Msg::new("posture-updates-last")
                    .arg("date", day(t))
                    .arg("days", age(t)),
            );
            // A setting that could not be read cannot be vouched for.
            let f = match unreadable.into_iter().next() {
                Some(reason) => Finding {
                    status: Status::Unknown,
                    reason: Some(reason),
                    ..f
                },
                None => f,
            };
            with_evidence(f.evidence("last_update", local_day(t, 0).map(crate::dates::iso)))
        }
        Ok(None) => with_evidence(Finding::unknown(
            FINDING_ID,
            title,
            Msg::new("posture-updates-reason-no-date"),
        )),
        Err(reason) => with_evidence(Finding::unknown(FINDING_ID, title, reason)),
    }
}

/// Package databases every install and upgrade rewrites, by package system.
const PACKAGE_DATABASES: &[&str] = &[
    "/var/lib/dpkg/status",
    "/var/lib/rpm/rpmdb.sqlite",
    "/var/lib/rpm/Packages",
];

fn linux(env: &dyn Env, title: Msg) -> Finding {
    let now = env.now_unix();
    for p in PACKAGE_DATABASES {
        let Some(path) = MachinePath::parse(OsKind::Linux, p) else {
            continue;
        };
        match super::file_mtime(env, &path) {
            Ok(None) => continue,
            Err(reason) => return Finding::unknown(FINDING_ID, title, reason),
            Ok(Some(t)) if super::real_time(t, now).is_none() => {
                return Finding::unknown(
                    FINDING_ID,
                    title,
                    Msg::new("posture-updates-reason-bad-date").arg("path", (*p).to_owned()),
                );
            }
            Ok(Some(t)) => {
                let days = now.saturating_sub(t).max(0) / 86_400;
                let summary = Msg::new("posture-updates-last-linux")
                    .arg("date", day(t))
                    .arg("days", days);
                let status = if days > STALE_DAYS {
                    Status::Warning
                } else {
                    Status::Ok
                };
                let mut f = Finding::new(FINDING_ID, status, title, summary)
                    .evidence("source", (*p).to_owned())
                    .evidence("last_update", local_day(t, 0).map(crate::dates::iso));
                if status == Status::Warning {
                    f = f
                        .advise(Msg::new("posture-updates-advice-stale").arg("days", STALE_DAYS))
                        .advise(Msg::new("posture-updates-advice-linux"));
                }
                return f;
            }
        }
    }
    Finding::not_applicable(
        FINDING_ID,
        title,
        Msg::new("posture-updates-reason-no-source").arg("system", "Linux"),
    )
}
