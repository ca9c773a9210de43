//! The password guide's assess use case over a [`TestHost`](crate::app::TestHost).

use zeroize::Zeroizing;

use super::*;
use crate::app::{Host, TestHost};
use crate::dates::unix_of_utc;
use crate::password::strength::Verdict;

fn none() -> PersonalInputs {
    PersonalInputs::default()
}

#[test]
fn a_password_kept_for_one_system_is_weak_reused_and_dated_when_typed_again() {
    let dir = tempfile::tempdir().unwrap();
    let h = TestHost::new(
        Some(dir.path().to_owned()),
        unix_of_utc(2026, 11, 25, 2, 0, 0).unwrap(),
    );
    let profile = Profile::embedded();
    let pw = "Correct-Horse-9-battery";

    let first = assess(&h, &profile, pw, &none());
    assert!(first.reuse.is_empty());
    assert!(first.crack_time.is_some());
    assert!(
        h.keys().load().unwrap().is_none(),
        "assessing never makes a fingerprint key"
    );

    let kept = Zeroizing::new(pw.to_owned());
    mark_changed(&h, &profile, "dich-vu-cong", Some(&kept), true).unwrap();
    let again = assess(&h, &profile, pw, &none());
    assert_eq!(
        again.reuse,
        [EarlierUse {
            system_id: "dich-vu-cong".to_owned(),
            date: dates::iso_msg("2026-11-25"),
        }]
    );
    assert_eq!(again.assessment.verdict, Verdict::Reused);
    assert_eq!(again.assessment.warnings.first(), Some(&"reused"));
    assert_eq!(
        again.crack_time, None,
        "a reused password's guess time does not matter"
    );

    assert!(
        assess(&h, &profile, "Another-Horse-7-battery", &none())
            .reuse
            .is_empty()
    );
}

#[test]
fn without_a_data_folder_a_password_is_assessed_on_its_own() {
    let h = TestHost::new(None, unix_of_utc(2026, 11, 25, 2, 0, 0).unwrap());
    let a = assess(&h, &Profile::embedded(), "123456", &none());
    assert!(a.reuse.is_empty());
    assert_ne!(a.assessment.verdict, Verdict::Strong);
}

#[test]
fn an_assessment_carries_its_verdict_warnings_and_suggestions_in_words_reuse_and_leak_apart() {
    let dir = tempfile::tempdir().unwrap();
    let h = TestHost::new(
        Some(dir.path().to_owned()),
        unix_of_utc(2026, 11, 25, 2, 0, 0).unwrap(),
    );
    let profile = Profile::embedded();
    let pw = "123456";
    let kept = Zeroizing::new(pw.to_owned());
    mark_changed(&h, &profile, "dich-vu-cong", Some(&kept), true).unwrap();
    let a = assess(&h, &profile, pw, &none());
    assert_eq!(a.verdict_word, verdict_msg(a.assessment.verdict));
    assert!(a.assessment.warnings.contains(&"reused"));
    let shown: Vec<Msg> = a
        .assessment
        .warnings
        .iter()
        .filter(|w| !matches!(**w, "reused" | "leaked"))
        .map(|w| warning_msg(w))
        .collect();
    assert_eq!(a.warning_words, shown);
    assert!(
        a.warning_words
            .iter()
            .all(|m| m.id != "pw-warning-reused" && m.id != "pw-warning-leaked"),
        "reuse is said with the system and its date, a leak in its own box"
    );
    let l = crate::Localizer::new(crate::Lang::Vi);
    for m in std::iter::once(&a.verdict_word)
        .chain(&a.warning_words)
        .chain(&a.suggestion_words)
    {
        assert!(l.has(&m.id), "{} has no message", m.id);
    }
}
