//! Organisations age: the 2025 reorganisation merged departments and provinces and moved
//! information-security oversight, so a profile a year old may name an agency or a contact that
//! has changed. The advice says so, gently, and says whom to ask.

use super::Profile;
use crate::dates::{iso_day_number, iso_msg};
use crate::{Localizer, Msg};

/// A profile older than this many days gets the ageing line.
pub const AGEING_DAYS: i64 = 365;

impl Profile {
    /// `YYYY-MM-DD` the profile was last known to be right: `valid_as_of`, else the letter's date.
    pub fn valid_as_of(&self) -> &str {
        if self.valid_as_of.is_empty() {
            &self.document.date
        } else {
            &self.valid_as_of
        }
    }
}

/// The ageing line, when the profile is more than [`AGEING_DAYS`] old on `today` (a day number on the
/// person's calendar, `dates::Clock::today_number`).
/// Names the date the profile was checked and whom to ask; the profile's own note follows.
pub fn age_notice(profile: &Profile, l: &Localizer, today: i64) -> Option<Vec<Msg>> {
    let since = iso_day_number(profile.valid_as_of())?;
    if today.saturating_sub(since) <= AGEING_DAYS {
        return None;
    }
    let mut lines = vec![
        Msg::new("profile-ageing")
            .arg("date", l.render(&iso_msg(profile.valid_as_of())))
            // Whether that date is the letter's (the details were copied from it) or a later
            // day a Department confirmed them.
            .arg(
                "source",
                if profile.valid_as_of() == profile.document.date {
                    "letter"
                } else {
                    "profile"
                },
            )
            .arg("agency", profile.agency.name.get(l.lang()))
            .arg("contact", crate::advice::contact_msg(profile))
            .arg("phone", crate::advice::phone_shown(&profile.contact.phone)),
    ];
    if let Some(note) = &profile.note {
        lines.push(Msg::new("profile-note").arg("note", note.get(l.lang())));
    }
    Some(lines)
}
