//! `tukiem-cli bundle …`: the Department's bundle (docs/bundle.md). `keygen` and `build` are
//! the Department's IT officer's side; `verify`, `install` and `show` a computer's side, with
//! exactly the rules of the app's import screen (`tukiem_core::app::bundle`).
//!
//! Exit codes (`exit.rs`): 0 done, 64 no `--profile` for `build`, 65 a bad file, 66 a file
//! that cannot be read, 73 a file that cannot be written, 77 no trusted key or a key this
//! computer does not trust.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use tukiem_core::app::bundle::{self as use_case, BundlePreview};
use tukiem_core::app::{Host, OsHost};
use tukiem_core::bundle::{self, BuildInputs, BundleError, Counts, SecretKey, TrustedKey, keys};
use tukiem_core::dates::{from_day_number, iso, iso_day_number, iso_msg};
use tukiem_core::outside::ReadError;
use tukiem_core::profile::{BundlePlace, Localized};
use tukiem_core::{Localizer, Msg};

use crate::args::BundleCommand;
use crate::exit;
use crate::output::fail;

/// Days a bundle stays fresh when `--valid-until` is not given.
const DEFAULT_VALID_DAYS: i64 = 180;

pub fn run(command: BundleCommand, profile: Option<PathBuf>, l: &Localizer) -> ExitCode {
    // The app's data folder: where `install` writes and the loader reads the installed bundle.
    let host = OsHost::new(OsHost::default_data_dir());
    match command {
        BundleCommand::Keygen { secret, public } => keygen(l, &secret, &public),
        BundleCommand::Build {
            reported_fakes,
            official_hosts,
            stealer_families,
            leaks,
            version,
            valid_until,
            secret,
            out,
        } => {
            let Some(profile) = profile else {
                return fail(l, &Msg::new("cli-bundle-need-profile"), exit::USAGE);
            };
            let clock = host.clock();
            let Some(today) = clock.today() else {
                return fail(l, &Msg::new("date-unknown"), exit::OS);
            };
            let made = iso(today);
            let old_after = valid_until.unwrap_or_else(|| {
                iso_day_number(&made)
                    .and_then(|d| from_day_number(d + DEFAULT_VALID_DAYS))
                    .map(iso)
                    .unwrap_or_default()
            });
            let inputs = BuildInputs {
                profile,
                reported_fakes,
                official_hosts,
                stealer_families,
                leaks,
                version: version.unwrap_or_else(|| u64::try_from(clock.unix).unwrap_or(1)),
                made,
                old_after,
            };
            build(l, &inputs, &secret, &out)
        }
        BundleCommand::Verify { file } => match use_case::preview(&host, &file) {
            Ok(p) => {
                let mut lines = vec![Msg::new("cli-bundle-verified").arg("path", &p.file)];
                lines.extend(summary(&p, l));
                lines.push(Msg::new("cli-bundle-changes"));
                lines.extend(p.changes.lines(l.lang()));
                if let Some(why) = &p.refusal {
                    lines.push(Msg::new("cli-bundle-would-refuse").arg("reason", why.clone()));
                }
                print(l, &lines)
            }
            Err(e) => refuse(l, &e),
        },
        BundleCommand::Install { file } => match use_case::install(&host, &file) {
            Ok(p) => {
                let mut lines = summary(&p, l);
                lines.push(Msg::new("cli-bundle-installed").arg("issuer", p.issuer.get(l.lang())));
                print(l, &lines)
            }
            Err(e) => refuse(l, &e),
        },
        BundleCommand::Show => show(l, &host),
    }
}

fn keygen(l: &Localizer, secret_path: &Path, public_path: &Path) -> ExitCode {
    for path in [secret_path, public_path] {
        if path.exists() {
            let msg = Msg::new("cli-bundle-exists").arg("path", path.display().to_string());
            return fail(l, &msg, exit::CANT_CREATE);
        }
    }
    let secret = match SecretKey::generate() {
        Ok(k) => k,
        Err(_) => return fail(l, &Msg::new("cli-bundle-random-failed"), exit::OS),
    };
    let written = keys::write_new_key_file(secret_path, &secret.to_file_text(), true)
        .map_err(|e| (secret_path, e))
        .and_then(|()| {
            keys::write_new_key_file(
                public_path,
                &keys::public_file_text(&secret.public()),
                false,
            )
            .map_err(|e| (public_path, e))
        });
    if let Err((path, e)) = written {
        let msg = Msg::new("cli-report-write-failed")
            .arg("path", path.display().to_string())
            .arg("detail", crate::io_code(&e));
        return fail(l, &msg, exit::CANT_CREATE);
    }
    print(
        l,
        &[
            Msg::new("cli-bundle-keygen-done").arg("id", keys::key_id(&secret.public())),
            Msg::new("cli-bundle-keygen-secret").arg("path", secret_path.display().to_string()),
            Msg::new("cli-bundle-keygen-public").arg("path", public_path.display().to_string()),
        ],
    )
}

fn build(l: &Localizer, inputs: &BuildInputs, secret: &Path, out: &Path) -> ExitCode {
    let secret = match SecretKey::read(secret) {
        Ok(k) => k,
        Err(e) => return refuse(l, &e),
    };
    let bytes = match bundle::build(inputs, &secret) {
        Ok(b) => b,
        Err(e) => return refuse(l, &e),
    };
    // Read back with its own key: what is printed is what a computer will see.
    let own = [TrustedKey {
        id: keys::key_id(&secret.public()),
        key: secret.public(),
        origin: keys::KeyOrigin::File(PathBuf::new()),
    }];
    let shown = out.display().to_string();
    let made = match bundle::read(&bytes, &shown, &own) {
        Ok(b) => b,
        Err(e) => return refuse(l, &e),
    };
    if let Err(e) = tukiem_core::store::write_atomic(out, &bytes) {
        let msg = Msg::new("cli-report-write-failed")
            .arg("path", shown)
            .arg("detail", crate::store_detail(&e));
        return fail(l, &msg, exit::CANT_CREATE);
    }
    let mut lines = vec![Msg::new("cli-bundle-built").arg("path", &shown)];
    lines.extend(lines_of(
        l,
        &made.manifest.issuer,
        made.manifest.version,
        &made.manifest.made,
        &made.manifest.old_after,
        false,
        &made.key_id,
        &made.counts(),
    ));
    print(l, &lines)
}

fn show(l: &Localizer, host: &dyn Host) -> ExitCode {
    let status = use_case::current(host);
    let mut lines = Vec::new();
    match &status.speaking {
        None => lines.push(Msg::new("cli-bundle-show-none")),
        Some(s) => {
            let id = match s.source.place {
                BundlePlace::Installed => "cli-bundle-show-installed",
                BundlePlace::MachineWide => "cli-bundle-show-machine-wide",
            };
            lines.push(Msg::new(id).arg("path", s.source.path.display().to_string()));
            lines.extend(lines_of(
                l,
                &s.source.issuer,
                s.source.version,
                &s.source.made,
                &s.source.old_after,
                s.is_old,
                &s.source.key_id,
                &s.counts,
            ));
        }
    }
    for why in &status.refused {
        lines.push(Msg::new("cli-bundle-show-refused").arg("reason", why.clone()));
    }
    print(l, &lines)
}

fn summary(p: &BundlePreview, l: &Localizer) -> Vec<Msg> {
    lines_of(
        l,
        &p.issuer,
        p.version,
        &p.made,
        &p.old_after,
        p.is_old,
        &p.key_id,
        &p.counts,
    )
}

#[allow(clippy::too_many_arguments)]
fn lines_of(
    l: &Localizer,
    issuer: &Localized,
    version: u64,
    made: &str,
    old_after: &str,
    is_old: bool,
    key_id: &str,
    counts: &Counts,
) -> Vec<Msg> {
    let n = |v: usize| i64::try_from(v).unwrap_or(i64::MAX);
    let mut lines = vec![
        Msg::new("cli-bundle-issuer").arg("issuer", issuer.get(l.lang())),
        Msg::new("cli-bundle-version").arg("version", version.to_string()),
        Msg::new("cli-bundle-made").arg("date", iso_msg(made)),
        Msg::new("cli-bundle-old-after").arg("date", iso_msg(old_after)),
    ];
    if is_old {
        lines.push(Msg::new("cli-bundle-is-old"));
    }
    lines.push(Msg::new("cli-bundle-key").arg("id", key_id));
    lines.push(
        Msg::new("cli-bundle-contents")
            .arg("systems", n(counts.systems))
            .arg("fakes", n(counts.reported_fakes))
            .arg("hosts", n(counts.official_hosts))
            .arg("families", n(counts.stealer_families))
            .arg("filters", n(counts.leak_filters)),
    );
    if counts.letter {
        lines.push(Msg::new("cli-bundle-letter"));
    }
    lines
}

fn print(l: &Localizer, lines: &[Msg]) -> ExitCode {
    let text: String = lines.iter().map(|m| l.render(m) + "\n").collect();
    crate::print_or_fail(&text, l)
}

/// Says why a bundle was refused and exits: 77 for trust, 66 for a file that cannot be read,
/// 73 for one that cannot be written, 65 for everything else (a bad file).
fn refuse(l: &Localizer, e: &BundleError) -> ExitCode {
    fail(l, &e.msg(), code_for(e))
}

fn code_for(e: &BundleError) -> u8 {
    match e {
        e if e.is_trust() => exit::UNTRUSTED,
        BundleError::Read { error, .. } => match error {
            // A FIFO or a device is not a bundle, nor is a 2 GiB file: bad input, not missing.
            ReadError::NotAFile | ReadError::TooLarge { .. } | ReadError::NotUtf8 => exit::DATA,
            _ => exit::NO_INPUT,
        },
        BundleError::Write { .. } | BundleError::NoDataFolder => exit::CANT_CREATE,
        _ => exit::DATA,
    }
}
