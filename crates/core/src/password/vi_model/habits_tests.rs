//! The habits the shape model learned for issue 26: mobile numbers, citizen IDs and Telex typed
//! with the Vietnamese keyboard off, each found as its own pattern and priced as a cracker who
//! enumerates it would.

use super::*;
use crate::Profile;
use crate::password::strength::{PersonalInputs, Verdict, assess};

fn model(p: &str) -> Estimate {
    estimate(p, &ContextWords::default())
}

#[test]
fn a_mobile_number_is_a_pattern_cheaper_than_ten_random_digits() {
    let phone = model("Sdt:0916482735");
    let random = model("Sdt:1916482735");
    assert!(phone.patterns.contains(&Pattern::MobileNumber), "{phone:?}");
    assert!(phone.guesses_log10 + 1.0 < random.guesses_log10);
}

#[test]
fn a_citizen_id_is_a_pattern_cheaper_than_twelve_random_digits() {
    // Nam Định, a woman born in 1985, then six digits of no other shape.
    let id = model("036185739204");
    assert!(id.patterns.contains(&Pattern::CitizenId), "{id:?}");
    // Century digit 7 does not exist: twelve digits of no known shape.
    let not_id = model("036785739204");
    assert!(!not_id.patterns.contains(&Pattern::CitizenId));
    // Twelve random digits are 10^12 guesses; an ID is about 10^10 (plus the cost of a password
    // that starts with digits).
    assert!(id.guesses_log10 < 10.5, "{id:?}");
}

#[test]
fn a_mobile_number_or_citizen_id_decorated_to_meet_the_rule_is_still_weak() {
    let profile = Profile::embedded();
    for (p, code) in [
        ("Sdt@0916482735", "mobile_number"),
        ("0389123456@Aa", "mobile_number"),
        ("Lan#84987654321", "mobile_number"),
        ("Cccd@036185739204", "citizen_id"),
        ("001085012345#Hn", "citizen_id"),
    ] {
        let a = assess(p, &profile.password_rule, &[], &PersonalInputs::default());
        assert!(a.meets_rule, "{p}");
        assert_eq!(a.verdict, Verdict::Weak, "{p}: {a:?}");
        assert!(a.warnings.contains(&code), "{p}: {a:?}");
    }
}

#[test]
fn telex_typed_with_the_keyboard_off_is_weak_and_says_so() {
    let profile = Profile::embedded();
    for p in ["Maatjkhaaur@2024", "Vieetj Namw 1975!", "Ddaf Nawngx@123"] {
        let a = assess(p, &profile.password_rule, &[], &PersonalInputs::default());
        assert_eq!(a.verdict, Verdict::Weak, "{p}: {a:?}");
        assert!(a.warnings.contains(&"telex"), "{p}: {a:?}");
    }
}

#[test]
fn the_same_letters_without_telex_keys_read_as_no_telex() {
    let plain = model("Kx8#qPzLm2!w");
    assert!(!plain.patterns.contains(&Pattern::Telex), "{plain:?}");
}
