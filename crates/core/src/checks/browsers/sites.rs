//! What the browser check knows about the sites logins are saved for, from the active profile:
//! the official hosts and names the link check compares against (the profile's hosts, its
//! systems' names, the Department's reported fakes — `links::Officials::with_profile`), and
//! the hosts of the profile's own systems, each with the system it belongs to. Built once per
//! run; the default is TựKiểm's built-in list alone (no profile).
//!
//! A login the browser found leaked or phished is the organisation's business when its host is
//! under `gov.vn` or is one of its systems' hosts ([`KnownSites::state_site`]); such a login
//! names its system when the host is one of the profile's.

use crate::links::host::parse_link;
use crate::links::official::is_under;
use crate::links::{Lookalike, Officials, SavedSite};
use crate::profile::{Localized, Profile};

use super::gov;

/// One of the profile's systems, reached at `host` (its login or change-password page).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SystemSite {
    /// Lower-case ASCII host, no trailing dot.
    pub host: String,
    /// The system's id in the profile (`quan-ly-van-ban`): the guided change opens by it.
    pub id: String,
    pub name: Localized,
}

/// The sites the browser check weighs saved logins against.
#[derive(Clone, Debug, Default)]
pub struct KnownSites {
    /// `None`: the built-in list (no profile), shared rather than copied.
    officials: Option<Officials>,
    systems: Vec<SystemSite>,
    /// The profile's `official_hosts`: its own sites outside `gov.vn` that belong to no system.
    org_hosts: Vec<String>,
}

/// A saved login's site that is the organisation's business: a `*.gov.vn` host or one of the
/// profile's hosts, and the profile system it belongs to, when it is one.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StateSite<'a> {
    pub host: String,
    pub system: Option<&'a SystemSite>,
}

impl KnownSites {
    /// The active profile's sites: its systems' login and change-password hosts, its
    /// `official_hosts`, and everything the link check knows from it.
    pub fn of_profile(profile: &Profile) -> KnownSites {
        let mut systems = Vec::new();
        for system in &profile.systems {
            for url in [system.login_url(), system.change_password_url()]
                .into_iter()
                .flatten()
            {
                if let Some(host) = host_of(url)
                    && !systems
                        .iter()
                        .any(|s: &SystemSite| s.host == host && s.id == system.id)
                {
                    systems.push(SystemSite {
                        host,
                        id: system.id.clone(),
                        name: system.name.clone(),
                    });
                }
            }
        }
        KnownSites {
            officials: Some(Officials::with_profile(profile)),
            systems,
            org_hosts: profile
                .official_hosts
                .iter()
                .filter_map(|h| host_of(h))
                .collect(),
        }
    }

    /// The profile system with this id, when the profile has it (and a host for it).
    pub fn system(&self, id: &str) -> Option<&SystemSite> {
        self.systems.iter().find(|s| s.id == id)
    }

    /// The hosts and names look-alikes are judged against.
    pub fn officials(&self) -> &Officials {
        self.officials
            .as_ref()
            .unwrap_or_else(|| Officials::builtin())
    }

    /// The look-alike a saved login's site is, if it is one (the link check's own rules).
    pub fn lookalike(&self, site: &SavedSite<'_>) -> Option<Lookalike> {
        site.lookalike_in(self.officials())
    }

    /// The site of a saved URL when it is under `gov.vn`, a host of the profile's systems, or
    /// under one of its `official_hosts`; `None` for any other site or text that is not a web
    /// address. A login names a system only on that system's own host (with or without `www.`):
    /// a province portal's system at `namdinh.gov.vn` does not make `mail.namdinh.gov.vn` it.
    pub fn state_site(&self, url: &str) -> Option<StateSite<'_>> {
        let gov_host = gov::gov_host(url);
        if gov_host.is_none() && self.systems.is_empty() && self.org_hosts.is_empty() {
            return None;
        }
        let host = gov_host.clone().or_else(|| host_of(url))?;
        fn bare(h: &str) -> &str {
            h.strip_prefix("www.").unwrap_or(h)
        }
        let system = self.systems.iter().find(|s| bare(&s.host) == bare(&host));
        let org = self.org_hosts.iter().any(|h| is_under(&host, h));
        (gov_host.is_some() || system.is_some() || org).then_some(StateSite { host, system })
    }
}

/// The lower-case ASCII host of a URL or a bare host name, as the browser asks the network for.
fn host_of(url: &str) -> Option<String> {
    let link = parse_link(url.trim()).ok()?;
    Some(link.host.ascii)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn profile() -> Profile {
        let mut p = Profile::embedded();
        p.official_hosts = vec!["portal.sotttt.example.vn".into()];
        p.systems.truncate(1);
        p.systems[0].id = "mot-cua".into();
        p.systems[0].login_url = "https://motcua.namdinh.example.vn/dang-nhap".into();
        p.systems[0].change_password_url = String::new();
        p
    }

    #[test]
    fn profile_system_hosts_and_gov_vn_hosts_are_state_sites_and_others_are_not() {
        let sites = KnownSites::of_profile(&profile());
        let s = sites
            .state_site("https://MotCua.NamDinh.example.vn:8443/x")
            .unwrap();
        assert_eq!(s.host, "motcua.namdinh.example.vn");
        assert_eq!(s.system.map(|s| s.id.as_str()), Some("mot-cua"));
        let s = sites
            .state_site("https://www.motcua.namdinh.example.vn/")
            .unwrap();
        assert_eq!(s.system.map(|s| s.id.as_str()), Some("mot-cua"));
        // Another host of the same domain is not that system.
        assert_eq!(
            sites.state_site("https://a.motcua.namdinh.example.vn/"),
            None
        );
        let s = sites.state_site("https://dichvucong.gov.vn/").unwrap();
        assert_eq!((s.host.as_str(), s.system), ("dichvucong.gov.vn", None));
        let s = sites
            .state_site("https://portal.sotttt.example.vn/")
            .unwrap();
        assert_eq!(s.system, None);
        for other in [
            "https://xmotcua.namdinh.example.vn/",
            "https://namdinh.example.vn/",
            "https://motcua.namdinh.example.vn.evil.com/",
            "https://shop.example.com/",
            "not a url at all",
        ] {
            assert_eq!(sites.state_site(other), None, "{other}");
        }
        // Without a profile only gov.vn counts.
        let builtin = KnownSites::default();
        assert!(
            builtin
                .state_site("https://motcua.namdinh.example.vn/")
                .is_none()
        );
        assert!(builtin.state_site("https://mail.gov.vn/").is_some());
    }
}
