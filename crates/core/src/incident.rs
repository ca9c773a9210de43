//! Reporting an incident to the agency (the letter's third action): which kinds of incident the
//! user can pick, whom to tell (the profile's contact), and a prefilled e-mail.
//!
//! The e-mail is the one text this crate renders itself instead of handing out message ids: the
//! same bytes go into the `mailto:` URI and into the copy box the user falls back on when no mail
//! program is set up, so they are rendered once, here. What the mail may say about the computer
//! is limited by type: a [`CheckSummary`] holds finding codes, statuses, counts and a time —
//! never a path, a user name, a product detail or a password.

use serde::{Deserialize, Serialize};

use crate::checks::{CheckReport, LastCheck, Status};
use crate::profile::Profile;
use crate::{Lang, Localizer, Msg};

/// What went wrong, as the user picks it. The order is the order shown.
#[cfg_attr(test, derive(ts_rs::TS), ts(rename = "IncidentKind"))]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    /// The computer shows signs of malware.
    Malware,
    /// Someone else controls one of the user's accounts.
    Account,
    /// A password was given away, typed into a fake page, or lost.
    Password,
    /// A login notice from somewhere unknown, or an e-mail asking for a password.
    Suspicious,
    /// Something else, or the user is not sure: still worth reporting.
    Other,
}

impl Kind {
    pub const ALL: [Kind; 5] = [
        Kind::Malware,
        Kind::Account,
        Kind::Password,
        Kind::Suspicious,
        Kind::Other,
    ];

    /// Stable code: test ids (`incident-kind-<code>`) and message ids key on it.
    pub fn code(self) -> &'static str {
        match self {
            Kind::Malware => "malware",
            Kind::Account => "account",
            Kind::Password => "password",
            Kind::Suspicious => "suspicious",
            Kind::Other => "other",
        }
    }

    pub fn label(self) -> Msg {
        Msg::new(match self {
            Kind::Malware => "incident-kind-malware",
            Kind::Account => "incident-kind-account",
            Kind::Password => "incident-kind-password",
            Kind::Suspicious => "incident-kind-suspicious",
            Kind::Other => "incident-kind-other",
        })
    }

    /// The signs that tell this kind apart, in one sentence.
    pub fn hint(self) -> Msg {
        Msg::new(match self {
            Kind::Malware => "incident-kind-malware-hint",
            Kind::Account => "incident-kind-account-hint",
            Kind::Password => "incident-kind-password-hint",
            Kind::Suspicious => "incident-kind-suspicious-hint",
            Kind::Other => "incident-kind-other-hint",
        })
    }
}

/// One choice on the screen.
#[cfg_attr(test, derive(ts_rs::TS))]
#[derive(Clone, Debug, Serialize)]
pub struct KindChoice {
    pub code: Kind,
    pub label: Msg,
    pub hint: Msg,
}

pub fn kinds() -> Vec<KindChoice> {
    Kind::ALL
        .into_iter()
        .map(|k| KindChoice {
            code: k,
            label: k.label(),
            hint: k.hint(),
        })
        .collect()
}

/// What to do at once, in order: tell the contact (the letter's third request), change the
/// shared passwords from another computer, cut the suspect one off the network, keep the
/// evidence. Content decided here; the words are in `incident.ftl`.
pub fn do_now() -> Vec<Msg> {
    [
        "incident-now-report",
        "incident-now-password",
        "incident-now-disconnect",
        "incident-now-evidence",
    ]
    .into_iter()
    .map(Msg::new)
    .collect()
}

/// Whom to tell, with the profile's names in one language.
#[cfg_attr(test, derive(ts_rs::TS))]
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(test, ts(rename = "IncidentContact"))]
pub struct Contact {
    /// With the profile's honorific, as a letter writes it ("Ông Phạm Văn An").
    pub name: String,
    pub role: String,
    pub agency: String,
    /// As written in the profile: what "copy the number" copies.
    pub phone: String,
    /// Grouped to be read aloud and dialled ("0949 268 749"): what the card shows.
    pub phone_shown: String,
    pub email: String,
    /// The letter's date, as the language writes it: "the letter of 02/11/2023 asks…".
    pub letter_date: String,
}

impl Contact {
    pub fn of(profile: &Profile, lang: Lang) -> Self {
        let c = &profile.contact;
        Self {
            name: crate::advice::contact_name(profile, lang),
            role: c.role.get(lang).to_owned(),
            agency: profile.agency.name.get(lang).to_owned(),
            phone: c.phone.clone(),
            phone_shown: crate::advice::phone_shown(&c.phone),
            email: c.email.clone(),
            letter_date: Localizer::new(lang)
                .render(&crate::dates::iso_msg(&profile.document.date)),
        }
    }
}

/// Who reports, as far as the user said (both optional; nothing is stored).
#[cfg_attr(test, derive(ts_rs::TS))]
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[cfg_attr(test, ts(rename = "IncidentSender"))]
pub struct Sender {
    pub name: Option<String>,
    pub unit: Option<String>,
}

impl Sender {
    /// Longest name or unit copied into a mail.
    const MAX_LEN: usize = 60;

    /// Trimmed, on one line, cut to a sane length; empty is "not given".
    fn clean(value: &Option<String>) -> Option<String> {
        let one_line: String = value
            .as_deref()?
            .chars()
            .map(|c| if c.is_control() { ' ' } else { c })
            .take(Self::MAX_LEN)
            .collect();
        let trimmed = one_line.trim();
        (!trimmed.is_empty()).then(|| trimmed.to_owned())
    }
}

/// "Now", as the caller read it: the one [`crate::dates::Clock`]. The offset is the user's time
/// zone, so the dates in the mail are the ones on the user's calendar.
pub use crate::dates::Clock;

/// The local calendar date of `unix`, as `date-short`; `date-unknown` when it is not a real date
/// (a hostile recording's clock), never a panic.
fn date_of(now: Clock, unix: i64) -> Msg {
    now.day_of(unix)
        .map_or_else(crate::dates::unknown_msg, crate::dates::date_msg)
}

/// The local time of day of `unix`, `HH:MM`; `--:--` when it is not a real moment.
fn time_of(now: Clock, unix: i64) -> String {
    crate::dates::local(unix, now.utc_offset_minutes)
        .map_or_else(|| "--:--".to_owned(), |t| crate::dates::time_of_day(&t))
}

/// What the mail says about the last computer check. Built only through [`CheckSummary::of_report`]
/// or [`CheckSummary::of_last`], which copy check ids (fixed words of TựKiểm's own code), statuses
/// and a time, and nothing else.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CheckSummary {
    checked_at: i64,
    status: Status,
    /// `None` when only the date and overall status are known (a check from an earlier session).
    /// Each finding's check ([`crate::checks::Finding::check`]) and status.
    findings: Option<Vec<(&'static str, Status)>>,
    /// A password stealer Defender detected: its threat name and day (`YYYY-MM-DD`), from the
    /// `stealer-detections` finding's incident action. Never a file path.
    stealer: Option<(String, String)>,
}

/// At most this many findings are listed by code; the rest are counted. Keeps the `mailto:` URI
/// well under the ~2,000 characters some mail programs accept.
const MAX_LISTED: usize = 4;

impl CheckSummary {
    /// From a report of this session: each finding's code and status.
    pub fn of_report(report: &CheckReport) -> Self {
        Self {
            checked_at: report.checked_at,
            status: report.status,
            findings: Some(
                report
                    .findings
                    .iter()
                    .map(|f| (f.check, f.status))
                    .collect(),
            ),
            stealer: report
                .findings
                .iter()
                .flat_map(|f| &f.actions)
                .find_map(|a| match a {
                    // Only a detection names a threat; a look-alike's "report" action has none.
                    crate::checks::Action::OpenIncident {
                        threat, detected, ..
                    } if !threat.is_empty() => Some((safe_threat(threat), safe_day(detected))),
                    _ => None,
                }),
        }
    }

    /// From the remembered date and overall status of an earlier check.
    pub fn of_last(last: &LastCheck) -> Self {
        Self {
            checked_at: last.checked_at,
            status: last.status,
            findings: None,
            stealer: None,
        }
    }

    fn lines(&self, now: Clock, l: &Localizer) -> Vec<Msg> {
        let date = l.render(&date_of(now, self.checked_at));
        let time = time_of(now, self.checked_at);
        let Some(findings) = &self.findings else {
            return vec![
                Msg::new("incident-mail-check-overall")
                    .arg("time", time)
                    .arg("date", date)
                    .arg("status", l.render(&self.status.msg())),
            ];
        };
        // Worst first, as the check screen shows them; "ok" findings are only counted.
        let counts = [
            (Status::Critical, "incident-mail-count-critical"),
            (Status::Warning, "incident-mail-count-warning"),
            (Status::Unknown, "incident-mail-count-unknown"),
            (Status::Ok, "incident-mail-count-ok"),
        ]
        .into_iter()
        .filter_map(|(status, id)| {
            let n = findings.iter().filter(|(_, s)| *s == status).count();
            (n > 0).then(|| l.render(&Msg::new(id).arg("count", n)))
        })
        .collect::<Vec<_>>()
        .join(", ");
        let mut lines = vec![
            Msg::new("incident-mail-check")
                .arg("time", time)
                .arg("date", date)
                .arg("counts", counts),
        ];
        let mut listed: Vec<&(&'static str, Status)> =
            findings.iter().filter(|(_, s)| *s != Status::Ok).collect();
        listed.sort_by_key(|(_, s)| std::cmp::Reverse(*s));
        // Named in words, never by their English codes; one line per kind of check.
        let mut shown: Vec<(String, String)> = Vec::new();
        for (check, status) in listed {
            let line = (l.text(check_title(check)), l.render(&status.msg()));
            if !shown.contains(&line) {
                shown.push(line);
            }
        }
        let more = shown.len().saturating_sub(MAX_LISTED);
        for (title, status) in shown.into_iter().take(MAX_LISTED) {
            lines.push(
                Msg::new("incident-mail-finding")
                    .arg("title", title)
                    .arg("status", status),
            );
        }
        if more > 0 {
            lines.push(Msg::new("incident-mail-more").arg("count", more));
        }
        if let Some((threat, day)) = &self.stealer {
            lines.push(
                Msg::new("incident-mail-stealer")
                    .arg("threat", threat.clone())
                    // dd/mm/yyyy like every other date of the mail, not the ISO day.
                    .arg("date", crate::dates::iso_msg(day)),
            );
        }
        lines
    }
}

/// The check a finding came from, as the message id of its title (the same as the check's own
/// title). Titles of single browser profiles are not used: they carry the profile's name, which
/// is the user's, not the check's.
fn check_title(check: &str) -> &'static str {
    use crate::checks::{browsers::BrowserPasswordsCheck, extensions};
    match check {
        "antivirus" => "check-antivirus-title",
        "remote-access" => "check-remote-title",
        "stealer-detections" => "check-stealer-title",
        "hosts-file" => "check-hosts-title",
        "proxy" => "check-proxy-title",
        "run-box" => "posture-runbox-title",
        "windows-support" => "windows-support",
        "windows-updates" => "windows-updates",
        "firewall" => "posture-firewall-title",
        "smartscreen" => "posture-smartscreen-title",
        extensions::FINDING_ID => "check-extensions-title",
        BrowserPasswordsCheck::ID => "check-browsers-title",
        _ => "incident-mail-finding-other",
    }
}

/// A Defender threat name as it may appear in a mail (`Trojan:Win32/Lumma.RPX!MTB`): its own
/// alphabet only, else replaced.
fn safe_threat(name: &str) -> String {
    let ok = !name.is_empty()
        && name.len() <= 80
        && name.chars().all(|c| {
            c.is_ascii_alphanumeric() || matches!(c, ':' | '/' | '.' | '!' | '-' | '_' | '#' | '@')
        });
    if ok { name.to_owned() } else { "?".to_owned() }
}

/// `YYYY-MM-DD`, else "?".
fn safe_day(day: &str) -> String {
    let ok = day.len() == 10
        && day.bytes().enumerate().all(|(i, b)| {
            if i == 4 || i == 7 {
                b == b'-'
            } else {
                b.is_ascii_digit()
            }
        });
    if ok { day.to_owned() } else { "?".to_owned() }
}

/// The prefilled e-mail, rendered in one language.
#[cfg_attr(test, derive(ts_rs::TS))]
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(test, ts(rename = "IncidentMail"))]
pub struct Mail {
    pub to: String,
    pub subject: String,
    /// Lines separated by `\n`; [`Mail::mailto`] turns them into CRLF as RFC 6068 asks.
    pub body: String,
    /// What the copy box shows: the address and subject lines, a blank line, the body.
    pub text: String,
}

/// Composes the mail to the profile's contact. `check` is the last computer check, if any.
pub fn compose(
    profile: &Profile,
    lang: Lang,
    kind: Kind,
    now: Clock,
    check: Option<&CheckSummary>,
) -> Mail {
    compose_from(profile, lang, kind, now, check, &Sender::default())
}

/// [`compose`], signed with the sender's name and unit when the user gave them.
pub fn compose_from(
    profile: &Profile,
    lang: Lang,
    kind: Kind,
    now: Clock,
    check: Option<&CheckSummary>,
    sender: &Sender,
) -> Mail {
    let l = Localizer::new(lang);
    let contact = Contact::of(profile, lang);
    let kind_text = l.render(&kind.label());
    let (name, unit) = (Sender::clean(&sender.name), Sender::clean(&sender.unit));
    // "Something else, or not sure" is a choice on the screen, not a subject line: that kind's
    // mail is titled an incident of a kind not known yet.
    let (subject_id, subject_unit_id) = match kind {
        Kind::Other => (
            "incident-mail-subject-other",
            "incident-mail-subject-other-unit",
        ),
        _ => ("incident-mail-subject", "incident-mail-subject-unit"),
    };
    let subject = l.render(&match &unit {
        Some(unit) => Msg::new(subject_unit_id)
            .arg("kind", kind_text.as_str())
            .arg("unit", unit.as_str()),
        None => Msg::new(subject_id).arg("kind", kind_text.as_str()),
    });
    let intro = match (&name, &unit) {
        (Some(n), Some(u)) => Msg::new("incident-mail-intro-name-unit")
            .arg("name", n.as_str())
            .arg("unit", u.as_str()),
        (Some(n), None) => Msg::new("incident-mail-intro-name").arg("name", n.as_str()),
        (None, Some(u)) => Msg::new("incident-mail-intro-unit").arg("unit", u.as_str()),
        (None, None) => Msg::new("incident-mail-intro"),
    };

    // `None` is a blank line.
    let mut lines: Vec<Option<Msg>> = vec![
        Some(
            Msg::new("incident-mail-greeting")
                .arg("name", contact.name.as_str())
                .arg("role", contact.role.as_str())
                .arg("agency", contact.agency.as_str()),
        ),
        None,
        Some(intro),
        Some(Msg::new("incident-mail-kind").arg("kind", kind_text.as_str())),
        Some(Msg::new("incident-mail-date").arg("date", l.render(&date_of(now, now.unix)))),
    ];
    match check {
        Some(c) => lines.extend(c.lines(now, &l).into_iter().map(Some)),
        None => lines.push(Some(Msg::new("incident-mail-no-check"))),
    }
    lines.extend([
        None,
        Some(Msg::new("incident-mail-fill")),
        Some(Msg::new("incident-mail-fill-what")),
        Some(Msg::new("incident-mail-fill-done")),
        Some(Msg::new(if name.is_some() && unit.is_some() {
            "incident-mail-fill-phone"
        } else {
            "incident-mail-fill-sender"
        })),
        None,
        Some(Msg::new("incident-mail-closing")),
        Some(Msg::new("incident-mail-thanks")),
    ]);
    if let Some(n) = &name {
        lines.push(Some(
            Msg::new("incident-mail-signature").arg("name", n.as_str()),
        ));
    }
    if let Some(u) = &unit {
        lines.push(Some(
            Msg::new("incident-mail-signature").arg("name", u.as_str()),
        ));
    }
    let body = lines
        .iter()
        .map(|line| line.as_ref().map(|m| l.render(m)).unwrap_or_default())
        .collect::<Vec<_>>()
        .join("\n");
    let text = [
        l.render(&Msg::new("incident-text-to").arg("email", contact.email.as_str())),
        l.render(&Msg::new("incident-text-subject").arg("subject", subject.as_str())),
        String::new(),
        body.clone(),
    ]
    .join("\n");
    Mail {
        to: contact.email,
        subject,
        body,
        text,
    }
}

impl Mail {
    /// `mailto:<to>?subject=…&body=…` per RFC 6068: UTF-8, percent-encoded, CRLF line breaks.
    pub fn mailto(&self) -> String {
        // The profile validated one `@`; should the domain hold another, it is encoded.
        let to = match self.to.split_once('@') {
            Some((local, domain)) => format!("{}@{}", encode(local), encode(domain)),
            None => encode(&self.to),
        };
        let body = self.body.replace("\r\n", "\n").replace('\n', "\r\n");
        format!(
            "mailto:{to}?subject={}&body={}",
            encode(&self.subject),
            encode(&body)
        )
    }
}

/// Percent-encodes every byte of the UTF-8 text except RFC 3986 "unreserved" characters. That is
/// stricter than RFC 6068 requires (it allows some delimiters) and never wrong: `+` stays `%2B`
/// so no mail program reads it as a space, and `&`, `=`, `?`, `#`, `%` can never end a field.
pub fn encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len() * 3);
    for b in text.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~') {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

#[cfg(test)]
#[path = "incident_tests.rs"]
mod tests;
