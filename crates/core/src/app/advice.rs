//! The advice screen (and `tukiem-cli advice`): the letter's advice as of today on the person's
//! calendar, which decides whether the profile's ageing line shows.

use crate::advice::{self, Advice};
use crate::{Lang, Localizer, Msg, Profile};

use super::Host;

pub fn build(host: &dyn Host, profile: &Profile, lang: Lang) -> Advice {
    // A clock that is not a real date leaves the ageing line out rather than guessing an age.
    let today = host.clock().today_number().unwrap_or(i64::MIN);
    advice::build(profile, lang, today)
}

/// The profile's ageing line and note as of today, empty while the profile is young: shown
/// wherever the clerk reaches the contact (the advice screen, and the incident screen under the
/// contact card, where the clerk actually dials).
pub fn ageing(host: &dyn Host, profile: &Profile, lang: Lang) -> Vec<Msg> {
    let today = host.clock().today_number().unwrap_or(i64::MIN);
    crate::profile::age_notice(profile, &Localizer::new(lang), today).unwrap_or_default()
}
