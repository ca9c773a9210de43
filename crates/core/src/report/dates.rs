//! Calendar arithmetic for reports: ISO dates ⇄ days since 1970-01-01, and a Unix time shown in
//! the caller's time zone. The caller reads the clock and the offset; core only computes.

use crate::Msg;
use crate::password::checklist::iso_date_from_unix_days;

const SECONDS_PER_DAY: i64 = 86_400;

/// Days since 1970-01-01 for a `YYYY-MM-DD` date, or `None` when it is not a real date.
pub fn days_from_iso(iso: &str) -> Option<i64> {
    let mut parts = iso.split('-');
    let (y, m, d) = (parts.next()?, parts.next()?, parts.next()?);
    if parts.next().is_some() || y.len() != 4 || m.len() != 2 || d.len() != 2 {
        return None;
    }
    let (y, m, d): (i64, i64, i64) = (y.parse().ok()?, m.parse().ok()?, d.parse().ok()?);
    if !(1..=12).contains(&m) || d < 1 || d > days_in_month(y, m) {
        return None;
    }
    // Howard Hinnant's days-from-civil algorithm.
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y.rem_euclid(400);
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    Some(era * 146_097 + doe - 719_468)
}

fn days_in_month(y: i64, m: i64) -> i64 {
    match m {
        2 if (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// The UTC day number of a Unix time (the convention the password checklist's dates use).
pub fn utc_day(unix: i64) -> i64 {
    unix.div_euclid(SECONDS_PER_DAY)
}

/// A moment as the person's clock shows it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Local {
    pub iso_date: String,
    pub year: i64,
    pub month: i64,
    pub day: i64,
    /// `HH:MM`.
    pub time: String,
}

/// `unix` seen from a time zone `utc_offset_minutes` east of UTC (Vietnam: +420).
pub fn local(unix: i64, utc_offset_minutes: i32) -> Local {
    let shifted = unix + i64::from(utc_offset_minutes) * 60;
    let iso_date = iso_date_from_unix_days(shifted.div_euclid(SECONDS_PER_DAY));
    let secs = shifted.rem_euclid(SECONDS_PER_DAY);
    let num = |range: std::ops::Range<usize>| iso_date[range].parse::<i64>().unwrap_or(0);
    Local {
        year: num(0..4),
        month: num(5..7),
        day: num(8..10),
        time: format!("{:02}:{:02}", secs / 3600, secs % 3600 / 60),
        iso_date,
    }
}

/// The catalogue's short date (`date-short`) for an ISO date; the text itself when it is not one.
pub fn date_msg(iso: &str) -> Msg {
    match days_from_iso(iso) {
        Some(_) => Msg::new("date-short")
            .arg("year", iso[0..4].to_owned())
            .arg("month2", iso[5..7].to_owned())
            .arg("day2", iso[8..10].to_owned())
            .arg("month", iso[5..7].parse::<i64>().unwrap_or(0))
            .arg("day", iso[8..10].parse::<i64>().unwrap_or(0)),
        None => Msg::new("date-short")
            .arg("year", iso.to_owned())
            .arg("month2", String::new())
            .arg("day2", String::new())
            .arg("month", 0i64)
            .arg("day", 0i64),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn iso_dates_and_day_numbers_round_trip() {
        for days in [-1, 0, 11_016, 19_663, 20_417, 20_782] {
            assert_eq!(days_from_iso(&iso_date_from_unix_days(days)), Some(days));
        }
        assert_eq!(days_from_iso("2023-11-02"), Some(19_663));
    }

    #[test]
    fn impossible_dates_are_refused() {
        for bad in [
            "",
            "2023-02-29",
            "2024-13-01",
            "2024-04-31",
            "24-01-01",
            "2024-1-01",
            "x",
        ] {
            assert_eq!(days_from_iso(bad), None, "{bad}");
        }
        assert_eq!(days_from_iso("2024-02-29"), Some(19_782));
    }

    #[test]
    fn a_morning_in_vietnam_is_still_the_previous_day_in_utc() {
        // 2026-11-25 06:30 in Hanoi (UTC+7) is 2026-11-24 23:30 UTC.
        let unix = days_from_iso("2026-11-24").unwrap() * 86_400 + 23 * 3600 + 30 * 60;
        let hanoi = local(unix, 420);
        assert_eq!(hanoi.iso_date, "2026-11-25");
        assert_eq!((hanoi.year, hanoi.month, hanoi.day), (2026, 11, 25));
        assert_eq!(hanoi.time, "06:30");
        assert_eq!(local(unix, 0).iso_date, "2026-11-24");
        assert_eq!(utc_day(unix), days_from_iso("2026-11-24").unwrap());
    }
}
