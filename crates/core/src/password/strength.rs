//! The verdict on a candidate password: the organization's rule, then the lowest of three guess
//! estimates — zxcvbn on the password as typed, zxcvbn on its toneless form, and the Vietnamese
//! model ([`super::vi_model`]) — against one threshold: fewer than 10^10 guesses is weak. Only
//! scores, codes and rule results come out; the password and every fragment of it stay inside.
//!
//! What stays in memory, and what does not. Every copy this crate makes of the password or of
//! the personal details (which include the old password) is wiped when dropped: folded forms are
//! `Zeroizing`, context words are `SecretWord`s, pieces are slices of those, never new `String`s
//! or `Vec<char>`s. What we cannot wipe:
//! - zxcvbn's internals: it truncates, lower-cases, reverses and l33t-translates into new
//!   `String`s, and keeps fragments in `Entropy::sequence` (tokens, matched words); none is
//!   zeroized. The `Entropy` is dropped at once and never leaves `zxcvbn_view`.
//! - the caller's buffers: in the app, the JSON text of the IPC request and serde's `String`
//!   before it becomes `Zeroizing`, and the web view's `<input>` value in its JavaScript heap; in
//!   the CLI, the standard-input buffer of the OS and of `std` (the line buffer is `Zeroizing`).
//! - copies left by moves and reallocations the compiler makes (the `zeroize` crate's caveat).
//! - the leaked-password lookup ([`super::leaked`]) hashes the password in place with SHA-256;
//!   the hasher's block buffer (sha2 does not wipe it) lives on the stack until the call returns.

use serde::Serialize;
use zeroize::Zeroizing;

use super::crack_time::CrackTime;
use super::fold::{fold, has_vietnamese_letters, nfc_and_nfd_differ};
use super::leaked::LeakFilters;
use super::patterns::{ContextWords, SecretWord};
use super::policy::{self, Requirement};
use super::vi_model;
#[cfg(test)]
use super::zxcvbn_view::{L33T, PieceView, pieces, zxcvbn_lowest_with};
pub use super::zxcvbn_view::{
    ZXCVBN_CHUNK, ZXCVBN_L33T_PER_CHUNK, ZXCVBN_LONG_PIECE, suggestion_code,
};
use super::zxcvbn_view::{ZxcvbnView, zxcvbn_inputs, zxcvbn_lowest};
use crate::profile::{PasswordRule, Profile};

/// Longer input is not assessed: no one types it, and it would only cost time.
pub const MAX_CHARS: usize = 256;
/// A password that meets the rule and is not weak is strong from this many characters, fair
/// below.
const STRONG_FROM_CHARS: usize = 12;
/// Fewer guesses than this is weak: an offline attack on a leaked list of fast hashes tries
/// 10^10 candidates in seconds, and a slow hash at 10^4 guesses a second in under two weeks.
pub const WEAK_BELOW_LOG10: f64 = 10.0;

#[cfg_attr(test, derive(ts_rs::TS))]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(test, ts(rename = "PasswordVerdict"))]
pub enum Verdict {
    FailsRule,
    Weak,
    Fair,
    Strong,
    TooLong,
    /// Good enough on its own, but already used for another system: "do not use", not "easy to
    /// guess" (a clerk who made a long password would not understand "weak").
    Reused,
}

impl Verdict {
    /// The stable code, as serialized (`fails_rule`, `weak`, …).
    pub fn code(self) -> &'static str {
        match self {
            Verdict::FailsRule => "fails_rule",
            Verdict::Weak => "weak",
            Verdict::Fair => "fair",
            Verdict::Strong => "strong",
            Verdict::TooLong => "too_long",
            Verdict::Reused => "reused",
        }
    }
}

/// What the assessment says. Contains no part of the password.
#[cfg_attr(test, derive(ts_rs::TS))]
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Assessment {
    pub meets_rule: bool,
    pub missing: Vec<Requirement>,
    pub verdict: Verdict,
    /// 0–4 on zxcvbn's scale, from the lowest estimate: zxcvbn on the raw and the toneless
    /// form, and the Vietnamese model.
    pub score: u8,
    pub guesses_log10: f64,
    /// Stable codes, most important first.
    pub warnings: Vec<&'static str>,
    /// What to do about it: stable codes (`pw-suggestion-<code>`), most useful first. Empty for a
    /// `strong` or `too_long` verdict.
    pub suggestions: Vec<&'static str>,
    /// How long guessing would take (see [`CrackTime`] for the assumed attack), from the lowest
    /// estimate. `None` when that figure would mislead: the password is too long to assess, or
    /// reused.
    pub crack_time: Option<CrackTime>,
    /// The password, exactly as typed, is in a leaked-password list ([`super::leaked`]).
    pub leaked: bool,
}

/// What the user may tell us about themselves, to count against the password. Never stored.
#[derive(Default)]
pub struct PersonalInputs {
    pub values: Vec<Zeroizing<String>>,
}

/// Words a password for this organization should not be built from: its names and systems.
pub fn agency_words(profile: &Profile) -> Vec<String> {
    let mut texts = vec![
        profile.agency.name.vi.clone(),
        profile.agency.name.en.clone(),
        profile.agency.province.vi.clone(),
        profile.document.issuer.vi.clone(),
    ];
    for s in &profile.systems {
        texts.push(s.name.vi.clone());
        texts.push(s.id.clone());
    }
    let mut words = Vec::new();
    for t in texts {
        let folded = fold(&t);
        let parts: Vec<&str> = folded
            .split(|c: char| !c.is_ascii_alphanumeric())
            .filter(|w| !w.is_empty())
            .collect();
        words.push(parts.concat());
        // Initials: "Sở Thông tin và Truyền thông" → "sttvtt"; and each word of three letters or more.
        words.push(parts.iter().filter_map(|w| w.chars().next()).collect());
        words.extend(parts.iter().filter(|w| w.len() >= 3).map(|w| w.to_string()));
    }
    words.sort();
    words.dedup();
    words.retain(|w| w.len() >= 3);
    words
}

fn context(agency: &[String], personal: &PersonalInputs) -> ContextWords {
    let mut ctx = ContextWords::default();
    ctx.agency.extend(agency.iter().cloned());
    for value in &personal.values {
        // `fold` returns a `Zeroizing` copy; the pieces below borrow from it, and everything
        // kept goes into a `SecretWord`, wiped on drop.
        let folded = fold(value);
        let letters: Vec<&str> = folded
            .split(|c: char| !c.is_ascii_alphabetic())
            .filter(|w| !w.is_empty())
            .collect();
        if !letters.is_empty() {
            let mut joined = Zeroizing::new(String::with_capacity(folded.len()));
            letters.iter().for_each(|w| joined.push_str(w));
            ctx.personal.insert(SecretWord::new(joined.as_str()));
            ctx.personal.extend(
                letters
                    .iter()
                    .filter(|w| w.len() >= 2)
                    .map(|w| SecretWord::new(*w)),
            );
        }
        let mut digits = Zeroizing::new(String::with_capacity(folded.len()));
        folded
            .chars()
            .filter(char::is_ascii_digit)
            .for_each(|c| digits.push(c));
        if digits.len() >= 4 {
            ctx.personal_digits.insert(SecretWord::new(digits.as_str()));
            // A date of birth in any order people write it: keep each number group too.
            ctx.personal_digits.extend(
                folded
                    .split(|c: char| !c.is_ascii_digit())
                    .filter(|g| g.len() >= 4)
                    .map(SecretWord::new),
            );
        }
    }
    ctx
}

pub(crate) fn score_of(log10: f64) -> u8 {
    // zxcvbn's own thresholds (guesses < 10^3+5 → 0, …, ≥ 10^10+5 → 4), in log10.
    match log10 {
        x if x < 3.0 => 0,
        x if x < 6.0 => 1,
        x if x < 8.0 => 2,
        x if x < 10.0 => 3,
        _ => 4,
    }
}

/// Every suggestion code `assess` can give, for the catalogue test.
pub const SUGGESTION_CODES: &[&str] = &[
    "use_a_few_words",
    "add_another_word",
    "capitalization",
    "all_uppercase",
    "reversed_words",
    "predictable_substitutions",
    "keyboard_pattern",
    "avoid_repeats",
    "avoid_sequences",
    "avoid_recent_years",
    "avoid_personal_years",
    "avoid_personal_dates",
];

/// Every warning code `assess` can give, for the catalogue test.
pub const WARNING_CODES: &[&str] = &[
    "too_long",
    "vietnamese_letters",
    "normal_form",
    "outer_spaces",
    "common_password",
    "vietnamese_words",
    "name",
    "place",
    "agency_words",
    "personal_info",
    "year",
    "date",
    "phone",
    "digit_sequence",
    "leet",
    "leaked",
    "mobile_number",
    "citizen_id",
    "telex",
    "default_shape",
    "vietnamese_syllables",
    "lucky_number",
    "short_number",
    "keyboard_row",
    "keyboard_pattern",
    "repeats",
    "repeated_pattern",
    "top10",
    "top100",
    "common",
    "similar_to_common",
    "sequence",
    "recent_year",
    "single_word",
    "dates",
    "names_alone",
    "common_names",
];

/// A password already used for another system (or before) must not be used however long it is:
/// one leak would open both. A password good on its own gets the verdict [`Verdict::Reused`]
/// (the reason is reuse, not guessing); one that fails the rule or is weak keeps that verdict.
/// `uses` is how many earlier uses reuse detection found.
pub fn with_reuse(mut a: Assessment, uses: usize) -> Assessment {
    if uses > 0 {
        if matches!(a.verdict, Verdict::Fair | Verdict::Strong) {
            a.verdict = Verdict::Reused;
        }
        a.warnings.insert(0, "reused");
        // How long guessing takes does not matter when one leak elsewhere opens this system.
        a.crack_time = None;
    }
    a
}

/// Assesses a candidate password against the rule, zxcvbn, the Vietnamese patterns and the
/// leaked-password list TựKiểm ships.
pub fn assess(
    password: &str,
    rule: &PasswordRule,
    agency: &[String],
    personal: &PersonalInputs,
) -> Assessment {
    assess_against(
        password,
        rule,
        agency,
        personal,
        &LeakFilters::builtin_only(),
    )
}

/// [`assess`], with the Department's leaked-password filters too
/// (`LeakFilters::from_lists(&profile.lists)`).
pub fn assess_against(
    password: &str,
    rule: &PasswordRule,
    agency: &[String],
    personal: &PersonalInputs,
    leaks: &LeakFilters,
) -> Assessment {
    let a = assess_with(password, rule, agency, personal, zxcvbn_lowest);
    let listed = a.verdict != Verdict::TooLong && leaks.contains(password);
    with_leaked(a, listed, leaks.entries())
}

/// The assessment of a password found (`leaked`) or not in a leak list. A listed password is
/// weak whatever its shape, with its own warning first; its figure becomes what a list attack
/// costs (every listed password tried once), so the score and the time to guess agree with the
/// verdict. A password that fails the rule still says it leaked.
pub fn with_leaked(mut a: Assessment, leaked: bool, list_entries: u64) -> Assessment {
    a.leaked = leaked;
    if !leaked || a.verdict == Verdict::TooLong {
        return a;
    }
    if matches!(a.verdict, Verdict::Fair | Verdict::Strong) {
        a.verdict = Verdict::Weak;
    }
    a.warnings.insert(0, "leaked");
    // A listed password that meets the rule is to be replaced, not extended: "add another word"
    // would keep the leaked password as the base of the new one.
    if a.meets_rule {
        a.suggestions.retain(|s| *s != "add_another_word");
    }
    if (a.meets_rule || a.suggestions.is_empty()) && !a.suggestions.contains(&"use_a_few_words") {
        a.suggestions.insert(0, "use_a_few_words");
    }
    let list_log10 = (list_entries.max(1) as f64).log10();
    if a.guesses_log10 > list_log10 {
        a.guesses_log10 = (list_log10 * 100.0).round() / 100.0;
        a.score = a.score.min(score_of(list_log10));
        if a.crack_time.is_some() {
            a.crack_time = Some(super::crack_time::CrackTime::from_guesses_log10(list_log10));
        }
    }
    a
}

/// How [`assess`] gets zxcvbn's lower view; the tests swap in scoring every piece of both forms.
type ZxcvbnLowest = fn(&str, Option<&str>, &[&str], f64) -> Option<ZxcvbnView>;

fn assess_with(
    password: &str,
    rule: &PasswordRule,
    agency: &[String],
    personal: &PersonalInputs,
    zxcvbn: ZxcvbnLowest,
) -> Assessment {
    let mut warnings: Vec<&'static str> = Vec::new();
    if password.chars().count() > MAX_CHARS {
        return Assessment {
            meets_rule: false,
            missing: Vec::new(),
            verdict: Verdict::TooLong,
            score: 0,
            guesses_log10: 0.0,
            warnings: vec!["too_long"],
            suggestions: Vec::new(),
            crack_time: None,
            leaked: false,
        };
    }
    let missing = policy::missing(rule, password);
    if has_vietnamese_letters(password) {
        warnings.push("vietnamese_letters");
    }
    if nfc_and_nfd_differ(password) {
        warnings.push("normal_form");
    }
    if password.starts_with(char::is_whitespace) || password.ends_with(char::is_whitespace) {
        warnings.push("outer_spaces");
    }

    let folded = fold(password);
    let ctx = context(agency, personal);
    let inputs = zxcvbn_inputs(&ctx);
    // The Vietnamese model: a cracker that knows how Vietnamese people build passwords.
    let model = vi_model::estimate(password, &ctx);
    let model_weak = model.guesses_log10 < WEAK_BELOW_LOG10;
    let chars = password.chars().count();
    // When the rule, the length and the model already make it strong, zxcvbn matters only if
    // it says fewer guesses than the model (see `zxcvbn_lowest`).
    let bound = if missing.is_empty() && chars >= STRONG_FROM_CHARS && !model_weak {
        model.guesses_log10
    } else {
        f64::INFINITY
    };
    // Most passwords have no tones and no capitals: then the toneless form is the same text, and
    // zxcvbn would only say the same thing twice.
    let toneless = (folded.as_str() != password).then_some(folded.as_str());
    let z = zxcvbn(password, toneless, &inputs, bound);
    let log10 = match &z {
        Some(z) if z.guesses_log10.is_finite() => z.guesses_log10,
        Some(_) => 0.0,
        // At least the model's figure, which is then the lowest.
        None => f64::INFINITY,
    };
    // `None` only when the verdict is strong: no zxcvbn warning or suggestion is shown.
    let z = z.unwrap_or_default();
    let log10 = log10.min(model.guesses_log10).max(0.0);
    let score = score_of(log10);
    let weak = log10 < WEAK_BELOW_LOG10;

    // Say which parts made it weak. Parts that look like names or words do not matter when the
    // whole is hard to guess: a long passphrase that happens to contain a name gets no warning.
    if weak && model_weak {
        warnings.extend(model.patterns.iter().map(|p| p.code()));
    }
    if weak
        && let Some(w) = z.warning
        && !warnings.contains(&w)
    {
        warnings.push(w);
    }

    let verdict = if !missing.is_empty() {
        Verdict::FailsRule
    } else if weak {
        Verdict::Weak
    } else if chars >= STRONG_FROM_CHARS {
        Verdict::Strong
    } else {
        Verdict::Fair
    };
    let suggestions = match verdict {
        // Nothing to improve, or nothing assessed.
        Verdict::Strong | Verdict::TooLong => Vec::new(),
        // zxcvbn says nothing once its score is 3 or more, yet a Vietnamese-pattern password or
        // a merely fair one still needs a way forward.
        _ if z.suggestions.is_empty() && model_weak => vec!["use_a_few_words"],
        Verdict::Fair if z.suggestions.is_empty() => vec!["add_another_word"],
        _ => z.suggestions,
    };
    // The time follows the lowest estimate, the one the verdict follows.
    let crack_time = Some(CrackTime::from_guesses_log10(log10));
    Assessment {
        meets_rule: missing.is_empty(),
        missing,
        verdict,
        score,
        guesses_log10: (log10 * 100.0).round() / 100.0,
        warnings,
        suggestions,
        crack_time,
        leaked: false,
    }
}

#[cfg(test)]
#[path = "strength_tests.rs"]
mod tests;
