//! The organization's password rule (from the profile), checked one requirement at a time so the
//! UI can tick each box as the user types and say exactly what is missing.
//!
//! Only ASCII letters count as upper or lower case and only ASCII digits as digits: the shared
//! systems are web forms whose own checks are ASCII, and a Vietnamese letter typed through
//! Telex/VNI may not be typeable on another computer (the strength module warns about that).
//! Length counts characters (Unicode scalar values) as typed, not bytes.

use serde::Serialize;

use crate::Msg;
use crate::profile::PasswordRule;

/// One requirement of the rule. Serialized as the stable codes the CLI's JSON uses.
#[cfg_attr(test, derive(ts_rs::TS))]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Requirement {
    Length,
    Upper,
    Lower,
    Digit,
    Special,
}

impl Requirement {
    pub const ALL: [Requirement; 5] = [
        Requirement::Length,
        Requirement::Upper,
        Requirement::Lower,
        Requirement::Digit,
        Requirement::Special,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Requirement::Length => "length",
            Requirement::Upper => "upper",
            Requirement::Lower => "lower",
            Requirement::Digit => "digit",
            Requirement::Special => "special",
        }
    }

    /// What the requirement asks, for a checklist line.
    pub fn label(self, rule: &PasswordRule) -> Msg {
        match self {
            Requirement::Length => Msg::new("rule-length").arg("min", i64::from(rule.min_length)),
            Requirement::Upper => Msg::new("rule-upper"),
            Requirement::Lower => Msg::new("rule-lower"),
            Requirement::Digit => Msg::new("rule-digit"),
            Requirement::Special => {
                Msg::new("rule-special").arg("sample", special_sample(&rule.specials))
            }
        }
    }

    /// What is missing, when it is (e.g. "thiếu chữ in hoa").
    pub fn missing_msg(self, rule: &PasswordRule) -> Msg {
        match self {
            Requirement::Length => {
                Msg::new("rule-missing-length").arg("min", i64::from(rule.min_length))
            }
            Requirement::Upper => Msg::new("rule-missing-upper"),
            Requirement::Lower => Msg::new("rule-missing-lower"),
            Requirement::Digit => Msg::new("rule-missing-digit"),
            Requirement::Special => Msg::new("rule-missing-special"),
        }
    }
}

/// A few special characters to show as examples, preferring the ones the letter itself shows
/// (`* # @ $`) when the profile allows them.
pub fn special_sample(specials: &str) -> String {
    const PREFERRED: [char; 4] = ['*', '#', '@', '$'];
    let mut sample: Vec<char> = PREFERRED
        .into_iter()
        .filter(|c| specials.contains(*c))
        .collect();
    for c in specials.chars() {
        if sample.len() >= 4 {
            break;
        }
        if !sample.contains(&c) {
            sample.push(c);
        }
    }
    sample
        .iter()
        .map(char::to_string)
        .collect::<Vec<_>>()
        .join(" ")
}

/// The requirements a rule imposes, in display order.
pub fn requirements(rule: &PasswordRule) -> Vec<Requirement> {
    Requirement::ALL
        .into_iter()
        .filter(|r| match r {
            Requirement::Length => true,
            Requirement::Upper => rule.require_upper,
            Requirement::Lower => rule.require_lower,
            Requirement::Digit => rule.require_digit,
            Requirement::Special => rule.require_special,
        })
        .collect()
}

/// Whether one requirement is met.
pub fn is_met(rule: &PasswordRule, requirement: Requirement, password: &str) -> bool {
    match requirement {
        Requirement::Length => password.chars().count() >= rule.min_length as usize,
        Requirement::Upper => password.chars().any(|c| c.is_ascii_uppercase()),
        Requirement::Lower => password.chars().any(|c| c.is_ascii_lowercase()),
        Requirement::Digit => password.chars().any(|c| c.is_ascii_digit()),
        Requirement::Special => password.chars().any(|c| rule.specials.contains(c)),
    }
}

/// The requirements the password does not meet, in display order; empty means it meets the rule.
pub fn missing(rule: &PasswordRule, password: &str) -> Vec<Requirement> {
    requirements(rule)
        .into_iter()
        .filter(|&r| !is_met(rule, r, password))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Profile;
    use Requirement::*;

    fn rule() -> PasswordRule {
        Profile::embedded().password_rule
    }

    #[test]
    fn letters_example_meets_the_rule() {
        assert!(missing(&rule(), "AaBc146#@").is_empty());
    }

    #[test]
    fn each_missing_class_is_named_on_its_own() {
        let r = rule();
        assert_eq!(missing(&r, "abc"), [Length, Upper, Digit, Special]);
        assert_eq!(missing(&r, "matkhau@123"), [Upper]);
        assert_eq!(missing(&r, "MATKHAU@123"), [Lower]);
        assert_eq!(missing(&r, "Matkhau@abc"), [Digit]);
        assert_eq!(missing(&r, "Matkhau1234"), [Special]);
        assert_eq!(missing(&r, "Ab1@"), [Length]);
    }

    #[test]
    fn length_counts_characters_not_bytes() {
        // 7 characters but 11 bytes: still too short; one more character is enough.
        assert!(!is_met(&rule(), Length, "Ậậậ@1aB"));
        assert!(is_met(&rule(), Length, "Ậậậ@1aBc"));
    }

    #[test]
    fn vietnamese_letters_do_not_count_as_case_classes() {
        let r = rule();
        assert!(!is_met(&r, Upper, "ẬĐ"));
        assert!(!is_met(&r, Lower, "ậđ"));
    }

    #[test]
    fn special_characters_come_from_the_profile() {
        let mut r = rule();
        r.specials = "#".into();
        assert!(is_met(&r, Special, "a#"));
        assert!(!is_met(&r, Special, "a@"));
        assert!(
            !is_met(&r, Special, "a b"),
            "a space is not special unless the profile says so"
        );
    }

    #[test]
    fn requirements_the_profile_drops_are_not_checked() {
        let mut r = rule();
        r.require_special = false;
        r.require_digit = false;
        assert_eq!(requirements(&r), [Length, Upper, Lower]);
        assert!(missing(&r, "Matkhaumoi").is_empty());
    }

    #[test]
    fn special_sample_prefers_the_letters_symbols() {
        assert_eq!(special_sample("!#$*@%"), "* # @ $");
        assert_eq!(special_sample("!%"), "! %");
    }

    #[test]
    fn codes_are_the_cli_contract() {
        let codes: Vec<_> = Requirement::ALL.iter().map(|r| r.code()).collect();
        assert_eq!(codes, ["length", "upper", "lower", "digit", "special"]);
        assert_eq!(serde_json::to_string(&Upper).unwrap(), "\"upper\"");
    }
}
