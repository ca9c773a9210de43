//! The roll-up as an Excel workbook (offices work in Excel): the people sheet, the summary
//! sheet and the files that were not used. Written with `rust_xlsxwriter`; text cells are always
//! written as text (a name starting with `=` is never a formula), numbers as numbers so they
//! sort and sum.

use rust_xlsxwriter::{Format, FormatAlign, FormatBorder, Workbook, Worksheet, XlsxError};

use super::view::Rollup;
use crate::{Localizer, Msg};

#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct XlsxFailed(String);

impl XlsxFailed {
    pub fn msg(&self) -> Msg {
        Msg::new("rollup-xlsx-failed").arg("detail", self.0.clone())
    }
}

impl From<XlsxError> for XlsxFailed {
    fn from(e: XlsxError) -> Self {
        Self(e.to_string())
    }
}

/// Excel's limits on a cell and a sheet name.
const MAX_CELL: usize = 32_767;
const MAX_SHEET_NAME: usize = 31;
/// Columns holding numbers on the people sheet: the row number and the score.
const NUMBER_COLUMNS: [usize; 2] = [0, 5];

pub fn render(r: &Rollup, l: &Localizer) -> Result<Vec<u8>, XlsxFailed> {
    let v = &r.view;
    let mut wb = Workbook::new();
    let head = Format::new()
        .set_bold()
        .set_background_color(0xEEF1F5)
        .set_border(FormatBorder::Thin)
        .set_text_wrap()
        .set_align(FormatAlign::Top);
    let cell = Format::new()
        .set_border(FormatBorder::Thin)
        .set_align(FormatAlign::Top);
    let marked = Format::new()
        .set_border(FormatBorder::Thin)
        .set_align(FormatAlign::Top)
        .set_font_color(0xB71C1C);
    let bold = Format::new().set_bold();

    // People.
    let ws = sheet(&mut wb, &l.text("rollup-sheet-people"))?;
    ws.write_string_with_format(0, 0, &v.title, &bold)?;
    ws.write_string(1, 0, text(&v.subtitle))?;
    ws.write_string(2, 0, text(&v.self_assessment))?;
    let top = 3u32;
    for (c, name) in v.columns.iter().enumerate() {
        ws.write_string_with_format(top, col(c), text(name), &head)?;
    }
    for (i, row) in v.rows.iter().enumerate() {
        let rr = top + 1 + i as u32;
        let fmt = if row.damaged { &marked } else { &cell };
        for (c, value) in row.cells.iter().enumerate() {
            match value.parse::<f64>() {
                Ok(n) if NUMBER_COLUMNS.contains(&c) => {
                    ws.write_number_with_format(rr, col(c), n, fmt)?;
                }
                _ => {
                    ws.write_string_with_format(rr, col(c), text(value), fmt)?;
                }
            }
        }
    }
    let widths = |c: usize| match c {
        0 => 5.0,
        5 => 7.0,
        1 | 2 => 24.0,
        _ => 18.0,
    };
    for c in 0..v.columns.len() {
        ws.set_column_width(col(c), widths(c))?;
    }
    ws.set_freeze_panes(top + 1, 2)?;
    if !v.rows.is_empty() {
        ws.autofilter(
            top,
            0,
            top + v.rows.len() as u32,
            col(v.columns.len().saturating_sub(1)),
        )?;
    }

    // Summary.
    let ws = sheet(&mut wb, &l.text("rollup-sheet-summary"))?;
    ws.write_string_with_format(0, 0, &v.title, &bold)?;
    ws.write_string(1, 0, text(&v.place_date))?;
    ws.write_string(2, 0, text(&v.self_assessment))?;
    for (i, (label, value)) in v.summary.iter().enumerate() {
        let rr = 3 + i as u32;
        ws.write_string_with_format(rr, 0, text(label), &cell)?;
        match value.parse::<f64>() {
            Ok(n) => ws.write_number_with_format(rr, 1, n, &cell)?,
            Err(_) => ws.write_string_with_format(rr, 1, text(value), &cell)?,
        };
    }
    let mut rr = 4 + v.summary.len() as u32;
    if let Some(title) = &v.missing_title {
        ws.write_string_with_format(rr, 0, text(title), &bold)?;
        for name in &v.missing {
            rr += 1;
            ws.write_string(rr, 0, text(name))?;
        }
        rr += 2;
    }
    ws.write_string(rr, 0, text(&v.integrity_note))?;
    ws.set_column_width(0, 60.0)?;
    ws.set_column_width(1, 28.0)?;

    // Files replaced or not used.
    let ws = sheet(&mut wb, &l.text("rollup-sheet-files"))?;
    let mut rr = 0u32;
    for (title, columns, rows) in [
        (
            l.text("rollup-section-refused"),
            &v.refused_columns,
            &v.refused,
        ),
        (
            l.text("rollup-section-replaced"),
            &v.replaced_columns,
            &v.replaced,
        ),
    ] {
        ws.write_string_with_format(rr, 0, text(&title), &bold)?;
        rr += 1;
        for (c, name) in columns.iter().enumerate() {
            ws.write_string_with_format(rr, col(c), text(name), &head)?;
        }
        for row in rows {
            rr += 1;
            for (c, value) in row.iter().enumerate() {
                ws.write_string_with_format(rr, col(c), text(value), &cell)?;
            }
        }
        rr += 3;
    }
    ws.set_column_width(0, 50.0)?;
    ws.set_column_width(1, 60.0)?;
    for c in 2..5 {
        ws.set_column_width(c, 20.0)?;
    }

    Ok(wb.save_to_buffer()?)
}

fn sheet<'w>(wb: &'w mut Workbook, name: &str) -> Result<&'w mut Worksheet, XlsxFailed> {
    // Excel refuses these in a sheet name; the catalogue's names hold none, but be safe.
    let name: String = name
        .chars()
        .filter(|c| !matches!(c, '[' | ']' | ':' | '*' | '?' | '/' | '\\'))
        .take(MAX_SHEET_NAME)
        .collect();
    let ws = wb.add_worksheet();
    ws.set_name(name)?;
    Ok(ws)
}

fn col(c: usize) -> u16 {
    u16::try_from(c).unwrap_or(u16::MAX)
}

/// A cell holds at most 32,767 characters.
fn text(s: &str) -> &str {
    match s.char_indices().nth(MAX_CELL) {
        Some((at, _)) => &s[..at],
        None => s,
    }
}
