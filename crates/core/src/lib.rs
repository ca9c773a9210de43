//! tukiem-core: every decision TựKiểm makes, with no window, no terminal and no network.
//!
//! The desktop shell (`src-tauri`) and the command line (`crates/cli`) only adapt these functions.
//! Nothing here prints. Decisions read the clock and the machine only through two seams,
//! `checks::Env` and `app::Host`; their real implementations (`checks::system::SystemEnv` with
//! `checks::native`, and `app::OsHost`) are the only code here that touches this computer.

pub mod advice;
pub mod app;
pub mod assessment;
pub mod bundle;
pub mod change_steps;
pub mod checks;
pub mod controls;
pub mod dates;
pub mod fleet;
pub mod history;
pub mod i18n;
pub mod incident;
pub mod io_reason;
pub mod links;
pub mod outside;
pub mod password;
pub mod profile;
pub mod quiz;
pub mod render;
pub mod rollup;
pub mod settings;
pub mod store;

pub use i18n::{Arg, Lang, Localizer, Msg};
pub use profile::{Profile, ProfileError, ProfileSource};
