//! Firefox `profiles.ini`.
#![no_main]

use libfuzzer_sys::fuzz_target;
use tukiem_core::checks::browsers::firefox::parse_profiles_ini;

fuzz_target!(|data: &[u8]| {
    if let Ok(profiles) = parse_profiles_ini(&String::from_utf8_lossy(data)) {
        for p in profiles {
            assert!(!p.path.trim().is_empty());
        }
    }
});
