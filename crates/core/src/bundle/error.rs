//! Why a bundle was refused. Each reason names the file (and the entry inside it, when there is
//! one) and the kind of problem, never a byte of the content.

use crate::Msg;
use crate::outside::ReadError;
use crate::profile::ProfileError;

/// Why a `*.tukiem` file cannot be used. [`BundleError::msg`] says it in words; [`BundleError::
/// is_trust`] tells a refusal over keys (exit 77) from a bad file (exit 65).
#[derive(Clone, Debug, PartialEq, thiserror::Error)]
pub enum BundleError {
    /// The file itself could not be read (missing, a FIFO, too large, too slow…).
    #[error("{file}: {error}")]
    Read { file: String, error: ReadError },
    /// Not a tar container, or cut short.
    #[error("{file}: damaged or truncated container")]
    Damaged { file: String },
    /// An entry whose name climbs out of the bundle (`../`, an absolute path, a drive) or is
    /// not one of the names the format allows.
    #[error("{file}: entry with a forbidden name")]
    BadEntryName { file: String },
    /// A symbolic link, a hard link, a folder or a device inside the container.
    #[error("{file}: entry that is not a plain file")]
    NotPlainEntry { file: String },
    #[error("{file}: entry {entry} appears twice")]
    DuplicateEntry { file: String, entry: String },
    #[error("{file}: entry {entry} is larger than allowed")]
    EntryTooLarge { file: String, entry: String },
    #[error("{file}: more entries than allowed")]
    TooManyEntries { file: String },
    #[error("{file}: entry {entry} is missing")]
    MissingEntry { file: String, entry: String },
    /// An entry the signed manifest does not list.
    #[error("{file}: entry {entry} is not in the manifest")]
    UnlistedEntry { file: String, entry: String },
    #[error("{file}: unknown bundle format {found}")]
    UnknownFormat { file: String, found: i64 },
    #[error("{file}: manifest is not valid")]
    BadManifest { file: String },
    /// No public key is installed on this computer.
    #[error("{file}: no trusted key on this computer")]
    NoTrustedKey { file: String },
    /// The signature verifies against none of the trusted keys (a stranger's bundle, or an
    /// edited manifest).
    #[error("{file}: signature from an untrusted key, or manifest edited")]
    Untrusted { file: String },
    /// The manifest is signed, but an entry's bytes are not the ones it names.
    #[error("{file}: entry {entry} does not match the signed manifest")]
    EntryMismatch { file: String, entry: String },
    /// The profile inside does not validate.
    #[error("{file}: profile inside is not valid: {error}")]
    Profile {
        file: String,
        error: Box<ProfileError>,
    },
    /// A list inside (`reported-fakes.tsv`, `official-hosts.txt`, `stealer-families.toml`) is
    /// not in its format; `line` is 1-based when known.
    #[error("{file}: list {entry} is not valid (line {line:?})")]
    BadList {
        file: String,
        entry: String,
        line: Option<usize>,
    },
    /// Installing would replace a bundle of the same key with an older or equal version.
    #[error("{file}: version {version} is not newer than the installed {installed}")]
    NotNewer {
        file: String,
        version: u64,
        installed: u64,
    },
    /// There is no app data folder to install into (the CLI with none found).
    #[error("no app data folder to install into")]
    NoDataFolder,
    /// Writing the installed copy failed; nothing was replaced.
    #[error("{file}: could not be installed ({kind:?})")]
    Write {
        file: String,
        kind: std::io::ErrorKind,
    },
    /// Making a bundle (`tukiem-cli bundle build`): an input file could not be used.
    #[error("{file}: cannot be put in a bundle")]
    BadInput { file: String, reason: Box<Msg> },
    /// A key file is not in the `tukiem-key v1` format.
    #[error("{file}: not a key file")]
    BadKeyFile { file: String },
}

impl BundleError {
    /// The words to show: the file, the entry when there is one, and what is wrong.
    pub fn msg(&self) -> Msg {
        let with = |id: &str, file: &str| Msg::new(id).arg("path", file);
        match self {
            BundleError::Read { file, error } => error.reason(file),
            BundleError::Damaged { file } => with("bundle-damaged", file),
            BundleError::BadEntryName { file } => with("bundle-bad-entry-name", file),
            BundleError::NotPlainEntry { file } => with("bundle-not-plain-entry", file),
            BundleError::DuplicateEntry { file, entry } => {
                with("bundle-duplicate-entry", file).arg("entry", entry)
            }
            BundleError::EntryTooLarge { file, entry } => {
                with("bundle-entry-too-large", file).arg("entry", entry)
            }
            BundleError::TooManyEntries { file } => with("bundle-too-many-entries", file),
            BundleError::MissingEntry { file, entry } => {
                with("bundle-missing-entry", file).arg("entry", entry)
            }
            BundleError::UnlistedEntry { file, entry } => {
                with("bundle-unlisted-entry", file).arg("entry", entry)
            }
            BundleError::UnknownFormat { file, found } => {
                with("bundle-unknown-format", file).arg("found", *found)
            }
            BundleError::BadManifest { file } => with("bundle-bad-manifest", file),
            BundleError::NoTrustedKey { file } => with("bundle-no-trusted-key", file),
            BundleError::Untrusted { file } => with("bundle-untrusted", file),
            BundleError::EntryMismatch { file, entry } => {
                with("bundle-entry-mismatch", file).arg("entry", entry)
            }
            BundleError::Profile { file, error } => with("bundle-profile-invalid", file)
                .arg("where", error.location())
                .arg("reason", error.reason()),
            BundleError::BadList { file, entry, line } => {
                with("bundle-bad-list", file).arg("entry", entry).arg(
                    "line",
                    line.map_or(0, |l| i64::try_from(l).unwrap_or(i64::MAX)),
                )
            }
            BundleError::NotNewer {
                file,
                version,
                installed,
            } => with("bundle-not-newer", file)
                .arg("version", version_arg(*version))
                .arg("installed", version_arg(*installed)),
            BundleError::NoDataFolder => Msg::new("bundle-no-data-folder"),
            BundleError::Write { file, kind } => with("bundle-write-failed", file).arg(
                "detail",
                crate::io_reason::msg(&std::io::Error::from(*kind)),
            ),
            BundleError::BadInput { file, reason } => {
                with("bundle-bad-input", file).arg("reason", (**reason).clone())
            }
            BundleError::BadKeyFile { file } => with("bundle-bad-key-file", file),
        }
    }

    /// True when the refusal is about trust (no key, or a key this computer does not trust):
    /// exit 77 in the CLI. Everything else is a bad file (65) or a read/write problem.
    pub fn is_trust(&self) -> bool {
        matches!(
            self,
            BundleError::NoTrustedKey { .. } | BundleError::Untrusted { .. }
        )
    }
}

/// A version number as a Fluent argument (a number, so it is written as one).
pub(crate) fn version_arg(v: u64) -> i64 {
    i64::try_from(v).unwrap_or(i64::MAX)
}
