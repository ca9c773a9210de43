//! The summary screen: the score, when the machine was last checked, the score over time and
//! the systems still to change — every number, date and sentence decided here.

use serde::Serialize;

use crate::assessment::score::{self, Change, Score};
use crate::assessment::{Person, ReportInput, document};
use crate::checks::CheckReport;
use crate::history::{self, Point};
use crate::profile::Localized;
use crate::{Lang, Msg, Profile, dates};

use super::{Host, Subject, machine, passwords};

/// Checks on the score-over-time chart.
pub const CHART_POINTS: usize = 12;

#[cfg_attr(test, derive(ts_rs::TS))]
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct SummaryView {
    /// Each component carries its status (colour, icon) and its label.
    pub score: Score,
    /// Set when the score is about a recorded machine (scenario, training).
    pub recorded: bool,
    /// Nothing earned yet and this computer never checked: the screens say "no score yet"
    /// instead of a 0, which a first-time user reads as failing.
    pub unscored: bool,
    /// "Last checked 12 days ago", "… today", "not checked yet".
    pub last_line: Msg,
    /// Why the score does not count the last check remembered from an earlier run of the app
    /// (its findings are not kept once the app closes), so the score and the "last checked"
    /// line never read as a contradiction.
    pub score_note: Option<Msg>,
    /// The best next step with its gain, for the home screen's card.
    pub top_action: Option<Msg>,
    /// This computer's checks, oldest first (empty for a recorded machine).
    pub points: Vec<PointView>,
    pub history_skipped: usize,
    pub systems_left: Vec<SystemLeft>,
    pub problem: Option<Msg>,
}

#[cfg_attr(test, derive(ts_rs::TS))]
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct PointView {
    pub checked_at: i64,
    pub score: u8,
    /// The check's date on the person's calendar.
    pub date: Msg,
    /// "25/11/2026: 72 điểm", for the chart's tooltip and its text alternative.
    pub label: Msg,
}

#[cfg_attr(test, derive(ts_rs::TS))]
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct SystemLeft {
    pub id: String,
    pub name: Localized,
    /// "Changed on …, over N days ago" (the profile's `max_age_days`) or "Not changed yet".
    pub state: Msg,
}

/// The summary for this session's check (`report`; a result from an earlier run of the app is
/// not shown as current) and the password checklist.
pub fn summary(
    host: &dyn Host,
    profile: &Profile,
    subject: &Subject,
    report: Option<&CheckReport>,
    lang: Lang,
) -> SummaryView {
    let clock = host.clock();
    let (list, mut problem) = passwords::checklist_or_empty(host);
    let input = ReportInput {
        profile,
        check: report,
        checklist: Some(&list),
        person: Person::default(),
        machine: machine::machine_facts(host, subject),
        now_unix: clock.unix,
        utc_offset_minutes: clock.utc_offset_minutes,
    };
    let score = document::score_of(&input, lang);
    let recorded = subject.is_recorded();
    let (points, skipped, history_last) = match (recorded, host.data_dir()) {
        (false, Some(dir)) => match history::read(dir) {
            Ok(loaded) => {
                let trend = history::trend(&loaded.entries, clock, CHART_POINTS);
                (trend.points, loaded.skipped, trend.last_checked_at)
            }
            Err(e) => {
                problem = problem.or(Some(
                    Msg::new("summary-history-unreadable")
                        .arg("detail", e.path.display().to_string()),
                ));
                (Vec::new(), 0, None)
            }
        },
        _ => (Vec::new(), 0, None),
    };
    let last_checked_at = report.map(|r| r.checked_at).or(history_last);
    // A recorded machine's clock is part of the recording: its check ran just now.
    let days = if recorded {
        report.map(|_| Some(0))
    } else {
        last_checked_at.map(|t| clock.days_since(t))
    };
    let last_line = match days {
        None => Msg::new("summary-last-never"),
        Some(None) => Msg::new("summary-last-unknown"),
        Some(Some(days)) => Msg::new("summary-last-days").arg("days", days),
    };
    let score_note = match (report, history_last) {
        (None, Some(at)) if !recorded => Some(
            Msg::new("summary-score-not-counted").arg(
                "date",
                clock
                    .day_of(at)
                    .map_or_else(dates::unknown_msg, dates::date_msg),
            ),
        ),
        _ => None,
    };
    let today = clock.today_number().unwrap_or(i64::MAX);
    let systems_left = profile
        .systems
        .iter()
        .filter_map(|s| {
            let changed = list.changed.get(&s.id);
            let state = match score::password_change(
                &profile.password_rule,
                changed.map(String::as_str),
                today,
            ) {
                Change::Changed => return None,
                Change::TooOld { max_age_days } => Msg::new("summary-system-stale-on")
                    .arg("date", dates::iso_msg(changed.map_or("", String::as_str)))
                    .arg("days", i64::from(max_age_days)),
                Change::NotChanged => Msg::new("report-system-undone"),
            };
            Some(SystemLeft {
                id: s.id.clone(),
                name: s.name.clone(),
                state,
            })
        })
        .collect();
    let top_action = score.actions.first().map(|a| {
        Msg::new("summary-card-action")
            .arg("action", a.msg.clone())
            .arg(
                "gain",
                Msg::new("score-gain").arg("points", i64::from(a.gain)),
            )
    });
    SummaryView {
        recorded,
        unscored: score.score == 0 && last_checked_at.is_none(),
        last_line,
        score_note,
        top_action,
        points: points.into_iter().map(|p| point(clock, p)).collect(),
        history_skipped: skipped,
        systems_left,
        problem,
        score,
    }
}

fn point(clock: dates::Clock, p: Point) -> PointView {
    let date = clock
        .day_of(p.checked_at)
        .map_or_else(dates::unknown_msg, dates::date_msg);
    PointView {
        checked_at: p.checked_at,
        score: p.score,
        label: Msg::new("summary-chart-point")
            .arg("date", date.clone())
            .arg("score", i64::from(p.score)),
        date,
    }
}
