use super::*;
use crate::Localizer;

fn render_all(lang: Lang) -> String {
    let profile = Profile::embedded();
    let advice = build(&profile, lang);
    let l = Localizer::new(lang);
    let mut out = vec![l.render(&advice.title)];
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
fn advice_leads_with_the_three_actions_then_follows_the_letter() {
    let advice = build(&Profile::embedded(), Lang::Vi);
    let ids: Vec<_> = advice.sections.iter().map(|s| s.id).collect();
    assert_eq!(ids, ["actions", "what-happened", "risks", "causes"]);
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
        "ít nhất 8 ký tự",
        "Hệ thống Dịch vụ công trực tuyến",
        "Hệ thống Quản lý văn bản và điều hành",
        "AaBc146#@",
        "ngày 02/11/2023, do Giám đốc Vũ Trọng Quế ký",
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
    let advice = build(&Profile::embedded(), Lang::Vi);
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
    let c = build(&profile, Lang::Vi).contact;
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
    let advice = build(&profile, Lang::Vi);
    let actions = advice.sections.iter().find(|s| s.id == "actions").unwrap();
    let body = &actions.steps[0].body;
    assert_eq!(
        ids(body),
        [
            "advice-action-password",
            "advice-rule-length",
            "advice-rule-upper",
            "advice-rule-lower",
            "advice-rule-digit"
        ]
    );
    let Block::Paragraph(length) = &body[1] else {
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
    let advice = build(&profile, Lang::En);
    let actions = advice.sections.iter().find(|s| s.id == "actions").unwrap();
    assert_eq!(ids(&actions.steps[0].body)[1], "advice-rule-length-only");
}
