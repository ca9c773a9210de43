//! How to change a password inside a shared system, so the password guide never dead-ends.
//!
//! The letter publishes no address for any system. Sending every clerk of the province to the one
//! contact it names would swamp that person, so the guide gives the steps almost every system
//! shares first (log in → account or personal information → change password → old password, new
//! one twice → log out and back in to confirm), and the contact only for when they do not work.

use serde::Serialize;

use crate::{Msg, Profile};

#[cfg_attr(test, derive(ts_rs::TS))]
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ChangeSteps {
    /// Said before the steps: the page can be opened from here, or the letter gives no address.
    pub intro: Msg,
    /// The general in-system steps, in order.
    pub steps: Vec<Msg>,
    /// Whom to call when the steps do not work: the profile's contact.
    pub help: Msg,
}

/// The steps for the system with this id (or for any system, when the id is unknown: the steps
/// are the same, only the intro depends on whether the profile gives an address).
pub fn for_system(profile: &Profile, system_id: &str) -> ChangeSteps {
    let has_page = profile
        .systems
        .iter()
        .find(|s| s.id == system_id)
        .and_then(|s| s.page_url())
        .is_some();
    ChangeSteps {
        intro: Msg::new(if has_page {
            "pw-howto-open-first"
        } else {
            "pw-no-url"
        }),
        steps: [
            "pw-howto-login",
            "pw-howto-account",
            "pw-howto-change",
            "pw-howto-type",
            "pw-howto-confirm",
        ]
        .into_iter()
        .map(Msg::new)
        .collect(),
        help: Msg::new("pw-howto-help")
            .arg("name", crate::advice::contact_msg(profile))
            .arg("phone", crate::advice::phone_shown(&profile.contact.phone)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Lang, Localizer};

    #[test]
    fn without_an_address_the_general_steps_come_first_then_the_contact() {
        let p = Profile::embedded();
        let steps = for_system(&p, "dich-vu-cong");
        assert_eq!(steps.intro.id, "pw-no-url");
        let l = Localizer::new(Lang::Vi);
        let text: Vec<String> = steps.steps.iter().map(|m| l.render(m)).collect();
        assert!(text[0].starts_with("Đăng nhập"), "{text:?}");
        assert!(text[2].contains("Đổi mật khẩu"), "{text:?}");
        assert!(text[3].contains("hai lần"), "{text:?}");
        assert!(text[4].contains("đăng nhập lại"), "{text:?}");
        let help = l.render(&steps.help);
        assert!(
            help.contains("gọi ông Phạm Văn An, điện thoại 0949 268 749"),
            "{help}"
        );
    }

    #[test]
    fn with_an_address_the_page_is_opened_first() {
        let mut p = Profile::embedded();
        p.systems[0].login_url = "https://dichvucong.namdinh.gov.vn".into();
        assert_eq!(
            for_system(&p, "dich-vu-cong").intro.id,
            "pw-howto-open-first"
        );
        assert_eq!(for_system(&p, "quan-ly-van-ban").intro.id, "pw-no-url");
    }
}
