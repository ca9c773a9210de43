//! A4 pages as drawing operations: geometry, text measured and wrapped the way krilla will set
//! it, paragraphs and bordered tables that break over pages. No PDF here: tests read the
//! operations.

use super::{BOLD, PdfError, REGULAR};
use crate::checks::Status;

pub const MM: f32 = 72.0 / 25.4;
pub const PAGE_W: f32 = 595.28;
pub const PAGE_H: f32 = 841.89;
pub const LEFT: f32 = 30.0 * MM;
pub const RIGHT: f32 = PAGE_W - 15.0 * MM;
pub const TOP: f32 = 20.0 * MM;
pub const BOTTOM: f32 = PAGE_H - 20.0 * MM;

pub(crate) const BODY: f32 = 12.0;
pub(crate) const SMALL: f32 = 10.5;
pub(crate) const LINE: f32 = 1.35;
const PAD: f32 = 4.0;
/// Room for a handwritten signature.
pub(crate) const SIGN_SPACE: f32 = 64.0;

pub const BLACK: (u8, u8, u8) = (17, 17, 17);
pub const GREY: (u8, u8, u8) = (80, 80, 80);
const HEADER_FILL: (u8, u8, u8) = (236, 240, 245);

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Weight {
    Regular,
    Bold,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Align {
    Left,
    Center,
    Right,
}

/// What a page holds, before it is drawn.
#[derive(Clone, Debug, PartialEq)]
pub enum Op {
    /// One line of text; `y` is the baseline, `width` as measured.
    Text {
        x: f32,
        y: f32,
        width: f32,
        size: f32,
        weight: Weight,
        color: (u8, u8, u8),
        text: String,
    },
    Line {
        from: (f32, f32),
        to: (f32, f32),
        width: f32,
    },
    Fill {
        x: f32,
        y: f32,
        w: f32,
        h: f32,
        color: (u8, u8, u8),
    },
}

/// Measures text the way krilla's own shaping will set it.
pub struct Measurer {
    regular: rustybuzz::Face<'static>,
    bold: rustybuzz::Face<'static>,
}

impl Measurer {
    pub fn new() -> Result<Self, PdfError> {
        Ok(Self {
            regular: rustybuzz::Face::from_slice(REGULAR, 0).ok_or(PdfError::Font)?,
            bold: rustybuzz::Face::from_slice(BOLD, 0).ok_or(PdfError::Font)?,
        })
    }

    pub fn width(&self, text: &str, size: f32, weight: Weight) -> f32 {
        let face = match weight {
            Weight::Regular => &self.regular,
            Weight::Bold => &self.bold,
        };
        let mut buffer = rustybuzz::UnicodeBuffer::new();
        buffer.push_str(text);
        buffer.guess_segment_properties();
        let shaped = rustybuzz::shape(face, &[], buffer);
        let units: i64 = shaped
            .glyph_positions()
            .iter()
            .map(|p| i64::from(p.x_advance))
            .sum();
        units as f32 / face.units_per_em() as f32 * size
    }

    /// Greedy line breaking at ASCII spaces (a no-break space, as in "ngày 02/11/2023", holds);
    /// a word wider than the line is cut between characters.
    pub fn wrap(&self, text: &str, size: f32, weight: Weight, width: f32) -> Vec<String> {
        let space = self.width(" ", size, weight);
        let mut lines = Vec::new();
        let mut line = String::new();
        let mut line_w = 0.0;
        for word in text.split([' ', '\n', '\t']).filter(|w| !w.is_empty()) {
            let mut word = word.to_owned();
            let mut w = self.width(&word, size, weight);
            while w > width {
                // Cut the longest head that fits (at least one character).
                let mut head = String::new();
                for c in word.chars() {
                    let mut next = head.clone();
                    next.push(c);
                    if !head.is_empty() && self.width(&next, size, weight) > width {
                        break;
                    }
                    head = next;
                }
                if !line.is_empty() {
                    lines.push(std::mem::take(&mut line));
                    line_w = 0.0;
                }
                word = word[head.len()..].to_owned();
                lines.push(head);
                w = self.width(&word, size, weight);
            }
            if word.is_empty() {
                continue;
            }
            if line.is_empty() {
                line = word;
                line_w = w;
            } else if line_w + space + w <= width {
                line.push(' ');
                line.push_str(&word);
                line_w += space + w;
            } else {
                lines.push(std::mem::replace(&mut line, word));
                line_w = w;
            }
        }
        if !line.is_empty() || lines.is_empty() {
            lines.push(line);
        }
        lines
    }
}

/// One paragraph inside a table cell.
#[derive(Clone, Debug)]
pub(crate) struct Para {
    text: String,
    weight: Weight,
    color: (u8, u8, u8),
}

impl Para {
    pub(crate) fn plain(text: impl Into<String>) -> Self {
        Self {
            text: text.into(),
            weight: Weight::Regular,
            color: BLACK,
        }
    }

    pub(crate) fn bold(text: impl Into<String>) -> Self {
        Self {
            weight: Weight::Bold,
            ..Self::plain(text)
        }
    }

    pub(crate) fn colored(mut self, color: (u8, u8, u8)) -> Self {
        self.color = color;
        self
    }
}

pub(crate) type Cell = Vec<Para>;

pub(crate) struct Layout<'m> {
    pub(crate) m: &'m Measurer,
    pub(crate) pages: Vec<Vec<Op>>,
    /// Top of the next thing to place.
    pub(crate) y: f32,
}

impl<'m> Layout<'m> {
    pub(crate) fn new(m: &'m Measurer) -> Self {
        Self {
            m,
            pages: vec![Vec::new()],
            y: TOP,
        }
    }

    pub(crate) fn ops(&mut self) -> &mut Vec<Op> {
        // `pages` is never empty: it starts with one page and only grows.
        let last = self.pages.len() - 1;
        &mut self.pages[last]
    }

    fn new_page(&mut self) {
        self.pages.push(Vec::new());
        self.y = TOP;
    }

    /// Starts a new page unless `h` more points fit on this one (a block taller than a page
    /// starts at the top of one and runs over).
    pub(crate) fn keep(&mut self, h: f32) {
        if self.y + h > BOTTOM && self.y > TOP {
            self.new_page();
        }
    }

    pub(crate) fn gap(&mut self, h: f32) {
        self.y += h;
    }

    pub(crate) fn text_line(
        &mut self,
        x: f32,
        top: f32,
        size: f32,
        weight: Weight,
        color: (u8, u8, u8),
        text: &str,
    ) -> f32 {
        let width = self.m.width(text, size, weight);
        self.ops().push(Op::Text {
            x,
            y: top + size * 1.05,
            width,
            size,
            weight,
            color,
            text: text.to_owned(),
        });
        width
    }

    /// A wrapped paragraph across the column `[x0, x1]`, breaking pages between lines.
    #[allow(clippy::too_many_arguments)]
    pub(crate) fn paragraph(
        &mut self,
        text: &str,
        size: f32,
        weight: Weight,
        align: Align,
        color: (u8, u8, u8),
        x0: f32,
        x1: f32,
    ) {
        let lh = size * LINE;
        for line in self.m.wrap(text, size, weight, x1 - x0) {
            self.keep(lh);
            let w = self.m.width(&line, size, weight);
            let x = match align {
                Align::Left => x0,
                Align::Center => x0 + (x1 - x0 - w) / 2.0,
                Align::Right => x1 - w,
            };
            let top = self.y;
            self.text_line(x, top, size, weight, color, &line);
            self.y += lh;
        }
    }

    pub(crate) fn full(&mut self, text: &str, size: f32, weight: Weight, align: Align) {
        self.paragraph(text, size, weight, align, BLACK, LEFT, RIGHT);
    }

    /// The largest size up to `size` at which `text` fits on one line of `width`.
    pub(crate) fn fitting(&self, text: &str, size: f32, weight: Weight, width: f32) -> f32 {
        let w = self.m.width(text, size, weight);
        if w <= width {
            size
        } else {
            (size * width / w).max(7.0)
        }
    }

    /// The lines of a cell, each with its paragraph's style.
    fn cell_lines(&self, cell: &Cell, width: f32, size: f32) -> Vec<(Para, String)> {
        let mut out = Vec::new();
        for p in cell {
            for line in self.m.wrap(&p.text, size, p.weight, width) {
                out.push((p.clone(), line));
            }
        }
        out
    }

    /// The height of a table's header and first row: what must fit below a section heading.
    pub(crate) fn table_start(&self, widths: &[f32], header: &[String], rows: &[Vec<Cell>]) -> f32 {
        let header_cells: Vec<Cell> = header.iter().map(|h| vec![Para::bold(h.clone())]).collect();
        self.row_height(widths, &header_cells)
            + rows.first().map_or(0.0, |r| self.row_height(widths, r))
    }

    fn row_height(&self, widths: &[f32], cells: &[Cell]) -> f32 {
        let lh = SMALL * LINE;
        cells
            .iter()
            .zip(widths)
            .map(|(c, w)| self.cell_lines(c, w - 2.0 * PAD, SMALL).len() as f32 * lh)
            .fold(0.0f32, f32::max)
            + 2.0 * PAD
    }

    /// A bordered table; rows never split, the header repeats on each page.
    pub(crate) fn table(&mut self, widths: &[f32], header: &[String], rows: &[Vec<Cell>]) {
        let header_cells: Vec<Cell> = header.iter().map(|h| vec![Para::bold(h.clone())]).collect();
        let header_h = self.row_height(widths, &header_cells);
        let mut draw_header = true;
        for row in rows {
            let h = self.row_height(widths, row);
            if self.y + h > BOTTOM && self.y > TOP + header_h {
                self.new_page();
                draw_header = true;
            }
            if draw_header {
                self.keep(header_h + h);
                self.row(widths, &header_cells, header_h, Some(HEADER_FILL));
                draw_header = false;
            }
            self.row(widths, row, h, None);
        }
    }

    fn row(&mut self, widths: &[f32], cells: &[Cell], h: f32, fill: Option<(u8, u8, u8)>) {
        let size = SMALL;
        let lh = size * LINE;
        let top = self.y;
        let total: f32 = widths.iter().sum();
        if let Some(color) = fill {
            self.ops().push(Op::Fill {
                x: LEFT,
                y: top,
                w: total,
                h,
                color,
            });
        }
        let mut x = LEFT;
        for (cell, w) in cells.iter().zip(widths) {
            let mut line_top = top + PAD;
            for (para, text) in self.cell_lines(cell, w - 2.0 * PAD, size) {
                let text_x = x + PAD;
                self.text_line(text_x, line_top, size, para.weight, para.color, &text);
                line_top += lh;
            }
            x += w;
        }
        // Borders: the row's box and the lines between its cells.
        let right = LEFT + total;
        let bottom = top + h;
        let stroke = 0.6;
        for (from, to) in [
            ((LEFT, top), (right, top)),
            ((LEFT, bottom), (right, bottom)),
            ((LEFT, top), (LEFT, bottom)),
        ] {
            self.ops().push(Op::Line {
                from,
                to,
                width: stroke,
            });
        }
        let mut x = LEFT;
        for w in widths {
            x += w;
            self.ops().push(Op::Line {
                from: (x, top),
                to: (x, bottom),
                width: stroke,
            });
        }
        self.y = bottom;
    }
}

pub(crate) fn status_color(status: Status) -> (u8, u8, u8) {
    match status {
        Status::Ok => (27, 94, 32),
        Status::Warning => (138, 83, 0),
        Status::Unknown | Status::NotApplicable => (55, 71, 79),
        Status::Critical => (183, 28, 28),
    }
}
