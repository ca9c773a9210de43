use super::*;
use crate::Lang;
use crate::assessment::document::tests::{NOW, sample};
use crate::assessment::document::{Person, to_json};

fn report(name: &str, shift: i64) -> String {
    let mut r = sample(
        Lang::Vi,
        Person::new(Some(name), Some("V\u{103}n ph\u{f2}ng")),
    );
    r.generated_at += shift;
    if let Some(c) = r.check.as_mut() {
        c.checked_at += shift;
    }
    to_json(&r)
}

/// The report with its score changed and nothing else (the integrity mark left as it was).
fn with_score(json: &str, score: i64) -> String {
    let mut doc: serde_json::Value = serde_json::from_str(json).unwrap();
    doc["score"] = serde_json::Value::from(score);
    serde_json::to_string_pretty(&doc).unwrap()
}

pub(super) fn roll(files: &[(&str, String)], staff: Option<Vec<String>>, lang: Lang) -> Rollup {
    let mut b = Builder::new();
    for (name, text) in files {
        b.add_bytes((*name).to_owned(), text.as_bytes());
    }
    b.finish(
        &Options {
            now_unix: NOW,
            utc_offset_minutes: 420,
            staff,
        },
        &Localizer::new(lang),
    )
}

#[test]
fn the_latest_report_wins_whatever_order_the_files_come_in() {
    let old = report("Lan", 0);
    let new = report("Lan", 3600);
    for files in [
        vec![("old.json", old.clone()), ("new.json", new.clone())],
        vec![("new.json", new.clone()), ("old.json", old.clone())],
    ] {
        let r = roll(&files, None, Lang::Vi);
        assert_eq!(r.people.len(), 1);
        assert_eq!(r.people[0].source, "new.json");
        assert_eq!(r.replaced.len(), 1);
        assert_eq!(r.replaced[0].file, "old.json");
        assert_eq!(r.replaced[0].by, "new.json");
    }
}

#[test]
fn a_name_differing_only_in_case_and_spacing_is_the_same_person_diacritics_are_not() {
    let r = roll(
        &[
            ("a.json", report("L\u{e2}n", 0)),
            ("b.json", report("  l\u{c2}n ", 60)),
            ("c.json", report("Lan", 0)),
        ],
        None,
        Lang::Vi,
    );
    assert_eq!(r.people.len(), 2);
}

#[test]
fn bad_input_of_every_kind_is_listed_never_aborts() {
    let good = report("Lan", 0);
    let r = roll(
        &[
            ("good.json", good.clone()),
            ("empty.json", String::new()),
            ("bin.json", "\u{0}\u{1}garbage".into()),
            ("cut.json", good[..good.len() / 3].to_owned()),
            ("array.json", "[1,2,3]".into()),
            ("other.json", "{\"schema\":\"acme/1\"}".into()),
            ("v9.json", "{\"schema\":\"tukiem.rollup/9\"}".into()),
            ("missing.json", "{\"schema\":\"tukiem.report/1\"}".into()),
            ("big-score.json", with_score(&good, 300)),
        ],
        None,
        Lang::En,
    );
    assert_eq!(r.people.len(), 1);
    let codes: Vec<(&str, &str)> = r
        .refused
        .iter()
        .map(|f| (f.file.as_str(), f.reason.as_str()))
        .collect();
    assert_eq!(
        codes,
        [
            ("empty.json", "truncated"),
            ("bin.json", "not_json"),
            ("cut.json", "truncated"),
            ("array.json", "foreign"),
            ("other.json", "foreign"),
            ("v9.json", "version"),
            ("missing.json", "invalid"),
            ("big-score.json", "invalid"),
        ]
    );
    assert!(r.refused.iter().all(|f| f.text.contains(&f.file)));
}

#[test]
fn shares_count_intact_and_unmarked_reports_but_not_damaged_ones() {
    let a = report("An", 0);
    let edited = with_score(&report("B\u{ec}nh", 0), 99);
    let r = roll(&[("a.json", a), ("b.json", edited)], None, Lang::Vi);
    assert_eq!(r.summary.people, 2);
    assert_eq!(r.summary.counted, 1);
    assert_eq!(r.summary.damaged, 1);
    // The sample's antivirus could not be checked; one system changed recently, one long ago.
    assert_eq!(r.summary.antivirus_ok, 0);
    let changed: Vec<(&str, usize, u32)> = r
        .summary
        .systems
        .iter()
        .map(|s| (s.id.as_str(), s.changed, s.percent))
        .collect();
    assert_eq!(
        changed,
        [
            ("dich-vu-cong", 1, 100),
            ("quan-ly-van-ban", 0, 0),
            ("thu-cong-vu", 1, 100)
        ]
    );
    let damaged = r.view.rows.iter().find(|row| row.damaged).unwrap();
    assert!(damaged.cells.contains(&"B\u{ec}nh".to_owned()));
}

#[test]
fn a_script_in_a_name_is_escaped_in_the_html() {
    let r = roll(
        &[("x.json", report("<script>alert(1)</script>", 0))],
        None,
        Lang::Vi,
    );
    let page = html::render(&r, &Localizer::new(Lang::Vi));
    assert!(!page.contains("<script>"));
    assert!(page.contains("&lt;script&gt;"));
}

#[test]
fn the_pdf_lays_out_every_person_and_the_signatures() {
    let files: Vec<(String, String)> = (0..40)
        .map(|i| {
            (
                format!("{i}.json"),
                report(&format!("Ng\u{1b0}\u{1edd}i {i}"), 0),
            )
        })
        .collect();
    let files: Vec<(&str, String)> = files.iter().map(|(a, b)| (a.as_str(), b.clone())).collect();
    let r = roll(&files, None, Lang::Vi);
    let l = Localizer::new(Lang::Vi);
    let m = crate::render::pdf::Measurer::new().unwrap();
    let pages = pdf::layout(&r, &l, &m);
    assert!(pages.len() >= 2, "40 people take more than a page");
    let texts: Vec<String> = pages
        .iter()
        .flatten()
        .filter_map(|op| match op {
            crate::render::pdf::Op::Text { text, .. } => Some(text.clone()),
            _ => None,
        })
        .collect();
    for i in 0..40 {
        let name = format!("Ng\u{1b0}\u{1edd}i {i}");
        assert!(texts.contains(&name), "{name} missing");
    }
    assert!(texts.iter().any(|t| t == &l.text("rollup-signer-maker")));
    assert!(pdf::render(&r, &l).unwrap().starts_with(b"%PDF"));
}

/// What a head of unit reads and signs, pinned in both languages.
#[test]
fn summary_and_table_snapshots_in_both_languages() {
    for lang in [Lang::Vi, Lang::En] {
        let r = roll(
            &[
                ("usb/an.json", report("Nguy\u{1ec5}n V\u{103}n An", 0)),
                (
                    "usb/an-cu.json",
                    report("Nguy\u{1ec5}n V\u{103}n An", -86_400),
                ),
                ("tap-huan.json", "{\"schema\":\"x\"}".into()),
            ],
            Some(vec![
                "Nguy\u{1ec5}n V\u{103}n An".into(),
                "Tr\u{1ea7}n Th\u{1ecb} B\u{ec}nh".into(),
            ]),
            lang,
        );
        let v = &r.view;
        let mut text = format!(
            "{}\n{}\n{}\n{}\n\n",
            v.title, v.self_assessment, v.subtitle, v.place_date
        );
        for (label, value) in &v.summary {
            text.push_str(&format!("{label}: {value}\n"));
        }
        text.push_str(&format!("\n{}\n", v.columns.join(" | ")));
        for row in &v.rows {
            text.push_str(&format!("{}\n", row.cells.join(" | ")));
        }
        for row in v.refused.iter().chain(&v.replaced) {
            text.push_str(&format!("{}\n", row.join(" | ")));
        }
        text.push_str(&format!("{:?}\n{}\n", v.missing, v.integrity_note));
        insta::assert_snapshot!(format!("rollup_view_{lang}"), text);
    }
}

/// The roll-up goes upwards with a national heading: each format says, under its title, that the
/// unit made it itself with TựKiểm and that it is not a form the agency issued.
#[test]
fn every_rollup_format_says_it_is_the_units_own_table_not_a_form_issued_by_the_agency() {
    for lang in [Lang::Vi, Lang::En] {
        let r = roll(&[("an.json", report("An", 0))], None, lang);
        let l = Localizer::new(lang);
        let agency = r.people[0].agency.clone();
        let line = l.render(&crate::Msg::new("rollup-self-assessment").arg("issuer", agency));
        assert_eq!(r.view.self_assessment, line);

        let html = html::render(&r, &l);
        let title_at = html.find("<h1>").unwrap();
        let line_at = html
            .find(&crate::assessment::html::escape(&line))
            .expect("HTML: the line");
        assert!(line_at > title_at, "HTML: the line comes under the title");

        let m = crate::render::pdf::Measurer::new().unwrap();
        let words: Vec<String> = pdf::layout(&r, &l, &m)
            .into_iter()
            .flatten()
            .filter_map(|op| match op {
                crate::render::pdf::Op::Text { text, .. } => Some(text),
                _ => None,
            })
            .collect();
        assert!(words.join(" ").contains(&line), "PDF: {words:?}");
    }
}

#[test]
fn reports_of_several_agencies_are_said_not_to_be_a_form_of_a_higher_authority() {
    let l = Localizer::new(Lang::Vi);
    let other = report("B\u{ec}nh", 0).replacen("\"agency\": \"", "\"agency\": \"UBND ", 1);
    let r = roll(
        &[("an.json", report("An", 0)), ("binh.json", other)],
        None,
        Lang::Vi,
    );
    assert!(
        r.view
            .self_assessment
            .contains(&l.text("rollup-issuer-any")),
        "{}",
        r.view.self_assessment
    );
}

/// The roll-up says "over N days" with the N of the profile each report was made with, not a
/// fixed 90 (a profile may ask for 180, or set nothing).
#[test]
fn a_stale_change_in_the_rollup_names_the_days_of_its_own_reports_profile() {
    use crate::assessment::document::tests::{sample_check, sample_checklist};
    use crate::assessment::document::{MachineFacts, ReportInput, build};
    let mut profile = crate::Profile::embedded();
    profile.password_rule.max_age_days = Some(180);
    let check = sample_check();
    let checklist = sample_checklist();
    let l = Localizer::new(Lang::Vi);
    let made = build(
        &ReportInput {
            profile: &profile,
            check: Some(&check),
            checklist: Some(&checklist),
            person: Person::new(Some("An"), None),
            machine: MachineFacts {
                hostname: Some("PC-1".into()),
                os_name: None,
                recorded: None,
            },
            now_unix: NOW,
            utc_offset_minutes: 420,
        },
        &l,
    );
    let r = roll(&[("an.json", to_json(&made))], None, Lang::Vi);
    let stale = r.people[0]
        .systems
        .iter()
        .find(|s| s.id == "thu-cong-vu")
        .unwrap();
    assert_eq!(stale.max_age_days, Some(180));
    let cells = r.view.rows[0].cells.join(" | ");
    assert!(cells.contains("quá 180 ngày"), "{cells}");
    assert!(!cells.contains("90 ngày"), "{cells}");
}
