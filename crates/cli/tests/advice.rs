//! Black-box tests of `tukiem-cli advice`: the real binary, in a clean environment.

use std::path::Path;
use std::process::{Command, Output};

const DEFAULT_PROFILE: &str = include_str!("../../../profiles/default.toml");

fn cli(args: &[&str], env: &[(&str, &str)]) -> Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_tukiem-cli"));
    cmd.args(args)
        .env_remove("TUKIEM_PROFILE")
        // No Department bundle from this computer (`docs/bundle.md`): the embedded profile.
        .env("TUKIEM_SYSTEM_DIR", "/nonexistent/tukiem")
        .env("TUKIEM_DATA_DIR", "/nonexistent/tukiem")
        .env_remove("LANGUAGE")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", "C");
    for (k, v) in env {
        cmd.env(k, v);
    }
    cmd.output().expect("tukiem-cli runs")
}

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).unwrap()
}

fn stderr(o: &Output) -> String {
    String::from_utf8(o.stderr.clone()).unwrap()
}

#[test]
fn advice_in_vietnamese_matches_snapshot() {
    let o = cli(&["advice", "--lang", "vi"], &[]);
    assert!(o.status.success(), "{}", stderr(&o));
    insta::assert_snapshot!("advice_vi", stdout(&o));
}

#[test]
fn advice_in_english_matches_snapshot() {
    let o = cli(&["advice", "--lang", "en"], &[]);
    assert!(o.status.success(), "{}", stderr(&o));
    insta::assert_snapshot!("advice_en", stdout(&o));
}

#[test]
fn advice_prints_the_profiles_contact_in_both_languages() {
    for lang in ["vi", "en"] {
        let out = stdout(&cli(&["advice", "--lang", lang], &[]));
        for needle in [
            "Phạm Văn An",
            "0949268749",
            "phamvanan.stt@namdinh.gov.vn",
            "14/CT-TTg",
        ] {
            assert!(out.contains(needle), "{lang}: missing {needle}");
        }
    }
}

#[test]
fn language_follows_the_system_and_falls_back_to_vietnamese() {
    let en = stdout(&cli(&["advice"], &[("LANG", "en_US.UTF-8")]));
    assert!(en.starts_with("Advice from"), "{en}");
    let fallback = stdout(&cli(&["advice"], &[("LANG", "fr_FR.UTF-8")]));
    assert!(fallback.starts_with("Khuyến cáo của"), "{fallback}");
}

fn write_profile(dir: &Path, name: &str, text: &str) -> String {
    let path = dir.join(name);
    std::fs::write(&path, text).unwrap();
    path.display().to_string()
}

#[test]
fn profile_from_flag_and_environment_replaces_the_default() {
    let dir = tempfile::tempdir().unwrap();
    let path = write_profile(
        dir.path(),
        "office.toml",
        &DEFAULT_PROFILE.replace("Phạm Văn An", "Trần Thị Bình"),
    );
    let by_flag = stdout(&cli(&["advice", "--lang", "vi", "--profile", &path], &[]));
    assert!(by_flag.contains("Trần Thị Bình") && !by_flag.contains("Phạm Văn An"));
    let by_env = stdout(&cli(
        &["advice", "--lang", "vi"],
        &[("TUKIEM_PROFILE", &path)],
    ));
    assert!(by_env.contains("Trần Thị Bình"));
}

#[test]
fn broken_profile_is_a_localized_error_naming_file_line_and_field() {
    let dir = tempfile::tempdir().unwrap();
    let path = write_profile(
        dir.path(),
        "bad.toml",
        &DEFAULT_PROFILE.replace("min_length = 8", "min_length = \"tám\""),
    );
    let line = DEFAULT_PROFILE
        .lines()
        .position(|l| l.starts_with("min_length"))
        .unwrap()
        + 1;

    let vi = cli(&["advice", "--lang", "vi", "--profile", &path], &[]);
    assert_eq!(
        vi.status.code(),
        Some(65),
        "a profile that does not validate is bad data"
    );
    assert!(vi.stdout.is_empty());
    let err = stderr(&vi);
    assert!(err.contains("Không dùng được hồ sơ cơ quan"), "{err}");
    assert!(
        err.contains(&format!(
            "Tệp hồ sơ {path}, dòng {line}, mục “password_rule.min_length”"
        )),
        "{err}"
    );

    let en = stderr(&cli(&["advice", "--lang", "en", "--profile", &path], &[]));
    assert!(
        en.contains(&format!(
            "Profile file {path}, line {line}, field “password_rule.min_length”"
        )),
        "{en}"
    );
    assert!(en.contains("wrong type"), "{en}");
}

#[test]
fn missing_profile_file_says_so() {
    let o = cli(
        &[
            "advice",
            "--lang",
            "en",
            "--profile",
            "/nonexistent/office.toml",
        ],
        &[],
    );
    assert_eq!(o.status.code(), Some(66), "a missing input file");
    assert!(
        stderr(&o).contains("/nonexistent/office.toml: the file does not exist."),
        "{}",
        stderr(&o)
    );
}

#[test]
fn help_is_localized() {
    let vi = stdout(&cli(&["--help", "--lang", "vi"], &[]));
    assert!(vi.contains("Ngôn ngữ hiển thị"), "{vi}");
    let en = cli(&["--lang=en", "--help"], &[]);
    assert_eq!(en.status.code(), Some(0));
    let en = stdout(&en);
    assert!(en.contains("Display language"), "{en}");
    // The exit codes are documented where a script writer looks.
    assert!(en.contains("64 the command line is wrong"), "{en}");
    assert!(
        vi.contains("66 không có hoặc không đọc được tệp đầu vào"),
        "{vi}"
    );
}

#[test]
fn rollup_does_not_load_a_profile_it_does_not_use() {
    let reports = tempfile::tempdir().unwrap();
    let o = std::process::Command::new(env!("CARGO_BIN_EXE_tukiem-cli"))
        .args(["rollup", "--json", reports.path().to_str().unwrap()])
        .env("TUKIEM_PROFILE", "/nonexistent/broken.toml")
        .env("LANG", "C")
        .output()
        .unwrap();
    assert_eq!(
        o.status.code(),
        Some(0),
        "an empty roll-up, not a profile error: {}",
        String::from_utf8_lossy(&o.stderr)
    );
}

#[test]
fn check_stops_on_a_named_profile_it_cannot_read() {
    // `check` uses the profile (its machine allow-lists and fleet setting): a script that names
    // one must not silently get the embedded rules.
    let dir =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../scenarios/windows-healthy");
    let o = std::process::Command::new(env!("CARGO_BIN_EXE_tukiem-cli"))
        .args(["check", "--scenario", dir.to_str().unwrap()])
        .env("TUKIEM_PROFILE", "/nonexistent/broken.toml")
        .env("LANG", "C")
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(66), "66, not a check result");
    assert!(o.stdout.is_empty());
}

#[test]
fn unknown_language_is_a_usage_error() {
    let o = cli(&["advice", "--lang", "fr"], &[]);
    assert_eq!(
        o.status.code(),
        Some(64),
        "64, not 2 (which means critical)"
    );
    assert!(o.stdout.is_empty());
    let o = cli(&["no-such-command"], &[]);
    assert_eq!(o.status.code(), Some(64));
}

#[test]
fn original_prints_the_letter_word_for_word() {
    let o = cli(&["--lang", "vi", "advice", "--original"], &[]);
    assert!(o.status.success());
    let out = stdout(&o);
    assert!(out.starts_with("Kính gửi:\n"), "{out}");
    assert!(out.contains(
        "1. Thực hiện thay đổi mật khẩu ngay sau lần đầu tiên đăng nhập các ứng dụng, phần mềm."
    ));
    assert!(out.trim_end().ends_with("Vũ Trọng Quế"), "{out}");
}

#[test]
fn original_of_a_profile_without_one_says_so_and_fails() {
    let dir = tempfile::tempdir().unwrap();
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../profiles/default.toml"
    ))
    .unwrap()
    .replace("original_text = \"default-letter.txt\"\n", "");
    let path = write_profile(dir.path(), "p.toml", &text);
    let o = cli(
        &["--lang", "vi", "--profile", &path, "advice", "--original"],
        &[],
    );
    assert_eq!(
        o.status.code(),
        Some(65),
        "the profile holds no original text"
    );
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.contains("không kèm nguyên văn"), "{err}");

    // Named but missing beside the profile: the file is named, the content never.
    let text = text.replace(
        "signer_title = { vi = \"Giám đốc\", en = \"Director\" }\n",
        "signer_title = { vi = \"Giám đốc\", en = \"Director\" }\noriginal_text = \"missing.txt\"\n",
    );
    let path = write_profile(dir.path(), "q.toml", &text);
    let o = cli(
        &["--lang", "vi", "--profile", &path, "advice", "--original"],
        &[],
    );
    assert_eq!(
        o.status.code(),
        Some(66),
        "the file it names cannot be read"
    );
    assert!(String::from_utf8_lossy(&o.stderr).contains("missing.txt"));
    // The advice itself still works with that profile.
    assert!(
        cli(&["--lang", "vi", "--profile", &path, "advice"], &[])
            .status
            .success()
    );
}
