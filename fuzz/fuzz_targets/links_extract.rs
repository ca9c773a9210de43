//! Finding links in a pasted message and judging each: whatever the text, every link found is a
//! non-empty slice of it, in order and without overlap, and each gets exactly one verdict.
#![no_main]

use libfuzzer_sys::fuzz_target;
use tukiem_core::links::{Officials, Verdict, check_text, extract::find_links};

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let mut end = 0;
    for range in find_links(&text) {
        assert!(range.start >= end && range.start < range.end, "{range:?}");
        assert!(text.is_char_boundary(range.start) && text.is_char_boundary(range.end));
        end = range.end;
    }
    let checks = check_text(Officials::builtin(), &text);
    assert!(!checks.is_empty());
    for c in &checks {
        assert!(!c.reasons.is_empty(), "{c:?}");
        if c.verdict == Verdict::Lookalike {
            assert!(c.host.is_some(), "{c:?}");
        }
        if c.verdict != Verdict::Lookalike {
            assert!(c.imitates.is_none(), "{c:?}");
        }
    }
});
