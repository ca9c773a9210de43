//! tukiem-cli: TựKiểm's engine in a terminal, for IT staff and scripts. It only adapts
//! tukiem-core: parse arguments, call the core, print what the core returns.

mod args;
mod check;
mod exit;
mod password;
mod render;
mod report;

use std::io::Write;
use std::process::ExitCode;

use tukiem_core::{Localizer, Msg, Profile, advice};

use args::Command;

fn main() -> ExitCode {
    let cli = match args::parse() {
        Ok(cli) => cli,
        Err(code) => return code,
    };
    let lang = cli.lang.unwrap_or_else(args::system_lang);
    let l = Localizer::new(lang);
    // Only the commands that use the profile load it: `check` runs on a broken
    // `TUKIEM_PROFILE` as it would on none.
    let profile = || load_profile(cli.profile.clone(), &l);

    match cli.command {
        Command::Advice => match profile() {
            Ok(p) => print_or_fail(&render::advice(&advice::build(&p, lang), &l), &l),
            Err(code) => code,
        },
        Command::Password { json, user_inputs } => match profile() {
            Ok(p) => password::run(&p, &l, json, user_inputs),
            Err(code) => code,
        },
        Command::Check { json, scenario } => check::run(&l, json, scenario.as_deref()),
        Command::Report {
            json,
            html,
            pdf,
            scenario,
            data_dir,
            name,
            unit,
        } => {
            let output = match (json, html, pdf) {
                (true, _, _) => report::Output::Json,
                (_, Some(file), _) => report::Output::Html(file),
                (_, _, Some(file)) => report::Output::Pdf(file),
                _ => report::Output::Text,
            };
            match profile() {
                Ok(p) => report::run(
                    &p,
                    &l,
                    report::Options {
                        output,
                        scenario,
                        data_dir,
                        name,
                        unit,
                    },
                ),
                Err(code) => code,
            }
        }
    }
}

/// The profile named by `--profile` or `TUKIEM_PROFILE`, else the embedded one. Scripts that
/// name a profile must not silently get another rule: unlike the app, which falls back to the
/// embedded profile and shows why, the CLI stops (66 unreadable, 65 invalid).
fn load_profile(flag: Option<std::path::PathBuf>, l: &Localizer) -> Result<Profile, ExitCode> {
    let requested =
        Profile::requested_path(flag, std::env::var_os(tukiem_core::profile::PROFILE_ENV));
    match requested {
        None => Ok(Profile::embedded()),
        Some(path) => Profile::from_file(&path).map_err(|e| {
            eprintln!("{}", l.text("cli-profile-unusable"));
            eprintln!("{} {}", l.render(&e.location()), l.render(&e.reason()));
            exit::code(exit::for_profile(&e.kind))
        }),
    }
}

fn print_or_fail(text: &str, l: &Localizer) -> ExitCode {
    match write_stdout(text) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!(
                "{}",
                l.render(&Msg::new("cli-io-failed").arg("detail", io_code(&e)))
            );
            exit::code(exit::IO)
        }
    }
}

/// What an I/O error may say inside a sentence: its kind as a stable code (`broken-pipe`,
/// `permission-denied`), never the OS's English text.
pub(crate) fn io_code(e: &std::io::Error) -> String {
    let debug = format!("{:?}", e.kind());
    let mut code = String::new();
    for (i, c) in debug.chars().enumerate() {
        if c.is_ascii_uppercase() && i > 0 {
            code.push('-');
        }
        code.push(c.to_ascii_lowercase());
    }
    code
}

/// Writes a whole result to standard output. A closed pipe (`tukiem-cli advice | head`) is the
/// reader's choice, not an error.
fn write_stdout(text: &str) -> std::io::Result<()> {
    let mut stdout = std::io::stdout().lock();
    match stdout
        .write_all(text.as_bytes())
        .and_then(|()| stdout.flush())
    {
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        other => other,
    }
}
