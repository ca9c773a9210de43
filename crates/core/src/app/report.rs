//! The saved self-check report: the model, its file name and its bytes in the chosen format.

use serde::Deserialize;

use crate::assessment::{Person, Report, ReportInput, document, html, pdf};
use crate::checks::CheckReport;
use crate::password::checklist::Checklist;
use crate::{Localizer, Msg, Profile};

use super::{Host, Subject, machine};

#[cfg_attr(test, derive(ts_rs::TS))]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
#[cfg_attr(test, ts(rename = "ReportFormat"))]
pub enum Format {
    Pdf,
    Html,
    Json,
}

impl Format {
    pub fn extension(self) -> &'static str {
        match self {
            Format::Pdf => "pdf",
            Format::Html => "html",
            Format::Json => "json",
        }
    }

    /// The save dialog's filter name.
    pub fn filter_msg(self) -> &'static str {
        match self {
            Format::Pdf => "summary-filter-pdf",
            Format::Html => "summary-filter-html",
            Format::Json => "summary-filter-json",
        }
    }
}

/// The report model. `checklist`: `None` when there is no record of password changes.
pub fn model(
    host: &dyn Host,
    profile: &Profile,
    subject: &Subject,
    check: Option<&CheckReport>,
    checklist: Option<&Checklist>,
    person: Person,
    l: &Localizer,
) -> Report {
    let clock = host.clock();
    document::build(
        &ReportInput {
            profile,
            check,
            checklist,
            person,
            machine: machine::machine_facts(host, subject),
            now_unix: clock.unix,
            utc_offset_minutes: clock.utc_offset_minutes,
        },
        l,
    )
}

/// `phieu-tu-kiem-tra-2026-11-25.pdf`.
pub fn file_name(doc: &Report, format: Format, l: &Localizer) -> String {
    format!("{}.{}", document::file_stem(doc, l), format.extension())
}

/// The file's bytes. Only the PDF can fail (a font or layout problem), with its `Msg`.
pub fn render(doc: &Report, format: Format, l: &Localizer) -> Result<Vec<u8>, Msg> {
    Ok(match format {
        Format::Pdf => pdf::render(doc, l).map_err(|e| e.msg())?,
        Format::Html => html::render(doc, l).into_bytes(),
        Format::Json => document::to_json(doc).into_bytes(),
    })
}
