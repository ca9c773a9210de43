//! The embedded Vietnamese data the model ranks with (`crates/core/data/vi/`, see its README for
//! sources and licences): toneless syllables and dictionary words by frequency, names, places,
//! words and whole passwords common in Vietnam. Parsed once, at the first assessment.

use std::collections::HashMap;
use std::sync::OnceLock;

/// Which list a piece of a password came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Family {
    CommonPassword,
    Word,
    Place,
    Name,
    Phrase,
    Syllable,
}

pub struct Lists {
    /// Joined toneless form → (family, rank from 1), the cheapest family when a form is in several.
    pub units: HashMap<&'static str, (Family, u32)>,
    /// Dictionary words of several syllables, joined → where their syllables start (for
    /// capitals such as `HanhPhuc`).
    pub phrase_starts: HashMap<String, Vec<u8>>,
    pub phrases: HashMap<String, u32>,
    /// Whole passwords documented as common, folded: value is the rank.
    pub passwords: HashMap<&'static str, u32>,
    pub longest_unit: usize,
}

fn entries(text: &'static str) -> impl Iterator<Item = &'static str> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

/// The cost of a rank in a family's list, in log10 guesses. Dictionary words of several
/// syllables have no frequencies of their own (their rank comes from their syllables'), and a
/// cracker's word list ranks them far better than that: their rank counts for less.
pub fn rank_cost(f: Family, rank: u32) -> f64 {
    let r = f64::from(rank).log10();
    family_cost(f)
        + match f {
            Family::Phrase => 0.6 * r,
            _ => r,
        }
}

/// The cost a family adds to a rank, in log10 guesses: which list to try is a guess too.
pub fn family_cost(f: Family) -> f64 {
    match f {
        Family::CommonPassword => 0.3,
        Family::Word => 0.3,
        Family::Place => 0.3,
        Family::Name => 0.1,
        Family::Phrase => 0.2,
        Family::Syllable => 0.2,
    }
}

pub fn lists() -> &'static Lists {
    static LISTS: OnceLock<Lists> = OnceLock::new();
    LISTS.get_or_init(build)
}

fn build() -> Lists {
    let mut units: HashMap<&'static str, (Family, u32)> = HashMap::new();
    let mut add = |family: Family, text: &'static str| {
        for (i, w) in entries(text).enumerate() {
            let rank = i as u32 + 1;
            let cost = rank_cost;
            units
                .entry(w)
                .and_modify(|e| {
                    if cost(family, rank) < cost(e.0, e.1) {
                        *e = (family, rank);
                    }
                })
                .or_insert((family, rank));
        }
    };
    add(
        Family::Syllable,
        include_str!("../../../data/vi/syllables.txt"),
    );
    add(Family::Name, include_str!("../../../data/vi/surnames.txt"));
    add(
        Family::Name,
        include_str!("../../../data/vi/given-names.txt"),
    );
    add(Family::Place, include_str!("../../../data/vi/places.txt"));
    add(Family::Word, include_str!("../../../data/vi/words.txt"));
    let mut passwords = HashMap::new();
    for (i, p) in entries(include_str!("../../../data/vi/passwords.txt")).enumerate() {
        passwords.insert(p, i as u32 + 1);
        if p.chars().all(|c| c.is_ascii_lowercase()) {
            add(Family::CommonPassword, p);
        }
    }
    let mut phrases = HashMap::new();
    let mut phrase_starts = HashMap::new();
    for (i, p) in entries(include_str!("../../../data/vi/phrases.txt")).enumerate() {
        let joined: String = p.split(' ').collect();
        let mut starts = Vec::new();
        let mut at = 0u8;
        for s in p.split(' ') {
            starts.push(at);
            at = at.saturating_add(s.len() as u8);
        }
        phrase_starts.entry(joined.clone()).or_insert(starts);
        phrases.entry(joined).or_insert(i as u32 + 1);
    }
    let longest_unit = units
        .keys()
        .map(|k| k.len())
        .chain(phrases.keys().map(String::len))
        .max()
        .unwrap_or(1);
    Lists {
        units,
        phrase_starts,
        phrases,
        passwords,
        longest_unit,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_syllable_inventory_is_large_and_ranked() {
        let l = lists();
        let syllables = l
            .units
            .values()
            .filter(|(f, _)| *f == Family::Syllable)
            .count();
        assert!(syllables > 1000, "{syllables}");
        // Very common syllables rank near the top, rare ones far down.
        let rank = |s: &str| l.units.get(s).map(|u| u.1);
        assert!(rank("khong").unwrap() < 50);
        assert!(rank("nguyen").unwrap() < 10, "a surname ranks as a name");
        assert!(l.phrases.contains_key("hanhphuc"));
        assert_eq!(l.phrase_starts["hanhphuc"], [0, 4]);
    }

    #[test]
    fn data_files_are_toneless_lower_case_ascii() {
        for text in [
            include_str!("../../../data/vi/syllables.txt"),
            include_str!("../../../data/vi/phrases.txt"),
        ] {
            for e in entries(text) {
                assert!(e.chars().all(|c| c.is_ascii_lowercase() || c == ' '), "{e}");
            }
        }
    }
}
