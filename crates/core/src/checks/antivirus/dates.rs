//! Calendar dates as the outside world writes them, turned into Unix seconds (the calendar
//! itself is `crate::dates`): ISO 8601, ClamAV's `16 Apr 2020 07-58 -0400`
//! and `ctime`'s `Tue Oct  6 07:34:01 2026`.

/// Unix seconds of a UTC date and time; `None` when a field is out of range or the day does not
/// exist. The calendar is `crate::dates`' (chrono), the one date module.
pub(crate) fn unix_seconds(
    year: i64,
    month: u32,
    day: u32,
    hour: u32,
    minute: u32,
    second: u32,
) -> Option<i64> {
    if !(1..=9999).contains(&year) || second > 60 {
        return None;
    }
    crate::dates::unix_of_utc(year, month, day, hour, minute, second)
}

/// `Jan` … `Dec`, any case.
pub(crate) fn month_number(name: &str) -> Option<u32> {
    const MONTHS: [&str; 12] = [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ];
    let lower = name.get(..3)?.to_ascii_lowercase();
    MONTHS
        .iter()
        .position(|m| *m == lower)
        .map(|i| i as u32 + 1)
}

fn number<T: std::str::FromStr>(text: &str) -> Option<T> {
    if text.is_empty() || !text.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    text.parse().ok()
}

/// `+0700`, `-04:00`, `Z` → seconds east of UTC.
fn zone_offset(text: &str) -> Option<i64> {
    if text.eq_ignore_ascii_case("z") {
        return Some(0);
    }
    let (sign, rest) = match text.as_bytes().first()? {
        b'+' => (1, &text[1..]),
        b'-' => (-1, &text[1..]),
        _ => return None,
    };
    let digits: String = rest.chars().filter(|c| *c != ':').collect();
    // ASCII only: the slices below are byte ranges.
    if digits.len() != 4 || !digits.is_ascii() {
        return None;
    }
    let hours: i64 = number(&digits[..2])?;
    let minutes: i64 = number(&digits[2..])?;
    (hours < 24 && minutes < 60).then_some(sign * (hours * 3600 + minutes * 60))
}

/// ISO 8601 as .NET's `ToString('o')` writes it:
/// `2026-11-17T02:15:43.0000000Z`, `2026-11-17T09:15:43+07:00`; no zone means UTC.
pub fn parse_iso8601(text: &str) -> Option<i64> {
    let text = text.trim();
    let (date, time) = text.split_once(['T', 't', ' '])?;
    let mut d = date.splitn(3, '-');
    let year: i64 = number(d.next()?)?;
    let month: u32 = number(d.next()?)?;
    let day: u32 = number(d.next()?)?;
    // The zone starts at the first `Z`, `+` or `-` after the clock.
    let zone_at = time.find(['Z', 'z', '+', '-']).unwrap_or(time.len());
    let (clock, zone) = time.split_at(zone_at);
    let offset = if zone.is_empty() {
        0
    } else {
        zone_offset(zone)?
    };
    let clock = clock.split('.').next()?;
    let mut c = clock.splitn(3, ':');
    let hour: u32 = number(c.next()?)?;
    let minute: u32 = number(c.next()?)?;
    let second: u32 = match c.next() {
        Some(s) => number(s)?,
        None => 0,
    };
    Some(unix_seconds(year, month, day, hour, minute, second)? - offset)
}

/// ClamAV's build time: `%d %b %Y %H-%M %z`, e.g. `16 Apr 2020 07-58 -0400`.
pub fn parse_clamav_build_time(text: &str) -> Option<i64> {
    let mut parts = text.split_whitespace();
    let day: u32 = number(parts.next()?)?;
    let month = month_number(parts.next()?)?;
    let year: i64 = number(parts.next()?)?;
    let (hour, minute) = parts.next()?.split_once('-')?;
    let offset = match parts.next() {
        Some(zone) => zone_offset(zone)?,
        None => 0,
    };
    let t = unix_seconds(year, month, day, number(hour)?, number(minute)?, 0)?;
    Some(t - offset)
}

/// `ctime` without a zone, as `clamscan --version` prints the database date:
/// `Tue Oct  6 07:34:01 2026`. The machine's local time; read as UTC, which is close enough
/// for an age in days.
pub fn parse_ctime(text: &str) -> Option<i64> {
    let mut parts = text.split_whitespace();
    let _weekday = parts.next()?;
    let month = month_number(parts.next()?)?;
    let day: u32 = number(parts.next()?)?;
    let mut clock = parts.next()?.splitn(3, ':');
    let hour: u32 = number(clock.next()?)?;
    let minute: u32 = number(clock.next()?)?;
    let second: u32 = number(clock.next()?)?;
    let year: i64 = number(parts.next()?)?;
    unix_seconds(year, month, day, hour, minute, second)
}

/// Whole days from `then` to `now`; a date in the future (a wrong clock) counts as today.
pub(crate) fn age_days(now: i64, then: i64) -> u32 {
    let days = now.saturating_sub(then).max(0) / 86_400;
    u32::try_from(days).unwrap_or(u32::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn civil_days_match_known_dates() {
        assert_eq!(unix_seconds(1970, 1, 1, 0, 0, 0), Some(0));
        assert_eq!(unix_seconds(2000, 3, 1, 0, 0, 0), Some(11_017 * 86_400));
        assert_eq!(unix_seconds(2020, 4, 16, 11, 58, 59), Some(1_587_038_339));
        assert_eq!(unix_seconds(2020, 13, 1, 0, 0, 0), None);
        assert_eq!(unix_seconds(2021, 2, 30, 0, 0, 0), None, "no such day");
    }

    #[test]
    fn iso_dates_with_fractions_zones_or_none() {
        assert_eq!(
            parse_iso8601("2020-04-16T11:58:59.0000000Z"),
            Some(1_587_038_339)
        );
        assert_eq!(
            parse_iso8601("2020-04-16T18:58:59+07:00"),
            Some(1_587_038_339)
        );
        assert_eq!(
            parse_iso8601("2020-04-16T07:58:59-0400"),
            Some(1_587_038_339)
        );
        assert_eq!(parse_iso8601("2020-04-16T11:58:59"), Some(1_587_038_339));
        assert_eq!(parse_iso8601("2020-04-16"), None);
        assert_eq!(parse_iso8601("yesterday"), None);
        assert_eq!(parse_iso8601("2020-04-16T11:58:59+7"), None);
    }

    /// Found by `antivirus_windows_security`: a zone of 4 bytes that are not 4 ASCII digits
    /// was sliced inside a character.
    #[test]
    fn a_zone_with_multibyte_characters_is_refused_not_a_panic() {
        assert_eq!(parse_iso8601("2050-05-19T10:00+\u{fffd}1"), None);
        assert_eq!(parse_iso8601("050-05-19T\u{fffd}\u{fffd}-0"), None);
        assert_eq!(parse_clamav_build_time("1 Jan 2020 10-00 +\u{e9}12"), None);
    }

    #[test]
    fn clamav_build_time_uses_a_dash_between_hour_and_minute() {
        assert_eq!(
            parse_clamav_build_time("16 Apr 2020 07-58 -0400"),
            Some(1_587_038_280)
        );
        assert_eq!(parse_clamav_build_time("16 Apr 2020 07:58 -0400"), None);
    }

    #[test]
    fn ctime_dates_with_padded_days() {
        assert_eq!(parse_ctime("Thu Apr 16 11:58:59 2020"), Some(1_587_038_339));
        assert!(parse_ctime("Tue Oct  6 07:34:01 2026").is_some());
        assert_eq!(parse_ctime("Tue Foo  6 07:34:01 2026"), None);
    }

    #[test]
    fn ages_never_go_negative() {
        assert_eq!(age_days(10 * 86_400, 0), 10);
        assert_eq!(age_days(0, 10 * 86_400), 0);
        assert_eq!(age_days(86_399, 0), 0);
    }
}
