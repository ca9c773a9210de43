//! PDF output shared by the self-check report and the roll-up: the same on every OS, laid out
//! here (line breaking measured with the shaper krilla itself uses), drawn with `krilla` (typst's
//! PDF writer: shaping, font subsetting, a ToUnicode map so the text extracts and searches with
//! its diacritics), in Noto Serif, which covers Vietnamese fully and is embedded in the binary
//! (`data/fonts/`, SIL OFL 1.1).
//!
//! - [`layout`]: A4 geometry, measuring and wrapping, paragraphs and tables broken over pages,
//!   as drawing operations ([`Op`]) tests can read;
//! - [`page`]: the furniture of Vietnamese administrative paper both documents carry (national
//!   heading, section headings, signatures, page numbers);
//! - [`draw`]: the operations as PDF bytes (the only part that knows krilla's drawing API).
//!
//! Nothing here decides what a document says: `assessment::pdf` and `rollup::pdf` do.

mod draw;
pub(crate) mod layout;
mod page;

pub(crate) use draw::draw;
pub(crate) use layout::{
    Align, BLACK, BODY, Cell, GREY, LEFT, LINE, Layout, Para, RIGHT, SMALL, status_color,
};
pub use layout::{Measurer, Op, Weight};
pub(crate) use page::signatures_height;

use crate::Msg;

static REGULAR: &[u8] = include_bytes!("../../../data/fonts/NotoSerif-Regular.ttf");
static BOLD: &[u8] = include_bytes!("../../../data/fonts/NotoSerif-Bold.ttf");

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
