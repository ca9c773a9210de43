//! Passwords made for people: toneless Vietnamese syllables that are easy to remember and safe to
//! type with Unikey on (Telex or VNI), and a random-character mode for password managers.
//!
//! IME safety, by construction:
//! - no `w`, no doubled `aa ee oo dd` (Telex turns them into ư/ơ/ă, â ê ô, đ);
//! - no `s f r x j z` after a vowel inside a syllable (Telex tone keys);
//! - syllables are separated by a symbol, so Telex never joins two syllables into one word;
//! - digits stand alone between separators, never right after a vowel (VNI tone keys).
//!
//! Randomness comes from the operating system (getrandom); indices are drawn without modulo bias.
//! Every password is checked against the rule and the strength estimate before it is returned.

use serde::{Deserialize, Serialize};
use zeroize::Zeroizing;

use super::strength::{self, PersonalInputs, Verdict};
use super::{blocklist, policy};
use crate::profile::PasswordRule;

/// Bits of entropy the default settings must reach.
pub const DEFAULT_MIN_BITS: f64 = 60.0;

#[derive(Debug, thiserror::Error)]
pub enum GenerateError {
    #[error("the operating system's random source failed: {0}")]
    Random(getrandom::Error),
    /// The rule cannot be met by this generator (e.g. no IME-safe separator among the specials).
    #[error("no password could be generated for this rule")]
    Impossible,
}

/// A generated password and how hard it is to guess, in bits, given how it was made.
pub struct Generated {
    pub password: Zeroizing<String>,
    pub entropy_bits: f64,
}

impl std::fmt::Debug for Generated {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Generated")
            .field("password", &"[redacted]")
            .field("entropy_bits", &self.entropy_bits)
            .finish()
    }
}

#[cfg_attr(test, derive(ts_rs::TS))]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Mode {
    Syllables,
    Random,
}

const ONSETS: &[&str] = &[
    "b", "ch", "d", "g", "h", "kh", "l", "m", "n", "ng", "nh", "ph", "qu", "t", "th", "tr", "v",
    "x",
];
const RHYMES: &[&str] = &[
    "a", "ai", "am", "an", "ang", "anh", "ao", "ap", "at", "au", "ay", "ac", "ach", "e", "em",
    "en", "eo", "ep", "et", "i", "ia", "im", "in", "inh", "ich", "ip", "it", "iu", "iem", "ien",
    "iet", "ieu", "o", "oa", "oai", "oan", "oang", "oat", "oc", "oi", "om", "on", "ong", "op",
    "ot", "u", "ua", "uc", "ui", "um", "un", "ung", "up", "ut", "uy", "uyen", "uong", "uoc", "uoi",
    "uon", "uot",
];
/// Separators that are special characters on every keyboard layout and never IME keys.
const SEPARATORS: &[char] = &['-', '.', '_', '!', '#', '*', '@', '$', '+', '='];

/// The syllable list: onset × rhyme, keeping only IME-safe combinations and leaving out every
/// syllable of the blocklist (obscene, insulting, or of death and bad luck). Built once.
pub fn syllables() -> &'static [String] {
    static LIST: std::sync::OnceLock<Vec<String>> = std::sync::OnceLock::new();
    LIST.get_or_init(build_syllables)
}

fn build_syllables() -> Vec<String> {
    let mut out = Vec::new();
    for onset in ONSETS {
        for rhyme in RHYMES {
            // `qu` already carries its `u`: `qua`, `quan`, never `quu…`.
            if *onset == "qu" && rhyme.starts_with('u') {
                continue;
            }
            let s = format!("{onset}{rhyme}");
            if ime_safe(&s) && !blocklist::is_blocked_syllable(&s) {
                out.push(s);
            }
        }
    }
    out.sort();
    out.dedup();
    out
}

/// No Telex/VNI trigger inside a syllable.
pub fn ime_safe(word: &str) -> bool {
    const DOUBLES: [&str; 4] = ["aa", "ee", "oo", "dd"];
    if word.contains('w') || DOUBLES.iter().any(|d| word.contains(d)) {
        return false;
    }
    let first_vowel = word.find(['a', 'e', 'i', 'o', 'u', 'y']);
    match first_vowel {
        Some(at) => {
            !word[at..].contains(['s', 'f', 'r', 'x', 'j', 'z'])
                && !word[at..].contains(|c: char| c.is_ascii_digit())
        }
        None => true,
    }
}

struct Rng;

impl Rng {
    /// Uniform in `0..n` (rejection sampling: no modulo bias).
    fn below(n: usize) -> Result<usize, GenerateError> {
        let n64 = n as u64;
        let zone = u64::MAX - (u64::MAX % n64);
        loop {
            let x = getrandom::u64().map_err(GenerateError::Random)?;
            if x < zone {
                return Ok((x % n64) as usize);
            }
        }
    }
}

fn capitalize(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map(|f| f.to_ascii_uppercase().to_string() + c.as_str())
        .unwrap_or_default()
}

/// Syllable passphrase: `Gio-Bien-Lanh-47-Xanh` shape. `count` syllables, each capitalized,
/// joined by one separator drawn from the allowed ones, with a two-digit group at a random place.
fn syllable_password(rule: &PasswordRule, count: usize) -> Result<Generated, GenerateError> {
    let list = syllables();
    let seps: Vec<char> = SEPARATORS
        .iter()
        .copied()
        .filter(|c| rule.specials.contains(*c))
        .collect();
    if seps.is_empty() {
        return Err(GenerateError::Impossible);
    }
    // Redraw the syllables until no two neighbours form a blocked pair (singles are not in the
    // list at all). Pairs are few, so this rarely loops, and it costs a fraction of a bit.
    let mut parts: Vec<String> = loop {
        let parts: Vec<String> = (0..count)
            .map(|_| Rng::below(list.len()).map(|i| capitalize(&list[i])))
            .collect::<Result<_, _>>()?;
        if !blocklist::contains_blocked(&parts.join("-")) {
            break parts;
        }
    };
    // Lower-case: a syllable keeps its lower-case tail; make sure at least one exists.
    let digits = format!("{:02}", Rng::below(100)?);
    let digit_at = Rng::below(count + 1)?;
    parts.insert(digit_at, digits);
    // One separator for the whole password: easier to remember than a different one each time.
    let sep = seps[Rng::below(seps.len())?];
    let bits = (list.len() as f64).log2() * count as f64
        + (100f64).log2()
        + ((count + 1) as f64).log2()
        + (seps.len() as f64).log2();
    let password = parts.join(&sep.to_string());
    Ok(Generated {
        password: Zeroizing::new(password),
        entropy_bits: bits,
    })
}

const UPPER: &str = "ABCDEFGHJKLMNPQRSTUVWXYZ";
const LOWER: &str = "abcdefghijkmnopqrstuvwxyz";
const DIGITS: &str = "23456789";

/// Random characters from the four classes (look-alikes I l 1 O 0 left out), every required class
/// present. For password managers: it is not meant to be typed with Unikey on.
fn random_password(rule: &PasswordRule, length: usize) -> Result<Generated, GenerateError> {
    let specials: String = rule
        .specials
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect();
    let classes: Vec<&str> = [UPPER, LOWER, DIGITS, specials.as_str()]
        .into_iter()
        .filter(|c| !c.is_empty())
        .collect();
    let all: Vec<char> = classes.iter().flat_map(|c| c.chars()).collect();
    loop {
        let mut p = Zeroizing::new(String::with_capacity(length));
        for _ in 0..length {
            p.push(all[Rng::below(all.len())?]);
        }
        // Redraw until every class appears: uniform over the strings that meet the rule.
        if policy::missing(rule, &p).is_empty() {
            return Ok(Generated {
                entropy_bits: random_entropy_bits(&classes, length),
                password: p,
            });
        }
    }
}

/// log2 of the number of `length`-strings over the classes' union that use every class
/// (inclusion–exclusion over the classes left out).
fn random_entropy_bits(classes: &[&str], length: usize) -> f64 {
    let sizes: Vec<usize> = classes.iter().map(|c| c.chars().count()).collect();
    let total: usize = sizes.iter().sum();
    let mut count = 0f64;
    for mask in 0u32..(1 << sizes.len()) {
        let left_out: usize = (0..sizes.len())
            .filter(|i| mask & (1 << i) != 0)
            .map(|i| sizes[i])
            .sum();
        let term = ((total - left_out) as f64).powi(length as i32);
        count += if mask.count_ones() % 2 == 0 {
            term
        } else {
            -term
        };
    }
    count.log2()
}

/// A password that meets `rule`, is judged strong, and carries at least `min_bits` of entropy.
pub fn generate(
    rule: &PasswordRule,
    agency: &[String],
    mode: Mode,
    min_bits: f64,
) -> Result<Generated, GenerateError> {
    for _ in 0..100 {
        let g = match mode {
            Mode::Syllables => {
                let per = (syllables().len() as f64).log2();
                let count = (((min_bits - 10.0) / per).ceil() as usize).clamp(3, 12);
                syllable_password(rule, count)?
            }
            Mode::Random => {
                let length =
                    (rule.min_length as usize).max(((min_bits / 6.0).ceil() as usize).max(16));
                random_password(rule, length)?
            }
        };
        let verdict =
            strength::assess(&g.password, rule, agency, &PersonalInputs::default()).verdict;
        if g.entropy_bits >= min_bits
            && policy::missing(rule, &g.password).is_empty()
            && verdict == Verdict::Strong
        {
            return Ok(g);
        }
    }
    Err(GenerateError::Impossible)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Profile;

    fn rule() -> PasswordRule {
        Profile::embedded().password_rule
    }

    #[test]
    fn syllable_list_is_large_and_ime_safe() {
        let list = syllables();
        assert!(list.len() > 700, "{}", list.len());
        for s in list {
            assert!(ime_safe(s), "{s}");
            assert!(s.chars().all(|c| c.is_ascii_lowercase()), "{s}");
        }
    }

    #[test]
    fn ime_traps_are_recognised() {
        for bad in [
            "baas", "dda", "huw", "tos", "anf", "mar", "lax", "bej", "naz", "a1",
        ] {
            assert!(!ime_safe(bad), "{bad}");
        }
        for good in ["tre", "xanh", "truong", "sinh", "ra"] {
            assert!(ime_safe(good), "{good}");
        }
    }

    #[test]
    fn generated_passphrases_meet_the_rule_are_strong_and_ime_safe() {
        let profile = Profile::embedded();
        let agency = strength::agency_words(&profile);
        for _ in 0..50 {
            let g = generate(&rule(), &agency, Mode::Syllables, DEFAULT_MIN_BITS).unwrap();
            assert!(g.entropy_bits >= DEFAULT_MIN_BITS);
            assert!(policy::missing(&rule(), &g.password).is_empty());
            assert!(g.password.is_ascii());
            // Split at separators: every piece is an IME-safe syllable or a digit group.
            for piece in g.password.split(|c: char| SEPARATORS.contains(&c)) {
                let lower = piece.to_ascii_lowercase();
                assert!(
                    lower.chars().all(|c| c.is_ascii_digit()) || ime_safe(&lower),
                    "{piece}"
                );
            }
        }
    }

    #[test]
    fn blocked_syllables_are_not_in_the_list() {
        let list = syllables();
        for s in [
            "dit", "lon", "buoi", "deo", "du", "dai", "chet", "ngu", "xui", "nung",
        ] {
            assert!(!list.iter().any(|x| x == s), "{s}");
        }
    }

    #[test]
    fn a_hundred_thousand_passphrases_contain_no_blocked_word() {
        // The generator's own syllable step, 100,000 times, 5 syllables each (the strength check
        // that `generate` adds changes nothing here and would take minutes).
        let r = rule();
        for _ in 0..100_000 {
            let g = syllable_password(&r, 5).unwrap();
            assert!(
                !blocklist::contains_blocked(&g.password),
                "blocked word generated"
            );
        }
    }

    #[test]
    fn random_mode_meets_the_rule_and_states_its_entropy() {
        let g = generate(&rule(), &[], Mode::Random, DEFAULT_MIN_BITS).unwrap();
        assert!(g.password.chars().count() >= 16);
        assert!(policy::missing(&rule(), &g.password).is_empty());
        assert!(g.entropy_bits > 90.0, "{}", g.entropy_bits);
    }

    #[test]
    fn entropy_counts_only_strings_with_every_class() {
        // Two classes of one letter each, length 2: "ab" and "ba" only → 1 bit.
        assert!((random_entropy_bits(&["a", "b"], 2) - 1.0).abs() < 1e-9);
    }

    #[test]
    #[ignore = "prints samples for a person to read: cargo test -p tukiem-core samples -- --ignored --nocapture"]
    fn samples() {
        println!("{} syllables", syllables().len());
        for mode in [Mode::Syllables, Mode::Random] {
            for _ in 0..5 {
                let g = generate(&rule(), &[], mode, DEFAULT_MIN_BITS).unwrap();
                println!(
                    "{mode:?} {:.1} bits: {}",
                    g.entropy_bits,
                    g.password.as_str()
                );
            }
        }
    }

    #[test]
    fn two_passwords_differ() {
        let a = generate(&rule(), &[], Mode::Syllables, DEFAULT_MIN_BITS).unwrap();
        let b = generate(&rule(), &[], Mode::Syllables, DEFAULT_MIN_BITS).unwrap();
        assert_ne!(*a.password, *b.password);
    }

    #[test]
    fn debug_never_shows_the_password() {
        let g = generate(&rule(), &[], Mode::Syllables, DEFAULT_MIN_BITS).unwrap();
        assert!(!format!("{g:?}").contains(g.password.as_str()));
    }

    #[test]
    fn rule_without_usable_separator_is_refused_not_looped() {
        let mut r = rule();
        r.specials = "~".into();
        assert!(matches!(
            generate(&r, &[], Mode::Syllables, 60.0),
            Err(GenerateError::Impossible)
        ));
    }
}
