//! What reaches the terminal. Text from outside (a profile's names, a browser profile folder's
//! name, a scenario's paths) can hold ESC/OSC sequences that retitle the terminal, clear it or
//! draw fake lines, and bidi overrides that reorder what is shown. Everything the CLI writes to
//! standard output and standard error goes through here once, with such characters written as
//! visible escapes.

use std::borrow::Cow;

use tukiem_core::controls::{escape_for_terminal, is_terminal_unsafe};

/// Text for a person: unsafe characters become a visible `\u{…}`.
pub fn text(text: &str) -> Cow<'_, str> {
    escape_for_terminal(text)
}

/// JSON for a script: serde already escapes C0 controls; DEL, C1 and the bidi/invisible
/// characters become `\uXXXX` too. Outside strings JSON text is ASCII, so every such character
/// is inside a string, where the escape means the same character: the data is unchanged.
pub fn json(text: &str) -> Cow<'_, str> {
    if !text.chars().any(is_terminal_unsafe) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 16);
    for c in text.chars() {
        // `\n` and `\t` outside strings are JSON whitespace and stay as they are.
        if is_terminal_unsafe(c) {
            let mut units = [0u16; 2];
            for unit in c.encode_utf16(&mut units) {
                out.push_str(&format!("\\u{unit:04x}"));
            }
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// A line on standard error, made safe.
macro_rules! eprintln_safe {
    ($($arg:tt)*) => {
        eprintln!("{}", $crate::terminal::text(&format!($($arg)*)))
    };
}
pub(crate) use eprintln_safe;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_stays_json_and_means_the_same() {
        let value = serde_json::json!({"profile": "Work\u{1b}]0;x\u{7}\u{202e}\u{9b}\u{7f}"});
        let raw = serde_json::to_string(&value).unwrap();
        let safe = json(&raw);
        assert!(!safe.chars().any(is_terminal_unsafe), "{safe}");
        let back: serde_json::Value = serde_json::from_str(&safe).unwrap();
        assert_eq!(back, value);
    }
}
