//! Chromium `Local State` (the `profile.info_cache` keys; everything else skipped unread).
#![no_main]

use libfuzzer_sys::fuzz_target;
use tukiem_core::checks::browsers::profiles::parse_local_state;

fuzz_target!(|data: &[u8]| {
    let _ = parse_local_state(data);
});
