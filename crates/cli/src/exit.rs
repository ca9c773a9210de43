//! Exit codes. 0–3 are check results only (`tukiem_core::checks::CheckReport::exit_code`: 0 all
//! ok, 1 warnings or some checks could not tell, 2 critical, 3 nothing could be checked); every
//! other failure has its own code from BSD's `sysexits.h`, so a script can tell "the computer is
//! at risk" from "you called me wrong". Listed in `--help` (`cli-help-exit-codes`) and the README.

use std::process::ExitCode;

use tukiem_core::profile::ProfileErrorKind;
use tukiem_core::store::StoreError;

/// The command line is wrong (unknown option, missing value).
pub const USAGE: u8 = 64;
/// An input is not what it must be: a profile that does not validate, stdin that is not UTF-8,
/// a checklist that is not the expected JSON.
pub const DATA: u8 = 65;
/// An input file is missing or cannot be read.
pub const NO_INPUT: u8 = 66;
/// The output file cannot be created or written.
pub const CANT_CREATE: u8 = 73;
/// The operating system would not give what TựKiểm needs (randomness for `generate`).
pub const OS: u8 = 71;
/// Any other input/output error (standard input or output).
pub const IO: u8 = 74;
/// A bundle not signed with a key this computer trusts, or no trusted key at all
/// (`sysexits.h`'s `EX_NOPERM`).
pub const UNTRUSTED: u8 = 77;

pub fn code(n: u8) -> ExitCode {
    ExitCode::from(n)
}

/// A profile that cannot be read is a missing input; one that reads but does not validate is bad
/// data.
pub fn for_profile(kind: &ProfileErrorKind) -> u8 {
    match kind {
        ProfileErrorKind::NotFound
        | ProfileErrorKind::PermissionDenied
        | ProfileErrorKind::Unreadable { .. }
        | ProfileErrorKind::NotAFile => NO_INPUT,
        _ => DATA,
    }
}

pub fn for_store(e: &StoreError) -> u8 {
    match e {
        StoreError::Io { .. } => NO_INPUT,
        StoreError::Corrupt { .. } => DATA,
    }
}
