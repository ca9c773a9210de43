//! The verdict on one link: `official`, `lookalike`, `not_official` or `invalid`, with stable
//! reason codes and, for a look-alike, the official address it imitates.
//!
//! Rules, in the order they are tried:
//! 1. not a web address (other scheme, no host, bad name) → `invalid`;
//! 2. under `gov.vn`, or a listed or profile host → `official`;
//! 3. look-alike signs, all collected: a user name before `@` that names a host or a system;
//!    `gov.vn` not at the end (`dichvucong.gov.vn.example.com`), hyphenated or glued
//!    (`gov-vn`, `govvn`) or mistyped (`gov.vm`); a whole host one letter from an official one;
//!    a system's name in a label (`bhxh.co`, `gdtgov.cfd`, `hochieu-online.vn`), glued to other
//!    names (`dichvucongbaohiemxahoi.com`) or with one letter added, dropped, swapped or replaced
//!    (`dichvucongs.top`); letters of other scripts or Vietnamese marks that make a name read
//!    like an official one; an IP address or a `…gov.vn` path segment standing in for a system;
//! 4. a name whose top-level domain does not exist → `invalid`; anything else → `not_official`.

use std::borrow::Cow;

use serde::Serialize;

use super::extract::find_links;
use super::fold::{Folded, fold_label};
use super::host::{self, Host, HostError, HostKind, Link};
use super::official::{GOV_VN, Name, Official, Officials, is_under, letter_set};
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
    ProfileOfficial,
    // lookalike
    UserinfoTrick,
    GovVnNotAtEnd,
    GovVnHyphenated,
    GovVnMistyped,
    OneLetterFromOfficial,
    NameInSubdomain,
    NameInDomain,
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
    // invalid
    NoLink,
    NotWebScheme,
    BadHost,
    UnknownSuffix,
}

impl Reason {
    pub const ALL: [Reason; 23] = [
        Reason::GovVn,
        Reason::ListedOfficial,
        Reason::ProfileOfficial,
        Reason::UserinfoTrick,
        Reason::GovVnNotAtEnd,
        Reason::GovVnHyphenated,
        Reason::GovVnMistyped,
        Reason::OneLetterFromOfficial,
        Reason::NameInSubdomain,
        Reason::NameInDomain,
        Reason::TypoAdded,
        Reason::TypoDropped,
        Reason::TypoSwapped,
        Reason::TypoReplaced,
        Reason::ConfusableCharacters,
        Reason::IdnRendersLikeOfficial,
        Reason::IpAddress,
        Reason::NameInPath,
        Reason::NotGovVn,
        Reason::NoLink,
        Reason::NotWebScheme,
        Reason::BadHost,
        Reason::UnknownSuffix,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Reason::GovVn => "gov_vn",
            Reason::ListedOfficial => "listed_official",
            Reason::ProfileOfficial => "profile_official",
            Reason::UserinfoTrick => "userinfo_trick",
            Reason::GovVnNotAtEnd => "gov_vn_not_at_end",
            Reason::GovVnHyphenated => "gov_vn_hyphenated",
            Reason::GovVnMistyped => "gov_vn_mistyped",
            Reason::OneLetterFromOfficial => "one_letter_from_official",
            Reason::NameInSubdomain => "name_in_subdomain",
            Reason::NameInDomain => "name_in_domain",
            Reason::TypoAdded => "typo_added",
            Reason::TypoDropped => "typo_dropped",
            Reason::TypoSwapped => "typo_swapped",
            Reason::TypoReplaced => "typo_replaced",
            Reason::ConfusableCharacters => "confusable_characters",
            Reason::IdnRendersLikeOfficial => "idn_renders_like_official",
            Reason::IpAddress => "ip_address",
            Reason::NameInPath => "name_in_path",
            Reason::NotGovVn => "not_gov_vn",
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

    /// [`saved_login_lookalike`] for this site.
    pub fn lookalike(&self) -> Option<Lookalike> {
        let officials = Officials::builtin();
        if self.userinfo.is_none() && surely_no_signs(officials, self.host) {
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
    // A name in a piece of a label has all its letters in that label; a long name one edit
    // away, all but one (short names match only exactly, inside or glued).
    raw.split('.').all(|label| {
        let present = letter_set(label);
        officials.names().iter().all(|n| {
            let lacking = (n.letters & !present).count_ones();
            lacking > 1 || (lacking == 1 && n.word.len() < TYPO_MIN)
        })
    })
}

/// Collected look-alike signs.
#[derive(Default)]
struct Signs {
    reasons: Vec<Reason>,
    imitates: Option<String>,
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
    let verdict = |verdict, reasons, imitates| LinkCheck {
        input: String::new(),
        host: Some(host.ascii.clone()),
        verdict,
        reasons,
        imitates,
    };
    if host.kind == HostKind::Name
        && let Some(official) = officials.official(&host.ascii)
    {
        let reason = match official {
            Official::GovVn => Reason::GovVn,
            Official::Listed => Reason::ListedOfficial,
            Official::Profile => Reason::ProfileOfficial,
        };
        return verdict(Verdict::Official, vec![reason], None);
    }

    let mut signs = Signs::default();
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
    if !signs.reasons.is_empty() {
        if ip {
            signs.reasons.insert(0, Reason::IpAddress);
        }
        return verdict(Verdict::Lookalike, signs.reasons, signs.imitates);
    }
    if ip {
        return verdict(
            Verdict::NotOfficial,
            vec![Reason::IpAddress, Reason::NotGovVn],
            None,
        );
    }
    if !psl::suffix(host.ascii.as_bytes()).is_some_and(|s| s.is_known()) {
        return verdict(Verdict::Invalid, vec![Reason::UnknownSuffix], None);
    }
    verdict(Verdict::NotOfficial, vec![Reason::NotGovVn], None)
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
    if ["gov-vn", "govvn", "gov_vn", ".gov.vn-", "-gov.vn"]
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
            signs.add(edit.reason(), None);
        }
    }
    // A whole host that reads like, or is one letter from, an official one not under gov.vn.
    for official in officials.hosts_outside_gov_vn() {
        if folded_host.as_ref() == official && ascii != official {
            signs.add(Reason::ConfusableCharacters, Some(official));
        } else if let Some(edit) = one_edit(&folded_host, official) {
            signs.add(Reason::OneLetterFromOfficial, Some(official));
            signs.add(edit.reason(), None);
        }
    }
    if let Some(m) = names {
        let reason = match m.how {
            How::Typo(edit) => edit.reason(),
            _ if m.in_subdomain => Reason::NameInSubdomain,
            _ => Reason::NameInDomain,
        };
        signs.add(reason, m.name.imitates.as_deref());
        if m.confusable {
            signs.add(Reason::ConfusableCharacters, None);
        }
    }
    if idn && !signs.reasons.is_empty() {
        signs.add(Reason::IdnRendersLikeOfficial, None);
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

/// One letter added, dropped, swapped with its neighbour, or replaced.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Edit {
    Added,
    Dropped,
    Swapped,
    Replaced,
}

impl Edit {
    fn reason(self) -> Reason {
        match self {
            Edit::Added => Reason::TypoAdded,
            Edit::Dropped => Reason::TypoDropped,
            Edit::Swapped => Reason::TypoSwapped,
            Edit::Replaced => Reason::TypoReplaced,
        }
    }
}

/// How `seen` differs from `official` when it is by exactly one edit.
///
/// Asked for every piece of every label against every long name and host — dozens of times per
/// host, and the browser check asks for each of tens of thousands of saved logins — so it works
/// on the strings in place (no copy into `Vec<char>`) and rejects on length first: most pairs
/// differ in length by more than one letter.
fn one_edit(seen: &str, official: &str) -> Option<Edit> {
    if seen == official {
        return None;
    }
    let (na, nb) = (seen.chars().count(), official.chars().count());
    if na.abs_diff(nb) > 1 {
        return None;
    }
    // The common prefix, in bytes (equal characters have equal lengths).
    let common: usize = seen
        .chars()
        .zip(official.chars())
        .take_while(|(x, y)| x == y)
        .map(|(x, _)| x.len_utf8())
        .sum();
    let (ra, rb) = (&seen[common..], &official[common..]);
    match na as isize - nb as isize {
        1 if skip_chars(ra, 1) == rb => Some(Edit::Added),
        -1 if ra == skip_chars(rb, 1) => Some(Edit::Dropped),
        0 if skip_chars(ra, 1) == skip_chars(rb, 1) => Some(Edit::Replaced),
        0 => {
            let (mut a, mut b) = (ra.chars(), rb.chars());
            let (a0, a1, b0, b1) = (a.next(), a.next(), b.next(), b.next());
            (a1.is_some() && a0 == b1 && a1 == b0 && a.as_str() == b.as_str())
                .then_some(Edit::Swapped)
        }
        _ => None,
    }
}

/// `text` without its first `n` characters (empty when it has fewer).
fn skip_chars(text: &str, n: usize) -> &str {
    text.char_indices().nth(n).map_or("", |(at, _)| &text[at..])
}

/// Words a fake glues to a system's name: `gdtgov`, `bhxhvn`, `hochieuonline`, `vneidlogin`.
const GLUE: &[&str] = &[
    "gov", "vn", "govvn", "online", "login", "dangnhap", "xacthuc", "tracuu", "dangky", "portal",
    "web", "app", "vietnam", "quocgia", "dichvu", "cong", "capnhat", "nop", "lam", "cap", "my",
    "www", "id", "info", "update", "secure", "verify", "account", "service", "support", "hotro",
];

/// Names longer than this also match with one letter wrong (`dichvucongg`); shorter ones would
/// catch ordinary words (`congan` → `dongan`).
const TYPO_MIN: usize = 9;
/// Names this long also match inside any word (`dichvucongtructuyen`).
const CONTAINED_MIN: usize = 10;

/// How a piece of a label matches a name, weakest first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum How {
    Contained,
    Typo(Edit),
    Glued,
    Exact,
}

struct NameMatch<'a> {
    name: &'a Name,
    how: How,
    in_subdomain: bool,
    confusable: bool,
}

impl NameMatch<'_> {
    fn better_than(&self, other: &NameMatch<'_>) -> bool {
        (self.how, self.name.word.len()) > (other.how, other.name.word.len())
    }
}

/// A system's name in the labels before the public suffix (`dichvucongs` in
/// `dichvucongs.top`, `vneid` in `vneid.example.com`).
fn name_in_labels<'a>(
    officials: &'a Officials,
    ascii: &str,
    folded: &[Folded],
) -> Option<NameMatch<'a>> {
    let suffix_labels = psl::suffix(ascii.as_bytes())
        .map(|s| s.as_bytes().split(|b| *b == b'.').count())
        .unwrap_or(1)
        .min(folded.len());
    let named = &folded[..folded.len() - suffix_labels];
    let mut best: Option<NameMatch<'a>> = None;
    for (i, label) in named.iter().enumerate() {
        let in_subdomain = i + 1 < named.len();
        for piece in pieces(&label.text) {
            if let Some((name, how)) = piece_match(officials, piece) {
                let m = NameMatch {
                    name,
                    how,
                    in_subdomain,
                    confusable: label.confusable,
                };
                if best.as_ref().is_none_or(|b| m.better_than(b)) {
                    best = Some(m);
                }
            }
        }
    }
    best
}

/// A system's name in free text (a user name, a path segment).
fn name_match<'a>(officials: &'a Officials, text: &str) -> Option<NameMatch<'a>> {
    let folded = fold_label(text);
    let mut best: Option<NameMatch<'a>> = None;
    for piece in pieces(&folded.text) {
        if let Some((name, how)) = piece_match(officials, piece) {
            let m = NameMatch {
                name,
                how,
                in_subdomain: false,
                confusable: folded.confusable,
            };
            if best.as_ref().is_none_or(|b| m.better_than(b)) {
                best = Some(m);
            }
        }
    }
    best
}

/// The words of a folded label: its hyphen-separated parts (`dichvuc0ng`, a digit for a letter,
/// is one), and their letters-only runs when digits split them (`dichvucong247` → `dichvucong`).
fn pieces(label: &str) -> impl Iterator<Item = &str> {
    label
        .split(['-', '_'])
        .filter(|p| !p.is_empty())
        .flat_map(|part| {
            let runs = part
                .split(|c: char| !c.is_alphabetic())
                .filter(|r| !r.is_empty() && r.len() < part.len());
            std::iter::once(part).chain(runs)
        })
}

fn piece_match<'a>(officials: &'a Officials, piece: &str) -> Option<(&'a Name, How)> {
    let names = officials.names();
    let mut best: Option<(&Name, How)> = None;
    let mut consider = |name: &'a Name, how: How| {
        if best.is_none_or(|(b, h)| (how, name.word.len()) > (h, b.word.len())) {
            best = Some((name, how));
        }
    };
    let mut any_inside = false;
    // An exact pre-filter, since most pieces of most hosts are near no name: a name equal to or
    // inside the piece has every one of its letters in it, and one a single edit away lacks at
    // most one of them (names are lower-case ASCII letters only).
    let present = letter_set(piece);
    let piece_chars = piece.chars().count();
    for name in names {
        let lacking = (name.letters & !present).count_ones();
        if lacking > 1 {
            continue;
        }
        let word = name.word.as_str();
        if lacking == 0 {
            if piece == word {
                consider(name, How::Exact);
                continue;
            }
            if piece.contains(word) {
                any_inside = true;
                if word.len() >= CONTAINED_MIN {
                    consider(name, How::Contained);
                }
            }
        }
        if word.len() >= TYPO_MIN
            && piece_chars.abs_diff(word.len()) <= 1
            && let Some(edit) = one_edit(piece, word)
        {
            consider(name, How::Typo(edit));
        }
    }
    if any_inside && let Some(name) = glued(names, piece) {
        consider(name, How::Glued);
    }
    best
}

/// `piece` is made of system names and glue words only, with at least one name; the longest
/// name used.
fn glued<'a>(names: &'a [Name], piece: &str) -> Option<&'a Name> {
    // state[i]: the text up to byte i splits into words; `Some(Some(n))` with name n among them.
    let mut state: Vec<Option<Option<usize>>> = vec![None; piece.len() + 1];
    state[0] = Some(None);
    for pos in 0..piece.len() {
        let Some(cur) = state[pos] else { continue };
        if !piece.is_char_boundary(pos) {
            continue;
        }
        let rest = &piece[pos..];
        let mut step = |len: usize, name: Option<usize>| {
            let next = match (cur, name) {
                (Some(c), Some(n)) if names[n].word.len() > names[c].word.len() => Some(n),
                (Some(c), _) => Some(c),
                (None, n) => n,
            };
            let slot = &mut state[pos + len];
            let better = match (*slot, next) {
                (None, _) => true,
                (Some(None), Some(_)) => true,
                (Some(Some(old)), Some(new)) => names[new].word.len() > names[old].word.len(),
                _ => false,
            };
            if better {
                *slot = Some(next);
            }
        };
        for (i, name) in names.iter().enumerate() {
            if rest.starts_with(name.word.as_str()) {
                step(name.word.len(), Some(i));
            }
        }
        for glue in GLUE {
            if rest.starts_with(glue) {
                step(glue.len(), None);
            }
        }
    }
    state[piece.len()].flatten().map(|i| &names[i])
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
        let mut words: Vec<String> = officials.names().iter().map(|n| n.word.clone()).collect();
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
