//! tukiem-cli: TựKiểm's engine in a terminal, for IT staff and scripts. It only adapts
//! tukiem-core: parse arguments, call the core, print what the core returns.

mod args;
mod check;
mod generate;
mod link;
mod password;
mod render;
mod report;
mod rollup;
mod terminal;

use std::io::Write;
use std::process::ExitCode;

use tukiem_core::{Localizer, Msg, Profile, advice};

use args::Command;

/// Exit code when the input the user named (a profile file) cannot be used.
const EXIT_BAD_INPUT: u8 = 2;

fn main() -> ExitCode {
    let cli = args::parse();
    let lang = cli.lang.unwrap_or_else(args::system_lang);
    let l = Localizer::new(lang);

    let requested = Profile::requested_path(
        cli.profile.clone(),
        std::env::var_os(tukiem_core::profile::PROFILE_ENV),
    );
    // Scripts that name a profile must not silently get another rule: unlike the app, which
    // falls back to the embedded profile and shows why, the CLI stops.
    let profile = match requested {
        None => Profile::embedded(),
        Some(path) => match Profile::from_file(&path) {
            Ok(p) => p,
            Err(e) => {
                terminal::eprintln_safe!("{}", l.text("cli-profile-unusable"));
                terminal::eprintln_safe!("{} {}", l.render(&e.location()), l.render(&e.reason()));
                return ExitCode::from(EXIT_BAD_INPUT);
            }
        },
    };

    match cli.command {
        Command::Advice { original } => {
            let now = std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(0, |d| i64::try_from(d.as_secs()).unwrap_or(i64::MAX));
            let a = advice::build(&profile, lang, tukiem_core::report::dates::utc_day(now));
            if original {
                match render::original(&a, &l) {
                    Ok(text) => print_or_fail(&text, &l),
                    Err(why) => {
                        eprintln!("{why}");
                        ExitCode::from(EXIT_BAD_INPUT)
                    }
                }
            } else {
                print_or_fail(&render::advice(&a, &l), &l)
            }
        }
        Command::Password {
            json,
            user_input_stdin,
        } => password::run(&profile, &l, json, user_input_stdin),
        Command::Generate {
            json,
            count,
            random,
        } => generate::run(&profile, &l, json, count, random),
        Command::Check { json, scenario } => check::run(&profile, &l, json, scenario.as_deref()),
        Command::Link { json, text } => link::run(&profile, &l, json, text),
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
            report::run(
                &profile,
                &l,
                report::Options {
                    output,
                    scenario,
                    data_dir,
                    name,
                    unit,
                },
            )
        }
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

fn print_or_fail(text: &str, l: &Localizer) -> ExitCode {
    match write_stdout(text) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            terminal::eprintln_safe!(
                "{}",
                l.render(&Msg::new("cli-io-failed").arg("detail", e.to_string()))
            );
            ExitCode::FAILURE
        }
    }
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
