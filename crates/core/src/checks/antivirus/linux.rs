//! Linux: ClamAV (installed? daemon running? `daily` age) and Microsoft Defender for
//! Endpoint when present.

use super::clamav::{self, BINARIES, DAILY_FILES, parse_clamscan_version, parse_cvd_header};
use super::mdatp;
use super::names::process_key;
use super::verdict::{Assessment, Found};
use super::{AvProduct, AvSource, dates};
use crate::checks::{CommandOutcome, Env, OsKind, reason};

/// ClamAV's threshold: "The virus database is older than 7 days!" past 604800 seconds.
const MAX_AGE_SECONDS: i64 = 7 * 86_400;

pub(super) fn assess(env: &dyn Env) -> Assessment {
    let mut a = Assessment::new(OsKind::Linux);
    let running: Option<Vec<String>> = env
        .processes()
        .ok()
        .map(|list| list.iter().map(|p| process_key(&p.name)).collect());
    let runs = |name: &str| running.as_ref().map(|r| r.iter().any(|p| p == name));
    if let Some(found) = clamav(env, &mut a, &runs) {
        a.found.push(found);
    }
    defender_for_endpoint(env, &mut a);
    a
}

/// Runs `mdatp health` (Linux and macOS); not installed is not a problem.
pub(super) fn defender_for_endpoint(env: &dyn Env, a: &mut Assessment) {
    let spec = mdatp::command(env);
    let outcome = env.run(&spec);
    match &outcome {
        CommandOutcome::NotFound => {}
        CommandOutcome::Exited { code, stdout, .. } => match mdatp::parse_mdatp_health(stdout) {
            Some(health) => a.found.push(health.found()),
            None => a.problem(match code {
                // Never the output itself: with a recorded machine it can be any file.
                Some(0) => reason::unrecognized_output(&spec),
                _ => reason::command_problem(&spec, &outcome)
                    .unwrap_or_else(|| reason::unrecognized_output(&spec)),
            }),
        },
        other => {
            if let Some(problem) = reason::command_problem(&spec, other) {
                a.problem(problem);
            }
        }
    }
}

fn clamav(env: &dyn Env, a: &mut Assessment, runs: &dyn Fn(&str) -> Option<bool>) -> Option<Found> {
    let now = env.now_unix();
    // The newest `daily` header in the first database folder that has one.
    let mut daily: Option<(clamav::CvdHeader, String)> = None;
    for dir in clamav::database_dirs(env) {
        for file in DAILY_FILES {
            let path = dir.join(file);
            match clamav::read_head(env, &path) {
                Ok(None) => {}
                Ok(Some(bytes)) => match parse_cvd_header(&bytes) {
                    Ok(h) => {
                        let newer = daily.as_ref().is_none_or(|(d, _)| h.version > d.version);
                        if newer {
                            daily = Some((h, path.to_string()));
                        }
                    }
                    Err(e) => a.problem(reason::unreadable(
                        &path,
                        &std::io::Error::new(std::io::ErrorKind::InvalidData, e.to_string()),
                    )),
                },
                Err(e) => a.problem(e.reason(&path.to_string())),
            }
        }
        if daily.is_some() {
            break;
        }
    }

    let mut installed = BINARIES.iter().any(|b| clamav::exists(env, b))
        || ["clamd", "freshclam", "clamonacc"]
            .iter()
            .any(|p| runs(p) == Some(true));
    let mut created = daily.as_ref().and_then(|(h, _)| h.created);
    // `clamscan --version` finds a ClamAV outside the usual folders, and knows the database
    // date when we could not read it.
    if !installed || created.is_none() {
        let spec = clamav::command(env);
        match env.run(&spec) {
            CommandOutcome::NotFound => {}
            CommandOutcome::Exited {
                code: Some(0),
                stdout,
                ..
            } => match parse_clamscan_version(&stdout) {
                Some(v) => {
                    installed = true;
                    created = created.or(v.daily_time);
                }
                None => a.problem(reason::unrecognized_output(&spec)),
            },
            other => {
                if let Some(problem) = reason::command_problem(&spec, &other) {
                    a.problem(problem);
                }
            }
        }
    }
    if !installed {
        // A database left behind by an uninstalled ClamAV protects nothing.
        return None;
    }

    let daemon = runs("clamd");
    a.evidence("clamav_daemon", daemon);
    if let Some((h, path)) = &daily {
        a.evidence("clamav_database", path.clone());
        a.evidence("clamav_daily_version", h.version);
    }
    let has_data = created.is_some() || daily.is_some();
    let state = match (has_data, daemon) {
        (false, _) => "no-database",
        (true, Some(true)) => "daemon",
        (true, _) => "on-demand",
    };
    let mut found = Found::new(AvProduct {
        name: "ClamAV".to_owned(),
        active: has_data,
        realtime: runs("clamonacc"),
        signatures_age_days: created.map(|t| dates::age_days(now, t)),
        signatures_up_to_date: created.map(|t| now - t <= MAX_AGE_SECONDS),
        source: AvSource::ClamAv,
        state,
    });
    found.protecting = has_data;
    Some(found)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checks::antivirus::AntivirusCheck;
    use crate::checks::scenario::ScenarioEnv;
    use crate::checks::{Action, Check, Status};

    const NOW: i64 = 1_795_000_000; // 2026-11-18 11:06:40 UTC

    fn header(epoch: i64, version: u32) -> Vec<u8> {
        let text = format!(
            "ClamAV-VDB:17 Nov 2026 07-20 +0000:{version}:2075366:90:7f0c2a3a6c9e4d1b8e5f2a7c9d0b1e3f:0qLdR3kE8tYvNc2pXw5sJm7aHf1gUz9bQo4iKe6rTy8uWn3vMx5lPc7jSd9fGh1kLz2xCv4bNm6qWe8rTy0uIo:raynman:{epoch}"
        );
        let mut bytes = text.into_bytes();
        bytes.resize(clamav::HEADER_LEN, b' ');
        bytes
    }

    fn write(root: &std::path::Path, path: &str, bytes: &[u8]) {
        let full = root.join(path.trim_start_matches('/'));
        std::fs::create_dir_all(full.parent().unwrap()).unwrap();
        std::fs::write(full, bytes).unwrap();
    }

    fn linux(root: &std::path::Path) -> ScenarioEnv {
        ScenarioEnv::new(OsKind::Linux, root, NOW)
            .with_var("HOME", "/home/lan")
            .with_process("systemd", None)
    }

    #[test]
    fn clamav_with_a_fresh_daily_cld_is_ok() {
        let dir = tempfile::tempdir().unwrap();
        write(dir.path(), "/usr/bin/clamscan", b"");
        write(
            dir.path(),
            "/var/lib/clamav/daily.cld",
            &header(NOW - 2 * 86_400, 27_821),
        );
        let out = AntivirusCheck.run(&linux(dir.path()).with_process("clamd", None));
        let f = &out.findings[0];
        assert_eq!(f.status, Status::Ok, "{f:?}");
        let p = &out.antivirus[0];
        assert_eq!(
            (p.name.as_str(), p.signatures_age_days),
            ("ClamAV", Some(2))
        );
        assert_eq!(p.state, "daemon");
        assert_eq!(
            p.realtime,
            Some(false),
            "no clamonacc: scans on demand only"
        );
        assert_eq!(f.evidence["clamav_database"], "/var/lib/clamav/daily.cld");
    }

    #[test]
    fn an_old_daily_is_a_warning_with_freshclam_steps() {
        let dir = tempfile::tempdir().unwrap();
        write(dir.path(), "/usr/sbin/clamd", b"");
        write(
            dir.path(),
            "/var/lib/clamav/daily.cvd",
            &header(NOW - 30 * 86_400, 27_000),
        );
        let out = AntivirusCheck.run(&linux(dir.path()));
        let f = &out.findings[0];
        assert_eq!(f.status, Status::Warning);
        assert_eq!(f.summary.id, "check-av-stale-days");
        let Action::Steps { steps, .. } = &f.actions[0] else {
            panic!()
        };
        assert!(steps.iter().any(|s| s.id == "check-av-step-freshclam"));
    }

    #[test]
    fn when_cvd_and_cld_both_exist_the_newer_version_counts() {
        let dir = tempfile::tempdir().unwrap();
        write(dir.path(), "/usr/bin/freshclam", b"");
        write(
            dir.path(),
            "/var/lib/clamav/daily.cvd",
            &header(NOW - 40 * 86_400, 26_000),
        );
        write(
            dir.path(),
            "/var/lib/clamav/daily.cld",
            &header(NOW - 86_400, 27_821),
        );
        let out = AntivirusCheck.run(&linux(dir.path()));
        assert_eq!(out.findings[0].status, Status::Ok);
        assert_eq!(out.findings[0].evidence["clamav_daily_version"], 27_821);
        // And the other way round.
        write(
            dir.path(),
            "/var/lib/clamav/daily.cvd",
            &header(NOW - 86_400, 27_900),
        );
        write(
            dir.path(),
            "/var/lib/clamav/daily.cld",
            &header(NOW - 40 * 86_400, 26_000),
        );
        let out = AntivirusCheck.run(&linux(dir.path()));
        assert_eq!(out.findings[0].evidence["clamav_daily_version"], 27_900);
    }

    #[test]
    fn the_database_directory_comes_from_freshclam_conf() {
        let dir = tempfile::tempdir().unwrap();
        write(dir.path(), "/usr/bin/clamscan", b"");
        write(
            dir.path(),
            "/etc/clamav/freshclam.conf",
            b"DatabaseOwner clamav\nDatabaseDirectory /srv/clamdb\n",
        );
        write(
            dir.path(),
            "/srv/clamdb/daily.cld",
            &header(NOW - 3600, 27_821),
        );
        // A stale copy in the default folder must not be what is judged.
        write(
            dir.path(),
            "/var/lib/clamav/daily.cvd",
            &header(NOW - 90 * 86_400, 25_000),
        );
        let out = AntivirusCheck.run(&linux(dir.path()));
        assert_eq!(out.findings[0].status, Status::Ok);
        assert_eq!(
            out.findings[0].evidence["clamav_database"],
            "/srv/clamdb/daily.cld"
        );
    }

    #[test]
    fn installed_without_a_database_is_critical_with_freshclam_steps() {
        let dir = tempfile::tempdir().unwrap();
        write(dir.path(), "/usr/bin/clamscan", b"");
        let env = linux(dir.path()).with_stdout(clamav::COMMAND_ID, "ClamAV 1.4.3\n");
        let out = AntivirusCheck.run(&env);
        let f = &out.findings[0];
        assert_eq!(f.status, Status::Critical);
        assert_eq!(out.antivirus[0].state, "no-database");
        assert!(
            matches!(&f.actions[0], Action::Steps { steps, .. } if steps.iter().any(|s| s.id == "check-av-step-freshclam"))
        );
    }

    #[test]
    fn clamscan_on_the_path_gives_the_age_when_no_database_file_is_found() {
        let dir = tempfile::tempdir().unwrap();
        let env = linux(dir.path()).with_stdout(
            clamav::COMMAND_ID,
            "ClamAV 1.4.3/27820/Tue Nov 17 07:34:01 2026\n",
        );
        let out = AntivirusCheck.run(&env);
        assert_eq!(out.findings[0].status, Status::Ok);
        assert_eq!(out.antivirus[0].signatures_age_days, Some(1));
    }

    #[test]
    fn a_left_over_database_without_clamav_is_critical_not_ok() {
        let dir = tempfile::tempdir().unwrap();
        write(
            dir.path(),
            "/var/lib/clamav/daily.cld",
            &header(NOW - 3600, 27_821),
        );
        let out = AntivirusCheck.run(&linux(dir.path()));
        assert_eq!(out.findings[0].status, Status::Critical);
        assert_eq!(out.findings[0].summary.id, "check-av-none");
        assert!(
            matches!(&out.findings[0].actions[0], Action::Steps { steps, .. } if steps.iter().any(|s| s.id == "check-av-step-install-clamav"))
        );
    }

    #[test]
    fn a_corrupt_header_with_nothing_else_is_unknown() {
        let dir = tempfile::tempdir().unwrap();
        write(dir.path(), "/usr/bin/clamscan", b"");
        write(dir.path(), "/var/lib/clamav/daily.cld", b"\x00\x01garbage");
        let out = AntivirusCheck.run(&linux(dir.path()));
        let f = &out.findings[0];
        // Installed, but neither the file nor `clamscan --version` (not recorded: not found)
        // says anything about its data: could not tell, and why.
        assert_eq!(f.status, Status::Unknown);
        assert_eq!(f.reason.as_ref().unwrap().id, "check-reason-unreadable");
    }

    #[test]
    fn timeouts_are_unknown_with_a_reason() {
        let dir = tempfile::tempdir().unwrap();
        let env = linux(dir.path()).with_default_command(CommandOutcome::TimedOut);
        let f = &AntivirusCheck.run(&env).findings[0];
        assert_eq!(f.status, Status::Unknown);
        assert_eq!(
            f.reason.as_ref().unwrap().id,
            "check-reason-command-timeout"
        );
    }

    #[test]
    fn defender_for_endpoint_counts_as_an_antivirus() {
        let dir = tempfile::tempdir().unwrap();
        let env = linux(dir.path()).with_stdout(
            mdatp::COMMAND_ID,
            "healthy : true\npassive_mode_enabled : false\nreal_time_protection_enabled : true\ndefinitions_updated_minutes_ago : 60\ndefinitions_status : \"up_to_date\"\n",
        );
        let out = AntivirusCheck.run(&env);
        assert_eq!(out.findings[0].status, Status::Ok);
        assert_eq!(out.antivirus[0].name, mdatp::NAME);
    }

    #[test]
    fn nothing_installed_is_critical() {
        let dir = tempfile::tempdir().unwrap();
        let out = AntivirusCheck.run(&linux(dir.path()));
        assert_eq!(out.findings[0].status, Status::Critical);
        assert!(out.antivirus.is_empty());
    }
    #[test]
    fn unparsed_command_output_never_reaches_a_reason() {
        // With a recorded machine, `stdout =` can name any file: its text must not be shown.
        const CANARY: &str = "root:CANARY-x:0:0:/root:/bin/bash \u{1b}]0;pwned\u{7}";
        let dir = tempfile::tempdir().unwrap();
        write(dir.path(), "/usr/bin/clamscan", b"");
        let env = linux(dir.path())
            .with_stdout(clamav::COMMAND_ID, CANARY)
            .with_stdout(mdatp::COMMAND_ID, CANARY);
        let out = AntivirusCheck.run(&env);
        let json = serde_json::to_string(&out.findings).unwrap();
        assert!(!json.contains("CANARY"), "{json}");
        let reasons: Vec<&str> = out
            .findings
            .iter()
            .filter_map(|f| f.reason.as_ref())
            .map(|m| m.id.as_str())
            .collect();
        assert!(
            reasons.contains(&"check-reason-unrecognized-output"),
            "{reasons:?}"
        );
    }
}
