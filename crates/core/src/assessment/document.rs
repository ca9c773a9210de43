//! The self-check report as one model, rendered once into words in one language: the JSON
//! export is this model serialized; [`super::html`] and [`super::pdf`] lay it out for print.
//!
//! The person's name and unit are optional and only ever pass through: nothing here stores them.

use serde::Serialize;

use super::score::{self, ActionScreen, Score, ScoreInput, State};
use crate::checks::CheckDigest;
use crate::checks::{CheckReport, OsKind, Status};
use crate::dates::{self, Clock};
use crate::password::checklist::Checklist;
use crate::{Lang, Localizer, Msg, Profile};

/// The JSON document's schema name; bump the number on any incompatible change.
pub const SCHEMA: &str = "tukiem.report/1";

/// Who checked, as the person chose to write it. Blank means not given.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Person {
    pub name: Option<String>,
    pub unit: Option<String>,
}

impl Person {
    /// Trims both fields and drops empty ones; caps each at 200 characters.
    pub fn new(name: Option<&str>, unit: Option<&str>) -> Self {
        let clean = |s: Option<&str>| {
            s.map(|s| s.trim().chars().take(200).collect::<String>())
                .filter(|s| !s.is_empty())
        };
        Self {
            name: clean(name),
            unit: clean(unit),
        }
    }
}

/// Facts about the machine, read by the caller (core reads none itself).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct MachineFacts {
    /// The computer's name.
    pub hostname: Option<String>,
    /// The operating system as the OS names itself ("Windows 11 Pro"); else the check's OS kind.
    pub os_name: Option<String>,
    /// Set when the check was of a recorded machine: its title's catalogue id
    /// (`scenario-windows-browsers`, shown in the report's language), or its folder name.
    pub recorded: Option<String>,
}

impl ReportInput<'_> {
    /// When the report is made, on the person's clock.
    pub fn clock(&self) -> Clock {
        Clock {
            unix: self.now_unix,
            utc_offset_minutes: self.utc_offset_minutes,
        }
    }

    /// Today as a day number. A clock that is not a real date (a hostile scenario's `now`)
    /// cannot vouch for any change date: every change then counts as old.
    fn today(&self) -> i64 {
        self.clock().today_number().unwrap_or(i64::MAX)
    }
}

pub struct ReportInput<'a> {
    pub profile: &'a Profile,
    pub check: Option<&'a CheckReport>,
    /// `None`: no record of password changes (the CLI without the app's data folder).
    pub checklist: Option<&'a Checklist>,
    pub person: Person,
    pub machine: MachineFacts,
    /// When the report is made, seconds since the Unix epoch.
    pub now_unix: i64,
    /// The person's time zone, minutes east of UTC (Vietnam: 420).
    pub utc_offset_minutes: i32,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Report {
    pub schema: &'static str,
    pub lang: Lang,
    /// When the report was made, seconds since the Unix epoch.
    pub generated_at: i64,
    /// The report's date on the person's calendar, `YYYY-MM-DD` (empty when the clock is not a
    /// real date).
    pub date: String,
    pub profile: String,
    pub agency: String,
    pub province: String,
    pub person: Person,
    pub machine: MachineOut,
    pub check: Option<CheckOut>,
    /// 0–100.
    pub score: u8,
    pub components: Vec<ComponentOut>,
    pub findings: Vec<FindingOut>,
    /// False when the password checklist was not available (every system "no record").
    pub systems_recorded: bool,
    pub systems: Vec<SystemOut>,
    pub actions: Vec<ActionOut>,
    /// Text already rendered for the layouts (title lines, dates); not part of the data.
    #[serde(skip)]
    pub text: Texts,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct MachineOut {
    /// The computer's name, or the recorded machine's when `recorded`.
    pub name: Option<String>,
    pub os: String,
    pub recorded: bool,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct CheckOut {
    pub checked_at: i64,
    pub status: Status,
    /// Saved logins for government sites over every browser profile; `None` when the browsers
    /// could not be checked. Added after 1.0 readers: absent in older reports.
    pub gov_saved: Option<u64>,
    /// Local date and time of the check, as written on the report.
    #[serde(skip)]
    pub shown: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct ComponentOut {
    pub part: score::Part,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub system: Option<String>,
    pub label: String,
    pub state: State,
    /// The state in words.
    pub result: String,
    pub earned: u32,
    pub possible: u32,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct FindingOut {
    pub id: String,
    pub status: Status,
    /// The status in words.
    pub status_text: String,
    pub title: String,
    pub summary: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    pub advice: Vec<String>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum SystemState {
    /// Marked changed, and not too old by the profile's rule ([`score::password_change`]).
    Done,
    /// Changed longer ago than the profile's `max_age_days`.
    Stale,
    Undone,
    NotRecorded,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct SystemOut {
    pub id: String,
    pub name: String,
    pub state: SystemState,
    /// The state in words.
    pub state_text: String,
    /// `YYYY-MM-DD`.
    pub changed_on: Option<String>,
    /// For a stale change: the profile's `max_age_days` when the report was made, so a roll-up
    /// says "older than N days" with this report's own N.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub max_age_days: Option<u32>,
    /// The date as the language writes it.
    #[serde(skip)]
    pub changed_shown: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct ActionOut {
    pub text: String,
    pub gain: u32,
    /// The gain in words ("+14 điểm").
    #[serde(skip)]
    pub gain_text: String,
    pub target: ActionScreen,
}

/// Lines the layouts print as they are.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Texts {
    pub subtitle: String,
    /// Says plainly that the report is a self-assessment made with TựKiểm, not the agency's form.
    pub self_assessment: String,
    pub place_date: String,
    pub date_shown: String,
    pub score_line: String,
}

/// The score behind the report (the summary screen shows the same numbers).
pub fn score_of(input: &ReportInput, lang: Lang) -> Score {
    score::compute(&ScoreInput {
        profile: input.profile,
        check: input.check.map(CheckDigest::of),
        checklist: input.checklist,
        today: input.today(),
        lang,
    })
}

pub fn build(input: &ReportInput, l: &Localizer) -> Report {
    let lang = l.lang();
    let profile = input.profile;
    let score = score_of(input, lang);
    let now = input.clock().today();
    let today = input.today();

    let os = input
        .machine
        .os_name
        .clone()
        .filter(|s| !s.trim().is_empty() && input.machine.recorded.is_none())
        .or_else(|| input.check.map(|c| l.text(os_msg(c.os))))
        .unwrap_or_else(|| l.text("report-machine-unknown"));
    let machine = match &input.machine.recorded {
        Some(name) => MachineOut {
            name: Some(l.render(&Msg::new("report-machine-scenario").arg(
                "name",
                if name.starts_with("scenario-") && l.has(name) {
                    l.text(name)
                } else {
                    name.clone()
                },
            ))),
            os,
            recorded: true,
        },
        None => MachineOut {
            name: input.machine.hostname.clone().filter(|h| !h.is_empty()),
            os,
            recorded: false,
        },
    };

    let check = input.check.map(|c| {
        let facts = CheckDigest::of(c);
        CheckOut {
            checked_at: c.checked_at,
            status: c.status,
            gov_saved: (!facts.browsers_unknown).then_some(facts.gov_saved),
            shown: l.render(&input.clock().moment_msg(c.checked_at)),
        }
    });

    let components = score
        .components
        .iter()
        .map(|c| ComponentOut {
            part: c.part,
            system: c.system.clone(),
            label: l.render(&c.label),
            state: c.state,
            result: match (c.part, c.state) {
                (score::Part::Systems, State::NotChecked) => l.text("report-system-not-recorded"),
                _ => l.render(&c.state.msg()),
            },
            earned: c.earned,
            possible: c.possible,
        })
        .collect();

    let findings = input
        .check
        .map(|c| {
            c.worst_first()
                .into_iter()
                .map(|f| FindingOut {
                    id: f.id.clone(),
                    status: f.status,
                    status_text: l.render(&f.status.msg()),
                    title: l.render(&f.title),
                    summary: l.render(&f.summary),
                    reason: f.reason.as_ref().map(|r| l.render(r)),
                    advice: f.advice.iter().map(|a| l.render(a)).collect(),
                })
                .collect()
        })
        .unwrap_or_default();

    let systems = profile
        .systems
        .iter()
        .map(|s| {
            let changed_on = input.checklist.and_then(|c| c.changed.get(&s.id)).cloned();
            let change =
                score::password_change(&profile.password_rule, changed_on.as_deref(), today);
            let state = match (input.checklist, change) {
                (None, _) => SystemState::NotRecorded,
                (Some(_), score::Change::NotChanged) => SystemState::Undone,
                (Some(_), score::Change::Changed) => SystemState::Done,
                (Some(_), score::Change::TooOld { .. }) => SystemState::Stale,
            };
            let state_text = match (state, change) {
                (SystemState::Stale, score::Change::TooOld { max_age_days }) => {
                    l.render(&Msg::new("report-system-stale").arg("days", i64::from(max_age_days)))
                }
                (SystemState::Done | SystemState::Stale, _) => l.text("report-system-done"),
                (SystemState::Undone, _) => l.text("report-system-undone"),
                (SystemState::NotRecorded, _) => l.text("report-system-not-recorded"),
            };
            SystemOut {
                id: s.id.clone(),
                name: s.name.get(lang).to_owned(),
                state,
                state_text,
                changed_shown: changed_on.as_deref().map(|d| l.render(&dates::iso_msg(d))),
                changed_on,
                max_age_days: match change {
                    score::Change::TooOld { max_age_days } => Some(max_age_days),
                    _ => None,
                },
            }
        })
        .collect();

    let actions = score
        .actions
        .iter()
        .map(|a| ActionOut {
            text: l.render(&a.msg),
            gain: a.gain,
            gain_text: l.render(&Msg::new("score-gain").arg("points", i64::from(a.gain))),
            target: a.target.clone(),
        })
        .collect();

    let text = Texts {
        self_assessment: l.render(
            &Msg::new("report-self-assessment").arg("issuer", profile.document.issuer.get(lang)),
        ),
        subtitle: l.render(
            &Msg::new("report-subtitle")
                .arg("issuer", profile.document.issuer.get(lang))
                .arg("date", dates::iso_msg(&profile.document.date)),
        ),
        place_date: l.render(&match now {
            Some(d) => {
                use chrono::Datelike;
                // Vietnamese pads day and month (Nghị định 30/2020, Phụ lục I: "ngày 05 tháng 01").
                Msg::new("report-place-date")
                    .arg("day", i64::from(d.day()))
                    .arg("month", i64::from(d.month()))
                    .arg("day2", format!("{:02}", d.day()))
                    .arg("month2", format!("{:02}", d.month()))
                    .arg("year", i64::from(d.year()))
            }
            None => dates::unknown_msg(),
        }),
        date_shown: l.render(&now.map_or_else(dates::unknown_msg, dates::date_msg)),
        score_line: l.render(&Msg::new("report-score").arg("score", i64::from(score.score))),
    };

    Report {
        schema: SCHEMA,
        lang,
        generated_at: input.now_unix,
        date: now.map(dates::iso).unwrap_or_default(),
        profile: profile.id.clone(),
        agency: profile.agency.name.get(lang).to_owned(),
        province: profile.agency.province.get(lang).to_owned(),
        person: input.person.clone(),
        machine,
        check,
        score: score.score,
        components,
        findings,
        systems_recorded: input.checklist.is_some(),
        systems,
        actions,
        text,
    }
}

/// The JSON export: the model with its integrity mark ([`super::integrity`]) and a trailing
/// newline.
pub fn to_json(report: &Report) -> String {
    // Strings, numbers and enums only: serializing cannot fail.
    #[derive(Serialize)]
    struct Sealed<'a> {
        #[serde(flatten)]
        report: &'a Report,
        integrity: String,
    }
    let integrity = super::integrity::mark_of(&serde_json::to_value(report).unwrap_or_default());
    serde_json::to_string_pretty(&Sealed { report, integrity }).unwrap_or_default() + "\n"
}

/// A file name for the saved report, without extension (`phieu-tu-kiem-tra-2026-11-25`).
pub fn file_stem(report: &Report, l: &Localizer) -> String {
    l.render(&Msg::new("report-file-name").arg("date", report.date.clone()))
}

fn os_msg(os: OsKind) -> &'static str {
    match os {
        OsKind::Windows => "report-os-windows",
        OsKind::Linux => "report-os-linux",
        OsKind::MacOs => "report-os-macos",
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::checks::Finding;

    pub const NOW: i64 = 20_782 * 86_400 + 2 * 3600; // 2026-11-25 09:00 in Hanoi

    pub fn sample_check() -> CheckReport {
        let mut r = CheckReport::new(NOW - 3600, OsKind::Windows);
        // Each finding marked with its check, as the runner marks them.
        r.findings.push(
            Finding::unknown(
                "antivirus",
                Msg::new("check-antivirus-title"),
                Msg::new("check-reason-timeout").arg("seconds", 60i64),
            )
            .from_check("antivirus"),
        );
        r.findings.push(
            Finding::new(
                "remote-access",
                Status::Warning,
                Msg::new("check-remote-title"),
                Msg::new("check-remote-running").arg("names", "UltraViewer"),
            )
            .advise(Msg::new("check-remote-advice-own"))
            .advise(Msg::new("check-remote-advice-stranger"))
            .from_check("remote-access"),
        );
        r.findings.push(
            Finding::new(
                "browser-passwords",
                Status::Ok,
                Msg::new("check-browsers-title"),
                Msg::new("check-remote-none"),
            )
            .from_check("browser-passwords"),
        );
        r.status = Status::Unknown;
        r
    }

    pub fn sample_checklist() -> Checklist {
        let mut c = Checklist::default();
        c.mark("dich-vu-cong", "2026-11-20");
        c.mark("thu-cong-vu", "2026-01-02");
        c
    }

    pub fn sample(lang: Lang, person: Person) -> Report {
        let profile = Profile::embedded();
        let check = sample_check();
        let checklist = sample_checklist();
        build(
            &ReportInput {
                profile: &profile,
                check: Some(&check),
                checklist: Some(&checklist),
                person,
                machine: MachineFacts {
                    hostname: Some("PC-VANTHU-01".into()),
                    os_name: Some("Windows 11 Pro".into()),
                    recorded: None,
                },
                now_unix: NOW,
                utc_offset_minutes: 420,
            },
            &Localizer::new(lang),
        )
    }

    #[test]
    fn every_field_of_the_report_is_filled_from_its_source() {
        let r = sample(
            Lang::Vi,
            Person::new(Some("  Nguy\u{1ec5}n V\u{103}n A "), Some("")),
        );
        assert_eq!(r.schema, "tukiem.report/1");
        assert_eq!(r.lang, Lang::Vi);
        assert_eq!(r.date, "2026-11-25");
        assert_eq!(r.generated_at, NOW);
        assert_eq!(r.profile, "namdinh-sotttt-2023");
        assert_eq!(r.agency, Profile::embedded().agency.name.vi);
        assert_eq!(r.province, "t\u{1ec9}nh Nam \u{110}\u{1ecb}nh");
        assert_eq!(r.person.name.as_deref(), Some("Nguy\u{1ec5}n V\u{103}n A"));
        assert_eq!(r.person.unit, None, "blank means not given");
        assert_eq!(r.machine.name.as_deref(), Some("PC-VANTHU-01"));
        assert_eq!(r.machine.os, "Windows 11 Pro");
        assert!(!r.machine.recorded);
        let check = r.check.as_ref().unwrap();
        assert_eq!(check.status, Status::Unknown);
        assert_eq!(check.shown, "08:00 ng\u{e0}y 25/11/2026");
        // antivirus 0 (could not check), gov 20, other 10, remote 5, systems 14 + 0 + 13: the
        // default profile sets no maximum age, so a change in January still counts in full.
        assert_eq!(r.score, 62);
        assert_eq!(r.components.len(), 7);
        assert_eq!(
            r.components[0].result,
            "Ch\u{1b0}a ki\u{1ec3}m tra \u{111}\u{1b0}\u{1ee3}c"
        );
        assert_eq!(r.components[1].result, "\u{110}\u{1ea1}t");
        // Worst first.
        let ids: Vec<&str> = r.findings.iter().map(|f| f.id.as_str()).collect();
        assert_eq!(ids, ["antivirus", "remote-access", "browser-passwords"]);
        assert_eq!(
            r.findings[0].status_text,
            "Ch\u{1b0}a ki\u{1ec3}m tra \u{111}\u{1b0}\u{1ee3}c"
        );
        assert!(r.findings[0].reason.as_deref().unwrap().contains("60"));
        assert!(r.findings[1].summary.contains("UltraViewer"));
        let states: Vec<SystemState> = r.systems.iter().map(|s| s.state).collect();
        assert_eq!(
            states,
            [SystemState::Done, SystemState::Undone, SystemState::Done]
        );
        assert_eq!(r.systems[0].changed_shown.as_deref(), Some("20/11/2026"));
        assert!(r.systems_recorded);
        assert!(!r.actions.is_empty() && r.actions.len() <= 3);
        assert!(r.actions.windows(2).all(|w| w[0].gain >= w[1].gain));
        assert_eq!(
            r.actions[0].gain_text,
            format!("+{} \u{111}i\u{1ec3}m", r.actions[0].gain)
        );
        assert!(
            r.text
                .place_date
                .ends_with(", ng\u{e0}y 25 th\u{e1}ng 11 n\u{103}m 2026"),
            "the place is left to write by hand: {}",
            r.text.place_date
        );
        assert!(r.text.subtitle.contains("02/11/2023"));
        assert_eq!(r.text.score_line, "T\u{1ed5}ng \u{111}i\u{1ec3}m: 62/100");
        let actions: Vec<(&str, u32)> = r
            .actions
            .iter()
            .map(|a| (a.text.as_str(), a.gain))
            .collect();
        assert_eq!(
            actions[0].1, 20,
            "check again: the antivirus could not be checked"
        );
        assert!(
            actions[1]
                .0
                .starts_with("\u{110}\u{1ed5}i m\u{1ead}t kh\u{1ea9}u"),
            "{actions:?}"
        );
    }

    #[test]
    fn english_report_uses_english_names_and_dates() {
        let r = sample(Lang::En, Person::default());
        assert_eq!(r.systems[0].name, "Online public services portal");
        assert_eq!(r.systems[0].changed_shown.as_deref(), Some("Nov 20, 2026"));
        assert!(r.text.place_date.ends_with(", November 25, 2026"));
        assert_eq!(r.findings[0].status_text, "Could not check");
    }

    #[test]
    fn json_export_has_the_schema_an_integer_score_and_the_findings() {
        let r = sample(Lang::Vi, Person::default());
        let v: serde_json::Value = serde_json::from_str(&to_json(&r)).unwrap();
        assert_eq!(v["schema"], "tukiem.report/1");
        assert!(v["score"].is_u64());
        assert_eq!(v["score"], 62);
        assert_eq!(v["findings"].as_array().unwrap().len(), 3);
        assert_eq!(v["findings"][0]["status"], "unknown");
        assert!(v["findings"][0]["title"].is_string());
        assert_eq!(v["systems"][1]["state"], "undone");
        assert_eq!(v["person"]["name"], serde_json::Value::Null);
        assert_eq!(v["machine"]["name"], "PC-VANTHU-01");
        assert!(v["actions"][0]["gain"].is_u64());
        assert!(v.get("text").is_none(), "layout text stays out of the data");
    }

    #[test]
    fn without_a_check_or_a_checklist_the_report_says_so() {
        let profile = Profile::embedded();
        let r = build(
            &ReportInput {
                profile: &profile,
                check: None,
                checklist: None,
                person: Person::default(),
                machine: MachineFacts::default(),
                now_unix: NOW,
                utc_offset_minutes: 0,
            },
            &Localizer::new(Lang::En),
        );
        assert_eq!(r.score, 0);
        assert!(r.check.is_none());
        assert!(r.findings.is_empty());
        assert!(!r.systems_recorded);
        assert!(
            r.systems
                .iter()
                .all(|s| s.state == SystemState::NotRecorded)
        );
        assert_eq!(r.machine.name, None);
        assert_eq!(r.machine.os, "Unknown");
        assert_eq!(r.actions[0].text, "Check this computer");
    }

    #[test]
    fn a_recorded_machine_is_named_as_such_never_as_this_computer() {
        let profile = Profile::embedded();
        let check = sample_check();
        let r = build(
            &ReportInput {
                profile: &profile,
                check: Some(&check),
                checklist: None,
                person: Person::default(),
                machine: MachineFacts {
                    hostname: Some("TRAINER-LAPTOP".into()),
                    os_name: Some("Debian GNU/Linux 12".into()),
                    recorded: Some("windows-browsers".into()),
                },
                now_unix: NOW,
                utc_offset_minutes: 420,
            },
            &Localizer::new(Lang::Vi),
        );
        assert!(r.machine.recorded);
        let name = r.machine.name.unwrap();
        assert!(name.contains("windows-browsers") && !name.contains("TRAINER"));
        assert_eq!(r.machine.os, "Windows");
    }

    #[test]
    fn a_recorded_machine_is_named_by_its_title_in_the_reports_language_not_its_folder() {
        let profile = Profile::embedded();
        let check = sample_check();
        for lang in [Lang::Vi, Lang::En] {
            let l = Localizer::new(lang);
            let r = build(
                &ReportInput {
                    profile: &profile,
                    check: Some(&check),
                    checklist: None,
                    person: Person::default(),
                    machine: MachineFacts {
                        hostname: None,
                        os_name: None,
                        recorded: Some("scenario-windows-browsers".into()),
                    },
                    now_unix: NOW,
                    utc_offset_minutes: 420,
                },
                &l,
            );
            let name = r.machine.name.unwrap();
            assert!(
                name.contains(&l.text("scenario-windows-browsers")),
                "{name}"
            );
            assert!(!name.contains("scenario-"), "{name}");
        }
    }

    #[test]
    fn person_fields_are_trimmed_capped_and_blank_means_none() {
        let p = Person::new(Some("   "), Some(&"x".repeat(500)));
        assert_eq!(p.name, None);
        assert_eq!(p.unit.unwrap().chars().count(), 200);
    }

    #[test]
    fn the_file_name_carries_the_date_in_each_language() {
        let vi = sample(Lang::Vi, Person::default());
        assert_eq!(
            file_stem(&vi, &Localizer::new(Lang::Vi)),
            "phieu-tu-kiem-tra-2026-11-25"
        );
        let en = sample(Lang::En, Person::default());
        assert_eq!(
            file_stem(&en, &Localizer::new(Lang::En)),
            "self-check-report-2026-11-25"
        );
    }

    /// What a person (or a script) reads, pinned in both languages.
    #[test]
    fn json_and_html_snapshots_in_both_languages() {
        for lang in [Lang::Vi, Lang::En] {
            let r = sample(
                lang,
                Person::new(Some("Nguy\u{1ec5}n Th\u{1ecb} Lan"), None),
            );
            insta::assert_snapshot!(format!("report_json_{lang}"), to_json(&r));
            insta::assert_snapshot!(
                format!("report_html_{lang}"),
                super::super::html::render(&r, &Localizer::new(lang))
            );
        }
    }
}
