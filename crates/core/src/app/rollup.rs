//! The unit roll-up (the app's "Tổng hợp đơn vị" screen and `tukiem-cli rollup`): made as of the
//! host's clock and time zone, its file name and its bytes in the chosen format.

use std::path::PathBuf;

use serde::Deserialize;

use crate::rollup::{self, Limits, Options, Rollup};
use crate::{Lang, Localizer, Msg};

use super::Host;

#[cfg_attr(test, derive(ts_rs::TS))]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
#[cfg_attr(test, ts(rename = "RollupFormat"))]
pub enum Format {
    Xlsx,
    Pdf,
    Html,
    Json,
}

impl Format {
    pub fn extension(self) -> &'static str {
        match self {
            Format::Xlsx => "xlsx",
            Format::Pdf => "pdf",
            Format::Html => "html",
            Format::Json => "json",
        }
    }

    /// The save dialog's filter name.
    pub fn filter_msg(self) -> &'static str {
        match self {
            Format::Xlsx => "rollup-filter-xlsx",
            Format::Pdf => "summary-filter-pdf",
            Format::Html => "summary-filter-html",
            Format::Json => "summary-filter-json",
        }
    }
}

/// The roll-up of the reports in `paths` (files or folders), dated on the person's calendar.
/// `staff`: the names the unit expects, when a staff list was given.
pub fn make(host: &dyn Host, paths: &[PathBuf], staff: Option<Vec<String>>, lang: Lang) -> Rollup {
    let clock = host.clock();
    let opts = Options {
        now_unix: clock.unix,
        utc_offset_minutes: clock.utc_offset_minutes,
        staff,
    };
    rollup::from_paths(paths, &Limits::default(), &opts, &Localizer::new(lang))
}

/// `tong-hop-don-vi-2026-11-25.xlsx`.
pub fn file_name(r: &Rollup, format: Format, l: &Localizer) -> String {
    format!(
        "{}.{}",
        l.render(&Msg::new("rollup-file-name").arg("date", r.date.clone())),
        format.extension()
    )
}

/// The file's bytes. The workbook and the PDF can fail, with their `Msg`.
pub fn render(r: &Rollup, format: Format, l: &Localizer) -> Result<Vec<u8>, Msg> {
    Ok(match format {
        Format::Xlsx => rollup::xlsx::render(r, l).map_err(|e| e.msg())?,
        Format::Pdf => rollup::pdf::render(r, l).map_err(|e| e.msg())?,
        Format::Html => rollup::html::render(r, l).into_bytes(),
        Format::Json => rollup::json::to_json(r).into_bytes(),
    })
}
