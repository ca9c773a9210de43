//! `smartscreen`: does Windows warn before running an unknown downloaded program, and does Edge
//! warn before a known phishing or malware site? (TựKiểm's recommendation; Windows only.)
//!
//! - Apps: Group Policy `HKLM\SOFTWARE\Policies\Microsoft\Windows\System` `EnableSmartScreen`
//!   (0 off, 1 on) wins; else the setting `HKLM\SOFTWARE\Microsoft\Windows\CurrentVersion\Explorer`
//!   `SmartScreenEnabled` (`Off`, or `Warn`/`Prompt`/`RequireAdmin`/`Block`); not set is
//!   Windows' default, on — on Windows 8 and later (build 9200), which brought SmartScreen for
//!   apps. An older build (Windows 7, which Wine reports) has none: not set is then `unknown`
//!   saying so, never "on by default".
//! - Edge: policy `SOFTWARE\Policies\Microsoft\Edge` `SmartScreenEnabled` in HKLM, then HKCU;
//!   not set is Edge's default, on (the person can still turn it off in Edge's settings, which
//!   TựKiểm does not read: the finding says "by default").
//!
//! Either off → warning naming the policy key when a policy did it.

use super::{key, number, recommendation, text};
use crate::Msg;
use crate::checks::facts::Hive;
use crate::checks::{Check, CheckOutput, Env, Finding, Status};

pub const FINDING_ID: &str = "smartscreen";

pub const APPS_POLICY_KEY: &str = r"SOFTWARE\Policies\Microsoft\Windows\System";
pub const APPS_KEY: &str = r"SOFTWARE\Microsoft\Windows\CurrentVersion\Explorer";
pub const EDGE_POLICY_KEY: &str = r"SOFTWARE\Policies\Microsoft\Edge";

/// Windows 8's build: SmartScreen for downloaded apps came with it.
const FIRST_BUILD_WITH_SMARTSCREEN: u32 = 9200;

pub struct SmartScreenCheck;

impl Check for SmartScreenCheck {
    fn id(&self) -> &'static str {
        FINDING_ID
    }

    fn title(&self) -> Msg {
        Msg::new("posture-smartscreen-title")
    }

    fn run(&self, env: &dyn Env) -> CheckOutput {
        let f = if env.os() == crate::checks::OsKind::Windows {
            assess(env, self.title())
        } else {
            Finding::not_applicable(
                FINDING_ID,
                self.title(),
                Msg::new("posture-smartscreen-reason-not-windows"),
            )
        };
        CheckOutput::finding(recommendation(f))
    }
}

/// One side's state and what decided it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Side {
    On,
    Default,
    Off,
    OffByPolicy,
}

impl Side {
    fn code(self) -> &'static str {
        match self {
            Side::On => "on",
            Side::Default => "default-on",
            Side::Off => "off",
            Side::OffByPolicy => "off-by-policy",
        }
    }

    fn is_off(self) -> bool {
        matches!(self, Side::Off | Side::OffByPolicy)
    }
}

fn assess(env: &dyn Env, title: Msg) -> Finding {
    let apps = match apps(env) {
        Ok(s) => s,
        Err(reason) => return Finding::unknown(FINDING_ID, title, reason),
    };
    let edge = match edge(env) {
        Ok(s) => s,
        Err(reason) => return Finding::unknown(FINDING_ID, title, reason),
    };
    let evidence = |f: Finding| {
        f.evidence("apps", apps.code())
            .evidence("edge", edge.code())
    };
    if apps.is_off() || edge.is_off() {
        let summary = Msg::new(match (apps.is_off(), edge.is_off()) {
            (true, true) => "posture-smartscreen-off-both",
            (true, false) => "posture-smartscreen-off-apps",
            _ => "posture-smartscreen-off-edge",
        });
        let mut f = Finding::new(FINDING_ID, Status::Warning, title, summary);
        if apps == Side::OffByPolicy {
            f = f.advise(
                Msg::new("posture-smartscreen-by-policy")
                    .arg("key", format!("HKLM\\{APPS_POLICY_KEY}"))
                    .arg("value", "EnableSmartScreen"),
            );
        }
        if edge == Side::OffByPolicy {
            f = f.advise(
                Msg::new("posture-smartscreen-by-policy")
                    .arg("key", EDGE_POLICY_KEY.to_owned())
                    .arg("value", "SmartScreenEnabled"),
            );
        }
        if apps == Side::Off || edge == Side::Off {
            f = f
                .advise(Msg::new("posture-smartscreen-advice-turn-on"))
                .action(crate::checks::Action::OpenUri {
                    uri: "windowsdefender://appbrowser".to_owned(),
                    label: Msg::new("posture-smartscreen-open"),
                });
        }
        return evidence(f);
    }
    let summary = if apps == Side::Default || edge == Side::Default {
        Msg::new("posture-smartscreen-on-default")
    } else {
        Msg::new("posture-smartscreen-on")
    };
    evidence(Finding::new(FINDING_ID, Status::Ok, title, summary))
}

fn apps(env: &dyn Env) -> Result<Side, Msg> {
    if let Some(v) = key(env, Hive::LocalMachine, APPS_POLICY_KEY)? {
        match number(&v, "EnableSmartScreen") {
            Ok(Some(0)) => return Ok(Side::OffByPolicy),
            Ok(Some(_)) => return Ok(Side::On),
            Ok(None) => {}
            Err(()) => {
                return Err(Msg::new("posture-reason-value-type")
                    .arg("key", format!("HKLM\\{APPS_POLICY_KEY}"))
                    .arg("value", "EnableSmartScreen"));
            }
        }
    }
    // Windows 7 and older have no SmartScreen for apps: "default" would be a false "on".
    if let Some(values) = key(env, Hive::LocalMachine, super::support::CURRENT_VERSION)?
        && let Some(build) = super::support::build_of(&values)
        && build < FIRST_BUILD_WITH_SMARTSCREEN
    {
        return Err(
            Msg::new("posture-smartscreen-reason-old-windows").arg("build", i64::from(build))
        );
    }
    // Every Windows has this key; without it (a stripped image) "default" would be a guess.
    let Some(v) = key(env, Hive::LocalMachine, APPS_KEY)? else {
        return Err(Msg::new("posture-reason-key-missing").arg("key", format!("HKLM\\{APPS_KEY}")));
    };
    Ok(match text(&v, "SmartScreenEnabled", 20) {
        None if v.get("SmartScreenEnabled").is_some() => {
            return Err(Msg::new("posture-reason-value-type")
                .arg("key", format!("HKLM\\{APPS_KEY}"))
                .arg("value", "SmartScreenEnabled"));
        }
        None => Side::Default,
        Some(t) if t.eq_ignore_ascii_case("off") => Side::Off,
        Some(_) => Side::On,
    })
}

fn edge(env: &dyn Env) -> Result<Side, Msg> {
    for hive in [Hive::LocalMachine, Hive::CurrentUser] {
        if let Some(v) = key(env, hive, EDGE_POLICY_KEY)? {
            match number(&v, "SmartScreenEnabled") {
                Ok(Some(0)) => return Ok(Side::OffByPolicy),
                Ok(Some(_)) => return Ok(Side::On),
                Ok(None) => {}
                Err(()) => {
                    return Err(Msg::new("posture-reason-value-type")
                        .arg("key", format!("{}\\{EDGE_POLICY_KEY}", hive.code()))
                        .arg("value", "SmartScreenEnabled"));
                }
            }
        }
    }
    Ok(Side::Default)
}
