//! What a person is told about each link: the verdict as a word and a sentence, the reasons in
//! plain words, the real address of what a fake imitates, and where the link really goes when
//! that is not what the reader sees (a name before `@`, letters of other scripts, an IP
//! address). Message ids and arguments only; the CLI and the screen render them.

use serde::Serialize;

use super::host::{self, HostKind};
use super::official::Officials;
use super::outcome::{Detail, LinkCheck, Reason, Verdict};
use super::verdict::check_text;
use crate::{Msg, dates};

/// One link as shown to a person.
#[cfg_attr(test, derive(ts_rs::TS))]
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ShownLink {
    #[serde(flatten)]
    pub check: LinkCheck,
    /// `links-verdict-…`: one or a few words for the badge.
    pub title: Msg,
    /// `links-summary-…`: what it means and what to do.
    pub summary: Msg,
    /// One sentence per reason, in the order of the reasons.
    pub reasons_text: Vec<Msg>,
    /// "The real address is …", for a look-alike of a known system.
    pub real_address: Option<Msg>,
    /// "This link really goes to …", when the reader would not see it.
    pub goes_to: Option<Msg>,
}

impl Verdict {
    /// `links-summary-…`: the sentence under the badge.
    pub fn summary(self) -> Msg {
        Msg::new(match self {
            Verdict::Official => "links-summary-official",
            Verdict::Lookalike => "links-summary-lookalike",
            Verdict::NotOfficial => "links-summary-not-official",
            Verdict::Invalid => "links-summary-invalid",
        })
    }
}

/// Every link of a message, ready to show.
pub fn present(officials: &Officials, text: &str) -> Vec<ShownLink> {
    check_text(officials, text).into_iter().map(shown).collect()
}

fn shown(check: LinkCheck) -> ShownLink {
    let real_address = match (check.verdict, &check.imitates) {
        (Verdict::Lookalike, Some(real)) => {
            Some(Msg::new("links-real-address").arg("host", real.clone()))
        }
        _ => None,
    };
    let hidden = host::parse_link(&check.input).is_ok_and(|link| {
        link.userinfo.is_some()
            || link.host.kind != HostKind::Name
            || link.host.ascii.split('.').any(|l| l.starts_with("xn--"))
    });
    let goes_to = match (&check.host, check.verdict) {
        (Some(h), Verdict::Lookalike | Verdict::NotOfficial) if hidden => {
            Some(Msg::new("links-goes-to").arg("host", h.clone()))
        }
        _ => None,
    };
    ShownLink {
        title: check.verdict.msg(),
        summary: check.verdict.summary(),
        reasons_text: check
            .reasons
            .iter()
            .map(|r| reason_text(*r, &check.detail))
            .collect(),
        real_address,
        goes_to,
        check,
    }
}

/// A reason in words; where the check knows what the reason is about (the state name borrowed,
/// the lure word, the Department's report), the sentence names it.
pub fn reason_text(reason: Reason, detail: &Detail) -> Msg {
    let named = |id: &str| {
        detail.borrowed.as_ref().and_then(|b| {
            let body = b.body.as_ref()?;
            Some(
                Msg::new(id)
                    .arg("body", Msg::new(&format!("links-body-{body}")))
                    .arg("word", b.word.clone())
                    .arg("form", if b.short { "short" } else { "full" }),
            )
        })
    };
    let with = |msg: Option<Msg>| msg.unwrap_or_else(|| reason.msg());
    match reason {
        Reason::NameInDomain => with(named("links-reason-state-name-in-domain")),
        Reason::NameInSubdomain => with(named("links-reason-state-name-in-subdomain")),
        Reason::NameWithLure => with(
            detail
                .lure
                .as_ref()
                .map(|lure| Msg::new("links-reason-name-with-lure-word").arg("lure", lure.clone())),
        ),
        Reason::ReportedFake => with(detail.reported.as_ref().map(|(date, source)| {
            Msg::new("links-reason-reported-fake-on")
                .arg("date", dates::iso_msg(date))
                .arg("source", source.clone())
        })),
        Reason::ListsOld => {
            with(detail.lists_old_after.as_ref().map(|day| {
                Msg::new("links-reason-lists-old-after").arg("date", dates::iso_msg(day))
            }))
        }
        _ => reason.msg(),
    }
}
