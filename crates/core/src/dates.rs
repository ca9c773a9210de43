//! The one date module: calendar days and moments on the person's own calendar, on `chrono`.
//!
//! - Core reads no clock: the shell's [`crate::app::Host`] (or a check's `Env`) says what time it
//!   is and the person's UTC offset, as a [`Clock`].
//! - Every step is checked. A number read from a file or a scenario (`now = 9223372036854775807`,
//!   a history line from the year 300,000) that is not a real date is *unknown* (`None`, shown as
//!   `date-unknown`), never a panic and never a wrapped-around date.
//! - Days are the person's local calendar days: a change made at 06:00 in Hà Nội (23:00 UTC the
//!   day before) is dated today.
//! - Dates are stored as ISO `YYYY-MM-DD` and shown through the catalogue's `date-short`
//!   (Vietnamese `dd/mm/yyyy` with leading zeros), so the UI renders a `Msg` and formats nothing.

use chrono::{DateTime, Datelike, FixedOffset, NaiveDate, Timelike};

use crate::Msg;

/// The widest real time zones are UTC−12 and UTC+14; anything beyond is clamped to them.
const MAX_OFFSET_MINUTES: i32 = 14 * 60;

/// "Now", as the shell read it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Clock {
    /// Seconds since the Unix epoch.
    pub unix: i64,
    /// Minutes east of UTC (Việt Nam: 420). Clamped to ±14 h.
    pub utc_offset_minutes: i32,
}

impl Clock {
    /// Today on the person's calendar; `None` when the clock is not a real date.
    pub fn today(self) -> Option<NaiveDate> {
        local_day(self.unix, self.utc_offset_minutes)
    }

    /// Today as a day number ([`day_number`]), the form the score compares.
    pub fn today_number(self) -> Option<i64> {
        self.today().map(day_number)
    }

    /// `unix` on the person's calendar.
    pub fn day_of(self, unix: i64) -> Option<NaiveDate> {
        local_day(unix, self.utc_offset_minutes)
    }

    /// `unix` as the person's clock shows it (`checks-moment`: time and date), or `date-unknown`.
    pub fn moment_msg(self, unix: i64) -> Msg {
        moment_msg(unix, self.utc_offset_minutes)
    }

    /// Whole calendar days from `unix` to today (0 for today, never negative: a clock set back
    /// does not give "-3 days ago"); `None` when either is not a real date.
    pub fn days_since(self, unix: i64) -> Option<i64> {
        let then = self.day_of(unix)?;
        let today = self.today()?;
        Some(days_between(then, today).max(0))
    }
}

fn offset(utc_offset_minutes: i32) -> FixedOffset {
    let minutes = utc_offset_minutes.clamp(-MAX_OFFSET_MINUTES, MAX_OFFSET_MINUTES);
    // Within ±14 h, so always a valid offset; UTC is the provably unreachable fallback.
    FixedOffset::east_opt(minutes * 60)
        .unwrap_or_else(|| FixedOffset::east_opt(0).unwrap_or_else(|| unreachable!()))
}

/// `unix` seen from a time zone `utc_offset_minutes` east of UTC; `None` outside chrono's range.
pub fn local(unix: i64, utc_offset_minutes: i32) -> Option<DateTime<FixedOffset>> {
    DateTime::from_timestamp(unix, 0).map(|t| t.with_timezone(&offset(utc_offset_minutes)))
}

/// The local calendar day of `unix`.
pub fn local_day(unix: i64, utc_offset_minutes: i32) -> Option<NaiveDate> {
    local(unix, utc_offset_minutes).map(|t| t.date_naive())
}

/// A strict `YYYY-MM-DD` (four-digit year, two-digit month and day) that is a real date.
pub fn parse_iso(text: &str) -> Option<NaiveDate> {
    let b = text.as_bytes();
    let shape = b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && b.iter()
            .enumerate()
            .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit());
    if !shape {
        return None;
    }
    NaiveDate::parse_from_str(text, "%Y-%m-%d").ok()
}

/// The day number ([`day_number`]) of a strict `YYYY-MM-DD`; `None` when it is not a real date.
pub fn iso_day_number(text: &str) -> Option<i64> {
    parse_iso(text).map(day_number)
}

/// `YYYY-MM-DD`.
pub fn iso(day: NaiveDate) -> String {
    day.format("%Y-%m-%d").to_string()
}

/// Days since 1970-01-01 (negative before).
pub fn day_number(day: NaiveDate) -> i64 {
    i64::from(day.num_days_from_ce()) - i64::from(EPOCH_DAYS_FROM_CE)
}

/// `NaiveDate::from_ymd(1970, 1, 1).num_days_from_ce()`.
const EPOCH_DAYS_FROM_CE: i32 = 719_163;

/// `later - earlier` in whole days (negative when `later` is before `earlier`).
pub fn days_between(earlier: NaiveDate, later: NaiveDate) -> i64 {
    later.signed_duration_since(earlier).num_days()
}

/// The day `day_number` days after 1970-01-01, if it is one chrono can represent.
pub fn from_day_number(day_number: i64) -> Option<NaiveDate> {
    let days = i32::try_from(day_number.checked_add(i64::from(EPOCH_DAYS_FROM_CE))?).ok()?;
    NaiveDate::from_num_days_from_ce_opt(days)
}

/// Unix seconds of a UTC date and time; `None` when a field is out of range.
pub fn unix_of_utc(
    year: i64,
    month: u32,
    day: u32,
    hour: u32,
    minute: u32,
    second: u32,
) -> Option<i64> {
    let year = i32::try_from(year).ok()?;
    // A leap second (`:60`) is read as the last second of its minute.
    let second = second.min(59);
    NaiveDate::from_ymd_opt(year, month, day)?
        .and_hms_opt(hour, minute, second)
        .map(|t| t.and_utc().timestamp())
}

/// The catalogue's short date (`date-short`: `25/11/2026`, `Nov 25, 2026`).
pub fn date_msg(day: NaiveDate) -> Msg {
    Msg::new("date-short")
        .arg("year", format!("{:04}", day.year()))
        .arg("month2", format!("{:02}", day.month()))
        .arg("day2", format!("{:02}", day.day()))
        .arg("month", i64::from(day.month()))
        .arg("day", i64::from(day.day()))
}

/// An ISO date read from a file, as [`date_msg`]; `date-unknown` when it is not a real date.
pub fn iso_msg(text: &str) -> Msg {
    parse_iso(text).map_or_else(unknown_msg, date_msg)
}

/// A date that could not be read.
pub fn unknown_msg() -> Msg {
    Msg::new("date-unknown")
}

/// `HH:MM` of a local moment.
pub fn time_of_day(t: &DateTime<FixedOffset>) -> String {
    format!("{:02}:{:02}", t.hour(), t.minute())
}

/// A moment as time and date on the person's clock (`checks-moment`), or `date-unknown`.
pub fn moment_msg(unix: i64, utc_offset_minutes: i32) -> Msg {
    match local(unix, utc_offset_minutes) {
        Some(t) => Msg::new("checks-moment")
            .arg("time", time_of_day(&t))
            .arg("date", date_msg(t.date_naive())),
        None => unknown_msg(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn iso_dates_and_day_numbers_round_trip() {
        for n in [-1, 0, 11_016, 19_663, 20_417, 20_782] {
            let d = from_day_number(n).unwrap();
            assert_eq!(day_number(d), n);
            assert_eq!(parse_iso(&iso(d)), Some(d));
        }
        assert_eq!(parse_iso("2023-11-02").map(day_number), Some(19_663));
        assert_eq!(from_day_number(0).map(iso).as_deref(), Some("1970-01-01"));
        assert_eq!(
            from_day_number(11_016).map(iso).as_deref(),
            Some("2000-02-29")
        );
    }

    #[test]
    fn impossible_or_oddly_written_dates_are_refused() {
        for bad in [
            "",
            "2023-02-29",
            "2024-13-01",
            "2024-04-31",
            "24-01-01",
            "2024-1-01",
            "x",
            "+2024-01-01",
            "2024-01-01 ",
            "２０２４-01-01",
            "2024/01/01",
        ] {
            assert_eq!(parse_iso(bad), None, "{bad}");
        }
        assert_eq!(parse_iso("2024-02-29"), Some(day(2024, 2, 29)));
    }

    #[test]
    fn a_morning_in_hanoi_is_today_not_yesterday_in_utc() {
        // 2026-11-25 06:30 in Hà Nội (UTC+7) is 2026-11-24 23:30 UTC.
        let unix = unix_of_utc(2026, 11, 24, 23, 30, 0).unwrap();
        let hanoi = Clock {
            unix,
            utc_offset_minutes: 420,
        };
        assert_eq!(hanoi.today(), Some(day(2026, 11, 25)));
        let t = local(unix, 420).unwrap();
        assert_eq!(time_of_day(&t), "06:30");
        assert_eq!(local_day(unix, 0), Some(day(2026, 11, 24)));
    }

    #[test]
    fn out_of_range_times_are_unknown_never_a_panic() {
        for unix in [
            i64::MAX,
            i64::MIN,
            9_223_372_036_854_775_807,
            -9_000_000_000_000_000,
        ] {
            for offset in [i32::MIN, -720, 0, 420, i32::MAX] {
                assert_eq!(local_day(unix, offset), None);
                let clock = Clock {
                    unix,
                    utc_offset_minutes: offset,
                };
                assert_eq!(clock.today_number(), None);
                assert_eq!(clock.days_since(0), None);
                assert_eq!(moment_msg(unix, offset), unknown_msg());
            }
        }
        assert_eq!(from_day_number(i64::MAX), None);
        assert_eq!(from_day_number(i64::MIN), None);
        assert_eq!(unix_of_utc(i64::MAX, 1, 1, 0, 0, 0), None);
        assert_eq!(unix_of_utc(2026, 2, 30, 0, 0, 0), None);
    }

    #[test]
    fn an_absurd_offset_is_clamped_to_the_real_zones() {
        let unix = unix_of_utc(2026, 11, 24, 23, 30, 0).unwrap();
        assert_eq!(local_day(unix, i32::MAX), local_day(unix, 14 * 60));
        assert_eq!(local_day(unix, i32::MIN), local_day(unix, -14 * 60));
    }

    #[test]
    fn days_since_counts_calendar_days_and_never_goes_negative() {
        let now = unix_of_utc(2026, 11, 25, 2, 0, 0).unwrap(); // 09:00 in Hà Nội
        let clock = Clock {
            unix: now,
            utc_offset_minutes: 420,
        };
        // 23:30 Hà Nội the evening before: one calendar day, though under 10 hours.
        assert_eq!(
            clock.days_since(unix_of_utc(2026, 11, 24, 16, 30, 0).unwrap()),
            Some(1)
        );
        assert_eq!(clock.days_since(now), Some(0));
        assert_eq!(clock.days_since(now + 30 * 86_400), Some(0));
        assert_eq!(clock.days_since(i64::MIN), None);
    }

    #[test]
    fn vietnamese_dates_have_leading_zeros() {
        let l = crate::Localizer::new(crate::Lang::Vi);
        assert_eq!(l.render(&date_msg(day(2026, 3, 5))), "05/03/2026");
        assert_eq!(l.render(&iso_msg("2026-03-05")), "05/03/2026");
        let en = crate::Localizer::new(crate::Lang::En);
        assert_eq!(en.render(&date_msg(day(2026, 3, 5))), "Mar 5, 2026");
        assert_eq!(l.render(&iso_msg("garbage")), l.text("date-unknown"));
    }
}
