//! The recorded native facts of a Windows machine (`facts.toml`) and the date shapes the
//! antivirus readers meet: never a panic, whatever the bytes.
#![no_main]

use libfuzzer_sys::fuzz_target;
use tukiem_core::checks::antivirus::parse_iso8601;
use tukiem_core::checks::native::parse_cim_datetime;
use tukiem_core::checks::scenario_facts::RecordedFacts;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let _ = RecordedFacts::parse(&text);
    let _ = parse_cim_datetime(&text);
    let _ = parse_iso8601(&text);
});
