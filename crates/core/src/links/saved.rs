//! The browser check's question, "is the site this login was saved for a look-alike?", asked
//! for every saved login: answered by the link check's own rules (`super::verdict::judge`),
//! with a shortcut for the plain hosts no rule can fire on.

use super::host::{self, Link};
use super::names::{TYPO_MIN, one_edit};
use super::official::{GOV_VN, Officials, letter_set};
use super::outcome::{Detail, Reason, Verdict};
use super::verdict::judge;

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
/// [`host_rules`](super::host_rules::host_rules) can fire — decided from cheap necessary conditions of each rule, without
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

#[cfg(test)]
mod shortcut_tests {
    use super::*;
    use crate::links::names::Edit;

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
