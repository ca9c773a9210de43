//! The text catalogue is complete, consistent, and the only place text lives.
//!
//! - every `.ftl` parses cleanly (i18n-embed only logs parse errors, silently dropping messages);
//! - Vietnamese and English define the same ids with the same arguments;
//! - every message id that Rust or UI code names exists;
//! - no Rust or UI source holds a user-visible literal.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use fluent_syntax::ast;
use tukiem_core::Lang;
use tukiem_core::i18n::{ftl_sources, message_ids};

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn files_under(dir: &Path, ext: &str, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        if path.is_dir() {
            if !matches!(
                name.as_str(),
                "node_modules" | "dist" | "target" | "gen" | "tests"
            ) {
                files_under(&path, ext, out);
            }
        } else if name.ends_with(ext) && !name.ends_with("tests.rs") && name != "tests.rs" {
            out.push(path);
        }
    }
}

fn rust_sources() -> Vec<PathBuf> {
    let mut out = Vec::new();
    for dir in ["crates/core/src", "crates/cli/src", "src-tauri/src"] {
        files_under(&repo().join(dir), ".rs", &mut out);
    }
    assert!(out.len() > 5, "found too few Rust sources: {out:?}");
    out
}

fn ui_sources() -> Vec<PathBuf> {
    let mut out = vec![repo().join("ui/index.html")];
    files_under(&repo().join("ui/src"), ".ts", &mut out);
    assert!(out.len() > 3, "found too few UI sources: {out:?}");
    out
}

/// Source text without the trailing `#[cfg(test)]` module (test code may hold any literal).
fn production_text(path: &Path) -> String {
    let text = std::fs::read_to_string(path).unwrap();
    match text.find("#[cfg(test)]") {
        Some(at) => text[..at].to_owned(),
        None => text,
    }
}

/// String literals in Rust or TypeScript source: `"…"`, `'…'` (TS only) and `` `…` `` (TS only).
fn string_literals(text: &str, ts: bool) -> Vec<String> {
    let mut out = Vec::new();
    let chars: Vec<char> = text.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        // Skip comments.
        if c == '/' && chars.get(i + 1) == Some(&'/') {
            while i < chars.len() && chars[i] != '\n' {
                i += 1;
            }
            continue;
        }
        if c == '/' && chars.get(i + 1) == Some(&'*') {
            i += 2;
            while i + 1 < chars.len() && !(chars[i] == '*' && chars[i + 1] == '/') {
                i += 1;
            }
            i += 2;
            continue;
        }
        // Rust char literals and lifetimes: skip `'x'`, `'\n'`, `'a`.
        if !ts && c == '\'' {
            i += 1;
            if chars.get(i) == Some(&'\\') {
                i += 2;
            } else {
                i += 1;
            }
            if chars.get(i) == Some(&'\'') {
                i += 1;
            }
            continue;
        }
        let quote = c == '"' || (ts && (c == '\'' || c == '`'));
        if quote {
            let mut s = String::new();
            i += 1;
            while i < chars.len() && chars[i] != c {
                if chars[i] == '\\' {
                    i += 1;
                }
                if let Some(ch) = chars.get(i) {
                    s.push(*ch);
                }
                i += 1;
            }
            out.push(s);
        }
        i += 1;
    }
    out
}

#[test]
fn every_ftl_file_parses_without_errors() {
    for lang in Lang::ALL {
        let sources = ftl_sources(lang);
        assert!(sources.len() >= 3, "{lang}: too few .ftl files");
        for (name, src) in sources {
            if let Err((_, errors)) = fluent_syntax::parser::parse(src.as_str()) {
                panic!("{name}: {errors:?}");
            }
        }
    }
}

#[test]
fn vietnamese_and_english_define_the_same_messages() {
    let vi = message_ids(Lang::Vi);
    let en = message_ids(Lang::En);
    let only_vi: Vec<_> = vi.difference(&en).collect();
    let only_en: Vec<_> = en.difference(&vi).collect();
    assert!(
        only_vi.is_empty() && only_en.is_empty(),
        "only in vi: {only_vi:?}; only in en: {only_en:?}"
    );
    assert!(vi.len() > 60, "suspiciously few messages: {}", vi.len());
}

/// Variable names each message uses, by id.
fn variables(lang: Lang) -> BTreeMap<String, BTreeSet<String>> {
    fn walk_pattern(p: &ast::Pattern<&str>, out: &mut BTreeSet<String>) {
        for el in &p.elements {
            if let ast::PatternElement::Placeable { expression } = el {
                walk_expr(expression, out);
            }
        }
    }
    fn walk_expr(e: &ast::Expression<&str>, out: &mut BTreeSet<String>) {
        match e {
            ast::Expression::Select { selector, variants } => {
                walk_inline(selector, out);
                for v in variants {
                    walk_pattern(&v.value, out);
                }
            }
            ast::Expression::Inline(i) => walk_inline(i, out),
        }
    }
    fn walk_inline(i: &ast::InlineExpression<&str>, out: &mut BTreeSet<String>) {
        match i {
            ast::InlineExpression::VariableReference { id } => {
                out.insert(id.name.to_owned());
            }
            ast::InlineExpression::Placeable { expression } => walk_expr(expression, out),
            _ => {}
        }
    }
    let mut map = BTreeMap::new();
    for (_, src) in ftl_sources(lang) {
        let resource = fluent_syntax::parser::parse(src.as_str()).unwrap();
        for entry in &resource.body {
            if let ast::Entry::Message(m) = entry {
                let mut vars = BTreeSet::new();
                if let Some(p) = &m.value {
                    walk_pattern(p, &mut vars);
                }
                map.insert(m.id.name.to_owned(), vars);
            }
        }
    }
    map
}

#[test]
fn both_languages_use_the_same_arguments() {
    let vi = variables(Lang::Vi);
    let en = variables(Lang::En);
    for (id, vars) in &vi {
        let Some(en_vars) = en.get(id) else { continue };
        // English may use `day`/`month` where Vietnamese uses the zero-padded `day2`/`month2`;
        // what matters is that no language uses an argument the code does not pass.
        let strip = |s: &BTreeSet<String>| -> BTreeSet<String> {
            s.iter()
                .map(|v| v.trim_end_matches('2').to_owned())
                .collect()
        };
        if PER_LANGUAGE_VALUES.contains(&id.as_str()) {
            assert_eq!(
                vars.iter().collect::<Vec<_>>(),
                ["vi"],
                "{id} takes $vi in Vietnamese"
            );
            assert_eq!(
                en_vars.iter().collect::<Vec<_>>(),
                ["en"],
                "{id} takes $en in English"
            );
            continue;
        }
        assert_eq!(strip(vars), strip(en_vars), "arguments differ for {id}");
    }
}

/// The messages that carry a profile value given per language (the contact with the honorific
/// of each language, a system's name): the code passes `vi` and `en`, each language takes its own.
const PER_LANGUAGE_VALUES: &[&str] = &[
    "profile-contact-in-sentence",
    "check-browsers-leaked-system-name",
];

/// A literal that looks like a message id of a namespace the catalogue uses (`advice-…`).
fn id_like(lit: &str, namespaces: &BTreeSet<String>) -> bool {
    let shaped = lit.contains('-')
        && lit
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        && !lit.starts_with('-')
        && !lit.ends_with('-');
    shaped && namespaces.contains(lit.split('-').next().unwrap())
}

#[test]
fn every_message_id_written_whole_in_code_exists() {
    let ids = message_ids(Lang::Vi);
    let namespaces: BTreeSet<String> = ids
        .iter()
        .map(|id| id.split('-').next().unwrap().to_owned())
        .collect();
    let mut missing = Vec::new();
    let mut seen = 0;
    for path in rust_sources() {
        for lit in string_literals(&production_text(&path), false) {
            if id_like(&lit, &namespaces) {
                seen += 1;
                if !ids.contains(&lit) {
                    missing.push(format!("{}: {lit}", path.display()));
                }
            }
        }
    }
    for path in ui_sources() {
        let text = std::fs::read_to_string(&path).unwrap();
        // Test ids are not message ids; they are written only as data-testid="…" or testid: "…".
        let text = strip_testids(&text);
        let lits = if path.extension().unwrap() == "html" {
            attribute_values(&text, "data-i18n")
        } else {
            string_literals(&text, true)
        };
        for lit in lits {
            if id_like(&lit, &namespaces) {
                seen += 1;
                if !ids.contains(&lit) {
                    missing.push(format!("{}: {lit}", path.display()));
                }
            }
        }
    }
    assert!(
        seen > 40,
        "found only {seen} message references; is the scan still working?"
    );
    assert!(
        missing.is_empty(),
        "ids named in code but missing from locales:\n{}",
        missing.join("\n")
    );
}

fn strip_testids(text: &str) -> String {
    let mut out = String::new();
    for line in text.lines() {
        let mut l = line.to_owned();
        for marker in ["data-testid=\"", "testid: \"", "testid(\""] {
            while let Some(at) = l.find(marker) {
                let rest = &l[at + marker.len()..];
                let end = rest
                    .find('"')
                    .map(|e| at + marker.len() + e + 1)
                    .unwrap_or(l.len());
                l.replace_range(at..end, "");
            }
        }
        out.push_str(&l);
        out.push('\n');
    }
    out
}

fn attribute_values(html: &str, attr: &str) -> Vec<String> {
    let marker = format!("{attr}=\"");
    html.match_indices(&marker)
        .filter_map(|(at, _)| {
            let rest = &html[at + marker.len()..];
            rest.find('"').map(|end| rest[..end].to_owned())
        })
        .collect()
}

fn has_foreign_letter(s: &str) -> bool {
    s.chars().any(|c| c.is_alphabetic() && !c.is_ascii())
}

#[test]
fn rust_sources_hold_no_user_visible_text() {
    let mut found = Vec::new();
    for path in rust_sources() {
        let text = production_text(&path);
        for lit in string_literals(&text, false) {
            if has_foreign_letter(&lit) {
                found.push(format!("{}: {lit:?}", path.display()));
            }
        }
        // Text printed straight to a terminal must come from the catalogue: a format string may
        // hold placeholders and punctuation, never words.
        for mac in ["println!(\"", "eprintln!(\"", "print!(\"", "eprint!(\""] {
            for (at, _) in text.match_indices(mac) {
                let rest = &text[at + mac.len()..];
                let fmt = &rest[..rest.find('"').unwrap_or(0)];
                let outside: String = strip_braces(fmt);
                if outside.chars().filter(|c| c.is_alphabetic()).count() > 1 {
                    found.push(format!("{}: {mac}{fmt}", path.display()));
                }
            }
        }
        for attr in ["about = \"", "help = \"", "long_about = \""] {
            if text.contains(attr) {
                found.push(format!("{}: clap {attr}", path.display()));
            }
        }
    }
    assert!(
        found.is_empty(),
        "user-visible literals in Rust code:\n{}",
        found.join("\n")
    );
}

fn strip_braces(fmt: &str) -> String {
    let mut depth = 0;
    fmt.chars()
        .filter(|&c| {
            match c {
                '{' => depth += 1,
                '}' => depth -= 1,
                _ => return depth == 0,
            }
            false
        })
        .collect()
}

#[test]
fn ui_sources_hold_no_user_visible_text() {
    let mut found = Vec::new();
    for path in ui_sources() {
        let text = std::fs::read_to_string(&path).unwrap();
        if path.extension().unwrap() == "html" {
            // Text between tags must be empty: screens fill it from the catalogue.
            let mut in_tag = false;
            let mut between = String::new();
            for c in text.chars() {
                match c {
                    '<' => {
                        if between.chars().any(char::is_alphabetic) {
                            found.push(format!("{}: text {:?}", path.display(), between.trim()));
                        }
                        between.clear();
                        in_tag = true;
                    }
                    '>' => in_tag = false,
                    _ if !in_tag => between.push(c),
                    _ => {}
                }
            }
            for attr in ["title", "aria-label", "placeholder", "alt"] {
                for value in attribute_values(&text, attr) {
                    if value.chars().any(char::is_alphabetic) {
                        found.push(format!("{}: {attr}={value:?}", path.display()));
                    }
                }
            }
        } else {
            for lit in string_literals(&text, true) {
                if has_foreign_letter(&lit) {
                    found.push(format!("{}: {lit:?}", path.display()));
                }
            }
            for sink in [
                ".textContent = \"",
                ".textContent = '",
                ".textContent = `",
                ".innerText",
                ".innerHTML",
                ".title = \"",
                ".ariaLabel = \"",
                ".placeholder = \"",
            ] {
                if text.contains(sink) {
                    found.push(format!("{}: {sink}", path.display()));
                }
            }
        }
    }
    assert!(
        found.is_empty(),
        "user-visible literals in UI code:\n{}",
        found.join("\n")
    );
}

#[test]
fn the_literal_scanners_catch_what_they_should() {
    // Guards the guards: if a scanner stops seeing literals, the tests above pass vacuously.
    let rust = "let a = \"Xin chào\"; let c = 'x'; fn f<'a>() {} // \"commented\"\n let b = \"b\";";
    assert_eq!(string_literals(rust, false), ["Xin chào", "b"]);
    let ts = "const a = 'Mở'; const b = `x ${y}`; /* \"no\" */";
    assert_eq!(string_literals(ts, true), ["Mở", "x ${y}"]);
    assert!(has_foreign_letter("Mở") && !has_foreign_letter("open"));
    assert_eq!(strip_braces("{}: {x} ok"), ":  ok");
    let namespaces = BTreeSet::from(["advice".to_owned()]);
    assert!(id_like("advice-title", &namespaces));
    assert!(!id_like("what-happened", &namespaces));
    assert!(!id_like("Advice-title", &namespaces));
}
