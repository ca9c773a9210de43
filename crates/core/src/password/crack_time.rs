//! How long guessing a password would take, in words a clerk reads at a glance ("about 3
//! months", "less than a second", "centuries"). zxcvbn's own `CrackTimeSeconds` prints English
//! only, so the time is bucketed here and rendered by the catalogue (`pw-crack-*`), with the
//! count as a Fluent number so English picks its plural form.
//!
//! The assumed attack: someone has stolen the system's password database and tests guesses on
//! their own machines at [`GUESSES_PER_SECOND_LOG10`] = 10^4 guesses a second — zxcvbn's
//! "offline, slow hash" case (bcrypt, PBKDF2 or Argon2 on a few GPUs). That is deliberately the
//! scenario the verdict's score thresholds are built on (zxcvbn: score 3 = "moderate protection
//! from offline slow-hash", score 4 = "strong protection"), so the time never contradicts the
//! verdict: a `strong` password (≥ 10^10 guesses) always reads as 12 days or more, `weak` ones
//! (< 10^8) as under 3 hours.
//!
//! Why not 10^10/s (offline, fast unsalted hash)? zxcvbn counts a random character as 10
//! guesses, not 95, so it rates a truly random 12-character password at 10^12 guesses: at
//! 10^10/s that would read "about 2 minutes" for a password that really takes millennia. Every
//! figure shown would be a million times shorter against a fast unsalted hash; the verdict, not
//! the time, is what the user should act on.

use serde::Serialize;

use crate::Msg;

/// log10 of the assumed guesses per second (see the module comment).
pub const GUESSES_PER_SECOND_LOG10: f64 = 4.0;

const MINUTE: f64 = 60.0;
const HOUR: f64 = 60.0 * MINUTE;
const DAY: f64 = 24.0 * HOUR;
const YEAR: f64 = 365.25 * DAY;
const MONTH: f64 = YEAR / 12.0;

/// A unit in seconds, the count at which the next unit takes over, and the variant.
type Step = (f64, f64, fn(u32) -> CrackTime);

const STEPS: [Step; 6] = [
    (1.0, 60.0, CrackTime::Seconds),
    (MINUTE, 60.0, CrackTime::Minutes),
    (HOUR, 24.0, CrackTime::Hours),
    (DAY, 31.0, CrackTime::Days),
    (MONTH, 12.0, CrackTime::Months),
    (YEAR, 100.0, CrackTime::Years),
];

/// A guessing time, rounded to one unit. Serialized as `{"unit": "months", "count": 3}`
/// (`less_than_second` and `centuries` have no count).
#[cfg_attr(test, derive(ts_rs::TS))]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "unit", content = "count", rename_all = "snake_case")]
pub enum CrackTime {
    LessThanSecond,
    Seconds(u32),
    Minutes(u32),
    Hours(u32),
    Days(u32),
    Months(u32),
    Years(u32),
    /// A hundred years or more.
    Centuries,
}

impl CrackTime {
    /// The time to try `10^guesses_log10` guesses at the assumed rate.
    pub fn from_guesses_log10(guesses_log10: f64) -> CrackTime {
        let seconds_log10 = guesses_log10 - GUESSES_PER_SECOND_LOG10;
        // NaN (never produced by zxcvbn, but cheap to rule out) counts as instant.
        if seconds_log10.is_nan() || seconds_log10 < 0.0 {
            return CrackTime::LessThanSecond;
        }
        // 10^10 s is over three centuries: stop before the float grows pointlessly large.
        if seconds_log10 >= 10.0 {
            return CrackTime::Centuries;
        }
        let seconds = 10f64.powf(seconds_log10);
        // Each unit is used while its rounded count stays below the next unit, so 59.6 s reads
        // "1 minute", never "60 seconds".
        for (unit, below, make) in STEPS {
            let count = (seconds / unit).round().max(1.0);
            if count < below {
                // `count` is below 100 here, so the conversion is exact.
                return make(count as u32);
            }
        }
        CrackTime::Centuries
    }

    /// The stable unit code, as serialized.
    pub fn unit(self) -> &'static str {
        match self {
            CrackTime::LessThanSecond => "less_than_second",
            CrackTime::Seconds(_) => "seconds",
            CrackTime::Minutes(_) => "minutes",
            CrackTime::Hours(_) => "hours",
            CrackTime::Days(_) => "days",
            CrackTime::Months(_) => "months",
            CrackTime::Years(_) => "years",
            CrackTime::Centuries => "centuries",
        }
    }

    fn count(self) -> Option<u32> {
        match self {
            CrackTime::LessThanSecond | CrackTime::Centuries => None,
            CrackTime::Seconds(n)
            | CrackTime::Minutes(n)
            | CrackTime::Hours(n)
            | CrackTime::Days(n)
            | CrackTime::Months(n)
            | CrackTime::Years(n) => Some(n),
        }
    }

    /// The time as a phrase ("khoảng 3 tháng" / "about 3 months"), id `pw-crack-<unit>`.
    pub fn msg(self) -> Msg {
        let msg = Msg::new(&format!("pw-crack-{}", self.unit()));
        match self.count() {
            Some(n) => msg.arg("count", i64::from(n)),
            None => msg,
        }
    }

    /// Every unit, for the catalogue test.
    pub const UNITS: [&'static str; 8] = [
        "less_than_second",
        "seconds",
        "minutes",
        "hours",
        "days",
        "months",
        "years",
        "centuries",
    ];
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Lang, Localizer};

    /// log10 of the guesses that take `seconds` at the assumed rate.
    fn guesses_for(seconds: f64) -> f64 {
        seconds.log10() + GUESSES_PER_SECOND_LOG10
    }

    #[test]
    fn buckets_follow_the_stated_guess_rate() {
        for (seconds, expected) in [
            (0.0001, CrackTime::LessThanSecond),
            (0.99, CrackTime::LessThanSecond),
            (1.0, CrackTime::Seconds(1)),
            (42.0, CrackTime::Seconds(42)),
            (59.4, CrackTime::Seconds(59)),
            (59.6, CrackTime::Minutes(1)),
            (3.0 * MINUTE, CrackTime::Minutes(3)),
            (5.0 * HOUR, CrackTime::Hours(5)),
            (23.6 * HOUR, CrackTime::Days(1)),
            (12.0 * DAY, CrackTime::Days(12)),
            (3.0 * MONTH, CrackTime::Months(3)),
            (11.6 * MONTH, CrackTime::Years(1)),
            (32.0 * YEAR, CrackTime::Years(32)),
            (99.0 * YEAR, CrackTime::Years(99)),
            (99.6 * YEAR, CrackTime::Centuries),
            (1e12, CrackTime::Centuries),
        ] {
            assert_eq!(
                CrackTime::from_guesses_log10(guesses_for(seconds)),
                expected,
                "{seconds} s"
            );
        }
    }

    #[test]
    fn verdict_thresholds_read_as_hours_and_days() {
        // The score thresholds (10^8 and 10^10 guesses) land on readable times, which is why
        // the slow-hash rate was chosen.
        assert_eq!(CrackTime::from_guesses_log10(8.0), CrackTime::Hours(3));
        assert_eq!(CrackTime::from_guesses_log10(10.0), CrackTime::Days(12));
        // zxcvbn's figure for a random 12-character password.
        assert_eq!(CrackTime::from_guesses_log10(12.0), CrackTime::Years(3));
    }

    #[test]
    fn odd_inputs_do_not_panic() {
        assert_eq!(
            CrackTime::from_guesses_log10(f64::NEG_INFINITY),
            CrackTime::LessThanSecond
        );
        assert_eq!(
            CrackTime::from_guesses_log10(f64::NAN),
            CrackTime::LessThanSecond
        );
        assert_eq!(
            CrackTime::from_guesses_log10(f64::INFINITY),
            CrackTime::Centuries
        );
        assert_eq!(CrackTime::from_guesses_log10(300.0), CrackTime::Centuries);
    }

    #[test]
    fn serialized_as_unit_and_count() {
        assert_eq!(
            serde_json::to_value(CrackTime::Months(3)).unwrap(),
            serde_json::json!({"unit": "months", "count": 3})
        );
        assert_eq!(
            serde_json::to_value(CrackTime::Centuries).unwrap(),
            serde_json::json!({"unit": "centuries"})
        );
        for t in [CrackTime::LessThanSecond, CrackTime::Years(2)] {
            assert_eq!(serde_json::to_value(t).unwrap()["unit"], t.unit());
        }
    }

    #[test]
    fn rendered_with_plurals_in_both_languages() {
        let vi = Localizer::new(Lang::Vi);
        let en = Localizer::new(Lang::En);
        assert_eq!(vi.render(&CrackTime::Months(3).msg()), "khoảng 3 tháng");
        assert_eq!(en.render(&CrackTime::Months(3).msg()), "about 3 months");
        assert_eq!(en.render(&CrackTime::Months(1).msg()), "about 1 month");
        assert_eq!(vi.render(&CrackTime::LessThanSecond.msg()), "dưới 1 giây");
        assert_eq!(
            en.render(&CrackTime::LessThanSecond.msg()),
            "less than a second"
        );
        assert_eq!(vi.render(&CrackTime::Centuries.msg()), "hàng thế kỷ");
        assert_eq!(en.render(&CrackTime::Centuries.msg()), "centuries");
        for unit in CrackTime::UNITS {
            let id = format!("pw-crack-{unit}");
            assert!(vi.has(&id) && en.has(&id), "{id}");
        }
    }
}
