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

use std::borrow::Cow;

use serde::Serialize;

use super::extract::find_links;
use super::fold::{Folded, fold_label};
use super::host::{self, Host, HostError, HostKind, Link};
use super::names::{Edit, How, TYPO_MIN, name_in_labels, name_match, one_edit};
use super::official::{GOV_VN, Official, Officials, is_under, letter_set};
use crate::Msg;

#[cfg_attr(test, derive(ts_rs::TS))]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(test, ts(rename = "LinkVerdict"))]
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
#[cfg_attr(test, derive(ts_rs::TS))]
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(test, ts(rename = "LinkReason"))]
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
#[cfg_attr(test, derive(ts_rs::TS))]
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

/// A saved login's host is a look-alike of an official system: the host and what it imitates.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Lookalike {
    pub host: String,
    pub imitates: Option<String>,
    /// Why, as the link check says it (`present::reason_text` words each).
    pub reasons: Vec<Reason>,
    pub detail: Detail,
}

/// For the saved-password check: is the site a browser saved a login for (its origin, Chromium
/// `origin_url` / Firefox `hostname`) a look-alike of an official system? Only the host counts —
/// an internal system on an IP address with "dichvucong" in its path is not a fake.
///
/// The browser check asks this for every saved login (tens of thousands on a big profile), and
/// nearly all are ordinary sites: a plain host that no rule could call a look-alike is answered
/// without being built ([`surely_no_signs`]); the rest go through the full rules.
pub fn saved_login_lookalike(url: &str) -> Option<Lookalike> {
    SavedSite::of(url)?.lookalike()
}

/// What of a saved login's URL the look-alike question depends on: the user name before `@`
/// and the host, as written. Logins with equal sites get equal answers, so a caller with many
/// logins for the same site (one per account; Chromium's two URL columns) asks once per site.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct SavedSite<'a> {
    pub userinfo: Option<&'a str>,
    pub host: &'a str,
}

impl<'a> SavedSite<'a> {
    /// The site of a saved URL; `None` when it is not a web address (never a look-alike).
    pub fn of(url: &'a str) -> Option<SavedSite<'a>> {
        let (userinfo, host, _) = host::split_link(url).ok()?;
        Some(SavedSite { userinfo, host })
    }

    /// [`saved_login_lookalike`] for this site, against the built-in names and hosts.
    pub fn lookalike(&self) -> Option<Lookalike> {
        self.lookalike_in(Officials::builtin())
    }

    /// [`saved_login_lookalike`] for this site, against `officials` (with a profile: its hosts,
    /// its systems' names and the bundle's reported fakes) — the link check's own rules.
    pub fn lookalike_in(&self, officials: &Officials) -> Option<Lookalike> {
        if self.userinfo.is_none()
            && officials.reported_fake(self.host).is_none()
            && surely_no_signs(officials, self.host)
        {
            return None;
        }
        let link = Link {
            userinfo: self.userinfo,
            host: host::parse_host(self.host).ok()?,
            path: "",
        };
        let check = judge(officials, &link, false);
        (check.verdict == Verdict::Lookalike).then(|| Lookalike {
            host: check.host.unwrap_or_default(),
            imitates: check.imitates,
            reasons: check.reasons,
            detail: check.detail,
        })
    }
}

/// True when `raw`, a host as written, is a plain lower-case ASCII name on which no rule of
/// [`host_rules`] can fire — decided from cheap necessary conditions of each rule, without
/// parsing, folding or the public-suffix list. For such a name `parse_host` gives the same text
/// back (nothing to map or decode) and folding changes nothing, so the conditions can be read
/// on `raw` itself. `false` means "not decided here", never "a look-alike". Keep each test in
/// step with its rule: `the_saved_login_shortcut_agrees_with_the_full_rules` compares both over
/// every name's and host's one-letter variants.
fn surely_no_signs(officials: &Officials, raw: &str) -> bool {
    let plain = raw.len() <= host::MAX_HOST
        && raw
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'.' || b == b'-')
        && raw
            .split('.')
            .all(|l| !l.is_empty() && l.len() <= 63 && !l.starts_with("xn--"));
    // A last label of letters only: a name, never one of the URL standard's IPv4 numbers.
    let name = raw
        .rsplit('.')
        .next()
        .is_some_and(|last| last.bytes().all(|b| b.is_ascii_lowercase()));
    if !plain || !name {
        return false;
    }
    // `gov.vn` not at the end, hyphenated or glued into a name: every spelling holds "gov".
    if raw.contains("gov") {
        return false;
    }
    // A mistyped `gov.vn` at the end (`gov.vm`, `g0v.vn`).
    let tail_start = raw
        .rsplit_once('.')
        .and_then(|(front, _)| front.rfind('.'))
        .map_or(0, |at| at + 1);
    if one_edit(&raw[tail_start..], GOV_VN).is_some() {
        return false;
    }
    // An official host outside gov.vn, or one letter from one.
    if officials
        .hosts_outside_gov_vn()
        .any(|o| o == raw || one_edit(raw, o).is_some())
    {
        return false;
    }
    // A name that counts in a label (whole, inside, glued, or in the label read without its
    // hyphens and digits) is inside the label's letters run together; a long name one edit
    // away lacks at most one of its letters (short names match only as written).
    raw.split('.').all(|label| {
        let present = letter_set(label);
        let mut joined: Option<String> = None;
        officials.names().iter().all(|n| {
            let lacking = (n.letters & !present).count_ones();
            if lacking > 1 || (lacking == 1 && n.word.len() < TYPO_MIN) {
                return true;
            }
            if n.word.len() >= TYPO_MIN {
                return false;
            }
            let joined = joined
                .get_or_insert_with(|| label.chars().filter(|c| c.is_ascii_lowercase()).collect());
            !joined.contains(n.word.as_str())
        })
    })
}

/// Collected look-alike signs.
#[derive(Default)]
struct Signs {
    reasons: Vec<Reason>,
    imitates: Option<String>,
    detail: Detail,
}

impl Signs {
    fn add(&mut self, reason: Reason, imitates: Option<&str>) {
        if !self.reasons.contains(&reason) {
            self.reasons.push(reason);
        }
        if self.imitates.is_none() {
            self.imitates = imitates.map(str::to_owned);
        }
    }
}

fn judge(officials: &Officials, link: &Link<'_>, with_path: bool) -> LinkCheck {
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

fn host_rules(officials: &Officials, host: &Host, signs: &mut Signs) {
    let ascii = host.ascii.as_str();
    let labels: Vec<&str> = ascii.split('.').collect();
    let shown: Vec<&str> = host.unicode.split('.').collect();
    let (source, folded): (&str, Vec<Folded>) = if shown.len() == labels.len() {
        (&host.unicode, shown.iter().map(|l| fold_label(l)).collect())
    } else {
        (ascii, labels.iter().map(|l| fold_label(l)).collect())
    };
    // Labels that needed no folding are slices of `source`: then so is the whole.
    let folded_host: Cow<str> = if folded.iter().all(|f| matches!(f.text, Cow::Borrowed(_))) {
        Cow::Borrowed(source)
    } else {
        Cow::Owned(
            folded
                .iter()
                .map(|f| f.text.as_ref())
                .collect::<Vec<_>>()
                .join("."),
        )
    };
    let idn = labels.iter().any(|l| l.starts_with("xn--"));
    let names = name_in_labels(officials, ascii, &folded);
    let names_imitate = names.as_ref().and_then(|m| m.name.imitates.clone());

    // `gov.vn` somewhere but not at the end.
    let dotted = format!(".{folded_host}.");
    if let Some(at) = dotted.find(".gov.vn.")
        && at + ".gov.vn.".len() < dotted.len()
    {
        let prefix = &dotted[1..at + ".gov.vn".len()];
        let imitates = (prefix != GOV_VN)
            .then(|| officials.known_host(prefix).unwrap_or(prefix).to_owned())
            .or(names_imitate.clone());
        signs.add(Reason::GovVnNotAtEnd, imitates.as_deref());
    }
    // `gov-vn`, `govvn`, `gov.vn-…`: the suffix written into a name.
    if [
        "gov-vn", "govvn", "gov_vn", ".gov.vn-", "-gov.vn", "vngov", "govn", "vn-gov",
    ]
    .iter()
    .any(|p| dotted.contains(p))
    {
        signs.add(Reason::GovVnHyphenated, names_imitate.as_deref());
    }
    // Ends in something that reads as `gov.vn` but is not: `gov.vm`, `g0v.vn`, `gоv.vn`.
    let n = folded.len();
    // Both tests below need a tail of 5 to 7 characters (`gov.vn` is 6): most hosts have
    // none, and skip building the strings.
    if labels.len() >= 2
        && (5..=7).contains(
            &(folded[n - 2].text.chars().count() + 1 + folded[n - 1].text.chars().count()),
        )
    {
        let tail = format!("{}.{}", folded[n - 2].text, folded[n - 1].text);
        let front = folded[..n - 2]
            .iter()
            .map(|f| f.text.as_ref())
            .collect::<Vec<_>>();
        let real = if front.is_empty() {
            GOV_VN.to_owned()
        } else {
            format!("{}.{GOV_VN}", front.join("."))
        };
        let real = officials
            .known_host(&real)
            .map(str::to_owned)
            .unwrap_or(real);
        let real = real.is_ascii().then_some(real);
        if tail == GOV_VN && !is_under(ascii, GOV_VN) {
            signs.add(Reason::GovVnMistyped, real.as_deref());
            signs.add(Reason::ConfusableCharacters, None);
        } else if let Some(edit) = one_edit(&tail, GOV_VN)
            && !front.is_empty()
            && !another_governments_suffix(ascii, &tail)
        {
            signs.add(Reason::GovVnMistyped, real.as_deref());
            signs.add(typo_reason(edit), None);
        }
    }
    // A whole host that reads like, or is one letter from, an official one not under gov.vn.
    for official in officials.hosts_outside_gov_vn() {
        if folded_host.as_ref() == official && ascii != official {
            signs.add(Reason::ConfusableCharacters, Some(official));
        } else if let Some(edit) = one_edit(&folded_host, official) {
            signs.add(Reason::OneLetterFromOfficial, Some(official));
            signs.add(typo_reason(edit), None);
        }
    }
    gov_as_domain(ascii, &folded, names_imitate.as_deref(), signs);
    if let Some(m) = names {
        let reason = match m.how {
            How::Typo(edit) => typo_reason(edit),
            _ if m.in_subdomain => Reason::NameInSubdomain,
            _ => Reason::NameInDomain,
        };
        signs.add(reason, m.name.imitates.as_deref());
        if m.with_gov && m.how != How::Exact {
            signs.add(Reason::GovGlued, None);
        }
        if let Some(lure) = m.lure {
            signs.add(Reason::NameWithLure, None);
            signs.detail.lure = Some(lure.to_owned());
        }
        if m.confusable {
            signs.add(Reason::ConfusableCharacters, None);
        }
        signs.detail.borrowed = Some(Borrowed {
            word: m.name.word.clone(),
            body: m.name.body.clone(),
            short: m.name.short,
        });
    }
    if idn && !signs.reasons.is_empty() {
        signs.add(Reason::IdnRendersLikeOfficial, None);
    }
}

/// `vietnamvisa.govt.vn`, `dichvucong.gov.com`: `gov` (or `govt`) is the name registered under
/// a suffix that is not a government's, so anyone could have registered it.
fn gov_as_domain(ascii: &str, folded: &[Folded], imitates: Option<&str>, signs: &mut Signs) {
    let suffix_labels = psl::suffix(ascii.as_bytes())
        .map(|s| s.as_bytes().split(|b| *b == b'.').count())
        .unwrap_or(1);
    if folded.len() <= suffix_labels {
        return;
    }
    let registered = &folded[folded.len() - suffix_labels - 1].text;
    // `gov.vm`, `gοv.vn` are told as a mistyped `gov.vn` already.
    if matches!(registered.as_ref(), "gov" | "govt")
        && !is_under(ascii, GOV_VN)
        && !signs.reasons.contains(&Reason::GovVnMistyped)
    {
        signs.add(Reason::GovAsDomain, imitates);
    }
}

/// `gov.cn`, `gov.in`, `gov.mn`: one letter from `gov.vn`, but the government suffix of another
/// country, and the host really ends in it. Only that country's government registers names under
/// it, so nobody can use it to imitate ours: such a site is "not a state site", not a fake.
/// (`gob.vn` is no suffix — anyone can register `gob.vn` itself — and stays a lookalike.)
fn another_governments_suffix(ascii: &str, tail: &str) -> bool {
    tail.strip_prefix("gov.")
        .is_some_and(|cc| cc.len() == 2 && cc.bytes().all(|b| b.is_ascii_lowercase()))
        && psl::suffix(ascii.as_bytes())
            .is_some_and(|s| s.is_known() && s.as_bytes() == tail.as_bytes())
}

/// The reason a one-edit look-alike is given, by its kind of edit.
fn typo_reason(edit: Edit) -> Reason {
    match edit {
        Edit::Added => Reason::TypoAdded,
        Edit::Dropped => Reason::TypoDropped,
        Edit::Swapped => Reason::TypoSwapped,
        Edit::Replaced => Reason::TypoReplaced,
    }
}

#[cfg(test)]
mod shortcut_tests {
    use super::*;

    /// [`saved_login_lookalike`] as first written: the whole URL parsed, no shortcut.
    fn saved_login_lookalike_in_full(officials: &Officials, url: &str) -> Option<Lookalike> {
        let link = host::parse_link(url).ok()?;
        let link = Link { path: "", ..link };
        let check = judge(officials, &link, false);
        (check.verdict == Verdict::Lookalike).then(|| Lookalike {
            host: check.host.unwrap_or_default(),
            imitates: check.imitates,
            reasons: check.reasons,
            detail: check.detail,
        })
    }

    /// `one_edit` as first written (on `Vec<char>` copies): the reference the in-place one must
    /// match.
    fn one_edit_reference(seen: &str, official: &str) -> Option<Edit> {
        let a: Vec<char> = seen.chars().collect();
        let b: Vec<char> = official.chars().collect();
        if a == b {
            return None;
        }
        let common = a.iter().zip(&b).take_while(|(x, y)| x == y).count();
        let (ra, rb) = (&a[common..], &b[common..]);
        match a.len() as isize - b.len() as isize {
            1 if ra[1..] == *rb => Some(Edit::Added),
            -1 if *ra == rb[1..] => Some(Edit::Dropped),
            0 if ra[1..] == rb[1..] => Some(Edit::Replaced),
            0 if ra.len() >= 2 && ra[0] == rb[1] && ra[1] == rb[0] && ra[2..] == rb[2..] => {
                Some(Edit::Swapped)
            }
            _ => None,
        }
    }

    /// Every string that is one letter added, dropped, replaced or swapped away from `word`,
    /// over a few letters (ASCII, a digit for a letter, a Cyrillic `о`, a Vietnamese `ạ`).
    fn variants(word: &str) -> Vec<String> {
        let chars: Vec<char> = word.chars().collect();
        let letters = ['a', 'o', 'x', '0', '-', '\u{43e}', '\u{1ea1}'];
        let mut out = vec![word.to_owned()];
        for i in 0..=chars.len() {
            for l in letters {
                let mut v = chars.clone();
                v.insert(i, l);
                out.push(v.into_iter().collect());
            }
            if i < chars.len() {
                let mut v = chars.clone();
                v.remove(i);
                out.push(v.into_iter().collect());
                for l in letters {
                    let mut v = chars.clone();
                    v[i] = l;
                    out.push(v.into_iter().collect());
                }
            }
            if i + 1 < chars.len() {
                let mut v = chars.clone();
                v.swap(i, i + 1);
                out.push(v.into_iter().collect());
            }
        }
        out
    }

    #[test]
    fn one_edit_in_place_agrees_with_the_reference() {
        let words = [
            "dichvucong",
            "gov.vn",
            "chinhphu.vn",
            "ab",
            "a",
            "",
            "\u{1ea1}b",
        ];
        for word in words {
            for seen in variants(word).iter().chain(variants("x").iter()) {
                for official in words {
                    assert_eq!(
                        one_edit(seen, official),
                        one_edit_reference(seen, official),
                        "{seen:?} vs {official:?}"
                    );
                }
            }
        }
    }

    #[test]
    fn the_saved_login_shortcut_agrees_with_the_full_rules() {
        let officials = Officials::builtin();
        // A sample of the lexicon (every twelfth name, and the three-letter acronyms whose
        // start-or-end rule is the odd one out): every name's variants would take minutes.
        let mut words: Vec<String> = officials
            .names()
            .iter()
            .enumerate()
            .filter(|(i, n)| i.is_multiple_of(12) || n.sits == crate::links::lexicon::Sits::Edge)
            .map(|(_, n)| n.word.clone())
            .collect();
        words.extend(officials.hosts_outside_gov_vn().map(str::to_owned));
        words.extend(["gov.vn", "govvn", "gov-vn", "edge0", "site12"].map(str::to_owned));
        let mut hosts: Vec<String> = Vec::new();
        for word in &words {
            for v in variants(word) {
                for shape in [
                    "{}",
                    "{}.com",
                    "{}.top",
                    "{}.com.vn",
                    "www.{}.net",
                    "{}online.com",
                    "my-{}.vn",
                    "{}247.info",
                    "a.{}",
                    "{}.gov.vn",
                    "{}.gov.vn.example.com",
                ] {
                    hosts.push(shape.replace("{}", &v));
                }
            }
        }
        hosts.extend(
            [
                "site123.chrome0.example.com",
                "shopee.vn",
                "mail.google.com",
                "g0v.vn",
                "abc.gov.vm",
                "x.go.vn",
                "x.gv.vn",
                "192.168.1.1",
                "0x7f.1",
                "10.0.0.5",
                "example.123",
                "xn--dchvcng-4xa.vn",
                "Dichvucong.com",
                "dichvucong.com.",
            ]
            .map(str::to_owned),
        );
        let mut shortcut = 0;
        for host in &hosts {
            for url in [format!("https://{host}/login"), host.clone()] {
                let full = saved_login_lookalike_in_full(officials, &url);
                if full.is_some() {
                    assert!(
                        !surely_no_signs(officials, host),
                        "the shortcut passed over the look-alike {host}"
                    );
                }
                assert_eq!(saved_login_lookalike(&url), full, "{url}");
            }
            shortcut += usize::from(surely_no_signs(officials, host));
        }
        // The shortcut decides something (ordinary hosts), not nothing.
        assert!(shortcut > 100, "{shortcut} of {}", hosts.len());
        assert!(surely_no_signs(officials, "site123.chrome0.example.com"));
    }
}
