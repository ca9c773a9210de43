//! The furniture of Vietnamese administrative paper that the report and the roll-up both carry:
//! the national heading (the unit on the left; the nation and its motto, underlined, on the
//! right; place and date below), section headings kept with what follows them, the signature
//! columns, and "page n of m" on every page.

use super::layout::{
    Align, BLACK, BODY, GREY, LEFT, LINE, Layout, MM, Op, PAGE_H, RIGHT, SIGN_SPACE, SMALL, Weight,
};
use crate::{Localizer, Msg};

/// Where the left half of the national heading ends and the right half starts.
const SPLIT: f32 = 0.40;

impl Layout<'_> {
    /// The national heading: `unit` centred on the left (upper case on a report, a blank on a
    /// roll-up), a short rule under it when `rule` (as on official paper), the nation and motto
    /// on the right, then `place_date` under them.
    pub(crate) fn national_heading(
        &mut self,
        l: &Localizer,
        unit: &str,
        rule: bool,
        place_date: &str,
    ) {
        let split = LEFT + (RIGHT - LEFT) * SPLIT;
        let top = self.y;
        self.paragraph(
            unit,
            11.0,
            Weight::Bold,
            Align::Center,
            BLACK,
            LEFT,
            split - 6.0,
        );
        if rule {
            let unit_mid = LEFT + (split - 6.0 - LEFT) / 2.0;
            let rule_y = self.y + 3.0;
            self.ops().push(Op::Line {
                from: (unit_mid - 30.0, rule_y),
                to: (unit_mid + 30.0, rule_y),
                width: 0.7,
            });
        }
        self.nation_and_motto(l, split, top);
        self.paragraph(
            place_date,
            BODY,
            Weight::Regular,
            Align::Right,
            BLACK,
            split,
            RIGHT,
        );
        self.gap(14.0);
    }

    /// The right half of the national heading, beside the unit that ends at the current `y`:
    /// the nation's name and motto centred between `split` and the right margin from `top`, the
    /// motto underlined. The layout goes on below whichever half is lower.
    fn nation_and_motto(&mut self, l: &Localizer, split: f32, top: f32) {
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

    /// A section heading ("I. …"), kept on one page with the first `next` points of what follows.
    pub(crate) fn section(&mut self, text: &str, next: f32) {
        self.gap(10.0);
        self.keep(BODY * LINE + 3.0 + next);
        self.full(text, BODY, Weight::Bold, Align::Left);
        self.gap(3.0);
    }

    /// The signature columns side by side: who signs, the hint under it, and the name printed
    /// under the space for the signature when one is given. `names` reserves that line even
    /// when a name is missing; `keep` is what must fit on the page with them (the signatures
    /// and whatever the caller puts below).
    pub(crate) fn signatures(
        &mut self,
        l: &Localizer,
        signers: &[(String, Option<String>)],
        names: bool,
        keep: f32,
    ) {
        self.gap(14.0);
        self.keep(keep);
        let top = self.y;
        let col = (RIGHT - LEFT) / signers.len().max(1) as f32;
        for (i, (who, name)) in signers.iter().enumerate() {
            let x0 = LEFT + col * i as f32;
            self.y = top;
            self.paragraph(who, BODY, Weight::Bold, Align::Center, BLACK, x0, x0 + col);
            self.paragraph(
                &l.text("report-sign-hint"),
                SMALL,
                Weight::Regular,
                Align::Center,
                GREY,
                x0,
                x0 + col,
            );
            if let Some(name) = name {
                self.gap(SIGN_SPACE - 8.0);
                self.paragraph(name, BODY, Weight::Bold, Align::Center, BLACK, x0, x0 + col);
            }
        }
        self.y = top + signatures_height(names);
    }

    /// "Page n of m" at the foot of every page; the layout's pages, finished.
    pub(crate) fn numbered(mut self, l: &Localizer) -> Vec<Vec<Op>> {
        let pages = self.pages.len();
        for (i, ops) in self.pages.iter_mut().enumerate() {
            let text = l.render(
                &Msg::new("report-page")
                    .arg("page", i + 1)
                    .arg("pages", pages),
            );
            let w = self.m.width(&text, 9.0, Weight::Regular);
            ops.push(Op::Text {
                x: RIGHT - w,
                y: PAGE_NUMBER_Y,
                width: w,
                size: 9.0,
                weight: Weight::Regular,
                color: GREY,
                text,
            });
        }
        self.pages
    }
}

/// The baseline of the page numbers.
pub(crate) const PAGE_NUMBER_Y: f32 = PAGE_H - 12.0 * MM;

/// The height of the signature columns, with or without the line for printed names.
pub(crate) fn signatures_height(names: bool) -> f32 {
    BODY * LINE * 2.0 + SIGN_SPACE + if names { BODY * LINE } else { 0.0 }
}
