//! The banks' sign-in domains the `hosts-file` check protects (`data/vn-banks.toml`: every
//! licensed credit institution on the State Bank of Vietnam's list, with its date), and the
//! official national hosts outside `gov.vn` (`csgt.vn`, `chinhphu.vn`, … from the link check's
//! `data/official-hosts.toml`).

use std::sync::OnceLock;

use serde::Deserialize;

const BANKS_TOML: &str = include_str!("../../data/vn-banks.toml");

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BankList {
    pub checked: String,
    pub source: String,
    pub bank: Vec<Bank>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Bank {
    pub name: String,
    pub domains: Vec<String>,
}

/// The shipped list (ours, tested by `the_bank_list_parses_dated_and_sourced`).
pub fn banks() -> &'static BankList {
    static LIST: OnceLock<BankList> = OnceLock::new();
    LIST.get_or_init(|| match toml::from_str(BANKS_TOML) {
        Ok(l) => l,
        Err(e) => panic!("data/vn-banks.toml: {e}"),
    })
}

/// The protected domain `host` is (under), if any: a bank's domain, or `official` for an
/// official national host outside `gov.vn` (the link check's built-in list).
pub fn protected_domain(host: &str) -> Option<&'static str> {
    let under = |d: &str| host == d || host.strip_suffix(d).is_some_and(|r| r.ends_with('.'));
    banks()
        .bank
        .iter()
        .flat_map(|b| b.domains.iter())
        .map(String::as_str)
        .find(|d| under(d))
        .or_else(|| {
            matches!(
                crate::links::official::Officials::builtin().official(host),
                Some(crate::links::official::Official::Listed)
            )
            .then_some("official")
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_bank_list_parses_dated_and_sourced() {
        let l = banks();
        assert!(crate::dates::parse_iso(&l.checked).is_some());
        assert!(l.source.contains("sbv.gov.vn"));
        assert!(l.bank.len() >= 45, "{}", l.bank.len());
        for b in &l.bank {
            for d in &b.domains {
                assert!(
                    d.contains('.')
                        && d.bytes().all(|c| c.is_ascii_lowercase()
                            || c.is_ascii_digit()
                            || c == b'.'
                            || c == b'-'),
                    "{}: {d}",
                    b.name
                );
            }
        }
    }

    #[test]
    fn a_bank_beyond_the_old_twenty_and_official_hosts_outside_gov_vn_are_protected() {
        assert_eq!(
            protected_domain("ebanking.pgbank.com.vn"),
            Some("pgbank.com.vn")
        );
        assert_eq!(
            protected_domain("kienlongbank.com"),
            Some("kienlongbank.com")
        );
        assert_eq!(protected_domain("www.csgt.vn"), Some("official"));
        assert_eq!(protected_domain("chinhphu.vn"), Some("official"));
        assert_eq!(protected_domain("notpgbank.com.vn"), None);
    }
}
