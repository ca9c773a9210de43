//! The roll-up as an A4 PDF for signing, with the self-check report's machinery (layout measured
//! with the same shaper, Noto Serif embedded, text that extracts with its diacritics). Portrait,
//! like the report: the people table keeps the columns a head of unit signs for (name, unit,
//! date, score, anti-malware, .gov.vn passwords, systems changed, file state); the date of each
//! system's change is in the spreadsheet and the HTML page.

use super::model::{Rollup, system_columns};
use crate::Localizer;
use crate::report::pdf::{
    Align, BLACK, BODY, Cell, GREY, LEFT, LINE, Layout, Measurer, Op, Para, PdfError, RIGHT,
    SIGN_SPACE, SMALL, Weight, draw,
};
use crate::{Msg, report::integrity::Integrity};

/// Columns of the people table taken from the view: number, name, unit, checked, score,
/// anti-malware, .gov.vn (the machine and the per-system cells are summed up instead).
const PEOPLE_COLUMNS: [usize; 7] = [0, 1, 2, 4, 5, 6, 7];

pub fn layout(r: &Rollup, l: &Localizer, m: &Measurer) -> Vec<Vec<Op>> {
    let v = &r.view;
    let t = |id: &str| l.text(id);
    let mut p = Layout::new(m);
    let width = RIGHT - LEFT;

    // National heading: a blank for the unit on the left, the nation and motto on the right.
    let split = LEFT + width * 0.40;
    let top = p.y;
    p.paragraph(
        &t("report-not-given"),
        11.0,
        Weight::Bold,
        Align::Center,
        BLACK,
        LEFT,
        split - 6.0,
    );
    p.nation_and_motto(l, split, top);
    p.paragraph(
        &v.place_date,
        BODY,
        Weight::Regular,
        Align::Right,
        BLACK,
        split,
        RIGHT,
    );
    p.gap(14.0);
    p.full(&v.title, 14.0, Weight::Bold, Align::Center);
    p.gap(2.0);
    p.full(&v.self_assessment, SMALL, Weight::Regular, Align::Center);
    p.gap(2.0);
    p.full(&v.subtitle, BODY, Weight::Regular, Align::Center);

    let section = |p: &mut Layout, text: &str, next: f32| {
        p.gap(10.0);
        p.keep(BODY * LINE + 3.0 + next);
        p.full(text, BODY, Weight::Bold, Align::Left);
        p.gap(3.0);
    };

    // I. Summary.
    let widths = [width * 0.68, width * 0.32];
    let rows: Vec<Vec<Cell>> = v
        .summary
        .iter()
        .map(|(label, value)| {
            vec![
                vec![Para::plain(label.clone())],
                vec![Para::bold(value.clone())],
            ]
        })
        .collect();
    let header = [t("report-col-item"), t("report-col-result")];
    let start = p.table_start(&widths, &header, &rows);
    section(&mut p, &t("rollup-section-summary"), start);
    p.table(&widths, &header, &rows);
    if let Some(title) = &v.missing_title {
        p.gap(6.0);
        p.full(title, BODY, Weight::Bold, Align::Left);
        if v.missing.is_empty() {
            p.full(&t("rollup-none"), BODY, Weight::Regular, Align::Left);
        }
        for (i, name) in v.missing.iter().enumerate() {
            p.full(
                &format!("{}. {name}", i + 1),
                BODY,
                Weight::Regular,
                Align::Left,
            );
        }
    }
    p.gap(4.0);
    p.paragraph(
        &v.integrity_note,
        SMALL,
        Weight::Regular,
        Align::Left,
        GREY,
        LEFT,
        RIGHT,
    );

    // II. Each person.
    let systems = system_columns(&r.people);
    let mut header: Vec<String> = PEOPLE_COLUMNS
        .iter()
        .map(|&c| v.columns.get(c).cloned().unwrap_or_default())
        .collect();
    header.push(l.text("rollup-col-systems"));
    let fractions = [0.05, 0.19, 0.15, 0.11, 0.07, 0.12, 0.13, 0.18];
    let widths: Vec<f32> = fractions.iter().map(|f| f * width).collect();
    let rows: Vec<Vec<Cell>> = r
        .people
        .iter()
        .zip(&v.rows)
        .map(|(person, row)| {
            let mut cells: Vec<Cell> = PEOPLE_COLUMNS
                .iter()
                .map(|&c| vec![Para::plain(row.cells.get(c).cloned().unwrap_or_default())])
                .collect();
            let changed = systems
                .iter()
                .filter(|(id, _)| {
                    person
                        .systems
                        .iter()
                        .any(|s| s.id == *id && s.state.changed())
                })
                .count();
            let mut last = vec![Para::plain(
                l.render(
                    &Msg::new("rollup-systems-changed")
                        .arg("changed", changed as i64)
                        .arg("total", systems.len() as i64),
                ),
            )];
            if let Some(w) = &row.warning {
                let color = if person.integrity == Integrity::Damaged {
                    (183, 28, 28)
                } else {
                    GREY
                };
                last.push(Para::plain(w.clone()).colored(color));
            }
            cells.push(last);
            cells
        })
        .collect();
    let start = p.table_start(&widths, &header, &rows);
    section(&mut p, &t("rollup-section-people"), start);
    if rows.is_empty() {
        p.full(&t("rollup-none"), BODY, Weight::Regular, Align::Left);
    } else {
        p.table(&widths, &header, &rows);
    }

    // III. Files left out.
    section(&mut p, &t("rollup-section-files"), BODY * LINE * 2.0);
    for (title, columns, list) in [
        (t("rollup-section-refused"), &v.refused_columns, &v.refused),
        (
            t("rollup-section-replaced"),
            &v.replaced_columns,
            &v.replaced,
        ),
    ] {
        p.gap(4.0);
        p.keep(BODY * LINE * 3.0);
        p.full(&title, BODY, Weight::Bold, Align::Left);
        if list.is_empty() {
            p.full(&t("rollup-none"), BODY, Weight::Regular, Align::Left);
            continue;
        }
        let n = columns.len().max(1) as f32;
        let widths: Vec<f32> = if columns.len() == 2 {
            vec![width * 0.45, width * 0.55]
        } else {
            vec![width / n; columns.len()]
        };
        let rows: Vec<Vec<Cell>> = list
            .iter()
            .map(|row| row.iter().map(|c| vec![Para::plain(c.clone())]).collect())
            .collect();
        p.table(&widths, columns, &rows);
    }

    // Signatures.
    let sign_h = BODY * LINE * 2.0 + SIGN_SPACE;
    p.gap(14.0);
    p.keep(sign_h);
    let top = p.y;
    let col = width / 2.0;
    for (i, who) in [t("rollup-signer-maker"), t("report-signer-head")]
        .into_iter()
        .enumerate()
    {
        let x0 = LEFT + col * i as f32;
        p.y = top;
        p.paragraph(&who, BODY, Weight::Bold, Align::Center, BLACK, x0, x0 + col);
        p.paragraph(
            &t("report-sign-hint"),
            SMALL,
            Weight::Regular,
            Align::Center,
            GREY,
            x0,
            x0 + col,
        );
    }
    p.y = top + sign_h;
    p.gap(10.0);
    p.paragraph(
        &t("rollup-generated"),
        SMALL,
        Weight::Regular,
        Align::Left,
        GREY,
        LEFT,
        RIGHT,
    );

    // Page numbers.
    let pages = p.pages.len();
    for (i, ops) in p.pages.iter_mut().enumerate() {
        let text = l.render(
            &Msg::new("report-page")
                .arg("page", i + 1)
                .arg("pages", pages),
        );
        let w = m.width(&text, 9.0, Weight::Regular);
        ops.push(Op::Text {
            x: RIGHT - w,
            y: crate::report::pdf::PAGE_H - 12.0 * crate::report::pdf::MM,
            width: w,
            size: 9.0,
            weight: Weight::Regular,
            color: GREY,
            text,
        });
    }
    p.pages
}

pub fn render(r: &Rollup, l: &Localizer) -> Result<Vec<u8>, PdfError> {
    let m = Measurer::new()?;
    let pages = layout(r, l, &m);
    draw(pages, r.view.title.clone(), r.lang.code(), l)
}
