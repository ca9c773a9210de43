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

use super::extract::find_links;
use super::host::{self, HostError, HostKind, Link};
use super::host_rules::host_rules;
use super::names::name_match;
use super::official::{Official, Officials};
use super::outcome::{Detail, LinkCheck, Reason, Signs, Verdict};

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
