//! What is official: every host under `gov.vn` (only state bodies can register a name there),
//! the real sites that live elsewhere (`data/official-hosts.toml`, each with its source: the
//! Government portal, the traffic police's old portal, state companies such as EVN and its power
//! companies, state media), and the organisation's own hosts from the profile (`official_hosts`
//! and the systems' addresses). The names the rules look for come from the lexicon of what the
//! State's sites are called ([`super::lexicon`]) and from the profile's systems. A Department's
//! bundle adds the sites people reported as fakes (`profile.lists.reported_fakes`).

use std::sync::OnceLock;

use serde::Deserialize;

use super::fold::fold_ascii_word;
use super::host::{self, HostKind};
use super::lexicon::{self, Sits};
use crate::{Profile, profile::Localized, profile::ReportedFake};

const EMBEDDED: &str = include_str!("../../data/official-hosts.toml");

/// The suffix only state bodies can register under.
pub const GOV_VN: &str = "gov.vn";

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct DataFile {
    host: Vec<Entry>,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Entry {
    host: String,
    #[allow(dead_code)] // Shown to people reading the data file; not used by the rules.
    name: Localized,
    #[serde(default)]
    kind: Kind,
    #[allow(dead_code)]
    source: String,
}

/// Who runs a listed site (`kind` in the data file).
#[derive(Clone, Copy, Debug, Default, Deserialize, PartialEq, Eq)]
enum Kind {
    /// A state body or national system (most are under `gov.vn` and listed only for their
    /// address).
    #[default]
    #[serde(rename = "state_body")]
    Body,
    /// A company the State owns (EVN and its power companies, VNPost): its own real site.
    #[serde(rename = "state_company")]
    Company,
    /// A newspaper or broadcaster of the State or of a state body.
    #[serde(rename = "state_media")]
    Media,
}

/// Where an official host comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Origin {
    /// TựKiểm's list of national systems.
    Listed,
    /// TựKiểm's list: a state company's own site.
    StateCompany,
    /// TựKiểm's list: a state newspaper or broadcaster.
    StateMedia,
    /// The organisation's profile.
    Profile,
}

/// A name a fake borrows, and the official host it stands for (`None` when the profile names a
/// system without publishing its address).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Name {
    pub word: String,
    pub imitates: Option<String>,
    /// The letters of `word`, as [`letter_set`] gives them (for the rules' cheap pre-filter).
    pub(crate) letters: u32,
    /// How much of a label it must be to count ([`Sits`]).
    pub sits: Sits,
    /// A short form (acronym) of the body's name.
    pub short: bool,
    /// Also matched one letter off, when long enough (`names::TYPO_MIN`).
    pub typos: bool,
    /// The lexicon body it names (`links-body-<id>`); `None` for a profile's system.
    pub body: Option<String>,
}

/// Which of the letters `a`–`z` occur in `text`, one bit each; other characters are ignored.
pub(crate) fn letter_set(text: &str) -> u32 {
    text.bytes()
        .filter(u8::is_ascii_lowercase)
        .fold(0, |set, b| set | 1 << (b - b'a'))
}

/// The official hosts and names the rules compare against.
#[derive(Clone, Debug, Default)]
pub struct Officials {
    hosts: Vec<(String, Origin)>,
    names: Vec<Name>,
    /// Sites the Department's bundle reported as fakes.
    reported: Vec<ReportedFake>,
    /// The bundle's "old after" day, set when the lists are old on the day of the check.
    lists_old_after: Option<String>,
}

/// Host labels too common to stand for one system (`mail.namdinh.gov.vn` lends no "mail").
const GENERIC: &[&str] = &[
    "www", "mail", "email", "webmail", "portal", "login", "sso", "id", "web", "app", "api",
    "dangnhap", "gov", "vn", "com", "net", "org", "edu", "online", "home", "trangchu",
];

impl Officials {
    /// The built-in list, parsed once. The file is embedded and pinned by a test
    /// (`the_embedded_list_parses_and_holds_the_national_systems`); should it ever fail to
    /// parse, the rules still know `gov.vn`.
    pub fn builtin() -> &'static Officials {
        static BUILTIN: OnceLock<Officials> = OnceLock::new();
        BUILTIN.get_or_init(|| Officials::parse(EMBEDDED).unwrap_or_default())
    }

    fn parse(text: &str) -> Result<Officials, toml::de::Error> {
        let data: DataFile = toml::from_str(text)?;
        let mut officials = Officials::default();
        for entry in data.host {
            let origin = match entry.kind {
                Kind::Body => Origin::Listed,
                Kind::Company => Origin::StateCompany,
                Kind::Media => Origin::StateMedia,
            };
            officials
                .hosts
                .push((entry.host.to_ascii_lowercase(), origin));
        }
        for w in lexicon::words() {
            officials.push_name(Name {
                letters: letter_set(&w.word),
                word: w.word,
                imitates: w.real,
                sits: w.sits,
                short: w.short,
                typos: w.typos,
                body: Some(w.body),
            });
        }
        Ok(officials)
    }

    /// [`Officials::with_profile`] on `today` (`YYYY-MM-DD`): when the bundle's lists are old
    /// that day, every verdict that leans on them says so.
    pub fn with_profile_on(profile: &Profile, today: Option<&str>) -> Officials {
        let mut officials = Officials::with_profile(profile);
        if let Some(today) = today
            && profile.lists.is_old_on(today)
        {
            officials.lists_old_after = profile.lists.old_after.clone();
        }
        officials
    }

    /// The reported fake `ascii` is, or is a sub-domain of.
    pub fn reported_fake(&self, ascii: &str) -> Option<&ReportedFake> {
        self.reported.iter().find(|f| is_under(ascii, &f.host))
    }

    /// The bundle's "old after" day, when its lists are old on the day of the check.
    pub fn lists_old_after(&self) -> Option<&str> {
        self.lists_old_after.as_deref()
    }

    /// The built-in list plus the profile's hosts: `official_hosts`, and the hosts of the
    /// systems' login and change-password pages. A system's id (`quan-ly-van-ban`) lends its
    /// name too, standing for its address when the profile gives one.
    pub fn with_profile(profile: &Profile) -> Officials {
        let mut officials = Officials::builtin().clone();
        officials.reported = profile
            .lists
            .reported_fakes
            .iter()
            .filter(|f| !f.host.is_empty())
            .map(|f| ReportedFake {
                host: f.host.trim_end_matches('.').to_ascii_lowercase(),
                ..f.clone()
            })
            .collect();
        for raw in &profile.official_hosts {
            officials.add_profile_host(raw);
        }
        for system in &profile.systems {
            let mut system_host = None;
            for url in [system.login_url(), system.change_password_url()]
                .into_iter()
                .flatten()
            {
                if let Ok(link) = host::parse_link(url) {
                    officials.add_profile_host(&link.host.ascii);
                    system_host.get_or_insert(link.host.ascii);
                }
            }
            let word: String = system.id.chars().filter(|c| *c != '-').collect();
            officials.add_name(&word, system_host.as_deref());
        }
        officials
    }

    fn add_profile_host(&mut self, raw: &str) {
        let Ok(parsed) = host::parse_host(raw.trim()) else {
            return;
        };
        if parsed.kind != HostKind::Name {
            return;
        }
        let ascii = parsed.ascii;
        if let Some(first) = ascii.split('.').next()
            && ascii.split('.').count() > 2
            && !GENERIC.contains(&first)
        {
            self.add_name(first, Some(&ascii));
        }
        if !self.hosts.iter().any(|(h, _)| *h == ascii) {
            self.hosts.push((ascii, Origin::Profile));
        }
    }

    /// A name from the profile: long ones count anywhere, short ones as a whole word.
    fn add_name(&mut self, word: &str, imitates: Option<&str>) {
        let word = fold_ascii_word(word);
        if word.len() < 3 || GENERIC.contains(&word.as_str()) {
            return;
        }
        self.push_name(Name {
            letters: letter_set(&word),
            sits: if word.len() >= 10 {
                Sits::Anywhere
            } else {
                Sits::Whole
            },
            word,
            imitates: imitates.map(str::to_owned),
            short: false,
            typos: true,
            body: None,
        });
    }

    fn push_name(&mut self, name: Name) {
        if !self.names.iter().any(|n| n.word == name.word) {
            self.names.push(name);
        }
    }

    /// Why `ascii` (lower-case, no trailing dot) is official, if it is.
    pub fn official(&self, ascii: &str) -> Option<Official> {
        if is_under(ascii, GOV_VN) {
            return Some(Official::GovVn);
        }
        self.hosts
            .iter()
            .find(|(h, _)| is_under(ascii, h))
            .map(|(_, origin)| match origin {
                Origin::Listed => Official::Listed,
                Origin::StateCompany => Official::StateCompany,
                Origin::StateMedia => Official::StateMedia,
                Origin::Profile => Official::Profile,
            })
    }

    /// The official host of this exact name, when one is known (for "the real address is …").
    pub fn known_host(&self, ascii: &str) -> Option<&str> {
        self.hosts
            .iter()
            .map(|(h, _)| h.as_str())
            .find(|h| *h == ascii)
    }

    /// Official hosts outside `gov.vn` long enough that one letter off is a fake, not another
    /// word (`chinhphu.vn`, not `csgt.vn`, which is one letter from ordinary names).
    pub fn hosts_outside_gov_vn(&self) -> impl Iterator<Item = &str> {
        self.hosts
            .iter()
            .map(|(h, _)| h.as_str())
            .filter(|h| !is_under(h, GOV_VN) && h.len() >= 10)
    }

    pub fn names(&self) -> &[Name] {
        &self.names
    }
}

/// Why a host is official.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Official {
    GovVn,
    Listed,
    StateCompany,
    StateMedia,
    Profile,
}

/// `host` is `base` or one of its sub-domains (`a.b.gov.vn` under `gov.vn`; `xgov.vn` is not).
pub fn is_under(host: &str, base: &str) -> bool {
    host == base
        || (host.len() > base.len() + 1
            && host.ends_with(base)
            && host.as_bytes()[host.len() - base.len() - 1] == b'.')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_embedded_list_parses_and_holds_the_national_systems() {
        let officials = Officials::parse(EMBEDDED).expect("official-hosts.toml parses");
        for host in [
            "dichvucong.gov.vn",
            "vneid.gov.vn",
            "gdt.gov.vn",
            "baohiemxahoi.gov.vn",
            "dichvucong.bocongan.gov.vn",
            "chinhphu.vn",
        ] {
            assert_eq!(officials.known_host(host), Some(host));
        }
        let bhxh = officials.names().iter().find(|n| n.word == "bhxh").unwrap();
        assert_eq!(bhxh.imitates.as_deref(), Some("baohiemxahoi.gov.vn"));
        // Every name is folded lower-case ASCII letters, so the rules can compare bytes.
        assert!(
            officials
                .names()
                .iter()
                .all(|n| n.word.bytes().all(|b| b.is_ascii_lowercase()))
        );
    }

    #[test]
    fn gov_vn_and_its_sub_domains_are_official_look_alikes_of_it_are_not() {
        let o = Officials::builtin();
        assert_eq!(o.official("gov.vn"), Some(Official::GovVn));
        assert_eq!(o.official("qlvb.namdinh.gov.vn"), Some(Official::GovVn));
        assert_eq!(o.official("xgov.vn"), None);
        assert_eq!(o.official("gov.vn.example.com"), None);
        assert_eq!(o.official("chinhphu.vn"), Some(Official::Listed));
        assert_eq!(o.official("xaydungchinhphu.vn"), None);
    }

    #[test]
    fn the_profile_adds_its_hosts_and_its_systems_names() {
        let mut profile = Profile::embedded();
        profile.official_hosts = vec!["https://qlvb.namdinh.vn/".into(), "CONG.NAMDINH.VN".into()];
        profile.official_hosts.push("qlvb.namdinh.vn".into());
        profile.systems[1].login_url = "https://vpdt.namdinh.vn/login".into();
        let o = Officials::with_profile(&profile);
        // A full address is not a host: a profile lists names; the loader refuses the rest.
        assert_eq!(o.official("qlvb.namdinh.vn"), Some(Official::Profile));
        assert_eq!(o.official("cong.namdinh.vn"), Some(Official::Profile));
        assert_eq!(o.official("vpdt.namdinh.vn"), Some(Official::Profile));
        let name = o.names().iter().find(|n| n.word == "quanlyvanban").unwrap();
        assert_eq!(name.imitates.as_deref(), Some("vpdt.namdinh.vn"));
        let name = o.names().iter().find(|n| n.word == "thucongvu").unwrap();
        assert_eq!(name.imitates, None);
    }
}
