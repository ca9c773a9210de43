//! tukiem-cli: TựKiểm's engine in a terminal, for IT staff and scripts. It only adapts
//! tukiem-core: parse arguments, call the core, print what the core returns.

mod args;
mod bundle;
mod check;
mod exit;
mod generate;
mod leaks;
mod link;
mod output;
mod password;
mod render;
mod report;
mod rollup;
mod terminal;

use std::io::Write;
use std::process::ExitCode;

use tukiem_core::app::{self, OsHost};
use tukiem_core::{Localizer, Msg, Profile};

use args::Command;

fn main() -> ExitCode {
    let cli = match args::parse() {
        Ok(cli) => cli,
        Err(code) => return code,
    };
    let lang = cli.lang.unwrap_or_else(args::system_lang);
    let l = Localizer::new(lang);
    // Only the commands that use the profile load it (`rollup` reads reports, not a profile).
    let profile = || load_profile(cli.profile.clone(), &l);

    match cli.command {
        Command::Advice { original } => match profile() {
            Ok(p) => {
                let a = app::advice::build(&OsHost::new(None), &p, lang);
                if original {
                    match render::original(&a, &l) {
                        Ok(text) => print_or_fail(&text, &l),
                        Err(why) => {
                            terminal::eprintln_safe!("{why}");
                            // Named but unreadable: a missing input; not in the profile at all:
                            // the profile cannot give what was asked.
                            exit::code(if a.original_problem.is_some() {
                                exit::NO_INPUT
                            } else {
                                exit::DATA
                            })
                        }
                    }
                } else {
                    print_or_fail(&render::advice(&a, &l), &l)
                }
            }
            Err(code) => code,
        },
        Command::Password {
            json,
            user_input_stdin,
        } => match profile() {
            Ok(p) => password::run(&p, &l, json, user_input_stdin),
            Err(code) => code,
        },
        Command::Generate {
            json,
            count,
            random,
        } => match profile() {
            Ok(p) => generate::run(&p, &l, json, count, random),
            Err(code) => code,
        },
        // The profile's machine allow-lists and fleet setting reach the check.
        Command::Check { json, scenario } => match profile() {
            Ok(p) => check::run(&p, &l, json, scenario.as_deref()),
            Err(code) => code,
        },
        Command::Link { json, text } => match profile() {
            Ok(p) => link::run(&p, &l, json, text),
            Err(code) => code,
        },
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
        Command::Bundle { action } => bundle::run(action, cli.profile.clone(), &l),
        // A filter is made from a list and checked on its own: no profile involved.
        Command::Leaks { action } => match action {
            args::LeaksAction::Build { from, out } => leaks::build(&l, &from, &out),
            args::LeaksAction::Check { file } => leaks::check(&l, &file),
        },
        Command::Rollup {
            json,
            xlsx,
            pdf,
            html,
            staff,
            paths,
        } => rollup::run(
            &l,
            &paths,
            rollup::Outputs {
                json,
                xlsx,
                pdf,
                html,
                staff,
            },
        ),
    }
}

/// The profile named by `--profile` or `TUKIEM_PROFILE`, else the Department's bundle, else the
/// embedded one. Scripts that
/// name a profile must not silently get another rule: unlike the app, which falls back to the
/// embedded profile and shows why, the CLI stops (66 unreadable, 65 invalid).
fn load_profile(flag: Option<std::path::PathBuf>, l: &Localizer) -> Result<Profile, ExitCode> {
    let requested =
        Profile::requested_path(flag, std::env::var_os(tukiem_core::profile::PROFILE_ENV));
    match requested {
        // No profile named: the Department's bundle (installed, or machine-wide), else the
        // embedded profile (`app::bundle::load_profile`, the same order as the app).
        None => {
            let host = OsHost::new(OsHost::default_data_dir());
            Ok(app::bundle::load_profile(&host, None).profile)
        }
        Some(path) => Profile::from_file(&path).map_err(|e| {
            terminal::eprintln_safe!("{}", l.text("cli-profile-unusable"));
            terminal::eprintln_safe!("{} {}", l.render(&e.location()), l.render(&e.reason()));
            exit::code(exit::for_profile(&e.kind))
        }),
    }
}

fn print_or_fail(text: &str, l: &Localizer) -> ExitCode {
    match write_stdout(text) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            terminal::eprintln_safe!(
                "{}",
                l.render(&Msg::new("cli-io-failed").arg("detail", io_code(&e)))
            );
            exit::code(exit::IO)
        }
    }
}

/// What a failed write may say inside a sentence: the I/O error's kind ([`io_code`]).
pub(crate) fn store_detail(e: &tukiem_core::store::StoreError) -> Msg {
    match e {
        tukiem_core::store::StoreError::Io { source, .. } => io_code(source),
        tukiem_core::store::StoreError::Corrupt { .. } => Msg::new("io-damaged"),
    }
}

/// What an I/O error may say inside a sentence: its kind in the reader's language
/// (`tukiem_core::io_reason`), never the OS's English text.
pub(crate) fn io_code(e: &std::io::Error) -> Msg {
    tukiem_core::io_reason::msg(e)
}

/// Writes a whole text result to standard output, control and bidi characters escaped
/// ([`terminal::text`]). A closed pipe (`tukiem-cli advice | head`) is the reader's choice, not
/// an error.
///
/// Windows consoles: every byte goes through Rust's `Stdout`, which writes to a console with
/// `WriteConsoleW` (UTF-16) and to a file or a pipe as the UTF-8 bytes it is given. So
/// Vietnamese shows correctly in every Windows console window (the command prompt and the
/// built-in shell consoles) whatever the console's code
/// page (437, 850, 1258…), redirected output is UTF-8, and the user's console is left as it
/// was. Switching the console to code page 65001 instead would change it for the rest of the
/// user's session, and older consoles mis-handle UTF-8 written byte by byte. Never write to the
/// raw handle, which would bypass this.
fn write_stdout(text: &str) -> std::io::Result<()> {
    write_raw(&terminal::text(text))
}

/// Writes a whole JSON result to standard output ([`terminal::json`]).
fn write_stdout_json(json: &str) -> std::io::Result<()> {
    write_raw(&terminal::json(json))
}

fn write_raw(text: &str) -> std::io::Result<()> {
    let mut stdout = std::io::stdout().lock();
    match stdout
        .write_all(text.as_bytes())
        .and_then(|()| stdout.flush())
    {
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        other => other,
    }
}
