//! No English reaches Vietnamese text: neither a literal in a Vietnamese message nor the English
//! text of an error (an OS error, a parser's description) inside a Vietnamese sentence.
//!
//! Every Vietnamese message is rendered with neutral arguments, and the messages core's real
//! failures produce (a profile that cannot be used, a data folder that cannot be read or
//! written, a fleet folder that refuses the write, a file that is not a file) are rendered as the
//! screens and the CLI would show them. Each text is split into ASCII words and checked against
//! English words no Vietnamese sentence of ours uses (product names such as "Windows Security"
//! are proper names and are not on the list).

use std::collections::BTreeSet;

use fluent_syntax::ast;
use tukiem_core::app::{self, Host, Subject, TestHost};
use tukiem_core::i18n::ftl_sources;
use tukiem_core::{Lang, Localizer, Msg, Profile};

/// English words that would only be in a Vietnamese sentence by mistake: function words and the
/// words OS and parser errors are made of (not "to", which is Vietnamese for "big").
const ENGLISH: &[&str] = &[
    "the",
    "and",
    "of",
    "is",
    "are",
    "was",
    "not",
    "no",
    "cannot",
    "could",
    "failed",
    "failure",
    "error",
    "denied",
    "found",
    "such",
    "file",
    "directory",
    "permission",
    "invalid",
    "expected",
    "missing",
    "unknown",
    "with",
    "from",
    "this",
    "that",
    "your",
    "please",
    "line",
    "column",
    "timed",
    "out",
    "read",
    "write",
    "access",
    "os",
    "entity",
    "key",
    "value",
    "string",
    "table",
    "field",
    "exists",
    "already",
    "empty",
    "too",
    "large",
    "type",
];

fn english_words(text: &str) -> Vec<String> {
    let list: BTreeSet<&str> = ENGLISH.iter().copied().collect();
    // Whole words: "toàn" is one Vietnamese word, not "to" and "n".
    text.split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty() && w.is_ascii())
        .map(str::to_ascii_lowercase)
        .filter(|w| list.contains(w.as_str()))
        .collect()
}

fn vi(m: &Msg) -> String {
    Localizer::new(Lang::Vi).render(m)
}

fn assert_vietnamese(what: &str, text: &str) {
    let words = english_words(text);
    assert!(
        words.is_empty(),
        "English {words:?} in Vietnamese text ({what}): {text}"
    );
}

/// Each Vietnamese message's variables, as the catalogue writes them.
fn messages() -> Vec<(String, BTreeSet<String>)> {
    fn pattern(p: &ast::Pattern<&str>, out: &mut BTreeSet<String>) {
        for el in &p.elements {
            if let ast::PatternElement::Placeable { expression } = el {
                expr(expression, out);
            }
        }
    }
    fn expr(e: &ast::Expression<&str>, out: &mut BTreeSet<String>) {
        match e {
            ast::Expression::Select { selector, variants } => {
                inline(selector, out);
                for v in variants {
                    pattern(&v.value, out);
                }
            }
            ast::Expression::Inline(i) => inline(i, out),
        }
    }
    fn inline(i: &ast::InlineExpression<&str>, out: &mut BTreeSet<String>) {
        match i {
            ast::InlineExpression::VariableReference { id } => {
                out.insert(id.name.to_owned());
            }
            ast::InlineExpression::Placeable { expression } => expr(expression, out),
            _ => {}
        }
    }
    let mut out = Vec::new();
    for (_, src) in ftl_sources(Lang::Vi) {
        let resource = fluent_syntax::parser::parse(src.as_str()).unwrap();
        for entry in &resource.body {
            if let ast::Entry::Message(m) = entry {
                let mut vars = BTreeSet::new();
                if let Some(p) = &m.value {
                    pattern(p, &mut vars);
                }
                out.push((m.id.name.to_owned(), vars));
            }
        }
    }
    out
}

#[test]
fn the_word_list_catches_english_and_passes_vietnamese() {
    assert_eq!(
        english_words("Không đọc được tệp (an toàn): No such file or directory (os error 2)"),
        ["no", "such", "file", "or", "directory", "os", "error"]
            .iter()
            .filter(|w| ENGLISH.contains(w))
            .map(|w| w.to_string())
            .collect::<Vec<_>>()
    );
    assert!(english_words("Bật Windows Security, mở Microsoft Defender").is_empty());
}

#[test]
fn no_vietnamese_message_holds_an_english_word() {
    let all = messages();
    assert!(all.len() > 300, "too few messages: {}", all.len());
    let mut bad = Vec::new();
    for (id, vars) in &all {
        for number in [1i64, 3] {
            let mut m = Msg::new(id);
            for v in vars {
                m = m.arg(v, number);
            }
            let text = vi(&m);
            if !english_words(&text).is_empty() {
                bad.push(format!("{id}: {text}"));
                break;
            }
        }
    }
    assert!(bad.is_empty(), "{bad:#?}");
}

/// A real check of a recorded Windows machine.
fn recorded_check() -> tukiem_core::checks::CheckReport {
    use tukiem_core::checks;
    let dir =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../scenarios/windows-healthy");
    let env = checks::env_for(Some(&dir)).unwrap();
    checks::run_blocking(
        env,
        checks::all_checks(),
        checks::RunOptions::default(),
        std::sync::Arc::new(|_| {}),
    )
    .unwrap()
}

fn profile_failure(name: &str, bytes: &[u8]) -> String {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(name);
    std::fs::write(&path, bytes).unwrap();
    let e = Profile::from_file(&path).unwrap_err();
    format!("{} {}", vi(&e.location()), vi(&e.reason()))
}

#[test]
fn a_profile_that_cannot_be_used_is_explained_in_vietnamese_only() {
    let good = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../profiles/default.toml"
    ))
    .unwrap();
    let cases: Vec<(&str, Vec<u8>)> = vec![
        ("not utf-8", b"id = \"\xff\xfe\"".to_vec()),
        ("toml syntax", b"id = = 3\n[[".to_vec()),
        (
            "unknown field",
            format!("{good}\nsurprise = 1\n").into_bytes(),
        ),
        (
            "wrong type",
            good.replacen("id = \"", "id = 3\nx = \"", 1).into_bytes(),
        ),
        ("empty", Vec::new()),
    ];
    for (what, bytes) in cases {
        assert_vietnamese(what, &profile_failure("p.toml", &bytes));
    }
    let dir = tempfile::tempdir().unwrap();
    for (what, path) in [
        ("missing", dir.path().join("none.toml")),
        ("a folder", dir.path().to_owned()),
    ] {
        let e = Profile::from_file(&path).unwrap_err();
        assert_vietnamese(what, &format!("{} {}", vi(&e.location()), vi(&e.reason())));
    }
}

#[test]
fn a_data_folder_that_cannot_be_used_is_explained_in_vietnamese_only() {
    let dir = tempfile::tempdir().unwrap();
    // Every file the app keeps is a folder here: nothing can be read or written.
    for name in ["history.jsonl", "password-checklist.json"] {
        std::fs::create_dir(dir.path().join(name)).unwrap();
    }
    let h = TestHost::new(Some(dir.path().to_owned()), 1_764_040_000);
    let p = Profile::embedded();
    let report = recorded_check();

    let mut texts = Vec::new();
    let view = app::checks::view(&h, &Subject::ThisComputer, None);
    texts.extend(view.problem.iter().map(vi));
    let after = app::checks::after_check(&h, &p, &Subject::ThisComputer, &report);
    texts.extend(after.problem.iter().map(vi));
    let s = app::summary::summary(&h, &p, &Subject::ThisComputer, None, Lang::Vi);
    texts.extend(s.problem.iter().map(vi));
    let (_, problem) = app::passwords::systems(&h, &p);
    texts.extend(problem.iter().map(vi));
    if let Err(m) = app::passwords::mark_changed(&h, &p, "thu-cong-vu", None, false) {
        texts.push(vi(&m));
    }
    assert!(texts.len() >= 4, "{texts:#?}");
    for t in &texts {
        assert_vietnamese("data folder", t);
    }
    let _ = h.data_dir();
}

#[test]
fn a_fleet_folder_that_refuses_the_write_is_explained_in_vietnamese_only() {
    let dir = tempfile::tempdir().unwrap();
    let blocker = dir.path().join("tep-chan");
    std::fs::write(&blocker, b"x").unwrap();
    // No data folder (the CLI): no history to fail first, and no fallback folder either.
    let mut h = TestHost::new(None, 1_764_040_000);
    h.program_data = Some(blocker.clone().into());
    let mut p = Profile::embedded();
    p.fleet.enabled = true;
    let report = recorded_check();
    let after = app::checks::after_check(&h, &p, &Subject::ThisComputer, &report);
    let problem = after.problem.expect("the write failed");
    assert_vietnamese("fleet", &vi(&problem));
}

#[test]
fn files_that_are_not_files_are_explained_in_vietnamese_only() {
    let dir = tempfile::tempdir().unwrap();
    for path in [dir.path().join("none.txt"), dir.path().to_owned()] {
        let shown = path.display().to_string();
        let e = tukiem_core::outside::read(&path, 1024).unwrap_err();
        assert_vietnamese(&shown, &vi(&e.reason(&shown)));
        let staff = tukiem_core::rollup::staff::load(&path).unwrap_err();
        assert_vietnamese(&shown, &vi(&staff));
    }
}

/// A Windows fact that could not be read (Security Center, Defender, the browsers' policies, the
/// proxy) is said in Vietnamese for every way it can fail: no `FactError` English ("COM error",
/// "not on this machine", "WMI namespace missing") inside the sentence.
#[test]
fn a_windows_fact_that_cannot_be_read_is_explained_in_vietnamese_only() {
    use tukiem_core::checks::facts::FactError;
    use tukiem_core::checks::reason::native;
    let errors = [
        FactError::NotThisOs,
        FactError::Absent,
        FactError::NamespaceMissing,
        FactError::NotActive,
        FactError::AccessDenied,
        FactError::TimedOut,
        FactError::Com(0x8000_4005),
        FactError::Failed(String::new()),
    ];
    for id in [
        "check-av-reason-security-center",
        "check-av-reason-defender",
        "check-stealer-reason",
        "check-stealer-reason-defender-off",
        "check-extensions-reason",
        "check-proxy-reason",
    ] {
        for e in &errors {
            let text = vi(&native(id, e));
            assert_vietnamese(&format!("{id} {e:?}"), &text);
            assert!(
                !text.contains("not-active") && !text.contains("absent"),
                "{text}"
            );
        }
    }
    assert!(vi(&native("check-proxy-reason", &FactError::Com(0x8000_4005))).contains("0x80004005"));
}

#[test]
fn a_scenario_that_cannot_be_used_is_explained_in_vietnamese_only() {
    let dir = tempfile::tempdir().unwrap();
    let failure = |name: &str, scenario: Option<&str>, facts: Option<&str>| {
        let scn = dir.path().join(name);
        std::fs::create_dir(&scn).unwrap();
        if let Some(text) = scenario {
            std::fs::write(scn.join("scenario.toml"), text).unwrap();
        }
        if let Some(text) = facts {
            std::fs::write(scn.join("facts.toml"), text).unwrap();
        }
        let Err(e) = tukiem_core::checks::env_for(Some(&scn)) else {
            panic!("{name}: the scenario loaded");
        };
        (name.to_owned(), vi(&e.to_msg()))
    };
    let scenario = "os = \"windows\"\nnow = 1795000000\n";
    let good = Some(scenario);
    let cases = [
        failure("m1", None, None),
        failure("m2", Some("os = = windows\n"), None),
        failure("m3", Some("os = \"plan9\"\nnow = 1\n"), None),
        failure("m4", Some("os = \"linux\"\nnow = 1\nwhat = 2\n"), None),
        failure(
            "m5",
            Some("os = \"linux\"\nnow = 1\n[commands.x]\nstdout = \"a\"\nstdout_text = \"b\"\n"),
            None,
        ),
        failure("m6", good, Some("[os\n")),
        failure("m7", good, Some("[defender]\nerror = \"fine\"\n")),
        failure("m8", good, Some("[defender]\nrunning_mode = 3\n")),
        failure("m9", good, Some("[registry.'HKLM\\X']\nA = 1.5\n")),
    ];
    // The folders are named m1, m2, … so that no English word comes from the path itself.
    for (name, text) in &cases {
        assert_vietnamese(name, text);
    }
    // A folder where facts.toml belongs: an OS error, said by its kind.
    let scn = dir.path().join("m10");
    std::fs::create_dir_all(scn.join("facts.toml")).unwrap();
    std::fs::write(scn.join("scenario.toml"), scenario).unwrap();
    let e = tukiem_core::checks::env_for(Some(&scn))
        .err()
        .expect("refused");
    assert_vietnamese("m10", &vi(&e.to_msg()));
}
