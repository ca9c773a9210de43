//! The roll-up's two posture columns, in words: the Run-box trace (a stealer's way in, so a
//! matter for the incident contact) and TựKiểm's recommendations about the system itself
//! (labelled as TựKiểm's in the column title, never as the letter's request). Said as what was
//! seen on the machine, not as a judgment beside a colleague's name.

use super::row::{PostureCell, Row};
use crate::checks::Status;
use crate::checks::posture::{RECOMMENDATION_IDS, run_box};
use crate::{Localizer, Msg};

fn status_of<'a>(r: &'a Row, id: &str) -> Option<&'a PostureCell> {
    r.posture.iter().find(|c| c.id == id)
}

/// The Run-box cell: a command that fetches or runs code, none, or why it was not looked at.
pub(super) fn run_box_text(r: &Row, l: &Localizer) -> String {
    l.text(match status_of(r, run_box::FINDING_ID).map(|c| c.status) {
        Some(Status::Critical | Status::Warning) => "rollup-runbox-found",
        Some(Status::Ok) => "rollup-runbox-none",
        Some(Status::NotApplicable) => "rollup-posture-not-applicable",
        Some(Status::Unknown) => "rollup-av-unknown",
        None => "rollup-not-checked",
    })
}

/// The recommendations cell: the items that need a look, by short name; "in order" when every
/// item that applies is fine; what could not be checked said as such, never as fine.
pub(super) fn windows_text(r: &Row, l: &Localizer) -> String {
    let cells: Vec<&PostureCell> = RECOMMENDATION_IDS
        .iter()
        .filter_map(|id| status_of(r, id))
        .collect();
    if cells.is_empty() {
        return l.text("rollup-not-checked");
    }
    let short = |c: &PostureCell| l.text(&format!("rollup-posture-{}", c.id));
    let list = |want: &dyn Fn(Status) -> bool| {
        cells
            .iter()
            .filter(|c| want(c.status))
            .map(|c| short(c))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let to_look = list(&|s| matches!(s, Status::Warning | Status::Critical));
    let unknown = list(&|s| s == Status::Unknown);
    let mut parts = Vec::new();
    if !to_look.is_empty() {
        parts.push(l.render(&Msg::new("rollup-posture-to-look").arg("items", to_look)));
    }
    if !unknown.is_empty() {
        parts.push(l.render(&Msg::new("rollup-posture-unknown").arg("items", unknown)));
    }
    if parts.is_empty() {
        let applies = cells.iter().any(|c| c.status == Status::Ok);
        return l.text(if applies {
            "rollup-posture-fine"
        } else {
            "rollup-posture-not-applicable"
        });
    }
    parts.join("; ")
}

#[cfg(test)]
#[path = "posture_tests.rs"]
mod tests;
