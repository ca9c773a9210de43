//! The verdict on one link: `official`, `lookalike`, `not_official` or `invalid`, with stable
//! reason codes and, for a look-alike, the official address it imitates.
//!
//! Rules, in the order they are tried:
//! 1. not a web address (other scheme, no host, bad name) → `invalid`;
//! 2. a site the Department's bundle reported as a fake (or its sub-domain) → `lookalike`, with
//!    the report's date and source;
//! 3. under `gov.vn`, a listed host (a national system, a state company's or state media's own
//!    site) or a profile host → `official`;
//! 4. look-alike signs, all collected: a user name before `@` that names a host or a system;
//!    `gov.vn` not at the end (`dichvucong.gov.vn.example.com`), hyphenated or glued
//!    (`gov-vn`, `govvn`, `vngov`) or mistyped (`gov.vm`), `gov` as a domain of its own
//!    (`vietnamvisa.govt.vn`); a whole host one letter from an official one; a state name from
//!    the lexicon in a label (`bhxh.co`, `csgt-online.top`), weighed by where it sits (module
//!    `names`): glued to `gov` (`gplxgov.org`), to a lure word (`tracuugplx.vn`, `evnvaytien`)
//!    or to other names (`dichvucongbaohiemxahoi.com`), or with one letter added, dropped,
//!    swapped or replaced (`dichvucongs.top`) — a word of a long title is not a name; letters
//!    of other scripts or Vietnamese marks that make a name read like an official one; an IP
//!    address or a `…gov.vn` path segment standing in for a system;
//! 5. a name whose top-level domain does not exist → `invalid`; anything else → `not_official`.
//!
//! When the bundle's lists are old on the day of the check, a `lookalike` or `not_official`
//! verdict says so (`lists_old`): a recent fake may be missing from them.


use serde::Serialize;

use super::extract::find_links;
use super::host::{self, HostError, HostKind, Link};
use super::host_rules::host_rules;
use super::names::name_match;
use super::official::{Official, Officials};
use crate::Msg;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    Official,
    Lookalike,
    NotOfficial,
    Invalid,
}

impl Verdict {
    pub fn code(self) -> &'static str {
        match self {
            Verdict::Official => "official",
            Verdict::Lookalike => "lookalike",
            Verdict::NotOfficial => "not_official",
            Verdict::Invalid => "invalid",
        }
    }

    /// The verdict in a few words (`links-verdict-official` …).
    pub fn msg(self) -> Msg {
        Msg::new(&format!("links-verdict-{}", self.code().replace('_', "-")))
    }
}

/// Why a verdict was given. Codes are stable (the CLI's JSON, the UI's messages).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Reason {
    // official
    GovVn,
    ListedOfficial,
    StateCompany,
    StateMedia,
    ProfileOfficial,
    // lookalike
    ReportedFake,
    UserinfoTrick,
    GovVnNotAtEnd,
    GovVnHyphenated,
    GovVnMistyped,
    GovAsDomain,
    GovGlued,
    OneLetterFromOfficial,
    NameInSubdomain,
    NameInDomain,
    NameWithLure,
    TypoAdded,
    TypoDropped,
    TypoSwapped,
    TypoReplaced,
    ConfusableCharacters,
    IdnRendersLikeOfficial,
    IpAddress,
    NameInPath,
    // not_official
    NotGovVn,
    // lookalike and not_official, when the bundle's lists are old
    ListsOld,
    // invalid
    NoLink,
    NotWebScheme,
    BadHost,
    UnknownSuffix,
}

impl Reason {
    pub const ALL: [Reason; 30] = [
        Reason::GovVn,
        Reason::ListedOfficial,
        Reason::StateCompany,
        Reason::StateMedia,
        Reason::ProfileOfficial,
        Reason::ReportedFake,
        Reason::UserinfoTrick,
        Reason::GovVnNotAtEnd,
        Reason::GovVnHyphenated,
        Reason::GovVnMistyped,
        Reason::GovAsDomain,
        Reason::GovGlued,
        Reason::OneLetterFromOfficial,
        Reason::NameInSubdomain,
        Reason::NameInDomain,
        Reason::NameWithLure,
        Reason::TypoAdded,
        Reason::TypoDropped,
        Reason::TypoSwapped,
        Reason::TypoReplaced,
        Reason::ConfusableCharacters,
        Reason::IdnRendersLikeOfficial,
        Reason::IpAddress,
        Reason::NameInPath,
        Reason::NotGovVn,
        Reason::ListsOld,
        Reason::NoLink,
        Reason::NotWebScheme,
        Reason::BadHost,
        Reason::UnknownSuffix,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Reason::GovVn => "gov_vn",
            Reason::ListedOfficial => "listed_official",
            Reason::StateCompany => "state_company",
            Reason::StateMedia => "state_media",
            Reason::ProfileOfficial => "profile_official",
            Reason::ReportedFake => "reported_fake",
            Reason::UserinfoTrick => "userinfo_trick",
            Reason::GovVnNotAtEnd => "gov_vn_not_at_end",
            Reason::GovVnHyphenated => "gov_vn_hyphenated",
            Reason::GovVnMistyped => "gov_vn_mistyped",
            Reason::GovAsDomain => "gov_as_domain",
            Reason::GovGlued => "gov_glued",
            Reason::OneLetterFromOfficial => "one_letter_from_official",
            Reason::NameInSubdomain => "name_in_subdomain",
            Reason::NameInDomain => "name_in_domain",
            Reason::NameWithLure => "name_with_lure",
            Reason::TypoAdded => "typo_added",
            Reason::TypoDropped => "typo_dropped",
            Reason::TypoSwapped => "typo_swapped",
            Reason::TypoReplaced => "typo_replaced",
            Reason::ConfusableCharacters => "confusable_characters",
            Reason::IdnRendersLikeOfficial => "idn_renders_like_official",
            Reason::IpAddress => "ip_address",
            Reason::NameInPath => "name_in_path",
            Reason::NotGovVn => "not_gov_vn",
            Reason::ListsOld => "lists_old",
            Reason::NoLink => "no_link",
            Reason::NotWebScheme => "not_web_scheme",
            Reason::BadHost => "bad_host",
            Reason::UnknownSuffix => "unknown_suffix",
        }
    }

    /// The reason in plain words (`links-reason-gov-vn` …).
    pub fn msg(self) -> Msg {
        Msg::new(&format!("links-reason-{}", self.code().replace('_', "-")))
    }
}

/// One link and what TựKiểm makes of it: the `tukiem-cli link --json` object.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct LinkCheck {
    /// The link as written in the message.
    pub input: String,
    /// Where it really goes (lower-case ASCII; `None` when there is no host).
    pub host: Option<String>,
    pub verdict: Verdict,
    pub reasons: Vec<Reason>,
    /// The official host a look-alike imitates, when it is known.
    pub imitates: Option<String>,
    /// What the reasons' words name (the state name borrowed, the report); not in the JSON.
    #[serde(skip)]
    pub detail: Detail,
}

/// What a verdict's reasons name, for the words a person reads.
#[derive(Clone, Debug, Default, PartialEq, Eq, PartialOrd, Ord)]
pub struct Detail {
    /// The state name a look-alike borrows.
    pub borrowed: Option<Borrowed>,
    /// The lure word glued to it (`tracuu`, `vay` …).
    pub lure: Option<String>,
    /// The Department's report: `(date, source)`.
    pub reported: Option<(String, String)>,
    /// The bundle's "old after" day, when its lists are old.
    pub lists_old_after: Option<String>,
}

/// A state name found in a look-alike.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Borrowed {
    /// As written in the lexicon (`csgt`).
    pub word: String,
    /// The lexicon body (`links-body-<id>`); `None` for a profile's system.
    pub body: Option<String>,
    /// A short form (acronym).
    pub short: bool,
}

/// Every link in a message, in order; a message without one gives one `invalid` entry.
pub fn check_text(officials: &Officials, text: &str) -> Vec<LinkCheck> {
    let links = find_links(text);
    if links.is_empty() {
        return vec![LinkCheck {
            input: text.trim().to_owned(),
            host: None,
            verdict: Verdict::Invalid,
            reasons: vec![Reason::NoLink],
            imitates: None,
            detail: Detail::default(),
        }];
    }
    links
        .into_iter()
        .map(|range| check_link(officials, &text[range]))
        .collect()
}

/// The verdict on one link as written (`https://…`, `www.…` or a bare host with a path).
pub fn check_link(officials: &Officials, input: &str) -> LinkCheck {
    let invalid = |reason| LinkCheck {
        input: input.to_owned(),
        host: None,
        verdict: Verdict::Invalid,
        reasons: vec![reason],
        imitates: None,
        detail: Detail::default(),
    };
    let link = match host::parse_link(input) {
        Ok(link) => link,
        Err(HostError::NotWeb) => return invalid(Reason::NotWebScheme),
        Err(_) => return invalid(Reason::BadHost),
    };
    let mut check = judge(officials, &link, true);
    check.input = input.to_owned();
    check
}

/// Collected look-alike signs.
#[derive(Default)]
pub(super) struct Signs {
    pub reasons: Vec<Reason>,
    pub imitates: Option<String>,
    pub detail: Detail,
}

impl Signs {
    pub(super) fn add(&mut self, reason: Reason, imitates: Option<&str>) {
        if !self.reasons.contains(&reason) {
            self.reasons.push(reason);
        }
        if self.imitates.is_none() {
            self.imitates = imitates.map(str::to_owned);
        }
    }
}

pub(super) fn judge(officials: &Officials, link: &Link<'_>, with_path: bool) -> LinkCheck {
    let host = &link.host;
    let verdict = |verdict, reasons, imitates, detail| LinkCheck {
        input: String::new(),
        host: Some(host.ascii.clone()),
        verdict,
        reasons,
        imitates,
        detail,
    };
    let mut signs = Signs::default();
    signs.detail.lists_old_after = officials.lists_old_after().map(str::to_owned);
    let reported = match host.kind {
        HostKind::Name => officials.reported_fake(&host.ascii),
        _ => None,
    };
    if let Some(fake) = reported {
        // The Department names what the fake imitates: an address, or the body in words.
        let imitates = host::parse_host(fake.imitates.trim())
            .ok()
            .filter(|h| h.kind == HostKind::Name && h.ascii.contains('.'))
            .map(|h| h.ascii);
        signs.add(Reason::ReportedFake, imitates.as_deref());
        signs.detail.reported = Some((fake.date.clone(), fake.source.clone()));
    } else if host.kind == HostKind::Name
        && let Some(official) = officials.official(&host.ascii)
    {
        let reason = match official {
            Official::GovVn => Reason::GovVn,
            Official::Listed => Reason::ListedOfficial,
            Official::StateCompany => Reason::StateCompany,
            Official::StateMedia => Reason::StateMedia,
            Official::Profile => Reason::ProfileOfficial,
        };
        return verdict(Verdict::Official, vec![reason], None, Detail::default());
    }

    if let Some(userinfo) = link.userinfo {
        userinfo_rule(officials, userinfo, &mut signs);
    }
    match host.kind {
        HostKind::Name => host_rules(officials, host, &mut signs),
        HostKind::Ipv4(_) | HostKind::Ipv6(_) => {}
    }
    let ip = host.kind != HostKind::Name;
    if with_path {
        path_rule(officials, link.path, ip, &mut signs);
    }
    let old = signs.detail.lists_old_after.is_some();
    if !signs.reasons.is_empty() {
        if ip {
            signs.reasons.insert(0, Reason::IpAddress);
        }
        if old {
            signs.reasons.push(Reason::ListsOld);
        }
        return verdict(
            Verdict::Lookalike,
            signs.reasons,
            signs.imitates,
            signs.detail,
        );
    }
    let mut reasons = if ip {
        vec![Reason::IpAddress, Reason::NotGovVn]
    } else if !psl::suffix(host.ascii.as_bytes()).is_some_and(|s| s.is_known()) {
        return verdict(
            Verdict::Invalid,
            vec![Reason::UnknownSuffix],
            None,
            Detail::default(),
        );
    } else {
        vec![Reason::NotGovVn]
    };
    if old {
        reasons.push(Reason::ListsOld);
    }
    let detail = Detail {
        lists_old_after: signs.detail.lists_old_after,
        ..Detail::default()
    };
    verdict(Verdict::NotOfficial, reasons, None, detail)
}

/// `https://dichvucong.gov.vn@evil.example/`: the browser goes to `evil.example`, the reader
/// sees the portal. A user name that is a host name or holds a system's name is a trick.
fn userinfo_rule(officials: &Officials, userinfo: &str, signs: &mut Signs) {
    let user = userinfo.split(':').next().unwrap_or_default();
    if let Ok(named) = host::parse_host(user)
        && named.kind == HostKind::Name
        && named.ascii.contains('.')
    {
        let imitates = officials
            .official(&named.ascii)
            .map(|_| named.ascii.clone())
            .or_else(|| {
                name_match(officials, &named.unicode).and_then(|m| m.name.imitates.clone())
            });
        signs.add(Reason::UserinfoTrick, imitates.as_deref());
        return;
    }
    if let Some(m) = name_match(officials, user) {
        signs.add(Reason::UserinfoTrick, m.name.imitates.as_deref());
    }
}

/// A path segment that is a `….gov.vn` host (`evil.example/dichvucong.gov.vn/login`), or, on an
/// IP address, one that names a system (`103.9.76.10/dichvucong`).
fn path_rule(officials: &Officials, path: &str, ip: bool, signs: &mut Signs) {
    let path = path.split(['?', '#']).next().unwrap_or_default();
    for segment in path.split(['/', '\\']).filter(|s| !s.is_empty()) {
        let lower = segment.to_ascii_lowercase();
        // A host name as a whole segment, not a word of an article's title
        // (`…/canh-bao-trang-dichvucong.gov.vn.html` is a news page).
        if lower.ends_with(".gov.vn")
            && let Ok(named) = host::parse_host(&lower)
            && named.kind == HostKind::Name
        {
            let named = named.ascii;
            let imitates = officials.known_host(&named).unwrap_or(&named).to_owned();
            signs.add(Reason::NameInPath, Some(&imitates));
            return;
        }
        if ip && let Some(m) = name_match(officials, segment) {
            signs.add(Reason::NameInPath, m.name.imitates.as_deref());
            return;
        }
    }
}
