//! The machine self-check: antivirus, passwords saved in browsers, remote-access tools, the
//! traces a password stealer leaves (Defender detections, `hosts`, forced extensions, proxy, the
//! Run box), and — as TựKiểm's own recommendations — Windows itself (`posture`: still
//! supported, updated, firewall, SmartScreen).
//!
//! Each check is a plain function of an [`Env`] that returns [`Finding`]s plus the facts behind
//! them; [`runner`] runs them concurrently with a timeout each and isolates their panics.
//! Nothing here touches the machine except through `Env`, so a recorded Windows machine
//! ([`scenario`]) is checked by the same code as this one.

pub mod antivirus;
pub mod bank_hosts;
pub mod browsers;
mod check_report;
mod env;
pub mod extensions;
pub mod facts;
mod finding;
pub mod hosts;
mod last_check;
mod machine_path;
pub mod native;
pub mod posture;
pub mod proxy;
pub mod proxy_setting;
pub mod proxy_sources;
pub mod reason;
pub mod remote_access;
pub mod runner;
pub mod scenario;
pub mod scenario_facts;
pub mod stealer;
mod subject;
pub mod system;
pub mod training;

pub use check_report::{CheckDigest, CheckReport, EXIT_CANNOT_RUN, SCHEMA};
pub use env::{CommandOutcome, CommandSpec, Env, OsKind, ProcessInfo};
pub use finding::{Action, Finding, Status, StatusWords};
pub use last_check::LastCheck;
pub use machine_path::MachinePath;
pub use runner::{Progress, RunOptions, run_blocking, run_checks};
pub use subject::Subject;

use crate::Msg;

/// One check of the machine. Implementations are synchronous and may block (they read files
/// and run commands); the runner gives each its own thread and timeout.
pub trait Check: Send + Sync {
    /// Stable id: `antivirus`, `browser-passwords`, `remote-access`.
    fn id(&self) -> &'static str;
    /// What the check looks at, for progress and for the finding when it cannot finish.
    fn title(&self) -> Msg;
    fn run(&self, env: &dyn Env) -> CheckOutput;
}

/// What one check returns: findings for people, and the facts behind them for the JSON report.
#[derive(Debug, Default)]
pub struct CheckOutput {
    pub findings: Vec<Finding>,
    pub antivirus: Vec<antivirus::AvProduct>,
    pub browsers: Vec<browsers::BrowserProfile>,
    pub remote_access: Vec<remote_access::RemoteTool>,
}

impl CheckOutput {
    pub fn finding(finding: Finding) -> Self {
        Self {
            findings: vec![finding],
            ..Self::default()
        }
    }
}

/// The machine to check: the recorded one in `scenario`, else this one.
pub fn env_for(
    scenario: Option<&std::path::Path>,
) -> Result<std::sync::Arc<dyn Env>, scenario::ScenarioError> {
    Ok(match scenario {
        Some(dir) => std::sync::Arc::new(scenario::ScenarioEnv::load(dir)?),
        None => std::sync::Arc::new(system::SystemEnv),
    })
}

/// What the checks take from the active profile, gathered in one place when a run is set up:
/// the organisation's own extensions and proxy (`profile.machine`), the stealer families its
/// Department's bundle adds (`profile.lists`), and the sites saved logins are weighed against
/// (its systems' hosts and names, its official hosts, the bundle's reported fakes). The default
/// is TựKiểm's own lists alone.
#[derive(Clone, Debug, Default)]
pub struct FromProfile {
    pub machine: crate::profile::MachineOptions,
    pub stealer_families: Vec<crate::profile::StealerFamily>,
    pub sites: std::sync::Arc<browsers::KnownSites>,
}

impl FromProfile {
    pub fn of(profile: &crate::Profile) -> FromProfile {
        FromProfile {
            machine: profile.machine.clone(),
            stealer_families: profile.lists.stealer_families.clone(),
            sites: std::sync::Arc::new(browsers::KnownSites::of_profile(profile)),
        }
    }
}

/// Every check, in the order results are shown, with no organisation options (no allowed
/// extensions or proxy, no profile sites or bundle lists).
pub fn all_checks() -> Vec<std::sync::Arc<dyn Check>> {
    checks_for(&FromProfile::default())
}

/// Every check for the active profile (what both shells run).
pub fn checks_for_profile(profile: &crate::Profile) -> Vec<std::sync::Arc<dyn Check>> {
    checks_for(&FromProfile::of(profile))
}

/// Every check, told what it needs of the profile.
pub fn checks_for(from: &FromProfile) -> Vec<std::sync::Arc<dyn Check>> {
    let stealer: std::sync::Arc<dyn Check> = if from.stealer_families.is_empty() {
        std::sync::Arc::new(stealer::StealerDetectionsCheck)
    } else {
        std::sync::Arc::new(stealer::BundleStealerDetectionsCheck {
            families: from.stealer_families.clone(),
        })
    };
    vec![
        std::sync::Arc::new(antivirus::AntivirusCheck),
        std::sync::Arc::new(browsers::BrowserPasswordsCheck {
            sites: from.sites.clone(),
        }),
        std::sync::Arc::new(remote_access::RemoteAccessCheck),
        stealer,
        std::sync::Arc::new(hosts::HostsFileCheck),
        std::sync::Arc::new(extensions::BrowserExtensionsCheck {
            allowed: from.machine.allowed_extensions.clone(),
        }),
        std::sync::Arc::new(proxy::ProxyCheck {
            allowed: from.machine.proxy_hosts.clone(),
        }),
        std::sync::Arc::new(posture::run_box::RunBoxCheck),
        // TựKiểm's recommendations about Windows itself (not the letter's request).
        std::sync::Arc::new(posture::support::WindowsSupportCheck),
        std::sync::Arc::new(posture::updates::WindowsUpdatesCheck),
        std::sync::Arc::new(posture::firewall::FirewallCheck),
        std::sync::Arc::new(posture::smartscreen::SmartScreenCheck),
    ]
}
