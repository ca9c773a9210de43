//! Pages of drawing operations as PDF bytes, with krilla: the one file that knows its drawing
//! API (when krilla moves to another shaper, this and `Measurer` change, nothing else).

use krilla::Document;
use krilla::color::rgb;
use krilla::geom::{PathBuilder, Point, Rect};
use krilla::metadata::Metadata;
use krilla::page::PageSettings;
use krilla::paint::{Fill, Stroke};
use krilla::text::{Font, TextDirection};

use super::layout::{Op, PAGE_H, PAGE_W, Weight};
use super::{BOLD, PdfError, REGULAR};
use crate::Localizer;

/// Pages of drawing operations as PDF bytes: `title` and `lang` go into the metadata.
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
