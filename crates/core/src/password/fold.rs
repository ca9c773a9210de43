//! Toneless folding: what a Vietnamese word looks like with Telex/VNI off (`Mậtkhẩu` → `matkhau`).
//! Folded copies of a password are secrets too, hence `Zeroizing`.

use unicode_normalization::UnicodeNormalization;
use zeroize::Zeroizing;

/// NFD, drop the combining marks U+0300–U+036F, map đ/Đ (which NFD does not decompose) to d,
/// and lower-case.
pub fn fold(s: &str) -> Zeroizing<String> {
    let mut out = String::with_capacity(s.len());
    for c in s.nfd() {
        match c {
            '\u{0300}'..='\u{036f}' => {}
            'đ' | 'Đ' => out.push('d'),
            c => out.extend(c.to_lowercase()),
        }
    }
    Zeroizing::new(out)
}

/// A letter outside ASCII (a Vietnamese letter such as ậ or đ, typed through Telex/VNI), or a
/// combining mark.
pub fn has_vietnamese_letters(s: &str) -> bool {
    s.chars()
        .any(|c| (c.is_alphabetic() && !c.is_ascii()) || ('\u{0300}'..='\u{036f}').contains(&c))
}

/// The same text can be stored precomposed (NFC) or decomposed (NFD); systems compare bytes, so
/// a password typed on one machine may not match on another.
pub fn nfc_and_nfd_differ(s: &str) -> bool {
    !s.chars().eq(s.nfc()) || !s.chars().eq(s.nfd())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_tones_marks_and_d_bar() {
        assert_eq!(fold("Mậtkhẩu@2024").as_str(), "matkhau@2024");
        assert_eq!(fold("ĐàNẵng").as_str(), "danang");
        assert_eq!(fold("Nguyễn Văn Đức").as_str(), "nguyen van duc");
    }

    #[test]
    fn decomposed_input_folds_the_same() {
        let nfd: String = "Mậtkhẩu".nfd().collect();
        assert_eq!(fold(&nfd).as_str(), "matkhau");
    }

    #[test]
    fn detects_vietnamese_letters_and_normal_form_mismatch() {
        assert!(has_vietnamese_letters("Mậtkhẩu@1"));
        assert!(has_vietnamese_letters("dd\u{0301}"));
        assert!(!has_vietnamese_letters("Matkhau@1"));
        assert!(nfc_and_nfd_differ("Mậtkhẩu"));
        assert!(!nfc_and_nfd_differ("Matkhau@1"));
    }
}
