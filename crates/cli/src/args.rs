//! Command-line arguments. Help text comes from the catalogue (`cli-help-*`), in the language
//! the user asked for with `--lang`, else the system's.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{CommandFactory, FromArgMatches, Parser, Subcommand};
use tukiem_core::{Lang, Localizer};

#[derive(Parser, Debug)]
#[command(name = "tukiem-cli", version)]
pub struct Cli {
    #[arg(long, global = true, value_parser = parse_lang)]
    pub lang: Option<Lang>,

    #[arg(long, global = true, value_name = "FILE")]
    pub profile: Option<PathBuf>,

    #[command(subcommand)]
    pub command: Command,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    Advice,
    Password {
        #[arg(long)]
        json: bool,
        #[arg(long = "user-input", value_name = "TEXT")]
        user_inputs: Vec<String>,
    },
    Check {
        #[arg(long)]
        json: bool,
        #[arg(long, value_name = "DIR")]
        scenario: Option<PathBuf>,
    },
    #[command(group = clap::ArgGroup::new("format").args(["json", "html", "pdf"]))]
    Report {
        #[arg(long)]
        json: bool,
        #[arg(long, value_name = "FILE")]
        html: Option<PathBuf>,
        #[arg(long, value_name = "FILE")]
        pdf: Option<PathBuf>,
        #[arg(long, value_name = "DIR")]
        scenario: Option<PathBuf>,
        #[arg(long, value_name = "DIR")]
        data_dir: Option<PathBuf>,
        #[arg(long, value_name = "TEXT")]
        name: Option<String>,
        #[arg(long, value_name = "TEXT")]
        unit: Option<String>,
    },
}

fn parse_lang(s: &str) -> Result<Lang, String> {
    Lang::from_code(s).ok_or_else(|| format!("vi | en: {s}"))
}

pub fn system_lang() -> Lang {
    Lang::from_os_locales(&sys_locale::get_locales().collect::<Vec<_>>())
}

/// The language for help and errors, decided before the full parse: clap itself reads `--lang`
/// (with `--lang=en` and `--lang en` alike), ignoring everything else.
fn early_lang() -> Lang {
    let early = clap::Command::new("tukiem-cli")
        .ignore_errors(true)
        .disable_help_flag(true)
        .disable_version_flag(true)
        .allow_external_subcommands(true)
        .arg(clap::Arg::new("lang").long("lang").global(true));
    early
        .try_get_matches()
        .ok()
        .and_then(|m| m.get_one::<String>("lang").and_then(|s| Lang::from_code(s)))
        .unwrap_or_else(system_lang)
}

/// The parsed command line; help and version print and give 0, a usage error prints and gives
/// 64 (clap's own default, 2, would read as "critical").
pub fn parse() -> Result<Cli, ExitCode> {
    let l = Localizer::new(early_lang());
    let command = Cli::command()
        .about(l.text("cli-about"))
        .after_help(l.text("cli-help-exit-codes"))
        .mut_arg("lang", |a| a.help(l.text("cli-help-lang")))
        .mut_arg("profile", |a| a.help(l.text("cli-help-profile")))
        .mut_subcommand("advice", |c| c.about(l.text("cli-help-advice")))
        .mut_subcommand("password", |c| {
            c.about(l.text("cli-help-password"))
                .mut_arg("json", |a| a.help(l.text("cli-help-json")))
                .mut_arg("user_inputs", |a| a.help(l.text("cli-help-user-input")))
        })
        .mut_subcommand("check", |c| {
            c.about(l.text("cli-help-check"))
                .mut_arg("json", |a| a.help(l.text("cli-help-check-json")))
                .mut_arg("scenario", |a| a.help(l.text("cli-help-scenario")))
        })
        .mut_subcommand("report", |c| {
            c.about(l.text("cli-help-report"))
                .mut_arg("json", |a| a.help(l.text("cli-help-report-json")))
                .mut_arg("html", |a| a.help(l.text("cli-help-report-html")))
                .mut_arg("pdf", |a| a.help(l.text("cli-help-report-pdf")))
                .mut_arg("scenario", |a| a.help(l.text("cli-help-scenario")))
                .mut_arg("data_dir", |a| a.help(l.text("cli-help-data-dir")))
                .mut_arg("name", |a| a.help(l.text("cli-help-report-name")))
                .mut_arg("unit", |a| a.help(l.text("cli-help-report-unit")))
        });
    let result = command
        .try_get_matches()
        .and_then(|m| Cli::from_arg_matches(&m));
    result.map_err(|e| {
        use clap::error::ErrorKind;
        // Printing help can fail only on a closed stdout: nothing to tell anyone then.
        let _ = e.print();
        match e.kind() {
            ErrorKind::DisplayHelp | ErrorKind::DisplayVersion => ExitCode::SUCCESS,
            _ => ExitCode::from(crate::exit::USAGE),
        }
    })
}
