//! A run of letters split into the pieces a cracker's dictionaries hold: the user's own words,
//! the agency's, common passwords, words, places, names, dictionary words of several syllables,
//! single syllables — and, for what none of them explains, single letters at brute-force cost.
//! The cheapest split wins (dynamic programming over the run), as a cracker that tries the most
//! likely candidates first would find it.

use super::data::{Family, lists, rank_cost};
use crate::password::patterns::{ContextWords, Pattern};

/// log10 guesses for one letter no list explains (26 letters).
pub const LETTER_COST: f64 = 1.415;

/// One piece of the split.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Piece {
    pub start: usize,
    pub end: usize,
    pub pattern: Option<Pattern>,
}

/// The cheapest split of a lower-case ASCII letter run: its cost (log10 guesses) and pieces.
/// Also where syllables start (for capitals written at every syllable, `QuangNam`).
pub struct Split {
    pub cost: f64,
    pub pieces: Vec<Piece>,
    pub syllable_starts: Vec<usize>,
}

fn pattern_of(f: Family) -> Pattern {
    match f {
        Family::CommonPassword => Pattern::CommonPassword,
        Family::Word | Family::Phrase => Pattern::VietnameseWords,
        Family::Place => Pattern::Place,
        Family::Name => Pattern::Name,
        Family::Syllable => Pattern::VietnameseSyllables,
    }
}

/// The cheapest way to explain `w` as one piece, if any list has it.
fn piece_cost(w: &str, ctx: &ContextWords) -> Option<(f64, Option<Pattern>)> {
    let l = lists();
    let mut best: Option<(f64, Option<Pattern>)> = None;
    let mut consider = |cost: f64, p: Pattern| {
        if best.is_none_or(|(c, _)| cost < c) {
            best = Some((cost, Some(p)));
        }
    };
    if ctx.personal.contains(w) {
        consider(
            0.3 + (ctx.personal.len() as f64).log10(),
            Pattern::PersonalInfo,
        );
    }
    if ctx.agency.contains(w) {
        consider(
            0.3 + (ctx.agency.len() as f64).log10(),
            Pattern::AgencyWords,
        );
    }
    if let Some(&(f, rank)) = l.units.get(w) {
        consider(rank_cost(f, rank), pattern_of(f));
    }
    if let Some(&rank) = l.phrases.get(w) {
        consider(rank_cost(Family::Phrase, rank), Pattern::VietnameseWords);
    }
    if best.is_none() && w.len() == 1 {
        best = Some((LETTER_COST, None));
    }
    best
}

pub fn split(run: &str, ctx: &ContextWords) -> Split {
    let n = run.len();
    let longest = lists().longest_unit.max(
        ctx.personal
            .iter()
            .map(|w| w.as_str().len())
            .chain(ctx.agency.iter().map(String::len))
            .max()
            .unwrap_or(0),
    );
    // best[i]: cheapest cost of run[..i] and the piece ending at i.
    let mut best: Vec<(f64, Option<Piece>)> = vec![(f64::INFINITY, None); n + 1];
    best[0] = (0.0, None);
    for end in 1..=n {
        for start in end.saturating_sub(longest)..end {
            if !best[start].0.is_finite() || !run.is_char_boundary(start) {
                continue;
            }
            let Some((cost, pattern)) = piece_cost(&run[start..end], ctx) else {
                continue;
            };
            let total = best[start].0 + cost;
            if total < best[end].0 {
                best[end] = (
                    total,
                    Some(Piece {
                        start,
                        end,
                        pattern,
                    }),
                );
            }
        }
    }
    let mut pieces = Vec::new();
    let mut at = n;
    while at > 0 {
        let Some(p) = best[at].1 else { break };
        pieces.push(p);
        at = p.start;
    }
    pieces.reverse();
    let l = lists();
    let mut syllable_starts = Vec::new();
    for p in &pieces {
        let piece = &run[p.start..p.end];
        match l.phrase_starts.get(piece) {
            Some(starts) => syllable_starts.extend(starts.iter().map(|s| p.start + *s as usize)),
            None => syllable_starts.extend(syllables_of(piece).into_iter().map(|s| p.start + s)),
        }
    }
    Split {
        cost: best[n].0,
        pieces,
        syllable_starts,
    }
}

/// Where the syllables of `piece` start, when it splits into known syllables (`quangnam` → 0, 5);
/// else just its start.
fn syllables_of(piece: &str) -> Vec<usize> {
    let l = lists();
    let n = piece.len();
    let mut from: Vec<Option<usize>> = vec![None; n + 1];
    from[0] = Some(0);
    for end in 1..=n {
        for start in end.saturating_sub(7)..end {
            if from[start].is_some()
                && end - start >= 1
                && l.units
                    .get(&piece[start..end])
                    .is_some_and(|(f, _)| matches!(f, Family::Syllable | Family::Name))
            {
                from[end] = Some(start);
                break;
            }
        }
    }
    if from[n].is_none() {
        return vec![0];
    }
    let mut starts = Vec::new();
    let mut at = n;
    while at > 0 {
        let Some(start) = from[at] else { break };
        starts.push(start);
        at = start;
    }
    starts.reverse();
    starts
}

#[cfg(test)]
mod tests {
    use super::*;

    fn patterns(run: &str) -> Vec<Option<Pattern>> {
        split(run, &ContextWords::default())
            .pieces
            .iter()
            .map(|p| p.pattern)
            .collect()
    }

    #[test]
    fn vietnamese_words_split_into_syllables_and_names() {
        let s = split("nguyenvanan", &ContextWords::default());
        assert!(s.cost < 6.0, "{}", s.cost);
        assert!(patterns("nguyenvanan").contains(&Some(Pattern::Name)));
        assert!(split("hanhphuc", &ContextWords::default()).cost < 6.0);
    }

    #[test]
    fn letters_no_list_explains_cost_brute_force() {
        let s = split("qxzkv", &ContextWords::default());
        assert!(s.cost >= 5.0 * LETTER_COST - 1e-9, "{}", s.cost);
    }

    #[test]
    fn syllable_starts_follow_dictionary_words() {
        let s = split("quangnam", &ContextWords::default());
        assert!(s.syllable_starts.contains(&0) && s.syllable_starts.contains(&5));
    }
}
