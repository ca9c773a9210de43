//! The `*.gov.vn` host test on saved URLs: whatever comes in, a host that comes out is a
//! lower-case `gov.vn` host name and nothing else.
#![no_main]

use libfuzzer_sys::fuzz_target;
use tukiem_core::checks::browsers::gov::{gov_host, raw_host};

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let _ = raw_host(&text);
    if let Some(host) = gov_host(&text) {
        assert!(host == "gov.vn" || host.ends_with(".gov.vn"), "{host}");
        assert!(host.len() > ".gov.vn".len() || host == "gov.vn", "{host}");
        assert!(
            host.bytes().all(|b| b.is_ascii_lowercase()
                || b.is_ascii_digit()
                || matches!(b, b'.' | b'-' | b'_')),
            "{host}"
        );
        assert!(!host.contains(".."), "{host}");
    }
});
