//! Why a check could not tell: the reasons an `unknown` finding carries.

use super::{CommandOutcome, CommandSpec, MachinePath};
use crate::Msg;

/// The reason for a command that did not give usable output, or `None` when it exited 0.
pub fn command_problem(command: &CommandSpec, outcome: &CommandOutcome) -> Option<Msg> {
    let program = command.program.clone();
    match outcome {
        CommandOutcome::Exited { code: Some(0), .. } => None,
        CommandOutcome::Exited { code, stderr, .. } => Some(
            Msg::new("check-reason-command-exit")
                .arg("command", program)
                .arg("code", code.map_or(-1, i64::from))
                .arg("detail", first_line(stderr)),
        ),
        CommandOutcome::NotFound => {
            Some(Msg::new("check-reason-command-missing").arg("command", program))
        }
        CommandOutcome::TimedOut => Some(
            Msg::new("check-reason-command-timeout")
                .arg("command", program)
                .arg("seconds", command.timeout.as_secs() as i64),
        ),
        CommandOutcome::Failed(detail) => Some(
            Msg::new("check-reason-command-failed")
                .arg("command", program)
                .arg("detail", detail.clone()),
        ),
    }
}

/// A command's output that we could not make sense of.
pub fn bad_output(command: &CommandSpec, detail: impl Into<String>) -> Msg {
    Msg::new("check-reason-bad-output")
        .arg("command", command.program.clone())
        .arg("detail", detail.into())
}

/// A file or folder that exists but could not be read. Named by its path on the checked
/// machine (not where a scenario keeps it), so recorded results are the same everywhere.
pub fn unreadable(path: &MachinePath, error: &std::io::Error) -> Msg {
    let id = if error.kind() == std::io::ErrorKind::PermissionDenied {
        "check-reason-permission-denied"
    } else {
        "check-reason-unreadable"
    };
    Msg::new(id)
        .arg("path", path.to_string())
        .arg("detail", error.to_string())
}

pub fn processes_unavailable(detail: &str) -> Msg {
    Msg::new("check-reason-processes").arg("detail", detail.to_owned())
}

/// Short and single-line, for a message argument.
fn first_line(text: &str) -> String {
    let line = text
        .lines()
        .map(str::trim)
        .find(|l| !l.is_empty())
        .unwrap_or("");
    line.chars().take(200).collect()
}
