//! The PowerShell JSON of the Windows antivirus check (`windows-security`), and every date
//! shape inside it: never a panic, whatever the bytes.
#![no_main]

use libfuzzer_sys::fuzz_target;
use tukiem_core::checks::antivirus::{parse_iso8601, parse_windows_security, powershell_json};

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let _ = parse_windows_security(&text);
    let _ = powershell_json::parse_ms_date(&text);
    let _ = parse_iso8601(&text);
});
