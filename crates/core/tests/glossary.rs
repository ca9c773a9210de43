//! One vocabulary: no message in `locales/<lang>/*.ftl`, and no sentence the Windows installer
//! adds (`installer/windows/strings.nsh`), uses a variant that `docs/glossary.md` bans. The banned
//! variants are read from the glossary's "Banned variants" table, so the doc and the check cannot
//! drift apart.

use std::path::{Path, PathBuf};

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// One row of the glossary's "Banned variants" table.
#[derive(Debug)]
struct Banned {
    text: String,
    lang: String,
    /// Phrases in which the text is still right, and file names (`cli.ftl`) exempt from the row.
    allowed: Vec<String>,
}

/// The text between the first pair of backticks of each backticked piece in `cell`.
fn backticked(cell: &str) -> Vec<String> {
    cell.split('`')
        .enumerate()
        .filter(|(i, _)| i % 2 == 1)
        .map(|(_, s)| s.to_owned())
        .collect()
}

fn banned_variants() -> Vec<Banned> {
    let doc = std::fs::read_to_string(repo().join("docs/glossary.md")).unwrap();
    let section = doc
        .split("## Banned variants")
        .nth(1)
        .expect("docs/glossary.md has a \"Banned variants\" section");
    let rows: Vec<Banned> = section
        .lines()
        .filter(|l| l.starts_with("| `"))
        .map(|line| {
            let cells: Vec<&str> = line.trim_matches('|').split('|').map(str::trim).collect();
            assert_eq!(
                cells.len(),
                4,
                "a banned-variant row has four cells: {line}"
            );
            let text = backticked(cells[0])
                .pop()
                .expect("banned text in backticks");
            let mut allowed = backticked(cells[3]);
            allowed.extend(
                cells[3]
                    .split(',')
                    .map(str::trim)
                    .filter(|c| c.ends_with(".ftl"))
                    .map(str::to_owned),
            );
            Banned {
                text,
                lang: cells[1].to_owned(),
                allowed,
            }
        })
        .collect();
    assert!(rows.len() >= 20, "too few banned variants read: {rows:?}");
    rows
}

/// `(id, text)` of every message and term of one `.ftl` file: the first line after `=` and its
/// indented continuation lines (select variants included). Comments are not messages.
fn messages(text: &str) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = Vec::new();
    for line in text.lines() {
        let starts_entry = line
            .split_once(" =")
            .filter(|(id, _)| {
                !id.is_empty()
                    && id
                        .chars()
                        .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
            })
            .map(|(id, rest)| (id.to_owned(), rest.to_owned()));
        if let Some((id, rest)) = starts_entry {
            out.push((id, rest));
        } else if line.starts_with(' ') && !line.trim_start().starts_with('#') {
            // A select variant's key (`[os_keyring]`, `*[other]`) is code, not words.
            let words = line
                .trim_start()
                .trim_start_matches('*')
                .strip_prefix('[')
                .and_then(|rest| rest.split_once(']'))
                .map_or(line, |(_, after)| after);
            if let Some((_, body)) = out.last_mut() {
                body.push('\n');
                body.push_str(words);
            }
        }
    }
    out
}

fn locale_files(lang: &str) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(repo().join("locales").join(lang))
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "ftl"))
        .collect();
    files.sort();
    assert!(files.len() > 5, "{lang}: too few catalogue files");
    files
}

/// The installer's sentences in one language: `LangString id ${LANG_VIETNAMESE} "text"`.
fn installer_messages(text: &str, lang: &str) -> Vec<(String, String)> {
    let marker = match lang {
        "vi" => "${LANG_VIETNAMESE}",
        _ => "${LANG_ENGLISH}",
    };
    text.lines()
        .filter_map(|line| {
            let rest = line.strip_prefix("LangString ")?;
            let (id, rest) = rest.split_once(' ')?;
            let body = rest.strip_prefix(marker)?.trim();
            Some((id.to_owned(), body.trim_matches('"').to_owned()))
        })
        .collect()
}

/// Every message of one language, as `(file name, id, text)`: the catalogue and the installer.
fn all_messages(lang: &str) -> Vec<(String, String, String)> {
    let mut out = Vec::new();
    for file in locale_files(lang) {
        let name = file.file_name().unwrap().to_string_lossy().into_owned();
        let text = std::fs::read_to_string(&file).unwrap();
        out.extend(
            messages(&text)
                .into_iter()
                .map(|(id, body)| (name.clone(), id, body)),
        );
    }
    let nsh = std::fs::read_to_string(repo().join("installer/windows/strings.nsh")).unwrap();
    let installer = installer_messages(&nsh, lang);
    assert!(
        installer.len() >= 5,
        "{lang}: the installer's sentences are read"
    );
    out.extend(
        installer
            .into_iter()
            .map(|(id, body)| ("strings.nsh".to_owned(), id, body)),
    );
    out
}

/// Every use of a banned variant, as `file id: text`.
fn violations(banned: &[Banned]) -> Vec<String> {
    let mut found = Vec::new();
    for b in banned {
        for (name, id, body) in all_messages(&b.lang) {
            if b.allowed.contains(&name) {
                continue;
            }
            let mut lower = body.to_lowercase();
            for phrase in &b.allowed {
                lower = lower.replace(&phrase.to_lowercase(), "");
            }
            if lower.contains(&b.text.to_lowercase()) {
                found.push(format!(
                    "{}/{name} {id}: “{}” ({})",
                    b.lang,
                    b.text,
                    body.trim()
                ));
            }
        }
    }
    found
}

#[test]
fn no_message_uses_a_variant_the_glossary_bans() {
    let found = violations(&banned_variants());
    assert!(
        found.is_empty(),
        "the glossary (docs/glossary.md) bans these:\n{}",
        found.join("\n")
    );
}

#[test]
fn the_check_finds_a_banned_variant_and_honours_an_allowed_context() {
    let text =
        "a = Bật phần mềm diệt virus.\nb = nâng cao năng lực phòng, chống phần mềm độc hại\n";
    let msgs = messages(text);
    assert_eq!(msgs.len(), 2);
    let banned = banned_variants();
    let hits: Vec<&Banned> = banned
        .iter()
        .filter(|b| b.lang == "vi")
        .filter(|b| {
            msgs.iter().any(|(_, body)| {
                let mut lower = body.to_lowercase();
                for phrase in &b.allowed {
                    lower = lower.replace(&phrase.to_lowercase(), "");
                }
                lower.contains(&b.text.to_lowercase())
            })
        })
        .collect();
    let texts: Vec<&str> = hits.iter().map(|b| b.text.as_str()).collect();
    assert_eq!(texts, ["diệt virus"], "{hits:?}");
}

#[test]
fn continuation_lines_and_select_variants_are_part_of_the_message() {
    let msgs = messages(
        "# quy định in a comment is not a message\nx =\n    { $n ->\n        [one] một quy định\n       *[other] khác\n    }\n",
    );
    assert_eq!(msgs.len(), 1);
    assert!(msgs[0].1.contains("một quy định"));
}

#[test]
fn the_installer_sentences_are_read_per_language_and_the_old_it_staff_line_would_be_caught() {
    let old = "LangString msgWebView2Missing ${LANG_VIETNAMESE} \"…hoặc nhờ cán bộ công nghệ thông tin của cơ quan cài giúp.\"\n\
               LangString msgWebView2Missing ${LANG_ENGLISH} \"…or ask your office's IT staff or a technician.\"\n";
    let vi = installer_messages(old, "vi");
    let en = installer_messages(old, "en");
    assert_eq!(vi.len(), 1);
    assert_eq!(en.len(), 1);
    let banned = banned_variants();
    let hits = |lang: &str, body: &str| -> Vec<String> {
        banned
            .iter()
            .filter(|b| b.lang == lang && body.to_lowercase().contains(&b.text.to_lowercase()))
            .map(|b| b.text.clone())
            .collect()
    };
    assert_eq!(hits("vi", &vi[0].1), ["công nghệ thông tin"]);
    assert_eq!(hits("en", &en[0].1), ["IT staff", "technician"]);
}
