//! `tukiem-cli link`: the link check in a terminal. The text comes from the arguments (joined
//! into one message), or from standard input when there are none, one message per line. Prints
//! each link with its verdict and reasons, or with `--json` one object per link and line
//! (`{"input", "host", "verdict", "reasons", "imitates"}`). Exit 0 when nothing is a look-alike,
//! 2 when something is, 74 when standard input or output fails. Nothing is fetched.

use std::io::{BufRead, Write};
use std::process::ExitCode;

use tukiem_core::app::{Host, OsHost};
use tukiem_core::links::{self, Officials, ShownLink};
use tukiem_core::{Localizer, Msg, Profile, dates};

/// Some link is a look-alike.
const EXIT_LOOKALIKE: u8 = 2;

pub fn run(profile: &Profile, l: &Localizer, json: bool, text: Vec<String>) -> ExitCode {
    // Today's date says whether the Department's lists of reported fakes are old.
    let today = OsHost::new(None).clock().today().map(dates::iso);
    let officials = Officials::with_profile_on(profile, today.as_deref());
    let mut stdout = std::io::stdout().lock();
    let mut lookalike = false;
    let mut number = 0usize;
    let mut one = |message: &str, stdout: &mut dyn Write| -> std::io::Result<()> {
        for shown in links::present(&officials, message) {
            number += 1;
            lookalike |= shown.check.verdict == links::Verdict::Lookalike;
            let out = if json {
                // Plain data (strings and codes): serializing it cannot fail.
                serde_json::to_string(&shown.check).expect("a link check serializes")
            } else {
                human(number, &shown, l)
            };
            writeln!(stdout, "{out}")?;
        }
        Ok(())
    };
    let result = if text.is_empty() {
        let mut reader = std::io::stdin().lock();
        let mut buf = Vec::new();
        loop {
            buf.clear();
            match reader.read_until(b'\n', &mut buf) {
                Ok(0) => break Ok(()),
                Ok(_) => {}
                Err(e) => break Err(e),
            }
            let line = String::from_utf8_lossy(&buf);
            let line = line.trim_end_matches(['\n', '\r']);
            if line.trim().is_empty() {
                continue;
            }
            if let Err(e) = one(line, &mut stdout) {
                break Err(e);
            }
        }
    } else {
        one(&text.join(" "), &mut stdout)
    };
    match result.and_then(|()| stdout.flush()) {
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => {}
        Err(e) => {
            crate::terminal::eprintln_safe!(
                "{}",
                l.render(&Msg::new("cli-io-failed").arg("detail", crate::io_code(&e)))
            );
            return crate::exit::code(crate::exit::IO);
        }
        Ok(()) => {}
    }
    if lookalike {
        ExitCode::from(EXIT_LOOKALIKE)
    } else {
        ExitCode::SUCCESS
    }
}

/// `1. <link>`, then the verdict and what it means, the real address, where it really goes,
/// and one line per reason.
fn human(number: usize, shown: &ShownLink, l: &Localizer) -> String {
    let mut out = format!("{number}. {}\n", printable(&shown.check.input));
    out.push_str(&format!(
        "   {} — {}\n",
        l.render(&shown.title),
        l.render(&shown.summary)
    ));
    for msg in [&shown.real_address, &shown.goes_to].into_iter().flatten() {
        out.push_str(&format!("   {}\n", printable(&l.render(msg))));
    }
    for reason in &shown.reasons_text {
        out.push_str(&format!("   - {}\n", l.render(reason)));
    }
    out
}

/// Text from the user, safe for a terminal: control and bidirectional-override characters are
/// written as `\u{…}` so a pasted message cannot move the cursor or reorder what is shown.
fn printable(text: &str) -> String {
    text.chars()
        .map(|c| {
            if c.is_control() || matches!(c, '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}') {
                format!("\\u{{{:x}}}", c as u32)
            } else {
                c.to_string()
            }
        })
        .collect()
}
