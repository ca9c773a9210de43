//! Characters that make text show something other than what it is: terminal control sequences
//! (ESC, OSC, C1), bidirectional overrides and isolates (U+202E turns `moc.live` into
//! `evil.com` on screen) and invisible characters (zero-width spaces, a byte-order mark inside
//! text). One list, used where text from outside is refused (profile loading) and where it is
//! shown (the CLI's text output).

/// Bidirectional embeddings, overrides, isolates and marks, and invisible format characters.
pub fn is_bidi_or_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{061C}'              // Arabic letter mark
            | '\u{115F}' | '\u{1160}' | '\u{3164}' | '\u{FFA0}' // Hangul fillers (blank letters)
            | '\u{180E}'        // Mongolian vowel separator
            | '\u{200B}'..='\u{200F}' // zero-width space/non-joiner/joiner, LRM, RLM
            | '\u{202A}'..='\u{202E}' // LRE, RLE, PDF, LRO, RLO
            | '\u{2060}'..='\u{2064}' // word joiner, invisible operators
            | '\u{2066}'..='\u{2069}' // LRI, RLI, FSI, PDI
            | '\u{206A}'..='\u{206F}' // deprecated format characters
            | '\u{FEFF}'        // zero-width no-break space (BOM)
            | '\u{FFF9}'..='\u{FFFB}' // interlinear annotation
    )
}

/// What a terminal may act on instead of printing: C0 controls other than newline and tab,
/// DEL, C1 controls, and the bidi/invisible characters above.
pub fn is_terminal_unsafe(c: char) -> bool {
    (c.is_control() && c != '\n' && c != '\t') || is_bidi_or_invisible(c)
}

/// `text` with every [`is_terminal_unsafe`] character written as a visible `\u{…}` escape, so
/// what reaches a terminal is what the text holds, and nothing acts on the terminal.
pub fn escape_for_terminal(text: &str) -> std::borrow::Cow<'_, str> {
    if !text.chars().any(is_terminal_unsafe) {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 16);
    for c in text.chars() {
        if is_terminal_unsafe(c) {
            out.push_str(&format!("\\u{{{:x}}}", u32::from(c)));
        } else {
            out.push(c);
        }
    }
    std::borrow::Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_terminal_sequences_and_bidi_but_keeps_vietnamese_newlines_and_tabs() {
        let text = "Hồ sơ\tđã lưu\n\u{1b}]0;pwned\u{7}\u{1b}[2J\u{9b}31m moc.\u{202e}live\u{200b}";
        let out = escape_for_terminal(text);
        assert_eq!(
            out,
            "Hồ sơ\tđã lưu\n\\u{1b}]0;pwned\\u{7}\\u{1b}[2J\\u{9b}31m moc.\\u{202e}live\\u{200b}"
        );
        assert!(!out.chars().any(is_terminal_unsafe));
        assert!(matches!(
            escape_for_terminal("Sở Nội vụ"),
            std::borrow::Cow::Borrowed(_)
        ));
    }

    #[test]
    fn del_and_c1_are_unsafe_and_letters_are_not() {
        for c in ['\u{7f}', '\u{85}', '\u{9f}', '\u{2067}', '\u{feff}'] {
            assert!(is_terminal_unsafe(c), "{c:?}");
        }
        for c in ['a', 'ệ', 'Đ', ' ', '\n', '\t', '€'] {
            assert!(!is_terminal_unsafe(c), "{c:?}");
        }
    }
}
