//! The roll-up as made: the rows, the summary, what was replaced and refused, and a [`View`] of
//! the same rendered once in one language for the table on screen, the spreadsheet and the
//! printed pages.

use serde::Serialize;

use super::row::{
    Gov, Refusal, Refused, RefusedOut, Replaced, Row, SystemCell, SystemState, system_columns,
};
use super::summary::{self, Summary};
use super::{Options, SCHEMA};
use chrono::Datelike;

use crate::assessment::integrity::Integrity;
use crate::checks::Status;
use crate::dates::{self, iso_msg};
use crate::{Lang, Localizer, Msg};

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Rollup {
    pub schema: &'static str,
    pub lang: Lang,
    pub generated_at: i64,
    /// The roll-up's date on the reader's calendar, `YYYY-MM-DD`.
    pub date: String,
    pub people: Vec<Row>,
    pub summary: Summary,
    pub replaced: Vec<Replaced>,
    pub refused: Vec<RefusedOut>,
    /// The same, in words, for the screen and the layouts; not part of the data.
    #[serde(skip)]
    pub view: View,
}

/// Everything the screen, the spreadsheet and the printed pages show, already in words.
#[cfg_attr(test, derive(ts_rs::TS))]
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
#[cfg_attr(test, ts(rename = "RollupView"))]
pub struct View {
    pub title: String,
    /// Under the title: a table the unit made itself with TựKiểm, not a form issued by the
    /// agency the reports name.
    pub self_assessment: String,
    pub place_date: String,
    pub date_shown: String,
    /// "12 reports read from 14 files".
    pub subtitle: String,
    pub columns: Vec<String>,
    pub rows: Vec<ViewRow>,
    /// Label and value, in order.
    pub summary: Vec<(String, String)>,
    pub missing_title: Option<String>,
    pub missing: Vec<String>,
    pub replaced_columns: Vec<String>,
    pub replaced: Vec<Vec<String>>,
    pub refused_columns: Vec<String>,
    pub refused: Vec<Vec<String>>,
    /// What the integrity mark can and cannot tell.
    pub integrity_note: String,
}

#[cfg_attr(test, derive(ts_rs::TS))]
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct ViewRow {
    pub cells: Vec<String>,
    /// The row's integrity problem in words, when there is one (the row is marked).
    pub warning: Option<String>,
    pub damaged: bool,
}

pub(super) fn build(
    mut rows: Vec<Row>,
    replaced: Vec<Replaced>,
    refused: Vec<Refused>,
    opts: &Options,
    l: &Localizer,
) -> Rollup {
    // Unit, then name: how an office lists its people.
    rows.sort_by(|a, b| {
        (fold(&a.unit), fold(&a.name), &a.source).cmp(&(fold(&b.unit), fold(&b.name), &b.source))
    });
    let summary = summary::compute(&rows, replaced.len(), refused.len(), opts);
    let refused: Vec<RefusedOut> = refused
        .iter()
        .map(|r| RefusedOut {
            file: r.file.clone(),
            reason: r.reason.code().to_owned(),
            text: match &r.reason {
                Refusal::Carried { text, .. } => text.clone(),
                other => l.render(&other.msg(&r.file)),
            },
        })
        .collect();
    // `None`: a clock that is not a real date (shown as "date unknown").
    let now = dates::local_day(opts.now_unix, opts.utc_offset_minutes);
    let view = view(&rows, &summary, &replaced, &refused, opts, &now, l);
    Rollup {
        schema: SCHEMA,
        lang: l.lang(),
        generated_at: opts.now_unix,
        date: now.map(dates::iso).unwrap_or_default(),
        people: rows,
        summary,
        replaced,
        refused,
        view,
    }
}

fn fold(s: &Option<String>) -> String {
    super::staff::fold(s.as_deref().unwrap_or(""))
}

fn day_shown(unix: i64, offset: i32, l: &Localizer) -> String {
    l.render(&dates::local_day(unix, offset).map_or_else(dates::unknown_msg, dates::date_msg))
}

fn view(
    rows: &[Row],
    s: &Summary,
    replaced: &[Replaced],
    refused: &[RefusedOut],
    opts: &Options,
    now: &Option<chrono::NaiveDate>,
    l: &Localizer,
) -> View {
    let off = opts.utc_offset_minutes;
    let not_given = l.text("rollup-not-given");
    let or_blank = |v: &Option<String>| v.clone().unwrap_or_else(|| not_given.clone());
    let systems = system_columns(rows);

    let mut columns: Vec<String> = [
        "rollup-col-number",
        "rollup-col-name",
        "rollup-col-unit",
        "rollup-col-machine",
        "rollup-col-checked",
        "rollup-col-score",
        "rollup-col-antivirus",
        "rollup-col-gov",
        "rollup-col-run-box",
        "rollup-col-windows",
    ]
    .iter()
    .map(|id| l.text(id))
    .collect();
    columns.extend(systems.iter().map(|(_, name)| name.clone()));
    columns.push(l.text("rollup-col-integrity"));
    columns.push(l.text("rollup-col-file"));

    let view_rows = rows
        .iter()
        .enumerate()
        .map(|(i, r)| {
            let mut cells = vec![
                (i + 1).to_string(),
                or_blank(&r.name),
                or_blank(&r.unit),
                or_blank(&r.machine),
                r.checked_at
                    .map_or_else(|| l.text("rollup-not-checked"), |t| day_shown(t, off, l)),
                r.score.to_string(),
                // Said as what was seen, not as a judgment beside a colleague's name.
                l.text(match r.antivirus {
                    Some(Status::Ok) => "rollup-av-ok",
                    Some(Status::Warning) => "rollup-av-warning",
                    Some(Status::Critical) => "rollup-av-off",
                    // Antivirus always applies; a report that says otherwise could not tell.
                    Some(Status::Unknown | Status::NotApplicable) => "rollup-av-unknown",
                    None => "rollup-not-checked",
                }),
                match (r.gov_passwords, r.gov_saved) {
                    (Gov::NoneSaved, _) => l.text("rollup-gov-none"),
                    (Gov::Saved, Some(n)) => {
                        l.render(&Msg::new("rollup-gov-saved-count").arg("count", n as i64))
                    }
                    (Gov::Saved, None) => l.text("rollup-gov-saved"),
                    (Gov::Unknown, _) => l.text("check-status-unknown"),
                    (Gov::NotChecked, _) => l.text("rollup-not-checked"),
                },
                super::posture::run_box_text(r, l),
                super::posture::windows_text(r, l),
            ];
            for (id, _) in &systems {
                let cell = r.systems.iter().find(|c| c.id == *id);
                cells.push(match cell {
                    None => l.text("rollup-system-absent"),
                    Some(c) => system_text(c, l),
                });
            }
            let warning = match r.integrity {
                Integrity::Intact => None,
                Integrity::NoMark => Some(l.text("rollup-integrity-no-mark")),
                Integrity::Damaged => Some(l.text("rollup-integrity-damaged")),
            };
            cells.push(
                warning
                    .clone()
                    .unwrap_or_else(|| l.text("rollup-integrity-intact")),
            );
            cells.push(r.source.clone());
            ViewRow {
                cells,
                warning,
                damaged: r.integrity == Integrity::Damaged,
            }
        })
        .collect();

    let share = |n: usize, pct: u32| {
        l.render(
            &Msg::new("rollup-share")
                .arg("count", n as i64)
                .arg("total", s.counted as i64)
                .arg("percent", i64::from(pct)),
        )
    };
    let mut summary = vec![
        (l.text("rollup-sum-people"), s.people.to_string()),
        (l.text("rollup-sum-counted"), s.counted.to_string()),
    ];
    if s.damaged > 0 {
        summary.push((l.text("rollup-sum-damaged"), s.damaged.to_string()));
    }
    if s.no_mark > 0 {
        summary.push((l.text("rollup-sum-no-mark"), s.no_mark.to_string()));
    }
    summary.push((
        l.text("rollup-sum-antivirus"),
        share(s.antivirus_ok, s.antivirus_percent),
    ));
    summary.push((
        l.text("rollup-sum-gov-none"),
        share(s.gov_none_saved, s.gov_none_percent),
    ));
    for sys in &s.systems {
        summary.push((
            l.render(&Msg::new("rollup-sum-system").arg("system", sys.name.clone())),
            share(sys.changed, sys.percent),
        ));
    }
    summary.push((l.text("rollup-sum-replaced"), s.replaced.to_string()));
    summary.push((l.text("rollup-sum-refused"), s.refused.to_string()));
    if let Some(staff) = &s.staff {
        summary.push((
            l.text("rollup-sum-staff"),
            l.render(
                &Msg::new("rollup-staff-missing-count")
                    .arg("missing", staff.missing.len() as i64)
                    .arg("listed", staff.listed as i64),
            ),
        ));
    }

    View {
        title: l.text("rollup-title"),
        self_assessment: l
            .render(&Msg::new("rollup-self-assessment").arg("issuer", issuer(rows, l))),
        place_date: l.render(
            &Msg::new("report-place-date")
                .arg("day", now.map_or(0, |d| i64::from(d.day())))
                .arg("month", now.map_or(0, |d| i64::from(d.month())))
                .arg(
                    "day2",
                    now.map_or_else(String::new, |d| format!("{:02}", d.day())),
                )
                .arg(
                    "month2",
                    now.map_or_else(String::new, |d| format!("{:02}", d.month())),
                )
                .arg("year", now.map_or(0, |d| i64::from(d.year()))),
        ),
        date_shown: l.render(&now.map_or_else(dates::unknown_msg, dates::date_msg)),
        subtitle: l.render(
            &Msg::new("rollup-subtitle")
                .arg("people", s.people as i64)
                .arg("refused", s.refused as i64),
        ),
        columns,
        rows: view_rows,
        summary,
        missing_title: s.staff.as_ref().map(|_| l.text("rollup-section-missing")),
        missing: s
            .staff
            .as_ref()
            .map(|st| st.missing.clone())
            .unwrap_or_default(),
        replaced_columns: [
            "rollup-col-file",
            "rollup-col-name",
            "rollup-col-machine",
            "rollup-col-checked",
            "rollup-col-replaced-by",
        ]
        .iter()
        .map(|id| l.text(id))
        .collect(),
        replaced: replaced
            .iter()
            .map(|r| {
                vec![
                    r.file.clone(),
                    or_blank(&r.name),
                    or_blank(&r.machine),
                    r.checked_at
                        .map_or_else(|| l.text("rollup-not-checked"), |t| day_shown(t, off, l)),
                    r.by.clone(),
                ]
            })
            .collect(),
        refused_columns: ["rollup-col-file", "rollup-col-reason"]
            .iter()
            .map(|id| l.text(id))
            .collect(),
        refused: refused
            .iter()
            .map(|r| vec![r.file.clone(), r.text.clone()])
            .collect(),
        integrity_note: l.text("rollup-integrity-note"),
    }
}

/// The agency the reports were made for: the one their profiles name, or "a higher authority"
/// when they name none or several.
fn issuer(rows: &[Row], l: &Localizer) -> String {
    let mut named = rows
        .iter()
        .map(|r| r.agency.trim())
        .filter(|a| !a.is_empty());
    let first = named.next();
    let one = first.filter(|f| named.all(|a| a == *f));
    one.map_or_else(|| l.text("rollup-issuer-any"), str::to_owned)
}

fn system_text(c: &SystemCell, l: &Localizer) -> String {
    let date = c.changed_on.as_deref().map(|d| l.render(&iso_msg(d)));
    match (c.state, date) {
        (SystemState::Done, Some(d)) => l.render(&Msg::new("rollup-system-done-on").arg("date", d)),
        (SystemState::Stale, Some(d)) => l.render(
            &Msg::new("rollup-system-stale-on")
                .arg("date", d)
                .arg("days", c.max_age_days.map_or(0, i64::from)),
        ),
        (SystemState::Done | SystemState::Stale, None) => l.text("rollup-system-done"),
        (SystemState::Undone, _) => l.text("rollup-system-undone"),
        (SystemState::NotRecorded, _) => l.text("rollup-system-not-recorded"),
    }
}
