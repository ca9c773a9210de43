//! Microsoft Defender's own status (`MSFT_MpComputerStatus`), from the facts the WMI reader
//! (or a recording) gives.
//!
//! Passive, SxS passive and EDR block modes still report every toggle as healthy, so the
//! running mode decides whether Defender is the protector (Gotcha 3).

use serde::Serialize;

use crate::checks::facts::DefenderFacts;

/// `AMRunningMode`, matched without case or extra spaces; anything else is `Unknown`, never
/// taken as healthy.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum RunningMode {
    Normal,
    Passive,
    SxsPassive,
    EdrBlock,
    NotRunning,
    /// Missing (Windows before 1803 has no such property) or a spelling no source documents.
    Unknown,
}

impl RunningMode {
    pub fn parse(text: Option<&str>) -> Self {
        let Some(text) = text else {
            return RunningMode::Unknown;
        };
        let words: Vec<String> = text
            .split_whitespace()
            .map(str::to_ascii_lowercase)
            .collect();
        match words.join(" ").as_str() {
            "normal" => RunningMode::Normal,
            "passive" | "passive mode" => RunningMode::Passive,
            "sxs passive" | "sxs passive mode" => RunningMode::SxsPassive,
            "edr block" | "edr block mode" => RunningMode::EdrBlock,
            "not running" => RunningMode::NotRunning,
            _ => RunningMode::Unknown,
        }
    }

    pub fn code(self) -> &'static str {
        match self {
            RunningMode::Normal => "normal",
            RunningMode::Passive => "passive",
            RunningMode::SxsPassive => "sxs-passive",
            RunningMode::EdrBlock => "edr-block",
            RunningMode::NotRunning => "not-running",
            RunningMode::Unknown => "unknown",
        }
    }
}

/// An age in days from a `uint32` `*Age` property, where `4294967295` means "never".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Age {
    Days(u32),
    Never,
    Unknown,
}

impl Age {
    pub fn from_days(value: Option<u64>) -> Self {
        match value {
            Some(n) if n >= u64::from(u32::MAX) => Age::Never,
            Some(n) => Age::Days(n as u32),
            None => Age::Unknown,
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct DefenderStatus {
    pub mode: RunningMode,
    pub service_enabled: Option<bool>,
    pub antivirus_enabled: Option<bool>,
    pub realtime: Option<bool>,
    pub tamper_protected: Option<bool>,
    pub signatures_out_of_date: Option<bool>,
    pub signature_age: Age,
    /// Unix seconds.
    pub signatures_updated: Option<i64>,
    pub signature_version: Option<String>,
}

impl DefenderStatus {
    pub fn from_facts(f: &DefenderFacts) -> Self {
        Self {
            mode: RunningMode::parse(f.running_mode.as_deref()),
            service_enabled: f.service_enabled,
            antivirus_enabled: f.antivirus_enabled,
            realtime: f.realtime,
            tamper_protected: f.tamper_protected,
            signatures_out_of_date: f.signatures_out_of_date,
            signature_age: Age::from_days(f.signature_age_days),
            signatures_updated: f.signatures_updated,
            signature_version: f.signature_version.clone(),
        }
    }

    /// Defender protects this machine: running normally (not standing by for another product)
    /// with nothing switched off.
    pub fn protecting(&self) -> bool {
        self.mode == RunningMode::Normal
            && self.service_enabled != Some(false)
            && self.antivirus_enabled != Some(false)
            && self.realtime != Some(false)
    }

    /// Days since the signatures were updated: the `AntivirusSignatureAge` property, else the
    /// update date. `None` when unknown or never updated.
    pub fn signature_age_days(&self, now: i64) -> Option<u32> {
        match self.signature_age {
            Age::Days(d) => Some(d),
            Age::Never => None,
            Age::Unknown => self
                .signatures_updated
                .map(|t| super::dates::age_days(now, t)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn running_modes_in_every_documented_spelling() {
        let m = |s: &str| RunningMode::parse(Some(s));
        assert_eq!(m("Normal"), RunningMode::Normal);
        assert_eq!(m("normal "), RunningMode::Normal);
        assert_eq!(m("Passive"), RunningMode::Passive);
        assert_eq!(m("Passive Mode"), RunningMode::Passive);
        assert_eq!(m("SxS Passive Mode"), RunningMode::SxsPassive);
        assert_eq!(m("sxs  passive"), RunningMode::SxsPassive);
        assert_eq!(m("EDR Block Mode"), RunningMode::EdrBlock);
        assert_eq!(m("Not running"), RunningMode::NotRunning);
        assert_eq!(m("Normal Mode Plus"), RunningMode::Unknown);
        assert_eq!(m(""), RunningMode::Unknown);
        assert_eq!(RunningMode::parse(None), RunningMode::Unknown);
    }

    fn status(mode: &str) -> DefenderStatus {
        DefenderStatus::from_facts(&DefenderFacts {
            running_mode: Some(mode.to_owned()),
            service_enabled: Some(true),
            antivirus_enabled: Some(true),
            realtime: Some(true),
            signature_age_days: Some(1),
            ..DefenderFacts::default()
        })
    }

    #[test]
    fn only_normal_mode_protects_although_passive_modes_report_every_toggle_on() {
        assert!(status("Normal").protecting());
        for mode in [
            "Passive Mode",
            "SxS Passive Mode",
            "EDR Block Mode",
            "Not running",
            "Weird",
        ] {
            assert!(!status(mode).protecting(), "{mode}");
        }
    }

    #[test]
    fn real_time_protection_off_is_not_protecting() {
        let mut s = status("Normal");
        s.realtime = Some(false);
        assert!(!s.protecting());
    }

    #[test]
    fn uint32_max_ages_mean_never_not_ten_thousand_years() {
        let s = DefenderStatus::from_facts(&DefenderFacts {
            running_mode: Some("Normal".into()),
            signature_age_days: Some(4_294_967_295),
            ..DefenderFacts::default()
        });
        assert_eq!(s.signature_age, Age::Never);
        assert_eq!(s.signature_age_days(1_795_000_000), None);
    }

    #[test]
    fn the_age_falls_back_to_the_update_date() {
        let s = DefenderStatus::from_facts(&DefenderFacts {
            signatures_updated: Some(1_794_654_400),
            ..DefenderFacts::default()
        });
        assert_eq!(s.signature_age, Age::Unknown);
        assert_eq!(s.signature_age_days(1_795_000_000), Some(4));
    }
}
