//! The state-name matcher and the Department's reported fakes, whatever the host: the first
//! line of the input is a reported fake's host, the rest a link or a saved login's site. The
//! link check gives one verdict, with its reasons; the browser check's answer for the same site
//! agrees with it (same rules, same names, same reported fakes).
#![no_main]

use libfuzzer_sys::fuzz_target;
use tukiem_core::links::{Officials, SavedSite, Verdict, check_text};
use tukiem_core::profile::ReportedFake;
use tukiem_core::Profile;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let (reported, site) = text.split_once('\n').unwrap_or(("", &text));
    let mut profile = Profile::embedded();
    profile.lists.reported_fakes.push(ReportedFake {
        host: reported.to_owned(),
        imitates: "dichvucong.gov.vn".to_owned(),
        date: "2026-01-01".to_owned(),
        source: "fuzz".to_owned(),
    });
    profile.lists.old_after = Some("2026-06-30".to_owned());
    let officials = Officials::with_profile_on(&profile, Some("2026-12-07"));
    for c in check_text(&officials, site) {
        assert!(!c.reasons.is_empty(), "{c:?}");
        if c.verdict != Verdict::Lookalike {
            assert!(c.imitates.is_none(), "{c:?}");
        }
    }
    // A bare site as a browser stores it: both checks give the same answer.
    let host = site.trim();
    if !host.is_empty() && !host.contains(['/', '?', '#', ' ', '@', '\\']) {
        let url = format!("https://{host}/");
        if let Some(saved) = SavedSite::of(&url) {
            let by_link = check_text(&officials, &url);
            if by_link.len() == 1 && by_link[0].input == url {
                assert_eq!(
                    saved.lookalike_in(&officials).is_some(),
                    by_link[0].verdict == Verdict::Lookalike,
                    "{host}"
                );
            }
        }
    }
});
