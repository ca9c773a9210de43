//! The link check through its public API: one `check(text, expect)` per feature, where `expect`
//! has one line per link: `<input> → <verdict> [<reasons>] (<imitates>)`.

use super::*;
use crate::Profile;

#[track_caller]
pub(super) fn check_with(officials: &Officials, text: &str, expect: &str) {
    let got: Vec<String> = check_text(officials, text)
        .iter()
        .map(|c| {
            let reasons: Vec<&str> = c.reasons.iter().map(|r| r.code()).collect();
            let mut line = format!(
                "{} → {} [{}]",
                c.input,
                c.verdict.code(),
                reasons.join(", ")
            );
            if let Some(real) = &c.imitates {
                line.push_str(&format!(" ({real})"));
            }
            line
        })
        .collect();
    assert_eq!(got.join("\n"), expect, "\n{text}");
}

#[track_caller]
pub(super) fn check(text: &str, expect: &str) {
    check_with(Officials::builtin(), text, expect);
}

/// Only the verdict of a single link.
#[track_caller]
pub(super) fn verdict(link: &str) -> &'static str {
    let checks = check_text(Officials::builtin(), link);
    assert_eq!(checks.len(), 1, "{link}: {checks:?}");
    checks[0].verdict.code()
}

#[test]
fn the_real_reported_fakes_are_lookalikes_with_the_real_address() {
    check(
        "dichvucongs.top/vn",
        "dichvucongs.top/vn → lookalike [typo_added] (dichvucong.gov.vn)",
    );
    check(
        "https://dichvucongg.top/vn",
        "https://dichvucongg.top/vn → lookalike [typo_added] (dichvucong.gov.vn)",
    );
    check(
        "bhxh.co",
        "bhxh.co → lookalike [name_in_domain] (baohiemxahoi.gov.vn)",
    );
    check(
        "https://dichvucongbaohiemxahoi.com/dang-nhap",
        "https://dichvucongbaohiemxahoi.com/dang-nhap → lookalike [name_in_domain] (baohiemxahoi.gov.vn)",
    );
    check(
        "http://gdtgov.cfd",
        "http://gdtgov.cfd → lookalike [name_in_domain, gov_glued] (gdt.gov.vn)",
    );
    check(
        "hochieu-online.vn",
        "hochieu-online.vn → lookalike [name_in_domain] (xuatnhapcanh.gov.vn)",
    );
}

#[test]
fn hosts_under_gov_vn_and_listed_hosts_are_official() {
    check(
        "https://dichvucong.gov.vn/p/home/dvc-trang-chu.html",
        "https://dichvucong.gov.vn/p/home/dvc-trang-chu.html → official [gov_vn]",
    );
    check("vneid.gov.vn", "vneid.gov.vn → official [gov_vn]");
    check(
        "https://thuedientu.gdt.gov.vn/etaxnnt/Request",
        "https://thuedientu.gdt.gov.vn/etaxnnt/Request → official [gov_vn]",
    );
    check(
        "HTTPS://BAOHIEMXAHOI.GOV.VN:443",
        "HTTPS://BAOHIEMXAHOI.GOV.VN:443 → official [gov_vn]",
    );
    check(
        "dichvucong.bocongan.gov.vn",
        "dichvucong.bocongan.gov.vn → official [gov_vn]",
    );
    check(
        "https://chinhphu.vn",
        "https://chinhphu.vn → official [listed_official]",
    );
    check("www.csgt.vn", "www.csgt.vn → official [listed_official]");
    // Only state bodies can register under gov.vn: a sub-domain spelled oddly is still theirs.
    check(
        "https://dichvucongg.namdinh.gov.vn/",
        "https://dichvucongg.namdinh.gov.vn/ → official [gov_vn]",
    );
    // Vietnamese letters under gov.vn are still under gov.vn.
    assert_eq!(
        verdict("https://d\u{1ecb}chv\u{1ee5}c\u{f4}ng.gov.vn/"),
        "official"
    );
}

#[test]
fn gov_vn_not_at_the_end_is_a_lookalike_of_the_name_before_it() {
    check(
        "https://dichvucong.gov.vn.example.com/login",
        "https://dichvucong.gov.vn.example.com/login → lookalike [gov_vn_not_at_end, name_in_subdomain] (dichvucong.gov.vn)",
    );
    check(
        "http://qlvb.namdinh.gov.vn.xyz/",
        "http://qlvb.namdinh.gov.vn.xyz/ → lookalike [gov_vn_not_at_end] (qlvb.namdinh.gov.vn)",
    );
}

#[test]
fn gov_vn_hyphenated_glued_or_mistyped_is_a_lookalike() {
    check(
        "https://dichvucong-gov-vn.com",
        "https://dichvucong-gov-vn.com → lookalike [gov_vn_hyphenated, name_in_domain] (dichvucong.gov.vn)",
    );
    check(
        "vneid.gov-vn.top",
        "vneid.gov-vn.top → lookalike [gov_vn_hyphenated, name_in_subdomain] (vneid.gov.vn)",
    );
    check(
        "https://dichvucong.gov.vn-xacthuc.com",
        "https://dichvucong.gov.vn-xacthuc.com → lookalike [gov_vn_hyphenated, name_in_subdomain] (dichvucong.gov.vn)",
    );
    check(
        "https://dichvucong.gov.vm/",
        "https://dichvucong.gov.vm/ → lookalike [gov_vn_mistyped, typo_replaced, name_in_subdomain] (dichvucong.gov.vn)",
    );
    check(
        "https://vneid.govv.vn/",
        "https://vneid.govv.vn/ → lookalike [gov_vn_mistyped, typo_added, name_in_subdomain] (vneid.gov.vn)",
    );
    check(
        "https://qlvb.namdinh.go.vn/",
        "https://qlvb.namdinh.go.vn/ → lookalike [gov_vn_mistyped, typo_dropped] (qlvb.namdinh.gov.vn)",
    );
}

#[test]
fn another_countrys_government_site_is_not_called_a_fake_of_gov_vn() {
    // One letter from `gov.vn`, but only China's or India's government registers under them.
    for link in ["https://abc.gov.cn/", "https://mof.gov.in/x", "www.gov.mn"] {
        assert_eq!(verdict(link), "not_official", "{link}");
    }
    // One letter from `gov.vn` where anyone can register the name stays a lookalike.
    check(
        "https://abc.gob.vn/",
        "https://abc.gob.vn/ → lookalike [gov_vn_mistyped, typo_replaced] (abc.gov.vn)",
    );
}

#[test]
fn one_letter_added_dropped_swapped_or_replaced_is_a_lookalike() {
    check(
        "dichvucongg.com",
        "dichvucongg.com → lookalike [typo_added] (dichvucong.gov.vn)",
    );
    check(
        "dichvcong.net",
        "dichvcong.net → lookalike [typo_dropped] (dichvucong.gov.vn)",
    );
    check(
        "dichvuocng.vn",
        "dichvuocng.vn → lookalike [typo_swapped] (dichvucong.gov.vn)",
    );
    check(
        "dichvuc0ng.vn",
        "dichvuc0ng.vn → lookalike [typo_replaced] (dichvucong.gov.vn)",
    );
    check(
        "https://baohiemxahol.com",
        "https://baohiemxahol.com → lookalike [typo_replaced] (baohiemxahoi.gov.vn)",
    );
    check(
        "https://chinhphu.com.vn",
        "https://chinhphu.com.vn → lookalike [name_in_domain] (chinhphu.vn)",
    );
    check(
        "https://chinhphuu.vn",
        "https://chinhphuu.vn → lookalike [one_letter_from_official, typo_added] (chinhphu.vn)",
    );
}

#[test]
fn letters_of_other_scripts_that_read_as_an_official_name_are_lookalikes() {
    // Greek omicron in "gov": the browser goes to a punycode host outside gov.vn.
    check(
        "https://dichvucong.g\u{3bf}v.vn/",
        "https://dichvucong.g\u{3bf}v.vn/ → lookalike [gov_vn_mistyped, confusable_characters, name_in_subdomain, idn_renders_like_official] (dichvucong.gov.vn)",
    );
    // Cyrillic е and о in a national service's name.
    check(
        "https://vn\u{435}id.com/",
        "https://vn\u{435}id.com/ → lookalike [name_in_domain, confusable_characters, idn_renders_like_official] (vneid.gov.vn)",
    );
    check(
        "https://chinhph\u{1d1c}.vn/",
        "https://chinhph\u{1d1c}.vn/ → lookalike [confusable_characters, name_in_domain, idn_renders_like_official] (chinhphu.vn)",
    );
}

#[test]
fn punycode_that_renders_as_an_official_name_is_a_lookalike() {
    // The same Greek omicron, written as the browser sends it.
    let ascii = idna::domain_to_ascii("dichvucong.g\u{3bf}v.vn").unwrap();
    assert!(ascii.contains("xn--"), "{ascii}");
    assert_eq!(verdict(&format!("https://{ascii}/")), "lookalike");
    // Vietnamese tone marks on a portal name outside gov.vn.
    check(
        "d\u{1ecb}chv\u{1ee5}c\u{f4}ng.vn",
        "d\u{1ecb}chv\u{1ee5}c\u{f4}ng.vn → lookalike [name_in_domain, idn_renders_like_official] (dichvucong.gov.vn)",
    );
    // An ordinary Vietnamese IDN is only not official.
    check(
        "https://c\u{1ea9}m-nang.vn",
        "https://c\u{1ea9}m-nang.vn → not_official [not_gov_vn]",
    );
}

#[test]
fn a_system_name_before_an_at_sign_is_a_userinfo_trick() {
    check(
        "https://dichvucong.gov.vn@103.9.76.10/login",
        "https://dichvucong.gov.vn@103.9.76.10/login → lookalike [ip_address, userinfo_trick] (dichvucong.gov.vn)",
    );
    check(
        "http://vneid@login-secure.example.com/",
        "http://vneid@login-secure.example.com/ → lookalike [userinfo_trick] (vneid.gov.vn)",
    );
    // The other way round the browser really goes to the portal.
    check(
        "https://evil.example@dichvucong.gov.vn/",
        "https://evil.example@dichvucong.gov.vn/ → official [gov_vn]",
    );
}

#[test]
fn an_ip_address_standing_in_for_a_system_is_a_lookalike_a_bare_one_is_not_official() {
    check(
        "http://103.9.76.10/dichvucong/dang-nhap",
        "http://103.9.76.10/dichvucong/dang-nhap → lookalike [ip_address, name_in_path] (dichvucong.gov.vn)",
    );
    check(
        "http://3232235777/bhxh",
        "http://3232235777/bhxh → lookalike [ip_address, name_in_path] (baohiemxahoi.gov.vn)",
    );
    check(
        "http://192.168.1.1/",
        "http://192.168.1.1/ → not_official [ip_address, not_gov_vn]",
    );
    check(
        "https://evil.example/dichvucong.gov.vn/login",
        "https://evil.example/dichvucong.gov.vn/login → lookalike [name_in_path] (dichvucong.gov.vn)",
    );
}

#[test]
fn a_profile_systems_name_on_a_commercial_domain_is_a_lookalike() {
    let mut profile = Profile::embedded();
    profile.official_hosts = vec!["qlvb.namdinh.vn".into()];
    profile.systems[1].login_url = "https://qlvb.namdinh.vn/login".into();
    let officials = Officials::with_profile(&profile);
    check_with(
        &officials,
        "https://qlvb.namdinh.vn/ và https://quanlyvanban-namdinh.com/",
        "https://qlvb.namdinh.vn/ → official [profile_official]\n\
         https://quanlyvanban-namdinh.com/ → lookalike [name_in_domain] (qlvb.namdinh.vn)",
    );
    check_with(
        &officials,
        "https://qlvb-namdinh.top/",
        "https://qlvb-namdinh.top/ → lookalike [name_in_domain] (qlvb.namdinh.vn)",
    );
    // Without the profile the same hosts are ordinary.
    assert_eq!(verdict("https://qlvb.namdinh.vn/"), "not_official");
    assert_eq!(verdict("https://quanlyvanban-namdinh.com/"), "not_official");
}

#[test]
fn ordinary_sites_are_not_official_and_nothing_more() {
    for link in [
        "https://vnexpress.net/thoi-su",
        "https://tuoitre.vn/",
        "https://thanhnien.vn/",
        "https://dantri.com.vn/xa-hoi.htm",
        "https://baomoi.com/",
        "https://www.vietcombank.com.vn/",
        "https://bidv.com.vn/",
        "https://www.agribank.com.vn/",
        "https://shopee.vn/",
        "https://tiki.vn/",
        "https://www.lazada.vn/",
        "https://zalo.me/",
        "https://chat.zalo.me/",
        "https://www.facebook.com/",
        "https://mail.google.com/",
        "https://thuvienphapluat.vn/",
        "https://viettel.vn/",
        "https://momo.vn/",
        "https://vi.wikipedia.org/wiki/Vi%E1%BB%87t_Nam",
        // A news article about a fake names the portal in its path: still the news site.
        "https://vnexpress.net/canh-bao-trang-gia-dichvucong.gov.vn.html",
        // A search whose query mentions the portal goes to the search engine.
        "https://www.google.com/search?q=dichvucong.gov.vn+dang+nhap",
        "https://www.bing.com/search?q=https%3A%2F%2Fdichvucong.gov.vn",
    ] {
        assert_eq!(verdict(link), "not_official", "{link}");
    }
    check(
        "https://www.google.com/search?q=dichvucong.gov.vn",
        "https://www.google.com/search?q=dichvucong.gov.vn → not_official [not_gov_vn]",
    );
}

#[test]
fn a_message_without_a_web_address_is_one_invalid_entry() {
    check(
        "  Anh gọi lại cho em nhé.  ",
        "Anh gọi lại cho em nhé. → invalid [no_link]",
    );
    check("", " → invalid [no_link]");
    check(
        "ftp://files.example/",
        "ftp://files.example/ → invalid [not_web_scheme]",
    );
    check("http://a..b.vn/", "http://a..b.vn/ → invalid [bad_host]");
    check(
        "http://server.local/",
        "http://server.local/ → invalid [unknown_suffix]",
    );
}

#[test]
fn every_link_of_a_vietnamese_message_gets_its_own_verdict_in_order() {
    check(
        "[CSGT] Phuong tien cua ban co bien ban phat nguoi. Tra cuu tai https://dichvucongs.top/vn \
         hoac dichvucongg.top/vn. Cổng chính thức là dichvucong.gov.vn; xem thêm tin ở vnexpress.net.",
        "https://dichvucongs.top/vn → lookalike [typo_added] (dichvucong.gov.vn)\n\
         dichvucongg.top/vn → lookalike [typo_added] (dichvucong.gov.vn)\n\
         dichvucong.gov.vn → official [gov_vn]\n\
         vnexpress.net → not_official [not_gov_vn]",
    );
}

#[test]
fn saved_logins_on_lookalike_hosts_are_named_with_what_they_imitate() {
    let fake = saved_login_lookalike("https://dichvucongs.top/vn/dang-nhap").unwrap();
    assert_eq!(
        (fake.host.as_str(), fake.imitates.as_deref()),
        ("dichvucongs.top", Some("dichvucong.gov.vn"))
    );
    assert_eq!(fake.reasons, [Reason::TypoAdded]);
    for url in [
        "https://dichvucong.gov.vn/",
        "https://www.facebook.com/",
        // An internal system on an IP address is not a fake, whatever its path says.
        "http://10.0.0.5/dichvucong/login",
        "android://hash@vn.gov.dichvucong/",
        "",
    ] {
        assert_eq!(saved_login_lookalike(url), None, "{url}");
    }
}

#[test]
fn the_json_object_has_exactly_the_documented_fields() {
    let checks = check_text(Officials::builtin(), "bhxh.co vnexpress.net");
    let json = serde_json::to_value(&checks).unwrap();
    assert_eq!(
        json,
        serde_json::json!([
            {"input": "bhxh.co", "host": "bhxh.co", "verdict": "lookalike",
             "reasons": ["name_in_domain"], "imitates": "baohiemxahoi.gov.vn"},
            {"input": "vnexpress.net", "host": "vnexpress.net", "verdict": "not_official",
             "reasons": ["not_gov_vn"], "imitates": null},
        ])
    );
    assert!(any_lookalike(&checks));
}

#[test]
fn every_reason_code_is_distinct_and_named_by_its_message() {
    let codes: std::collections::BTreeSet<&str> = Reason::ALL.iter().map(|r| r.code()).collect();
    assert_eq!(codes.len(), Reason::ALL.len());
    for r in Reason::ALL {
        assert_eq!(
            r.msg().id,
            format!("links-reason-{}", r.code().replace('_', "-"))
        );
        assert_eq!(
            serde_json::to_value(r).unwrap(),
            serde_json::Value::String(r.code().into())
        );
    }
}

#[test]
fn every_verdict_and_reason_has_words_in_both_languages() {
    for lang in crate::Lang::ALL {
        let l = crate::Localizer::new(lang);
        for v in [
            Verdict::Official,
            Verdict::Lookalike,
            Verdict::NotOfficial,
            Verdict::Invalid,
        ] {
            assert!(l.has(&v.msg().id), "{lang}: {}", v.msg().id);
            assert!(l.has(&v.summary().id), "{lang}: {}", v.summary().id);
        }
        for r in Reason::ALL {
            assert!(l.has(&r.msg().id), "{lang}: {}", r.msg().id);
        }
    }
}

#[test]
fn a_fake_shows_the_real_address_and_where_a_hidden_link_really_goes() {
    let shown = present(
        Officials::builtin(),
        "https://dichvucong.gov.vn@103.9.76.10/login bhxh.co",
    );
    let l = crate::Localizer::new(crate::Lang::Vi);
    let texts: Vec<String> = shown
        .iter()
        .map(|s| {
            [Some(&s.title), s.real_address.as_ref(), s.goes_to.as_ref()]
                .into_iter()
                .flatten()
                .map(|m| l.render(m))
                .collect::<Vec<_>>()
                .join(" / ")
        })
        .collect();
    assert_eq!(
        texts,
        [
            "Có dấu hiệu giả mạo / Địa chỉ thật là dichvucong.gov.vn. / Đường link này thực ra dẫn tới: 103.9.76.10",
            "Có dấu hiệu giả mạo / Địa chỉ thật là baohiemxahoi.gov.vn.",
        ]
    );
    assert_eq!(shown[1].reasons_text.len(), shown[1].check.reasons.len());
}
