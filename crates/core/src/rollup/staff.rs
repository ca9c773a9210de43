//! The optional staff list: who should have brought a report. A UTF-8 text file (Excel's
//! "CSV UTF-8" or Notepad), one person a line; on a CSV line (`,` `;` or tab) the first field is
//! the name and the rest is ignored. Blank lines and lines starting with `#` are skipped, and
//! so is a first line that is a column heading ("Họ và tên", "Họ tên", "Name"). Names are
//! compared folded: case, extra spaces and Unicode form do not matter; diacritics do.

use std::path::Path;

use unicode_normalization::UnicodeNormalization;

use crate::Msg;
use crate::outside;

/// A staff list is names: a few hundred kilobytes at most.
const CAP: u64 = 2 * 1024 * 1024;
/// Names kept from one list.
const MAX_NAMES: usize = 20_000;

pub fn load(path: &Path) -> Result<Vec<String>, Msg> {
    let shown = path.display().to_string();
    let text = outside::read_text(path, CAP).map_err(|e| e.reason(&shown))?;
    Ok(parse(&text))
}

pub fn parse(text: &str) -> Vec<String> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut out = Vec::new();
    for (i, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let first = line.split([',', ';', '\t']).next().unwrap_or("");
        let name = super::row::clean(first.trim().trim_matches('"'));
        if name.is_empty() || (i == 0 && is_heading(&name)) {
            continue;
        }
        if out.len() >= MAX_NAMES {
            break;
        }
        out.push(name);
    }
    out
}

fn is_heading(name: &str) -> bool {
    matches!(
        fold(name).as_str(),
        "h\u{1ecd} v\u{e0} t\u{ea}n" | "h\u{1ecd} t\u{ea}n" | "name" | "full name" | "t\u{ea}n"
    )
}

/// The form names are compared in: NFC, lower case, single spaces.
pub fn fold(s: &str) -> String {
    s.nfc()
        .collect::<String>()
        .to_lowercase()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_come_from_lines_or_the_first_csv_field_headings_and_comments_skipped() {
        let text = "\u{feff}Họ và tên,Chức vụ\n\"Nguyễn Văn An\",Văn thư\n# ghi chú\n\n Trần Thị Bình ;Kế toán\nLê Văn Cường\tx\n";
        assert_eq!(
            parse(text),
            ["Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường"]
        );
    }

    #[test]
    fn folding_ignores_case_spacing_and_unicode_form_but_not_diacritics() {
        // "ễ" precomposed vs e + circumflex + tilde.
        assert_eq!(
            fold("  NGUYỄN   văn An "),
            fold("Nguye\u{302}\u{303}n Văn An")
        );
        assert_ne!(fold("Lan"), fold("Lân"));
    }
}
