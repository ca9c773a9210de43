//! The desktop shell's commands are declared once, in `tukiem_core::app::COMMANDS`; the four
//! places that must name them agree with it: the handler registration (`src-tauri/src/lib.rs`),
//! the capability ACL's manifest (`src-tauri/build.rs`), the one capability
//! (`src-tauri/capabilities/main.json`, which grants nothing else) and the web view's calls
//! (`ui/src/api.ts`, the only UI file that calls `invoke`, each command through a `call` typed by
//! the generated `ui/src/gen/ipc.ts`). A failure says which name is missing where.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use tukiem_core::app::COMMANDS;

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn read(path: &str) -> String {
    std::fs::read_to_string(repo().join(path)).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// The text between `start` (which must be there) and the first `end` after it.
fn between<'a>(text: &'a str, start: &str, end: &str, file: &str) -> &'a str {
    let from = text
        .find(start)
        .unwrap_or_else(|| panic!("{file}: `{start}` not found"))
        + start.len();
    let to = text[from..]
        .find(end)
        .unwrap_or_else(|| panic!("{file}: no `{end}` after `{start}`"));
    &text[from..from + to]
}

/// Lines that are comments are not names.
fn code_lines(text: &str) -> String {
    text.lines()
        .filter(|l| !l.trim_start().starts_with("//"))
        .collect::<Vec<_>>()
        .join("\n")
}

fn quoted(text: &str) -> Vec<String> {
    text.split('"')
        .skip(1)
        .step_by(2)
        .map(str::to_owned)
        .collect()
}

fn handler_names() -> Vec<String> {
    let text = code_lines(&read("src-tauri/src/lib.rs"));
    between(&text, "generate_handler![", "]", "src-tauri/src/lib.rs")
        .split(',')
        .map(|path| {
            path.trim()
                .rsplit("::")
                .next()
                .unwrap_or("")
                .trim()
                .to_owned()
        })
        .filter(|name| !name.is_empty())
        .collect()
}

fn manifest_names() -> Vec<String> {
    let text = code_lines(&read("src-tauri/build.rs"));
    quoted(between(&text, ".commands(&[", "]", "src-tauri/build.rs"))
}

/// `allow-<command>` permissions, as command names; anything else is returned apart.
fn capability_names() -> (Vec<String>, Vec<String>) {
    let json: serde_json::Value =
        serde_json::from_str(&read("src-tauri/capabilities/main.json")).unwrap();
    let mut names = Vec::new();
    let mut other = Vec::new();
    for p in json["permissions"].as_array().expect("a permissions list") {
        let p = p.as_str().map_or_else(|| p.to_string(), str::to_owned);
        match p.strip_prefix("allow-") {
            Some(name) if !name.contains(':') => names.push(name.replace('-', "_")),
            _ => other.push(p),
        }
    }
    (names, other)
}

/// The first argument of every `invoke(…)` / `invoke<…>(…)` call, when it is a literal name.
fn invoked_names(ts: &str) -> Vec<String> {
    called_names(ts, "invoke")
}

/// The literal first argument of every call of `function` (`call("bootstrap")`, `f<T>("x", …)`).
fn called_names(ts: &str, function: &str) -> Vec<String> {
    let mut out = Vec::new();
    let bytes = ts.as_bytes();
    let mut at = 0;
    while let Some(found) = ts[at..].find(function) {
        let start = at + found;
        at = start + function.len();
        let word_before =
            start > 0 && (bytes[start - 1].is_ascii_alphanumeric() || bytes[start - 1] == b'_');
        if word_before {
            continue;
        }
        let mut i = at;
        if bytes.get(i) == Some(&b'<') {
            let mut depth = 0;
            while i < bytes.len() {
                match bytes[i] {
                    b'<' => depth += 1,
                    b'>' if bytes[i - 1] != b'=' => {
                        depth -= 1;
                        if depth == 0 {
                            i += 1;
                            break;
                        }
                    }
                    _ => {}
                }
                i += 1;
            }
        }
        if bytes.get(i) != Some(&b'(') {
            continue;
        }
        let rest = ts[i + 1..].trim_start();
        if let Some(rest) = rest.strip_prefix('"')
            && let Some(end) = rest.find('"')
        {
            out.push(rest[..end].to_owned());
        }
    }
    out
}

/// Names on one side and not the other, both ways, as sentences.
fn differences(table: &[&str], place: &str, names: &[String]) -> Vec<String> {
    let table: BTreeSet<&str> = table.iter().copied().collect();
    let there: BTreeSet<&str> = names.iter().map(String::as_str).collect();
    let mut out: Vec<String> = table
        .difference(&there)
        .map(|n| format!("`{n}` is in app::COMMANDS but missing from {place}"))
        .collect();
    out.extend(there.difference(&table).map(|n| {
        format!("`{n}` is in {place} but not in app::COMMANDS (crates/core/src/app/commands.rs)")
    }));
    let mut seen = BTreeSet::new();
    for n in names {
        if !seen.insert(n) {
            out.push(format!("`{n}` is named twice in {place}"));
        }
    }
    out
}

#[test]
fn the_registration_manifest_capability_and_web_view_name_exactly_the_command_table() {
    let table: Vec<&str> = COMMANDS.iter().map(|c| c.name).collect();
    let (granted, other) = capability_names();
    let mut problems = Vec::new();
    problems.extend(differences(
        &table,
        "src-tauri/src/lib.rs (generate_handler!)",
        &handler_names(),
    ));
    problems.extend(differences(
        &table,
        "src-tauri/build.rs (AppManifest commands)",
        &manifest_names(),
    ));
    problems.extend(differences(
        &table,
        "src-tauri/capabilities/main.json (allow-…)",
        &granted,
    ));
    problems.extend(differences(
        &table,
        "ui/src/api.ts (call)",
        &called_names(&read("ui/src/api.ts"), "call"),
    ));
    // The one permission beside the app's own commands: Tauri's `zoomHotkeysEnabled` (Ctrl+= and
    // Ctrl+−, for people who need large text) calls it from the web view on Linux and macOS. It
    // can only change the page's zoom.
    const ZOOM: &str = "core:webview:allow-set-webview-zoom";
    problems.extend(other.iter().filter(|p| p.as_str() != ZOOM).map(|p| {
        format!("src-tauri/capabilities/main.json grants `{p}`: the web view holds no permission but its own commands")
    }));
    assert!(problems.is_empty(), "\n{}", problems.join("\n"));
}

#[test]
fn every_command_row_is_filled_and_named_once() {
    let mut seen = BTreeSet::new();
    for c in COMMANDS {
        assert!(seen.insert(c.name), "`{}` twice in COMMANDS", c.name);
        assert!(
            c.name
                .chars()
                .all(|ch| ch.is_ascii_lowercase() || ch == '_'),
            "`{}`: commands are snake_case",
            c.name
        );
        assert!(
            !c.reply.is_empty() && !c.doc.is_empty(),
            "`{}` has no reply or doc",
            c.name
        );
    }
}

#[test]
fn only_api_ts_calls_invoke_in_the_web_view() {
    let mut pending = vec![repo().join("ui/src")];
    let mut callers = Vec::new();
    while let Some(dir) = pending.pop() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                pending.push(path);
            } else if path.extension().is_some_and(|e| e == "ts")
                && !path.ends_with("api.ts")
                && !invoked_names(&std::fs::read_to_string(&path).unwrap()).is_empty()
            {
                callers.push(path.display().to_string());
            }
        }
    }
    assert!(
        callers.is_empty(),
        "invoke outside ui/src/api.ts: {callers:?}"
    );
}

#[test]
fn the_readers_find_names_in_each_form_they_are_written() {
    assert_eq!(
        invoked_names(
            r#"invoke<{ a: B[]; c: D | null }>("mark_done", { x }); invoke("quiz"); noinvoke("x")"#
        ),
        ["mark_done", "quiz"]
    );
    assert_eq!(
        called_names(
            r#"call("bootstrap"); recall("x"); call("advice", { language })"#,
            "call"
        ),
        ["bootstrap", "advice"]
    );
    assert_eq!(quoted(r#"&[ "a", "b_c" ]"#), ["a", "b_c"]);
}
