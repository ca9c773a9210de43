//! The self-assessment score, 0–100: how much of the letter's advice this person has followed.
//!
//! Every weight lives in [`WEIGHTS`]; every rule is written here once:
//!
//! | part | points | full | part of the points | none |
//! |---|---|---|---|---|
//! | antivirus | 20 | check `ok` | check `warning`: half | `critical`, `unknown`, not checked |
//! | government (`.gov.vn`) passwords saved in browsers | 20 | none saved | — | any saved, browsers `unknown`, not checked |
//! | other passwords saved in browsers | 10 | none saved | — | any saved, browsers `unknown`, not checked |
//! | remote-access tools | 10 | check `ok` | check `warning`: half | `critical`, `unknown`, not checked |
//! | no password stealer detected (`stealer-detections`) | 10 | check `ok` | check `warning`: half | `critical`, `unknown` |
//! | `hosts` file (`hosts-file`) | 4 | check `ok` | check `warning`: half | `critical`, `unknown` |
//! | browser extensions (`browser-extensions`) | 3 | check `ok` | check `warning`: half | `critical`, `unknown` |
//! | proxy (`proxy`) | 3 | check `ok` | check `warning`: half | `critical`, `unknown` |
//! | Run-box trace (`run-box`) | 3 | check `ok` | check `warning`: half | `critical`, `unknown` |
//! | *TựKiểm's recommendation:* Windows still supported (`windows-support`) | 3 | check `ok` | check `warning`: half | `critical`, `unknown` |
//! | *TựKiểm's recommendation:* updates installed (`windows-updates`) | 3 | check `ok` | check `warning`: half | `critical`, `unknown` |
//! | *TựKiểm's recommendation:* firewall (`firewall`) | 2 | check `ok` | check `warning`: half | `critical`, `unknown` |
//! | *TựKiểm's recommendation:* SmartScreen (`smartscreen`) | 2 | check `ok` | check `warning`: half | `critical`, `unknown` |
//! | each profile system's password changed | 40, shared | marked changed (and, when the profile sets `password_rule.max_age_days`, within that many days) | changed longer ago than `max_age_days`: half | not marked changed, no record at all |
//!
//! - **Could not check earns nothing.** A check that says `unknown` proves nothing, so it earns
//!   no points; the action it brings is "check again".
//! - **Not checked yet earns nothing**, and "check this computer" is the first action, worth
//!   every point the checks can give.
//! - The systems' 40 points are shared equally in profile order; when they do not divide
//!   evenly, the first systems get one point more (3 systems: 14, 13, 13).
//! - The letter asks for a change after the first login and nothing more, so the default profile
//!   sets no `max_age_days`: a change is a change, however old. [`password_change`] is the one
//!   place this rule is written; the report and the summary screen call it.
//! - "Half" is rounded down. A change date in the future (a wrong clock) counts as today.
//! - The stealer-trace parts (the four rows above the systems) count only in a check that ran
//!   them: a report from before they existed neither gains nor loses by them, and with no check
//!   yet "check this computer" is worth the other machine parts. When they ran, `unknown` earns
//!   nothing, like every part.
//! - **Does not apply earns nothing and costs nothing.** A finding `not_applicable` (Defender's
//!   history on Linux, SmartScreen off Windows) leaves its part out of the score altogether.
//! - The letter's two causes keep most of the weight: TựKiểm's own recommendations about
//!   Windows itself add at most 10 points of 133 (their labels say they are TựKiểm's).
//! - The score is the points earned out of the points possible, rounded to a whole number.
//! - The gain of an action is said on the same scale of 100 (its row's points out of the points
//!   possible), so "+8 điểm" is what the total gains.
//! - Actions: what would raise the score most, at most [`MAX_ACTIONS`], largest gain first (ties
//!   keep the table's order).

use serde::Serialize;

use crate::checks::{CheckReport, Finding, Status};
use crate::password::checklist::Checklist;
use crate::profile::PasswordRule;
use crate::{Lang, Msg, Profile};

/// What the score is made of.
#[cfg_attr(test, derive(ts_rs::TS))]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Part {
    Antivirus,
    GovPasswords,
    OtherPasswords,
    RemoteAccess,
    StealerDetections,
    HostsFile,
    BrowserExtensions,
    Proxy,
    RunBox,
    /// TựKiểm's recommendations about Windows itself, not the letter's request.
    WindowsSupport,
    WindowsUpdates,
    Firewall,
    Smartscreen,
    /// The profile's systems, together; each system gets its share as its own component.
    Systems,
}

/// The weights, in the order components and ties are listed. The first five add up to 100;
/// the stealer-trace parts add 23 and TựKiểm's recommendations 10 when their checks ran.
pub const WEIGHTS: [(Part, u32); 14] = [
    (Part::Antivirus, 20),
    (Part::GovPasswords, 20),
    (Part::OtherPasswords, 10),
    (Part::RemoteAccess, 10),
    (Part::StealerDetections, 10),
    (Part::HostsFile, 4),
    (Part::BrowserExtensions, 3),
    (Part::Proxy, 3),
    (Part::RunBox, 3),
    (Part::WindowsSupport, 3),
    (Part::WindowsUpdates, 3),
    (Part::Firewall, 2),
    (Part::Smartscreen, 2),
    (Part::Systems, 40),
];

/// The parts that are TựKiểm's own recommendations rather than the letter's request.
pub fn is_recommendation(part: Part) -> bool {
    matches!(
        part,
        Part::WindowsSupport | Part::WindowsUpdates | Part::Firewall | Part::Smartscreen
    )
}

/// Where one system's password change stands, by the profile's rule.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Change {
    /// Not marked changed, or the recorded date is not a date.
    NotChanged,
    /// Marked changed, and not older than the profile's `max_age_days` (if it sets one).
    Changed,
    /// Changed more than `max_age_days` ago: the profile's agency asks for another change.
    TooOld { max_age_days: u32 },
}

/// The one freshness rule: a recorded change (`YYYY-MM-DD`) on day number `today` (the person's
/// calendar, `dates::Clock::today`). Without
/// `max_age_days` in the profile a change never goes stale. A date in the future counts as today.
pub fn password_change(rule: &PasswordRule, changed_on: Option<&str>, today: i64) -> Change {
    let Some(day) = changed_on
        .and_then(crate::dates::parse_iso)
        .map(crate::dates::day_number)
    else {
        return Change::NotChanged;
    };
    match rule.max_age_days {
        Some(max) if today.saturating_sub(day) > i64::from(max) => {
            Change::TooOld { max_age_days: max }
        }
        _ => Change::Changed,
    }
}

/// The most actions shown.
pub const MAX_ACTIONS: usize = 3;

pub fn weight(part: Part) -> u32 {
    WEIGHTS
        .iter()
        .find(|(p, _)| *p == part)
        .map_or(0, |(_, w)| *w)
}

/// How one component did.
#[cfg_attr(test, derive(ts_rs::TS))]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum State {
    Full,
    Partial,
    None,
    /// The check ran and could not tell.
    Unknown,
    /// No check has run, or (for a system) nothing was recorded.
    NotChecked,
}

impl State {
    /// The status a part is shown with (colour, icon): decided here, not in the UI.
    pub fn status(self) -> Status {
        match self {
            State::Full => Status::Ok,
            State::Partial => Status::Warning,
            State::None => Status::Critical,
            State::Unknown | State::NotChecked => Status::Unknown,
        }
    }
}

#[cfg_attr(test, derive(ts_rs::TS))]
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Component {
    pub part: Part,
    /// How the part is shown ([`State::status`]).
    pub status: Status,
    /// The system's id, for [`Part::Systems`] components.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(test, ts(optional))]
    pub system: Option<String>,
    pub label: Msg,
    pub state: State,
    pub earned: u32,
    pub possible: u32,
}

/// Where the person goes to do an action.
#[cfg_attr(test, derive(ts_rs::TS))]
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "screen", rename_all = "snake_case")]
pub enum Target {
    Checks,
    Passwords { system: String },
}

#[cfg_attr(test, derive(ts_rs::TS))]
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ScoreAction {
    pub msg: Msg,
    /// Points the score would gain (at most; for "check", what the checks can give).
    pub gain: u32,
    pub target: Target,
}

#[cfg_attr(test, derive(ts_rs::TS))]
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Score {
    /// 0–100.
    pub score: u8,
    /// False when no check result was given.
    pub checked: bool,
    pub components: Vec<Component>,
    /// At most [`MAX_ACTIONS`], largest gain first.
    pub actions: Vec<ScoreAction>,
}

pub struct ScoreInput<'a> {
    pub profile: &'a Profile,
    /// What the last check found ([`CheckFacts::of`]); `None` when the computer has not been
    /// checked.
    pub check: Option<CheckFacts>,
    /// Which systems were marked changed; `None` when there is no record at all (the CLI
    /// without the app's data folder): every system then earns nothing.
    pub checklist: Option<&'a Checklist>,
    /// Today as a day number (days since 1970-01-01) on the person's calendar
    /// ([`crate::dates::Clock::today_number`]), the calendar the checklist's dates are written in.
    pub today: i64,
    /// The language for system names inside messages.
    pub lang: Lang,
}

/// The facts of a check the score is made from.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct CheckFacts {
    /// The `antivirus` finding's status; `None` when there is none.
    pub antivirus: Option<Status>,
    /// The `remote-access` finding's status; `None` when there is none.
    pub remote_access: Option<Status>,
    /// The `stealer-detections`, `hosts-file`, `browser-extensions` and `proxy` findings'
    /// statuses; `None` when that check did not run (the part then does not count).
    pub stealer: Option<Status>,
    pub hosts: Option<Status>,
    pub extensions: Option<Status>,
    pub proxy: Option<Status>,
    /// `run-box`, `windows-support`, `windows-updates`, `firewall`, `smartscreen`; `None` when
    /// that check did not run (or, like every part here, did not apply).
    pub run_box: Option<Status>,
    pub windows_support: Option<Status>,
    pub windows_updates: Option<Status>,
    pub firewall: Option<Status>,
    pub smartscreen: Option<Status>,
    /// No browser finding, or one of them (`browser-passwords`, `browser-<browser>-<profile>`)
    /// could not tell.
    pub browsers_unknown: bool,
    /// Saved logins for government sites, over every browser profile found.
    pub gov_saved: u64,
    /// Every other saved login.
    pub other_saved: u64,
}

impl CheckFacts {
    pub fn of(report: &CheckReport) -> Self {
        let status = |id: &str| report.finding(id).map(|f| f.status);
        let browser_findings: Vec<&Finding> = report
            .findings
            .iter()
            .filter(|f| f.id.starts_with("browser-") && f.id != "browser-extensions")
            .collect();
        Self {
            antivirus: status("antivirus"),
            remote_access: status("remote-access"),
            stealer: status("stealer-detections"),
            hosts: status("hosts-file"),
            extensions: status("browser-extensions"),
            proxy: status("proxy"),
            run_box: status("run-box"),
            windows_support: status("windows-support"),
            windows_updates: status("windows-updates"),
            firewall: status("firewall"),
            smartscreen: status("smartscreen"),
            browsers_unknown: browser_findings.is_empty()
                || browser_findings.iter().any(|f| f.status == Status::Unknown),
            gov_saved: report
                .browsers
                .iter()
                .map(|b| u64::from(b.gov_logins))
                .sum(),
            other_saved: report
                .browsers
                .iter()
                .map(|b| u64::from(b.saved_logins.saturating_sub(b.gov_logins)))
                .sum(),
        }
    }
}

pub fn compute(input: &ScoreInput) -> Score {
    let mut components = Vec::new();
    let check = input.check;

    // Machine parts.
    let status = |s: Option<Status>| match s {
        Some(Status::Ok) => State::Full,
        Some(Status::Warning) => State::Partial,
        Some(Status::Critical) => State::None,
        Some(Status::Unknown | Status::NotApplicable) | None => State::Unknown,
    };
    let saved = |count: u64, unknown: bool| match (count, unknown) {
        (1.., _) => State::None,
        (0, true) => State::Unknown,
        (0, false) => State::Full,
    };
    let (av, gov, other, remote) = match check {
        None => (
            State::NotChecked,
            State::NotChecked,
            State::NotChecked,
            State::NotChecked,
        ),
        Some(c) => (
            status(c.antivirus),
            saved(c.gov_saved, c.browsers_unknown),
            saved(c.other_saved, c.browsers_unknown),
            status(c.remote_access),
        ),
    };
    components.push(component(Part::Antivirus, None, av));
    components.push(component(Part::GovPasswords, None, gov));
    components.push(component(Part::OtherPasswords, None, other));
    components.push(component(Part::RemoteAccess, None, remote));
    if let Some(c) = check {
        for (part, found) in [
            (Part::StealerDetections, c.stealer),
            (Part::HostsFile, c.hosts),
            (Part::BrowserExtensions, c.extensions),
            (Part::Proxy, c.proxy),
            (Part::RunBox, c.run_box),
            (Part::WindowsSupport, c.windows_support),
            (Part::WindowsUpdates, c.windows_updates),
            (Part::Firewall, c.firewall),
            (Part::Smartscreen, c.smartscreen),
        ] {
            // Not run, or not applicable here: the part is left out, neither earned nor lost.
            if found.is_some_and(|s| s != Status::NotApplicable) {
                components.push(component(part, None, status(found)));
            }
        }
    }

    // Systems.
    let systems = &input.profile.systems;
    let shares = shares(weight(Part::Systems), systems.len());
    for (system, share) in systems.iter().zip(shares) {
        let state = match input.checklist {
            None => State::NotChecked,
            Some(list) => match password_change(
                &input.profile.password_rule,
                list.changed.get(&system.id).map(String::as_str),
                input.today,
            ) {
                Change::NotChanged => State::None,
                Change::Changed => State::Full,
                Change::TooOld { .. } => State::Partial,
            },
        };
        let name = system.name.get(input.lang);
        components.push(Component {
            part: Part::Systems,
            status: state.status(),
            system: Some(system.id.clone()),
            label: Msg::new("score-part-system").arg("system", name),
            state,
            earned: earned(state, share),
            possible: share,
        });
    }

    let earned: u32 = components.iter().map(|c| c.earned).sum();
    let possible: u32 = components.iter().map(|c| c.possible).sum();
    let score = on_100(earned, possible).min(100) as u8;
    // A gain is said on the total's scale: the rows add up to 120 when the stealer-trace parts
    // ran, and "+60 điểm" must be what the total out of 100 would gain.
    let mut actions = actions(&components, check.is_some(), input);
    for a in &mut actions {
        a.gain = on_100(a.gain, possible);
    }
    Score {
        score,
        checked: check.is_some(),
        components,
        actions,
    }
}

/// `points` out of `possible`, brought to a scale of 100 and rounded.
fn on_100(points: u32, possible: u32) -> u32 {
    (points * 100 + possible / 2)
        .checked_div(possible)
        .unwrap_or(0)
}

fn component(part: Part, system: Option<String>, state: State) -> Component {
    let possible = weight(part);
    let label = Msg::new(match part {
        Part::Antivirus => "score-part-antivirus",
        Part::GovPasswords => "score-part-gov-passwords",
        Part::OtherPasswords => "score-part-other-passwords",
        Part::RemoteAccess => "score-part-remote-access",
        Part::StealerDetections => "score-part-stealer",
        Part::HostsFile => "score-part-hosts",
        Part::BrowserExtensions => "score-part-extensions",
        Part::Proxy => "score-part-proxy",
        Part::RunBox => "score-part-run-box",
        Part::WindowsSupport => "score-part-windows-support",
        Part::WindowsUpdates => "score-part-windows-updates",
        Part::Firewall => "score-part-firewall",
        Part::Smartscreen => "score-part-smartscreen",
        Part::Systems => "score-part-system",
    });
    Component {
        part,
        status: state.status(),
        system,
        label,
        state,
        earned: earned(state, possible),
        possible,
    }
}

fn earned(state: State, possible: u32) -> u32 {
    match state {
        State::Full => possible,
        State::Partial => possible / 2,
        State::None | State::Unknown | State::NotChecked => 0,
    }
}

/// `total` points shared among `n`, the first ones getting the remainder.
fn shares(total: u32, n: usize) -> Vec<u32> {
    let Ok(n32) = u32::try_from(n) else {
        return vec![0; n];
    };
    if n32 == 0 {
        return Vec::new();
    }
    (0..n32)
        .map(|i| total / n32 + u32::from(i < total % n32))
        .collect()
}

fn actions(components: &[Component], checked: bool, input: &ScoreInput) -> Vec<ScoreAction> {
    let mut out = Vec::new();
    let machine = |c: &&Component| c.part != Part::Systems;
    if !checked {
        out.push(ScoreAction {
            msg: Msg::new("score-action-run-check"),
            gain: components.iter().filter(machine).map(|c| c.possible).sum(),
            target: Target::Checks,
        });
    } else {
        let unknown: u32 = components
            .iter()
            .filter(machine)
            .filter(|c| c.state == State::Unknown)
            .map(|c| c.possible)
            .sum();
        if unknown > 0 {
            out.push(ScoreAction {
                msg: Msg::new("score-action-recheck"),
                gain: unknown,
                target: Target::Checks,
            });
        }
    }
    for c in components {
        let gain = c.possible - c.earned;
        if gain == 0 || matches!(c.state, State::Unknown) {
            continue;
        }
        let (msg, target) = match (c.part, &c.system) {
            (Part::Systems, Some(id)) => {
                let name = input
                    .profile
                    .systems
                    .iter()
                    .find(|s| &s.id == id)
                    .map_or(id.as_str(), |s| s.name.get(input.lang));
                let max_age = input.profile.password_rule.max_age_days;
                let msg = if let (State::Partial, Some(days)) = (c.state, max_age) {
                    Msg::new("score-action-renew-password")
                        .arg("system", name)
                        .arg("days", i64::from(days))
                } else {
                    Msg::new("score-action-change-password").arg("system", name)
                };
                (msg, Target::Passwords { system: id.clone() })
            }
            // Not checked: the one "check this computer" action covers it.
            _ if c.state == State::NotChecked => continue,
            (Part::Antivirus, _) => (Msg::new("score-action-antivirus"), Target::Checks),
            (Part::GovPasswords, _) => (Msg::new("score-action-gov-passwords"), Target::Checks),
            (Part::OtherPasswords, _) => (Msg::new("score-action-other-passwords"), Target::Checks),
            (Part::RemoteAccess, _) => (Msg::new("score-action-remote-access"), Target::Checks),
            (Part::StealerDetections, _) => (Msg::new("score-action-stealer"), Target::Checks),
            (Part::HostsFile, _) => (Msg::new("score-action-hosts"), Target::Checks),
            (Part::BrowserExtensions, _) => (Msg::new("score-action-extensions"), Target::Checks),
            (Part::Proxy, _) => (Msg::new("score-action-proxy"), Target::Checks),
            (Part::RunBox, _) => (Msg::new("score-action-run-box"), Target::Checks),
            (Part::WindowsSupport, _) => (Msg::new("score-action-windows-support"), Target::Checks),
            (Part::WindowsUpdates, _) => (Msg::new("score-action-windows-updates"), Target::Checks),
            (Part::Firewall, _) => (Msg::new("score-action-firewall"), Target::Checks),
            (Part::Smartscreen, _) => (Msg::new("score-action-smartscreen"), Target::Checks),
            (Part::Systems, None) => continue,
        };
        out.push(ScoreAction { msg, gain, target });
    }
    // Stable: equal gains keep the table's order.
    out.sort_by_key(|a| std::cmp::Reverse(a.gain));
    out.truncate(MAX_ACTIONS);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checks::{Finding, OsKind};

    const TODAY: i64 = 20_782; // 2026-11-25

    fn facts(
        av: Status,
        remote: Status,
        gov: u64,
        other: u64,
        browsers_unknown: bool,
    ) -> CheckFacts {
        CheckFacts {
            antivirus: Some(av),
            remote_access: Some(remote),
            stealer: None,
            hosts: None,
            extensions: None,
            proxy: None,
            browsers_unknown,
            gov_saved: gov,
            other_saved: other,
            ..CheckFacts::default()
        }
    }

    fn all_ok() -> CheckFacts {
        facts(Status::Ok, Status::Ok, 0, 0, false)
    }

    fn changed(pairs: &[(&str, i64)]) -> Checklist {
        let mut c = Checklist::default();
        for (id, day) in pairs {
            c.mark(
                id,
                &crate::dates::from_day_number(*day)
                    .map(crate::dates::iso)
                    .unwrap(),
            );
        }
        c
    }

    fn all_changed() -> Checklist {
        changed(&[
            ("dich-vu-cong", TODAY),
            ("quan-ly-van-ban", TODAY),
            ("thu-cong-vu", TODAY),
        ])
    }

    fn score(check: Option<CheckFacts>, checklist: Option<&Checklist>) -> Score {
        score_with(&Profile::embedded(), check, checklist)
    }

    fn score_with(
        profile: &Profile,
        check: Option<CheckFacts>,
        checklist: Option<&Checklist>,
    ) -> Score {
        compute(&ScoreInput {
            profile,
            check,
            checklist,
            today: TODAY,
            lang: Lang::Vi,
        })
    }

    fn part(s: &Score, part: Part) -> &Component {
        s.components.iter().find(|c| c.part == part).unwrap()
    }

    fn systems(s: &Score) -> Vec<(State, u32)> {
        s.components
            .iter()
            .filter(|c| c.part == Part::Systems)
            .map(|c| (c.state, c.earned))
            .collect()
    }

    #[test]
    fn the_weights_are_pinned_100_plus_23_for_stealer_traces_plus_10_for_recommendations() {
        assert_eq!(
            WEIGHTS,
            [
                (Part::Antivirus, 20),
                (Part::GovPasswords, 20),
                (Part::OtherPasswords, 10),
                (Part::RemoteAccess, 10),
                (Part::StealerDetections, 10),
                (Part::HostsFile, 4),
                (Part::BrowserExtensions, 3),
                (Part::Proxy, 3),
                (Part::RunBox, 3),
                (Part::WindowsSupport, 3),
                (Part::WindowsUpdates, 3),
                (Part::Firewall, 2),
                (Part::Smartscreen, 2),
                (Part::Systems, 40),
            ]
        );
        assert_eq!(WEIGHTS.iter().map(|(_, w)| w).sum::<u32>(), 133);
        let recommended: u32 = WEIGHTS
            .iter()
            .filter(|(p, _)| is_recommendation(*p))
            .map(|(_, w)| w)
            .sum();
        assert_eq!(recommended, 10);
        // The letter's two causes keep most of the weight.
        assert!(recommended * 10 < 133);
        assert_eq!(MAX_ACTIONS, 3);
    }

    #[test]
    fn stealer_traces_count_when_they_ran_and_unknown_earns_nothing() {
        let mut c = all_ok();
        c.stealer = Some(Status::Critical);
        c.hosts = Some(Status::Ok);
        c.extensions = Some(Status::Warning);
        c.proxy = Some(Status::Unknown);
        let s = score(Some(c), Some(&all_changed()));
        let got = |p| {
            let c = part(&s, p);
            (c.state, c.earned, c.possible)
        };
        assert_eq!(got(Part::StealerDetections), (State::None, 0, 10));
        assert_eq!(got(Part::HostsFile), (State::Full, 4, 4));
        assert_eq!(got(Part::BrowserExtensions), (State::Partial, 1, 3));
        assert_eq!(got(Part::Proxy), (State::Unknown, 0, 3));
        // 100 + 5 of 120.
        assert_eq!(s.score, 88);
        assert_eq!(s.actions[0].msg.id, "score-action-stealer");
        // The stealer row's 10 of 120 points is 8 on the total's scale of 100.
        assert_eq!(s.actions[0].gain, 8);
        // A report without these checks: the parts are not there at all.
        let s = score(Some(all_ok()), Some(&all_changed()));
        assert!(s.components.iter().all(|c| c.part != Part::Proxy));
        assert_eq!(s.score, 100);
    }

    #[test]
    fn recommendations_weigh_little_and_a_part_that_does_not_apply_is_left_out() {
        let mut c = all_ok();
        c.stealer = Some(Status::NotApplicable);
        c.run_box = Some(Status::NotApplicable);
        c.windows_support = Some(Status::Warning);
        c.windows_updates = Some(Status::Ok);
        c.firewall = Some(Status::Critical);
        c.smartscreen = Some(Status::NotApplicable);
        let s = score(Some(c), Some(&all_changed()));
        for p in [Part::StealerDetections, Part::RunBox, Part::Smartscreen] {
            assert!(s.components.iter().all(|c| c.part != p), "{p:?}");
        }
        let got = |p| {
            let c = part(&s, p);
            (c.state, c.earned, c.possible)
        };
        assert_eq!(got(Part::WindowsSupport), (State::Partial, 1, 3));
        assert_eq!(got(Part::WindowsUpdates), (State::Full, 3, 3));
        assert_eq!(got(Part::Firewall), (State::None, 0, 2));
        // 100 + 4 of 108: the recommendations cannot outweigh the letter's causes.
        assert_eq!(s.score, 96);
    }

    #[test]
    fn everything_done_is_100_with_no_actions() {
        let s = score(Some(all_ok()), Some(&all_changed()));
        assert_eq!(s.score, 100);
        assert!(s.actions.is_empty());
        assert!(s.components.iter().all(|c| c.state == State::Full));
        assert_eq!(s.components.iter().map(|c| c.possible).sum::<u32>(), 100);
    }

    #[test]
    fn systems_share_40_points_the_first_ones_taking_the_remainder() {
        assert_eq!(shares(40, 3), [14, 13, 13]);
        assert_eq!(shares(40, 4), [10, 10, 10, 10]);
        assert_eq!(shares(40, 6), [7, 7, 7, 7, 6, 6]);
        assert!(shares(40, 0).is_empty());
        let s = score(Some(all_ok()), Some(&all_changed()));
        assert_eq!(
            systems(&s),
            [(State::Full, 14), (State::Full, 13), (State::Full, 13)]
        );
    }

    #[test]
    fn no_check_yet_earns_nothing_for_the_machine_and_check_comes_first() {
        let s = score(None, Some(&all_changed()));
        assert!(!s.checked);
        assert_eq!(s.score, 40);
        for p in [
            Part::Antivirus,
            Part::GovPasswords,
            Part::OtherPasswords,
            Part::RemoteAccess,
        ] {
            assert_eq!(part(&s, p).state, State::NotChecked);
            assert_eq!(part(&s, p).earned, 0);
        }
        assert_eq!(s.actions.len(), 1);
        assert_eq!(s.actions[0].msg.id, "score-action-run-check");
        assert_eq!(s.actions[0].gain, 60);
        assert_eq!(s.actions[0].target, Target::Checks);
    }

    #[test]
    fn nothing_done_at_all_is_zero_and_check_this_computer_leads() {
        let s = score(None, Some(&Checklist::default()));
        assert_eq!(s.score, 0);
        let got: Vec<(&str, u32)> = s
            .actions
            .iter()
            .map(|a| (a.msg.id.as_str(), a.gain))
            .collect();
        assert_eq!(
            got,
            [
                ("score-action-run-check", 60),
                ("score-action-change-password", 14),
                ("score-action-change-password", 13)
            ]
        );
        assert_eq!(
            s.actions[1].target,
            Target::Passwords {
                system: "dich-vu-cong".into()
            }
        );
    }

    #[test]
    fn status_rule_ok_full_warning_half_critical_and_unknown_nothing() {
        for (status, state, av_points, remote_points) in [
            (Status::Ok, State::Full, 20, 10),
            (Status::Warning, State::Partial, 10, 5),
            (Status::Critical, State::None, 0, 0),
            (Status::Unknown, State::Unknown, 0, 0),
        ] {
            let s = score(
                Some(facts(status, status, 0, 0, false)),
                Some(&all_changed()),
            );
            let av = part(&s, Part::Antivirus);
            assert_eq!((av.state, av.earned), (state, av_points), "{status:?}");
            let ra = part(&s, Part::RemoteAccess);
            assert_eq!((ra.state, ra.earned), (state, remote_points), "{status:?}");
        }
    }

    #[test]
    fn could_not_check_never_earns_full_points_and_asks_for_a_recheck() {
        let s = score(
            Some(facts(Status::Unknown, Status::Unknown, 0, 0, true)),
            Some(&all_changed()),
        );
        assert_eq!(s.score, 40);
        assert!(
            s.components
                .iter()
                .filter(|c| c.part != Part::Systems)
                .all(|c| c.state == State::Unknown && c.earned == 0)
        );
        assert_eq!(s.actions.len(), 1);
        assert_eq!(s.actions[0].msg.id, "score-action-recheck");
        assert_eq!(s.actions[0].gain, 60);
    }

    #[test]
    fn saved_government_passwords_cost_20_and_other_saved_passwords_10() {
        let s = score(
            Some(facts(Status::Ok, Status::Ok, 2, 3, false)),
            Some(&all_changed()),
        );
        assert_eq!(part(&s, Part::GovPasswords).state, State::None);
        assert_eq!(part(&s, Part::OtherPasswords).state, State::None);
        assert_eq!(s.score, 70);
        let ids: Vec<&str> = s.actions.iter().map(|a| a.msg.id.as_str()).collect();
        assert_eq!(
            ids,
            ["score-action-gov-passwords", "score-action-other-passwords"]
        );

        // Only government ones: the other part is full.
        let s = score(
            Some(facts(Status::Ok, Status::Ok, 2, 0, false)),
            Some(&all_changed()),
        );
        assert_eq!(part(&s, Part::GovPasswords).earned, 0);
        assert_eq!(part(&s, Part::OtherPasswords).earned, 10);
    }

    #[test]
    fn unreadable_browsers_cannot_be_vouched_for_but_saved_ones_still_count() {
        let s = score(
            Some(facts(Status::Ok, Status::Ok, 0, 0, true)),
            Some(&all_changed()),
        );
        assert_eq!(part(&s, Part::GovPasswords).state, State::Unknown);
        assert_eq!(part(&s, Part::OtherPasswords).state, State::Unknown);
        assert_eq!(s.actions[0].msg.id, "score-action-recheck");
        assert_eq!(s.actions[0].gain, 30);
        let s = score(
            Some(facts(Status::Ok, Status::Ok, 3, 0, true)),
            Some(&all_changed()),
        );
        assert_eq!(part(&s, Part::GovPasswords).state, State::None);
        assert_eq!(part(&s, Part::OtherPasswords).state, State::Unknown);
    }

    #[test]
    fn without_a_maximum_age_in_the_profile_an_old_change_still_counts_in_full() {
        assert_eq!(Profile::embedded().password_rule.max_age_days, None);
        let list = changed(&[
            ("dich-vu-cong", TODAY - 400),
            ("quan-ly-van-ban", TODAY - 3000),
            ("thu-cong-vu", TODAY),
        ]);
        let s = score(Some(all_ok()), Some(&list));
        assert_eq!(
            systems(&s),
            [(State::Full, 14), (State::Full, 13), (State::Full, 13)]
        );
        assert!(s.actions.is_empty());
    }

    #[test]
    fn a_profile_maximum_age_makes_older_changes_half_and_asks_to_change_again() {
        let mut profile = Profile::embedded();
        profile.password_rule.max_age_days = Some(90);
        let list = changed(&[
            ("dich-vu-cong", TODAY - 90),
            ("quan-ly-van-ban", TODAY - 91),
        ]);
        let s = score_with(&profile, Some(all_ok()), Some(&list));
        assert_eq!(
            systems(&s),
            [(State::Full, 14), (State::Partial, 6), (State::None, 0)]
        );
        assert_eq!(s.score, 60 + 14 + 6);
        assert_eq!(s.actions[0].msg.id, "score-action-change-password");
        assert_eq!(s.actions[0].gain, 13);
        assert_eq!(s.actions[1].msg.id, "score-action-renew-password");
        assert_eq!(s.actions[1].gain, 7);
        assert_eq!(s.actions[1].msg.args[1].1, crate::Arg::Number(90));
    }

    #[test]
    fn the_freshness_rule_reads_the_profile_and_refuses_non_dates() {
        let mut rule = Profile::embedded().password_rule;
        let day = |d: i64| {
            crate::dates::from_day_number(d)
                .map(crate::dates::iso)
                .unwrap()
        };
        assert_eq!(password_change(&rule, None, TODAY), Change::NotChanged);
        assert_eq!(password_change(&rule, Some("x"), TODAY), Change::NotChanged);
        assert_eq!(
            password_change(&rule, Some(&day(TODAY - 5000)), TODAY),
            Change::Changed
        );
        rule.max_age_days = Some(30);
        assert_eq!(
            password_change(&rule, Some(&day(TODAY - 31)), TODAY),
            Change::TooOld { max_age_days: 30 }
        );
        assert_eq!(
            password_change(&rule, Some(&day(TODAY + 2)), TODAY),
            Change::Changed
        );
    }

    #[test]
    fn a_change_date_in_the_future_counts_as_fresh_and_a_bad_date_as_not_changed() {
        let mut list = changed(&[("dich-vu-cong", TODAY + 3)]);
        list.mark("quan-ly-van-ban", "not-a-date");
        let s = score(Some(all_ok()), Some(&list));
        let states: Vec<State> = systems(&s).into_iter().map(|(st, _)| st).collect();
        assert_eq!(states, [State::Full, State::None, State::None]);
    }

    #[test]
    fn without_any_record_of_changes_the_systems_earn_nothing() {
        let s = score(Some(all_ok()), None);
        assert_eq!(s.score, 60);
        assert!(systems(&s).iter().all(|(st, _)| *st == State::NotChecked));
    }

    #[test]
    fn at_most_three_actions_sorted_by_gain_ties_in_table_order() {
        let s = score(
            Some(facts(Status::Critical, Status::Warning, 1, 3, false)),
            Some(&Checklist::default()),
        );
        let got: Vec<(&str, u32)> = s
            .actions
            .iter()
            .map(|a| (a.msg.id.as_str(), a.gain))
            .collect();
        assert_eq!(
            got,
            [
                ("score-action-antivirus", 20),
                ("score-action-gov-passwords", 20),
                ("score-action-change-password", 14),
            ]
        );
        assert_eq!(s.score, 5);
    }

    #[test]
    fn system_names_follow_the_language() {
        let name = |lang| {
            let s = compute(&ScoreInput {
                profile: &Profile::embedded(),
                check: None,
                checklist: Some(&Checklist::default()),
                today: TODAY,
                lang,
            });
            match &s.actions[1].msg.args[0].1 {
                crate::Arg::Text(t) => t.clone(),
                crate::Arg::Number(_) | crate::Arg::Msg(_) => String::new(),
            }
        };
        assert_eq!(
            name(Lang::Vi),
            "H\u{1ec7} th\u{1ed1}ng D\u{1ecb}ch v\u{1ee5} c\u{f4}ng tr\u{1ef1}c tuy\u{1ebf}n"
        );
        assert_eq!(name(Lang::En), "Online public services portal");
    }

    #[test]
    fn facts_come_from_the_findings_a_missing_one_is_could_not_check() {
        let mut r = CheckReport::new(0, OsKind::Windows);
        let f = |id: &str, status| {
            Finding::new(
                id,
                status,
                Msg::new("check-antivirus-title"),
                Msg::new("check-summary-unknown"),
            )
        };
        assert_eq!(
            CheckFacts::of(&r),
            CheckFacts {
                antivirus: None,
                remote_access: None,
                stealer: None,
                hosts: None,
                extensions: None,
                proxy: None,
                run_box: None,
                windows_support: None,
                windows_updates: None,
                firewall: None,
                smartscreen: None,
                browsers_unknown: true,
                gov_saved: 0,
                other_saved: 0
            }
        );
        r.findings.push(f("antivirus", Status::Warning));
        r.findings.push(f("browser-passwords", Status::Ok));
        let got = CheckFacts::of(&r);
        assert_eq!(got.antivirus, Some(Status::Warning));
        assert!(!got.browsers_unknown);
        let s = score(Some(got), Some(&all_changed()));
        assert_eq!(part(&s, Part::RemoteAccess).state, State::Unknown);
        r.findings
            .push(f("browser-firefox-abc123", Status::Unknown));
        assert!(
            CheckFacts::of(&r).browsers_unknown,
            "one unreadable profile"
        );
    }
}
