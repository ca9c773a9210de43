//! One file's bytes → a row (a self-check report), a roll-up's rows, or the reason it cannot be
//! used. Outside data: every string is cleaned (control characters dropped, length capped),
//! numbers are checked, and nothing a file says can stop the roll-up.

use serde::Deserialize;
use serde_json::Value;

use super::row::{
    Gov, MAX_TEXT, PostureCell, Refusal, Refused, RefusedOut, Replaced, Row, SystemCell,
    SystemState, cap, clean,
};
use crate::assessment::integrity::{self, Integrity};
use crate::checks::Status;

const REPORT: &str = "tukiem.report/";
const ROLLUP: &str = "tukiem.rollup/";

/// What a readable file holds.
#[derive(Debug)]
pub enum Parsed {
    Report(Box<Row>),
    Rollup {
        rows: Vec<Row>,
        replaced: Vec<Replaced>,
        refused: Vec<Refused>,
    },
}

pub fn parse(shown: &str, bytes: &[u8]) -> Result<Parsed, Refusal> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let value: Value = serde_json::from_slice(bytes).map_err(|e| {
        if e.is_eof() {
            Refusal::Truncated
        } else {
            Refusal::NotJson
        }
    })?;
    let schema = value
        .get("schema")
        .and_then(Value::as_str)
        .ok_or(Refusal::Foreign)?
        .to_owned();
    if schema == crate::assessment::SCHEMA {
        report(shown, &value).map(|r| Parsed::Report(Box::new(r)))
    } else if schema == super::SCHEMA {
        rollup(shown, &value)
    } else if schema.starts_with(REPORT) || schema.starts_with(ROLLUP) {
        Err(Refusal::Version {
            schema: clean(&schema),
        })
    } else {
        Err(Refusal::Foreign)
    }
}

#[derive(Deserialize)]
struct ReportIn {
    generated_at: i64,
    profile: String,
    #[serde(default)]
    agency: String,
    person: PersonIn,
    machine: MachineIn,
    check: Option<CheckIn>,
    score: u8,
    components: Vec<ComponentIn>,
    systems: Vec<SystemIn>,
    #[serde(default)]
    findings: Vec<FindingIn>,
}

#[derive(Deserialize)]
struct PersonIn {
    name: Option<String>,
    unit: Option<String>,
}

#[derive(Deserialize)]
struct MachineIn {
    name: Option<String>,
    os: Option<String>,
    recorded: bool,
}

#[derive(Deserialize)]
struct CheckIn {
    checked_at: i64,
    #[serde(default)]
    gov_saved: Option<u64>,
}

#[derive(Deserialize)]
struct ComponentIn {
    part: String,
    state: String,
}

#[derive(Deserialize)]
struct FindingIn {
    id: String,
    status: Status,
}

#[derive(Deserialize)]
struct SystemIn {
    id: String,
    name: String,
    state: SystemState,
    changed_on: Option<String>,
    #[serde(default)]
    max_age_days: Option<u32>,
}

fn report(shown: &str, value: &Value) -> Result<Row, Refusal> {
    let integrity = integrity::verify(value);
    let r = ReportIn::deserialize(value).map_err(|_| Refusal::Invalid)?;
    if r.machine.recorded {
        return Err(Refusal::Recorded);
    }
    if r.score > 100 {
        return Err(Refusal::Invalid);
    }
    let antivirus = r.check.as_ref().and_then(|_| {
        r.findings
            .iter()
            .find(|f| f.id == "antivirus")
            .map(|f| f.status)
    });
    let gov_state = r
        .components
        .iter()
        .find(|c| c.part == "gov_passwords")
        .map(|c| c.state.as_str());
    let gov_passwords = match (&r.check, gov_state) {
        (None, _) => Gov::NotChecked,
        (Some(_), Some("full")) => Gov::NoneSaved,
        (Some(_), Some("none" | "partial")) => Gov::Saved,
        (Some(_), Some("not_checked")) => Gov::NotChecked,
        (Some(_), _) => Gov::Unknown,
    };
    Ok(Row {
        name: clean_opt(r.person.name),
        unit: clean_opt(r.person.unit),
        machine: clean_opt(r.machine.name),
        os: clean_opt(r.machine.os),
        agency: clean(&r.agency),
        profile: clean(&r.profile),
        generated_at: r.generated_at,
        checked_at: r.check.as_ref().map(|c| c.checked_at),
        score: r.score,
        antivirus,
        gov_passwords,
        gov_saved: r.check.as_ref().and_then(|c| c.gov_saved),
        systems: r
            .systems
            .into_iter()
            .map(|s| SystemCell {
                id: clean(&s.id),
                name: clean(&s.name),
                state: s.state,
                changed_on: s
                    .changed_on
                    .filter(|d| crate::dates::parse_iso(d).is_some()),
                max_age_days: s.max_age_days,
            })
            .collect(),
        posture: if r.check.is_some() {
            r.findings
                .iter()
                .filter(|f| PostureCell::known(&f.id))
                .map(|f| PostureCell {
                    id: f.id.clone(),
                    status: f.status,
                })
                .collect()
        } else {
            Vec::new()
        },
        integrity,
        source: shown.to_owned(),
    })
}

#[derive(Deserialize)]
struct RollupIn {
    people: Vec<Row>,
    #[serde(default)]
    replaced: Vec<Replaced>,
    #[serde(default)]
    refused: Vec<RefusedOut>,
}

fn rollup(shown: &str, value: &Value) -> Result<Parsed, Refusal> {
    let whole = integrity::verify(value);
    let r = RollupIn::deserialize(value).map_err(|_| Refusal::Invalid)?;
    let within = |inner: &str| format!("{shown} \u{203a} {}", clean(inner));
    let rows = r
        .people
        .into_iter()
        .filter(|row| row.score <= 100)
        .map(|row| Row {
            name: clean_opt(row.name),
            unit: clean_opt(row.unit),
            machine: clean_opt(row.machine),
            os: clean_opt(row.os),
            agency: clean(&row.agency),
            profile: clean(&row.profile),
            integrity: worst(whole, row.integrity),
            source: within(&row.source),
            systems: row
                .systems
                .into_iter()
                .map(|s| SystemCell {
                    id: clean(&s.id),
                    name: clean(&s.name),
                    ..s
                })
                .collect(),
            // Only the ids a report can hold, once each: a roll-up file is outside data.
            posture: {
                let mut kept: Vec<PostureCell> = Vec::new();
                for c in row.posture {
                    if PostureCell::known(&c.id) && !kept.iter().any(|k| k.id == c.id) {
                        kept.push(c);
                    }
                }
                kept
            },
            ..row
        })
        .collect();
    let replaced = r
        .replaced
        .into_iter()
        .map(|p| Replaced {
            file: within(&p.file),
            name: clean_opt(p.name),
            machine: clean_opt(p.machine),
            checked_at: p.checked_at,
            by: within(&p.by),
        })
        .collect();
    let refused = r
        .refused
        .into_iter()
        .map(|f| {
            Refused::new(
                within(&f.file),
                Refusal::Carried {
                    code: clean(&f.reason),
                    text: clean_long(&f.text),
                },
            )
        })
        .collect();
    Ok(Parsed::Rollup {
        rows,
        replaced,
        refused,
    })
}

fn worst(a: Integrity, b: Integrity) -> Integrity {
    let rank = |i: Integrity| match i {
        Integrity::Intact => 0,
        Integrity::NoMark => 1,
        Integrity::Damaged => 2,
    };
    if rank(a) >= rank(b) { a } else { b }
}

fn clean_long(s: &str) -> String {
    cap(s, 4 * MAX_TEXT)
}

fn clean_opt(s: Option<String>) -> Option<String> {
    s.map(|s| clean(&s)).filter(|s| !s.is_empty())
}
