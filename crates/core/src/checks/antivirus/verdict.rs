//! From what each OS reader found to the one `antivirus` finding: one active product with
//! current signatures is `ok`; old signatures (over 7 days) or a product we cannot confirm is
//! a `warning`; none active is `critical`; nothing to go on is `unknown` with its reason.
//! Never a false `ok`: only a product whose own status says "on" and "current" counts.

use std::collections::BTreeMap;

use serde_json::Value;

use super::{AvProduct, AvSource};
use crate::Msg;
use crate::checks::{Action, Finding, OsKind, Status};

/// ClamAV's own threshold (libclamav warns past 7 days), used for every product.
pub const MAX_SIGNATURE_AGE_DAYS: u32 = 7;

pub const FINDING_ID: &str = "antivirus";

/// A product as one OS reader saw it.
#[derive(Clone, Debug)]
pub struct Found {
    pub product: AvProduct,
    /// Its own status says it protects (on, real-time, not passive). A process that merely
    /// runs is not enough: see `confirmed`.
    pub protecting: bool,
    /// Seen through the product's status, not only through a running process.
    pub confirmed: bool,
    /// `Some(true)` current, `Some(false)` out of date, `None` unknown.
    pub fresh: Option<bool>,
    /// Its licence ran out (Security Center "expired").
    pub expired: bool,
    /// A leftover record of a product that is gone (a stale Security Center row): listed in
    /// the report, never named as "installed but off".
    pub stale: bool,
}

impl Found {
    pub fn new(product: AvProduct) -> Self {
        Self {
            protecting: false,
            confirmed: true,
            fresh: product.signatures_up_to_date,
            expired: false,
            stale: false,
            product,
        }
    }
}

/// Something that makes an otherwise good result a warning (macOS Gatekeeper off, …).
#[derive(Clone, Debug)]
pub struct Note {
    pub summary: Msg,
    pub advice: Vec<Msg>,
    pub steps: Option<Action>,
}

#[derive(Clone, Debug)]
pub struct Assessment {
    pub os: OsKind,
    pub found: Vec<Found>,
    /// Why we could not tell, when something that mattered failed.
    pub problem: Option<Msg>,
    pub notes: Vec<Note>,
    /// Something an `ok` needs could not be read (macOS Gatekeeper): at best `unknown`.
    pub incomplete: bool,
    pub evidence: BTreeMap<String, Value>,
}

impl Assessment {
    pub fn new(os: OsKind) -> Self {
        Self {
            os,
            found: Vec::new(),
            problem: None,
            notes: Vec::new(),
            incomplete: false,
            evidence: BTreeMap::new(),
        }
    }

    /// Keeps the first problem: it is usually the cause of the later ones.
    pub fn problem(&mut self, reason: Msg) {
        self.problem.get_or_insert(reason);
    }

    pub fn evidence(&mut self, key: &str, value: impl Into<Value>) {
        self.evidence.insert(key.to_owned(), value.into());
    }

    pub fn into_finding(self, title: Msg) -> (Finding, Vec<AvProduct>) {
        let names = |list: &[&Found]| -> String {
            let mut seen: Vec<&str> = Vec::new();
            for f in list {
                if !seen.contains(&f.product.name.as_str()) {
                    seen.push(&f.product.name);
                }
            }
            seen.join(", ")
        };
        let protecting: Vec<&Found> = self.found.iter().filter(|f| f.protecting).collect();
        let good: Vec<&Found> = protecting
            .iter()
            .copied()
            .filter(|f| f.confirmed && f.fresh == Some(true))
            .collect();
        let stale: Vec<&Found> = protecting
            .iter()
            .copied()
            .filter(|f| f.confirmed && f.fresh == Some(false))
            .collect();
        let unconfirmed: Vec<&Found> = protecting
            .iter()
            .copied()
            .filter(|f| !f.confirmed || f.fresh.is_none())
            .collect();
        let off: Vec<&Found> = self
            .found
            .iter()
            .filter(|f| !f.protecting && !f.stale)
            .collect();
        let expired: Vec<&Found> = self.found.iter().filter(|f| f.expired).collect();

        let blocked = self.incomplete && self.problem.is_some();
        let mut finding = if !good.is_empty() && !blocked {
            match self.notes.first() {
                None => Finding::new(
                    FINDING_ID,
                    Status::Ok,
                    title,
                    Msg::new("check-av-ok").arg("names", names(&good)),
                )
                // "On and up to date" is all TựKiểm sees; the letter asks for software meeting
                // Directive 14, which TựKiểm cannot confirm: said on the card, not left implied.
                .advise(Msg::new("check-av-advice-directive-14")),
                Some(first) => {
                    let mut f =
                        Finding::new(FINDING_ID, Status::Warning, title, first.summary.clone());
                    for note in &self.notes {
                        for a in &note.advice {
                            f = f.advise(a.clone());
                        }
                        if let Some(steps) = &note.steps {
                            f = f.action(steps.clone());
                        }
                    }
                    f
                }
            }
        } else if !stale.is_empty() {
            let oldest = stale
                .iter()
                .filter_map(|f| f.product.signatures_age_days)
                .max();
            let summary = match oldest {
                Some(days) => Msg::new("check-av-stale-days")
                    .arg("names", names(&stale))
                    .arg("days", i64::from(days)),
                None => Msg::new("check-av-stale").arg("names", names(&stale)),
            };
            let f = Finding::new(FINDING_ID, Status::Warning, title, summary);
            update_advice(f, self.os, &stale)
        } else if !unconfirmed.is_empty() {
            Finding::new(
                FINDING_ID,
                Status::Warning,
                title,
                Msg::new("check-av-unconfirmed").arg("names", names(&unconfirmed)),
            )
            .advise(Msg::new("check-av-advice-open-product").arg("names", names(&unconfirmed)))
            .advise(Msg::new("check-av-advice-ask-support"))
        } else if let Some(reason) = self.problem.clone() {
            let mut f = Finding::unknown(FINDING_ID, title, reason);
            if self.os == OsKind::Windows {
                f = f.advise(Msg::new("check-av-advice-look-yourself-windows"));
            }
            f.advise(Msg::new("check-av-advice-ask-support"))
        } else {
            let summary = if off.is_empty() {
                Msg::new("check-av-none")
            } else {
                Msg::new("check-av-off").arg("names", names(&off))
            };
            let mut f = Finding::new(FINDING_ID, Status::Critical, title, summary);
            if !expired.is_empty() {
                f = f.advise(Msg::new("check-av-advice-renew").arg("names", names(&expired)));
            }
            f = turn_on_advice(f, self.os, &off);
            // Switched off and out of date as well: once on, it must update at once.
            let stale_off: Vec<&Found> = off
                .iter()
                .copied()
                .filter(|f| f.fresh == Some(false))
                .collect();
            match stale_off
                .iter()
                .filter_map(|f| f.product.signatures_age_days)
                .max()
            {
                Some(days) => f.advise(
                    Msg::new("check-av-advice-stale-too")
                        .arg("names", names(&stale_off))
                        .arg("days", i64::from(days)),
                ),
                None if !stale_off.is_empty() => f.advise(
                    Msg::new("check-av-advice-stale-too-undated").arg("names", names(&stale_off)),
                ),
                None => f,
            }
        };

        if self.os == OsKind::Windows && finding.status != Status::Ok {
            finding = finding.action(Action::OpenUri {
                uri: "windowsdefender:".to_owned(),
                label: Msg::new("check-av-open-windows-security"),
            });
        }
        let mut evidence = self.evidence;
        evidence.insert(
            "products".to_owned(),
            self.found
                .iter()
                .map(|f| Value::from(f.product.name.clone()))
                .collect(),
        );
        evidence.insert(
            "protecting".to_owned(),
            protecting
                .iter()
                .map(|f| Value::from(f.product.name.clone()))
                .collect(),
        );
        if let Some(age) = protecting
            .iter()
            .filter_map(|f| f.product.signatures_age_days)
            .min()
        {
            evidence.insert("signatures_age_days".to_owned(), Value::from(age));
        }
        finding.evidence.extend(evidence);
        let products = self.found.into_iter().map(|f| f.product).collect();
        (finding, products)
    }
}

fn update_advice(mut f: Finding, os: OsKind, stale: &[&Found]) -> Finding {
    let has = |source: AvSource| stale.iter().any(|s| s.product.source == source);
    let others: Vec<&str> = stale
        .iter()
        .filter(|s| {
            matches!(
                s.product.source,
                AvSource::SecurityCenter | AvSource::Process
            )
        })
        .map(|s| s.product.name.as_str())
        .collect();
    if has(AvSource::Defender) {
        f = f.advise(Msg::new("check-av-advice-update-defender"));
    }
    if !others.is_empty() {
        f = f.advise(Msg::new("check-av-advice-update-product").arg("names", others.join(", ")));
    }
    if has(AvSource::ClamAv) {
        f = f.action(clamav_update_steps());
    }
    if has(AvSource::Mdatp) {
        f = f.action(Action::Steps {
            label: Msg::new("check-av-steps-update-label"),
            steps: vec![
                Msg::new("check-av-step-open-terminal"),
                Msg::new("check-av-step-mdatp-update"),
                Msg::new("check-av-step-check-again"),
            ],
        });
    }
    if os != OsKind::Windows && f.actions.is_empty() {
        f = f.advise(Msg::new("check-av-advice-ask-support"));
    }
    f.advise(Msg::new("check-av-advice-internet"))
}

pub fn clamav_update_steps() -> Action {
    Action::Steps {
        label: Msg::new("check-av-steps-update-label"),
        steps: vec![
            Msg::new("check-av-step-open-terminal"),
            Msg::new("check-av-step-freshclam"),
            Msg::new("check-av-step-freshclam-busy"),
            Msg::new("check-av-step-check-again"),
        ],
    }
}

fn turn_on_advice(mut f: Finding, os: OsKind, off: &[&Found]) -> Finding {
    match os {
        OsKind::Windows => {
            f = f.advise(Msg::new("check-av-advice-turn-on-defender"));
            f.advise(Msg::new("check-av-advice-other-product"))
        }
        OsKind::Linux => {
            let clamav_without_data = off.iter().any(|o| o.product.source == AvSource::ClamAv);
            if clamav_without_data {
                f = f.action(clamav_update_steps());
            } else {
                f = f.action(Action::Steps {
                    label: Msg::new("check-av-steps-install-label"),
                    steps: vec![
                        Msg::new("check-av-step-open-terminal"),
                        Msg::new("check-av-step-install-clamav"),
                        Msg::new("check-av-step-freshclam"),
                        Msg::new("check-av-step-check-again"),
                    ],
                });
            }
            f.advise(Msg::new("check-av-advice-ask-support"))
        }
        OsKind::MacOs => f.advise(Msg::new("check-av-advice-ask-support")),
    }
}
