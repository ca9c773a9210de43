//! Self-assessment: the score ([`score`]) and the self-check report a commune office prints,
//! signs and files ([`document`] → [`html`], [`pdf`], JSON). The history of checks the score
//! over time is read from is [`crate::history`].
//!
//! Like the rest of core, nothing here reads the clock or the machine: the caller passes the
//! time, the time zone offset, the host name and whether the check was of this computer.

pub mod document;
pub mod html;
pub mod integrity;
pub mod pdf;
pub mod score;

/// Dates moved to [`crate::dates`], the one date module; this name stays for callers.
pub use crate::dates;

pub use document::{MachineFacts, Person, Report, ReportInput, SCHEMA};
pub use score::{Score, ScoreInput};
