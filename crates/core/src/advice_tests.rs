use super::*;
use crate::Localizer;
use crate::dates::iso_day_number as days_from_iso;
use crate::profile::AGEING_DAYS;

/// The letter's own day: the profile is fresh, no ageing line.
fn letter_day() -> i64 {
    days_from_iso("2023-11-02").unwrap()
}

fn render_all(lang: Lang) -> String {
    let profile = Profile::embedded();
    let advice = build(&profile, lang, letter_day());
    let l = Localizer::new(lang);
    let mut out = vec![l.render(&advice.title), l.render(&advice.summary_title)];
    out.extend(advice.summary.iter().map(|m| l.render(m)));
    for s in &advice.sections {
        out.push(l.render(&s.title));
        render_blocks(&s.body, &l, &mut out);
        for step in &s.steps {
            out.push(l.render(&step.heading));
            render_blocks(&step.body, &l, &mut out);
        }
    }
    out.push(l.render(&advice.source));
    out.join("\n")
}

fn render_blocks(blocks: &[Block], l: &Localizer, out: &mut Vec<String>) {
    for b in blocks {
        match b {
            Block::Paragraph(m) => out.push(l.render(m)),
            Block::List(ms) => out.extend(ms.iter().map(|m| l.render(m))),
        }
    }
}

fn list_len(section: &Section) -> usize {
    section
        .body
        .iter()
        .map(|b| match b {
            Block::List(ms) => ms.len(),
            Block::Paragraph(_) => 0,
        })
        .sum()
}

#[test]
fn advice_follows_the_letters_order_under_a_three_line_summary() {
    let advice = build(&Profile::embedded(), Lang::Vi, letter_day());
    let ids: Vec<_> = advice.sections.iter().map(|s| s.id).collect();
    assert_eq!(ids, ["what-happened", "risks", "causes", "actions"]);
    assert_eq!(advice.summary.len(), 3);
    let section = |id| advice.sections.iter().find(|s| s.id == id).unwrap();
    assert_eq!(list_len(section("risks")), 5);
    assert_eq!(list_len(section("causes")), 2);
    assert_eq!(section("actions").steps.len(), 3);
}

#[test]
fn vietnamese_advice_names_directive_rule_and_systems() {
    let text = render_all(Lang::Vi);
    for needle in [
        "VNCERT/CC",
        "Chỉ thị số 14/CT-TTg ngày 25/5/2018",
        "tối thiểu 8 ký tự",
        "Hệ thống Dịch vụ công trực tuyến",
        "Hệ thống Quản lý văn bản và điều hành",
        "AaBc146#@",
        "ngày 02/11/2023, do Giám đốc Vũ Trọng Quế ký",
        "Khuyến cáo của Sở Thông tin và Truyền thông tỉnh Nam Định — công văn ngày 02/11/2023",
        "* # @ $",
    ] {
        assert!(text.contains(needle), "missing {needle:?} in:\n{text}");
    }
}

#[test]
fn english_advice_is_the_same_content() {
    let text = render_all(Lang::En);
    for needle in [
        "VNCERT/CC",
        "Directive No. 14/CT-TTg",
        "25 May 2018",
        "at least 8 characters",
        "Online public services portal",
        "dated November 2, 2023, signed by Director Vũ Trọng Quế",
    ] {
        assert!(text.contains(needle), "missing {needle:?} in:\n{text}");
    }
}

#[test]
fn every_argument_is_filled_in_both_languages() {
    for lang in Lang::ALL {
        let text = render_all(lang);
        assert!(
            !text.contains('{') && !text.contains('}'),
            "unfilled placeable in {lang}:\n{text}"
        );
    }
}

#[test]
fn only_systems_named_in_the_document_appear_in_what_happened() {
    let advice = build(&Profile::embedded(), Lang::Vi, letter_day());
    let what = advice
        .sections
        .iter()
        .find(|s| s.id == "what-happened")
        .unwrap();
    let Block::Paragraph(first) = &what.body[0] else {
        panic!("paragraph expected")
    };
    let what = Localizer::new(Lang::Vi).render(first);
    assert!(what.contains("Hệ thống Dịch vụ công trực tuyến"));
    assert!(!what.contains("Thư điện tử công vụ"), "{what}");
}

#[test]
fn contact_comes_from_the_profile() {
    let mut profile = Profile::embedded();
    profile.contact.name = "Nguyễn Thị Hoa".into();
    profile.contact.phone = "0912 345 678".into();
    profile.contact.honorific = None;
    let c = build(&profile, Lang::Vi, letter_day()).contact;
    assert_eq!(c.name, "Nguyễn Thị Hoa");
    assert_eq!(c.phone, "0912 345 678");
    assert_eq!(c.agency, "Sở Thông tin và Truyền thông tỉnh Nam Định");
}

fn ids(blocks: &[Block]) -> Vec<&str> {
    blocks
        .iter()
        .flat_map(|b| match b {
            Block::Paragraph(m) => vec![m.id.as_str()],
            Block::List(ms) => ms.iter().map(|m| m.id.as_str()).collect(),
        })
        .collect()
}

#[test]
fn rule_lines_follow_the_profile() {
    let mut profile = Profile::embedded();
    profile.password_rule.min_length = 12;
    profile.password_rule.require_special = false;
    profile.password_rule.example.clear();
    let advice = build(&profile, Lang::Vi, letter_day());
    let actions = advice.sections.iter().find(|s| s.id == "actions").unwrap();
    let body = &actions.steps[0].body;
    assert_eq!(
        ids(body),
        [
            "advice-action-password-named",
            "advice-action-password-others",
            "advice-rule-length",
            "advice-rule-upper",
            "advice-rule-lower",
            "advice-rule-digit"
        ]
    );
    let Block::Paragraph(length) = &body[2] else {
        panic!("paragraph expected")
    };
    assert_eq!(
        length.args,
        vec![("min".to_owned(), crate::Arg::Number(12))]
    );
}

#[test]
fn rule_without_character_classes_says_only_the_length() {
    let mut profile = Profile::embedded();
    let r = &mut profile.password_rule;
    (
        r.require_upper,
        r.require_lower,
        r.require_digit,
        r.require_special,
    ) = (false, false, false, false);
    let advice = build(&profile, Lang::En, letter_day());
    let actions = advice.sections.iter().find(|s| s.id == "actions").unwrap();
    assert_eq!(ids(&actions.steps[0].body)[2], "advice-rule-length-only");
}

#[test]
fn a_system_the_letter_does_not_name_is_tukiems_suggestion_not_the_letters_words() {
    let advice = build(&Profile::embedded(), Lang::Vi, letter_day());
    let actions = advice.sections.iter().find(|s| s.id == "actions").unwrap();
    let l = Localizer::new(Lang::Vi);
    let lines: Vec<String> = actions.steps[0]
        .body
        .iter()
        .filter_map(|b| match b {
            Block::Paragraph(m) => Some(l.render(m)),
            Block::List(_) => None,
        })
        .collect();
    assert!(lines[0].contains("Hệ thống Dịch vụ công trực tuyến"));
    assert!(!lines[0].contains("Thư điện tử công vụ"), "{}", lines[0]);
    assert!(lines[1].starts_with("TựKiểm gợi ý"), "{}", lines[1]);
    assert!(lines[1].contains("Thư điện tử công vụ"));
}

#[test]
fn the_contact_is_named_with_the_profiles_honorific() {
    let c = build(&Profile::embedded(), Lang::Vi, letter_day()).contact;
    assert_eq!(c.name, "Ông Phạm Văn An");
    let c = build(&Profile::embedded(), Lang::En, letter_day()).contact;
    assert_eq!(c.name, "Mr Phạm Văn An");
}

#[test]
fn the_letters_original_text_ships_verbatim_with_the_default_profile() {
    let advice = build(&Profile::embedded(), Lang::Vi, letter_day());
    let text = advice
        .original
        .expect("the default profile ships the letter");
    for needle in [
        "Kính gửi:",
        "Mật khẩu mới yêu cầu tối thiểu 8 ký tự",
        "Chỉ thị số 14/CT-TTg ngày 25/5/2018",
        "Đầu mối liên hệ: ông Phạm Văn An - Chuyên viên Phòng Chuyển đổi số",
        "Vũ Trọng Quế",
    ] {
        assert!(text.contains(needle), "missing {needle:?}");
    }
    assert!(advice.original_problem.is_none());
}

#[test]
fn a_profile_over_a_year_old_says_agencies_may_have_changed_and_whom_to_ask() {
    let profile = Profile::embedded();
    let fresh = build(&profile, Lang::Vi, letter_day() + AGEING_DAYS);
    assert!(fresh.ageing.is_empty());
    let old = build(&profile, Lang::Vi, letter_day() + AGEING_DAYS + 1);
    let l = Localizer::new(Lang::Vi);
    let first = l.render(&old.ageing[0]);
    assert!(first.contains("02/11/2023"), "{first}");
    assert!(first.contains("2025"), "{first}");
    assert!(first.contains("Phạm Văn An"), "{first}");
    // The profile's own note follows.
    assert_eq!(old.ageing.len(), 2);

    // valid_as_of, when given, is the date that counts.
    let mut renewed = Profile::embedded();
    renewed.valid_as_of = "2026-07-01".into();
    let day = days_from_iso("2026-12-01").unwrap();
    assert!(build(&renewed, Lang::Vi, day).ageing.is_empty());
}
