//! A guess-number estimate that models how Vietnamese people build passwords, instead of
//! matching a word list: letters are split into toneless Vietnamese syllables, dictionary words,
//! names and places ranked by frequency ([`segment`], over the embedded [`data`]), and the whole
//! password is costed as a PCFG cracker would reach it: phrase, separator, digits (a year, a
//! date, a lucky number, a phone number, a short run), capitals and leet ([`pcfg`]).
//!
//! The result is a rough log10 of the guesses such a cracker needs; [`super::strength`] takes
//! the minimum of it and zxcvbn's. It sees only the folded password (tones removed, case kept)
//! and the context words; every copy it makes is `Zeroizing`.

pub mod data;
pub mod numbers;
pub mod pcfg;
pub mod segment;
pub mod telex;

use std::collections::BTreeSet;

use unicode_normalization::UnicodeNormalization;
use zeroize::Zeroizing;

use super::patterns::{ContextWords, Pattern};

/// What the model says about a password.
#[derive(Debug, Default, PartialEq)]
pub struct Estimate {
    pub guesses_log10: f64,
    /// The parts that made it cheap, from the cheapest reading.
    pub patterns: BTreeSet<Pattern>,
}

/// Tones and marks removed, đ→d, case kept (`Mậtkhẩu` → `Matkhau`).
fn fold_keep_case(s: &str) -> Zeroizing<String> {
    let mut out = Zeroizing::new(String::with_capacity(s.len()));
    for c in s.nfd() {
        match c {
            '\u{0300}'..='\u{036f}' => {}
            'đ' => out.push('d'),
            'Đ' => out.push('D'),
            c => out.push(c),
        }
    }
    out
}

/// log10 guesses for `password` and what made it cheap.
pub fn estimate(password: &str, ctx: &ContextWords) -> Estimate {
    if password.is_empty() {
        return Estimate::default();
    }
    let form = fold_keep_case(password);
    let (mut best, mut patterns) = pcfg::form_cost(&form, ctx);
    let (unleeted, changed) = pcfg::unleet(&form);
    if changed > 0 {
        let (cost, mut found) = pcfg::form_cost(&unleeted, ctx);
        let cost = cost + 0.3 + 0.3 * changed as f64;
        if cost < best {
            found.insert(Pattern::Leet);
            best = cost;
            patterns = found;
        }
    }
    // Vietnamese typed the Telex way with the Vietnamese keyboard off (`Maatj khaaur`).
    let (untyped, markers) = telex::untelex(&form);
    if markers > 0 {
        let (cost, mut found) = pcfg::form_cost(&untyped, ctx);
        let cost = cost + telex::cost(markers);
        if cost < best {
            found.insert(Pattern::Telex);
            best = cost;
            patterns = found;
        }
    }
    // Whole passwords documented as common in Vietnam.
    let lower = Zeroizing::new(form.to_lowercase());
    let lists = data::lists();
    let lower_unleeted = Zeroizing::new(unleeted.to_lowercase());
    for candidate in [lower.as_str(), lower_unleeted.as_str()] {
        if let Some(&rank) = lists.passwords.get(candidate) {
            let cost = f64::from(rank).log10();
            if cost < best {
                best = cost;
                patterns = BTreeSet::from([Pattern::CommonPassword]);
            }
        }
    }
    Estimate {
        guesses_log10: best,
        patterns,
    }
}

#[cfg(test)]
#[path = "habits_tests.rs"]
mod habits_tests;
