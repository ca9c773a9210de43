//! Guesses for the whole password, the way a PCFG cracker builds candidates: a structure of
//! groups — a phrase (letters, maybe joined by one repeated separator), digits, symbols — each
//! group filled from ranked lists, with a few capitalisation and leet variants. The log10
//! guesses of a password is the sum over its groups plus the cost of its structure: a rough
//! rank of where such a cracker would reach it.

use std::collections::BTreeSet;

use zeroize::Zeroizing;

use super::segment;
use crate::password::patterns::{ContextWords, Pattern};

/// Symbols by how often people put them in passwords (separators first); their rank is their
/// cost. Anything else costs [`OTHER_SYMBOL_COST`].
const COMMON_SYMBOLS: &str = "@#!._-*$&+=%?/~^";
/// log10 of the 33 printable ASCII symbols and space.
const OTHER_SYMBOL_COST: f64 = 1.52;
/// A character outside ASCII (a letter of another script, an emoji): costs more than a symbol.
const FOREIGN_COST: f64 = 2.0;
/// Every group after the first (structures with more groups are rarer).
const GROUP_COST: f64 = 0.3;

/// Numbers chosen for luck (Vietnamese: 6 lộc, 8 phát, 9 trường cửu; 68 "lộc phát", 86, 88, 1368
/// "sinh lộc phát"…). Order is the rank.
const LUCKY: &[&str] = &[
    "68", "86", "88", "888", "6868", "8888", "1368", "99", "999", "9999", "66", "666", "6666",
    "79", "39", "3979", "7979", "8686", "68686", "686868", "868686", "168", "1668", "2468", "8668",
    "6688", "8866", "686", "868", "668", "886", "369", "36", "38", "83", "69", "96", "9669",
    "88888", "888888", "66666", "666666", "99999", "999999", "5555", "55555", "555555", "2222",
    "1102", "3939", "68688", "18", "28", "98", "89", "368", "386", "86868",
];

/// The password after folding tones (case kept), split into groups.
#[derive(Debug, PartialEq)]
enum Group<'a> {
    /// Letter runs joined by one repeated separator (`Nguyen.Van.An`): runs, separator.
    Phrase(Vec<&'a str>, Option<char>),
    Digits(&'a str),
    Symbols(&'a str),
}

#[derive(Clone, Copy, PartialEq)]
enum Kind {
    Letter,
    Digit,
    Other,
}

fn kind(c: char) -> Kind {
    if c.is_ascii_alphabetic() {
        Kind::Letter
    } else if c.is_ascii_digit() {
        Kind::Digit
    } else {
        Kind::Other
    }
}

fn runs(s: &str) -> Vec<(Kind, &str)> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut current: Option<Kind> = None;
    for (at, c) in s.char_indices() {
        let k = kind(c);
        if let Some(prev) = current
            && prev != k
        {
            out.push((prev, &s[start..at]));
            start = at;
        }
        current = Some(k);
    }
    if let Some(k) = current {
        out.push((k, &s[start..]));
    }
    out
}

fn groups(s: &str) -> Vec<Group<'_>> {
    let runs = runs(s);
    let mut out: Vec<Group<'_>> = Vec::new();
    let mut i = 0;
    while i < runs.len() {
        let (k, run) = runs[i];
        match k {
            Kind::Letter => {
                let mut letters = vec![run];
                let mut sep: Option<char> = None;
                // Join `Letters Sep Letters` while the separator is one character and the same.
                while i + 2 < runs.len()
                    && runs[i + 1].0 == Kind::Other
                    && runs[i + 2].0 == Kind::Letter
                    && runs[i + 1].1.chars().count() == 1
                {
                    let c = runs[i + 1].1.chars().next().unwrap_or(' ');
                    if sep.is_some_and(|s| s != c) {
                        break;
                    }
                    sep = Some(c);
                    letters.push(runs[i + 2].1);
                    i += 2;
                }
                out.push(Group::Phrase(letters, sep));
            }
            Kind::Digit => out.push(Group::Digits(run)),
            Kind::Other => out.push(Group::Symbols(run)),
        }
        i += 1;
    }
    out
}

fn symbol_cost(c: char) -> f64 {
    match COMMON_SYMBOLS.chars().position(|s| s == c) {
        Some(i) => ((i + 2) as f64).log10(),
        None if c.is_ascii() => OTHER_SYMBOL_COST,
        None => FOREIGN_COST,
    }
}

fn log10_binomial(n: usize, k: usize) -> f64 {
    let k = k.min(n - k);
    (0..k)
        .map(|i| ((n - i) as f64).log10() - ((i + 1) as f64).log10())
        .sum()
}

/// Capitals in a phrase: none, the first letter, all, or the first letter of syllables are the
/// patterns crackers try first; anything else costs a choice of positions.
fn capitals_cost(upper: &[usize], len: usize, syllable_starts: &[usize]) -> f64 {
    if upper.is_empty() {
        0.0
    } else if upper == [0] {
        0.2
    } else if upper.len() == len {
        0.5
    } else if upper.iter().all(|u| syllable_starts.contains(u)) {
        0.4
    } else {
        0.5 + log10_binomial(len, upper.len())
    }
}

fn phrase_cost(
    letters: &[&str],
    sep: Option<char>,
    ctx: &ContextWords,
    found: &mut BTreeSet<Pattern>,
) -> f64 {
    let mut cost = 0.0;
    let mut upper = Vec::new();
    let mut starts = Vec::new();
    let mut offset = 0;
    for run in letters {
        let lower = Zeroizing::new(run.to_ascii_lowercase());
        let split = segment::split(&lower, ctx);
        cost += split.cost;
        found.extend(split.pieces.iter().filter_map(|p| p.pattern));
        starts.extend(split.syllable_starts.iter().map(|s| s + offset));
        upper.extend(
            run.bytes()
                .enumerate()
                .filter(|(_, b)| b.is_ascii_uppercase())
                .map(|(i, _)| i + offset),
        );
        offset += run.len();
    }
    cost += capitals_cost(&upper, offset, &starts);
    if let Some(c) = sep {
        // One separator, repeated: chosen once. People join words with these first.
        cost += match c {
            '.' | '_' | '-' | ' ' => 0.2,
            c => symbol_cost(c) + 0.1,
        };
    }
    cost
}

/// The cheapest explanation of one piece of a digit run, if it is a known kind.
fn digit_piece(d: &str, ctx: &ContextWords) -> Option<(f64, Pattern)> {
    let n = d.len();
    if n >= 4 && ctx.personal_digits.contains(d) {
        return Some((
            0.3 + (ctx.personal_digits.len() as f64).log10(),
            Pattern::PersonalInfo,
        ));
    }
    let num = |s: &str| s.parse::<u32>().unwrap_or(0);
    let is_year = |s: &str| s.len() == 4 && (1950..=2035).contains(&num(s));
    let is_day = |s: &str| (1..=31).contains(&num(s));
    let is_month = |s: &str| (1..=12).contains(&num(s));
    let mut best: Option<(f64, Pattern)> = None;
    let mut consider = |cost: f64, p: Pattern| {
        if best.is_none_or(|(c, _)| cost < c) {
            best = Some((cost, p));
        }
    };
    if n >= 2
        && let Some(i) = LUCKY.iter().position(|l| *l == d)
    {
        consider(0.5 + 0.5 * ((i + 1) as f64).log10(), Pattern::LuckyNumber);
    }
    if is_year(d) {
        let recent = (2015..=2030).contains(&num(d));
        consider(if recent { 1.3 } else { 1.9 }, Pattern::Year);
    }
    let date = match n {
        4 => (is_day(&d[..2]) && is_month(&d[2..])) || (is_month(&d[..2]) && is_day(&d[2..])),
        6 => is_day(&d[..2]) && is_month(&d[2..4]),
        8 => {
            (is_day(&d[..2]) && is_month(&d[2..4]) && is_year(&d[4..]))
                || (is_year(&d[..4]) && is_month(&d[4..6]) && is_day(&d[6..]))
        }
        _ => false,
    };
    if date {
        // Days of the year, times some 60 birth years for the long forms.
        consider(if n == 4 { 2.6 } else { 4.2 }, Pattern::Date);
    }
    if (n == 10 && d.starts_with('0') && "35789".contains(&d[1..2]))
        || (n == 11 && d.starts_with("84"))
    {
        consider(if n == 10 { 8.7 } else { 9.0 }, Pattern::Phone);
    }
    if let Some(cost) = super::numbers::mobile_number(d) {
        consider(cost, Pattern::MobileNumber);
    }
    if let Some(cost) = super::numbers::citizen_id(d) {
        consider(cost, Pattern::CitizenId);
    }
    let bytes = d.as_bytes();
    let step = |k: i8| bytes.windows(2).all(|w| w[1] as i8 - w[0] as i8 == k);
    if n >= 3 && step(0) {
        consider(1.0 + (n as f64).log10(), Pattern::DigitSequence);
    }
    if n >= 3 && (step(1) || step(-1)) {
        consider(0.7 + (n as f64).log10(), Pattern::DigitSequence);
    }
    // `1212`, `123123`: a block and its repeat.
    if n >= 4 && n.is_multiple_of(2) && d[..n / 2] == d[n / 2..] && !LUCKY.contains(&d) {
        let half = digit_piece(&d[..n / 2], ctx).map_or((n / 2) as f64, |(c, _)| c);
        consider(half + 0.3, Pattern::DigitSequence);
    }
    best
}

/// A run of digits split into known pieces (a lucky number then a year, …) and single digits.
fn digits_cost(d: &str, ctx: &ContextWords, found: &mut BTreeSet<Pattern>) -> f64 {
    let n = d.len();
    // best[i]: cheapest cost of d[..i], and where its last piece starts and what it is.
    type Step = Option<(usize, Option<Pattern>)>;
    let mut best: Vec<(f64, Step)> = vec![(f64::INFINITY, None); n + 1];
    best[0] = (0.0, None);
    for end in 1..=n {
        for start in end.saturating_sub(12)..end {
            if !best[start].0.is_finite() {
                continue;
            }
            let piece = &d[start..end];
            let mut options: Vec<(f64, Option<Pattern>)> = Vec::new();
            if end - start == 1 {
                options.push((1.0, None));
            }
            if let Some((c, p)) = digit_piece(piece, ctx) {
                // A known piece inside a longer run: where it starts is a guess too.
                let extra = if end - start == n { 0.0 } else { 0.2 };
                options.push((c + extra, Some(p)));
            }
            for (c, p) in options {
                let total = best[start].0 + c;
                if total < best[end].0 {
                    best[end] = (total, Some((start, p)));
                }
            }
        }
    }
    let mut at = n;
    let mut any = false;
    while at > 0 {
        let Some((start, p)) = best[at].1 else { break };
        if let Some(p) = p {
            found.insert(p);
            any = true;
        }
        at = start;
    }
    if !any && n <= 3 {
        found.insert(Pattern::ShortNumber);
    }
    best[n].0
}

fn symbols_cost(s: &str, seen: &mut Vec<char>) -> f64 {
    let mut cost = 0.0;
    let mut prev: Option<char> = None;
    for c in s.chars() {
        cost += if prev == Some(c) || seen.contains(&c) {
            0.1
        } else {
            symbol_cost(c)
        };
        prev = Some(c);
        seen.push(c);
    }
    cost
}

/// log10 guesses for one form of the password, and the patterns its cheapest reading used.
pub fn form_cost(form: &str, ctx: &ContextWords) -> (f64, BTreeSet<Pattern>) {
    let groups = groups(form);
    let mut found = BTreeSet::new();
    let shape: Vec<u8> = groups
        .iter()
        .map(|g| match g {
            Group::Phrase(..) => b'P',
            Group::Digits(_) => b'D',
            Group::Symbols(_) => b'S',
        })
        .collect();
    // The structures people use most (word, symbol, number) are the ones a cracker tries first.
    let default_shape = matches!(shape.as_slice(), b"PSD" | b"PDS" | b"PD" | b"SPD" | b"PSDS");
    let mut cost = if default_shape {
        0.2
    } else {
        GROUP_COST * groups.len().saturating_sub(1) as f64
    };
    if !matches!(groups.first(), Some(Group::Phrase(..)) | None) {
        cost += 0.3;
    }
    let mut seen = Vec::new();
    for g in &groups {
        cost += match g {
            Group::Phrase(letters, sep) => {
                if let Some(c) = sep {
                    seen.push(*c);
                }
                phrase_cost(letters, *sep, ctx, &mut found)
            }
            Group::Digits(d) => digits_cost(d, ctx, &mut found),
            Group::Symbols(s) => symbols_cost(s, &mut seen),
        };
    }
    if default_shape {
        found.insert(Pattern::DefaultShape);
    }
    (cost, found)
}

/// `0→o 1→i 3→e 4→a 5→s 7→t @→a $→s !→i`, for a character between two letters (or leet
/// characters): `P@ssw0rd`, `M4tkh4u`, `H4nhPhuc`.
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

fn leet_of(c: char) -> Option<char> {
    LEET.iter().find(|(from, _)| *from == c).map(|(_, to)| *to)
}

/// The form with leet undone where it sits inside a word, and how many characters changed.
pub fn unleet(form: &str) -> (Zeroizing<String>, usize) {
    let chars: Zeroizing<Vec<char>> = Zeroizing::new(form.chars().collect());
    let wordish = |i: usize| {
        chars
            .get(i)
            .is_some_and(|c| c.is_ascii_alphabetic() || leet_of(*c).is_some())
    };
    let mut out = Zeroizing::new(String::with_capacity(form.len()));
    let mut changed = 0;
    for (i, &c) in chars.iter().enumerate() {
        let inside = i > 0 && wordish(i - 1) && wordish(i + 1);
        let touches_letter = (i > 0 && chars[i - 1].is_ascii_alphabetic())
            || chars.get(i + 1).is_some_and(char::is_ascii_alphabetic);
        match leet_of(c) {
            Some(to) if inside && touches_letter => {
                out.push(to);
                changed += 1;
            }
            _ => out.push(c),
        }
    }
    (out, changed)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cost(p: &str) -> f64 {
        form_cost(p, &ContextWords::default()).0
    }

    #[test]
    fn names_joined_by_one_separator_are_one_phrase() {
        assert_eq!(
            groups("Nguyen.Van.An@1990"),
            [
                Group::Phrase(vec!["Nguyen", "Van", "An"], Some('.')),
                Group::Symbols("@"),
                Group::Digits("1990"),
            ]
        );
    }

    #[test]
    fn lucky_numbers_years_and_dates_are_cheap_digits() {
        let mut f = BTreeSet::new();
        assert!(digits_cost("6868", &ContextWords::default(), &mut f) < 1.5);
        assert!(f.contains(&Pattern::LuckyNumber));
        let mut f = BTreeSet::new();
        assert!(digits_cost("15081985", &ContextWords::default(), &mut f) < 5.0);
        assert!(f.contains(&Pattern::Date));
        let mut f = BTreeSet::new();
        assert!(digits_cost("681990", &ContextWords::default(), &mut f) < 3.5);
        assert!(f.contains(&Pattern::LuckyNumber) && f.contains(&Pattern::Year));
        let mut f = BTreeSet::new();
        assert!((digits_cost("48213", &ContextWords::default(), &mut f) - 5.0).abs() < 1e-9);
    }

    #[test]
    fn capitals_at_syllable_starts_cost_little_random_ones_more() {
        assert!(cost("QuangNam") < cost("qUangnAm"));
        assert!(cost("Quangnam") <= cost("QuangNam"));
    }

    #[test]
    fn leet_inside_words_is_undone() {
        let (u, n) = unleet("M4tkh4u@2024");
        assert_eq!((u.as_str(), n), ("Matkhau@2024", 2));
        let (u, n) = unleet("P@ssw0rd!");
        assert_eq!((u.as_str(), n), ("Password!", 2));
    }
}
