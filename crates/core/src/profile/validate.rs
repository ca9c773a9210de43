//! Checks a parsed profile for values TOML types cannot express: ids safe for file names, dates,
//! URLs that really are web addresses, a password rule that is at least the province's minimum.

use std::collections::HashSet;
use std::fmt;

use serde::Serialize;

use super::Profile;
use crate::Msg;

/// The shortest minimum length a profile may set: the province's letter asks for 8.
pub const MIN_PASSWORD_LENGTH_FLOOR: u32 = 8;
/// Longer minimums would lock users out of systems that cap password length.
pub const MIN_PASSWORD_LENGTH_CEILING: u32 = 64;
/// A password age beyond ten years is no rule at all.
pub const MAX_AGE_DAYS_CEILING: u32 = 3650;
/// A province's shared systems number in the tens; hundreds is already generous.
pub const MAX_SYSTEMS: usize = 500;
/// Characters in one text value: a name, a title or an address fits many times over.
pub const MAX_TEXT_CHARS: usize = 2_000;

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "reason", rename_all = "kebab-case")]
pub enum Reason {
    Empty,
    BadId,
    DuplicateId,
    NoSystems,
    BadDate,
    BadUrl,
    BadEmail,
    BadPhone,
    MinLengthOutOfRange,
    NoSpecials,
    SpecialsNotSymbols,
    BadHost,
    MaxAgeOutOfRange,
    BadFileName,
    /// Text longer than [`MAX_TEXT_CHARS`].
    TooLong,
    /// More systems than [`MAX_SYSTEMS`].
    TooManySystems,
    /// A bidirectional override or an invisible character (see [`crate::controls`]): the text
    /// shown would differ from the text used.
    HiddenCharacters,
}

impl Reason {
    pub fn msg(&self) -> Msg {
        match self {
            Reason::Empty => Msg::new("profile-reason-empty"),
            Reason::BadId => Msg::new("profile-reason-bad-id"),
            Reason::DuplicateId => Msg::new("profile-reason-duplicate-id"),
            Reason::NoSystems => Msg::new("profile-reason-no-systems"),
            Reason::BadDate => Msg::new("profile-reason-bad-date"),
            Reason::BadUrl => Msg::new("profile-reason-bad-url"),
            Reason::BadEmail => Msg::new("profile-reason-bad-email"),
            Reason::BadPhone => Msg::new("profile-reason-bad-phone"),
            Reason::MinLengthOutOfRange => Msg::new("profile-reason-min-length")
                .arg("floor", i64::from(MIN_PASSWORD_LENGTH_FLOOR))
                .arg("ceiling", i64::from(MIN_PASSWORD_LENGTH_CEILING)),
            Reason::NoSpecials => Msg::new("profile-reason-no-specials"),
            Reason::SpecialsNotSymbols => Msg::new("profile-reason-specials-not-symbols"),
            Reason::BadHost => Msg::new("profile-reason-bad-host"),
            Reason::MaxAgeOutOfRange => {
                Msg::new("profile-reason-max-age").arg("ceiling", i64::from(MAX_AGE_DAYS_CEILING))
            }
            Reason::BadFileName => Msg::new("profile-reason-bad-file-name"),
            Reason::TooLong => {
                Msg::new("profile-reason-too-long").arg("limit", MAX_TEXT_CHARS as i64)
            }
            Reason::TooManySystems => {
                Msg::new("profile-reason-too-many-systems").arg("limit", MAX_SYSTEMS as i64)
            }
            Reason::HiddenCharacters => Msg::new("profile-reason-hidden-characters"),
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Seg {
    Key(&'static str),
    /// A key found by walking the value (see [`text_problem`]).
    Name(String),
    Index(usize),
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FieldPath(pub Vec<Seg>);

impl fmt::Display for FieldPath {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, seg) in self.0.iter().enumerate() {
            match seg {
                Seg::Key(k) if i == 0 => write!(f, "{k}")?,
                Seg::Key(k) => write!(f, ".{k}")?,
                Seg::Name(k) if i == 0 => write!(f, "{k}")?,
                Seg::Name(k) => write!(f, ".{k}")?,
                Seg::Index(n) => write!(f, "[{n}]")?,
            }
        }
        Ok(())
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    pub path: FieldPath,
    pub reason: Reason,
}

fn problem(path: Vec<Seg>, reason: Reason) -> Problem {
    Problem {
        path: FieldPath(path),
        reason,
    }
}

use Seg::{Index, Key};

/// The first problem found. Caps and hidden characters come first and cover every text value
/// (so a field added to the format later is covered too, and a URL with a direction override is
/// named for what it is, not as a bad address); then each field in file order.
pub fn check(p: &Profile) -> Result<(), Problem> {
    if p.systems.len() > MAX_SYSTEMS {
        return Err(problem(vec![Key("systems")], Reason::TooManySystems));
    }
    text_problem(p)?;
    check_fields(p)
}

/// Every string of the profile, wherever it is: not longer than [`MAX_TEXT_CHARS`], and free of
/// bidi overrides and invisible characters (and of control characters but newline and tab).
fn text_problem(p: &Profile) -> Result<(), Problem> {
    // Serializing these plain structs cannot fail; if it ever did there is no text to check.
    let Ok(value) = serde_json::to_value(p) else {
        return Ok(());
    };
    let mut path = Vec::new();
    walk(&value, &mut path)
}

fn walk(value: &serde_json::Value, path: &mut Vec<Seg>) -> Result<(), Problem> {
    use serde_json::Value;
    match value {
        Value::String(s) => {
            if s.chars().count() > MAX_TEXT_CHARS {
                return Err(problem(path.clone(), Reason::TooLong));
            }
            if s.chars().any(crate::controls::is_terminal_unsafe) {
                return Err(problem(path.clone(), Reason::HiddenCharacters));
            }
            Ok(())
        }
        Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                path.push(Index(i));
                walk(item, path)?;
                path.pop();
            }
            Ok(())
        }
        Value::Object(map) => {
            for (key, item) in map {
                path.push(Seg::Name(key.clone()));
                walk(item, path)?;
                path.pop();
            }
            Ok(())
        }
        Value::Null | Value::Bool(_) | Value::Number(_) => Ok(()),
    }
}

fn check_fields(p: &Profile) -> Result<(), Problem> {
    if !is_id(&p.id) {
        return Err(problem(vec![Key("id")], Reason::BadId));
    }
    for (path, value) in [
        (
            vec![Key("agency"), Key("name"), Key("vi")],
            &p.agency.name.vi,
        ),
        (
            vec![Key("agency"), Key("name"), Key("en")],
            &p.agency.name.en,
        ),
        (
            vec![Key("agency"), Key("province"), Key("vi")],
            &p.agency.province.vi,
        ),
        (
            vec![Key("agency"), Key("province"), Key("en")],
            &p.agency.province.en,
        ),
        (
            vec![Key("document"), Key("issuer"), Key("vi")],
            &p.document.issuer.vi,
        ),
        (
            vec![Key("document"), Key("issuer"), Key("en")],
            &p.document.issuer.en,
        ),
        (
            vec![Key("document"), Key("signer_name")],
            &p.document.signer_name,
        ),
        (vec![Key("contact"), Key("name")], &p.contact.name),
        (
            vec![Key("contact"), Key("role"), Key("vi")],
            &p.contact.role.vi,
        ),
        (
            vec![Key("contact"), Key("role"), Key("en")],
            &p.contact.role.en,
        ),
    ] {
        if value.trim().is_empty() {
            return Err(problem(path, Reason::Empty));
        }
    }
    if crate::profile::parse_iso_date(&p.document.date).is_none() {
        return Err(problem(vec![Key("document"), Key("date")], Reason::BadDate));
    }
    if !is_file_name(&p.document.original_text) {
        return Err(problem(
            vec![Key("document"), Key("original_text")],
            Reason::BadFileName,
        ));
    }
    if let Some(h) = &p.contact.honorific {
        for (lang, value) in [("vi", &h.vi), ("en", &h.en)] {
            if value.trim().is_empty() {
                return Err(problem(
                    vec![Key("contact"), Key("honorific"), Key(lang)],
                    Reason::Empty,
                ));
            }
        }
    }
    if !is_phone(&p.contact.phone) {
        return Err(problem(
            vec![Key("contact"), Key("phone")],
            Reason::BadPhone,
        ));
    }
    if !is_email(&p.contact.email) {
        return Err(problem(
            vec![Key("contact"), Key("email")],
            Reason::BadEmail,
        ));
    }
    if p.systems.is_empty() {
        return Err(problem(vec![Key("systems")], Reason::NoSystems));
    }
    let mut seen = HashSet::new();
    for (i, s) in p.systems.iter().enumerate() {
        let at = |k| vec![Key("systems"), Index(i), k];
        if !is_id(&s.id) {
            return Err(problem(at(Key("id")), Reason::BadId));
        }
        if !seen.insert(s.id.as_str()) {
            return Err(problem(at(Key("id")), Reason::DuplicateId));
        }
        if s.name.vi.trim().is_empty() || s.name.en.trim().is_empty() {
            let lang = if s.name.vi.trim().is_empty() {
                "vi"
            } else {
                "en"
            };
            return Err(problem(
                vec![Key("systems"), Index(i), Key("name"), Key(lang)],
                Reason::Empty,
            ));
        }
        for (key, url) in [
            ("login_url", &s.login_url),
            ("change_password_url", &s.change_password_url),
        ] {
            if !url.is_empty() && !is_web_url(url) {
                return Err(problem(at(Key(key)), Reason::BadUrl));
            }
        }
    }
    for (i, host) in p.official_hosts.iter().enumerate() {
        if !is_host_name(host) {
            return Err(problem(
                vec![Key("official_hosts"), Index(i)],
                Reason::BadHost,
            ));
        }
    }
    let rule = &p.password_rule;
    if !(MIN_PASSWORD_LENGTH_FLOOR..=MIN_PASSWORD_LENGTH_CEILING).contains(&rule.min_length) {
        return Err(problem(
            vec![Key("password_rule"), Key("min_length")],
            Reason::MinLengthOutOfRange,
        ));
    }
    if rule.require_special && rule.specials.is_empty() {
        return Err(problem(
            vec![Key("password_rule"), Key("specials")],
            Reason::NoSpecials,
        ));
    }
    if rule
        .specials
        .chars()
        .any(|c| c.is_alphanumeric() || c.is_whitespace() || c.is_control())
    {
        return Err(problem(
            vec![Key("password_rule"), Key("specials")],
            Reason::SpecialsNotSymbols,
        ));
    }
    if rule
        .max_age_days
        .is_some_and(|d| !(1..=MAX_AGE_DAYS_CEILING).contains(&d))
    {
        return Err(problem(
            vec![Key("password_rule"), Key("max_age_days")],
            Reason::MaxAgeOutOfRange,
        ));
    }
    if !p.valid_as_of.is_empty() && crate::profile::parse_iso_date(&p.valid_as_of).is_none() {
        return Err(problem(vec![Key("valid_as_of")], Reason::BadDate));
    }
    Ok(())
}

/// A host name as the link check reads it (`qlvb.namdinh.vn`): no scheme, path or port, not
/// an IP address.
pub(crate) fn is_host_name(s: &str) -> bool {
    s.contains('.')
        && !s.contains(['/', ':', '@', '?', '#'])
        && crate::links::host::parse_host(s)
            .is_ok_and(|h| h.kind == crate::links::host::HostKind::Name)
}

/// Empty, or a plain `.txt` file name: the original text is read beside the profile and nowhere
/// else, so no folder part, no `..`, no drive.
fn is_file_name(s: &str) -> bool {
    s.is_empty()
        || (s.len() <= 128
            && s.ends_with(".txt")
            && !s.starts_with('.')
            && s.chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.')))
}

fn is_id(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= 64
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !s.starts_with('-')
}

/// Only plain web addresses: a profile URL is opened in the user's browser, so `javascript:`,
/// `file:` and friends are refused.
pub(crate) fn is_web_url(s: &str) -> bool {
    let rest = s
        .strip_prefix("https://")
        .or_else(|| s.strip_prefix("http://"));
    match rest {
        Some(rest) => {
            let host = rest.split(['/', '?', '#']).next().unwrap_or_default();
            !host.is_empty()
                && !s.chars().any(|c| {
                    c.is_whitespace() || c.is_control() || crate::controls::is_bidi_or_invisible(c)
                })
        }
        None => false,
    }
}

fn is_email(s: &str) -> bool {
    let Some((local, domain)) = s.split_once('@') else {
        return false;
    };
    !local.is_empty() && domain.contains('.') && !s.chars().any(char::is_whitespace)
}

/// Digits with optional spaces, dots, dashes and a leading `+` (Vietnamese numbers are written
/// `0949 268 749`, `0949.268.749` or `+84 949 268 749`).
fn is_phone(s: &str) -> bool {
    let digits = s.chars().filter(char::is_ascii_digit).count();
    let allowed = s
        .char_indices()
        .all(|(i, c)| c.is_ascii_digit() || matches!(c, ' ' | '.' | '-') || (c == '+' && i == 0));
    allowed && (8..=15).contains(&digits)
}
