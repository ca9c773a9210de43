//! Passwords saved in web browsers: the loot of the infostealers behind the leak. Counts and
//! protection only — nothing is ever decrypted or copied out.

use serde::Serialize;

use super::{Check, CheckOutput, Env, Finding, Status};
use crate::Msg;

/// One browser profile that was found, as the JSON report lists it.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct BrowserProfile {
    /// Stable id: chrome, edge, coccoc, brave, opera, vivaldi, chromium, yandex, firefox.
    pub browser: &'static str,
    /// The profile's directory name.
    pub profile: String,
    pub saved_logins: u32,
    pub gov_logins: u32,
    pub gov_domains: Vec<String>,
    /// How the saved passwords are protected at rest (stable code).
    pub protection: &'static str,
    pub status: Status,
}

pub struct BrowserPasswordsCheck;

impl Check for BrowserPasswordsCheck {
    fn id(&self) -> &'static str {
        "browser-passwords"
    }

    fn title(&self) -> Msg {
        Msg::new("check-browsers-title")
    }

    fn run(&self, _env: &dyn Env) -> CheckOutput {
        CheckOutput::finding(Finding::unknown(
            self.id(),
            self.title(),
            Msg::new("check-reason-no-result"),
        ))
    }
}
