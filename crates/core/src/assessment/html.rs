//! The report as one self-contained HTML page to print on A4: inline CSS, no script, no image,
//! no font or link fetched from anywhere. Every word comes from the catalogue or the report's
//! data, and every piece of text is HTML-escaped.

use std::fmt::Write;

use super::document::{Report, SystemState};
use super::score::State;
use crate::checks::Status;
use crate::{Localizer, Msg};

/// Class names start with `tk-` so they never look like message ids.
pub(crate) const STYLE: &str = r#"
@page { size: A4; margin: 20mm 15mm 20mm 30mm; }
* { box-sizing: border-box; }
html { background: #e9ecef; }
body { margin: 0; font-family: "Times New Roman", "Noto Serif", "DejaVu Serif", serif; font-size: 13pt; line-height: 1.35; color: #111; }
.tk-sheet { width: 210mm; min-height: 297mm; margin: 8mm auto; padding: 20mm 15mm 20mm 30mm; background: #fff; box-shadow: 0 1px 6px rgba(0,0,0,.2); }
.tk-head { display: flex; justify-content: space-between; gap: 8mm; text-align: center; }
.tk-head p { margin: 0; }
.tk-org { flex: 0 0 42%; font-weight: 700; text-transform: uppercase; font-size: 12pt; }
.tk-nation { flex: 1; }
.tk-nation .tk-b { font-weight: 700; font-size: 12pt; }
.tk-motto { font-weight: 700; font-size: 13pt; display: inline-block; border-bottom: 1px solid #111; padding-bottom: 1px; }
.tk-place { text-align: right; font-style: italic; margin: 6mm 0 0; }
h1 { text-align: center; font-size: 14pt; margin: 8mm 0 1mm; }
.tk-sub { text-align: center; font-style: italic; margin: 0 0 5mm; }
h2 { font-size: 13pt; margin: 6mm 0 2mm; break-after: avoid; }
table { width: 100%; border-collapse: collapse; margin: 0 0 2mm; }
thead { display: table-header-group; }
tr { break-inside: avoid; }
th, td { border: 1px solid #555; padding: 1.5mm 2mm; vertical-align: top; text-align: left; font-size: 12pt; }
th { background: #eef1f5; }
.tk-fields td, .tk-fields th { border: none; padding: 0.6mm 0; }
.tk-fields th { background: none; font-weight: 400; width: 38%; }
.tk-fields td { font-weight: 700; }
.tk-num { text-align: center; white-space: nowrap; }
.tk-total { font-size: 14pt; font-weight: 700; margin: 0 0 1mm; }
.tk-note, .tk-small { font-size: 11pt; font-style: italic; margin: 0 0 2mm; }
.tk-self { text-align: center; }
.tk-finding-title { font-weight: 700; }
.tk-status { font-weight: 700; white-space: nowrap; }
.tk-ok { color: #1b5e20; }
.tk-warning { color: #8a5300; }
.tk-unknown { color: #37474f; }
.tk-not_applicable { color: #546e7a; font-style: italic; }
.tk-critical { color: #b71c1c; }
ol.tk-actions { margin: 0; padding-left: 7mm; }
ol.tk-actions li { margin: 0 0 1mm; }
.tk-sign { display: flex; justify-content: space-between; text-align: center; margin-top: 8mm; break-inside: avoid; }
.tk-sign > div { flex: 0 0 45%; }
.tk-sign p { margin: 0; }
.tk-sign .tk-b { font-weight: 700; }
.tk-sign .tk-hint { font-style: italic; }
.tk-sign .tk-signed { margin-top: 22mm; font-weight: 700; }
.tk-foot { margin-top: 10mm; font-size: 10pt; font-style: italic; color: #444; border-top: 1px solid #999; padding-top: 2mm; }
@media print {
  html { background: none; }
  .tk-sheet { width: auto; min-height: 0; margin: 0; padding: 0; box-shadow: none; }
}
"#;

/// Escapes text for HTML element content and double-quoted attribute values.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

pub fn render(r: &Report, l: &Localizer) -> String {
    let t = |id: &str| escape(&l.text(id));
    let e = escape;
    let mut h = String::with_capacity(16 * 1024);
    // Writing to a String cannot fail; the results of write! are ignored below for that reason.
    let _ = write!(
        h,
        "<!DOCTYPE html>\n<html lang=\"{lang}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n\
         <title>{title}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n<main class=\"tk-sheet\">\n",
        lang = r.lang.code(),
        title = t("report-title"),
    );

    // National header: the unit on the left, the nation and motto on the right.
    let unit = r
        .person
        .unit
        .as_deref()
        .map_or_else(|| t("report-not-given"), e);
    let _ = write!(
        h,
        "<header class=\"tk-head\"><div class=\"tk-org\"><p>{unit}</p></div>\
         <div class=\"tk-nation\"><p class=\"tk-b\">{}</p><p><span class=\"tk-motto\">{}</span></p></div></header>\n\
         <p class=\"tk-place\">{}</p>\n<h1>{}</h1>\n<p class=\"tk-sub\">{}</p>\n<p class=\"tk-small tk-self\">{}</p>\n",
        t("report-nation"),
        t("report-motto"),
        e(&r.text.place_date),
        t("report-title"),
        e(&r.text.subtitle),
        e(&r.text.self_assessment),
    );

    // I. General information.
    let not_given = t("report-not-given");
    let or_blank = |v: &Option<String>| v.as_deref().map_or_else(|| not_given.clone(), e);
    let checked = r
        .check
        .as_ref()
        .map_or_else(|| t("report-not-checked"), |c| e(&c.shown));
    let _ = write!(
        h,
        "<h2>{}</h2>\n<table class=\"tk-fields\"><tbody>\n",
        t("report-section-general")
    );
    for (label, value) in [
        ("report-field-person", or_blank(&r.person.name)),
        ("report-field-unit", or_blank(&r.person.unit)),
        ("report-field-agency", e(&r.agency)),
        (
            "report-field-machine",
            r.machine
                .name
                .as_deref()
                .map_or_else(|| t("report-machine-unknown"), e),
        ),
        ("report-field-os", e(&r.machine.os)),
        ("report-field-checked", checked),
        ("report-field-date", e(&r.text.date_shown)),
    ] {
        let _ = writeln!(
            h,
            "<tr><th scope=\"row\">{}</th><td>{value}</td></tr>",
            t(label)
        );
    }
    h.push_str("</tbody></table>\n");

    // II. Score.
    let _ = write!(
        h,
        "<h2>{}</h2>\n<p class=\"tk-total\">{}</p>\n<p class=\"tk-note\">{}</p>\n\
         <table><thead><tr><th>{}</th><th>{}</th><th class=\"tk-num\">{}</th></tr></thead><tbody>\n",
        t("report-section-score"),
        e(&r.text.score_line),
        t("report-score-note"),
        t("report-col-item"),
        t("report-col-result"),
        t("report-col-points"),
    );
    for c in &r.components {
        let _ = writeln!(
            h,
            "<tr><td>{}</td><td class=\"tk-{}\">{}</td><td class=\"tk-num\">{}</td></tr>",
            e(&c.label),
            state_class(c.state),
            e(&c.result),
            escape(
                &l.render(
                    &Msg::new("report-points")
                        .arg("earned", i64::from(c.earned))
                        .arg("possible", i64::from(c.possible))
                )
            ),
        );
    }
    h.push_str("</tbody></table>\n");

    // III. Findings: the facts; the advice is in the JSON and on screen, the next steps in V.
    let _ = writeln!(h, "<h2>{}</h2>", t("report-section-findings"));
    if r.findings.is_empty() {
        let _ = writeln!(h, "<p>{}</p>", t("report-findings-none"));
    } else {
        let _ = writeln!(
            h,
            "<table><thead><tr><th>{}</th><th>{}</th><th>{}</th></tr></thead><tbody>",
            t("report-col-check"),
            t("report-col-status"),
            t("report-col-detail"),
        );
        for f in &r.findings {
            let mut detail = e(&f.summary);
            if let Some(reason) = &f.reason {
                let _ = write!(detail, " {}", e(reason));
            }
            let _ = writeln!(
                h,
                "<tr><td class=\"tk-finding-title\">{}</td><td class=\"tk-status tk-{}\">{}</td><td>{detail}</td></tr>",
                e(&f.title),
                status_class(f.status),
                e(&f.status_text),
            );
        }
        h.push_str("</tbody></table>\n");
    }

    // IV. Systems.
    let _ = write!(
        h,
        "<h2>{}</h2>\n<table><thead><tr><th>{}</th><th>{}</th><th class=\"tk-num\">{}</th></tr></thead><tbody>\n",
        t("report-section-systems"),
        t("report-col-system"),
        t("report-col-result"),
        t("report-col-changed"),
    );
    for s in &r.systems {
        let class = match s.state {
            SystemState::Done => "ok",
            SystemState::Stale => "warning",
            SystemState::Undone => "critical",
            SystemState::NotRecorded => "unknown",
        };
        let _ = writeln!(
            h,
            "<tr><td>{}</td><td class=\"tk-status tk-{class}\">{}</td><td class=\"tk-num\">{}</td></tr>",
            e(&s.name),
            e(&s.state_text),
            s.changed_shown.as_deref().map(e).unwrap_or_default(),
        );
    }
    h.push_str("</tbody></table>\n");
    let _ = writeln!(
        h,
        "<p class=\"tk-small\">{}</p>",
        if r.systems_recorded {
            t("report-systems-self-declared")
        } else {
            t("report-systems-not-recorded")
        }
    );

    // V. Actions.
    let _ = writeln!(h, "<h2>{}</h2>", t("report-section-actions"));
    if r.actions.is_empty() {
        let _ = writeln!(h, "<p>{}</p>", t("report-actions-none"));
    } else {
        h.push_str("<ol class=\"tk-actions\">\n");
        for a in &r.actions {
            let _ = writeln!(h, "<li>{} ({})</li>", e(&a.text), e(&a.gain_text));
        }
        h.push_str("</ol>\n");
    }

    // Signatures.
    let signed = r.person.name.as_deref().map(e).unwrap_or_default();
    let _ = write!(
        h,
        "<section class=\"tk-sign\">\
         <div><p class=\"tk-b\">{}</p><p class=\"tk-hint\">{}</p><p class=\"tk-signed\">{signed}</p></div>\
         <div><p class=\"tk-b\">{}</p><p class=\"tk-hint\">{}</p></div></section>\n\
         <p class=\"tk-foot\">{}</p>\n</main>\n</body>\n</html>\n",
        t("report-signer-person"),
        t("report-sign-hint"),
        t("report-signer-head"),
        t("report-sign-hint"),
        t("report-generated"),
    );
    h
}

fn status_class(s: Status) -> &'static str {
    s.code()
}

fn state_class(s: State) -> &'static str {
    match s {
        State::Full => "ok",
        State::Partial => "warning",
        State::None => "critical",
        State::Unknown | State::NotChecked => "unknown",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Lang;
    use crate::assessment::document::Person;
    use crate::assessment::document::tests::sample;

    #[test]
    fn the_page_is_self_contained_a4_and_localized() {
        let l = Localizer::new(Lang::Vi);
        let html = render(&sample(Lang::Vi, Person::default()), &l);
        assert!(html.starts_with("<!DOCTYPE html>"));
        assert!(html.contains("<html lang=\"vi\">"));
        assert!(html.contains("<meta charset=\"utf-8\">"));
        assert!(html.contains("@page { size: A4;"));
        for external in [
            "<script", "<link", "<img", "src=", "href=", "url(", "@import", "http:", "https:",
        ] {
            assert!(!html.contains(external), "{external}");
        }
        for words in [
            "C\u{1ed8}NG H\u{d2}A X\u{c3} H\u{1ed8}I CH\u{1ee6} NGH\u{128}A VI\u{1ec6}T NAM",
            "TH\u{1ee6} TR\u{1af}\u{1ede}NG \u{110}\u{1a0}N V\u{1eca}",
            "(K\u{fd}, ghi r\u{f5} h\u{1ecd} t\u{ea}n)",
            "T\u{1ed5}ng \u{111}i\u{1ec3}m: 62/100",
            "PC-VANTHU-01",
            "Windows 11 Pro",
            "UltraViewer",
            "20/11/2026",
            "Ch\u{1b0}a \u{111}\u{1ed5}i",
        ] {
            assert!(html.contains(words), "{words}");
        }
        let en = render(
            &sample(Lang::En, Person::default()),
            &Localizer::new(Lang::En),
        );
        assert!(en.contains("<html lang=\"en\">") && en.contains("HEAD OF UNIT"));
    }

    #[test]
    fn a_script_in_the_persons_name_is_escaped_everywhere() {
        let evil = "<script>alert('x')</script>&\"";
        let r = sample(Lang::Vi, Person::new(Some(evil), Some(evil)));
        let html = render(&r, &Localizer::new(Lang::Vi));
        assert!(!html.contains("<script"));
        assert!(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&amp;&quot;"));
        assert_eq!(
            html.matches("&lt;script&gt;").count(),
            4,
            "unit in the header and the fields, name in the fields and the signature"
        );
    }

    #[test]
    fn escape_covers_the_five_special_characters() {
        assert_eq!(escape("a<b>&\"c'"), "a&lt;b&gt;&amp;&quot;c&#39;");
        assert_eq!(escape("Nguy\u{1ec5}n"), "Nguy\u{1ec5}n");
    }
}
