//! The native readers behind `SystemEnv`'s Windows facts, and what they share on every OS.
//!
//! Each reader runs on its own thread with its own time budget ([`with_budget`]): a hung COM
//! server or WMI provider costs that fact, never the check, and a panic in a reader is a
//! failure reason, not a crash. The Windows code lives in `windows/` (`#[cfg(windows)]`).

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::sync::mpsc;
use std::time::Duration;

use super::antivirus::dates::unix_seconds;
use super::facts::{Fact, FactError};

#[cfg(windows)]
pub mod windows;

/// Runs `read` on its own thread and waits at most `budget` for it. A reader still running
/// then is left to finish on its own (its answer is dropped); the fact is `TimedOut`.
pub fn with_budget<T: Send + 'static>(
    budget: Duration,
    read: impl FnOnce() -> Fact<T> + Send + 'static,
) -> Fact<T> {
    let (tx, rx) = mpsc::channel();
    let spawned = std::thread::Builder::new()
        .name("tukiem-native-reader".to_owned())
        .spawn(move || {
            let result = catch_unwind(AssertUnwindSafe(read))
                .unwrap_or_else(|_| Err(FactError::Failed("reader panicked".to_owned())));
            let _ = tx.send(result);
        });
    if spawned.is_err() {
        return Err(FactError::Failed(
            "could not start a reader thread".to_owned(),
        ));
    }
    match rx.recv_timeout(budget) {
        Ok(result) => result,
        Err(mpsc::RecvTimeoutError::Timeout) => Err(FactError::TimedOut),
        Err(mpsc::RecvTimeoutError::Disconnected) => {
            Err(FactError::Failed("reader stopped".to_owned()))
        }
    }
}

/// Seconds from 1601-01-01 (where Windows' FILETIME counts from) to the Unix epoch.
const FILETIME_EPOCH_OFFSET: i64 = 11_644_473_600;

/// A FILETIME (100-ns intervals since 1601-01-01 UTC) as Unix seconds, exactly: zero is
/// 1601-01-01, far before 1970. Never overflows (`u64::MAX` ticks are about 58,000 years).
pub fn filetime_unix(ticks: u64) -> i64 {
    // At most 1.8e12 seconds: fits an i64 with room to spare.
    i64::try_from(ticks / 10_000_000).unwrap_or(i64::MAX) - FILETIME_EPOCH_OFFSET
}

/// Windows' name as people know it. `ProductName` still says "Windows 10" on Windows 11
/// (Microsoft kept it for compatibility); build 22000 and later is Windows 11.
pub fn windows_caption(product_name: &str, build: Option<u32>) -> String {
    match product_name.strip_prefix("Windows 10") {
        Some(rest) if build.is_some_and(|b| b >= 22_000) => format!("Windows 11{rest}"),
        _ => product_name.to_owned(),
    }
}

/// A CIM `DATETIME` as WMI gives it (`yyyymmddHHMMSS.mmmmmmsUUU`, `UUU` the offset from UTC
/// in minutes), as Unix seconds. `None` for anything else, including WMI's "no date"
/// (`00000000…` or a year out of range).
pub fn parse_cim_datetime(text: &str) -> Option<i64> {
    let b = text.as_bytes();
    if b.len() != 25 || b[14] != b'.' || !matches!(b[21], b'+' | b'-') {
        return None;
    }
    let digits = |range: std::ops::Range<usize>| -> Option<u32> {
        let part = text.get(range)?;
        if !part.bytes().all(|c| c.is_ascii_digit()) {
            return None;
        }
        part.parse().ok()
    };
    let seconds = unix_seconds(
        i64::from(digits(0..4)?),
        digits(4..6)?,
        digits(6..8)?,
        digits(8..10)?,
        digits(10..12)?,
        digits(12..14)?,
    )?;
    digits(15..21)?;
    let offset = i64::from(digits(22..25)?) * 60;
    Some(if b[21] == b'+' {
        seconds - offset
    } else {
        seconds + offset
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_reader_that_answers_gives_its_fact() {
        let fact = with_budget(Duration::from_secs(30), || Ok(7));
        assert_eq!(fact, Ok(7));
    }

    #[test]
    fn a_reader_that_hangs_past_its_budget_is_timed_out() {
        let (_hold, wait) = mpsc::channel::<()>();
        let fact: Fact<u32> = with_budget(Duration::from_millis(50), move || {
            // Blocks until the test ends and drops the sender.
            let _ = wait.recv();
            Ok(1)
        });
        assert_eq!(fact, Err(FactError::TimedOut));
    }

    #[test]
    fn a_reader_that_panics_is_a_failure_not_a_crash() {
        let fact: Fact<u32> = with_budget(Duration::from_secs(30), || panic!("odd machine"));
        assert!(matches!(fact, Err(FactError::Failed(_))));
    }

    #[test]
    fn filetimes_become_unix_seconds_with_zero_read_as_1601() {
        // 2026-11-12 00:00 UTC.
        assert_eq!(
            filetime_unix((1_794_441_600 + 11_644_473_600) * 10_000_000 + 9_999_999),
            1_794_441_600
        );
        assert_eq!(filetime_unix(0), -11_644_473_600);
        assert!(filetime_unix(u64::MAX) > 1_794_441_600);
    }

    #[test]
    fn windows_11_is_named_by_its_build_not_by_product_name() {
        assert_eq!(
            windows_caption("Windows 10 Pro", Some(22_631)),
            "Windows 11 Pro"
        );
        assert_eq!(
            windows_caption("Windows 10 Pro", Some(19_045)),
            "Windows 10 Pro"
        );
        assert_eq!(windows_caption("Windows 10 Pro", None), "Windows 10 Pro");
        assert_eq!(
            windows_caption("Windows Server 2022 Standard", Some(20_348)),
            "Windows Server 2022 Standard"
        );
    }

    #[test]
    fn cim_datetimes_with_their_offset_become_unix_seconds() {
        assert_eq!(
            parse_cim_datetime("20261118011240.000000+000"),
            Some(1_794_964_360)
        );
        // 08:12:40 at UTC+7 is 01:12:40 UTC.
        assert_eq!(
            parse_cim_datetime("20261118081240.123456+420"),
            Some(1_794_964_360)
        );
        assert_eq!(parse_cim_datetime("00000000000000.000000+000"), None);
        assert_eq!(parse_cim_datetime("2026-11-18T01:12:40Z"), None);
        assert_eq!(parse_cim_datetime("20261118011240.0000ẞ+000"), None);
        assert_eq!(parse_cim_datetime(""), None);
    }
}
