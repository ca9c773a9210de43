//! `DatabaseDirectory` from a `freshclam.conf`.
#![no_main]

use libfuzzer_sys::fuzz_target;
use tukiem_core::checks::antivirus::parse_freshclam_database_dir;

fuzz_target!(|data: &[u8]| {
    if let Some(dir) = parse_freshclam_database_dir(&String::from_utf8_lossy(data)) {
        assert!(!dir.is_empty() && !dir.contains('\n'));
    }
});
