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

use crate::checks::{CheckDigest, Status};
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

    /// The state in words ("Đạt", "Chưa kiểm tra"): the one place a state gets its message.
    pub fn msg(self) -> Msg {
        Msg::new(match self {
            State::Full => "score-state-full",
            State::Partial => "score-state-partial",
            State::None => "score-state-none",
            State::Unknown => "score-state-unknown",
            State::NotChecked => "score-state-not-checked",
        })
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
    /// The state in words ([`State::msg`]).
    pub state_word: Msg,
    pub earned: u32,
    pub possible: u32,
}

/// The screen where the person does an action (serialized as `{"screen": …}`).
#[cfg_attr(test, derive(ts_rs::TS))]
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "screen", rename_all = "snake_case")]
pub enum ActionScreen {
    Checks,
    Passwords { system: String },
}

#[cfg_attr(test, derive(ts_rs::TS))]
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ScoreAction {
    pub msg: Msg,
    /// Points the score would gain (at most; for "check", what the checks can give).
    pub gain: u32,
    pub target: ActionScreen,
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
    /// What the last check found ([`CheckDigest::of`]); `None` when the computer has not been
    /// checked.
    pub check: Option<CheckDigest>,
    /// Which systems were marked changed; `None` when there is no record at all (the CLI
    /// without the app's data folder): every system then earns nothing.
    pub checklist: Option<&'a Checklist>,
    /// Today as a day number (days since 1970-01-01) on the person's calendar
    /// ([`crate::dates::Clock::today_number`]), the calendar the checklist's dates are written in.
    pub today: i64,
    /// The language for system names inside messages.
    pub lang: Lang,
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
            state_word: state.msg(),
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
        state_word: state.msg(),
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
            target: ActionScreen::Checks,
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
                target: ActionScreen::Checks,
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
                (msg, ActionScreen::Passwords { system: id.clone() })
            }
            // Not checked: the one "check this computer" action covers it.
            _ if c.state == State::NotChecked => continue,
            (Part::Antivirus, _) => (Msg::new("score-action-antivirus"), ActionScreen::Checks),
            (Part::GovPasswords, _) => {
                (Msg::new("score-action-gov-passwords"), ActionScreen::Checks)
            }
            (Part::OtherPasswords, _) => (
                Msg::new("score-action-other-passwords"),
                ActionScreen::Checks,
            ),
            (Part::RemoteAccess, _) => {
                (Msg::new("score-action-remote-access"), ActionScreen::Checks)
            }
            (Part::StealerDetections, _) => {
                (Msg::new("score-action-stealer"), ActionScreen::Checks)
            }
            (Part::HostsFile, _) => (Msg::new("score-action-hosts"), ActionScreen::Checks),
            (Part::BrowserExtensions, _) => {
                (Msg::new("score-action-extensions"), ActionScreen::Checks)
            }
            (Part::Proxy, _) => (Msg::new("score-action-proxy"), ActionScreen::Checks),
            (Part::RunBox, _) => (Msg::new("score-action-run-box"), ActionScreen::Checks),
            (Part::WindowsSupport, _) => (
                Msg::new("score-action-windows-support"),
                ActionScreen::Checks,
            ),
            (Part::WindowsUpdates, _) => (
                Msg::new("score-action-windows-updates"),
                ActionScreen::Checks,
            ),
            (Part::Firewall, _) => (Msg::new("score-action-firewall"), ActionScreen::Checks),
            (Part::Smartscreen, _) => (Msg::new("score-action-smartscreen"), ActionScreen::Checks),
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
#[path = "score_tests.rs"]
mod tests;
