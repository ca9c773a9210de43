//! Words a generated password must never contain: obscenities, insults, words of death and bad
//! luck (`crates/core/data/vi/blocklist.txt`). A trainer shows generated passwords to a room; one
//! that reads as an insult would end the session.
//!
//! Matching is toneless (đ→d) and ignores case. A text is cut into syllables at every character
//! that is not a letter and before a capital that follows a small letter (`Oc-Cho`, `ocCHO`… →
//! `oc`, `cho`); a blocked
//! syllable is blocked wherever it stands, a blocked pair when its two syllables are neighbours,
//! with any separators or digits between them.

use std::collections::HashSet;
use std::sync::OnceLock;

use zeroize::Zeroizing;

use super::fold::fold;

struct Blocklist {
    singles: HashSet<&'static str>,
    /// Both syllables joined (`ocCho` is one capitalised piece of `occho` otherwise).
    pairs: HashSet<(&'static str, &'static str)>,
    joined_pairs: HashSet<String>,
}

fn blocklist() -> &'static Blocklist {
    static LIST: OnceLock<Blocklist> = OnceLock::new();
    LIST.get_or_init(|| {
        let mut list = Blocklist {
            singles: HashSet::new(),
            pairs: HashSet::new(),
            joined_pairs: HashSet::new(),
        };
        for line in include_str!("../../data/vi/blocklist.txt").lines() {
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let mut words = line.split_whitespace();
            match (words.next(), words.next()) {
                (Some(a), None) => {
                    list.singles.insert(a);
                }
                (Some(a), Some(b)) => {
                    list.pairs.insert((a, b));
                    list.joined_pairs.insert(format!("{a}{b}"));
                }
                _ => {}
            }
        }
        list
    })
}

/// True for a syllable that is blocked on its own (toneless, any case).
pub fn is_blocked_syllable(syllable: &str) -> bool {
    blocklist().singles.contains(fold(syllable).as_str())
}

/// True when `text` contains a blocked syllable or a blocked pair of neighbouring syllables.
pub fn contains_blocked(text: &str) -> bool {
    let list = blocklist();
    // Cut before folding (folding lower-cases): pieces at non-letters and before capitals.
    let mut pieces: Vec<Zeroizing<String>> = Vec::new();
    let mut current = String::new();
    let mut prev_lower = false;
    for c in text.chars() {
        let letter = c.is_alphabetic() || ('\u{0300}'..='\u{036f}').contains(&c);
        // A capital after a small letter starts a syllable (`ocCho`); a run of capitals does not.
        let camel = c.is_uppercase() && prev_lower;
        if c.is_alphabetic() {
            prev_lower = c.is_lowercase();
        }
        if !letter || camel {
            if !current.is_empty() {
                pieces.push(fold(&current));
                zeroize::Zeroize::zeroize(&mut current);
            }
            if !letter {
                continue;
            }
        }
        current.push(c);
    }
    if !current.is_empty() {
        pieces.push(fold(&current));
    }
    zeroize::Zeroize::zeroize(&mut current);
    pieces
        .iter()
        .any(|p| list.singles.contains(p.as_str()) || list.joined_pairs.contains(p.as_str()))
        || pieces
            .windows(2)
            .any(|w| list.pairs.contains(&(w[0].as_str(), w[1].as_str())))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn single_syllables_are_found_whatever_the_tone_and_case() {
        for t in ["Dit", "ĐỊT", "x-Lồn-y", "Buoi7", "Chết"] {
            assert!(contains_blocked(t), "{t}");
        }
        assert!(is_blocked_syllable("Đéo"));
        assert!(!is_blocked_syllable("duong"));
    }

    #[test]
    fn pairs_are_found_across_separators_digits_and_capitals() {
        for t in [
            "Oc-Cho",
            "oc#CHO",
            "Xanh.Oc.47.Cho",
            "OcCho",
            "khốn nạn",
            "Mat_Day_9",
            "occho",
        ] {
            assert!(contains_blocked(t), "{t}");
        }
    }

    #[test]
    fn harmless_neighbours_are_not_blocked() {
        for t in [
            "Con-Meo-Xanh-7",
            "Oc-Bien",
            "Cho-Mua",
            "Tran-Van-An",
            "Duong",
        ] {
            assert!(!contains_blocked(t), "{t}");
        }
    }

    #[test]
    fn every_entry_is_toneless_lower_case_ascii() {
        for line in include_str!("../../data/vi/blocklist.txt").lines() {
            if line.starts_with('#') || line.trim().is_empty() {
                continue;
            }
            assert!(
                line.chars().all(|c| c.is_ascii_lowercase() || c == ' '),
                "{line}"
            );
            assert!(line.split(' ').count() <= 2, "{line}");
        }
    }
}
