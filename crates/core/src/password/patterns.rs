//! What zxcvbn does not know: Vietnamese words, names and places written without tones, office
//! and shared-system words, the agency's own names, Vietnamese date and phone shapes, and the
//! `Word@123` habit that rules like the province's encourage.
//!
//! Works on the folded (toneless, lower-case) password. A password is "built from guessable
//! parts" when every run of letters splits into known words and every run of digits is a year,
//! a date, a phone number, a sequence, a repeat or at most three digits, with at most two symbols.

use std::borrow::Borrow;
use std::collections::{BTreeSet, HashSet};
use std::hash::{Hash, Hasher};
use std::sync::OnceLock;

use serde::Serialize;
use zeroize::Zeroizing;

/// Why a password is guessable. The serialized names are the CLI's stable warning codes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Pattern {
    CommonPassword,
    VietnameseWords,
    Name,
    Place,
    AgencyWords,
    PersonalInfo,
    Year,
    Date,
    Phone,
    DigitSequence,
    Leet,
    DefaultShape,
}

impl Pattern {
    pub fn code(self) -> &'static str {
        match self {
            Pattern::CommonPassword => "common_password",
            Pattern::VietnameseWords => "vietnamese_words",
            Pattern::Name => "name",
            Pattern::Place => "place",
            Pattern::AgencyWords => "agency_words",
            Pattern::PersonalInfo => "personal_info",
            Pattern::Year => "year",
            Pattern::Date => "date",
            Pattern::Phone => "phone",
            Pattern::DigitSequence => "digit_sequence",
            Pattern::Leet => "leet",
            Pattern::DefaultShape => "default_shape",
        }
    }
}

struct Lists {
    words: HashSet<&'static str>,
    names: HashSet<&'static str>,
    places: HashSet<&'static str>,
    passwords: HashSet<&'static str>,
}

fn entries(text: &'static str) -> impl Iterator<Item = &'static str> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

fn lists() -> &'static Lists {
    static LISTS: OnceLock<Lists> = OnceLock::new();
    LISTS.get_or_init(|| Lists {
        words: entries(include_str!("../../data/vi/words.txt")).collect(),
        names: entries(include_str!("../../data/vi/surnames.txt"))
            .chain(entries(include_str!("../../data/vi/given-names.txt")))
            .collect(),
        places: entries(include_str!("../../data/vi/places.txt")).collect(),
        passwords: entries(include_str!("../../data/vi/passwords.txt")).collect(),
    })
}

/// A word taken from the user's details (which include the old password): wiped from memory
/// when dropped, never printed, and looked up by `&str` in a set.
#[derive(PartialEq, Eq)]
pub struct SecretWord(Zeroizing<String>);

impl SecretWord {
    pub fn new(word: impl Into<String>) -> Self {
        SecretWord(Zeroizing::new(word.into()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl Hash for SecretWord {
    fn hash<H: Hasher>(&self, state: &mut H) {
        // Same as `str`'s hash, so that `Borrow<str>` lookups find it.
        self.0.as_str().hash(state);
    }
}

impl Borrow<str> for SecretWord {
    fn borrow(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Debug for SecretWord {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("SecretWord([redacted])")
    }
}

/// Words that come from outside the built-in lists: the agency's names from the profile and the
/// user's own details. Already folded and lower-case. The personal ones are secrets
/// ([`SecretWord`]); the agency's are public.
#[derive(Default)]
pub struct ContextWords {
    pub agency: HashSet<String>,
    pub personal: HashSet<SecretWord>,
    /// Digit strings from the user's details (date of birth, phone).
    pub personal_digits: HashSet<SecretWord>,
}

#[derive(Debug, Default, PartialEq, Eq)]
pub struct Findings {
    pub patterns: BTreeSet<Pattern>,
    /// Every part of the password is one of the guessable shapes above.
    pub guessable: bool,
}

const LEET: [(char, char); 9] = [
    ('0', 'o'),
    ('1', 'i'),
    ('3', 'e'),
    ('4', 'a'),
    ('5', 's'),
    ('7', 't'),
    ('@', 'a'),
    ('$', 's'),
    ('!', 'i'),
];

/// Analyses a folded password.
pub fn analyse(folded: &str, ctx: &ContextWords) -> Findings {
    let l = lists();
    let mut findings = Findings::default();
    let letters_only: Zeroizing<String> =
        Zeroizing::new(folded.chars().filter(char::is_ascii_alphabetic).collect());
    if l.passwords.contains(folded)
        || (!letters_only.is_empty() && l.passwords.contains(letters_only.as_str()))
    {
        findings.patterns.insert(Pattern::CommonPassword);
        findings.guessable = true;
    }

    let plain = shape(folded, ctx, &mut findings.patterns);
    // `P@ssw0rd`, `M4tkh4u`: undo the usual substitutions and look again.
    let unleeted: Zeroizing<String> = Zeroizing::new(
        folded
            .chars()
            .map(|c| {
                LEET.iter()
                    .find(|(from, _)| *from == c)
                    .map_or(c, |(_, to)| *to)
            })
            .collect(),
    );
    let mut leet_patterns = BTreeSet::new();
    let leet = *unleeted != folded && shape(&unleeted, ctx, &mut leet_patterns);
    if leet && !plain {
        findings.patterns.insert(Pattern::Leet);
        findings.patterns.extend(leet_patterns);
    }
    if l.passwords.contains(unleeted.as_str()) {
        findings.patterns.insert(Pattern::CommonPassword);
        findings.guessable = true;
    }
    findings.guessable |= plain || leet;
    findings
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Kind {
    Letters,
    Digits,
    Other,
}

/// Runs of one kind of character, as slices of `s` (no copy of the password).
fn runs(s: &str) -> Vec<(Kind, &str)> {
    let mut out: Vec<(Kind, &str)> = Vec::new();
    let mut start = 0;
    let mut current: Option<Kind> = None;
    for (at, c) in s.char_indices() {
        let kind = if c.is_ascii_alphabetic() {
            Kind::Letters
        } else if c.is_ascii_digit() {
            Kind::Digits
        } else {
            Kind::Other
        };
        if let Some(k) = current
            && k != kind
        {
            out.push((k, &s[start..at]));
            start = at;
        }
        current = Some(kind);
    }
    if let Some(k) = current {
        out.push((k, &s[start..]));
    }
    out
}

/// True when the whole string is made of guessable parts; records which ones.
fn shape(s: &str, ctx: &ContextWords, found: &mut BTreeSet<Pattern>) -> bool {
    let parts = runs(s);
    let mut all = true;
    let mut letters = 0;
    let mut symbols = 0;
    for (kind, run) in &parts {
        match kind {
            Kind::Letters => {
                letters += run.len();
                match segment(run, ctx) {
                    Some(families) => found.extend(families),
                    None => all = false,
                }
            }
            Kind::Digits => match digit_shape(run, ctx) {
                Some(Some(p)) => {
                    found.insert(p);
                }
                Some(None) => {}
                None => all = false,
            },
            Kind::Other => symbols += run.chars().count(),
        }
    }
    let guessable = all && letters >= 3 && symbols <= 2 && parts.len() <= 5;
    if guessable {
        let kinds: Vec<Kind> = parts.iter().map(|(k, _)| *k).collect();
        if matches!(
            kinds.as_slice(),
            [Kind::Letters, Kind::Other, Kind::Digits] | [Kind::Letters, Kind::Digits, Kind::Other]
        ) {
            found.insert(Pattern::DefaultShape);
        }
    }
    guessable
}

/// Splits a letter run into known words (at most one single-letter piece, for initials as in
/// `nguyenvana`), preferring long words. Returns the families of the words used.
fn segment(run: &str, ctx: &ContextWords) -> Option<BTreeSet<Pattern>> {
    let l = lists();
    let family = |w: &str| -> Option<Pattern> {
        if ctx.personal.contains(w) {
            Some(Pattern::PersonalInfo)
        } else if ctx.agency.contains(w) {
            Some(Pattern::AgencyWords)
        } else if l.places.contains(w) {
            Some(Pattern::Place)
        } else if l.names.contains(w) {
            Some(Pattern::Name)
        } else if l.words.contains(w) {
            Some(Pattern::VietnameseWords)
        } else {
            None
        }
    };
    let n = run.len();
    // best[i] = (single letters used, families) for the prefix run[..i].
    let mut best: Vec<Option<(u8, BTreeSet<Pattern>)>> = vec![None; n + 1];
    best[0] = Some((0, BTreeSet::new()));
    for end in 1..=n {
        for start in (0..end).rev() {
            let Some((singles, fams)) = best[start].clone() else {
                continue;
            };
            let word = &run[start..end];
            let (extra, fam) = if word.len() == 1 {
                (1, family(word))
            } else {
                match family(word) {
                    Some(f) => (0, Some(f)),
                    None => continue,
                }
            };
            let singles = singles + extra;
            if singles > 1 {
                continue;
            }
            let mut fams = fams;
            fams.extend(fam);
            if best[end].as_ref().is_none_or(|(s, _)| singles < *s) {
                best[end] = Some((singles, fams));
            }
        }
    }
    best[n].take().map(|(_, f)| f)
}

/// `Some(pattern)` for a guessable digit run (`Some(None)`: guessable but too short to name),
/// `None` when the digits look random.
fn digit_shape(d: &str, ctx: &ContextWords) -> Option<Option<Pattern>> {
    if ctx.personal_digits.contains(d)
        || ctx
            .personal_digits
            .iter()
            .any(|p| p.as_str().len() >= 4 && d.contains(p.as_str()))
    {
        return Some(Some(Pattern::PersonalInfo));
    }
    let n = d.len();
    let num = |s: &str| s.parse::<u32>().unwrap_or(0);
    let is_year = |s: &str| s.len() == 4 && (1940..=2039).contains(&num(s));
    let is_day = |s: &str| (1..=31).contains(&num(s));
    let is_month = |s: &str| (1..=12).contains(&num(s));
    if is_year(d) {
        return Some(Some(Pattern::Year));
    }
    let date = match n {
        4 => is_day(&d[..2]) && is_month(&d[2..]),
        6 => is_day(&d[..2]) && is_month(&d[2..4]),
        8 => {
            (is_day(&d[..2]) && is_month(&d[2..4]) && is_year(&d[4..]))
                || (is_year(&d[..4]) && is_month(&d[4..6]) && is_day(&d[6..]))
        }
        _ => false,
    };
    if date {
        return Some(Some(Pattern::Date));
    }
    if (n == 10 && d.starts_with('0')) || (n == 11 && d.starts_with("84")) {
        return Some(Some(Pattern::Phone));
    }
    let bytes = d.as_bytes();
    let step = |k: i8| bytes.windows(2).all(|w| w[1] as i8 - w[0] as i8 == k);
    if n >= 3 && (step(1) || step(-1) || step(0)) {
        return Some(Some(Pattern::DigitSequence));
    }
    if n <= 3 {
        return Some(None);
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(folded: &str) -> Findings {
        analyse(folded, &ContextWords::default())
    }

    #[test]
    fn documented_common_passwords_are_found() {
        for p in ["demo@123", "admin@123", "abcd@1234", "123456", "anhyeuem"] {
            let f = check(p);
            assert!(
                f.guessable && f.patterns.contains(&Pattern::CommonPassword),
                "{p}: {f:?}"
            );
        }
    }

    #[test]
    fn word_symbol_year_is_the_default_shape() {
        for p in [
            "matkhau@2024",
            "hanoi@2024",
            "quangnam@123",
            "haiphong@123",
            "namdinh@2023",
        ] {
            let f = check(p);
            assert!(f.guessable, "{p}");
            assert!(f.patterns.contains(&Pattern::DefaultShape), "{p}: {f:?}");
        }
    }

    #[test]
    fn names_with_initial_and_birth_date_are_guessable() {
        let f = check("nguyenvana@1990");
        assert!(
            f.guessable
                && f.patterns.contains(&Pattern::Name)
                && f.patterns.contains(&Pattern::Year),
            "{f:?}"
        );
        let f = check("tranthihoa15081985");
        assert!(f.guessable && f.patterns.contains(&Pattern::Date), "{f:?}");
    }

    #[test]
    fn places_old_and_new_names() {
        for p in ["danang@2024", "tphcm@2024", "ninhbinh#2025"] {
            assert!(check(p).patterns.contains(&Pattern::Place), "{p}");
        }
    }

    #[test]
    fn phone_numbers_are_a_shape() {
        let f = check("lan@0912345678");
        assert!(f.guessable && f.patterns.contains(&Pattern::Phone), "{f:?}");
    }

    #[test]
    fn leet_is_undone() {
        let f = check("m4tkh4u@2024");
        assert!(f.guessable && f.patterns.contains(&Pattern::Leet), "{f:?}");
        assert!(
            check("p@ssw0rd")
                .patterns
                .contains(&Pattern::CommonPassword)
        );
    }

    #[test]
    fn agency_and_personal_words_come_from_context() {
        let mut ctx = ContextWords::default();
        ctx.agency.insert("sotnmt".into());
        ctx.personal.insert(SecretWord::new("ngocanh"));
        ctx.personal_digits.insert(SecretWord::new("19071992"));
        let f = analyse("sotnmt@123", &ctx);
        assert!(f.guessable && f.patterns.contains(&Pattern::AgencyWords));
        let f = analyse("ngocanh#19071992", &ctx);
        assert!(
            f.guessable && f.patterns.contains(&Pattern::PersonalInfo),
            "{f:?}"
        );
    }

    #[test]
    fn random_looking_parts_are_not_guessable() {
        for p in [
            "xk9#mp2$vl7q",
            "gQ7!rz4@wn8t",
            "correct-horse-battery",
            "tre#bun#cha#gio",
        ] {
            assert!(!check(&p.to_lowercase()).guessable, "{p}");
        }
    }
}
