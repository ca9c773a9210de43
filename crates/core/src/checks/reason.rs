//! Why a check could not tell: the reasons an `unknown` finding carries.

use super::facts::FactError;
use super::{CommandOutcome, CommandSpec, MachinePath};
use crate::Msg;

/// The reason for a command that did not give usable output, or `None` when it exited 0.
pub fn command_problem(command: &CommandSpec, outcome: &CommandOutcome) -> Option<Msg> {
    let program = program_name(&command.program);
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
        .arg("command", program_name(&command.program))
        .arg("detail", detail.into())
}

/// A command's output that we could not make sense of, without quoting it: output can be any
/// text (with a recorded machine, any file), so it never reaches a reason.
pub fn unrecognized_output(command: &CommandSpec) -> Msg {
    Msg::new("check-reason-unrecognized-output").arg("command", program_name(&command.program))
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

/// A native fact that could not be read: `code` (the [`FactError`] code) selects the words;
/// `detail` is only the number Windows gave (`0x80004005`) or a `failed` reader's own words,
/// never the English `Display` text of the error (it would land inside a Vietnamese sentence).
pub fn native(id: &'static str, error: &FactError) -> Msg {
    let detail = match error {
        FactError::Com(hresult) => format!("0x{hresult:08X}"),
        FactError::Failed(text) => text.clone(),
        _ => String::new(),
    };
    Msg::new(id).arg("code", error.code()).arg("detail", detail)
}

pub fn processes_unavailable(detail: &str) -> Msg {
    Msg::new("check-reason-processes").arg("detail", detail.to_owned())
}

/// `clamscan.exe`, not `C:\Program Files\ClamAV\clamscan.exe`: the full path is noise to the
/// person reading the reason, and the same program on every machine.
fn program_name(program: &str) -> String {
    program
        .rsplit(['/', '\\'])
        .next()
        .unwrap_or(program)
        .to_owned()
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

#[cfg(test)]
mod tests {
    use std::time::Duration;

    use super::*;

    #[test]
    fn reasons_name_the_program_not_its_folder() {
        let spec = CommandSpec::new(
            "x",
            r"C:\Program Files\ClamAV\clamscan.exe",
            &[],
            Duration::from_secs(30),
        );
        let msg = command_problem(&spec, &CommandOutcome::TimedOut).unwrap();
        assert_eq!(msg.id, "check-reason-command-timeout");
        assert!(
            msg.args
                .contains(&("command".to_owned(), "clamscan.exe".into()))
        );
        let unix = CommandSpec::new("y", "/usr/bin/clamscan", &[], Duration::from_secs(1));
        let msg = command_problem(&unix, &CommandOutcome::NotFound).unwrap();
        assert!(
            msg.args
                .contains(&("command".to_owned(), "clamscan".into()))
        );
        assert_eq!(
            command_problem(
                &unix,
                &CommandOutcome::Exited {
                    code: Some(0),
                    stdout: String::new(),
                    stderr: String::new()
                }
            ),
            None
        );
    }
}
