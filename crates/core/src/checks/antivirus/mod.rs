//! Is an antivirus installed, on, and up to date? (Directive 14/CT-TTg asks for one on every
//! device.) Windows: Security Center + Defender; Linux: ClamAV, Defender for Endpoint; macOS:
//! Gatekeeper and XProtect.

use serde::Serialize;

use super::{Check, CheckOutput, Env, Finding};
use crate::Msg;

/// One protection product as the JSON report lists it.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct AvProduct {
    pub name: String,
    pub active: bool,
    /// Real-time (on-access) protection, when the product says.
    pub realtime: Option<bool>,
    /// Days since the signatures were updated; `None` when unknown.
    pub signatures_age_days: Option<u32>,
}

pub struct AntivirusCheck;

impl Check for AntivirusCheck {
    fn id(&self) -> &'static str {
        "antivirus"
    }

    fn title(&self) -> Msg {
        Msg::new("check-antivirus-title")
    }

    fn run(&self, _env: &dyn Env) -> CheckOutput {
        CheckOutput::finding(Finding::unknown(
            self.id(),
            self.title(),
            Msg::new("check-reason-no-result"),
        ))
    }
}
