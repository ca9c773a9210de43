//! The app's use cases, shared by the desktop shell and the CLI: each Tauri command and CLI
//! command calls one of these and only translates its arguments and its answer.
//!
//! What only the shell can do (read the clock and the person's UTC offset, name the data folder,
//! reach the OS keyring, name the machine) is behind [`Host`], the shape of Yaak's `host.rs`:
//! [`OsHost`] is the real one both shells use, [`TestHost`] a fixed clock, a temporary folder and
//! a memory keyring for tests.
//!
//! The commands the desktop shell serves are one table, [`COMMANDS`] (name, request, reply,
//! one line each), which the shell's registration, manifest, capability and the web view are
//! checked against.
//!
//! | use case | module |
//! |---|---|
//! | the advice, as of the person's today | [`advice`] |
//! | what the summary screen shows | [`summary`] |
//! | assess a typed password; mark a system's password changed | [`passwords`] |
//! | after a check: history, last check, fleet output | [`checks`] |
//! | what the incident e-mail may say | [`incident`] |
//! | facts about the machine a report names | [`machine`] |
//! | the saved report's model | [`report`] |
//! | the unit roll-up, dated on the person's calendar | [`rollup`] |
//! | an older data folder's files brought up to date | [`migrate`] |
//! | the Department's bundle: which profile speaks, preview, install | [`bundle`] |
//! | what the screens naming the agency say about the profile speaking | [`speaking`] |
//! | which machine this run checks (this one, `--scenario`, training) and its last report | [`session`] |
//! | the requests and replies that gather several answers for one screen | [`replies`] |

pub mod advice;
pub mod bundle;
pub mod checks;
mod commands;
mod host;
pub mod incident;
#[cfg(test)]
mod ipc_types;
pub mod machine;
pub mod migrate;
pub mod passwords;
pub mod replies;
pub mod report;
pub mod rollup;
pub mod session;
pub mod speaking;
pub mod summary;
#[cfg(test)]
mod tests;

pub use crate::checks::Subject;
pub use commands::{COMMANDS, Command};
pub use host::{APP_IDENTIFIER, DATA_DIR_ENV, Host, OsHost, POLICY_KEY, SYSTEM_DIR_ENV, TestHost};
