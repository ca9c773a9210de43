//! Reading a Department's bundle (`*.tukiem`): whatever the bytes, the reader answers a bundle
//! or a reason, never a panic, and the entries it accepts all have allowed names and sizes
//! within their caps. A fixed trusted key lets fuzzed containers that carry its signature reach
//! the content parsers too.
#![no_main]

use libfuzzer_sys::fuzz_target;
use tukiem_core::bundle::{self, container, format, keys};

fuzz_target!(|data: &[u8]| {
    if let Ok(entries) = container::read_entries(data, "fuzz.tukiem") {
        for (name, bytes) in &entries {
            assert!(format::is_allowed_name(name), "{name}");
            assert!(bytes.len() as u64 <= format::entry_cap(name), "{name}");
        }
    }
    let secret = keys::SecretKey::from_file_text(
        "tukiem-secret-key v1 AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=",
    )
    .expect("a fixed key");
    let trusted = [keys::TrustedKey {
        id: keys::key_id(&secret.public()),
        key: secret.public(),
        origin: keys::KeyOrigin::File("fuzz.pub".into()),
    }];
    if let Ok(b) = bundle::read(data, "fuzz.tukiem", &trusted) {
        assert!(!b.profile.agency.name.vi.is_empty());
    }
});
