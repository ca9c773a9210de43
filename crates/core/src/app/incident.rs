//! What the incident e-mail may say about the computer, and the mail itself.

use crate::checks::{CheckReport, LastCheck};
use crate::incident::{self, CheckSummary, Kind, Mail, Sender};
use crate::{Lang, Profile};

use super::{Host, checks};

/// The last check of this computer: this session's report when it is the check the history
/// remembers as the last one, else the remembered date and overall status. A recorded machine
/// (`--scenario`, training mode) is never in the history, so its findings never reach the mail.
pub fn last_check(host: &dyn Host, report: Option<&CheckReport>) -> Option<CheckSummary> {
    let last = checks::last_check(host).ok().flatten()?;
    match report {
        Some(r) if LastCheck::of(r) == last => Some(CheckSummary::of_report(r)),
        _ => Some(CheckSummary::of_last(&last)),
    }
}

/// The prefilled mail to the profile's contact, dated on the person's calendar, signed with
/// what the person typed as their name and unit (`sender`).
pub fn mail(
    host: &dyn Host,
    profile: &Profile,
    report: Option<&CheckReport>,
    kind: Kind,
    lang: Lang,
    sender: &Sender,
) -> Mail {
    incident::compose_from(
        profile,
        lang,
        kind,
        host.clock(),
        last_check(host, report).as_ref(),
        sender,
    )
}
