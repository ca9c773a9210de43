//! `tukiem-cli generate`: prints passwords made the way the app's "make one for me" button makes
//! them, so that anyone (a trainer preparing a session, IT staff) can see what it produces. Each
//! one meets the profile's rule and is judged strong before it is printed. The passwords are the
//! output here, as in the app; they are printed once and kept nowhere.

use std::io::Write;
use std::process::ExitCode;

use serde_json::json;
use tukiem_core::password::generate::{self, Mode};
use tukiem_core::password::strength;
use tukiem_core::{Localizer, Msg, Profile};

use crate::exit;

pub fn run(profile: &Profile, l: &Localizer, json: bool, count: u16, random: bool) -> ExitCode {
    let agency = strength::agency_words(profile);
    let mode = if random {
        Mode::Random
    } else {
        Mode::Syllables
    };
    let mut stdout = std::io::stdout().lock();
    for _ in 0..count {
        let g = match generate::generate(
            &profile.password_rule,
            &agency,
            mode,
            generate::DEFAULT_MIN_BITS,
        ) {
            Ok(g) => g,
            Err(_) => {
                crate::terminal::eprintln_safe!("{}", l.text("cli-generate-failed"));
                return exit::code(exit::OS);
            }
        };
        let line = if json {
            json!({
                "password": g.password.as_str(),
                "mode": mode,
                "entropy_bits": (g.entropy_bits * 10.0).round() / 10.0,
            })
            .to_string()
        } else {
            g.password.to_string()
        };
        if let Err(e) = writeln!(stdout, "{line}") {
            if e.kind() == std::io::ErrorKind::BrokenPipe {
                return ExitCode::SUCCESS;
            }
            crate::terminal::eprintln_safe!(
                "{}",
                l.render(&Msg::new("cli-io-failed").arg("detail", crate::io_code(&e)))
            );
            return exit::code(exit::IO);
        }
    }
    ExitCode::SUCCESS
}
