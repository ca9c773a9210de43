//! The self-check report as an A4 PDF: its five sections on the shared page machinery
//! (`render::pdf`: layout, national heading, signatures, page numbers, drawing).
//!
//! Layout follows the habits of Vietnamese administrative paper: a serif face, the national
//! heading, wide left margin for binding (30 mm), signatures at the end.

use super::document::{Report, SystemState};
use super::score::State;
use crate::checks::Status;
use crate::render::pdf::{
    Align, BLACK, BODY, Cell, GREY, LEFT, LINE, Layout, Measurer, Op, Para, PdfError, RIGHT, SMALL,
    Weight, draw, signatures_height, status_color,
};
use crate::{Localizer, Msg};

/// Lays the report out into pages of drawing operations (no PDF yet: tests look at these).
pub fn layout(r: &Report, l: &Localizer, m: &Measurer) -> Vec<Vec<Op>> {
    let mut p = Layout::new(m);
    heading(&mut p, r, l);
    general(&mut p, r, l);
    score(&mut p, r, l);
    findings(&mut p, r, l);
    systems(&mut p, r, l);
    actions_and_signatures(&mut p, r, l);
    p.numbered(l)
}

/// The national heading, the title, and who assessed the computer.
fn heading(p: &mut Layout, r: &Report, l: &Localizer) {
    let t = |id: &str| l.text(id);
    let unit = r
        .person
        .unit
        .as_deref()
        .map_or_else(|| t("report-not-given"), str::to_uppercase);
    p.national_heading(l, &unit, true, &r.text.place_date);
    p.full(&t("report-title"), 14.0, Weight::Bold, Align::Center);
    p.gap(2.0);
    p.full(&r.text.subtitle, BODY, Weight::Regular, Align::Center);
    p.gap(2.0);
    p.paragraph(
        &r.text.self_assessment,
        SMALL,
        Weight::Regular,
        Align::Center,
        GREY,
        LEFT,
        RIGHT,
    );
    p.gap(8.0);
}

/// I. General information: label, then value in bold. (A heading stays with what follows it:
/// `section`'s second argument is the height of its first block.)
fn general(p: &mut Layout, r: &Report, l: &Localizer) {
    let t = |id: &str| l.text(id);
    let width = RIGHT - LEFT;
    p.section(&t("report-section-general"), BODY * LINE * 3.0);
    let not_given = t("report-not-given");
    let checked = r
        .check
        .as_ref()
        .map_or_else(|| t("report-not-checked"), |c| c.shown.clone());
    let fields = [
        (
            "report-field-person",
            r.person.name.clone().unwrap_or_else(|| not_given.clone()),
        ),
        (
            "report-field-unit",
            r.person.unit.clone().unwrap_or_else(|| not_given.clone()),
        ),
        ("report-field-agency", r.agency.clone()),
        (
            "report-field-machine",
            r.machine
                .name
                .clone()
                .unwrap_or_else(|| t("report-machine-unknown")),
        ),
        ("report-field-os", r.machine.os.clone()),
        ("report-field-checked", checked),
        ("report-field-date", r.text.date_shown.clone()),
    ];
    let label_w = width * 0.36;
    for (label, value) in fields {
        let top = p.y;
        p.paragraph(
            &format!("{}:", t(label)),
            BODY,
            Weight::Regular,
            Align::Left,
            BLACK,
            LEFT,
            LEFT + label_w,
        );
        let after_label = p.y;
        p.y = top;
        p.paragraph(
            &value,
            BODY,
            Weight::Bold,
            Align::Left,
            BLACK,
            LEFT + label_w,
            RIGHT,
        );
        p.y = p.y.max(after_label) + 1.0;
    }
}

/// II. The score and its parts.
fn score(p: &mut Layout, r: &Report, l: &Localizer) {
    let t = |id: &str| l.text(id);
    let width = RIGHT - LEFT;
    p.section(&t("report-section-score"), 14.0 * LINE + SMALL * LINE * 2.0);
    p.full(&r.text.score_line, 14.0, Weight::Bold, Align::Left);
    p.paragraph(
        &t("report-score-note"),
        SMALL,
        Weight::Regular,
        Align::Left,
        GREY,
        LEFT,
        RIGHT,
    );
    p.gap(4.0);
    let rows: Vec<Vec<Cell>> = r
        .components
        .iter()
        .map(|c| {
            vec![
                vec![Para::plain(c.label.clone())],
                vec![Para::bold(c.result.clone()).colored(state_color(c.state))],
                vec![Para::plain(
                    l.render(
                        &Msg::new("report-points")
                            .arg("earned", i64::from(c.earned))
                            .arg("possible", i64::from(c.possible)),
                    ),
                )],
            ]
        })
        .collect();
    p.table(
        &[width * 0.62, width * 0.24, width * 0.14],
        &[
            t("report-col-item"),
            t("report-col-result"),
            t("report-col-points"),
        ],
        &rows,
    );
}

/// III. Findings: what each check found (the advice is in the JSON and on screen; the printed
/// form keeps to the facts, and its next steps are section V).
fn findings(p: &mut Layout, r: &Report, l: &Localizer) {
    let t = |id: &str| l.text(id);
    let width = RIGHT - LEFT;
    let rows: Vec<Vec<Cell>> = r
        .findings
        .iter()
        .map(|f| {
            vec![
                vec![Para::bold(f.title.clone())],
                vec![Para::bold(f.status_text.clone()).colored(status_color(f.status))],
                vec![Para::plain(match &f.reason {
                    Some(reason) => format!("{} {reason}", f.summary),
                    None => f.summary.clone(),
                })],
            ]
        })
        .collect();
    let widths = [width * 0.26, width * 0.16, width * 0.58];
    let header = [
        t("report-col-check"),
        t("report-col-status"),
        t("report-col-detail"),
    ];
    if rows.is_empty() {
        p.section(&t("report-section-findings"), BODY * LINE);
        p.full(
            &t("report-findings-none"),
            BODY,
            Weight::Regular,
            Align::Left,
        );
    } else {
        let next = p.table_start(&widths, &header, &rows);
        p.section(&t("report-section-findings"), next);
        p.table(&widths, &header, &rows);
    }
}

/// IV. The systems whose passwords were to be changed.
fn systems(p: &mut Layout, r: &Report, l: &Localizer) {
    let t = |id: &str| l.text(id);
    let width = RIGHT - LEFT;
    let rows: Vec<Vec<Cell>> = r
        .systems
        .iter()
        .map(|s| {
            let color = status_color(match s.state {
                SystemState::Done => Status::Ok,
                SystemState::Stale => Status::Warning,
                SystemState::Undone => Status::Critical,
                SystemState::NotRecorded => Status::Unknown,
            });
            vec![
                vec![Para::plain(s.name.clone())],
                vec![Para::bold(s.state_text.clone()).colored(color)],
                vec![Para::plain(s.changed_shown.clone().unwrap_or_default())],
            ]
        })
        .collect();
    let widths = [width * 0.52, width * 0.28, width * 0.20];
    let header = [
        t("report-col-system"),
        t("report-col-result"),
        t("report-col-changed"),
    ];
    let next = p.table_start(&widths, &header, &rows);
    p.section(&t("report-section-systems"), next);
    p.table(&widths, &header, &rows);
    {
        let note = if r.systems_recorded {
            t("report-systems-self-declared")
        } else {
            t("report-systems-not-recorded")
        };
        p.paragraph(
            &note,
            SMALL,
            Weight::Regular,
            Align::Left,
            GREY,
            LEFT,
            RIGHT,
        );
    }
}

/// V. Actions, kept on one page with the signatures: a page holding only signatures would be
/// signing nothing.
fn actions_and_signatures(p: &mut Layout, r: &Report, l: &Localizer) {
    let t = |id: &str| l.text(id);
    let footer = 10.0 + SMALL * LINE * 2.0;
    let sign_h = signatures_height(true) + footer;
    let actions_h: f32 = r
        .actions
        .iter()
        .map(|a| {
            let text = format!("{} ({})", a.text, a.gain_text);
            p.m.wrap(&text, BODY, Weight::Regular, RIGHT - LEFT - 20.0)
                .len() as f32
                * BODY
                * LINE
                + 2.0
        })
        .sum::<f32>()
        .max(BODY * LINE);
    p.section(&t("report-section-actions"), actions_h + 14.0 + sign_h);
    if r.actions.is_empty() {
        p.full(
            &t("report-actions-none"),
            BODY,
            Weight::Regular,
            Align::Left,
        );
    }
    for (i, a) in r.actions.iter().enumerate() {
        let top = p.y;
        p.keep(BODY * LINE);
        let top = if p.y < top { p.y } else { top };
        p.text_line(
            LEFT + 4.0,
            top,
            BODY,
            Weight::Regular,
            BLACK,
            &format!("{}.", i + 1),
        );
        p.y = top;
        p.paragraph(
            &format!("{} ({})", a.text, a.gain_text),
            BODY,
            Weight::Regular,
            Align::Left,
            BLACK,
            LEFT + 20.0,
            RIGHT,
        );
        p.gap(2.0);
    }

    p.signatures(
        l,
        &[
            (t("report-signer-person"), r.person.name.clone()),
            (t("report-signer-head"), None),
        ],
        true,
        sign_h,
    );
    p.gap(10.0);
    p.paragraph(
        &t("report-generated"),
        SMALL,
        Weight::Regular,
        Align::Left,
        GREY,
        LEFT,
        RIGHT,
    );
}

/// The report as PDF bytes.
pub fn render(r: &Report, l: &Localizer) -> Result<Vec<u8>, PdfError> {
    let m = Measurer::new()?;
    let pages = layout(r, l, &m);
    draw(pages, l.text("report-title"), r.lang.code(), l)
}

fn state_color(state: State) -> (u8, u8, u8) {
    status_color(match state {
        State::Full => Status::Ok,
        State::Partial => Status::Warning,
        State::None => Status::Critical,
        State::Unknown | State::NotChecked => Status::Unknown,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::assessment::document::Person;
    use crate::assessment::document::tests::sample;
    use crate::render::pdf::layout::{BOTTOM, MM, PAGE_H};
    use crate::{Lang, Localizer};

    fn texts(pages: &[Vec<Op>]) -> Vec<(usize, f32, f32, f32, String)> {
        pages
            .iter()
            .enumerate()
            .flat_map(|(i, ops)| {
                ops.iter().filter_map(move |op| match op {
                    Op::Text {
                        x, y, width, text, ..
                    } => Some((i, *x, *y, *width, text.clone())),
                    _ => None,
                })
            })
            .collect()
    }

    #[test]
    fn lines_wrap_inside_the_width_and_long_words_are_cut() {
        let m = Measurer::new().unwrap();
        let text = "Xo\u{e1} m\u{1ead}t kh\u{1ea9}u trang c\u{1a1} quan nh\u{e0} n\u{1b0}\u{1edb}c \u{111}\u{e3} l\u{1b0}u trong tr\u{ec}nh duy\u{1ec7}t";
        let lines = m.wrap(text, 12.0, Weight::Regular, 120.0);
        assert!(lines.len() > 1);
        assert_eq!(lines.join(" "), text);
        for line in &lines {
            assert!(m.width(line, 12.0, Weight::Regular) <= 120.0, "{line}");
        }
        let long = "x".repeat(200);
        let lines = m.wrap(&long, 12.0, Weight::Bold, 100.0);
        assert_eq!(lines.concat(), long);
        assert!(
            lines
                .iter()
                .all(|l| m.width(l, 12.0, Weight::Bold) <= 100.0)
        );
        assert_eq!(m.wrap("", 12.0, Weight::Regular, 100.0), [""]);
    }

    #[test]
    fn every_line_stays_inside_the_a4_margins_and_pages_are_numbered() {
        let m = Measurer::new().unwrap();
        for lang in [Lang::Vi, Lang::En] {
            let name = "Nguy\u{1ec5}n Th\u{1ecb} Thu H\u{1b0}\u{1a1}ng ".repeat(12);
            let r = sample(lang, Person::new(Some(&name), Some(&name)));
            let l = Localizer::new(lang);
            let pages = layout(&r, &l, &m);
            let all = texts(&pages);
            assert!(!all.is_empty());
            for (page, x, y, w, text) in &all {
                assert!(
                    *x >= LEFT - 0.5 && x + w <= RIGHT + 0.5,
                    "page {page}: {text:?} at x {x}, width {w}"
                );
                assert!(
                    *y > 0.0 && *y <= PAGE_H - 10.0 * MM,
                    "page {page}: {text:?} at y {y}"
                );
            }
            let numbers: Vec<&String> = all
                .iter()
                .filter(|t| t.2 == PAGE_H - 12.0 * MM)
                .map(|t| &t.4)
                .collect();
            assert_eq!(numbers.len(), pages.len());
            // Body text stays above the bottom margin.
            for (_, _, y, _, text) in all.iter().filter(|t| t.2 != PAGE_H - 12.0 * MM) {
                assert!(*y <= BOTTOM + 1.0, "{text:?} at y {y}");
            }
        }
    }

    #[test]
    fn the_pdf_is_a_pdf_with_the_font_embedded() {
        let r = sample(Lang::Vi, Person::default());
        let bytes = render(&r, &Localizer::new(Lang::Vi)).unwrap();
        assert!(bytes.starts_with(b"%PDF-"));
        assert!(
            bytes.windows(9).any(|w| w == b"NotoSerif"),
            "font named in the file"
        );
        assert!(
            bytes.len() < 400_000,
            "subset, not the whole font: {} bytes",
            bytes.len()
        );
    }

    /// `pdftotext` (poppler-utils) reads the PDF as any viewer would; skipped when missing.
    #[test]
    fn the_text_extracts_with_its_vietnamese_diacritics_intact() {
        let name = "Nguy\u{1ec5}n V\u{103}n \u{110}\u{1ee9}c";
        let r = sample(
            Lang::Vi,
            Person::new(Some(name), Some("UBND x\u{e3} Y\u{ea}n Th\u{1ecd}")),
        );
        let bytes = render(&r, &Localizer::new(Lang::Vi)).unwrap();
        let dir = tempfile::tempdir().unwrap();
        let pdf = dir.path().join("report.pdf");
        std::fs::write(&pdf, &bytes).unwrap();
        // Keep a copy to look at: TUKIEM_REPORT_SAMPLE=/tmp/x.pdf cargo test -p tukiem-core pdf
        if let Some(copy) = std::env::var_os("TUKIEM_REPORT_SAMPLE") {
            std::fs::write(copy, &bytes).unwrap();
        }
        let out = match std::process::Command::new("pdftotext")
            .arg(&pdf)
            .arg("-")
            .output()
        {
            Ok(out) => out,
            Err(_) => {
                eprintln!("SKIPPED: pdftotext is not installed (apt-get install poppler-utils)");
                return;
            }
        };
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let text = String::from_utf8(out.stdout).unwrap();
        for words in [
            "C\u{1ed8}NG H\u{d2}A X\u{c3} H\u{1ed8}I CH\u{1ee6} NGH\u{128}A VI\u{1ec6}T NAM",
            "PHI\u{1ebe}U T\u{1ef0} KI\u{1ec2}M TRA",
            "\u{110}\u{1ed5}i m\u{1ead}t kh\u{1ea9}u",
            "TH\u{1ee6} TR\u{1af}\u{1ede}NG \u{110}\u{1a0}N V\u{1eca}",
            "(K\u{fd}, ghi r\u{f5} h\u{1ecd} t\u{ea}n)",
            "Ng\u{1b0}\u{1edd}i t\u{1ef1} ki\u{1ec3}m tra",
            name,
            "UBND X\u{c3} Y\u{ca}N TH\u{1ecc}",
            "T\u{1ed5}ng \u{111}i\u{1ec3}m: 62/100",
            "Trang 1/",
        ] {
            assert!(text.contains(words), "{words:?} not in:\n{text}");
        }
    }
}
