//! `firewall`: is the built-in firewall on for every network profile? (TựKiểm's
//! recommendation.)
//!
//! Windows: the documented registry of Windows Defender Firewall,
//! `HKLM\SYSTEM\CurrentControlSet\Services\SharedAccess\Parameters\FirewallPolicy\{Domain,Standard,Public}Profile`
//! `EnableFirewall` (what the Settings page writes), overridden by Group Policy's
//! `HKLM\SOFTWARE\Policies\Microsoft\WindowsFirewall\{Domain,Private,Public}Profile`
//! `EnableFirewall` when that is set, and the firewall service (`mpssvc`) disabled turns every
//! profile off. A profile off → warning naming it, and "by policy" when a policy did it.
//!
//! Linux: `ufw`'s own switch (`/etc/ufw/ufw.conf`, `ENABLED=yes|no`). Other firewalls
//! (nftables, firewalld) keep their running state where only an administrator can read it:
//! `unknown` saying so, never "on".

use super::{PerOs, key, number};
use crate::checks::facts::Hive;
use crate::checks::{Check, CheckOutput, Env, Finding, MachinePath, OsKind, Status};
use crate::{Msg, outside};

pub const FINDING_ID: &str = "firewall";

const LOCAL_ROOT: &str =
    r"SYSTEM\CurrentControlSet\Services\SharedAccess\Parameters\FirewallPolicy";
const POLICY_ROOT: &str = r"SOFTWARE\Policies\Microsoft\WindowsFirewall";
pub const SERVICE_KEY: &str = r"SYSTEM\CurrentControlSet\Services\mpssvc";

/// The three profiles: code, local key name, policy key name.
const PROFILES: [(&str, &str, &str); 3] = [
    ("domain", "DomainProfile", "DomainProfile"),
    ("private", "StandardProfile", "PrivateProfile"),
    ("public", "PublicProfile", "PublicProfile"),
];

pub struct FirewallCheck;

impl Check for FirewallCheck {
    fn id(&self) -> &'static str {
        FINDING_ID
    }

    fn title(&self) -> Msg {
        Msg::new("posture-firewall-title")
    }

    fn run(&self, env: &dyn Env) -> CheckOutput {
        PerOs {
            id: FINDING_ID,
            windows,
            linux,
            no_source: "posture-firewall-reason-no-source",
        }
        .run(env, self.title())
    }
}

/// One profile's state and who set it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Profile {
    On,
    Off { by_policy: bool },
    Unknown,
}

fn windows(env: &dyn Env, title: Msg) -> Finding {
    let service_disabled = match key(env, Hive::LocalMachine, SERVICE_KEY) {
        Ok(Some(v)) => number(&v, "Start") == Ok(Some(4)),
        Ok(None) => false,
        Err(reason) => return Finding::unknown(FINDING_ID, title, reason),
    };
    let mut states = Vec::new();
    let mut reasons = Vec::new();
    for (code, local, policy) in PROFILES {
        let policy_key = format!(r"{POLICY_ROOT}\{policy}");
        let local_key = format!(r"{LOCAL_ROOT}\{local}");
        let from_policy = match key(env, Hive::LocalMachine, &policy_key) {
            Ok(Some(v)) => number(&v, "EnableFirewall").ok().flatten(),
            Ok(None) => None,
            Err(reason) => {
                reasons.push(reason);
                None
            }
        };
        let state = match from_policy {
            Some(0) => Profile::Off { by_policy: true },
            Some(_) => Profile::On,
            None => match key(env, Hive::LocalMachine, &local_key) {
                Ok(Some(v)) => match number(&v, "EnableFirewall") {
                    Ok(Some(0)) => Profile::Off { by_policy: false },
                    Ok(Some(_)) => Profile::On,
                    // Missing or of a type Windows never writes there.
                    Ok(None) | Err(()) => {
                        reasons.push(
                            Msg::new("posture-firewall-reason-value")
                                .arg("key", format!("HKLM\\{local_key}")),
                        );
                        Profile::Unknown
                    }
                },
                Ok(None) => {
                    reasons.push(
                        Msg::new("posture-reason-key-missing")
                            .arg("key", format!("HKLM\\{local_key}")),
                    );
                    Profile::Unknown
                }
                Err(reason) => {
                    reasons.push(reason);
                    Profile::Unknown
                }
            },
        };
        let state = if service_disabled {
            Profile::Off { by_policy: false }
        } else {
            state
        };
        states.push((code, state));
    }
    let code_of = |s: Profile| match s {
        Profile::On => "on",
        Profile::Off { by_policy: true } => "off-by-policy",
        Profile::Off { by_policy: false } => "off",
        Profile::Unknown => "unknown",
    };
    let evidence = |mut f: Finding| {
        for (code, s) in &states {
            f = f.evidence(code, code_of(*s));
        }
        f.evidence("service_disabled", service_disabled)
    };
    let off: Vec<&str> = states
        .iter()
        .filter(|(_, s)| matches!(s, Profile::Off { .. }))
        .map(|(c, _)| *c)
        .collect();
    if !off.is_empty() {
        let by_policy = states
            .iter()
            .any(|(_, s)| *s == Profile::Off { by_policy: true });
        let mut profiles = Msg::new(&format!("posture-firewall-profiles-{}", off.len()));
        for (i, c) in off.iter().enumerate() {
            profiles = profiles.arg(
                &format!("p{}", i + 1),
                Msg::new(&format!("posture-firewall-profile-{c}")),
            );
        }
        let summary = Msg::new("posture-firewall-off").arg("profiles", profiles);
        let mut f = Finding::new(FINDING_ID, Status::Warning, title, summary);
        if service_disabled {
            f = f.advise(Msg::new("posture-firewall-service-disabled"));
        }
        if by_policy {
            f = f.advise(
                Msg::new("posture-firewall-by-policy").arg("key", format!("HKLM\\{POLICY_ROOT}")),
            );
        } else {
            f = f.action(crate::checks::Action::OpenUri {
                uri: "windowsdefender://network".to_owned(),
                label: Msg::new("posture-firewall-open"),
            });
        }
        return evidence(f.advise(Msg::new("posture-firewall-advice-other-product")));
    }
    if let Some(reason) = reasons.into_iter().next() {
        return evidence(Finding::unknown(FINDING_ID, title, reason));
    }
    evidence(Finding::new(
        FINDING_ID,
        Status::Ok,
        title,
        Msg::new("posture-firewall-on"),
    ))
}

const UFW_CONF: &str = "/etc/ufw/ufw.conf";

fn linux(env: &dyn Env, title: Msg) -> Finding {
    let Some(path) = MachinePath::parse(OsKind::Linux, UFW_CONF) else {
        return Finding::unknown(FINDING_ID, title, Msg::new("posture-firewall-reason-linux"));
    };
    let text = match outside::read_text(&env.local(&path), outside::cap::SMALL) {
        Ok(t) => t,
        Err(e) if e.is_not_found() => {
            return Finding::unknown(FINDING_ID, title, Msg::new("posture-firewall-reason-linux"));
        }
        Err(e) => return Finding::unknown(FINDING_ID, title, e.reason(UFW_CONF)),
    };
    let enabled = super::support::parse_os_release(&text)
        .into_iter()
        .rev()
        .find(|(k, _)| k == "ENABLED")
        .map(|(_, v)| v.trim().to_ascii_lowercase());
    match enabled.as_deref() {
        Some("yes") => Finding::new(
            FINDING_ID,
            Status::Ok,
            title,
            Msg::new("posture-firewall-ufw-on"),
        )
        .evidence("ufw", "on"),
        Some("no") => Finding::new(
            FINDING_ID,
            Status::Warning,
            title,
            Msg::new("posture-firewall-ufw-off"),
        )
        .advise(Msg::new("posture-firewall-advice-ufw"))
        .evidence("ufw", "off"),
        _ => Finding::unknown(
            FINDING_ID,
            title,
            Msg::new("posture-firewall-reason-ufw-value").arg("path", UFW_CONF),
        ),
    }
}
