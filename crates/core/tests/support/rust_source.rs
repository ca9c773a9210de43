//! Reading core's own Rust sources for the source-scan tests (`no_import_circle.rs`,
//! `checks_use_env.rs`): every `.rs` file, and each file's text without its test code and
//! comments, so that what tests and comments name never counts.

#![allow(dead_code)] // each test file uses a part

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

/// Every `.rs` file under `dir`, sorted.
pub fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    walk(dir, &mut out);
    out.sort();
    out
}

fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            walk(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The lines of an item that starts at `lines[start]`: one line ending in `;`, or up to the
/// brace that closes its first `{`.
fn item_end(lines: &[&str], start: usize) -> usize {
    if lines[start].trim_end().ends_with(';') {
        return start + 1;
    }
    let mut depth = 0i64;
    let mut opened = false;
    for (i, line) in lines.iter().enumerate().skip(start) {
        for c in code_chars(line) {
            match c {
                '{' => {
                    depth += 1;
                    opened = true;
                }
                '}' => depth -= 1,
                _ => {}
            }
        }
        if opened && depth <= 0 {
            return i + 1;
        }
    }
    lines.len()
}

/// A line's characters outside string and char literals and `//` comments (good enough for
/// counting braces in this codebase's style).
pub fn code_chars(line: &str) -> Vec<char> {
    let mut out = Vec::new();
    let mut chars = line.chars().peekable();
    let mut in_string = false;
    while let Some(c) = chars.next() {
        if in_string {
            match c {
                '\\' => {
                    chars.next();
                }
                '"' => in_string = false,
                _ => {}
            }
            continue;
        }
        match c {
            '"' => in_string = true,
            '/' if chars.peek() == Some(&'/') => break,
            '\'' => {
                // A char literal ('{', '\n') or a lifetime ('a): skip a literal whole.
                let rest: String = chars.clone().take(3).collect();
                if rest.starts_with('\\') {
                    chars.next();
                    chars.next();
                    chars.next();
                } else if rest.chars().nth(1) == Some('\'') {
                    chars.next();
                    chars.next();
                }
            }
            c => out.push(c),
        }
    }
    out
}

/// The attributes that mark test code: tests, and the fixtures tests and the Windows fixture
/// example build (`feature = "fixtures"`, never in a shipped program).
const TEST_ONLY: &[&str] = &["#[cfg(test)]", "#[cfg(any(test, feature = \"fixtures\"))]"];

/// The file's text without test code; the files its `#[cfg(test)] mod x;` lines declare go to
/// `test_files` (relative paths).
pub fn without_tests(rel: &str, text: &str, test_files: &mut BTreeSet<String>) -> String {
    let lines: Vec<&str> = text.lines().collect();
    let dir = Path::new(rel).parent().unwrap_or(Path::new(""));
    let stem = Path::new(rel).file_stem().unwrap().to_str().unwrap();
    let mut kept = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        if !TEST_ONLY.contains(&lines[i].trim()) {
            kept.push(lines[i]);
            i += 1;
            continue;
        }
        let mut j = i + 1;
        let mut path_attr = None;
        while j < lines.len() && lines[j].trim_start().starts_with("#[") {
            if let Some(p) = lines[j].split("#[path = \"").nth(1) {
                path_attr = p.split('"').next().map(str::to_owned);
            }
            j += 1;
        }
        if j >= lines.len() {
            break;
        }
        let item = lines[j].trim();
        let declared = item
            .trim_start_matches("pub ")
            .trim_start_matches("pub(crate) ")
            .strip_prefix("mod ")
            .and_then(|rest| rest.strip_suffix(';'));
        if let Some(name) = declared {
            let sub = if stem == "mod" || stem == "lib" {
                dir.to_owned()
            } else {
                dir.join(stem)
            };
            match path_attr {
                Some(p) => {
                    test_files.insert(dir.join(p).to_string_lossy().into_owned());
                }
                None => {
                    test_files.insert(
                        sub.join(format!("{name}.rs"))
                            .to_string_lossy()
                            .into_owned(),
                    );
                    test_files.insert(sub.join(name).join("mod.rs").to_string_lossy().into_owned());
                }
            }
        }
        i = item_end(&lines, j);
    }
    kept.join("\n")
}

/// The file's code: test code, comments and the insides of string literals left out.
pub fn code_only(text: &str) -> String {
    text.lines()
        .map(|l| code_chars(l).into_iter().collect::<String>())
        .collect::<Vec<_>>()
        .join("\n")
}
