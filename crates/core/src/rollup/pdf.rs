//! The roll-up as an A4 PDF for signing, with the self-check report's machinery (layout measured
//! with the same shaper, Noto Serif embedded, text that extracts with its diacritics). Portrait,
//! like the report: the people table keeps the columns a head of unit signs for (name, unit,
//! date, score, anti-malware, .gov.vn passwords, systems changed, file state); the date of each
//! system's change is in the spreadsheet and the HTML page.

use super::row::system_columns;
use super::view::Rollup;
use crate::Localizer;
use crate::render::pdf::{
    Align, BODY, Cell, GREY, LEFT, LINE, Layout, Measurer, Op, Para, PdfError, RIGHT, SMALL,
    Weight, draw, signatures_height,
};
use crate::{Msg, assessment::integrity::Integrity};

/// Columns of the people table taken from the view: number, name, unit, checked, score,
/// anti-malware, .gov.vn (the machine and the per-system cells are summed up instead).
const PEOPLE_COLUMNS: [usize; 7] = [0, 1, 2, 4, 5, 6, 7];

pub fn layout(r: &Rollup, l: &Localizer, m: &Measurer) -> Vec<Vec<Op>> {
    let v = &r.view;
    let t = |id: &str| l.text(id);
    let mut p = Layout::new(m);
    let width = RIGHT - LEFT;

    // National heading: a blank for the unit on the left, the nation and motto on the right.
    p.national_heading(l, &t("report-not-given"), false, &v.place_date);
    p.full(&v.title, 14.0, Weight::Bold, Align::Center);
    p.gap(2.0);
    p.full(&v.self_assessment, SMALL, Weight::Regular, Align::Center);
    p.gap(2.0);
    p.full(&v.subtitle, BODY, Weight::Regular, Align::Center);

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
    p.section(&t("rollup-section-summary"), start);
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
    p.section(&t("rollup-section-people"), start);
    if rows.is_empty() {
        p.full(&t("rollup-none"), BODY, Weight::Regular, Align::Left);
    } else {
        p.table(&widths, &header, &rows);
    }

    // III. Files left out.
    p.section(&t("rollup-section-files"), BODY * LINE * 2.0);
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
    p.signatures(
        l,
        &[
            (t("rollup-signer-maker"), None),
            (t("report-signer-head"), None),
        ],
        false,
        signatures_height(false),
    );
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

    p.numbered(l)
}

pub fn render(r: &Rollup, l: &Localizer) -> Result<Vec<u8>, PdfError> {
    let m = Measurer::new()?;
    let pages = layout(r, l, &m);
    draw(pages, r.view.title.clone(), r.lang.code(), l)
}
