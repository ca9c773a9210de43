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
use zxcvbn::feedback::{Suggestion as ZSuggestion, Warning as ZWarning};

use super::crack_time::CrackTime;
use super::fold::{fold, has_vietnamese_letters, nfc_and_nfd_differ};
use super::leaked::LeakFilters;
use super::patterns::{ContextWords, SecretWord};
use super::policy::{self, Requirement};
use super::vi_model;
use crate::profile::{PasswordRule, Profile};

/// Longer input is not assessed: no one types it, and it would only cost time.
pub const MAX_CHARS: usize = 256;
/// zxcvbn's cost grows combinatorially with l33t-substitutable symbols (about 0.7 s for 100
/// characters of symbol soup) and with length (it looks up every substring). A password of up to
/// this many characters — every password people really type — is scored whole. A longer one (a
/// sentence, a passphrase) is scored in pieces of [`ZXCVBN_LONG_PIECE`] characters and the
/// pieces' guesses multiplied (log10 added), which can only under-count patterns that span two
/// pieces; the Vietnamese pattern check still sees the whole password. A piece also ends early
/// at [`ZXCVBN_L33T_PER_CHUNK`].
pub const ZXCVBN_CHUNK: usize = 20;
/// The piece size for passwords longer than [`ZXCVBN_CHUNK`]: 12 characters cost zxcvbn a third
/// of 20 (substrings grow with the square of the length), so a 100-character sentence is
/// assessed in under 1 ms; the held-out set's weak rate moved by 0.1 points (README).
pub const ZXCVBN_LONG_PIECE: usize = 12;
/// A password that meets the rule and is not weak is strong from this many characters, fair
/// below.
const STRONG_FROM_CHARS: usize = 12;
/// What makes zxcvbn slow is how many distinct l33t-substitutable characters one piece holds:
/// it tries every combination of their substitutions (a 20-character piece of symbol soup takes
/// about 28 ms, one holding 8 of them under 1 ms). A piece is cut early rather than hold more
/// than this many; ordinary passwords never reach it within 20 characters (`Word@123` holds 4).
pub const ZXCVBN_L33T_PER_CHUNK: u32 = 8;
/// The characters zxcvbn reads as l33t for a letter (its `L33T_TABLE`).
const L33T: &str = "4@8({[<369!|1$57+%20";
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

/// The words zxcvbn counts against the password: the user's, then the agency's. zxcvbn ranks
/// them by position (the first is the cheapest guess), so each group is sorted: in `HashSet`
/// order the same password could get a different figure from one assessment to the next.
fn zxcvbn_inputs(ctx: &ContextWords) -> Vec<&str> {
    let mut personal: Vec<&str> = ctx.personal.iter().map(SecretWord::as_str).collect();
    personal.sort_unstable();
    let mut digits: Vec<&str> = ctx.personal_digits.iter().map(SecretWord::as_str).collect();
    digits.sort_unstable();
    let mut agency: Vec<&str> = ctx.agency.iter().map(String::as_str).collect();
    agency.sort_unstable();
    personal.extend(digits);
    personal.extend(agency);
    personal
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

/// What zxcvbn says about one piece of one form of the password.
#[derive(Clone)]
struct PieceView {
    guesses_log10: f64,
    warning: Option<&'static str>,
    suggestions: Vec<&'static str>,
}

impl PieceView {
    fn of(piece: &str, inputs: &[&str]) -> Self {
        let e = zxcvbn::zxcvbn(piece, inputs);
        let (warning, suggestions) = match e.feedback() {
            Some(f) => (
                f.warning().map(warning_code),
                f.suggestions()
                    .iter()
                    .copied()
                    .filter_map(suggestion_code)
                    .collect(),
            ),
            None => (None, Vec::new()),
        };
        PieceView {
            guesses_log10: e.guesses_log10(),
            warning,
            suggestions,
        }
    }
}

/// What zxcvbn says about one form of the password: its pieces' guesses multiplied (log10
/// added), the first piece's warning, and every suggestion once, in piece order.
#[derive(Default)]
struct ZxcvbnView {
    guesses_log10: f64,
    warning: Option<&'static str>,
    suggestions: Vec<&'static str>,
}

impl ZxcvbnView {
    fn add(&mut self, piece: &PieceView) {
        self.guesses_log10 += piece.guesses_log10;
        self.warning = self.warning.or(piece.warning);
        for &code in &piece.suggestions {
            if !self.suggestions.contains(&code) {
                self.suggestions.push(code);
            }
        }
    }
}

/// The pieces zxcvbn scores one form in, for bounded time: slices of `form` cut at character
/// boundaries (no copy of the password), the whole form up to [`ZXCVBN_CHUNK`] characters, else
/// pieces of [`ZXCVBN_LONG_PIECE`]; no piece holds more than [`ZXCVBN_L33T_PER_CHUNK`] distinct
/// l33t characters. The empty form is one empty piece.
fn pieces(form: &str) -> Vec<&str> {
    let size = if form.chars().nth(ZXCVBN_CHUNK).is_none() {
        ZXCVBN_CHUNK
    } else {
        ZXCVBN_LONG_PIECE
    };
    let mut out = Vec::new();
    let mut start = 0;
    let mut count = 0;
    let mut l33t: u32 = 0;
    for (at, c) in form.char_indices() {
        let bit = L33T.find(c).map_or(0, |i| 1u32 << i);
        let full =
            count == size || (bit & !l33t != 0 && l33t.count_ones() == ZXCVBN_L33T_PER_CHUNK);
        if full {
            out.push(&form[start..at]);
            start = at;
            count = 0;
            l33t = 0;
        }
        count += 1;
        l33t |= bit;
    }
    if count > 0 || form.is_empty() {
        out.push(&form[start..]);
    }
    out
}

/// zxcvbn's answer for each piece already scored in this assessment. zxcvbn scores a text, not
/// where it sits, and the two forms share most pieces: the toneless form of a sentence differs
/// from it only where it has capitals or tones. (zxcvbn can answer the same text differently on
/// a second call, see [`ScorePiece`]; the first answer is as much its answer as a second.)
struct PieceMemo<'a> {
    inputs: &'a [&'a str],
    score: ScorePiece,
    seen: Vec<(&'a str, PieceView)>,
}

/// How one piece is scored: [`PieceView::of`]; the tests swap in a copy of it that answers the
/// same piece the same way every time, since zxcvbn 3.1.1 does not (its optimal-sequence search
/// walks `HashMap`s in random order: `jumps over the lazy ` scores 10^17.66 or 10^18.48).
type ScorePiece = fn(&str, &[&str]) -> PieceView;

impl<'a> PieceMemo<'a> {
    fn view(&mut self, piece: &'a str) -> PieceView {
        if let Some((_, v)) = self.seen.iter().find(|(p, _)| *p == piece) {
            return v.clone();
        }
        let v = (self.score)(piece, self.inputs);
        self.seen.push((piece, v.clone()));
        v
    }
}

/// One form's total, or a lower bound on it when the rest could not change what is shown.
enum Sum {
    Exact(ZxcvbnView),
    AtLeast(f64),
}

/// Adds the pieces' views in order, stopping early once `enough` says the partial total settles
/// the outcome. A partial total is a lower bound on the whole: zxcvbn never gives a non-empty
/// piece fewer than 1 guess (its per-match floor, products saturating), so no piece subtracts.
fn sum<'a>(pieces: &[&'a str], memo: &mut PieceMemo<'a>, enough: impl Fn(f64) -> bool) -> Sum {
    let mut view = ZxcvbnView::default();
    for (k, piece) in pieces.iter().enumerate() {
        view.add(&memo.view(piece));
        if k + 1 < pieces.len() && enough(view.guesses_log10) {
            return Sum::AtLeast(view.guesses_log10);
        }
    }
    Sum::Exact(view)
}

/// The lower of zxcvbn's views of the password as typed and of its toneless form (the typed one
/// on a tie), as [`assess`] uses it — or `None` when both are at least `bound`.
///
/// `bound` is the model's figure when that figure, the rule and the length already make the
/// verdict strong (else infinite): then zxcvbn changes what is shown only if it says fewer
/// guesses than the model (a strong verdict shows no zxcvbn warning or suggestion, and the
/// figure is the lowest estimate). So a form stops being scored once its partial total reaches
/// `bound`, and the typed form also once it exceeds the toneless total (it can no longer be the
/// lower). Sentences are the case this is for: the model's figure is reached after two or three
/// of five pieces. Pinned against scoring every piece of both forms in `strength_tests.rs`.
fn zxcvbn_lowest(
    password: &str,
    toneless: Option<&str>,
    inputs: &[&str],
    bound: f64,
) -> Option<ZxcvbnView> {
    zxcvbn_lowest_with(password, toneless, inputs, bound, PieceView::of)
}

fn zxcvbn_lowest_with(
    password: &str,
    toneless: Option<&str>,
    inputs: &[&str],
    bound: f64,
    score: ScorePiece,
) -> Option<ZxcvbnView> {
    let raw_pieces = pieces(password);
    let toneless_pieces = toneless.map(pieces);
    let mut memo = PieceMemo {
        inputs,
        score,
        seen: Vec::new(),
    };
    // The toneless form first: it is usually the lower one, which lets the typed form stop early.
    let toneless = toneless_pieces
        .as_deref()
        .map(|p| sum(p, &mut memo, |partial| partial >= bound));
    let below = match &toneless {
        Some(Sum::Exact(t)) => t.guesses_log10,
        _ => f64::INFINITY,
    };
    let raw = sum(&raw_pieces, &mut memo, |partial| {
        partial >= bound || partial > below
    });
    match (raw, toneless) {
        (Sum::Exact(r), None) => Some(r),
        (Sum::Exact(r), Some(Sum::Exact(t))) => Some(if t.guesses_log10 < r.guesses_log10 {
            t
        } else {
            r
        }),
        // The toneless total is at least `bound`: below it, the typed one is the lower.
        (Sum::Exact(r), Some(Sum::AtLeast(_))) => (r.guesses_log10 < bound).then_some(r),
        // The typed total exceeds the toneless one, or both reach `bound`.
        (Sum::AtLeast(r), Some(Sum::Exact(t))) => (r > t.guesses_log10).then_some(t),
        (Sum::AtLeast(_), _) => None,
    }
}

fn warning_code(w: ZWarning) -> &'static str {
    match w {
        ZWarning::StraightRowsOfKeysAreEasyToGuess => "keyboard_row",
        ZWarning::ShortKeyboardPatternsAreEasyToGuess => "keyboard_pattern",
        ZWarning::RepeatsLikeAaaAreEasyToGuess => "repeats",
        ZWarning::RepeatsLikeAbcAbcAreOnlySlightlyHarderToGuess => "repeated_pattern",
        ZWarning::ThisIsATop10Password => "top10",
        ZWarning::ThisIsATop100Password => "top100",
        ZWarning::ThisIsACommonPassword => "common",
        ZWarning::ThisIsSimilarToACommonlyUsedPassword => "similar_to_common",
        ZWarning::SequencesLikeAbcAreEasyToGuess => "sequence",
        ZWarning::RecentYearsAreEasyToGuess => "recent_year",
        ZWarning::AWordByItselfIsEasyToGuess => "single_word",
        ZWarning::DatesAreOftenEasyToGuess => "dates",
        ZWarning::NamesAndSurnamesByThemselvesAreEasyToGuess => "names_alone",
        ZWarning::CommonNamesAndSurnamesAreEasyToGuess => "common_names",
    }
}

/// Our code for a zxcvbn suggestion. `None` for "no need for symbols, digits, or uppercase
/// letters": the organization's rule requires exactly those, so it is never shown. The match is
/// exhaustive (zxcvbn's `Suggestion` is not `#[non_exhaustive]`): a suggestion added upstream
/// breaks the build until it has words in both languages.
pub fn suggestion_code(s: ZSuggestion) -> Option<&'static str> {
    Some(match s {
        ZSuggestion::NoNeedForSymbolsDigitsOrUppercaseLetters => return None,
        ZSuggestion::UseAFewWordsAvoidCommonPhrases => "use_a_few_words",
        ZSuggestion::AddAnotherWordOrTwo => "add_another_word",
        ZSuggestion::CapitalizationDoesntHelpVeryMuch => "capitalization",
        ZSuggestion::AllUppercaseIsAlmostAsEasyToGuessAsAllLowercase => "all_uppercase",
        ZSuggestion::ReversedWordsArentMuchHarderToGuess => "reversed_words",
        ZSuggestion::PredictableSubstitutionsDontHelpVeryMuch => "predictable_substitutions",
        ZSuggestion::UseALongerKeyboardPatternWithMoreTurns => "keyboard_pattern",
        ZSuggestion::AvoidRepeatedWordsAndCharacters => "avoid_repeats",
        ZSuggestion::AvoidSequences => "avoid_sequences",
        ZSuggestion::AvoidRecentYears => "avoid_recent_years",
        ZSuggestion::AvoidYearsThatAreAssociatedWithYou => "avoid_personal_years",
        ZSuggestion::AvoidDatesAndYearsThatAreAssociatedWithYou => "avoid_personal_dates",
    })
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
    if a.suggestions.is_empty() {
        a.suggestions.push("use_a_few_words");
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
