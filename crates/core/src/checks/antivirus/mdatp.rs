//! Microsoft Defender for Endpoint on Linux and macOS: `mdatp health` (command id
//! `mdatp-health`), lines of `key : value`, strings quoted, sometimes followed by
//! `[managed]` (set by policy), sometimes preceded by an `ATTENTION:` line.

use std::time::Duration;

use super::verdict::{Found, MAX_SIGNATURE_AGE_DAYS};
use super::{AvProduct, AvSource};
use crate::checks::{CommandSpec, Env};

pub const COMMAND_ID: &str = "mdatp-health";

pub const NAME: &str = "Microsoft Defender for Endpoint";

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct MdatpHealth {
    pub healthy: Option<bool>,
    pub licensed: Option<bool>,
    pub passive_mode: Option<bool>,
    pub realtime: Option<bool>,
    /// `up_to_date`, `updating` or `unavailable`.
    pub definitions_status: Option<String>,
    pub definitions_minutes_ago: Option<u64>,
}

/// Parses `mdatp health`. `None` when no known field is there (not its output at all).
pub fn parse_mdatp_health(stdout: &str) -> Option<MdatpHealth> {
    let mut h = MdatpHealth::default();
    let mut known = false;
    for line in stdout.lines() {
        let Some((key, value)) = line.split_once(':') else {
            continue;
        };
        let value = value.trim();
        let value = value.strip_suffix("[managed]").unwrap_or(value).trim();
        let value = value.trim_matches('"');
        let flag = || match value.to_ascii_lowercase().as_str() {
            "true" => Some(true),
            "false" => Some(false),
            _ => None,
        };
        match key.trim() {
            "healthy" => h.healthy = flag(),
            "licensed" => h.licensed = flag(),
            "passive_mode_enabled" => h.passive_mode = flag(),
            "real_time_protection_enabled" => h.realtime = flag(),
            "definitions_status" => {
                h.definitions_status = Some(value.to_ascii_lowercase()).filter(|s| !s.is_empty());
            }
            "definitions_updated_minutes_ago" => h.definitions_minutes_ago = value.parse().ok(),
            _ => continue,
        }
        known = true;
    }
    known.then_some(h)
}

/// `mdatp` by its usual path (a GUI app's `PATH` may not reach `/usr/local/bin` on macOS),
/// else by name.
pub fn command(env: &dyn Env) -> CommandSpec {
    let program = ["/usr/bin/mdatp", "/usr/local/bin/mdatp"]
        .into_iter()
        .find(|p| super::clamav::exists(env, p))
        .unwrap_or("mdatp");
    CommandSpec::new(COMMAND_ID, program, &["health"], Duration::from_secs(20))
}

impl MdatpHealth {
    pub(super) fn found(&self) -> Found {
        let passive = self.passive_mode == Some(true);
        let protecting = !passive && self.realtime == Some(true);
        let age_days = self
            .definitions_minutes_ago
            .map(|m| u32::try_from(m / (24 * 60)).unwrap_or(u32::MAX));
        let fresh = match self.definitions_status.as_deref() {
            Some("up_to_date") => Some(true),
            Some("unavailable") => Some(false),
            _ => age_days.map(|d| d <= MAX_SIGNATURE_AGE_DAYS),
        };
        let state = if passive {
            "passive"
        } else if self.healthy == Some(false) {
            "unhealthy"
        } else {
            "healthy"
        };
        let mut found = Found::new(AvProduct {
            name: NAME.to_owned(),
            active: protecting,
            realtime: self.realtime,
            signatures_age_days: age_days,
            signatures_up_to_date: fresh,
            source: AvSource::Mdatp,
            state,
        });
        found.protecting = protecting;
        found
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const LINUX: &str = "healthy                                     : true
health_issues                               : []
licensed                                    : true
engine_version                              : \"1.1.23060.3001\"
app_version                                 : \"101.23062.0010\"
org_id                                      : \"00000000-0000-0000-0000-000000000000\"
log_level                                   : \"info\"
machine_guid                                : \"00000000-0000-0000-0000-000000000000\"
release_ring                                : \"Production\"
product_expiration                          : Dec 29, 2026 at 09:00:00 PM
cloud_enabled                               : true
passive_mode_enabled                        : false
behavior_monitoring                         : \"disabled\"
real_time_protection_enabled                : true [managed]
real_time_protection_available              : true
real_time_protection_subsystem              : \"fanotify\"
automatic_definition_update_enabled         : true[managed]
definitions_updated                         : Nov 18, 2026 at 07:57:47 AM
definitions_updated_minutes_ago             : 114
definitions_version                         : \"1.441.212.0\"
definitions_status                          : \"up_to_date\"
conflicting_applications                    : []
";

    #[test]
    fn a_healthy_linux_agent_protects_with_current_definitions() {
        let h = parse_mdatp_health(LINUX).unwrap();
        assert_eq!(h.realtime, Some(true), "[managed] is dropped");
        assert_eq!(h.definitions_minutes_ago, Some(114));
        let f = h.found();
        assert!(f.protecting);
        assert_eq!(f.fresh, Some(true));
        assert_eq!(f.product.signatures_age_days, Some(0));
        assert_eq!(f.product.state, "healthy");
    }

    #[test]
    fn passive_mode_is_not_protecting_and_old_definitions_are_stale() {
        let text = LINUX
            .replace(
                "passive_mode_enabled                        : false",
                "passive_mode_enabled                        : true",
            )
            .replace("\"up_to_date\"", "\"unavailable\"")
            .replace(": 114", ": 20160");
        let f = parse_mdatp_health(&text).unwrap().found();
        assert!(!f.protecting);
        assert_eq!(f.product.state, "passive");
        assert_eq!(f.fresh, Some(false));
        assert_eq!(f.product.signatures_age_days, Some(14));
    }

    #[test]
    fn attention_lines_and_garbage() {
        let text =
            format!("ATTENTION: No license found. Contact your administrator for help.\n{LINUX}");
        assert_eq!(parse_mdatp_health(&text).unwrap().licensed, Some(true));
        assert_eq!(parse_mdatp_health(""), None);
        assert_eq!(parse_mdatp_health("Segmentation fault"), None);
        assert_eq!(
            parse_mdatp_health("daemon is not running: connection refused"),
            None
        );
    }
}
