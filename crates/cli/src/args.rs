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
    Advice {
        #[arg(long)]
        original: bool,
    },
    Password {
        #[arg(long)]
        json: bool,
        /// Personal details come first on standard input (see `password.rs`), never as
        /// arguments: the process list shows arguments to every user of the computer.
        #[arg(long)]
        user_input_stdin: bool,
    },
    Generate {
        #[arg(long)]
        json: bool,
        #[arg(long, value_name = "N", default_value_t = 1, value_parser = clap::value_parser!(u16).range(1..=1000))]
        count: u16,
        #[arg(long)]
        random: bool,
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
    Link {
        #[arg(long)]
        json: bool,
        #[arg(value_name = "TEXT")]
        text: Vec<String>,
    },
    /// The Department's bundle (`bundle.rs`). `bundle build` takes the profile from the global
    /// `--profile`.
    Bundle {
        #[command(subcommand)]
        action: BundleCommand,
    },
    Leaks {
        #[command(subcommand)]
        action: LeaksAction,
    },
    Rollup {
        #[arg(long)]
        json: bool,
        #[arg(long, value_name = "FILE")]
        xlsx: Option<PathBuf>,
        #[arg(long, value_name = "FILE")]
        pdf: Option<PathBuf>,
        #[arg(long, value_name = "FILE")]
        html: Option<PathBuf>,
        #[arg(long, value_name = "FILE")]
        staff: Option<PathBuf>,
        #[arg(required = true, value_name = "PATH")]
        paths: Vec<PathBuf>,
    },
}

#[derive(Subcommand, Debug)]
pub enum BundleCommand {
    Keygen {
        #[arg(long, value_name = "FILE")]
        secret: PathBuf,
        #[arg(long, value_name = "FILE")]
        public: PathBuf,
    },
    Build {
        #[arg(long, value_name = "FILE")]
        reported_fakes: Option<PathBuf>,
        #[arg(long, value_name = "FILE")]
        official_hosts: Option<PathBuf>,
        #[arg(long, value_name = "FILE")]
        stealer_families: Option<PathBuf>,
        #[arg(long, value_name = "FILE")]
        leaks: Vec<PathBuf>,
        #[arg(long, value_name = "N", value_parser = clap::value_parser!(u64).range(1..=i64::MAX as u64))]
        version: Option<u64>,
        #[arg(long, value_name = "YYYY-MM-DD")]
        valid_until: Option<String>,
        #[arg(long, value_name = "FILE")]
        secret: PathBuf,
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
    },
    Verify {
        #[arg(value_name = "FILE")]
        file: PathBuf,
    },
    Install {
        #[arg(value_name = "FILE")]
        file: PathBuf,
    },
    Show,
}

// `tukiem-cli leaks build|check` (help text from the catalogue, like every command).
#[derive(Subcommand, Debug)]
pub enum LeaksAction {
    Build {
        #[arg(long, value_name = "FILE")]
        from: PathBuf,
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
    },
    Check {
        #[arg(value_name = "FILE")]
        file: PathBuf,
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
        .mut_subcommand("advice", |c| {
            c.about(l.text("cli-help-advice"))
                .mut_arg("original", |a| a.help(l.text("cli-help-advice-original")))
        })
        .mut_subcommand("password", |c| {
            c.about(l.text("cli-help-password"))
                .mut_arg("json", |a| a.help(l.text("cli-help-json")))
                .mut_arg("user_input_stdin", |a| {
                    a.help(l.text("cli-help-user-input-stdin"))
                })
        })
        .mut_subcommand("generate", |c| {
            c.about(l.text("cli-help-generate"))
                .mut_arg("json", |a| a.help(l.text("cli-help-generate-json")))
                .mut_arg("count", |a| a.help(l.text("cli-help-generate-count")))
                .mut_arg("random", |a| a.help(l.text("cli-help-generate-random")))
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
        })
        .mut_subcommand("link", |c| {
            c.about(l.text("cli-help-link"))
                .mut_arg("json", |a| a.help(l.text("cli-help-link-json")))
                .mut_arg("text", |a| a.help(l.text("cli-help-link-text")))
        })
        .mut_subcommand("bundle", |c| {
            c.about(l.text("cli-help-bundle"))
                .mut_subcommand("keygen", |c| {
                    c.about(l.text("cli-help-bundle-keygen"))
                        .mut_arg("secret", |a| a.help(l.text("cli-help-bundle-secret-out")))
                        .mut_arg("public", |a| a.help(l.text("cli-help-bundle-public-out")))
                })
                .mut_subcommand("build", |c| {
                    c.about(l.text("cli-help-bundle-build"))
                        .mut_arg("reported_fakes", |a| {
                            a.help(l.text("cli-help-bundle-reported-fakes"))
                        })
                        .mut_arg("official_hosts", |a| {
                            a.help(l.text("cli-help-bundle-official-hosts"))
                        })
                        .mut_arg("stealer_families", |a| {
                            a.help(l.text("cli-help-bundle-stealer-families"))
                        })
                        .mut_arg("leaks", |a| a.help(l.text("cli-help-bundle-leaks")))
                        .mut_arg("version", |a| a.help(l.text("cli-help-bundle-version")))
                        .mut_arg("valid_until", |a| {
                            a.help(l.text("cli-help-bundle-valid-until"))
                        })
                        .mut_arg("secret", |a| a.help(l.text("cli-help-bundle-secret")))
                        .mut_arg("out", |a| a.help(l.text("cli-help-bundle-out")))
                })
                .mut_subcommand("verify", |c| {
                    c.about(l.text("cli-help-bundle-verify"))
                        .mut_arg("file", |a| a.help(l.text("cli-help-bundle-file")))
                })
                .mut_subcommand("install", |c| {
                    c.about(l.text("cli-help-bundle-install"))
                        .mut_arg("file", |a| a.help(l.text("cli-help-bundle-file")))
                })
                .mut_subcommand("show", |c| c.about(l.text("cli-help-bundle-show")))
        })
        .mut_subcommand("leaks", |c| {
            c.about(l.text("cli-help-leaks"))
                .mut_subcommand("build", |c| {
                    c.about(l.text("cli-help-leaks-build"))
                        .mut_arg("from", |a| a.help(l.text("cli-help-leaks-from")))
                        .mut_arg("out", |a| a.help(l.text("cli-help-leaks-out")))
                })
                .mut_subcommand("check", |c| {
                    c.about(l.text("cli-help-leaks-check"))
                        .mut_arg("file", |a| a.help(l.text("cli-help-leaks-file")))
                })
        })
        .mut_subcommand("rollup", |c| {
            c.about(l.text("cli-help-rollup"))
                .mut_arg("json", |a| a.help(l.text("cli-help-rollup-json")))
                .mut_arg("xlsx", |a| a.help(l.text("cli-help-rollup-xlsx")))
                .mut_arg("pdf", |a| a.help(l.text("cli-help-rollup-pdf")))
                .mut_arg("html", |a| a.help(l.text("cli-help-rollup-html")))
                .mut_arg("staff", |a| a.help(l.text("cli-help-rollup-staff")))
                .mut_arg("paths", |a| a.help(l.text("cli-help-rollup-paths")))
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
