//! Windows: what Security Center (`IWSCProductList`) and Defender (`MSFT_MpComputerStatus`)
//! say, read natively behind the `Env` seam, checked against the running processes. A pure
//! decision over those facts: no script host, nothing parsed here.
//!
//! - Defender's Security Center product reads "off" whenever another product is primary:
//!   normal, not a finding.
//! - A Security Center product can outlive its program (stale): one whose program is neither
//!   on disk nor running does not count.
//! - Windows Server has no Security Center: Defender's status plus known process names.
//! - A workstation where Security Center cannot be read (Wine, a broken install) is not a
//!   server: the check says why it cannot tell.
//!
//! Two steps: [`WindowsFacts::read`] asks the machine (facts, processes, the clock, and the disk
//! for each Security Center product's program), then [`decide`] judges those facts alone.

use serde_json::Value;

use super::defender::{Age, DefenderStatus, RunningMode};
use super::names::{self, DEFENDER, THIRD_PARTY, process_key};
use super::verdict::{Assessment, Found, MAX_SIGNATURE_AGE_DAYS};
use super::{AvProduct, AvSource};
use crate::Msg;
use crate::checks::facts::{
    DefenderFacts, Fact, FactError, OsFacts, WscProduct, WscProductState, WscSignatures,
};
use crate::checks::{Env, MachinePath, OsKind, ProcessInfo, reason};

/// Defender's Security Center product GUID.
const DEFENDER_GUID: &str = "{D68DDC3A-831F-4fae-9E44-DA132C1ACF46}";

/// What the Windows decision is made from, read from the machine once.
pub(super) struct WindowsFacts {
    pub os: Fact<OsFacts>,
    pub products: Fact<Vec<WscProduct>>,
    pub defender: Fact<DefenderFacts>,
    pub processes: Result<Vec<ProcessInfo>, String>,
    /// For each of `products`, in order: where its program should be, as found on the disk.
    pub programs: Vec<ProgramFiles>,
    /// The checked machine's clock, seconds since the Unix epoch.
    pub now: i64,
}

/// A Security Center product's program on the disk: its remediation path (environment
/// variables expanded) looked up.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(super) struct ProgramFiles {
    /// The product names a path to look at.
    pub named: bool,
    /// One of its paths exists.
    pub on_disk: bool,
    /// The paths' file names, as process keys (a program that runs under that name is there).
    pub exe_names: Vec<String>,
}

impl WindowsFacts {
    pub fn read(env: &dyn Env) -> Self {
        let products = env.security_center();
        let programs = products
            .as_ref()
            .map(|list| list.iter().map(|p| ProgramFiles::read(env, p)).collect())
            .unwrap_or_default();
        Self {
            os: env.os_facts(),
            products,
            defender: env.defender_status(),
            processes: env.processes(),
            programs,
            now: env.now_unix(),
        }
    }
}

impl ProgramFiles {
    fn read(env: &dyn Env, product: &WscProduct) -> Self {
        let paths: Vec<MachinePath> = product
            .remediation_path
            .iter()
            .filter_map(|p| expand_env_vars(env, p))
            .filter_map(|p| MachinePath::parse(OsKind::Windows, &p))
            .collect();
        Self {
            named: !paths.is_empty(),
            on_disk: paths.iter().any(|p| env.local(p).exists()),
            exe_names: paths
                .iter()
                .filter_map(MachinePath::file_name)
                .map(process_key)
                .collect(),
        }
    }
}

pub(super) fn assess(env: &dyn Env) -> Assessment {
    decide(&WindowsFacts::read(env))
}

/// The Windows assessment from its facts alone.
pub(super) fn decide(facts: &WindowsFacts) -> Assessment {
    let mut a = Assessment::new(OsKind::Windows);
    let WindowsFacts {
        os,
        products,
        defender,
        processes,
        programs,
        now,
    } = facts;
    let now = *now;
    let running: Option<Vec<String>> = processes
        .as_ref()
        .ok()
        .map(|list| list.iter().map(|p| process_key(&p.name)).collect());

    let server = os.as_ref().is_ok_and(|o| o.is_server());
    a.evidence("server", server);
    if let Ok(caption) = os.as_ref().map(|o| o.caption.clone())
        && let Some(caption) = caption
    {
        a.evidence("windows", caption);
    }

    // Security Center's products: Defender's apart, the others as products.
    let mut defender_row: Option<&WscProduct> = None;
    let mut third_party: Vec<Found> = Vec::new();
    match products {
        Ok(list) => {
            let no_files = ProgramFiles::default();
            for (i, product) in list.iter().enumerate() {
                if is_defender(product) {
                    defender_row.get_or_insert(product);
                    continue;
                }
                let files = programs.get(i).unwrap_or(&no_files);
                third_party.push(third_party_found(product, files, running.as_deref()));
            }
        }
        Err(_) if server => {}
        Err(e) => a.problem(reason::native("check-av-reason-security-center", e)),
    }

    match defender {
        Ok(facts) => {
            let status = DefenderStatus::from_facts(facts);
            a.evidence("defender_mode", status.mode.code());
            if let Some(t) = status.tamper_protected {
                a.evidence("tamper_protected", t);
            }
            let found = defender_found(&status, defender_row, now);
            if status.mode == RunningMode::Unknown && !found.protecting {
                a.problem(Msg::new("check-av-reason-defender-mode"));
            }
            a.found.push(found);
        }
        Err(FactError::NotActive) => {
            a.evidence("defender_mode", "not-active");
            let name = defender_row.map_or_else(|| DEFENDER.name.to_owned(), |r| r.name.clone());
            a.found.push(Found::new(AvProduct {
                name,
                active: false,
                realtime: None,
                signatures_age_days: None,
                signatures_up_to_date: None,
                source: AvSource::Defender,
                state: "not-active",
            }));
        }
        Err(FactError::Absent | FactError::NamespaceMissing) if server => {
            a.evidence("defender_mode", "absent");
        }
        Err(e) => match defender_row {
            // Security Center still says whether Defender is on.
            Some(row) => a.found.push(from_row_only(row)),
            None => a.problem(reason::native("check-av-reason-defender", e)),
        },
    }

    // Products known only by their processes (Server, or not registered with Security
    // Center). A vendor with a Security Center product is judged by it.
    match &running {
        Some(running) => {
            a.evidence("av_processes", vendors_running(running));
            for vendor in THIRD_PARTY {
                let has_row = third_party
                    .iter()
                    .any(|f| names::vendor_of(&f.product.name).is_some_and(|v| v.id == vendor.id));
                if !has_row && vendor.running_in(running) {
                    let mut found = Found::new(AvProduct {
                        name: vendor.name.to_owned(),
                        active: true,
                        realtime: None,
                        signatures_age_days: None,
                        signatures_up_to_date: None,
                        source: AvSource::Process,
                        state: "running",
                    });
                    found.protecting = true;
                    found.confirmed = false;
                    third_party.push(found);
                }
            }
        }
        None => {
            if let Err(detail) = processes
                && server
            {
                a.problem(reason::processes_unavailable(detail));
            }
        }
    }
    a.found.extend(third_party);
    a
}

fn vendors_running(running: &[String]) -> Vec<Value> {
    THIRD_PARTY
        .iter()
        .chain([&DEFENDER])
        .filter(|v| v.running_in(running))
        .map(|v| Value::from(v.id))
        .collect()
}

fn is_defender(product: &WscProduct) -> bool {
    let by_guid = product
        .guid
        .as_deref()
        .is_some_and(|g| g.eq_ignore_ascii_case(DEFENDER_GUID));
    by_guid || DEFENDER.names(&product.name)
}

fn state_code(state: Option<WscProductState>) -> &'static str {
    state.map_or("unknown", WscProductState::code)
}

fn up_to_date(product: &WscProduct) -> Option<bool> {
    product.signatures.map(|s| s == WscSignatures::UpToDate)
}

fn third_party_found(
    product: &WscProduct,
    files: &ProgramFiles,
    running: Option<&[String]>,
) -> Found {
    let on = product.state == Some(WscProductState::On);
    let stale = on && is_stale(product, files, running);
    let mut found = Found::new(AvProduct {
        name: product.name.clone(),
        active: on && !stale,
        realtime: None,
        signatures_age_days: None,
        signatures_up_to_date: up_to_date(product),
        source: AvSource::SecurityCenter,
        state: if stale {
            "stale"
        } else {
            state_code(product.state)
        },
    });
    found.protecting = found.product.active;
    found.expired = product.state == Some(WscProductState::Expired);
    found.stale = stale;
    found
}

fn from_row_only(product: &WscProduct) -> Found {
    let on = product.state == Some(WscProductState::On);
    let mut found = Found::new(AvProduct {
        name: product.name.clone(),
        active: on,
        realtime: None,
        signatures_age_days: None,
        signatures_up_to_date: up_to_date(product),
        source: AvSource::Defender,
        state: state_code(product.state),
    });
    found.protecting = on;
    found
}

fn defender_found(status: &DefenderStatus, row: Option<&WscProduct>, now: i64) -> Found {
    // Before Windows 10 1803 there is no running mode: Security Center's "on" decides.
    let protecting = status.protecting()
        || (status.mode == RunningMode::Unknown
            && row.is_some_and(|r| r.state == Some(WscProductState::On))
            && status.antivirus_enabled != Some(false)
            && status.realtime != Some(false));
    let age = status.signature_age_days(now);
    let fresh = if status.signature_age == Age::Never || status.signatures_out_of_date == Some(true)
    {
        Some(false)
    } else if let Some(days) = age {
        Some(days <= MAX_SIGNATURE_AGE_DAYS)
    } else if status.signatures_out_of_date == Some(false) {
        Some(true)
    } else {
        row.and_then(up_to_date)
    };
    let name = row.map_or_else(|| DEFENDER.name.to_owned(), |r| r.name.clone());
    let mut found = Found::new(AvProduct {
        name,
        active: protecting,
        realtime: status.realtime,
        signatures_age_days: age,
        signatures_up_to_date: fresh,
        source: AvSource::Defender,
        state: status.mode.code(),
    });
    found.protecting = protecting;
    found
}

/// A product whose program is gone: its remediation path is not on disk, and neither it nor a
/// known process of its vendor is running. Without a process list, or without a path to look
/// at, the product is trusted.
fn is_stale(product: &WscProduct, files: &ProgramFiles, running: Option<&[String]>) -> bool {
    let Some(running) = running else {
        return false;
    };
    if !files.named || files.on_disk {
        return false;
    }
    let vendor = names::vendor_of(&product.name);
    let runs = running.iter().any(|r| {
        files.exe_names.contains(r) || vendor.is_some_and(|v| v.processes.contains(&r.as_str()))
    });
    !runs
}

/// `%ProgramFiles%\Bkav Pro\BkavService.exe` → `C:\Program Files\Bkav Pro\BkavService.exe`;
/// `None` when a variable is unknown. Surrounding quotes are dropped.
pub(super) fn expand_env_vars(env: &dyn Env, text: &str) -> Option<String> {
    let text = text.trim().trim_matches('"');
    let mut out = String::new();
    let mut rest = text;
    while let Some(start) = rest.find('%') {
        out.push_str(&rest[..start]);
        let after = &rest[start + 1..];
        let end = after.find('%')?;
        out.push_str(&env.var(&after[..end])?);
        rest = &after[end + 1..];
    }
    out.push_str(rest);
    Some(out)
}

#[cfg(test)]
#[path = "windows_tests.rs"]
mod tests;
