//! The office at a glance: how many people, the share who changed each system, the share with
//! working anti-malware, and who on the staff list brought no report. A row whose file was
//! damaged or edited is shown in the table but not counted here: a chairman signs these numbers.

use serde::{Deserialize, Serialize};

use super::Options;
use super::row::{Gov, Row, system_columns};
use super::staff::fold;
use crate::assessment::integrity::Integrity;
use crate::checks::Status;

#[cfg_attr(test, derive(ts_rs::TS))]
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(test, ts(rename = "RollupSummary"))]
pub struct Summary {
    /// Rows in the table.
    pub people: usize,
    /// Rows counted in the shares (all but the damaged ones).
    pub counted: usize,
    pub damaged: usize,
    /// Rows from reports saved before integrity marks existed (counted).
    pub no_mark: usize,
    /// Anti-malware check `ok`.
    pub antivirus_ok: usize,
    pub antivirus_percent: u32,
    /// No government-site password saved in any browser.
    pub gov_none_saved: usize,
    pub gov_none_percent: u32,
    pub systems: Vec<SystemShare>,
    pub staff: Option<StaffCheck>,
    pub replaced: usize,
    pub refused: usize,
}

#[cfg_attr(test, derive(ts_rs::TS))]
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SystemShare {
    pub id: String,
    pub name: String,
    /// People who marked it changed (within 90 days or longer ago).
    pub changed: usize,
    pub percent: u32,
}

#[cfg_attr(test, derive(ts_rs::TS))]
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct StaffCheck {
    pub listed: usize,
    /// Names on the list with no report, in the list's order.
    pub missing: Vec<String>,
}

/// `n` of `total`, in whole percent rounded half up; 0 of nothing is 0.
pub fn percent(n: usize, total: usize) -> u32 {
    if total == 0 {
        return 0;
    }
    ((n as u64 * 200 + total as u64) / (2 * total as u64)) as u32
}

pub fn compute(rows: &[Row], replaced: usize, refused: usize, opts: &Options) -> Summary {
    let counted: Vec<&Row> = rows
        .iter()
        .filter(|r| r.integrity != Integrity::Damaged)
        .collect();
    let total = counted.len();
    let antivirus_ok = counted
        .iter()
        .filter(|r| r.antivirus == Some(Status::Ok))
        .count();
    let gov_none_saved = counted
        .iter()
        .filter(|r| r.gov_passwords == Gov::NoneSaved)
        .count();
    let systems = system_columns(rows)
        .into_iter()
        .map(|(id, name)| {
            let changed = counted
                .iter()
                .filter(|r| r.systems.iter().any(|s| s.id == id && s.state.changed()))
                .count();
            SystemShare {
                percent: percent(changed, total),
                id,
                name,
                changed,
            }
        })
        .collect();
    let staff = opts.staff.as_ref().map(|names| {
        let present: std::collections::HashSet<String> = rows
            .iter()
            .filter_map(|r| r.name.as_deref().map(fold))
            .collect();
        StaffCheck {
            listed: names.len(),
            missing: names
                .iter()
                .filter(|n| !present.contains(&fold(n)))
                .cloned()
                .collect(),
        }
    });
    Summary {
        people: rows.len(),
        counted: total,
        damaged: rows.len() - total,
        no_mark: counted
            .iter()
            .filter(|r| r.integrity == Integrity::NoMark)
            .count(),
        antivirus_ok,
        antivirus_percent: percent(antivirus_ok, total),
        gov_none_saved,
        gov_none_percent: percent(gov_none_saved, total),
        systems,
        staff,
        replaced,
        refused,
    }
}

#[cfg(test)]
mod tests {
    use super::percent;

    #[test]
    fn percent_rounds_half_up_and_nothing_is_zero() {
        assert_eq!(percent(0, 0), 0);
        assert_eq!(percent(1, 3), 33);
        assert_eq!(percent(2, 3), 67);
        assert_eq!(percent(1, 8), 13);
        assert_eq!(percent(5, 5), 100);
    }
}
