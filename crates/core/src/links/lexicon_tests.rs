//! The lexicon of what the State's sites are called, through the link check's public API: a
//! state name weighed by where it sits, `gov` dressed up as the suffix, lure words, the real
//! sites of state companies and state media, and the Department's reported fakes.

use super::tests::{check, check_with, verdict};
use super::*;
use crate::{Lang, Localizer, Profile, profile::ReportedFake};

/// The reasons of the one link in `text`, in words.
fn reasons_in(lang: Lang, officials: &Officials, text: &str) -> Vec<String> {
    let shown = present(officials, text);
    assert_eq!(shown.len(), 1, "{text}: {shown:?}");
    let l = Localizer::new(lang);
    shown[0].reasons_text.iter().map(|m| l.render(m)).collect()
}

#[test]
fn a_state_name_on_a_non_state_domain_is_named_in_the_reason() {
    check(
        "csgt.top",
        "csgt.top → lookalike [name_in_domain] (csgt.bocongan.gov.vn)",
    );
    assert_eq!(
        reasons_in(Lang::Vi, Officials::builtin(), "csgt.top"),
        [
            "Dùng tên viết tắt của Cục Cảnh sát giao thông (csgt) trên một tên miền không phải của Nhà nước."
        ]
    );
    assert_eq!(
        reasons_in(Lang::En, Officials::builtin(), "csgt.top"),
        [
            "Uses the short name of the Traffic Police Department (csgt) on a domain that is not the State's."
        ]
    );
    check(
        "https://cskh-evnspc.vn.aptoide.com/",
        "https://cskh-evnspc.vn.aptoide.com/ → lookalike [name_in_subdomain] (evnspc.vn)",
    );
    check(
        "bocongthuong.org",
        "bocongthuong.org → lookalike [name_in_domain] (moit.gov.vn)",
    );
}

#[test]
fn the_link_screens_state_message_gets_a_fake_a_fake_and_a_state_company() {
    // The e2e test's message (tests/e2e/links.test.mjs, STATE_MESSAGE), judged in core.
    check(
        "Tra cứu tại https://csgtvn.top/tra-cuu trước 17h, hoặc tracuugplx.vn. Điện: evn.com.vn.",
        "https://csgtvn.top/tra-cuu → lookalike [name_in_domain] (csgt.bocongan.gov.vn)\n\
         tracuugplx.vn → lookalike [name_in_domain, name_with_lure] (gplx.gov.vn)\n\
         evn.com.vn → official [state_company]",
    );
}

#[test]
fn a_state_name_glued_to_a_lure_word_says_which_word() {
    check(
        "https://evnvaytien.xyz/",
        "https://evnvaytien.xyz/ → lookalike [name_in_domain, name_with_lure] (evn.com.vn)",
    );
    check(
        "tracuugplx.vn",
        "tracuugplx.vn → lookalike [name_in_domain, name_with_lure] (gplx.gov.vn)",
    );
    // A Vietnamese lure word is written as typed in the address, then as the reader says it.
    let words = reasons_in(Lang::Vi, Officials::builtin(), "tracuugplx.vn");
    assert_eq!(
        words[1],
        "Tên cơ quan nhà nước được ghép với chữ “tracuu” (tra cứu) để dụ người đọc bấm vào."
    );
    let words = reasons_in(Lang::En, Officials::builtin(), "tracuugplx.vn");
    assert_eq!(
        words[1],
        "The name of a state body is glued to the word “tracuu” (“look up”) to lure the reader into clicking."
    );
    let words = reasons_in(Lang::Vi, Officials::builtin(), "gplxonline.com");
    assert_eq!(
        words[1],
        "Tên cơ quan nhà nước được ghép với chữ “online” để dụ người đọc bấm vào."
    );
}

#[test]
fn gov_glued_to_a_name_or_registered_as_a_domain_is_a_lookalike() {
    check(
        "gplxgov.org",
        "gplxgov.org → lookalike [name_in_domain, gov_glued] (gplx.gov.vn)",
    );
    check(
        "tcgplxgov.vn",
        "tcgplxgov.vn → lookalike [name_in_domain, gov_glued] (gplx.gov.vn)",
    );
    check(
        "vietnamvisa.govt.vn",
        "vietnamvisa.govt.vn → lookalike [gov_vn_mistyped, typo_added] (vietnamvisa.gov.vn)",
    );
    check(
        "https://dichvucong.gov.com/",
        "https://dichvucong.gov.com/ → lookalike [gov_as_domain, name_in_subdomain] (dichvucong.gov.vn)",
    );
    check(
        "vngovfeed.xyz",
        "vngovfeed.xyz → lookalike [gov_vn_hyphenated]",
    );
    // A paired short form counts only next to `gov` or another state name.
    check(
        "congthongtindientubtc.com",
        "congthongtindientubtc.com → lookalike [name_in_domain] (mof.gov.vn)",
    );
    assert_eq!(verdict("btc.com"), "not_official");
    assert_eq!(verdict("mofgov.com"), "lookalike");
}

#[test]
fn gov_glued_to_an_ordinary_word_is_a_lookalike_but_a_word_that_only_starts_with_gov_is_not() {
    check("vietnamgov.cc", "vietnamgov.cc → lookalike [gov_glued]");
    check(
        "https://login.hgov.top/",
        "https://login.hgov.top/ → lookalike [gov_glued]",
    );
    check("thegov22.net", "thegov22.net → lookalike [gov_glued]");
    check("govhn.com", "govhn.com → lookalike [gov_glued]");
    check("mygovt.org", "mygovt.org → lookalike [gov_glued]");
    // Gò Vấp, Gò Vôi, English words that start with "gov": ordinary names.
    for ordinary in [
        "govap.vn",
        "benhviengovap.vn",
        "govoi.com",
        "governance.com",
        "government-jobs.com",
        "goviet.vn",
    ] {
        assert_eq!(verdict(ordinary), "not_official", "{ordinary}");
    }
}

#[test]
fn the_population_database_sbv_and_the_tax_portal_by_their_usual_names_are_lookalikes() {
    check(
        "thongtindancu.net",
        "thongtindancu.net → lookalike [name_in_domain] (dichvucong.bocongan.gov.vn)",
    );
    check(
        "tracuucutru.com",
        "tracuucutru.com → lookalike [name_in_domain, name_with_lure] (dichvucong.bocongan.gov.vn)",
    );
    check(
        "sbvcredit.top",
        "sbvcredit.top → lookalike [name_in_domain, name_with_lure] (sbv.gov.vn)",
    );
    check(
        "congthue.online",
        "congthue.online → lookalike [name_in_domain] (gdt.gov.vn)",
    );
    // A residential area, renting a house: ordinary words.
    for ordinary in ["khudancu.vn", "chothuenha.vn", "thuexe.com"] {
        assert_eq!(verdict(ordinary), "not_official", "{ordinary}");
    }
}

#[test]
fn customs_the_e_visa_portal_and_a_wards_police_by_their_names_are_lookalikes() {
    check(
        "viethaiquan.com",
        "viethaiquan.com → lookalike [name_in_domain] (customs.gov.vn)",
    );
    check(
        "evisa-vietnam-official.org",
        "evisa-vietnam-official.org → lookalike [name_in_domain, name_with_lure] (evisa.gov.vn)",
    );
    check(
        "conganphuongyenbai.online",
        "conganphuongyenbai.online → lookalike [name_in_domain] (bocongan.gov.vn)",
    );
    // The customs newspaper: "haiquan" glued to "online", but a state medium.
    check(
        "haiquanonline.com.vn",
        "haiquanonline.com.vn → official [state_media]",
    );
    // The navy's newspaper, another country's e-visa, a visa agency's usual name (one letter
    // from "vietnamevisa"), places and the word "official" alone.
    for ordinary in [
        "baohaiquanvietnam.vn",
        "evisa-turkey.com",
        "vietnamvisa-info.com",
        "phuongxa.vn",
        "quanhuyen.vn",
        "official.vn",
    ] {
        assert_eq!(verdict(ordinary), "not_official", "{ordinary}");
    }
}

#[test]
fn a_hyphenated_state_name_is_read_without_its_hyphens() {
    check(
        "dich-vu-cong-quoc-gia.com",
        "dich-vu-cong-quoc-gia.com → lookalike [name_in_domain] (dichvucong.gov.vn)",
    );
    check(
        "bao-hiem-xa-hoi.online",
        "bao-hiem-xa-hoi.online → lookalike [name_in_domain] (baohiemxahoi.gov.vn)",
    );
}

#[test]
fn a_state_name_as_a_word_of_a_title_or_of_an_ordinary_word_is_not_a_lookalike() {
    for link in [
        // A slug: the traffic police are one word of a headline.
        "https://tin-tuc-canh-bao-gia-mao-csgt.blogspot.com/",
        // Insurers and their business: "bảo hiểm" alone is no state name.
        "https://baohiempjico.vn/",
        "https://baoviet.com.vn/bao-hiem-xa-hoi",
        // Letters of a short form inside ordinary words.
        "https://mohinhxe.vn/",
        "https://moitruong.com.vn/",
        "https://btc.com/",
        "https://seven.vn/",
        "https://hosoyte.com/",
        "https://benhviengovap.vn/",
    ] {
        assert_eq!(verdict(link), "not_official", "{link}");
    }
}

#[test]
fn a_ministrys_newspaper_and_a_name_ending_in_vn_are_not_taken_for_the_ministry_or_evn() {
    // Found by ordinary-hosts-public.txt: "báo" and the ministry's field is its newspaper, one
    // letter from the ministry's name; "code" + "vn" ends in the letters of "evn".
    for link in [
        "https://baoxaydung.vn/",
        "https://baocongthuong.vn/",
        "https://ios.codevn.net/",
        "https://storevn.com/",
    ] {
        assert_eq!(verdict(link), "not_official", "{link}");
    }
    // The acronym at the end still counts glued to state and lure words, and at the start.
    lookalikes_of(&[
        ("tiendienevn.com", "evn.com.vn"),
        ("cskhevn.com", "evn.com.vn"),
        ("evnthanhtoan.com", "evn.com.vn"),
        ("boxaydungg.com", "moc.gov.vn"),
    ]);
}

/// Each link is a look-alike of the body whose real address follows it.
#[track_caller]
fn lookalikes_of(links: &[(&str, &str)]) {
    for (link, real) in links {
        let checks = check_text(Officials::builtin(), link);
        assert_eq!(checks.len(), 1, "{link}");
        assert_eq!(
            (checks[0].verdict.code(), checks[0].imitates.as_deref()),
            ("lookalike", Some(*real)),
            "{link}: {:?}",
            checks[0].reasons
        );
    }
}

#[test]
fn the_2025_ministries_and_the_old_names_people_still_type_are_lookalikes() {
    lookalikes_of(&[
        ("bonongnghiep-tracuu.com", "mae.gov.vn"),
        ("bo-nong-nghiep-va-moi-truong.online", "mae.gov.vn"),
        ("bnnptnt.top", "mae.gov.vn"),
        ("mardgov.com", "mae.gov.vn"),
        ("botainguyenmoitruong.net", "mae.gov.vn"),
        ("bvhttdl-online.com", "bvhttdl.gov.vn"),
        ("bokehoachdautu.org", "mof.gov.vn"),
        ("mpi-gov.com", "mof.gov.vn"),
        ("uybandantoc.com", "bdttg.gov.vn"),
        ("bodantoc-tongiao.net", "bdttg.gov.vn"),
        ("thanhtrachinhphu.org", "thanhtra.gov.vn"),
        ("quochoi-online.com", "quochoi.vn"),
    ]);
}

#[test]
fn courts_records_registries_and_national_services_by_their_names_are_lookalikes() {
    lookalikes_of(&[
        ("toaan-tracuu.com", "toaan.gov.vn"),
        ("vksndtc.net", "vksndtc.gov.vn"),
        ("thihanhan-online.com", "thads.moj.gov.vn"),
        ("lylichtuphap.online", "lltptructuyen.moj.gov.vn"),
        ("lltp-dangky.com", "lltptructuyen.moj.gov.vn"),
        ("congdangkykinhdoanh.com", "dangkykinhdoanh.gov.vn"),
        ("dangkykinhdoanh-gov.com", "dangkykinhdoanh.gov.vn"),
        ("vbsp-vaytien.com", "vbsp.org.vn"),
        ("nganhangchinhsach.online", "vbsp.org.vn"),
        ("baohiemthatnghiep.online", "baohiemxahoi.gov.vn"),
        ("tracuu-xuphatgiaothong.com", "csgt.bocongan.gov.vn"),
        ("buudien-vietnam.com", "vnpost.vn"),
        ("cuclanhsu.com", "mofa.gov.vn"),
    ]);
    // Bodies with no national address of their own are still look-alikes.
    for link in [
        "vanphongdangkydatdai.com",
        "dangkydatdai-gov.com",
        "uyban-tracuu.com",
    ] {
        assert_eq!(verdict(link), "lookalike", "{link}");
    }
    check("quochoi.vn", "quochoi.vn → official [listed_official]");
    check("vbsp.org.vn", "vbsp.org.vn → official [listed_official]");
}

#[test]
fn identity_cards_tax_refunds_pensions_english_names_and_document_symbols_are_lookalikes() {
    lookalikes_of(&[
        ("capnhat-cccd.com", "dichvucong.bocongan.gov.vn"),
        ("cancuoc-online.net", "dichvucong.bocongan.gov.vn"),
        ("hoanthue-online.com", "gdt.gov.vn"),
        ("quyettoanthue.top", "gdt.gov.vn"),
        ("chicuchaiquan-hanoi.com", "customs.gov.vn"),
        ("luonghuu-tracuu.com", "baohiemxahoi.gov.vn"),
        ("vietnamsocialsecurity.org", "baohiemxahoi.gov.vn"),
        ("vietnam-customs.net", "customs.gov.vn"),
        ("vietnamimmigration.online", "xuatnhapcanh.gov.vn"),
        ("statebankofvietnam.info", "sbv.gov.vn"),
        ("canhsat-online.com", "bocongan.gov.vn"),
        ("btpgov.com", "moj.gov.vn"),
        ("hotich-online.com", "moj.gov.vn"),
        ("baohiemtiengui.online", "div.gov.vn"),
        ("kiemtoannhanuoc.net", "sav.gov.vn"),
        // "Tài chính" is anyone's word; with "nhà nước" (the State) it is the ministry's.
        ("taichinhnhanuoc.org", "mof.gov.vn"),
        ("taichinh-gov.com", "mof.gov.vn"),
        ("nghiavuquansu-online.com", "mod.gov.vn"),
        ("baucu-quochoi.net", "quochoi.vn"),
        ("cucduongbo.online", "gplx.gov.vn"),
        ("quanlythitruong-hanoi.com", "moit.gov.vn"),
        ("tongdieutra.info", "gso.gov.vn"),
        ("mattrantoquoc.net", "mattran.org.vn"),
    ]);
    for link in [
        "hanhchinhcong-tracuu.com",
        "motcua-online.net",
        "evn-mientrung.com",
    ] {
        assert_eq!(verdict(link), "lookalike", "{link}");
    }
}

#[test]
fn english_words_other_countries_use_and_everyday_words_of_the_new_names_are_not_lookalikes() {
    for link in [
        // Other countries' customs, police and immigration use the English words alone.
        "https://customs.gov.au/",
        "https://police.uk/",
        "https://immigration.govt.nz/",
        // Finance companies, house rent, a shop, a capital-city defence paper.
        "https://taichinh24h.vn/",
        "https://thuenha.vn/",
        "https://motcuahang.vn/",
        "https://quocphongthudo.vn/",
        "https://vaytaichinh.com/",
    ] {
        assert_eq!(verdict(link), "not_official", "{link}");
    }
}

#[test]
fn provincial_departments_by_their_usual_and_old_names_are_lookalikes() {
    for link in [
        "soxaydung-hanoi.com",
        "sxdgov.com",
        "socongthuong.online",
        "sonongnghiep.net",
        "sotainguyen-tracuu.com",
        "sldtbxh.com",
        "skhdt-hcm.com",
        "sovanhoa.online",
        "skhcn.top",
        "sgtvt-tracuu.com",
        "stttt.online",
    ] {
        assert_eq!(verdict(link), "lookalike", "{link}");
    }
}

#[test]
fn ordinary_sites_using_the_syllables_of_the_new_names_are_not_lookalikes() {
    for link in [
        // Law firms and agents sell business registration, consular legalisation, land work.
        "dichvudangkykinhdoanh.vn",
        "luatdangkydoanhnghiep.com",
        "hopphaphoalanhsu.vn",
        "dichvulanhsu.com",
        "datdaisodo.com",
        "dichvudangkydatdai.vn",
        // Ordinary words one syllable or letter from a new name; acronyms' letters elsewhere.
        "ketoan.vn",
        "quochochue.edu.vn",
        "thanhtra.com.vn",
        "maeda.vn",
        "sct.com",
        "mpi.com",
        "baovanhoa.vn",
        "nongnghiep.vn",
        "tainguyenmoitruong.vn",
    ] {
        assert_eq!(verdict(link), "not_official", "{link}");
    }
}

#[test]
fn state_companies_and_state_media_are_official_with_their_own_reason() {
    check("dsvn.vn", "dsvn.vn → official [state_company]");
    check(
        "vietnamrailway.vn",
        "vietnamrailway.vn → official [state_company]",
    );
    check("evn.com.vn", "evn.com.vn → official [state_company]");
    check(
        "https://cskh.evnhcmc.vn/",
        "https://cskh.evnhcmc.vn/ → official [state_company]",
    );
    check("npc.com.vn", "npc.com.vn → official [state_company]");
    check("vtv.vn", "vtv.vn → official [state_media]");
    check("congan.com.vn", "congan.com.vn → official [state_media]");
    check("chinhphu.vn", "chinhphu.vn → official [listed_official]");
    assert_eq!(
        reasons_in(Lang::Vi, Officials::builtin(), "evn.com.vn"),
        [
            "Đây là trang thật của một doanh nghiệp nhà nước (như EVN và các tổng công ty điện lực), không phải trang của cơ quan nhà nước."
        ]
    );
}

fn profile_with_reported(old_after: Option<&str>) -> Profile {
    let mut profile = Profile::embedded();
    profile.lists.reported_fakes.push(ReportedFake {
        host: "nop-phat-nhanh.example.com".into(),
        imitates: "dichvucong.gov.vn".into(),
        date: "2026-02-01".into(),
        source: "Công an tỉnh".into(),
    });
    profile.lists.old_after = old_after.map(str::to_owned);
    profile
}

#[test]
fn a_reported_fake_is_a_lookalike_with_its_date_and_source() {
    let officials = Officials::with_profile_on(&profile_with_reported(None), Some("2026-12-07"));
    check_with(
        &officials,
        "https://pay.nop-phat-nhanh.example.com/x",
        "https://pay.nop-phat-nhanh.example.com/x → lookalike [reported_fake] (dichvucong.gov.vn)",
    );
    assert_eq!(
        reasons_in(Lang::Vi, &officials, "nop-phat-nhanh.example.com"),
        ["Sở đã báo trang này là trang giả mạo (ngày 01/02/2026, nguồn: Công an tỉnh)."]
    );
    // The built-in rules alone know nothing of it.
    assert_eq!(verdict("nop-phat-nhanh.example.com"), "not_official");
}

#[test]
fn when_the_bundles_lists_are_old_the_verdicts_that_lean_on_them_say_so() {
    let profile = profile_with_reported(Some("2026-06-30"));
    let officials = Officials::with_profile_on(&profile, Some("2026-12-07"));
    check_with(
        &officials,
        "nop-phat-nhanh.example.com vnexpress.net dichvucong.gov.vn",
        "nop-phat-nhanh.example.com → lookalike [reported_fake, lists_old] (dichvucong.gov.vn)\n\
         vnexpress.net → not_official [not_gov_vn, lists_old]\n\
         dichvucong.gov.vn → official [gov_vn]",
    );
    assert_eq!(
        reasons_in(Lang::En, &officials, "vnexpress.net")[1],
        "The Department's list of fake sites is old (past Jun 30, 2026): newer fakes may be missing from it."
    );
    // Not old yet on its last day.
    let fresh = Officials::with_profile_on(&profile, Some("2026-06-30"));
    check_with(
        &fresh,
        "vnexpress.net",
        "vnexpress.net → not_official [not_gov_vn]",
    );
}

#[test]
fn the_browser_check_sees_the_bundles_reported_fakes_through_the_same_rules() {
    let officials = Officials::with_profile_on(&profile_with_reported(None), None);
    let site = SavedSite::of("https://nop-phat-nhanh.example.com/login").unwrap();
    let fake = site.lookalike_in(&officials).unwrap();
    assert_eq!(
        (fake.host.as_str(), fake.imitates.as_deref()),
        ("nop-phat-nhanh.example.com", Some("dichvucong.gov.vn"))
    );
    assert_eq!(fake.reasons, [Reason::ReportedFake]);
    assert_eq!(site.lookalike(), None);
    let fake = SavedSite::of("https://tracuugplx.vn/").unwrap();
    assert!(fake.lookalike().is_some());
}

#[test]
fn every_lexicon_body_is_named_in_both_languages() {
    let ids = lexicon::body_ids();
    assert!(ids.len() > 30, "{ids:?}");
    for lang in Lang::ALL {
        let l = Localizer::new(lang);
        for id in &ids {
            assert!(
                l.has(&format!("links-body-{id}")),
                "{lang}: links-body-{id}"
            );
        }
    }
}
