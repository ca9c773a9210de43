//! Reading where a link goes: whatever comes in, a host that comes out is lower-case ASCII of
//! at most 253 characters with no empty label, or a bracketed IPv6 / dotted IPv4 literal.
#![no_main]

use libfuzzer_sys::fuzz_target;
use tukiem_core::links::host::{HostKind, parse_link};

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    if let Ok(link) = parse_link(&text) {
        let host = &link.host.ascii;
        match link.host.kind {
            HostKind::Name => {
                assert!(!host.is_empty() && host.len() <= 253, "{host}");
                assert!(!host.split('.').any(str::is_empty), "{host}");
                assert!(
                    host.bytes().all(|b| b.is_ascii_lowercase()
                        || b.is_ascii_digit()
                        || matches!(b, b'.' | b'-' | b'_')),
                    "{host}"
                );
            }
            HostKind::Ipv4(ip) => assert_eq!(*host, ip.to_string()),
            HostKind::Ipv6(ip) => assert_eq!(*host, format!("[{ip}]")),
        }
    }
});
