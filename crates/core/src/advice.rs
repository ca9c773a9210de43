//! The official advice: the letter's content as structured, localized sections, in the letter's
//! own order (what happened → risks → causes → the three actions → contact), under a three-line
//! summary of the actions, with the letter's full original text beside it.
//!
//! The sentences live in `locales/*/advice.ftl`; this module decides which appear, in what order,
//! and fills in what the profile knows (agency, systems, password rule, contact). Only what the
//! letter says is said in the Department's name; TựKiểm's own suggestions are labelled as such.
//! Nothing here is pre-rendered: the CLI and the UI render the same message ids.

use serde::Serialize;

use crate::password::policy::special_sample;
use crate::profile::{Profile, System, age_notice, parse_iso_date};
use crate::{Lang, Localizer, Msg};

#[cfg_attr(test, derive(ts_rs::TS))]
#[derive(Clone, Debug, Serialize)]
pub struct Advice {
    /// Names the source: the issuer and the letter's date.
    pub title: Msg,
    /// The three actions in one short line each, shown above everything else.
    pub summary_title: Msg,
    pub summary: Vec<Msg>,
    /// In the letter's order: `what-happened`, `risks`, `causes`, `actions`.
    pub sections: Vec<Section>,
    pub contact: ContactCard,
    /// Which document this comes from.
    pub source: Msg,
    /// The letter's full text, verbatim, one paragraph a line; `None` when the profile ships none.
    pub original: Option<String>,
    /// Why the original cannot be shown, when the profile names a file that could not be read.
    pub original_problem: Option<Msg>,
    /// Empty while the profile is less than a year old; else a gentle line that agencies and
    /// contacts may have changed since, and whom to ask.
    pub ageing: Vec<Msg>,
}

#[cfg_attr(test, derive(ts_rs::TS))]
#[derive(Clone, Debug, Serialize)]
pub struct Section {
    /// Stable id: `what-happened`, `risks`, `causes`, `actions`.
    pub id: &'static str,
    pub title: Msg,
    pub body: Vec<Block>,
    /// Numbered steps with their own heading (the letter's three actions).
    pub steps: Vec<Step>,
}

#[cfg_attr(test, derive(ts_rs::TS))]
#[derive(Clone, Debug, Serialize)]
pub struct Step {
    pub heading: Msg,
    pub body: Vec<Block>,
}

#[cfg_attr(test, derive(ts_rs::TS))]
#[derive(Clone, Debug, Serialize)]
#[serde(tag = "kind", content = "content", rename_all = "lowercase")]
pub enum Block {
    Paragraph(Msg),
    List(Vec<Msg>),
}

#[cfg_attr(test, derive(ts_rs::TS))]
#[derive(Clone, Debug, Serialize)]
pub struct ContactCard {
    pub title: Msg,
    pub agency: String,
    /// The name as a letter writes it, with the profile's honorific ("Ông Phạm Văn An").
    pub name: String,
    pub role: String,
    pub phone: String,
    pub email: String,
}

fn list(ids: &[&str]) -> Block {
    Block::List(ids.iter().map(|id| Msg::new(id)).collect())
}

/// Builds the advice for a profile, with the profile's names in `lang`. `today` (a day number on the
/// person's calendar)
/// decides whether the profile is old enough for the ageing line.
pub fn build(profile: &Profile, lang: Lang, today: i64) -> Advice {
    let l = Localizer::new(lang);
    let agency = profile.agency.name.get(lang);
    let named = system_list(profile, lang, |s| s.in_document);
    let others = system_list(profile, lang, |s| !s.in_document);
    let letter_date = l.render(&crate::dates::iso_msg(&profile.document.date));

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
                body: password_blocks(profile, &named, &others),
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
                body: vec![
                    Block::Paragraph(Msg::new("advice-action-report").arg("agency", agency)),
                    Block::Paragraph(Msg::new("advice-action-report-how")),
                ],
            },
        ],
    };

    let c = &profile.contact;
    let contact = ContactCard {
        title: Msg::new("advice-contact-title"),
        agency: agency.to_owned(),
        name: contact_name(profile, lang),
        role: c.role.get(lang).to_owned(),
        phone: c.phone.clone(),
        email: c.email.clone(),
    };

    let original = profile.document.original.text().map(str::to_owned);
    Advice {
        title: Msg::new("advice-title")
            .arg("issuer", profile.document.issuer.get(lang))
            .arg("date", letter_date.as_str()),
        // A clerk who reads only the top reads what to do; the sections follow the letter.
        summary_title: Msg::new("advice-summary-title"),
        summary: vec![
            Msg::new("advice-summary-password"),
            Msg::new("advice-summary-antimalware"),
            Msg::new("advice-summary-report").arg("contact", contact_msg(profile)),
        ],
        sections: vec![what_happened, risks, causes, actions],
        contact,
        source: source_line(profile, lang),
        original_problem: profile.document.original.problem(),
        original,
        ageing: age_notice(profile, &l, today).unwrap_or_default(),
    }
}

/// "Ông Phạm Văn An" when the profile gives an honorific, else the name alone.
pub fn contact_name(profile: &Profile, lang: Lang) -> String {
    let c = &profile.contact;
    match &c.honorific {
        Some(h) => format!("{} {}", h.get(lang), c.name),
        None => c.name.clone(),
    }
}

/// The contact as a sentence names them: "ông Phạm Văn An" (lower case inside a Vietnamese
/// sentence, as the letter writes it), "Mr Phạm Văn An"; the name alone without an honorific.
pub fn contact_in_sentence(profile: &Profile, lang: Lang) -> String {
    let c = &profile.contact;
    match (&c.honorific, lang) {
        (Some(h), Lang::Vi) => format!("{} {}", h.get(lang).to_lowercase(), c.name),
        (Some(h), Lang::En) => format!("{} {}", h.get(lang), c.name),
        (None, _) => c.name.clone(),
    }
}

/// The contact inside a sentence, as a message that renders in whichever language the screen
/// shows: the profile gives the honorific per language, so both forms travel with it.
pub fn contact_msg(profile: &Profile) -> Msg {
    Msg::new("profile-contact-in-sentence")
        .arg("vi", contact_in_sentence(profile, Lang::Vi))
        .arg("en", contact_in_sentence(profile, Lang::En))
}

/// A phone number grouped to be read aloud and dialled: "0949 268 749" (10 digits as 4-3-3,
/// 11 as 4-3-4); any other shape as written.
pub fn phone_shown(phone: &str) -> String {
    let digits: String = phone.chars().filter(|c| !c.is_whitespace()).collect();
    if !digits.chars().all(|c| c.is_ascii_digit()) {
        return phone.to_owned();
    }
    match digits.len() {
        10 | 11 => format!("{} {} {}", &digits[..4], &digits[4..7], &digits[7..]),
        _ => phone.to_owned(),
    }
}

fn password_blocks(profile: &Profile, named: &str, others: &str) -> Vec<Block> {
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
    // The letter asks for a change after the first login of every application, and names the
    // systems whose accounts leaked; a system it does not name is TựKiểm's suggestion.
    let mut blocks = vec![Block::Paragraph(if named.is_empty() {
        Msg::new("advice-action-password")
    } else {
        Msg::new("advice-action-password-named").arg("systems", named)
    })];
    if !others.is_empty() {
        blocks.push(Block::Paragraph(
            Msg::new("advice-action-password-others").arg("systems", others),
        ));
    }
    blocks.push(Block::Paragraph(
        Msg::new(length_id).arg("min", i64::from(rule.min_length)),
    ));
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
