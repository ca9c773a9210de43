//! `clamscan --version` output, with its `ctime` date.
#![no_main]

use libfuzzer_sys::fuzz_target;
use tukiem_core::checks::antivirus::{parse_clamscan_version, parse_ctime};

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let _ = parse_clamscan_version(&text);
    let _ = parse_ctime(&text);
});
