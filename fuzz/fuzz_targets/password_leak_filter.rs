//! A leaked-password filter file from a Department's bundle: refused with a reason or read, and
//! a filter that reads answers lookups without panicking.
#![no_main]

use libfuzzer_sys::fuzz_target;
use tukiem_core::password::leaked::LeakFilter;

fuzz_target!(|data: &[u8]| {
    if let Ok(filter) = LeakFilter::parse(data) {
        let _ = filter.contains("P@ssw0rd");
        let _ = filter.contains("");
    }
});
