//! Plain-text layout of core results for a terminal: headings underlined, lists as bullets.

use tukiem_core::Localizer;
use tukiem_core::advice::{Advice, Block};

pub fn advice(a: &Advice, l: &Localizer) -> String {
    let mut out = String::new();
    heading(&mut out, &l.render(&a.title), '=');
    out.push_str(&l.render(&a.summary_title));
    out.push('\n');
    for line in &a.summary {
        out.push_str("- ");
        out.push_str(&l.render(line));
        out.push('\n');
    }
    for section in &a.sections {
        out.push('\n');
        heading(&mut out, &l.render(&section.title), '-');
        blocks(&mut out, &section.body, l, "");
        for step in &section.steps {
            out.push('\n');
            out.push_str(&l.render(&step.heading));
            out.push('\n');
            blocks(&mut out, &step.body, l, "   ");
        }
    }
    let c = &a.contact;
    out.push('\n');
    heading(&mut out, &l.render(&c.title), '-');
    for (label, value) in [
        ("advice-contact-name", &c.name),
        ("advice-contact-role", &c.role),
        ("advice-contact-agency", &c.agency),
        ("advice-contact-phone", &c.phone),
        ("advice-contact-email", &c.email),
    ] {
        out.push_str(&format!("{}: {value}\n", l.text(label)));
    }
    out.push('\n');
    out.push_str(&l.render(&a.source));
    out.push('\n');
    for line in &a.ageing {
        out.push('\n');
        out.push_str(&l.render(line));
        out.push('\n');
    }
    out
}

/// The letter's original text as the profile ships it, or why there is none.
pub fn original(a: &Advice, l: &Localizer) -> Result<String, String> {
    match (&a.original, &a.original_problem) {
        (Some(text), _) => Ok(format!("{}\n", text.trim_end())),
        (None, Some(problem)) => Err(l.render(problem)),
        (None, None) => Err(l.text("advice-original-none")),
    }
}

fn blocks(out: &mut String, body: &[Block], l: &Localizer, indent: &str) {
    for block in body {
        match block {
            Block::Paragraph(m) => {
                out.push_str(indent);
                out.push_str(&l.render(m));
                out.push('\n');
            }
            Block::List(items) => {
                for m in items {
                    out.push_str(indent);
                    out.push_str(" • ");
                    out.push_str(&l.render(m));
                    out.push('\n');
                }
            }
        }
    }
}

fn heading(out: &mut String, text: &str, underline: char) {
    out.push_str(text);
    out.push('\n');
    out.extend(std::iter::repeat_n(underline, text.chars().count()));
    out.push('\n');
}
