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

use serde::Serialize;

use super::extract::find_links;
use super::fold::{Folded, fold_label};
use super::host::{self, Host, HostError, HostKind, Link};
use super::official::{GOV_VN, Name, Official, Officials, is_under};
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
pub fn saved_login_lookalike(url: &str) -> Option<Lookalike> {
    let link = host::parse_link(url).ok()?;
    let link = Link { path: "", ..link };
    let check = judge(Officials::builtin(), &link, false);
    (check.verdict == Verdict::Lookalike).then(|| Lookalike {
        host: check.host.unwrap_or_default(),
        imitates: check.imitates,
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
    let folded: Vec<Folded> = if shown.len() == labels.len() {
        shown.iter().map(|l| fold_label(l)).collect()
    } else {
        labels.iter().map(|l| fold_label(l)).collect()
    };
    let folded_host = folded
        .iter()
        .map(|f| f.text.as_str())
        .collect::<Vec<_>>()
        .join(".");
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
    if labels.len() >= 2 {
        let n = folded.len();
        let tail = format!("{}.{}", folded[n - 2].text, folded[n - 1].text);
        let front = folded[..n - 2]
            .iter()
            .map(|f| f.text.as_str())
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
        {
            signs.add(Reason::GovVnMistyped, real.as_deref());
            signs.add(edit.reason(), None);
        }
    }
    // A whole host that reads like, or is one letter from, an official one not under gov.vn.
    for official in officials.hosts_outside_gov_vn() {
        if folded_host == official && ascii != official {
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
fn one_edit(seen: &str, official: &str) -> Option<Edit> {
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
    for name in names {
        let word = name.word.as_str();
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
        if word.len() >= TYPO_MIN
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
