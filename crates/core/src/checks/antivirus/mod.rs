//! Is an antivirus installed, on, and up to date? (Directive 14/CT-TTg asks for one on every
//! device.) Windows: Security Center (`IWSCProductList`) and Defender (WMI), read natively
//! behind the `Env` seam, with a process-name fallback for Windows Server; Linux: ClamAV and Microsoft Defender for Endpoint; macOS:
//! Gatekeeper, XProtect and Defender for Endpoint.
//!
//! Formats, decodings and traps: `../shared/reference/machine-checks.md` sections A and B.
//! Every parser of outside data here is a pure `pub` function with a fuzz target
//! (`fuzz/fuzz_targets/antivirus_*.rs`).
//!
//! Windows facts: `Env::os_facts`, `security_center`, `defender_status`. Command ids (Linux and
//! macOS only): `clamscan-version` ([`clamav`]),
//! `mdatp-health` ([`mdatp`]), `spctl-status` ([`macos`]).

pub mod clamav;
pub(crate) mod dates;
pub mod defender;
mod linux;
pub mod macos;
pub mod mdatp;
pub mod names;
mod verdict;
mod windows;

use serde::Serialize;

use super::{Check, CheckOutput, Env, OsKind};
use crate::Msg;

pub use clamav::{parse_clamscan_version, parse_cvd_header, parse_freshclam_database_dir};
pub use dates::{parse_clamav_build_time, parse_ctime, parse_iso8601};
pub use macos::{parse_software_update_plist, parse_spctl_status, parse_xprotect_version};
pub use mdatp::parse_mdatp_health;
pub use verdict::MAX_SIGNATURE_AGE_DAYS;

/// Where a product's status came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum AvSource {
    /// A Windows Security Center product (`IWscProduct`).
    SecurityCenter,
    /// Microsoft Defender's own status (`MSFT_MpComputerStatus`).
    Defender,
    /// Only a running process: present, but its state is not known.
    Process,
    #[serde(rename = "clamav")]
    ClamAv,
    Mdatp,
    #[serde(rename = "xprotect")]
    XProtect,
}

/// One protection product as the JSON report lists it.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct AvProduct {
    pub name: String,
    /// It protects now: on, and not standing by for another product.
    pub active: bool,
    /// Real-time (on-access) protection, when the product says.
    pub realtime: Option<bool>,
    /// Days since the signatures were updated; `None` when unknown.
    pub signatures_age_days: Option<u32>,
    /// What the product says about its signatures; `None` when it does not say.
    pub signatures_up_to_date: Option<bool>,
    pub source: AvSource,
    /// Stable code of what the source reported: Security Center `on`/`off`/`snoozed`/
    /// `expired`/`unknown` (a state Microsoft does not document)/`stale`; Defender `normal`/`passive`/`sxs-passive`/`edr-block`/
    /// `not-running`/`unknown`/`not-active` (0x800106ba); `running` for a process;
    /// ClamAV `daemon`/`on-demand`/`no-database`; Defender for Endpoint `healthy`/`passive`/
    /// `unhealthy`; XProtect `present`.
    pub state: &'static str,
}

pub struct AntivirusCheck;

impl Check for AntivirusCheck {
    fn id(&self) -> &'static str {
        verdict::FINDING_ID
    }

    fn title(&self) -> Msg {
        Msg::new("check-antivirus-title")
    }

    fn run(&self, env: &dyn Env) -> CheckOutput {
        let assessment = match env.os() {
            OsKind::Windows => windows::assess(env),
            OsKind::Linux => linux::assess(env),
            OsKind::MacOs => macos::assess(env),
        };
        let (finding, products) = assessment.into_finding(self.title());
        CheckOutput {
            findings: vec![finding],
            antivirus: products,
            ..CheckOutput::default()
        }
    }
}

#[cfg(test)]
mod scenario_tests;
