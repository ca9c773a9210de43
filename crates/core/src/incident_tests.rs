use super::*;
use crate::checks::{Finding, OsKind};
use crate::i18n::message_ids;

/// 2026-11-25 09:14 in Việt Nam (02:14 UTC).
const NOW: Clock = Clock {
    unix: 1_795_572_840,
    utc_offset_minutes: 420,
};

fn profile() -> Profile {
    Profile::embedded()
}

fn report(findings: Vec<Finding>) -> CheckReport {
    let mut r = CheckReport::new(NOW.unix - 3600, OsKind::Windows);
    r.status = findings
        .iter()
        .map(|f| f.status)
        .max()
        .unwrap_or(Status::Ok);
    r.findings = findings;
    r
}

/// A finding with the id `id`, given by the check that gives such ids (as the runner marks it).
fn finding(id: &str, status: Status) -> Finding {
    let check = match id {
        "antivirus" | "remote-access" | "stealer-detections" | "hosts-file" | "proxy" => [
            "antivirus",
            "remote-access",
            "stealer-detections",
            "hosts-file",
            "proxy",
        ]
        .into_iter()
        .find(|c| *c == id)
        .unwrap(),
        "browser-extensions" => "browser-extensions",
        b if b.starts_with("browser-") => "browser-passwords",
        _ => "",
    };
    Finding::new(id, status, Msg::new("x"), Msg::new("x")).from_check(check)
}

/// The value of one `mailto:` header field, percent-decoded.
fn field(uri: &str, name: &str) -> String {
    let query = uri.split_once('?').unwrap().1;
    let raw = query
        .split('&')
        .find_map(|kv| kv.strip_prefix(&format!("{name}=")))
        .unwrap();
    decode(raw)
}

fn decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            out.push(u8::from_str_radix(&s[i + 1..i + 3], 16).unwrap());
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).unwrap()
}

#[test]
fn encode_keeps_unreserved_and_percent_encodes_utf8_bytes() {
    assert_eq!(encode("Báo sự cố"), "B%C3%A1o%20s%E1%BB%B1%20c%E1%BB%91");
    assert_eq!(encode("a-b.c_d~e"), "a-b.c_d~e");
    assert_eq!(encode("1+1=2&x?#%"), "1%2B1%3D2%26x%3F%23%25");
    assert_eq!(encode("\r\n"), "%0D%0A");
}

#[test]
fn mailto_goes_to_the_profile_contact_with_subject_and_crlf_body() {
    let mail = compose(&profile(), Lang::Vi, Kind::Malware, NOW, None);
    let uri = mail.mailto();
    assert!(
        uri.starts_with("mailto:phamvanan.stt@namdinh.gov.vn?subject="),
        "{uri}"
    );
    assert!(uri.contains("&body="), "{uri}");
    assert!(
        !uri.contains([' ', '\n', '\r', '+']),
        "unencoded characters: {uri}"
    );
    assert!(uri.is_ascii());
    assert!(uri.contains("%0D%0A"));
    assert_eq!(field(&uri, "subject"), mail.subject);
    assert_eq!(field(&uri, "body"), mail.body.replace('\n', "\r\n"));
    assert!(!field(&uri, "body").replace("\r\n", "").contains('\n'));
}

#[test]
fn an_odd_address_cannot_break_out_of_the_to_field() {
    let mut mail = compose(&profile(), Lang::Vi, Kind::Other, NOW, None);
    mail.to = "it+so?x=1&body=evil@so.gov.vn".into();
    let uri = mail.mailto();
    assert!(
        uri.starts_with("mailto:it%2Bso%3Fx%3D1%26body%3Devil@so.gov.vn?subject="),
        "{uri}"
    );
    assert_eq!(uri.matches("&body=").count(), 1);
}

#[test]
fn a_mail_of_no_known_kind_is_titled_an_incident_not_with_the_choices_words() {
    let mail = compose(&profile(), Lang::Vi, Kind::Other, NOW, None);
    assert_eq!(mail.subject, "Báo sự cố an toàn thông tin (chưa rõ loại)");
    let sender = Sender {
        name: None,
        unit: Some("UBND xã Yên Bằng".into()),
    };
    let mail = compose_from(&profile(), Lang::En, Kind::Other, NOW, None, &sender);
    assert_eq!(
        mail.subject,
        "Information security incident report (kind not yet known) — UBND xã Yên Bằng"
    );
}

#[test]
fn vietnamese_mail_names_the_kind_the_date_and_the_contact() {
    let mail = compose(&profile(), Lang::Vi, Kind::Malware, NOW, None);
    assert_eq!(mail.to, "phamvanan.stt@namdinh.gov.vn");
    assert_eq!(mail.subject, "Báo sự cố: Máy tính nghi nhiễm mã độc");
    assert!(
        mail.body.starts_with(
            "Kính gửi: Ông Phạm Văn An, Chuyên viên Phòng Chuyển đổi số, \
             Sở Thông tin và Truyền thông tỉnh Nam Định.\n"
        ),
        "{}",
        mail.body
    );
    assert!(
        mail.body
            .contains("Loại sự cố: Máy tính nghi nhiễm mã độc\n"),
        "{}",
        mail.body
    );
    assert!(
        mail.body.contains("Ngày báo: 25/11/2026\n"),
        "{}",
        mail.body
    );
    assert!(
        mail.body.contains("chưa được kiểm tra bằng TựKiểm"),
        "{}",
        mail.body
    );
    assert!(mail.text.starts_with(
        "Gửi đến: phamvanan.stt@namdinh.gov.vn\nTiêu đề: Báo sự cố: Máy tính nghi nhiễm mã độc\n\nKính gửi:"
    ), "{}", mail.text);
    assert!(mail.text.ends_with(&mail.body));
    assert!(
        mail.body
            .ends_with("Kính mong được hướng dẫn các bước tiếp theo.\nTrân trọng cảm ơn."),
        "{}",
        mail.body
    );
}

#[test]
fn the_senders_name_and_unit_sign_the_mail_and_the_unit_names_the_subject() {
    let sender = Sender {
        name: Some("  Nguyễn Thị Hoa ".into()),
        unit: Some("UBND xã Nghĩa Hùng\nBcc: x@y.z".into()),
    };
    let mail = compose_from(&profile(), Lang::Vi, Kind::Account, NOW, None, &sender);
    assert_eq!(
        mail.subject,
        "Báo sự cố: Tài khoản bị người khác chiếm — UBND xã Nghĩa Hùng Bcc: x@y.z"
    );
    assert!(
        mail.body.contains(
            "Tôi là Nguyễn Thị Hoa, công tác tại UBND xã Nghĩa Hùng Bcc: x@y.z. Tôi xin thông báo sự cố"
        ),
        "{}",
        mail.body
    );
    assert!(
        mail.body.contains("- Số điện thoại của tôi:"),
        "{}",
        mail.body
    );
    assert!(!mail.body.contains("Họ tên, đơn vị"), "{}", mail.body);
    assert!(
        mail.body
            .ends_with("Trân trọng cảm ơn.\nNguyễn Thị Hoa\nUBND xã Nghĩa Hùng Bcc: x@y.z")
    );
    // Blank fields are "not given".
    let blank = Sender {
        name: Some("   ".into()),
        unit: None,
    };
    let mail = compose_from(&profile(), Lang::Vi, Kind::Account, NOW, None, &blank);
    assert_eq!(
        mail,
        compose(&profile(), Lang::Vi, Kind::Account, NOW, None)
    );
}

#[test]
fn english_mail_uses_the_english_names_and_date() {
    let mail = compose(&profile(), Lang::En, Kind::Account, NOW, None);
    assert_eq!(mail.subject, "Incident report: Account taken over");
    assert!(
        mail.body
            .contains("Specialist, Digital Transformation Division")
    );
    assert!(mail.body.contains("Nov 25, 2026"), "{}", mail.body);
    assert!(
        mail.text
            .starts_with("To: phamvanan.stt@namdinh.gov.vn\nSubject: Incident report")
    );
}

#[test]
fn the_date_is_the_users_local_date() {
    // 2026-11-24 20:00 UTC is already the 25th in Việt Nam, still the 24th in London.
    let evening_utc = 1_795_550_400;
    let hanoi = Clock {
        unix: evening_utc,
        utc_offset_minutes: 420,
    };
    let london = Clock {
        unix: evening_utc,
        utc_offset_minutes: 0,
    };
    let l = Localizer::new(Lang::Vi);
    assert_eq!(l.render(&super::date_of(hanoi, evening_utc)), "25/11/2026");
    assert_eq!(super::time_of(hanoi, evening_utc), "03:00");
    assert_eq!(l.render(&super::date_of(london, evening_utc)), "24/11/2026");
    assert_eq!(super::time_of(london, evening_utc), "20:00");
}

#[test]
fn a_check_time_out_of_any_calendar_is_unknown_not_a_panic() {
    let l = Localizer::new(Lang::Vi);
    for unix in [i64::MAX, i64::MIN] {
        let now = Clock {
            unix,
            utc_offset_minutes: 420,
        };
        assert_eq!(l.render(&super::date_of(now, unix)), l.text("date-unknown"));
        assert_eq!(super::time_of(now, unix), "--:--");
        let last = LastCheck {
            checked_at: unix,
            status: Status::Warning,
        };
        let mail = compose(
            &Profile::embedded(),
            Lang::Vi,
            Kind::Other,
            now,
            Some(&CheckSummary::of_last(&last)),
        );
        assert!(mail.body.contains(&l.text("date-unknown")));
    }
}

#[test]
fn an_impossible_offset_is_clamped() {
    let wild = Clock {
        unix: 0,
        utc_offset_minutes: i32::MAX,
    };
    assert_eq!(super::time_of(wild, 0), "14:00");
    let wild = Clock {
        unix: 0,
        utc_offset_minutes: i32::MIN,
    };
    assert_eq!(super::time_of(wild, 0), "10:00");
}

#[test]
fn a_check_of_this_session_gives_counts_and_names_in_words_what_needs_work() {
    let r = report(vec![
        finding("antivirus", Status::Ok),
        finding("browser-passwords", Status::Critical),
        finding("remote-access", Status::Warning),
    ]);
    let mail = compose(
        &profile(),
        Lang::Vi,
        Kind::Malware,
        NOW,
        Some(&CheckSummary::of_report(&r)),
    );
    assert!(
        mail.body.contains(
            "Kiểm tra máy bằng TựKiểm lúc 08:14 ngày 25/11/2026: 1 mục nguy hiểm, 1 mục cần xem lại, 1 mục tốt.\n\
             - Mật khẩu lưu trong trình duyệt: Nguy hiểm\n\
             - Phần mềm điều khiển máy từ xa: Cần xem lại\n"
        ),
        "{}",
        mail.body
    );
    assert!(
        !mail.body.contains("phòng, chống mã độc:"),
        "ok findings are only counted"
    );
    assert!(!mail.body.contains("browser-"), "no English codes");

    let en = compose(
        &profile(),
        Lang::En,
        Kind::Malware,
        NOW,
        Some(&CheckSummary::of_report(&r)),
    );
    assert!(
        en.body
            .contains("1 dangerous item, 1 item to review, 1 item fine."),
        "{}",
        en.body
    );
    assert!(
        en.body.contains("- Passwords saved in browsers: Dangerous"),
        "{}",
        en.body
    );
}

#[test]
fn nothing_but_codes_statuses_and_counts_leave_the_report() {
    // What a finding may know about the machine: paths under the home folder, a user name, a
    // saved site. None of it may reach the mail.
    let mut f = finding("browser-passwords", Status::Critical);
    f.title = Msg::new("check-title").arg("profile", "nguyenvana");
    f.summary = Msg::new("x").arg("path", "/home/nguyenvana/.config/google-chrome");
    f = f
        .evidence("path", "C:\\Users\\nguyenvana\\AppData")
        .evidence("username", "nguyenvana")
        .evidence("domains", vec!["dichvucong.namdinh.gov.vn"])
        .advise(Msg::new("x").arg("user", "nguyenvana"));
    let mut r = report(vec![
        f,
        finding("browser-chrome-/home/nguyenvana", Status::Warning),
        finding("Remote Access Nguyenvana", Status::Warning),
    ]);
    r.browsers = Vec::new();
    let summary = CheckSummary::of_report(&r);
    for lang in Lang::ALL {
        let mail = compose(&profile(), lang, Kind::Malware, NOW, Some(&summary));
        let uri = mail.mailto();
        for leaked in [&mail.text, &uri] {
            let lower = leaked.to_lowercase();
            assert!(!lower.contains("nguyenvana"), "{leaked}");
            assert!(!lower.contains("home"), "{leaked}");
            assert!(!lower.contains("users"), "{leaked}");
            assert!(!lower.contains("dichvucong"), "{leaked}");
        }
        assert!(!mail.body.contains("?"), "unsafe codes are not copied");
        assert!(
            mail.body
                .matches(
                    "
- "
                )
                .count()
                >= 2,
            "{}",
            mail.body
        );
    }
}

#[test]
fn a_long_list_of_findings_is_cut_and_counted() {
    // Browser profiles read as one line per status; other codes each have their own kind.
    let findings = (0..10)
        .map(|i| finding(&format!("browser-profile-{i}"), Status::Warning))
        .chain([
            finding("antivirus", Status::Critical),
            finding("remote-access", Status::Critical),
            finding("browser-profile-x", Status::Critical),
            finding("remote-access", Status::Unknown),
            finding("antivirus", Status::Unknown),
        ])
        .collect();
    let mail = compose(
        &profile(),
        Lang::Vi,
        Kind::Other,
        NOW,
        Some(&CheckSummary::of_report(&report(findings))),
    );
    assert_eq!(
        mail.body
            .matches("\n- Mật khẩu lưu trong trình duyệt: ")
            .count(),
        1,
        "{}",
        mail.body
    );
    assert_eq!(
        mail.body.matches(": Nguy hiểm\n").count(),
        3,
        "{}",
        mail.body
    );
    assert!(mail.body.contains("\n- và 2 mục khác\n"), "{}", mail.body);
}

#[test]
fn a_check_from_an_earlier_session_gives_its_date_and_overall_status() {
    let last = LastCheck {
        checked_at: NOW.unix - 2 * 86_400,
        status: Status::Warning,
    };
    let mail = compose(
        &profile(),
        Lang::Vi,
        Kind::Suspicious,
        NOW,
        Some(&CheckSummary::of_last(&last)),
    );
    assert!(
        mail.body.contains(
            "Kiểm tra máy bằng TựKiểm lúc 09:14 ngày 23/11/2026: kết quả chung “Cần xem lại”."
        ),
        "{}",
        mail.body
    );
}

#[test]
fn the_mailto_uri_stays_short_enough_for_mail_programs() {
    // Some mail programs cut `mailto:` URIs near 2,000 characters. Worst case: the longest
    // kind, the longest codes, more findings than are listed, in both languages.
    let findings = (0..20)
        .map(|i| finding(&format!("{i:02}{}", "x".repeat(38)), Status::Unknown))
        .chain([
            finding("a", Status::Critical),
            finding("b", Status::Warning),
        ])
        .collect();
    let summary = CheckSummary::of_report(&report(findings));
    for lang in Lang::ALL {
        for kind in Kind::ALL {
            let uri = compose(&profile(), lang, kind, NOW, Some(&summary)).mailto();
            assert!(
                uri.len() <= 2000,
                "{lang} {kind:?}: {} characters",
                uri.len()
            );
        }
    }
}

#[test]
fn every_kind_has_words_in_both_languages() {
    for lang in Lang::ALL {
        let ids = message_ids(lang);
        for choice in kinds() {
            for m in [&choice.label, &choice.hint] {
                assert!(ids.contains(&m.id), "{lang}: {}", m.id);
            }
            assert!(choice.label.id.ends_with(choice.code.code()));
        }
    }
}

#[test]
fn kinds_travel_as_their_codes() {
    for kind in Kind::ALL {
        let json = serde_json::to_string(&kind).unwrap();
        assert_eq!(json, format!("\"{}\"", kind.code()));
        assert_eq!(serde_json::from_str::<Kind>(&json).unwrap(), kind);
    }
    assert!(serde_json::from_str::<Kind>("\"mailto\"").is_err());
}

#[test]
fn contact_comes_from_the_profile_in_the_language_asked() {
    let c = Contact::of(&profile(), Lang::En);
    assert_eq!(c.name, "Mr Phạm Văn An");
    assert_eq!(c.letter_date, "Nov 2, 2023");
    assert_eq!(c.phone, "0949268749");
    assert_eq!(
        c.phone_shown, "0949 268 749",
        "shown grouped; copied as written"
    );
    assert_eq!(c.role, "Specialist, Digital Transformation Division");
    assert_eq!(
        c.agency,
        "Nam Dinh Department of Information and Communications"
    );
}

/// The stealer check's finding for `threat` detected on `detected`, with its report button.
fn stealer_found(threat: &str, detected: &str) -> Finding {
    finding("stealer-detections", Status::Critical).action(crate::checks::Action::OpenIncident {
        incident: "malware".to_owned(),
        label: Msg::new("x"),
        threat: threat.to_owned(),
        detected: detected.to_owned(),
    })
}

#[test]
fn a_stealer_detection_names_its_threat_and_day_in_the_mail_and_nothing_else() {
    let stealer = stealer_found("Trojan:Win32/Lumma.RPX!MTB", "2026-11-06");
    let summary = CheckSummary::of_report(&report(vec![stealer]));
    let mail = compose(&profile(), Lang::Vi, Kind::Malware, NOW, Some(&summary));
    assert!(
        mail.body
            .contains("Trojan:Win32/Lumma.RPX!MTB, ngày 06/11/2026."),
        "{}",
        mail.body
    );
    // A name outside Defender's alphabet (a path, say) is never copied.
    let odd = stealer_found(r"C:\Users\lan\evil.exe", "soon");
    let mail = compose(
        &profile(),
        Lang::En,
        Kind::Malware,
        NOW,
        Some(&CheckSummary::of_report(&report(vec![odd]))),
    );
    assert!(!mail.body.contains("Users"), "{}", mail.body);
    assert!(
        mail.body.contains("password stealer: ?, on unknown date"),
        "{}",
        mail.body
    );
}

#[test]
fn a_lookalike_reports_button_adds_no_stealer_line_and_no_site_to_the_mail() {
    // The look-alike finding's "report" button (a password typed into a fake page) comes first
    // and names no threat; the stealer line still comes from the detection after it.
    let lookalike = finding("browser-lookalike-logins", Status::Critical)
        .action(crate::checks::Action::OpenIncident {
            incident: "password".to_owned(),
            label: Msg::new("x"),
            threat: String::new(),
            detected: String::new(),
        })
        .evidence("lookalike_hosts", vec!["dichvucongs.top".to_owned()]);
    let alone = CheckSummary::of_report(&report(vec![lookalike.clone()]));
    let mail = compose(&profile(), Lang::En, Kind::Password, NOW, Some(&alone));
    assert!(!mail.body.contains("stealer"), "{}", mail.body);
    assert!(!mail.body.contains("dichvucongs"), "{}", mail.body);
    let stealer = stealer_found("Trojan:Win32/Lumma.RPX!MTB", "2026-11-06");
    let both = CheckSummary::of_report(&report(vec![lookalike, stealer]));
    let mail = compose(&profile(), Lang::En, Kind::Malware, NOW, Some(&both));
    assert!(
        mail.body.contains("Trojan:Win32/Lumma.RPX!MTB"),
        "{}",
        mail.body
    );
}

#[test]
fn what_to_do_now_starts_with_telling_the_contact_and_ends_with_keeping_the_evidence() {
    let ids: Vec<String> = do_now().into_iter().map(|m| m.id).collect();
    assert_eq!(ids.first().map(String::as_str), Some("incident-now-report"));
    assert_eq!(
        ids.last().map(String::as_str),
        Some("incident-now-evidence")
    );
    assert_eq!(ids.len(), 4);
    for lang in [Lang::Vi, Lang::En] {
        let known = message_ids(lang);
        assert!(ids.iter().all(|id| known.contains(id)), "{lang:?}");
    }
}
