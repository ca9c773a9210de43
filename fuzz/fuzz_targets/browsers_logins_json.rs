//! Firefox `logins.json`: counts never exceed the entries, government logins never exceed the
//! count.
#![no_main]

use libfuzzer_sys::fuzz_target;
use tukiem_core::checks::browsers::KnownSites;
use tukiem_core::checks::browsers::firefox::parse_logins_json;

fuzz_target!(|data: &[u8]| {
    if let Ok(count) = parse_logins_json(data, &KnownSites::default()) {
        assert!(count.gov <= count.saved);
        assert!(count.gov_hosts.len() as u32 <= count.gov);
        assert_eq!(count.saved == 0, count.protection.is_none());
    }
});
