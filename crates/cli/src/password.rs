//! `tukiem-cli password`: for IT staff vetting the default passwords they hand out. Reads one
//! password per line from standard input (never from arguments, which other users can see in the
//! process list), prints one result per line, and never echoes a password.
//!
//! With `--user-input-stdin`, standard input starts with the personal details to count against
//! the passwords (name, date of birth, phone, old password), one per line, ended by the first
//! empty line; the passwords follow. The details are secrets too: read into wiped buffers,
//! never printed, and never arguments (there is no `--user-input TEXT` on purpose).

use std::io::{BufRead, Write};
use std::process::ExitCode;

use tukiem_core::app::{OsHost, passwords};
use tukiem_core::password::leaked::LeakFilters;
use tukiem_core::password::strength::{Assessment, PersonalInputs};
use tukiem_core::{Localizer, Msg, Profile};
use zeroize::Zeroizing;

use crate::exit;

pub fn run(profile: &Profile, l: &Localizer, json: bool, user_input_stdin: bool) -> ExitCode {
    // The Department's filters too; one it cannot use is said once, and the shipped one counts.
    for (number, why) in LeakFilters::from_lists(&profile.lists).refused() {
        let shown = l.render(&Msg::new("leaks-department-filter").arg("number", number));
        crate::terminal::eprintln_safe!("{}", l.render(&why.reason(&shown)));
        crate::terminal::eprintln_safe!("{}", l.text("leaks-refused-still-builtin"));
    }
    // No data folder: the passwords handed out are vetted on their own, never against the
    // fingerprints of this user's own passwords.
    let host = OsHost::new(None);
    let mut reader = std::io::stdin().lock();
    let mut stdout = std::io::stdout().lock();
    let mut number = 0usize;
    let mut buf = Zeroizing::new(Vec::new());
    let mut personal = PersonalInputs::default();
    if user_input_stdin {
        loop {
            buf.clear();
            match reader.read_until(b'\n', &mut buf) {
                Ok(0) => break,
                Ok(_) => {}
                Err(e) => return io_error(l, crate::io_code(&e), exit::IO),
            }
            number += 1;
            let line = strip_newline(&buf);
            if line.is_empty() {
                break;
            }
            let Ok(value) = std::str::from_utf8(line) else {
                return io_error(
                    l,
                    Msg::new("cli-password-not-utf8").arg("line", number),
                    exit::DATA,
                );
            };
            personal.values.push(Zeroizing::new(value.to_owned()));
        }
    }
    // Results are numbered by password, not by input line.
    let first_password_line = number;
    loop {
        buf.clear();
        match reader.read_until(b'\n', &mut buf) {
            Ok(0) => break,
            Ok(_) => {}
            Err(e) => return io_error(l, crate::io_code(&e), exit::IO),
        }
        number += 1;
        let line = strip_newline(&buf);
        let Ok(password) = std::str::from_utf8(line) else {
            return io_error(
                l,
                Msg::new("cli-password-not-utf8").arg("line", number),
                exit::DATA,
            );
        };
        let a = passwords::assess(&host, profile, password, &personal).assessment;
        let out = if json {
            json_line(&a)
        } else {
            human_line(number - first_password_line, &a, profile, l)
        };
        if let Err(e) = writeln!(stdout, "{out}") {
            if e.kind() == std::io::ErrorKind::BrokenPipe {
                return ExitCode::SUCCESS;
            }
            return io_error(l, crate::io_code(&e), exit::IO);
        }
    }
    ExitCode::SUCCESS
}

fn strip_newline(line: &[u8]) -> &[u8] {
    let line = line.strip_suffix(b"\n").unwrap_or(line);
    line.strip_suffix(b"\r").unwrap_or(line)
}

fn json_line(a: &Assessment) -> String {
    // An Assessment is plain data (bools, numbers, codes); serializing it cannot fail.
    serde_json::to_string(a).expect("assessment serializes")
}

fn human_line(number: usize, a: &Assessment, profile: &Profile, l: &Localizer) -> String {
    let verdict = l.render(&passwords::verdict_msg(a.verdict));
    let mut out = format!("{number}: {verdict}");
    for r in &a.missing {
        out.push_str(&format!(
            "\n   - {}",
            l.render(&r.missing_msg(&profile.password_rule))
        ));
    }
    for w in &a.warnings {
        out.push_str(&format!("\n   - {}", l.render(&passwords::warning_msg(w))));
    }
    out
}

fn io_error(l: &Localizer, detail: impl Into<tukiem_core::Arg>, code: u8) -> ExitCode {
    crate::terminal::eprintln_safe!(
        "{}",
        l.render(&Msg::new("cli-io-failed").arg("detail", detail))
    );
    let _ = std::io::stderr().flush();
    ExitCode::from(code)
}
