//! The roll-up as one printable HTML page (A4 landscape: the table is wide), in the self-check
//! report's style and with its safety: inline CSS, no script, nothing fetched, every piece of text
//! escaped.

use std::fmt::Write;

use super::view::Rollup;
use crate::Localizer;
use crate::assessment::html::{STYLE, escape};

/// What differs from the self-check report's page: landscape, a smaller table.
const ROLLUP_STYLE: &str = r#"
@page { size: A4 landscape; margin: 15mm 12mm 15mm 20mm; }
.tk-sheet { width: 297mm; min-height: 210mm; padding: 15mm 12mm 15mm 20mm; }
.tk-people th, .tk-people td { font-size: 10pt; padding: 1mm 1.5mm; }
.tk-people tr.tk-marked td { color: #b71c1c; }
.tk-summary td:last-child { white-space: nowrap; font-weight: 700; }
.tk-files td { font-size: 10pt; word-break: break-all; }
"#;

pub fn render(r: &Rollup, l: &Localizer) -> String {
    let v = &r.view;
    let t = |id: &str| escape(&l.text(id));
    let e = escape;
    let mut h = String::with_capacity(32 * 1024 + v.rows.len() * 512);
    // Writing to a String cannot fail; the results of write! are ignored for that reason.
    let _ = write!(
        h,
        "<!DOCTYPE html>\n<html lang=\"{lang}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n\
         <title>{title}</title>\n<style>{STYLE}{ROLLUP_STYLE}</style>\n</head>\n<body>\n<main class=\"tk-sheet\">\n\
         <header class=\"tk-head\"><div class=\"tk-org\"><p>{unit}</p></div>\
         <div class=\"tk-nation\"><p class=\"tk-b\">{nation}</p><p><span class=\"tk-motto\">{motto}</span></p></div></header>\n\
         <p class=\"tk-place\">{place}</p>\n<h1>{title}</h1>\n<p class=\"tk-small tk-self\">{self_assessment}</p>\n<p class=\"tk-sub\">{sub}</p>\n",
        lang = r.lang.code(),
        title = e(&v.title),
        unit = t("report-not-given"),
        nation = t("report-nation"),
        motto = t("report-motto"),
        place = e(&v.place_date),
        self_assessment = e(&v.self_assessment),
        sub = e(&v.subtitle),
    );

    // I. Summary.
    let _ = write!(
        h,
        "<h2>{}</h2>\n<table class=\"tk-summary\"><tbody>\n",
        t("rollup-section-summary")
    );
    for (label, value) in &v.summary {
        let _ = writeln!(h, "<tr><td>{}</td><td>{}</td></tr>", e(label), e(value));
    }
    h.push_str("</tbody></table>\n");
    if let Some(title) = &v.missing_title {
        let _ = writeln!(h, "<p class=\"tk-finding-title\">{}</p>", e(title));
        if v.missing.is_empty() {
            let _ = writeln!(h, "<p>{}</p>", t("rollup-none"));
        } else {
            h.push_str("<ol class=\"tk-actions\">\n");
            for name in &v.missing {
                let _ = writeln!(h, "<li>{}</li>", e(name));
            }
            h.push_str("</ol>\n");
        }
    }
    let _ = writeln!(h, "<p class=\"tk-note\">{}</p>", e(&v.integrity_note));

    // II. Each person.
    let _ = write!(
        h,
        "<h2>{}</h2>\n<table class=\"tk-people\"><thead><tr>",
        t("rollup-section-people")
    );
    for c in &v.columns {
        let _ = write!(h, "<th>{}</th>", e(c));
    }
    h.push_str("</tr></thead><tbody>\n");
    for row in &v.rows {
        h.push_str(if row.warning.is_some() && row.damaged {
            "<tr class=\"tk-marked\">"
        } else {
            "<tr>"
        });
        for c in &row.cells {
            let _ = write!(h, "<td>{}</td>", e(c));
        }
        h.push_str("</tr>\n");
    }
    h.push_str("</tbody></table>\n");

    // III. Files left out.
    let _ = writeln!(h, "<h2>{}</h2>", t("rollup-section-files"));
    for (title, columns, rows) in [
        (t("rollup-section-refused"), &v.refused_columns, &v.refused),
        (
            t("rollup-section-replaced"),
            &v.replaced_columns,
            &v.replaced,
        ),
    ] {
        let _ = writeln!(h, "<p class=\"tk-finding-title\">{title}</p>");
        if rows.is_empty() {
            let _ = writeln!(h, "<p>{}</p>", t("rollup-none"));
            continue;
        }
        h.push_str("<table class=\"tk-files\"><thead><tr>");
        for c in columns {
            let _ = write!(h, "<th>{}</th>", e(c));
        }
        h.push_str("</tr></thead><tbody>\n");
        for row in rows {
            h.push_str("<tr>");
            for c in row {
                let _ = write!(h, "<td>{}</td>", e(c));
            }
            h.push_str("</tr>\n");
        }
        h.push_str("</tbody></table>\n");
    }

    let _ = write!(
        h,
        "<section class=\"tk-sign\">\
         <div><p class=\"tk-b\">{}</p><p class=\"tk-hint\">{}</p></div>\
         <div><p class=\"tk-b\">{}</p><p class=\"tk-hint\">{}</p></div></section>\n\
         <p class=\"tk-foot\">{}</p>\n</main>\n</body>\n</html>\n",
        t("rollup-signer-maker"),
        t("report-sign-hint"),
        t("report-signer-head"),
        t("report-sign-hint"),
        t("rollup-generated"),
    );
    h
}
