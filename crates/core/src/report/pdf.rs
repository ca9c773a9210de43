//! The report as an A4 PDF, the same on every OS: laid out here (line breaking measured with the
//! shaper krilla itself uses), drawn with `krilla` (typst's PDF writer: shaping, font subsetting,
//! a ToUnicode map so the text extracts and searches with its diacritics), in Noto Serif, which
//! covers Vietnamese fully and is embedded in the binary (`data/fonts/`, SIL OFL 1.1).
//!
//! Layout follows the habits of Vietnamese administrative paper: a serif face, the national
//! heading, wide left margin for binding (30 mm), signatures at the end.

use krilla::Document;
use krilla::color::rgb;
use krilla::geom::{PathBuilder, Point, Rect};
use krilla::metadata::Metadata;
use krilla::page::PageSettings;
use krilla::paint::{Fill, Stroke};
use krilla::text::{Font, TextDirection};

use super::document::{Report, SystemState};
use super::score::State;
use crate::checks::Status;
use crate::{Localizer, Msg};

static REGULAR: &[u8] = include_bytes!("../../data/fonts/NotoSerif-Regular.ttf");
static BOLD: &[u8] = include_bytes!("../../data/fonts/NotoSerif-Bold.ttf");

pub(crate) const MM: f32 = 72.0 / 25.4;
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

pub(crate) const BLACK: (u8, u8, u8) = (17, 17, 17);
pub(crate) const GREY: (u8, u8, u8) = (80, 80, 80);
const HEADER_FILL: (u8, u8, u8) = (236, 240, 245);

#[derive(Debug, thiserror::Error)]
pub enum PdfError {
    #[error("the embedded font could not be read")]
    Font,
    #[error("{0}")]
    Write(String),
}

impl PdfError {
    pub fn msg(&self) -> Msg {
        Msg::new("cli-report-pdf-failed").arg("detail", self.to_string())
    }
}

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
    /// The right half of the national heading, beside the unit that ends at the current `y`:
    /// the nation's name and motto centred between `split` and the right margin from `top`, the
    /// motto underlined. The layout goes on below whichever half is lower.
    pub(crate) fn nation_and_motto(&mut self, l: &Localizer, split: f32, top: f32) {
        let left_bottom = self.y;
        self.y = top;
        let nation = l.text("report-nation");
        let nation_size = self.fitting(&nation, 11.0, Weight::Bold, RIGHT - split);
        self.paragraph(
            &nation,
            nation_size,
            Weight::Bold,
            Align::Center,
            BLACK,
            split,
            RIGHT,
        );
        let motto = l.text("report-motto");
        let motto_w = self.m.width(&motto, BODY, Weight::Bold);
        self.paragraph(
            &motto,
            BODY,
            Weight::Bold,
            Align::Center,
            BLACK,
            split,
            RIGHT,
        );
        let mid = split + (RIGHT - split) / 2.0;
        let underline_y = self.y + 1.0;
        self.ops().push(Op::Line {
            from: (mid - motto_w / 2.0, underline_y),
            to: (mid + motto_w / 2.0, underline_y),
            width: 0.7,
        });
        self.y = self.y.max(left_bottom) + 8.0;
    }

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

fn state_color(state: State) -> (u8, u8, u8) {
    status_color(match state {
        State::Full => Status::Ok,
        State::Partial => Status::Warning,
        State::None => Status::Critical,
        State::Unknown | State::NotChecked => Status::Unknown,
    })
}

/// Lays the report out into pages of drawing operations (no PDF yet: tests look at these).
pub fn layout(r: &Report, l: &Localizer, m: &Measurer) -> Vec<Vec<Op>> {
    let mut p = Layout::new(m);
    let width = RIGHT - LEFT;
    let t = |id: &str| l.text(id);

    // National heading: the unit on the left, the nation and motto on the right.
    let split = LEFT + width * 0.40;
    let top = p.y;
    let unit = r
        .person
        .unit
        .as_deref()
        .map_or_else(|| t("report-not-given"), str::to_uppercase);
    p.paragraph(
        &unit,
        11.0,
        Weight::Bold,
        Align::Center,
        BLACK,
        LEFT,
        split - 6.0,
    );
    // A short rule under the unit, as on official paper.
    let unit_mid = LEFT + (split - 6.0 - LEFT) / 2.0;
    let rule_y = p.y + 3.0;
    p.ops().push(Op::Line {
        from: (unit_mid - 30.0, rule_y),
        to: (unit_mid + 30.0, rule_y),
        width: 0.7,
    });
    p.nation_and_motto(l, split, top);
    p.paragraph(
        &r.text.place_date,
        BODY,
        Weight::Regular,
        Align::Right,
        BLACK,
        split,
        RIGHT,
    );
    p.gap(14.0);

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

    // I. General information: label, then value in bold.
    // A heading stays with what follows it (`next`: the height of its first block).
    let section = |p: &mut Layout, id: &str, next: f32| {
        p.gap(10.0);
        p.keep(BODY * LINE + 3.0 + next);
        p.full(&t(id), BODY, Weight::Bold, Align::Left);
        p.gap(3.0);
    };
    section(&mut p, "report-section-general", BODY * LINE * 3.0);
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

    // II. Score.
    section(
        &mut p,
        "report-section-score",
        14.0 * LINE + SMALL * LINE * 2.0,
    );
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

    // III. Findings: what each check found (the advice is in the JSON and on screen; the
    // printed form keeps to the facts, and its next steps are section V).
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
        section(&mut p, "report-section-findings", BODY * LINE);
        p.full(
            &t("report-findings-none"),
            BODY,
            Weight::Regular,
            Align::Left,
        );
    } else {
        let next = p.table_start(&widths, &header, &rows);
        section(&mut p, "report-section-findings", next);
        p.table(&widths, &header, &rows);
    }

    // IV. Systems.
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
    section(&mut p, "report-section-systems", next);
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

    // V. Actions, kept on one page with the signatures: a page holding only signatures would
    // be signing nothing.
    let sign_h = BODY * LINE * 2.0 + SIGN_SPACE + BODY * LINE + 10.0 + SMALL * LINE * 2.0;
    let actions_h: f32 = r
        .actions
        .iter()
        .map(|a| {
            let text = format!("{} ({})", a.text, a.gain_text);
            m.wrap(&text, BODY, Weight::Regular, RIGHT - LEFT - 20.0)
                .len() as f32
                * BODY
                * LINE
                + 2.0
        })
        .sum::<f32>()
        .max(BODY * LINE);
    section(&mut p, "report-section-actions", actions_h + 14.0 + sign_h);
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

    // Signatures.
    p.gap(14.0);
    p.keep(sign_h);
    let top = p.y;
    let col = width / 2.0;
    for (i, (who, name)) in [
        (t("report-signer-person"), r.person.name.clone()),
        (t("report-signer-head"), None),
    ]
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
        if let Some(name) = name {
            p.gap(SIGN_SPACE - 8.0);
            p.paragraph(
                &name,
                BODY,
                Weight::Bold,
                Align::Center,
                BLACK,
                x0,
                x0 + col,
            );
        }
    }
    p.y = top + BODY * LINE * 2.0 + SIGN_SPACE + BODY * LINE;
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
            y: PAGE_H - 12.0 * MM,
            width: w,
            size: 9.0,
            weight: Weight::Regular,
            color: GREY,
            text,
        });
    }
    p.pages
}

/// The report as PDF bytes.
pub fn render(r: &Report, l: &Localizer) -> Result<Vec<u8>, PdfError> {
    let m = Measurer::new()?;
    let pages = layout(r, l, &m);
    draw(pages, l.text("report-title"), r.lang.code(), l)
}

/// Pages of drawing operations as PDF bytes (the roll-up's pages too).
pub(crate) fn draw(
    pages: Vec<Vec<Op>>,
    title: String,
    lang: &str,
    l: &Localizer,
) -> Result<Vec<u8>, PdfError> {
    let regular = Font::new(krilla::Data::from(REGULAR), 0).ok_or(PdfError::Font)?;
    let bold = Font::new(krilla::Data::from(BOLD), 0).ok_or(PdfError::Font)?;

    let mut doc = Document::new();
    doc.set_metadata(
        Metadata::new()
            .title(title)
            .creator(l.text("app-name"))
            .language(lang.to_owned()),
    );
    let settings = PageSettings::from_wh(PAGE_W, PAGE_H).ok_or(PdfError::Font)?;
    for ops in pages {
        let mut page = doc.start_page_with(settings.clone());
        let mut surface = page.surface();
        for op in ops {
            match op {
                Op::Fill { x, y, w, h, color } => {
                    let mut path = PathBuilder::new();
                    if let Some(rect) = Rect::from_xywh(x, y, w, h) {
                        path.push_rect(rect);
                    }
                    if let Some(path) = path.finish() {
                        surface.set_stroke(None);
                        surface.set_fill(Some(fill(color)));
                        surface.draw_path(&path);
                    }
                }
                Op::Line { from, to, width } => {
                    let mut path = PathBuilder::new();
                    path.move_to(from.0, from.1);
                    path.line_to(to.0, to.1);
                    if let Some(path) = path.finish() {
                        surface.set_fill(None);
                        surface.set_stroke(Some(Stroke {
                            paint: rgb::Color::new(90, 90, 90).into(),
                            width,
                            ..Stroke::default()
                        }));
                        surface.draw_path(&path);
                    }
                }
                Op::Text {
                    x,
                    y,
                    size,
                    weight,
                    color,
                    text,
                    ..
                } => {
                    let font = match weight {
                        Weight::Regular => regular.clone(),
                        Weight::Bold => bold.clone(),
                    };
                    surface.set_stroke(None);
                    surface.set_fill(Some(fill(color)));
                    surface.draw_text(
                        Point::from_xy(x, y),
                        font,
                        size,
                        &text,
                        false,
                        TextDirection::Auto,
                    );
                }
            }
        }
        surface.finish();
        page.finish();
    }
    doc.finish().map_err(|e| PdfError::Write(format!("{e:?}")))
}

fn fill(color: (u8, u8, u8)) -> Fill {
    Fill {
        paint: rgb::Color::new(color.0, color.1, color.2).into(),
        ..Fill::default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::document::Person;
    use crate::report::document::tests::sample;
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
