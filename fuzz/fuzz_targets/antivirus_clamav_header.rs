//! The 512-byte header of ClamAV's `.cvd`/`.cld` files, and its date field.
#![no_main]

use libfuzzer_sys::fuzz_target;
use tukiem_core::checks::antivirus::{parse_clamav_build_time, parse_cvd_header};

fuzz_target!(|data: &[u8]| {
    if let Ok(header) = parse_cvd_header(data) {
        assert!(!header.build_time.contains(':'));
    }
    let _ = parse_clamav_build_time(&String::from_utf8_lossy(data));
});
