//! Does the `hosts` file send a sensitive site elsewhere? (`%SystemRoot%\System32\drivers\etc\hosts`,
//! `/etc/hosts`.) Stealers and phishing kits write lines there so that a government site, a
//! bank or a sign-in page opens the attacker's copy.
//!
//! - A `.gov.vn` host, a bank, a mail or a sign-in service mapped to an address that is not
//!   "nowhere" (`0.0.0.0`, loopback) → **critical**, naming the host and the address.
//! - Any other line beyond the system's own (`localhost`, the machine's name) → listed, `ok`:
//!   local tools and ad blockers write these.
//! - The file missing is normal on some systems (`ok`); unreadable is `unknown` with its reason.

use serde_json::json;

use super::browsers::gov::gov_host;
use super::{Check, CheckOutput, Env, Finding, MachinePath, OsKind, Status};
use crate::Msg;
use crate::outside;

pub const FINDING_ID: &str = "hosts-file";

/// Hosts (and their sub-domains) that must never point elsewhere: banks of Vietnam, mail and
/// sign-in services clerks use. Government hosts (`*.gov.vn`) are recognized by name.
const SENSITIVE: &[&str] = &[
    // Sign-in and mail.
    "google.com",
    "gmail.com",
    "googleapis.com",
    "microsoft.com",
    "microsoftonline.com",
    "live.com",
    "outlook.com",
    "office.com",
    "office365.com",
    "apple.com",
    "icloud.com",
    "yahoo.com",
    "facebook.com",
    "zalo.me",
    "zalo.vn",
    "zadn.vn",
    // Security updates: pointing them elsewhere keeps an antivirus blind.
    "windowsupdate.com",
    "bkav.com.vn",
    "kaspersky.com",
    // Banks (their public web and e-banking domains).
    "vietcombank.com.vn",
    "vietinbank.vn",
    "bidv.com.vn",
    "bidv.vn",
    "agribank.com.vn",
    "techcombank.com.vn",
    "techcombank.com",
    "mbbank.com.vn",
    "vpbank.com.vn",
    "acb.com.vn",
    "sacombank.com.vn",
    "tpb.vn",
    "hdbank.com.vn",
    "vib.com.vn",
    "shb.com.vn",
    "msb.com.vn",
    "ocb.com.vn",
    "seabank.com.vn",
    "lpbank.com.vn",
    "eximbank.com.vn",
    "vnpay.vn",
    "momo.vn",
];

/// One mapping line of the file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HostsEntry {
    pub address: String,
    pub host: String,
}

/// Parses `hosts` text: `address host [host…]`, `#` starts a comment. Lines that are not a
/// mapping are skipped.
pub fn parse_hosts(text: &str) -> Vec<HostsEntry> {
    let mut out = Vec::new();
    for line in text.lines() {
        let line = line.split('#').next().unwrap_or("");
        let mut words = line.split_whitespace();
        let Some(address) = words.next() else {
            continue;
        };
        if address.parse::<std::net::IpAddr>().is_err() {
            continue;
        }
        for host in words {
            out.push(HostsEntry {
                address: address.to_owned(),
                host: host.trim_end_matches('.').to_ascii_lowercase(),
            });
        }
    }
    out
}

/// An address that leads nowhere (blocking, not redirecting).
fn is_nowhere(address: &str) -> bool {
    match address.parse::<std::net::IpAddr>() {
        Ok(ip) => ip.is_unspecified() || ip.is_loopback(),
        Err(_) => false,
    }
}

/// Why a host is sensitive: `gov`, or the listed domain it is (under).
fn sensitive(host: &str) -> Option<&'static str> {
    if gov_host(host).is_some() {
        return Some("gov.vn");
    }
    SENSITIVE
        .iter()
        .copied()
        .find(|d| host == *d || host.strip_suffix(d).is_some_and(|rest| rest.ends_with('.')))
}

/// The system's own lines, present on every machine.
fn is_system_line(entry: &HostsEntry, machine_name: Option<&str>) -> bool {
    let h = entry.host.as_str();
    matches!(
        h,
        "localhost"
            | "localhost.localdomain"
            | "localhost4"
            | "localhost6"
            | "localhost.localdomain4"
            | "localhost6.localdomain6"
            | "broadcasthost"
            | "ip6-localhost"
            | "ip6-loopback"
            | "ip6-localnet"
            | "ip6-mcastprefix"
            | "ip6-allnodes"
            | "ip6-allrouters"
            | "ip6-allhosts"
    ) || machine_name.is_some_and(|m| {
        h.eq_ignore_ascii_case(m)
            || h.split('.')
                .next()
                .is_some_and(|first| first.eq_ignore_ascii_case(m))
    }) && is_nowhere(&entry.address)
}

pub struct HostsFileCheck;

impl Check for HostsFileCheck {
    fn id(&self) -> &'static str {
        FINDING_ID
    }

    fn title(&self) -> Msg {
        Msg::new("check-hosts-title")
    }

    fn run(&self, env: &dyn Env) -> CheckOutput {
        CheckOutput::finding(assess(env, self.title()))
    }
}

fn hosts_path(env: &dyn Env) -> Option<MachinePath> {
    match env.os() {
        OsKind::Windows => {
            let root = env
                .path_var("SystemRoot")
                .or_else(|| MachinePath::parse(OsKind::Windows, r"C:\Windows"))?;
            Some(root.join("System32/drivers/etc/hosts"))
        }
        OsKind::Linux | OsKind::MacOs => MachinePath::parse(env.os(), "/etc/hosts"),
    }
}

fn assess(env: &dyn Env, title: Msg) -> Finding {
    let Some(path) = hosts_path(env) else {
        return Finding::unknown(FINDING_ID, title, Msg::new("check-hosts-reason-no-path"));
    };
    let shown = path.to_string();
    let text = match outside::read(&env.local(&path), outside::cap::OUTPUT) {
        Ok(bytes) => String::from_utf8_lossy(&bytes).into_owned(),
        Err(e) if e.is_not_found() => {
            return Finding::new(FINDING_ID, Status::Ok, title, Msg::new("check-hosts-none"))
                .evidence("path", shown);
        }
        Err(e) => return Finding::unknown(FINDING_ID, title, e.reason(&shown)),
    };
    let machine = match env.os() {
        OsKind::Windows => env.var("COMPUTERNAME"),
        _ => env.var("HOSTNAME"),
    };
    let entries = parse_hosts(&text);
    let redirected: Vec<&HostsEntry> = entries
        .iter()
        .filter(|e| sensitive(&e.host).is_some() && !is_nowhere(&e.address))
        .collect();
    let unusual: Vec<&HostsEntry> = entries
        .iter()
        .filter(|e| !is_system_line(e, machine.as_deref()))
        .collect();
    let list = |v: &[&HostsEntry]| {
        json!(
            v.iter()
                .map(|e| json!({"host": e.host, "address": e.address}))
                .collect::<Vec<_>>()
        )
    };
    if let Some(first) = redirected.first() {
        let hosts: Vec<&str> = redirected.iter().map(|e| e.host.as_str()).collect();
        return Finding::new(
            FINDING_ID,
            Status::Critical,
            title,
            Msg::new("check-hosts-redirect")
                .arg("host", first.host.clone())
                .arg("address", first.address.clone())
                .arg("count", redirected.len() as i64),
        )
        .advise(Msg::new("check-hosts-advice-do-not-sign-in"))
        .advise(Msg::new("check-hosts-advice-ask-support").arg("path", shown.clone()))
        .advise(Msg::new("check-hosts-advice-change-passwords"))
        .evidence("path", shown)
        .evidence("redirected", list(&redirected))
        .evidence("hosts", json!(hosts))
        .evidence("unusual", list(&unusual));
    }
    let summary = if unusual.is_empty() {
        Msg::new("check-hosts-clean")
    } else {
        Msg::new("check-hosts-unusual").arg("count", unusual.len() as i64)
    };
    Finding::new(FINDING_ID, Status::Ok, title, summary)
        .evidence("path", shown)
        .evidence("unusual", list(&unusual))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checks::scenario::ScenarioEnv;

    fn run(os: OsKind, text: Option<&str>) -> Finding {
        let dir = tempfile::tempdir().unwrap();
        let (env, file) = match os {
            OsKind::Windows => (
                ScenarioEnv::new(os, dir.path(), 0)
                    .with_var("SystemRoot", r"C:\Windows")
                    .with_var("COMPUTERNAME", "UBND-XA-01"),
                dir.path().join("C/Windows/System32/drivers/etc/hosts"),
            ),
            _ => (
                ScenarioEnv::new(os, dir.path(), 0),
                dir.path().join("etc/hosts"),
            ),
        };
        if let Some(text) = text {
            std::fs::create_dir_all(file.parent().unwrap()).unwrap();
            std::fs::write(&file, text).unwrap();
        }
        HostsFileCheck.run(&env).findings.remove(0)
    }

    #[test]
    fn lines_comments_and_several_hosts_per_line_parse() {
        let e = parse_hosts(
            "# c\n  10.0.0.5\tdichvucong.gov.vn  www.DichVuCong.gov.vn. # x\nnot an ip here\n::1 localhost\n",
        );
        assert_eq!(e.len(), 3);
        assert_eq!(e[1].host, "www.dichvucong.gov.vn");
        assert_eq!(e[2].address, "::1");
    }

    #[test]
    fn a_gov_vn_host_sent_elsewhere_is_critical_naming_host_and_address() {
        let f = run(
            OsKind::Windows,
            Some("127.0.0.1 localhost\r\n103.97.125.18 dichvucong.gov.vn\r\n"),
        );
        assert_eq!(f.status, Status::Critical);
        assert_eq!(f.summary.id, "check-hosts-redirect");
        assert!(
            f.summary
                .args
                .contains(&("host".to_owned(), "dichvucong.gov.vn".into()))
        );
        assert!(
            f.summary
                .args
                .contains(&("address".to_owned(), "103.97.125.18".into()))
        );
    }

    #[test]
    fn banks_and_sign_in_pages_count_but_look_alikes_do_not() {
        assert_eq!(
            sensitive("ebanking.vietcombank.com.vn"),
            Some("vietcombank.com.vn")
        );
        assert_eq!(
            sensitive("login.microsoftonline.com"),
            Some("microsoftonline.com")
        );
        assert_eq!(sensitive("evilgoogle.com"), None);
        assert_eq!(sensitive("gov.vn.evil.com"), None);
        let f = run(OsKind::Linux, Some("45.9.1.2 accounts.google.com\n"));
        assert_eq!(f.status, Status::Critical);
    }

    #[test]
    fn blocking_a_host_or_a_local_tool_line_is_listed_not_alarming() {
        let f = run(
            OsKind::Linux,
            Some(
                "127.0.0.1 localhost\n127.0.1.1 lan-pc\n0.0.0.0 ads.example.com\n0.0.0.0 facebook.com\n192.168.1.10 nas.local\n",
            ),
        );
        assert_eq!(f.status, Status::Ok);
        assert_eq!(f.summary.id, "check-hosts-unusual");
        assert!(f.summary.args.contains(&("count".to_owned(), 4_i64.into())));
    }

    #[test]
    fn the_stock_file_is_clean_and_a_missing_file_is_fine() {
        let stock = "# Copyright (c) 1993-2009 Microsoft Corp.\r\n#\r\n# localhost name resolution is handled within DNS itself.\r\n#\t127.0.0.1       localhost\r\n#\t::1             localhost\r\n";
        assert_eq!(
            run(OsKind::Windows, Some(stock)).summary.id,
            "check-hosts-clean"
        );
        assert_eq!(run(OsKind::Windows, None).summary.id, "check-hosts-none");
        let f = run(
            OsKind::Windows,
            Some("127.0.0.1 localhost\n::1 localhost\n127.0.0.1 UBND-XA-01\n"),
        );
        assert_eq!(f.summary.id, "check-hosts-clean");
    }

    #[test]
    fn an_unreadable_hosts_file_is_unknown_with_its_name() {
        let dir = tempfile::tempdir().unwrap();
        // A folder where the file should be: not a regular file.
        std::fs::create_dir_all(dir.path().join("etc/hosts")).unwrap();
        let env = ScenarioEnv::new(OsKind::Linux, dir.path(), 0);
        let f = HostsFileCheck.run(&env).findings.remove(0);
        assert_eq!(f.status, Status::Unknown);
        assert!(
            f.reason
                .unwrap()
                .args
                .contains(&("path".to_owned(), "/etc/hosts".into()))
        );
    }
}
