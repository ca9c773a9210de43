//! A Chromium `Login Data` file's bytes → the count, through the real read path (file on
//! disk, `immutable=1` URI, schema probe, prefix classes, progress handler at a deadline).
//! Never a panic or a hang; a count or an error.
#![no_main]

use std::path::PathBuf;
use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use tukiem_core::checks::OsKind;
use tukiem_core::checks::browsers::KnownSites;
use tukiem_core::checks::browsers::chromium_db::{PrefixRule, read_login_store};
use tukiem_core::outside::Deadline;

fn path() -> &'static PathBuf {
    static PATH: OnceLock<PathBuf> = OnceLock::new();
    PATH.get_or_init(|| {
        let dir = std::env::temp_dir().join(format!("tukiem-fuzz-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        dir.join("Login Data")
    })
}

fuzz_target!(|data: &[u8]| {
    let path = path();
    std::fs::write(path, data).unwrap();
    for rule in [PrefixRule::Chromium(OsKind::Windows), PrefixRule::CountOnly] {
        // A hostile schema (a recursive view) must stop at the deadline, not hang the fuzzer.
        let deadline = Deadline::after(std::time::Duration::from_secs(2));
        if let Ok(Some(count)) = read_login_store(path, rule, &KnownSites::default(), &deadline) {
            assert!(count.gov <= count.saved);
        }
    }
});
