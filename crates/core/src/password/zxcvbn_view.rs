//! zxcvbn's view of a password, in bounded time and without copies of it: the pieces a form is
//! scored in, each piece scored once per assessment, the typed and toneless forms compared with
//! early stops, and zxcvbn's feedback turned into our warning and suggestion codes. Used by
//! [`super::strength`], which decides the verdict.

use zxcvbn::feedback::{Suggestion as ZSuggestion, Warning as ZWarning};

use super::patterns::{ContextWords, SecretWord};

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
/// What makes zxcvbn slow is how many distinct l33t-substitutable characters one piece holds:
/// it tries every combination of their substitutions (a 20-character piece of symbol soup takes
/// about 28 ms, one holding 8 of them under 1 ms). A piece is cut early rather than hold more
/// than this many; ordinary passwords never reach it within 20 characters (`Word@123` holds 4).
pub const ZXCVBN_L33T_PER_CHUNK: u32 = 8;
/// The characters zxcvbn reads as l33t for a letter (its `L33T_TABLE`).
pub(super) const L33T: &str = "4@8({[<369!|1$57+%20";
/// The words zxcvbn counts against the password: the user's, then the agency's. zxcvbn ranks
/// them by position (the first is the cheapest guess), so each group is sorted: in `HashSet`
/// order the same password could get a different figure from one assessment to the next.
pub(super) fn zxcvbn_inputs(ctx: &ContextWords) -> Vec<&str> {
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

/// What zxcvbn says about one piece of one form of the password.
#[derive(Clone)]
pub(super) struct PieceView {
    pub(super) guesses_log10: f64,
    pub(super) warning: Option<&'static str>,
    pub(super) suggestions: Vec<&'static str>,
}

impl PieceView {
    pub(super) fn of(piece: &str, inputs: &[&str]) -> Self {
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
pub(super) struct ZxcvbnView {
    pub(super) guesses_log10: f64,
    pub(super) warning: Option<&'static str>,
    pub(super) suggestions: Vec<&'static str>,
}

impl ZxcvbnView {
    pub(super) fn add(&mut self, piece: &PieceView) {
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
pub(super) fn pieces(form: &str) -> Vec<&str> {
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
pub(super) type ScorePiece = fn(&str, &[&str]) -> PieceView;

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
/// on a tie), as [`super::strength::assess`] uses it — or `None` when both are at least `bound`.
///
/// `bound` is the model's figure when that figure, the rule and the length already make the
/// verdict strong (else infinite): then zxcvbn changes what is shown only if it says fewer
/// guesses than the model (a strong verdict shows no zxcvbn warning or suggestion, and the
/// figure is the lowest estimate). So a form stops being scored once its partial total reaches
/// `bound`, and the typed form also once it exceeds the toneless total (it can no longer be the
/// lower). Sentences are the case this is for: the model's figure is reached after two or three
/// of five pieces. Pinned against scoring every piece of both forms in `strength_tests.rs`.
pub(super) fn zxcvbn_lowest(
    password: &str,
    toneless: Option<&str>,
    inputs: &[&str],
    bound: f64,
) -> Option<ZxcvbnView> {
    zxcvbn_lowest_with(password, toneless, inputs, bound, PieceView::of)
}

pub(super) fn zxcvbn_lowest_with(
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

pub(super) fn warning_code(w: ZWarning) -> &'static str {
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
