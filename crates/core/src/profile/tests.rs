use super::*;

const DEFAULT: &str = include_str!("../../../../profiles/default.toml");

fn broken(edit: impl Fn(&str) -> String) -> ProfileError {
    Profile::parse(&edit(DEFAULT), "office.toml").expect_err("edited profile should be rejected")
}

#[test]
fn embedded_profile_carries_the_letters_contact_and_rule() {
    let p = Profile::embedded();
    assert_eq!(p.contact.name, "Phạm Văn An");
    assert_eq!(p.contact.phone, "0949268749");
    assert_eq!(p.contact.email, "phamvanan.stt@namdinh.gov.vn");
    assert_eq!(p.document.date, "2023-11-02");
    assert_eq!(p.document.signer_name, "Vũ Trọng Quế");
    assert_eq!(p.password_rule.min_length, 8);
    assert!(p.password_rule.require_upper && p.password_rule.require_lower);
    assert!(p.password_rule.require_digit && p.password_rule.require_special);
    for c in ['*', '#', '@', '$'] {
        assert!(
            p.password_rule.specials.contains(c),
            "letter's special {c} missing"
        );
    }
    let ids: Vec<&str> = p.systems.iter().map(|s| s.id.as_str()).collect();
    assert_eq!(ids, ["dich-vu-cong", "quan-ly-van-ban", "thu-cong-vu"]);
}

#[test]
fn unpublished_urls_are_absent_not_empty_strings() {
    let p = Profile::embedded();
    assert!(
        p.systems
            .iter()
            .all(|s| s.login_url().is_none() && s.change_password_url().is_none())
    );
}

#[test]
fn syntax_error_names_file_and_line() {
    let e = broken(|t| t.replace("phone = \"0949268749\"", "phone = \"0949268749"));
    assert_eq!(e.file, "office.toml");
    let line = DEFAULT
        .lines()
        .position(|l| l.starts_with("phone ="))
        .unwrap()
        + 1;
    assert_eq!(e.line, Some(line));
    assert!(matches!(e.kind, ProfileErrorKind::Syntax { .. }), "{e:?}");
}

#[test]
fn wrong_type_names_the_field_and_its_line() {
    let e = broken(|t| t.replace("min_length = 8", "min_length = \"eight\""));
    assert_eq!(e.field.as_deref(), Some("password_rule.min_length"));
    let line = DEFAULT
        .lines()
        .position(|l| l.starts_with("min_length"))
        .unwrap()
        + 1;
    assert_eq!(e.line, Some(line));
    assert!(
        matches!(e.kind, ProfileErrorKind::WrongType { .. }),
        "{e:?}"
    );
}

#[test]
fn missing_field_is_named_with_its_table() {
    let e = broken(|t| t.replace("email = \"phamvanan.stt@namdinh.gov.vn\"\n", ""));
    assert_eq!(e.field.as_deref(), Some("contact.email"));
    assert_eq!(e.kind, ProfileErrorKind::MissingField);
    assert!(e.line.is_some());
}

#[test]
fn misspelt_field_is_reported_as_unknown() {
    let e = broken(|t| t.replace("signer_name =", "signer_nmae ="));
    assert_eq!(e.field.as_deref(), Some("document.signer_nmae"));
    assert_eq!(e.kind, ProfileErrorKind::UnknownField);
}

#[test]
fn error_inside_second_system_points_into_the_array() {
    let e = broken(|t| replace_nth(t, "login_url = \"\"", "login_url = 5", 1));
    assert_eq!(e.field.as_deref(), Some("systems[1].login_url"));
    let (at, _) = DEFAULT.match_indices("login_url").nth(1).unwrap();
    assert_eq!(e.line, Some(DEFAULT[..at].matches('\n').count() + 1));
}

/// Replaces the `n`th (0-based) occurrence of `pat`.
fn replace_nth(text: &str, pat: &str, with: &str, n: usize) -> String {
    let (at, _) = text.match_indices(pat).nth(n).expect("pattern occurs");
    format!("{}{}{}", &text[..at], with, &text[at + pat.len()..])
}

#[test]
fn javascript_url_is_refused_with_field_and_line() {
    let text = replace_nth(
        DEFAULT,
        "change_password_url = \"\"",
        "change_password_url = \"javascript:alert(1)\"",
        1,
    );
    let e = Profile::parse(&text, "x.toml").unwrap_err();
    assert_eq!(e.field.as_deref(), Some("systems[1].change_password_url"));
    assert_eq!(
        e.kind,
        ProfileErrorKind::Invalid {
            reason: validate::Reason::BadUrl
        }
    );
    let expected_line = text
        .lines()
        .position(|l| l.contains("javascript:"))
        .map(|i| i + 1);
    assert_eq!(e.line, expected_line);
}

#[test]
fn published_https_url_is_kept() {
    let text = DEFAULT.replacen(
        "login_url = \"\"",
        "login_url = \"https://dichvucong.namdinh.gov.vn\"",
        1,
    );
    let p = Profile::parse(&text, "x.toml").unwrap();
    assert_eq!(
        p.systems[0].login_url(),
        Some("https://dichvucong.namdinh.gov.vn")
    );
}

#[test]
fn duplicate_system_ids_are_refused() {
    let e = broken(|t| t.replace("id = \"thu-cong-vu\"", "id = \"dich-vu-cong\""));
    assert_eq!(e.field.as_deref(), Some("systems[2].id"));
    assert_eq!(
        e.kind,
        ProfileErrorKind::Invalid {
            reason: validate::Reason::DuplicateId
        }
    );
}

#[test]
fn rule_weaker_than_the_letter_is_refused() {
    let e = broken(|t| t.replace("min_length = 8", "min_length = 6"));
    assert_eq!(e.field.as_deref(), Some("password_rule.min_length"));
    assert!(matches!(
        e.kind,
        ProfileErrorKind::Invalid {
            reason: validate::Reason::MinLengthOutOfRange
        }
    ));
}

#[test]
fn impossible_date_is_refused() {
    let e = broken(|t| t.replace("2023-11-02", "2023-02-30"));
    assert_eq!(e.field.as_deref(), Some("document.date"));
}

#[test]
fn empty_contact_name_is_refused() {
    let e = broken(|t| t.replace("name = \"Phạm Văn An\"", "name = \"  \""));
    assert_eq!(e.field.as_deref(), Some("contact.name"));
    assert_eq!(
        e.kind,
        ProfileErrorKind::Invalid {
            reason: validate::Reason::Empty
        }
    );
}

#[test]
fn another_agency_needs_no_code_change() {
    let text = DEFAULT
        .replace(
            "Sở Thông tin và Truyền thông tỉnh Nam Định",
            "Sở Khoa học và Công nghệ tỉnh Ninh Bình",
        )
        .replace("phamvanan.stt@namdinh.gov.vn", "hotro@ninhbinh.gov.vn");
    let p = Profile::parse(&text, "ninhbinh.toml").unwrap();
    assert_eq!(
        p.agency.name.get(Lang::Vi),
        "Sở Khoa học và Công nghệ tỉnh Ninh Bình"
    );
    assert_eq!(p.contact.email, "hotro@ninhbinh.gov.vn");
}

#[test]
fn missing_file_falls_back_to_embedded_with_reason() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("nope.toml");
    let loaded = Profile::load_or_embedded(Some(&path));
    assert_eq!(loaded.source, ProfileSource::Embedded);
    assert_eq!(loaded.profile, Profile::embedded());
    let reason = loaded.fallback_reason.unwrap();
    assert_eq!(reason.kind, ProfileErrorKind::NotFound);
    assert_eq!(reason.file, path.display().to_string());
}

#[test]
fn non_utf8_file_is_reported() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("latin1.toml");
    std::fs::write(&path, b"id = \"caf\xe9\"\n").unwrap();
    assert_eq!(
        Profile::from_file(&path).unwrap_err().kind,
        ProfileErrorKind::NotUtf8
    );
}

#[test]
fn good_file_is_used_and_named_as_source() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("office.toml");
    std::fs::write(&path, DEFAULT.replace("0949268749", "0912 345 678")).unwrap();
    let loaded = Profile::load_or_embedded(Some(&path));
    assert!(loaded.fallback_reason.is_none());
    assert_eq!(loaded.source, ProfileSource::File(path));
    assert_eq!(loaded.profile.contact.phone, "0912 345 678");
}

#[test]
fn flag_beats_environment_and_empty_environment_is_ignored() {
    use std::ffi::OsString;
    let flag = Some(PathBuf::from("a.toml"));
    let env = Some(OsString::from("b.toml"));
    assert_eq!(
        Profile::requested_path(flag, env.clone()),
        Some(PathBuf::from("a.toml"))
    );
    assert_eq!(
        Profile::requested_path(None, env),
        Some(PathBuf::from("b.toml"))
    );
    assert_eq!(Profile::requested_path(None, Some(OsString::new())), None);
}

#[test]
fn iso_dates_check_the_calendar() {
    assert_eq!(parse_iso_date("2024-02-29"), Some((2024, 2, 29)));
    assert_eq!(parse_iso_date("2023-02-29"), None);
    assert_eq!(parse_iso_date("2023-13-01"), None);
    assert_eq!(parse_iso_date("02/11/2023"), None);
}

#[test]
fn only_web_addresses_are_accepted_with_a_located_localized_error() {
    let line = DEFAULT
        .lines()
        .position(|l| l.starts_with("login_url"))
        .unwrap()
        + 1;
    for url in [
        "file:///etc/passwd",
        "ftp://files.namdinh.gov.vn/",
        "mailto:phamvanan.stt@namdinh.gov.vn",
        "javascript:alert(1)",
        "data:text/html,hello",
        "smb://server/share",
        "//dichvucong.namdinh.gov.vn",
        "dichvucong.namdinh.gov.vn",
        "http:/dichvucong.namdinh.gov.vn",
        "https://",
        "https:///path",
        "https://dich vu cong.vn",
        " https://dichvucong.namdinh.gov.vn",
    ] {
        let text = DEFAULT.replacen("login_url = \"\"", &format!("login_url = \"{url}\""), 1);
        let e = Profile::parse(&text, "office.toml").expect_err(url);
        assert_eq!(e.field.as_deref(), Some("systems[0].login_url"), "{url}");
        assert_eq!(e.line, Some(line), "{url}");
        assert_eq!(
            e.kind,
            ProfileErrorKind::Invalid {
                reason: validate::Reason::BadUrl
            },
            "{url}"
        );
        let vi = crate::Localizer::new(Lang::Vi);
        let en = crate::Localizer::new(Lang::En);
        assert_eq!(
            vi.render(&e.location()),
            format!("Tệp hồ sơ office.toml, dòng {line}, mục “systems[0].login_url”:")
        );
        assert!(vi.render(&e.reason()).contains("https://"), "{url}");
        assert!(
            en.render(&e.reason())
                .starts_with("the address must start with https:// or http://"),
            "{url}"
        );
    }
    for url in [
        "https://dichvucong.namdinh.gov.vn",
        "http://10.0.0.5:8080/qlvb/doimatkhau?lang=vi",
    ] {
        let text = DEFAULT.replacen("login_url = \"\"", &format!("login_url = \"{url}\""), 1);
        let p = Profile::parse(&text, "office.toml").expect(url);
        assert_eq!(p.systems[0].page_url(), Some(url));
    }
}

#[test]
fn the_change_password_page_is_preferred_over_the_login_page() {
    let text = DEFAULT
        .replacen(
            "login_url = \"\"",
            "login_url = \"https://dichvucong.namdinh.gov.vn\"",
            1,
        )
        .replacen(
            "change_password_url = \"\"",
            "change_password_url = \"https://dichvucong.namdinh.gov.vn/doi-mat-khau\"",
            1,
        )
        .replacen(
            "login_url = \"\"",
            "login_url = \"https://qlvb.namdinh.gov.vn\"",
            1,
        );
    let p = Profile::parse(&text, "office.toml").unwrap();
    assert_eq!(
        p.system_page("dich-vu-cong"),
        Ok("https://dichvucong.namdinh.gov.vn/doi-mat-khau")
    );
    assert_eq!(
        p.system_page("quan-ly-van-ban"),
        Ok("https://qlvb.namdinh.gov.vn")
    );
    assert_eq!(p.system_page("thu-cong-vu"), Err(PageError::NoAddress));
    assert_eq!(p.system_page("no-such"), Err(PageError::UnknownSystem));
}

#[test]
fn a_system_without_an_address_has_no_page_to_open() {
    let p = Profile::embedded();
    for s in &p.systems {
        assert_eq!(p.system_page(&s.id), Err(PageError::NoAddress));
    }
    assert_eq!(PageError::NoAddress.msg().id, "pw-open-no-url");
    assert_eq!(PageError::UnknownSystem.msg().id, "pw-unknown-system");
}

#[test]
fn a_struct_built_in_code_with_a_bad_scheme_still_never_yields_it() {
    // Profiles only come from `parse`, which refuses such addresses; `page_url` checks again
    // because its answer is handed to the operating system.
    let mut p = Profile::embedded();
    p.systems[0].change_password_url = "file:///etc/passwd".into();
    assert_eq!(p.systems[0].page_url(), None);
}

#[test]
fn official_hosts_are_host_names_and_anything_else_is_refused_with_its_field() {
    let with = |hosts: &str| {
        DEFAULT.replacen(
            "id = \"namdinh-sotttt-2023\"",
            &format!("id = \"namdinh-sotttt-2023\"\nofficial_hosts = {hosts}"),
            1,
        )
    };
    let p = Profile::parse(
        &with("[\"qlvb.namdinh.vn\", \"cong.namdinh.vn\"]"),
        "x.toml",
    )
    .unwrap();
    assert_eq!(p.official_hosts, ["qlvb.namdinh.vn", "cong.namdinh.vn"]);
    assert!(Profile::embedded().official_hosts.is_empty());
    for bad in [
        "https://qlvb.namdinh.vn/",
        "qlvb.namdinh.vn:8080",
        "10.0.0.5",
        "localhost",
        "a b.vn",
    ] {
        let e = Profile::parse(
            &with(&format!("[\"qlvb.namdinh.vn\", \"{bad}\"]")),
            "x.toml",
        )
        .unwrap_err();
        assert_eq!(e.field.as_deref(), Some("official_hosts[1]"), "{bad}");
        assert_eq!(
            e.kind,
            ProfileErrorKind::Invalid {
                reason: validate::Reason::BadHost
            },
            "{bad}"
        );
    }
}
