//! Finding a state name in a host's label, and weighing where it sits: a name on its own or
//! glued to `gov`, a place or a lure word is borrowed; a name one letter off is a typo; a word
//! inside a long ordinary name (an article's slug, an insurer's brand) is not. The names come
//! from the lexicon (`super::lexicon`) and the profile's systems, already folded
//! (`super::fold`).

use super::fold::fold_label;
use super::lexicon::{GLUE, LURE, Sits, says_state};
use super::official::{Name, Officials, letter_set};

/// One letter added, dropped, swapped with its neighbour, or replaced.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub(super) enum Edit {
    Added,
    Dropped,
    Swapped,
    Replaced,
}

/// How `seen` differs from `official` when it is by exactly one edit.
///
/// Asked for every piece of every label against every long name and host — dozens of times per
/// host, and the browser check asks for each of tens of thousands of saved logins — so it works
/// on the strings in place (no copy into `Vec<char>`) and rejects on length first: most pairs
/// differ in length by more than one letter.
pub(super) fn one_edit(seen: &str, official: &str) -> Option<Edit> {
    if seen == official {
        return None;
    }
    let (na, nb) = (seen.chars().count(), official.chars().count());
    if na.abs_diff(nb) > 1 {
        return None;
    }
    // The common prefix, in bytes (equal characters have equal lengths).
    let common: usize = seen
        .chars()
        .zip(official.chars())
        .take_while(|(x, y)| x == y)
        .map(|(x, _)| x.len_utf8())
        .sum();
    let (ra, rb) = (&seen[common..], &official[common..]);
    match na as isize - nb as isize {
        1 if skip_chars(ra, 1) == rb => Some(Edit::Added),
        -1 if ra == skip_chars(rb, 1) => Some(Edit::Dropped),
        0 if skip_chars(ra, 1) == skip_chars(rb, 1) => Some(Edit::Replaced),
        0 => {
            let (mut a, mut b) = (ra.chars(), rb.chars());
            let (a0, a1, b0, b1) = (a.next(), a.next(), b.next(), b.next());
            (a1.is_some() && a0 == b1 && a1 == b0 && a.as_str() == b.as_str())
                .then_some(Edit::Swapped)
        }
        _ => None,
    }
}

/// `text` without its first `n` characters (empty when it has fewer).
fn skip_chars(text: &str, n: usize) -> &str {
    text.char_indices().nth(n).map_or("", |(at, _)| &text[at..])
}

/// Names longer than this also match with one letter wrong (`dichvucongg`); shorter ones would
/// catch ordinary words (`congan` → `dongan`).
pub(super) const TYPO_MIN: usize = 9;

/// How a piece of a label matches a name, weakest first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub(super) enum How {
    /// Inside a longer word (`Anywhere` names), or at its start or end (`Edge` acronyms).
    Contained,
    Typo(Edit),
    Glued,
    Exact,
}

/// A name found in a host, and what it was found with.
pub(super) struct NameMatch<'a> {
    pub name: &'a Name,
    pub how: How,
    pub in_subdomain: bool,
    pub confusable: bool,
    /// The lure word glued to it (`tracuu`, `online`, `vay` …).
    pub lure: Option<&'static str>,
    /// The word it sits in also holds `gov` (`gplxgov`, `tcgplxgov`).
    pub with_gov: bool,
}

impl NameMatch<'_> {
    fn better_than(&self, other: &NameMatch<'_>) -> bool {
        (self.how, self.name.word.len()) > (other.how, other.name.word.len())
    }
}

/// A part-match of one piece: the name, how, and any lure word of a glued split.
struct PieceMatch<'a> {
    name: &'a Name,
    how: How,
    lure: Option<&'static str>,
}

/// A state name in the labels before the public suffix (`dichvucongs` in `dichvucongs.top`,
/// `vneid` in `vneid.example.com`). A label made of many hyphenated words, most of them
/// ordinary (`canh-bao-trang-gia-mao-csgt`), is a title, not a name: nothing in it counts.
pub(super) fn name_in_labels<'a>(
    officials: &'a Officials,
    ascii: &str,
    folded: &[super::fold::Folded],
) -> Option<NameMatch<'a>> {
    let suffix_labels = psl::suffix(ascii.as_bytes())
        .map(|s| s.as_bytes().split(|b| *b == b'.').count())
        .unwrap_or(1)
        .min(folded.len());
    let named = &folded[..folded.len() - suffix_labels];
    let mut best: Option<NameMatch<'a>> = None;
    for (i, label) in named.iter().enumerate() {
        let in_subdomain = i + 1 < named.len();
        let mut found = |piece: &str, m: PieceMatch<'a>| {
            let m = NameMatch {
                name: m.name,
                how: m.how,
                in_subdomain,
                confusable: label.confusable,
                lure: m.lure,
                with_gov: piece.contains("gov"),
            };
            if best.as_ref().is_none_or(|b| m.better_than(b)) {
                best = Some(m);
            }
        };
        // The label without its hyphens and digits (`dich-vu-cong-quoc-gia`, `bhxh-24h-vn`):
        // counts when all of it is state words and glue, or one letter from a name.
        let joined: String = label.text.chars().filter(|c| c.is_alphabetic()).collect();
        if joined.len() != label.text.len()
            && let Some(m) = piece_match(officials, &joined)
            && m.how != How::Contained
        {
            found(&joined, m);
        }
        if is_title(officials, &label.text) {
            continue;
        }
        for piece in pieces(&label.text) {
            if let Some(m) = piece_match(officials, piece) {
                found(piece, m);
            }
        }
    }
    best
}

/// A state name in free text (a user name, a path segment).
pub(super) fn name_match<'a>(officials: &'a Officials, text: &str) -> Option<NameMatch<'a>> {
    let folded = fold_label(text);
    let mut best: Option<NameMatch<'a>> = None;
    for piece in pieces(&folded.text) {
        if let Some(m) = piece_match(officials, piece) {
            let m = NameMatch {
                name: m.name,
                how: m.how,
                in_subdomain: false,
                confusable: folded.confusable,
                lure: m.lure,
                with_gov: piece.contains("gov"),
            };
            if best.as_ref().is_none_or(|b| m.better_than(b)) {
                best = Some(m);
            }
        }
    }
    best
}

/// Hyphenated words this many or more, most of them neither state names nor glue: a title.
const TITLE_WORDS: usize = 4;

/// `label` reads as a title or slug (`tin-tuc-canh-bao-gia-mao-csgt`): a state name in it is a
/// word of the title, not a borrowed name.
fn is_title(officials: &Officials, label: &str) -> bool {
    let words: Vec<&str> = label.split(['-', '_']).filter(|w| !w.is_empty()).collect();
    if words.len() < TITLE_WORDS {
        return false;
    }
    let named = words
        .iter()
        .filter(|w| {
            GLUE.contains(w) || LURE.contains(w) || officials.names().iter().any(|n| n.word == **w)
        })
        .count();
    named * 2 < words.len()
}

/// The words of a folded label: its hyphen-separated parts (`dichvuc0ng`, a digit for a letter,
/// is one), and their letters-only runs when digits split them (`dichvucong247` → `dichvucong`).
pub(super) fn pieces(label: &str) -> impl Iterator<Item = &str> {
    label
        .split(['-', '_'])
        .filter(|p| !p.is_empty())
        .flat_map(|part| {
            let runs = part
                .split(|c: char| !c.is_alphabetic())
                .filter(|r| !r.is_empty() && r.len() < part.len());
            std::iter::once(part).chain(runs)
        })
}

fn piece_match<'a>(officials: &'a Officials, piece: &str) -> Option<PieceMatch<'a>> {
    let names = officials.names();
    let mut best: Option<PieceMatch<'a>> = None;
    let mut consider = |name: &'a Name, how: How, lure: Option<&'static str>| {
        if best
            .as_ref()
            .is_none_or(|b| (how, name.word.len()) > (b.how, b.name.word.len()))
        {
            best = Some(PieceMatch { name, how, lure });
        }
    };
    let mut any_inside = false;
    let with_gov = piece.contains("gov");
    // An exact pre-filter, since most pieces of most hosts are near no name: a name equal to or
    // inside the piece has every one of its letters in it, and one a single edit away lacks at
    // most one of them (names are lower-case ASCII letters only).
    let present = letter_set(piece);
    let piece_chars = piece.chars().count();
    for name in names {
        let lacking = (name.letters & !present).count_ones();
        if lacking > 1 {
            continue;
        }
        let word = name.word.as_str();
        if lacking == 0 {
            if piece == word {
                any_inside = true;
                if name.sits != Sits::Paired {
                    consider(name, How::Exact, None);
                }
                continue;
            }
            if piece.contains(word) {
                any_inside = true;
                let counts = match name.sits {
                    Sits::Anywhere => true,
                    Sits::Edge => {
                        piece.starts_with(word) || (piece.ends_with(word) && !ends_in_glue(word))
                    }
                    // Glued to `gov` anywhere in the word (`tcbhxhgov`): the word is dressed
                    // up as a state address, so the name in it counts.
                    Sits::Whole | Sits::Paired => with_gov,
                };
                if counts {
                    consider(name, How::Contained, None);
                }
            }
        }
        if word.len() >= TYPO_MIN
            && name.typos
            && name.sits != Sits::Paired
            && piece_chars.abs_diff(word.len()) <= 1
            && !is_newspaper_of(piece, word)
            && let Some(edit) = one_edit(piece, word)
        {
            consider(name, How::Typo(edit), None);
        }
    }
    if any_inside && let Some(split) = glued(names, piece) {
        consider(&names[split.name], How::Glued, split.lure.map(|i| LURE[i]));
    }
    best
}

/// An acronym whose last letters are a glue word (`evn` ends in `vn`): at the end of a longer
/// word it reads as that glue as well (`codevn` is "code" + "vn"), so there only a split into
/// state words, glue and lures counts (`tiendienevn`).
fn ends_in_glue(word: &str) -> bool {
    GLUE.iter()
        .any(|g| g.len() < word.len() && word.ends_with(g))
}

/// `bao` and a ministry's field is the ministry's newspaper (`baoxaydung`, Báo Xây dựng), an
/// ordinary name, not a one-letter typo of the ministry (`boxaydung`).
fn is_newspaper_of(piece: &str, word: &str) -> bool {
    word.strip_prefix("bo")
        .is_some_and(|field| piece.strip_prefix("bao") == Some(field))
}

/// How a piece splits into state names and glue: the longest name that is not `Paired`, or the
/// longest one; how many names; the first lure word; whether `gov` is one of the words.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Split {
    name: Option<usize>,
    strong: bool,
    names: u8,
    lure: Option<usize>,
    gov: bool,
}

impl Split {
    const EMPTY: Split = Split {
        name: None,
        strong: false,
        names: 0,
        lure: None,
        gov: false,
    };

    /// A split that says the name is borrowed: a name that counts on its own, or a `Paired` one
    /// with another name or with `gov`.
    fn borrows(&self) -> bool {
        self.name.is_some() && (self.strong || self.names >= 2 || self.gov)
    }

    fn rank(&self, names: &[Name]) -> (bool, bool, usize) {
        (
            self.borrows(),
            self.strong,
            self.name.map_or(0, |i| names[i].word.len()),
        )
    }
}

/// `piece` is made of state names and glue or lure words only, with a name that is borrowed
/// there ([`Split::borrows`]).
fn glued(names: &[Name], piece: &str) -> Option<GluedSplit> {
    // state[i]: the best split of the text up to byte i, if it splits into words.
    let mut state: Vec<Option<Split>> = vec![None; piece.len() + 1];
    state[0] = Some(Split::EMPTY);
    for pos in 0..piece.len() {
        let Some(cur) = state[pos] else { continue };
        if !piece.is_char_boundary(pos) {
            continue;
        }
        let rest = &piece[pos..];
        let mut step = |len: usize, next: Split| {
            let slot = &mut state[pos + len];
            if slot.is_none_or(|old| next.rank(names) > old.rank(names)) {
                *slot = Some(next);
            }
        };
        for (i, name) in names.iter().enumerate() {
            if rest.starts_with(name.word.as_str()) {
                let strong = name.sits != Sits::Paired;
                // The name a reader would see: one that counts alone, then one with a real
                // address (`btc` over the generic `congthongtindientu`), then the longest.
                let key = |n: &Name| (n.sits != Sits::Paired, n.imitates.is_some(), n.word.len());
                let better = cur.name.is_none_or(|c| key(name) > key(&names[c]));
                step(
                    name.word.len(),
                    Split {
                        name: if better { Some(i) } else { cur.name },
                        strong: cur.strong || strong,
                        names: cur.names.saturating_add(1),
                        ..cur
                    },
                );
            }
        }
        for glue in GLUE {
            if rest.starts_with(glue) {
                let gov = says_state(glue);
                step(
                    glue.len(),
                    Split {
                        gov: cur.gov || gov,
                        ..cur
                    },
                );
            }
        }
        for (i, lure) in LURE.iter().enumerate() {
            if rest.starts_with(lure) {
                step(
                    lure.len(),
                    Split {
                        lure: cur.lure.or(Some(i)),
                        ..cur
                    },
                );
            }
        }
    }
    state[piece.len()].filter(Split::borrows).and_then(|s| {
        Some(GluedSplit {
            name: s.name?,
            lure: s.lure,
        })
    })
}

struct GluedSplit {
    name: usize,
    lure: Option<usize>,
}
