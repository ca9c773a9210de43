//! Black-box tests of `tukiem-cli link`: the real binary, text from arguments or standard input,
//! one JSON object per link, exit 0 or 2, and the human text in both languages.

mod common;

use std::process::Output;

use common::run;

/// A scam text with a fake, the real portal and a news site.
const MESSAGE: &str = "[CSGT] Xe cua ban bi phat nguoi. Nop phat tai https://dichvucongs.top/vn. \
Cổng thật: dichvucong.gov.vn, tin tức: vnexpress.net.";

fn json_lines(o: &Output) -> Vec<serde_json::Value> {
    String::from_utf8(o.stdout.clone())
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

#[test]
fn json_gives_one_object_per_link_in_order_and_exit_2_for_a_lookalike() {
    let o = run(&["link", "--json", MESSAGE], b"");
    assert_eq!(
        o.status.code(),
        Some(2),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    assert_eq!(
        json_lines(&o),
        [
            serde_json::json!({"input": "https://dichvucongs.top/vn", "host": "dichvucongs.top",
                "verdict": "lookalike", "reasons": ["typo_added"], "imitates": "dichvucong.gov.vn"}),
            serde_json::json!({"input": "dichvucong.gov.vn", "host": "dichvucong.gov.vn",
                "verdict": "official", "reasons": ["gov_vn"], "imitates": null}),
            serde_json::json!({"input": "vnexpress.net", "host": "vnexpress.net",
                "verdict": "not_official", "reasons": ["not_gov_vn"], "imitates": null}),
        ]
    );
}

#[test]
fn arguments_are_one_message_and_no_lookalike_exits_0() {
    let o = run(
        &["link", "--json", "Vào", "dichvucong.gov.vn", "nhé"],
        b"ignored bhxh.co",
    );
    assert_eq!(o.status.code(), Some(0));
    let lines = json_lines(&o);
    assert_eq!(lines.len(), 1);
    assert_eq!(lines[0]["verdict"], "official");
}

#[test]
fn stdin_is_read_when_there_are_no_arguments_one_message_per_line() {
    let o = run(
        &["link", "--json"],
        b"bhxh.co\r\n\nAnh goi lai cho em nhe\nhttps://vneid.gov.vn\n",
    );
    assert_eq!(o.status.code(), Some(2));
    let lines = json_lines(&o);
    let verdicts: Vec<&str> = lines
        .iter()
        .map(|l| l["verdict"].as_str().unwrap())
        .collect();
    assert_eq!(verdicts, ["lookalike", "invalid", "official"]);
    // A message without a link is one object, with no host.
    assert_eq!(lines[1]["input"], "Anh goi lai cho em nhe");
    assert_eq!(lines[1]["host"], serde_json::Value::Null);
    assert_eq!(lines[1]["reasons"], serde_json::json!(["no_link"]));
}

#[test]
fn the_profiles_hosts_are_official() {
    let dir = tempfile::tempdir().unwrap();
    let profile = dir.path().join("office.toml");
    let text = include_str!("../../../profiles/default.toml").replacen(
        "id = \"namdinh-sotttt-2023\"",
        "id = \"namdinh-sotttt-2023\"\nofficial_hosts = [\"qlvb.namdinh.vn\"]",
        1,
    );
    std::fs::write(&profile, text).unwrap();
    let o = run(
        &[
            "link",
            "--json",
            "--profile",
            profile.to_str().unwrap(),
            "https://qlvb.namdinh.vn/",
        ],
        b"",
    );
    assert_eq!(o.status.code(), Some(0));
    assert_eq!(
        json_lines(&o)[0]["reasons"],
        serde_json::json!(["profile_official"])
    );
}

#[test]
fn control_characters_of_a_pasted_message_are_escaped_in_the_text_output() {
    let o = run(&["link", "--lang", "en"], b"no link here \x1b[2J\n");
    assert_eq!(o.status.code(), Some(0));
    let out = String::from_utf8(o.stdout).unwrap();
    assert!(!out.contains('\x1b'), "{out:?}");
    assert!(out.contains("\\u{1b}[2J"), "{out}");
}

#[test]
fn human_text_in_vietnamese_matches_snapshot() {
    let o = run(
        &[
            "link",
            "--lang",
            "vi",
            MESSAGE,
            "https://dichvucong.gov.vn@103.9.76.10/",
        ],
        b"",
    );
    assert_eq!(o.status.code(), Some(2));
    insta::assert_snapshot!("link_vi", String::from_utf8(o.stdout).unwrap());
}

#[test]
fn human_text_in_english_matches_snapshot() {
    let o = run(
        &[
            "link",
            "--lang",
            "en",
            MESSAGE,
            "https://dichvucong.gov.vn@103.9.76.10/",
        ],
        b"",
    );
    assert_eq!(o.status.code(), Some(2));
    insta::assert_snapshot!("link_en", String::from_utf8(o.stdout).unwrap());
}
