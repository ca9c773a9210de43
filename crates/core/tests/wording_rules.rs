//! Wording rules a reviewer found broken once, pinned so they stay fixed:
//!
//! - the password generator never offers the worst obscene syllables (read from the generator's
//!   own syllable set, so a missing blocklist entry is caught, not only a blocklist that is read);
//! - no text teaches that state sites "always" or "only" end in `.gov.vn` (chinhphu.vn,
//!   baochinhphu.vn and csgt.vn are official and in TựKiểm's own list).

use std::path::{Path, PathBuf};

use tukiem_core::Lang;
use tukiem_core::i18n::ftl_sources;
use tukiem_core::password::generate::syllables;

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// The six syllables the first wording review named as the worst a projector could show.
const WORST: [&str; 6] = ["dit", "lon", "buoi", "deo", "nung", "chich"];

#[test]
fn the_generator_never_offers_the_six_worst_syllables() {
    let list = syllables();
    assert!(list.len() > 300, "the syllable set is read: {}", list.len());
    let found: Vec<&str> = WORST
        .iter()
        .copied()
        .filter(|w| list.iter().any(|s| s == w))
        .collect();
    assert!(found.is_empty(), "the generator can show {found:?}");
}

#[test]
fn the_generator_never_offers_its_other_sexual_slang() {
    let list = syllables();
    for w in ["phang", "cac", "cu", "dam", "hiep"] {
        assert!(!list.iter().any(|s| s == w), "the generator can show {w}");
    }
}

/// Phrases that state `.gov.vn` as the only mark of a state site, lower case.
const FALSE_GOV_VN_RULES: &[&str] = &[
    "luôn kết thúc",
    "chỉ tên kết thúc",
    "chỉ địa chỉ kết thúc",
    "mới là của nhà nước",
    "always end",
    "only a name that ends",
    "only names ending",
    "only addresses ending",
];

/// Every place a rule about `.gov.vn` could be taught: both catalogues and the quiz's data.
fn texts_about_gov_vn() -> Vec<(String, String)> {
    let mut out = Vec::new();
    for lang in [Lang::Vi, Lang::En] {
        for (name, src) in ftl_sources(lang) {
            for line in src.lines().filter(|l| !l.trim_start().starts_with('#')) {
                out.push((format!("{lang}/{name}"), line.to_lowercase()));
            }
        }
    }
    let quiz = std::fs::read_to_string(repo().join("crates/core/data/quiz.toml")).unwrap();
    out.extend(
        quiz.lines()
            .map(|l| ("quiz.toml".to_owned(), l.to_lowercase())),
    );
    out
}

#[test]
fn no_text_says_state_sites_always_or_only_end_in_gov_vn() {
    let found: Vec<String> = texts_about_gov_vn()
        .into_iter()
        .filter(|(_, line)| line.contains("gov.vn"))
        .filter(|(_, line)| FALSE_GOV_VN_RULES.iter().any(|p| line.contains(p)))
        .map(|(file, line)| format!("{file}: {line}"))
        .collect();
    assert!(
        found.is_empty(),
        "official sites such as chinhphu.vn do not end in .gov.vn:\n{}",
        found.join("\n")
    );
}

#[test]
fn the_gov_vn_check_would_catch_the_old_quiz_text() {
    let old = "trang của nhà nước luôn kết thúc bằng “.gov.vn”.";
    assert!(FALSE_GOV_VN_RULES.iter().any(|p| old.contains(p)));
    let old_en = "government sites always end in “.gov.vn”.";
    assert!(FALSE_GOV_VN_RULES.iter().any(|p| old_en.contains(p)));
}
