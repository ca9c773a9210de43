//! `mdatp health` output (Microsoft Defender for Endpoint on Linux and macOS).
#![no_main]

use libfuzzer_sys::fuzz_target;
use tukiem_core::checks::antivirus::parse_mdatp_health;

fuzz_target!(|data: &[u8]| {
    let _ = parse_mdatp_health(&String::from_utf8_lossy(data));
});
