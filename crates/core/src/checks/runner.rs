//! Runs checks concurrently, each on its own blocking thread with its own timeout; a check that
//! panics or hangs becomes an `unknown` finding saying so, and the others carry on.

use std::sync::Arc;
use std::time::Duration;

use serde::Serialize;

use super::{Check, CheckOutput, CheckReport, Env, Finding, Status};
use crate::Msg;

#[derive(Clone, Debug)]
pub struct RunOptions {
    /// How long one check may take before it is reported as `unknown`. Commands inside a check
    /// have their own, shorter timeouts; this one catches a check stuck elsewhere (a hung
    /// network drive, a huge file).
    pub check_timeout: Duration,
}

impl Default for RunOptions {
    fn default() -> Self {
        Self {
            check_timeout: Duration::from_secs(60),
        }
    }
}

/// Streamed while the run goes on, so a window can show each check's state.
#[cfg_attr(test, derive(ts_rs::TS))]
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(tag = "state", rename_all = "snake_case")]
pub enum Progress {
    Started { check: &'static str, title: Msg },
    Finished { check: &'static str, status: Status },
}

pub type ProgressSink = Arc<dyn Fn(Progress) + Send + Sync>;

pub async fn run_checks(
    env: Arc<dyn Env>,
    checks: Vec<Arc<dyn Check>>,
    options: RunOptions,
    progress: ProgressSink,
) -> CheckReport {
    let mut tasks = Vec::with_capacity(checks.len());
    for check in &checks {
        progress(Progress::Started {
            check: check.id(),
            title: check.title(),
        });
        let (env, check_for_task, progress) = (env.clone(), check.clone(), progress.clone());
        let timeout = options.check_timeout;
        tasks.push(tokio::spawn(async move {
            let work = tokio::task::spawn_blocking({
                let check = check_for_task.clone();
                move || check.run(env.as_ref())
            });
            let output = match tokio::time::timeout(timeout, work).await {
                Ok(Ok(output)) => output,
                Ok(Err(join)) => {
                    let reason = if join.is_panic() {
                        Msg::new("check-reason-crashed")
                    } else {
                        Msg::new("check-reason-cancelled")
                    };
                    failed(check_for_task.as_ref(), reason)
                }
                // The thread keeps running until its own command timeouts end it; its result
                // is dropped.
                Err(_) => failed(
                    check_for_task.as_ref(),
                    Msg::new("check-reason-timeout").arg("seconds", timeout.as_secs() as i64),
                ),
            };
            let output = ensure_some_finding(check_for_task.as_ref(), output);
            progress(Progress::Finished {
                check: check_for_task.id(),
                status: worst(&output.findings),
            });
            output
        }));
    }

    let mut report = CheckReport::new(env.now_unix(), env.os());
    for (check, task) in checks.iter().zip(tasks) {
        let mut output = task
            .await
            .unwrap_or_else(|_| failed(check.as_ref(), Msg::new("check-reason-crashed")));
        for finding in &mut output.findings {
            finding.check = check.id();
        }
        report.findings.extend(output.findings);
        report.antivirus.extend(output.antivirus);
        report.browsers.extend(output.browsers);
        report.remote_access.extend(output.remote_access);
    }
    report.status = worst(&report.findings);
    report
}

/// For callers without a runtime (the CLI, tests): runs on a private one and does not wait for
/// checks that timed out.
pub fn run_blocking(
    env: Arc<dyn Env>,
    checks: Vec<Arc<dyn Check>>,
    options: RunOptions,
    progress: ProgressSink,
) -> std::io::Result<CheckReport> {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_time()
        .build()?;
    let report = runtime.block_on(run_checks(env, checks, options, progress));
    runtime.shutdown_background();
    Ok(report)
}

fn failed(check: &dyn Check, reason: Msg) -> CheckOutput {
    CheckOutput::finding(Finding::unknown(check.id(), check.title(), reason))
}

/// A check that returns nothing would read as "all fine"; it reads as "could not tell".
fn ensure_some_finding(check: &dyn Check, output: CheckOutput) -> CheckOutput {
    if output.findings.is_empty() {
        failed(check, Msg::new("check-reason-no-result"))
    } else {
        output
    }
}

fn worst(findings: &[Finding]) -> Status {
    findings
        .iter()
        .map(|f| f.status)
        .max()
        .unwrap_or(Status::Unknown)
}

#[cfg(test)]
mod tests {
    use std::sync::Mutex;

    use super::*;
    use crate::checks::OsKind;
    use crate::checks::scenario::ScenarioEnv;

    struct Fixed(&'static str, Status);
    struct Panics;
    struct Hangs;
    struct Silent;

    impl Check for Fixed {
        fn id(&self) -> &'static str {
            self.0
        }
        fn title(&self) -> Msg {
            Msg::new("check-remote-title")
        }
        fn run(&self, _: &dyn Env) -> CheckOutput {
            CheckOutput::finding(Finding::new(self.0, self.1, self.title(), self.title()))
        }
    }

    impl Check for Panics {
        fn id(&self) -> &'static str {
            "panics"
        }
        fn title(&self) -> Msg {
            Msg::new("check-antivirus-title")
        }
        fn run(&self, _: &dyn Env) -> CheckOutput {
            panic!("a parser bug");
        }
    }

    impl Check for Hangs {
        fn id(&self) -> &'static str {
            "hangs"
        }
        fn title(&self) -> Msg {
            Msg::new("check-browsers-title")
        }
        fn run(&self, _: &dyn Env) -> CheckOutput {
            // Parks until the test process ends: the runner must not wait for it.
            loop {
                std::thread::park();
            }
        }
    }

    impl Check for Silent {
        fn id(&self) -> &'static str {
            "silent"
        }
        fn title(&self) -> Msg {
            Msg::new("check-remote-title")
        }
        fn run(&self, _: &dyn Env) -> CheckOutput {
            CheckOutput::default()
        }
    }

    fn run(checks: Vec<Arc<dyn Check>>, timeout: Duration) -> (CheckReport, Vec<Progress>) {
        let seen = Arc::new(Mutex::new(Vec::new()));
        let sink: ProgressSink = {
            let seen = seen.clone();
            Arc::new(move |p| seen.lock().unwrap().push(p))
        };
        let env = Arc::new(ScenarioEnv::new(
            OsKind::Windows,
            "/nonexistent",
            1_795_000_000,
        ));
        let report = run_blocking(
            env,
            checks,
            RunOptions {
                check_timeout: timeout,
            },
            sink,
        )
        .unwrap();
        let progress = seen.lock().unwrap().clone();
        (report, progress)
    }

    #[test]
    fn a_panicking_or_hanging_check_is_unknown_and_the_others_still_report() {
        let (report, progress) = run(
            vec![
                Arc::new(Panics),
                Arc::new(Fixed("fine", Status::Ok)),
                Arc::new(Hangs),
            ],
            // Long enough that the panicking check surely runs first even on a loaded machine
            // (at 300 ms a busy CI box reported it as timed out): the hanging one costs this.
            Duration::from_secs(3),
        );
        let ids: Vec<_> = report.findings.iter().map(|f| f.id.as_str()).collect();
        assert_eq!(ids, ["panics", "fine", "hangs"], "shown in check order");
        let reason = |id| report.finding(id).unwrap().reason.clone().unwrap().id;
        assert_eq!(reason("panics"), "check-reason-crashed");
        assert_eq!(reason("hangs"), "check-reason-timeout");
        assert_eq!(report.finding("fine").unwrap().status, Status::Ok);
        assert_eq!(report.status, Status::Unknown);
        assert_eq!(report.exit_code(), 1);
        let finished = progress
            .iter()
            .filter(|p| matches!(p, Progress::Finished { .. }))
            .count();
        assert_eq!(finished, 3, "every check reports its end: {progress:?}");
    }

    #[test]
    fn a_check_that_returns_nothing_is_unknown_not_ok() {
        let (report, _) = run(vec![Arc::new(Silent)], Duration::from_secs(5));
        assert_eq!(report.findings[0].status, Status::Unknown);
        assert_eq!(report.exit_code(), crate::checks::EXIT_CANNOT_RUN);
    }

    #[test]
    fn exit_codes_follow_the_worst_status() {
        let code = |statuses: &[Status]| {
            let checks: Vec<Arc<dyn Check>> = statuses
                .iter()
                .zip(["a", "b", "c"])
                .map(|(s, id)| Arc::new(Fixed(id, *s)) as Arc<dyn Check>)
                .collect();
            run(checks, Duration::from_secs(5)).0.exit_code()
        };
        assert_eq!(code(&[Status::Ok, Status::Ok]), 0);
        assert_eq!(code(&[Status::Ok, Status::Warning]), 1);
        assert_eq!(code(&[Status::Warning, Status::Unknown]), 1);
        assert_eq!(code(&[Status::Unknown, Status::Critical]), 2);
        assert_eq!(code(&[Status::Unknown, Status::Unknown]), 3);
    }

    #[test]
    fn the_report_carries_the_machine_clock_and_schema() {
        let (report, _) = run(
            vec![Arc::new(Fixed("a", Status::Ok))],
            Duration::from_secs(5),
        );
        assert_eq!(report.checked_at, 1_795_000_000);
        let json = serde_json::to_value(&report).unwrap();
        assert_eq!(json["schema"], "tukiem.check/1");
        assert_eq!(json["os"], "windows");
        assert_eq!(json["findings"][0]["status"], "ok");
    }
}
