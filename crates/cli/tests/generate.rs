//! Black-box tests of `tukiem-cli generate`. The output is random, so these pin its shape, its
//! count, its JSON fields, and that every password meets the profile's rule and is not weak (by
//! feeding it back through `tukiem-cli password`).

mod common;

use std::process::Output;

use common::run;

fn lines(o: &Output) -> Vec<String> {
    String::from_utf8(o.stdout.clone())
        .unwrap()
        .lines()
        .map(str::to_owned)
        .collect()
}

#[test]
fn prints_one_password_by_default() {
    let o = run(&["generate"], b"");
    assert!(o.status.success(), "{o:?}");
    let l = lines(&o);
    assert_eq!(l.len(), 1, "{l:?}");
    assert!(l[0].len() >= 8 && l[0].is_ascii() && !l[0].contains(' '));
}

#[test]
fn count_gives_that_many_different_passwords() {
    let o = run(&["generate", "--count", "20"], b"");
    assert!(o.status.success());
    let mut l = lines(&o);
    assert_eq!(l.len(), 20);
    l.sort();
    l.dedup();
    assert_eq!(l.len(), 20, "twenty different passwords");
}

#[test]
fn syllable_passwords_are_capitalised_syllables_one_separator_and_digits() {
    let o = run(&["generate", "--count", "10"], b"");
    for p in lines(&o) {
        let seps: Vec<char> = p.chars().filter(|c| !c.is_ascii_alphanumeric()).collect();
        assert!(!seps.is_empty(), "{p}");
        assert!(seps.iter().all(|c| *c == seps[0]), "one separator: {p}");
        for piece in p.split(seps[0]) {
            let digits = piece.chars().all(|c| c.is_ascii_digit());
            let syllable = piece.chars().next().is_some_and(|c| c.is_ascii_uppercase())
                && piece.chars().skip(1).all(|c| c.is_ascii_lowercase());
            assert!(digits || syllable, "{piece} in {p}");
        }
    }
}

#[test]
fn json_lines_carry_password_mode_and_entropy() {
    for (args, mode) in [
        (&["generate", "--json", "--count", "3"][..], "syllables"),
        (
            &["generate", "--json", "--count", "3", "--random"],
            "random",
        ),
    ] {
        let o = run(args, b"");
        assert!(o.status.success());
        let l = lines(&o);
        assert_eq!(l.len(), 3);
        for line in l {
            let v: serde_json::Value = serde_json::from_str(&line).unwrap();
            assert!(v["password"].as_str().is_some_and(|p| p.len() >= 8), "{v}");
            assert_eq!(v["mode"], mode, "{v}");
            assert!(v["entropy_bits"].as_f64().unwrap() >= 60.0, "{v}");
            assert_eq!(v.as_object().unwrap().len(), 3, "{v}");
        }
    }
}

#[test]
fn every_generated_password_meets_the_rule_and_is_not_weak() {
    for args in [
        &["generate", "--count", "30"][..],
        &["generate", "--count", "10", "--random"],
    ] {
        let made = run(args, b"");
        let input = [made.stdout.as_slice(), b""].concat();
        let o = run(&["password", "--json"], &input);
        let verdicts = lines(&o);
        assert_eq!(verdicts.len(), lines(&made).len());
        for v in verdicts {
            let v: serde_json::Value = serde_json::from_str(&v).unwrap();
            assert_eq!(v["meets_rule"], true, "{v}");
            assert_ne!(v["verdict"], "weak", "{v}");
            assert_ne!(v["verdict"], "fails_rule", "{v}");
        }
    }
}

#[test]
fn count_out_of_range_is_a_usage_error() {
    for n in ["0", "1001", "many"] {
        let o = run(&["generate", "--count", n], b"");
        assert_eq!(o.status.code(), Some(64), "{n}");
        assert!(o.stdout.is_empty());
    }
}
