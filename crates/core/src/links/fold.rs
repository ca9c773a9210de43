//! Folding a name to what it looks like, so look-alikes compare equal: Vietnamese tone marks and
//! `đ` dropped (`dịchvụcông` looks like `dichvucong`), and letters of other scripts replaced by
//! the Latin letter they are confusable with (Unicode TR39 skeletons: Cyrillic `о`, Greek `ο` →
//! `o`). ASCII is kept as it is, lower-cased: `0` for `o` is a replaced letter, which the typo
//! rule names.

use std::borrow::Cow;

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

/// A folded label and what the folding had to do.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Folded<'a> {
    /// The label itself when it is already lower-case ASCII (most are: nothing to copy).
    pub text: Cow<'a, str>,
    /// A letter of another script stood for a Latin one.
    pub confusable: bool,
}

/// Folds one host label as a person would read it.
pub fn fold_label(label: &str) -> Folded<'_> {
    if !label
        .bytes()
        .any(|b| !b.is_ascii() || b.is_ascii_uppercase())
    {
        return Folded {
            text: Cow::Borrowed(label),
            confusable: false,
        };
    }
    let mut text = String::with_capacity(label.len());
    let mut confusable = false;
    for c in label.chars() {
        if c.is_ascii() {
            text.push(c.to_ascii_lowercase());
            continue;
        }
        if matches!(c, 'đ' | 'Đ') {
            text.push('d');
            continue;
        }
        for base in std::iter::once(c).nfd().filter(|c| !is_combining_mark(*c)) {
            if base.is_ascii() {
                text.push(base.to_ascii_lowercase());
                continue;
            }
            let mut buf = [0u8; 4];
            let skeleton: String = unicode_security::skeleton(base.encode_utf8(&mut buf)).collect();
            if skeleton.is_ascii() && !skeleton.is_empty() {
                confusable = true;
                text.extend(
                    skeleton
                        .chars()
                        .filter(|c| c.is_ascii_alphanumeric() || *c == '-')
                        .map(|c| c.to_ascii_lowercase()),
                );
            } else {
                text.extend(base.to_lowercase());
            }
        }
    }
    Folded {
        text: Cow::Owned(text),
        confusable,
    }
}

/// A word of the official-hosts list or the profile: lower-case ASCII letters only.
pub fn fold_ascii_word(word: &str) -> String {
    fold_label(word)
        .text
        .chars()
        .filter(char::is_ascii_lowercase)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[track_caller]
    fn check(label: &str, expect: &str) {
        let f = fold_label(label);
        let got = format!(
            "{}{}",
            f.text,
            if f.confusable { " (confusable)" } else { "" }
        );
        assert_eq!(got, expect, "{label}");
    }

    #[test]
    fn vietnamese_marks_fold_away_other_scripts_fold_to_latin() {
        check("DichVuCong", "dichvucong");
        check("d\u{1ecb}chv\u{1ee5}c\u{f4}ng", "dichvucong");
        check("\u{111}\u{1ecb}ch-v\u{1ee5}", "dich-vu");
        // Cyrillic а, о and і; Greek ο.
        check("dichvuc\u{43e}ng", "dichvucong (confusable)");
        // Cyrillic н reads as a small capital H, not as a Latin letter: kept.
        check("v\u{43d}eid", "v\u{43d}eid");
        check("g\u{3bf}v", "gov (confusable)");
        check("vne\u{456}d", "vneid (confusable)");
        check("dichvuc0ng", "dichvuc0ng");
        check("\u{4e2d}\u{6587}", "\u{4e2d}\u{6587}");
    }
}
