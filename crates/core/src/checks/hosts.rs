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

/// The largest `hosts` file read. Ad-blocking lists written into `hosts` (StevenBlack's unified
/// list with its extensions: 5–10 MB, 150,000+ lines) are real and must be read, not refused.
pub const MAX_HOSTS_BYTES: u64 = 32 * 1024 * 1024;

/// Unusual lines listed in the evidence, at most (the count is always given): an ad-blocking
/// list would otherwise put 150,000 lines into the report.
const MAX_LISTED: usize = 100;

/// Why a `hosts` file's bytes are not text TựKiểm can read.
#[derive(Debug, PartialEq, Eq)]
pub enum Undecodable {
    /// A UTF-16 byte-order mark, and the rest is not valid UTF-16.
    BadUtf16,
    /// NUL bytes without a byte-order mark: UTF-16 without a BOM, or not text at all.
    Binary,
}

/// The text of a `hosts` file: UTF-8 (with or without a BOM), or UTF-16 with its BOM (Notepad
/// can save it so, and Windows reads it). Stray non-UTF-8 bytes elsewhere (an ANSI comment) are
/// replaced; they cannot hide a mapping, which is ASCII.
pub fn decode_hosts(bytes: &[u8]) -> Result<String, Undecodable> {
    let utf16 = |body: &[u8], little: bool| {
        if !body.len().is_multiple_of(2) {
            return Err(Undecodable::BadUtf16);
        }
        let units: Vec<u16> = body
            .chunks_exact(2)
            .map(|c| {
                if little {
                    u16::from_le_bytes([c[0], c[1]])
                } else {
                    u16::from_be_bytes([c[0], c[1]])
                }
            })
            .collect();
        String::from_utf16(&units).map_err(|_| Undecodable::BadUtf16)
    };
    match bytes {
        [0xFF, 0xFE, rest @ ..] => utf16(rest, true),
        [0xFE, 0xFF, rest @ ..] => utf16(rest, false),
        _ => {
            let body = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]).unwrap_or(bytes);
            if body.contains(&0) {
                return Err(Undecodable::Binary);
            }
            Ok(String::from_utf8_lossy(body).into_owned())
        }
    }
}

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
        // Every licensed bank, and the official hosts outside gov.vn (`bank_hosts`).
        .or_else(|| super::bank_hosts::protected_domain(host))
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
    let text = match outside::read(&env.local(&path), MAX_HOSTS_BYTES).map(|b| decode_hosts(&b)) {
        Ok(Ok(text)) => text,
        Ok(Err(why)) => {
            let id = match why {
                Undecodable::BadUtf16 => "check-hosts-reason-bad-utf16",
                Undecodable::Binary => "check-hosts-reason-binary",
            };
            return Finding::unknown(FINDING_ID, title, Msg::new(id).arg("path", shown.clone()))
                .evidence("path", shown);
        }
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
        // Blocking lines first: an ad-blocking list is 150,000 of them.
        .filter(|e| !is_nowhere(&e.address) && sensitive(&e.host).is_some())
        .collect();
    let unusual: Vec<&HostsEntry> = entries
        .iter()
        .filter(|e| !is_system_line(e, machine.as_deref()))
        .collect();
    let list = |v: &[&HostsEntry]| {
        json!(
            v.iter()
                .take(MAX_LISTED)
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
        .evidence(
            "hosts",
            json!(hosts.iter().take(MAX_LISTED).collect::<Vec<_>>()),
        )
        .evidence("unusual", list(&unusual))
        .evidence("unusual_count", unusual.len());
    }
    let summary = if unusual.is_empty() {
        Msg::new("check-hosts-clean")
    } else {
        Msg::new("check-hosts-unusual").arg("count", unusual.len() as i64)
    };
    Finding::new(FINDING_ID, Status::Ok, title, summary)
        .evidence("path", shown)
        .evidence("unusual", list(&unusual))
        .evidence("unusual_count", unusual.len())
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

    fn run_bytes(bytes: &[u8]) -> Finding {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(dir.path().join("etc")).unwrap();
        std::fs::write(dir.path().join("etc/hosts"), bytes).unwrap();
        let env = ScenarioEnv::new(OsKind::Linux, dir.path(), 0);
        HostsFileCheck.run(&env).findings.remove(0)
    }

    fn utf16le(text: &str) -> Vec<u8> {
        let mut out = vec![0xFF, 0xFE];
        for unit in text.encode_utf16() {
            out.extend_from_slice(&unit.to_le_bytes());
        }
        out
    }

    #[test]
    fn a_utf16_hosts_file_with_its_bom_is_read_as_such() {
        let f = run_bytes(&utf16le(
            "127.0.0.1 localhost\r\n203.0.113.9 dichvucong.gov.vn\r\n",
        ));
        assert_eq!(f.status, Status::Critical);
        assert_eq!(f.evidence["hosts"][0], "dichvucong.gov.vn");
        let mut be = vec![0xFE, 0xFF];
        for unit in "203.0.113.9 vietcombank.com.vn\n".encode_utf16() {
            be.extend_from_slice(&unit.to_be_bytes());
        }
        assert_eq!(run_bytes(&be).status, Status::Critical);
    }

    #[test]
    fn a_hosts_file_that_cannot_be_decoded_is_unknown_never_clean() {
        let mut broken = utf16le("127.0.0.1 localhost\n");
        broken.extend_from_slice(&[0x00, 0xD8, 0x41, 0x00]); // a lone high surrogate
        let f = run_bytes(&broken);
        assert_eq!(f.status, Status::Unknown);
        assert_eq!(f.reason.unwrap().id, "check-hosts-reason-bad-utf16");
        let no_bom: Vec<u8> = "203.0.113.9 dichvucong.gov.vn\n"
            .bytes()
            .flat_map(|b| [b, 0])
            .collect();
        let f = run_bytes(&no_bom);
        assert_eq!(f.status, Status::Unknown);
        assert_eq!(f.reason.unwrap().id, "check-hosts-reason-binary");
    }

    #[test]
    fn an_ad_blocking_list_of_stevenblack_size_is_read_whole_and_listed_briefly() {
        let mut text = String::from("# generated ad-blocking list\n127.0.0.1 localhost\n");
        for i in 0..170_000 {
            text.push_str(&format!("0.0.0.0 ads-{i}.tracker-network-example.com\n"));
        }
        text.push_str("203.0.113.9 bidv.com.vn\n");
        assert!(text.len() > 5 * 1024 * 1024, "{}", text.len());
        let f = run_bytes(text.as_bytes());
        assert_eq!(f.status, Status::Critical, "{:?}", f.reason);
        assert_eq!(f.evidence["unusual_count"], 170_001);
        assert_eq!(f.evidence["unusual"].as_array().unwrap().len(), MAX_LISTED);
    }
}
