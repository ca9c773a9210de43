//! Profiles as an attacker or an unlucky user would write them (issue 11): hidden direction and
//! invisible characters, terminal escapes, huge strings, too many systems, FIFOs and devices in
//! place of the file.

use super::*;

const DEFAULT: &str = include_str!("../../../../profiles/default.toml");

fn invalid_reason(text: &str) -> (validate::Reason, Option<String>) {
    let e = Profile::parse(text, "office.toml").expect_err("should be refused");
    match e.kind {
        ProfileErrorKind::Invalid { reason } => (reason, e.field),
        other => panic!("{other:?}"),
    }
}

#[test]
fn a_url_with_a_right_to_left_override_or_an_invisible_character_is_refused() {
    for hidden in [
        '\u{202E}', '\u{2066}', '\u{200B}', '\u{FEFF}', '\u{200F}', '\u{202A}',
    ] {
        let url = format!("https://dichvucong.gov.vn/{hidden}lmth.xe");
        let text = DEFAULT.replacen("login_url = \"\"", &format!("login_url = \"{url}\""), 1);
        let (reason, field) = invalid_reason(&text);
        assert_eq!(reason, validate::Reason::HiddenCharacters, "{hidden:?}");
        assert_eq!(field.as_deref(), Some("systems[0].login_url"));
    }
}

#[test]
fn terminal_escapes_in_any_text_field_are_refused_and_the_error_has_words() {
    // The contact's `name =` line, not a comment that quotes the letter.
    let name = "name = \"Ph\u{1ea1}m V\u{103}n An\"";
    assert!(DEFAULT.contains(name));
    let text = DEFAULT.replacen(name, "name = \"An\\u001b]0;pwned\\u0007\\u001b[2J\"", 1);
    let e = Profile::parse(&text, "x.toml").unwrap_err();
    assert_eq!(e.field.as_deref(), Some("contact.name"));
    for lang in [Lang::Vi, Lang::En] {
        let l = crate::Localizer::new(lang);
        let said = l.render(&e.reason());
        assert!(
            !said.contains('\u{1b}') && !said.contains("profile-reason"),
            "{said}"
        );
    }
}

#[test]
fn very_long_text_and_too_many_systems_are_refused() {
    let long = "A".repeat(validate::MAX_TEXT_CHARS + 1);
    let text = DEFAULT.replacen(
        "name = \"Ph\u{1ea1}m V\u{103}n An\"",
        &format!("name = \"{long}\""),
        1,
    );
    assert_eq!(invalid_reason(&text).0, validate::Reason::TooLong);

    let start = DEFAULT.find("[[systems]]").unwrap();
    let end = DEFAULT.find("[password_rule]").unwrap();
    let mut text = DEFAULT[..start].to_owned();
    for i in 0..=validate::MAX_SYSTEMS {
        text.push_str(&format!(
            "[[systems]]\nid = \"he-thong-{i}\"\nname = {{ vi = \"H\u{1ec7} th\u{1ed1}ng {i}\", en = \"System {i}\" }}\n\n"
        ));
    }
    text.push_str(&DEFAULT[end..]);
    assert_eq!(invalid_reason(&text).0, validate::Reason::TooManySystems);
}

#[test]
fn a_profile_file_over_the_cap_is_refused_before_parsing() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("huge.toml");
    let mut text = DEFAULT.to_owned();
    text.push_str(&format!("# {}\n", "x".repeat(MAX_FILE_BYTES as usize)));
    std::fs::write(&path, text).unwrap();
    let e = Profile::from_file(&path).unwrap_err();
    assert_eq!(e.kind, ProfileErrorKind::TooLarge { megabytes: 1 });
    assert_eq!(e.reason().id, "profile-reason-too-large");
}

#[cfg(unix)]
#[test]
fn a_fifo_or_a_device_link_as_the_profile_is_refused_without_blocking() {
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("fifo.toml");
    let c = std::ffi::CString::new(fifo.as_os_str().as_encoded_bytes()).unwrap();
    // SAFETY: `c` is a valid NUL-terminated path; mkfifo only creates a file system node.
    assert_eq!(unsafe { libc::mkfifo(c.as_ptr(), 0o600) }, 0);
    let zero = dir.path().join("zero.toml");
    std::os::unix::fs::symlink("/dev/zero", &zero).unwrap();
    for path in [fifo, zero] {
        let loaded = Profile::load_or_embedded(Some(&path));
        assert_eq!(loaded.source, ProfileSource::Embedded);
        let e = loaded.fallback_reason.unwrap();
        assert_eq!(e.kind, ProfileErrorKind::NotAFile);
        assert_eq!(e.reason().id, "profile-reason-not-a-file");
    }
}
