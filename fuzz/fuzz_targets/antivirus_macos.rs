//! macOS: `spctl --status` output, XProtect's `Info.plist` and Software Update's settings
//! (XML or binary property lists).
#![no_main]

use libfuzzer_sys::fuzz_target;
use tukiem_core::checks::antivirus::{
    parse_software_update_plist, parse_spctl_status, parse_xprotect_version,
};

fuzz_target!(|data: &[u8]| {
    let _ = parse_spctl_status(&String::from_utf8_lossy(data));
    let _ = parse_xprotect_version(data);
    let _ = parse_software_update_plist(data);
});
