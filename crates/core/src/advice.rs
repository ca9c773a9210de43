//! The official advice: the letter's content as structured, localized sections.
//!
//! The sentences live in `locales/*/advice.ftl`; this module decides which appear, in what order,
//! and fills in what the profile knows (agency, systems, password rule, contact). Nothing here
//! is pre-rendered: the CLI and the UI render the same message ids.

use serde::Serialize;

use crate::password::policy::special_sample;
use crate::profile::{Profile, System, parse_iso_date};
use crate::{Lang, Msg};

#[derive(Clone, Debug, Serialize)]
pub struct Advice {
    pub title: Msg,
    pub sections: Vec<Section>,
    pub contact: ContactCard,
    /// Which document this comes from.
    pub source: Msg,
}

#[derive(Clone, Debug, Serialize)]
pub struct Section {
    /// Stable id: `what-happened`, `risks`, `causes`, `actions`.
    pub id: &'static str,
    pub title: Msg,
    pub body: Vec<Block>,
    /// Numbered steps with their own heading (the letter's three actions).
    pub steps: Vec<Step>,
}

#[derive(Clone, Debug, Serialize)]
pub struct Step {
    pub heading: Msg,
    pub body: Vec<Block>,
}

#[derive(Clone, Debug, Serialize)]
#[serde(tag = "kind", content = "content", rename_all = "lowercase")]
pub enum Block {
    Paragraph(Msg),
    List(Vec<Msg>),
}

#[derive(Clone, Debug, Serialize)]
pub struct ContactCard {
    pub title: Msg,
    pub agency: String,
    pub name: String,
    pub role: String,
    pub phone: String,
    pub email: String,
}

fn list(ids: &[&str]) -> Block {
    Block::List(ids.iter().map(|id| Msg::new(id)).collect())
}

/// Builds the advice for a profile, with the profile's names in `lang`.
pub fn build(profile: &Profile, lang: Lang) -> Advice {
    let agency = profile.agency.name.get(lang);
    let systems = system_list(profile, lang, |_| true);
    let named = system_list(profile, lang, |s| s.in_document);

    let what_happened = Section {
        id: "what-happened",
        title: Msg::new("advice-what-happened-title"),
        body: vec![
            Block::Paragraph(
                Msg::new(if named.is_empty() {
                    "advice-what-happened"
                } else {
                    "advice-what-happened-named"
                })
                .arg("agency", agency)
                .arg("province", profile.agency.province.get(lang))
                .arg("systems", &named),
            ),
            Block::Paragraph(Msg::new("advice-what-happened-notified").arg("agency", agency)),
        ],
        steps: Vec::new(),
    };

    let risks = Section {
        id: "risks",
        title: Msg::new("advice-risks-title"),
        body: vec![
            Block::Paragraph(Msg::new("advice-risks-intro")),
            list(&[
                "advice-risk-data",
                "advice-risk-scams",
                "advice-risk-sale",
                "advice-risk-money",
                "advice-risk-escalation",
            ]),
        ],
        steps: Vec::new(),
    };

    let causes = Section {
        id: "causes",
        title: Msg::new("advice-causes-title"),
        body: vec![
            Block::Paragraph(Msg::new("advice-causes-intro").arg("agency", agency)),
            list(&["advice-cause-default-password", "advice-cause-stealer"]),
        ],
        steps: Vec::new(),
    };

    let actions = Section {
        id: "actions",
        title: Msg::new("advice-actions-title"),
        body: Vec::new(),
        steps: vec![
            Step {
                heading: Msg::new("advice-action-password-title"),
                body: password_blocks(profile, &systems),
            },
            Step {
                heading: Msg::new("advice-action-antimalware-title"),
                body: vec![
                    Block::Paragraph(Msg::new("advice-action-antimalware")),
                    Block::Paragraph(Msg::new("advice-action-links")),
                ],
            },
            Step {
                heading: Msg::new("advice-action-report-title"),
                body: vec![Block::Paragraph(
                    Msg::new("advice-action-report").arg("agency", agency),
                )],
            },
        ],
    };

    let c = &profile.contact;
    let contact = ContactCard {
        title: Msg::new("advice-contact-title"),
        agency: agency.to_owned(),
        name: c.name.clone(),
        role: c.role.get(lang).to_owned(),
        phone: c.phone.clone(),
        email: c.email.clone(),
    };

    Advice {
        title: Msg::new("advice-title"),
        // What to do comes first: a clerk who reads one section should read this one. The
        // letter's background follows, in the letter's own order.
        sections: vec![actions, what_happened, risks, causes],
        contact,
        source: source_line(profile, lang),
    }
}

fn password_blocks(profile: &Profile, systems: &str) -> Vec<Block> {
    let rule = &profile.password_rule;
    let mut classes = Vec::new();
    for (required, id) in [
        (rule.require_upper, "advice-rule-upper"),
        (rule.require_lower, "advice-rule-lower"),
        (rule.require_digit, "advice-rule-digit"),
    ] {
        if required {
            classes.push(Msg::new(id));
        }
    }
    if rule.require_special {
        classes.push(Msg::new("advice-rule-special").arg("sample", special_sample(&rule.specials)));
    }
    let length_id = if classes.is_empty() {
        "advice-rule-length-only"
    } else {
        "advice-rule-length"
    };
    let mut blocks = vec![
        Block::Paragraph(Msg::new("advice-action-password").arg("systems", systems)),
        Block::Paragraph(Msg::new(length_id).arg("min", i64::from(rule.min_length))),
    ];
    if !classes.is_empty() {
        blocks.push(Block::List(classes));
    }
    if !rule.example.is_empty() {
        blocks.push(Block::Paragraph(
            Msg::new("advice-rule-example").arg("example", &rule.example),
        ));
    }
    blocks
}

fn system_list(profile: &Profile, lang: Lang, keep: impl Fn(&System) -> bool) -> String {
    profile
        .systems
        .iter()
        .filter(|s| keep(s))
        .map(|s| s.name.get(lang))
        .collect::<Vec<_>>()
        .join("; ")
}

fn source_line(profile: &Profile, lang: Lang) -> Msg {
    let d = &profile.document;
    // Validation guarantees the date parses; the zero fallback is never shown.
    let (year, month, day) = parse_iso_date(&d.date).unwrap_or((0, 0, 0));
    Msg::new("advice-source")
        .arg("issuer", d.issuer.get(lang))
        .arg("day", i64::from(day))
        .arg("day2", format!("{day:02}"))
        .arg("month", i64::from(month))
        .arg("month2", format!("{month:02}"))
        .arg("year", year.to_string())
        .arg("signer", &d.signer_name)
        .arg("signer_title", d.signer_title.get(lang))
}

#[cfg(test)]
#[path = "advice_tests.rs"]
mod tests;
