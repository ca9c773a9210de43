//! Vietnamese numbers people put in passwords because they know them by heart: a mobile number
//! and the 12-digit citizen ID (căn cước công dân). Each is recognised by its real shape (a
//! network prefix; a province code, a century digit and a birth year) and priced as what it is:
//! a number attackers already hold for the person. Leaked Vietnamese records carry phone numbers
//! and citizen IDs beside the credentials, and officials' phone numbers are published in their
//! agencies' directories, so a cracker tries the few numbers it holds for an account before
//! anything else ([`KNOWN_NUMBER_LOG10`]) — not the 10^8.6 numbers of the whole numbering plan
//! or the 10^10 IDs of every province and birth year, which is what an attacker who knows
//! nothing would face.

/// log10 guesses of a number the attacker holds for the person: a handful of numbers (the
/// person's own, a spouse's, the office line), each in its written forms — about 100 guesses.
pub const KNOWN_NUMBER_LOG10: f64 = 2.0;

/// The three-digit prefixes (after the leading 0) of Vietnamese mobile networks since the 2018
/// renumbering: Viettel 032–039, 086, 096–098; VinaPhone 081–085, 088, 091, 094; MobiFone 070,
/// 076–079, 089, 090, 093; Vietnamobile 052, 056, 058, 092; Gmobile 059, 099; Reddi 055;
/// Itelecom 087.
const MOBILE_PREFIXES: &[&str] = &[
    "32", "33", "34", "35", "36", "37", "38", "39", "52", "55", "56", "58", "59", "70", "76", "77",
    "78", "79", "81", "82", "83", "84", "85", "86", "87", "88", "89", "90", "91", "92", "93", "94",
    "96", "97", "98", "99",
];

/// log10 guesses of a mobile number: `0` + a known prefix + 7 digits (`0912345678`), or the
/// same with the country code instead of the 0 (`84912345678`, a bit rarer in passwords).
pub fn mobile_number(d: &str) -> Option<f64> {
    let rest = match d.len() {
        10 => d.strip_prefix('0')?,
        11 => d.strip_prefix("84")?,
        _ => return None,
    };
    MOBILE_PREFIXES
        .contains(&&rest[..2])
        .then_some(if d.len() == 10 {
            KNOWN_NUMBER_LOG10
        } else {
            KNOWN_NUMBER_LOG10 + 0.3
        })
}

/// The provinces' codes that open a citizen ID (the administrative codes of the 63 provinces and
/// cities: 001 Hà Nội … 096 Cà Mau).
const PROVINCE_CODES: &[u16] = &[
    1, 2, 4, 6, 8, 10, 11, 12, 14, 15, 17, 19, 20, 22, 24, 25, 26, 27, 30, 31, 33, 34, 35, 36, 37,
    38, 40, 42, 44, 45, 46, 48, 49, 51, 52, 54, 56, 58, 60, 62, 64, 66, 67, 68, 70, 72, 74, 75, 77,
    79, 80, 82, 83, 84, 86, 87, 89, 91, 92, 93, 94, 95, 96,
];

/// Birth years a person of working age holds an ID for.
const BIRTH_YEARS: std::ops::RangeInclusive<u16> = 1940..=2012;

/// log10 guesses of a citizen ID: province code (3 digits), century and sex (0/1 for the
/// 1900s, 2/3 for the 2000s), the last two digits of the birth year, then 6 digits — the number
/// the attacker holds for the person ([`KNOWN_NUMBER_LOG10`]).
pub fn citizen_id(d: &str) -> Option<f64> {
    if d.len() != 12 {
        return None;
    }
    let province: u16 = d[..3].parse().ok()?;
    let century: u8 = d[3..4].parse().ok()?;
    let yy: u16 = d[4..6].parse().ok()?;
    let year = match century {
        0 | 1 => 1900 + yy,
        2 | 3 => 2000 + yy,
        _ => return None,
    };
    if !PROVINCE_CODES.contains(&province) || !BIRTH_YEARS.contains(&year) {
        return None;
    }
    Some(KNOWN_NUMBER_LOG10)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mobile_numbers_need_a_real_network_prefix() {
        assert!(mobile_number("0912345678").is_some());
        assert!(mobile_number("0389123456").is_some());
        assert!(mobile_number("84987654321").is_some());
        // 095 and 080 are not mobile prefixes; 9 or 11 digits with a 0 are not numbers.
        assert!(mobile_number("0951234567").is_none());
        assert!(mobile_number("0801234567").is_none());
        assert!(mobile_number("091234567").is_none());
        assert_eq!(mobile_number("0912345678"), Some(KNOWN_NUMBER_LOG10));
    }

    #[test]
    fn citizen_ids_need_a_province_a_century_and_a_plausible_birth_year() {
        // Hà Nội, male, 1985; Thành phố Hồ Chí Minh, female, 2001.
        assert!(citizen_id("001085012345").is_some());
        assert!(citizen_id("079301123456").is_some());
        // No province 003; century digit 7; born 1912.
        assert!(citizen_id("003085012345").is_none());
        assert!(citizen_id("001785012345").is_none());
        assert!(citizen_id("001012012345").is_none());
        assert_eq!(citizen_id("001085012345"), Some(KNOWN_NUMBER_LOG10));
    }
}
