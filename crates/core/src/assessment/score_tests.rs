use super::*;
use crate::checks::{CheckReport, Finding, OsKind};

const TODAY: i64 = 20_782; // 2026-11-25

fn facts(av: Status, remote: Status, gov: u64, other: u64, browsers_unknown: bool) -> CheckDigest {
    CheckDigest {
        antivirus: Some(av),
        remote_access: Some(remote),
        stealer: None,
        hosts: None,
        extensions: None,
        proxy: None,
        browsers: Some(if browsers_unknown {
            Status::Unknown
        } else {
            Status::Ok
        }),
        browsers_unknown,
        gov_saved: gov,
        other_saved: other,
        ..CheckDigest::default()
    }
}

fn all_ok() -> CheckDigest {
    facts(Status::Ok, Status::Ok, 0, 0, false)
}

fn changed(pairs: &[(&str, i64)]) -> Checklist {
    let mut c = Checklist::default();
    for (id, day) in pairs {
        c.mark(
            id,
            &crate::dates::from_day_number(*day)
                .map(crate::dates::iso)
                .unwrap(),
        );
    }
    c
}

fn all_changed() -> Checklist {
    changed(&[
        ("dich-vu-cong", TODAY),
        ("quan-ly-van-ban", TODAY),
        ("thu-cong-vu", TODAY),
    ])
}

fn score(check: Option<CheckDigest>, checklist: Option<&Checklist>) -> Score {
    score_with(&Profile::embedded(), check, checklist)
}

fn score_with(
    profile: &Profile,
    check: Option<CheckDigest>,
    checklist: Option<&Checklist>,
) -> Score {
    compute(&ScoreInput {
        profile,
        check,
        checklist,
        today: TODAY,
        lang: Lang::Vi,
    })
}

fn part(s: &Score, part: Part) -> &Component {
    s.components.iter().find(|c| c.part == part).unwrap()
}

fn systems(s: &Score) -> Vec<(State, u32)> {
    s.components
        .iter()
        .filter(|c| c.part == Part::Systems)
        .map(|c| (c.state, c.earned))
        .collect()
}

#[test]
fn the_weights_are_pinned_100_plus_23_for_stealer_traces_plus_10_for_recommendations() {
    assert_eq!(
        WEIGHTS,
        [
            (Part::Antivirus, 20),
            (Part::GovPasswords, 20),
            (Part::OtherPasswords, 10),
            (Part::RemoteAccess, 10),
            (Part::StealerDetections, 10),
            (Part::HostsFile, 4),
            (Part::BrowserExtensions, 3),
            (Part::Proxy, 3),
            (Part::RunBox, 3),
            (Part::WindowsSupport, 3),
            (Part::WindowsUpdates, 3),
            (Part::Firewall, 2),
            (Part::Smartscreen, 2),
            (Part::Systems, 40),
        ]
    );
    assert_eq!(WEIGHTS.iter().map(|(_, w)| w).sum::<u32>(), 133);
    let recommended: u32 = WEIGHTS
        .iter()
        .filter(|(p, _)| is_recommendation(*p))
        .map(|(_, w)| w)
        .sum();
    assert_eq!(recommended, 10);
    // The letter's two causes keep most of the weight.
    assert!(recommended * 10 < 133);
    assert_eq!(MAX_ACTIONS, 3);
}

#[test]
fn stealer_traces_count_when_they_ran_and_unknown_earns_nothing() {
    let mut c = all_ok();
    c.stealer = Some(Status::Critical);
    c.hosts = Some(Status::Ok);
    c.extensions = Some(Status::Warning);
    c.proxy = Some(Status::Unknown);
    let s = score(Some(c), Some(&all_changed()));
    let got = |p| {
        let c = part(&s, p);
        (c.state, c.earned, c.possible)
    };
    assert_eq!(got(Part::StealerDetections), (State::None, 0, 10));
    assert_eq!(got(Part::HostsFile), (State::Full, 4, 4));
    assert_eq!(got(Part::BrowserExtensions), (State::Partial, 1, 3));
    assert_eq!(got(Part::Proxy), (State::Unknown, 0, 3));
    // 100 + 5 of 120.
    assert_eq!(s.score, 88);
    assert_eq!(s.actions[0].msg.id, "score-action-stealer");
    // The stealer row's 10 of 120 points is 8 on the total's scale of 100.
    assert_eq!(s.actions[0].gain, 8);
    // A report without these checks: the parts are not there at all.
    let s = score(Some(all_ok()), Some(&all_changed()));
    assert!(s.components.iter().all(|c| c.part != Part::Proxy));
    assert_eq!(s.score, 100);
}

#[test]
fn recommendations_weigh_little_and_a_part_that_does_not_apply_is_left_out() {
    let mut c = all_ok();
    c.stealer = Some(Status::NotApplicable);
    c.run_box = Some(Status::NotApplicable);
    c.windows_support = Some(Status::Warning);
    c.windows_updates = Some(Status::Ok);
    c.firewall = Some(Status::Critical);
    c.smartscreen = Some(Status::NotApplicable);
    let s = score(Some(c), Some(&all_changed()));
    for p in [Part::StealerDetections, Part::RunBox, Part::Smartscreen] {
        assert!(s.components.iter().all(|c| c.part != p), "{p:?}");
    }
    let got = |p| {
        let c = part(&s, p);
        (c.state, c.earned, c.possible)
    };
    assert_eq!(got(Part::WindowsSupport), (State::Partial, 1, 3));
    assert_eq!(got(Part::WindowsUpdates), (State::Full, 3, 3));
    assert_eq!(got(Part::Firewall), (State::None, 0, 2));
    // 100 + 4 of 108: the recommendations cannot outweigh the letter's causes.
    assert_eq!(s.score, 96);
}

#[test]
fn everything_done_is_100_with_no_actions() {
    let s = score(Some(all_ok()), Some(&all_changed()));
    assert_eq!(s.score, 100);
    assert!(s.actions.is_empty());
    assert!(s.components.iter().all(|c| c.state == State::Full));
    assert_eq!(s.components.iter().map(|c| c.possible).sum::<u32>(), 100);
}

#[test]
fn systems_share_40_points_the_first_ones_taking_the_remainder() {
    assert_eq!(shares(40, 3), [14, 13, 13]);
    assert_eq!(shares(40, 4), [10, 10, 10, 10]);
    assert_eq!(shares(40, 6), [7, 7, 7, 7, 6, 6]);
    assert!(shares(40, 0).is_empty());
    let s = score(Some(all_ok()), Some(&all_changed()));
    assert_eq!(
        systems(&s),
        [(State::Full, 14), (State::Full, 13), (State::Full, 13)]
    );
}

#[test]
fn no_check_yet_earns_nothing_for_the_machine_and_check_comes_first() {
    let s = score(None, Some(&all_changed()));
    assert!(!s.checked);
    assert_eq!(s.score, 40);
    for p in [
        Part::Antivirus,
        Part::GovPasswords,
        Part::OtherPasswords,
        Part::RemoteAccess,
    ] {
        assert_eq!(part(&s, p).state, State::NotChecked);
        assert_eq!(part(&s, p).earned, 0);
    }
    assert_eq!(s.actions.len(), 1);
    assert_eq!(s.actions[0].msg.id, "score-action-run-check");
    assert_eq!(s.actions[0].gain, 60);
    assert_eq!(s.actions[0].target, ActionScreen::Checks);
}

#[test]
fn nothing_done_at_all_is_zero_and_check_this_computer_leads() {
    let s = score(None, Some(&Checklist::default()));
    assert_eq!(s.score, 0);
    let got: Vec<(&str, u32)> = s
        .actions
        .iter()
        .map(|a| (a.msg.id.as_str(), a.gain))
        .collect();
    assert_eq!(
        got,
        [
            ("score-action-run-check", 60),
            ("score-action-change-password", 14),
            ("score-action-change-password", 13)
        ]
    );
    assert_eq!(
        s.actions[1].target,
        ActionScreen::Passwords {
            system: "dich-vu-cong".into()
        }
    );
}

#[test]
fn status_rule_ok_full_warning_half_critical_and_unknown_nothing() {
    for (status, state, av_points, remote_points) in [
        (Status::Ok, State::Full, 20, 10),
        (Status::Warning, State::Partial, 10, 5),
        (Status::Critical, State::None, 0, 0),
        (Status::Unknown, State::Unknown, 0, 0),
    ] {
        let s = score(
            Some(facts(status, status, 0, 0, false)),
            Some(&all_changed()),
        );
        let av = part(&s, Part::Antivirus);
        assert_eq!((av.state, av.earned), (state, av_points), "{status:?}");
        let ra = part(&s, Part::RemoteAccess);
        assert_eq!((ra.state, ra.earned), (state, remote_points), "{status:?}");
    }
}

#[test]
fn could_not_check_never_earns_full_points_and_asks_for_a_recheck() {
    let s = score(
        Some(facts(Status::Unknown, Status::Unknown, 0, 0, true)),
        Some(&all_changed()),
    );
    assert_eq!(s.score, 40);
    assert!(
        s.components
            .iter()
            .filter(|c| c.part != Part::Systems)
            .all(|c| c.state == State::Unknown && c.earned == 0)
    );
    assert_eq!(s.actions.len(), 1);
    assert_eq!(s.actions[0].msg.id, "score-action-recheck");
    assert_eq!(s.actions[0].gain, 60);
}

#[test]
fn saved_government_passwords_cost_20_and_other_saved_passwords_10() {
    let s = score(
        Some(facts(Status::Ok, Status::Ok, 2, 3, false)),
        Some(&all_changed()),
    );
    assert_eq!(part(&s, Part::GovPasswords).state, State::None);
    assert_eq!(part(&s, Part::OtherPasswords).state, State::None);
    assert_eq!(s.score, 70);
    let ids: Vec<&str> = s.actions.iter().map(|a| a.msg.id.as_str()).collect();
    assert_eq!(
        ids,
        ["score-action-gov-passwords", "score-action-other-passwords"]
    );

    // Only government ones: the other part is full.
    let s = score(
        Some(facts(Status::Ok, Status::Ok, 2, 0, false)),
        Some(&all_changed()),
    );
    assert_eq!(part(&s, Part::GovPasswords).earned, 0);
    assert_eq!(part(&s, Part::OtherPasswords).earned, 10);
}

#[test]
fn unreadable_browsers_cannot_be_vouched_for_but_saved_ones_still_count() {
    let s = score(
        Some(facts(Status::Ok, Status::Ok, 0, 0, true)),
        Some(&all_changed()),
    );
    assert_eq!(part(&s, Part::GovPasswords).state, State::Unknown);
    assert_eq!(part(&s, Part::OtherPasswords).state, State::Unknown);
    assert_eq!(s.actions[0].msg.id, "score-action-recheck");
    assert_eq!(s.actions[0].gain, 30);
    let s = score(
        Some(facts(Status::Ok, Status::Ok, 3, 0, true)),
        Some(&all_changed()),
    );
    assert_eq!(part(&s, Part::GovPasswords).state, State::None);
    assert_eq!(part(&s, Part::OtherPasswords).state, State::Unknown);
}

#[test]
fn without_a_maximum_age_in_the_profile_an_old_change_still_counts_in_full() {
    assert_eq!(Profile::embedded().password_rule.max_age_days, None);
    let list = changed(&[
        ("dich-vu-cong", TODAY - 400),
        ("quan-ly-van-ban", TODAY - 3000),
        ("thu-cong-vu", TODAY),
    ]);
    let s = score(Some(all_ok()), Some(&list));
    assert_eq!(
        systems(&s),
        [(State::Full, 14), (State::Full, 13), (State::Full, 13)]
    );
    assert!(s.actions.is_empty());
}

#[test]
fn a_profile_maximum_age_makes_older_changes_half_and_asks_to_change_again() {
    let mut profile = Profile::embedded();
    profile.password_rule.max_age_days = Some(90);
    let list = changed(&[
        ("dich-vu-cong", TODAY - 90),
        ("quan-ly-van-ban", TODAY - 91),
    ]);
    let s = score_with(&profile, Some(all_ok()), Some(&list));
    assert_eq!(
        systems(&s),
        [(State::Full, 14), (State::Partial, 6), (State::None, 0)]
    );
    assert_eq!(s.score, 60 + 14 + 6);
    assert_eq!(s.actions[0].msg.id, "score-action-change-password");
    assert_eq!(s.actions[0].gain, 13);
    assert_eq!(s.actions[1].msg.id, "score-action-renew-password");
    assert_eq!(s.actions[1].gain, 7);
    assert_eq!(s.actions[1].msg.args[1].1, crate::Arg::Number(90));
}

#[test]
fn the_freshness_rule_reads_the_profile_and_refuses_non_dates() {
    let mut rule = Profile::embedded().password_rule;
    let day = |d: i64| {
        crate::dates::from_day_number(d)
            .map(crate::dates::iso)
            .unwrap()
    };
    assert_eq!(password_change(&rule, None, TODAY), Change::NotChanged);
    assert_eq!(password_change(&rule, Some("x"), TODAY), Change::NotChanged);
    assert_eq!(
        password_change(&rule, Some(&day(TODAY - 5000)), TODAY),
        Change::Changed
    );
    rule.max_age_days = Some(30);
    assert_eq!(
        password_change(&rule, Some(&day(TODAY - 31)), TODAY),
        Change::TooOld { max_age_days: 30 }
    );
    assert_eq!(
        password_change(&rule, Some(&day(TODAY + 2)), TODAY),
        Change::Changed
    );
}

#[test]
fn a_change_date_in_the_future_counts_as_fresh_and_a_bad_date_as_not_changed() {
    let mut list = changed(&[("dich-vu-cong", TODAY + 3)]);
    list.mark("quan-ly-van-ban", "not-a-date");
    let s = score(Some(all_ok()), Some(&list));
    let states: Vec<State> = systems(&s).into_iter().map(|(st, _)| st).collect();
    assert_eq!(states, [State::Full, State::None, State::None]);
}

#[test]
fn without_any_record_of_changes_the_systems_earn_nothing() {
    let s = score(Some(all_ok()), None);
    assert_eq!(s.score, 60);
    assert!(systems(&s).iter().all(|(st, _)| *st == State::NotChecked));
}

#[test]
fn at_most_three_actions_sorted_by_gain_ties_in_table_order() {
    let s = score(
        Some(facts(Status::Critical, Status::Warning, 1, 3, false)),
        Some(&Checklist::default()),
    );
    let got: Vec<(&str, u32)> = s
        .actions
        .iter()
        .map(|a| (a.msg.id.as_str(), a.gain))
        .collect();
    assert_eq!(
        got,
        [
            ("score-action-antivirus", 20),
            ("score-action-gov-passwords", 20),
            ("score-action-change-password", 14),
        ]
    );
    assert_eq!(s.score, 5);
}

#[test]
fn system_names_follow_the_language() {
    let name = |lang| {
        let s = compute(&ScoreInput {
            profile: &Profile::embedded(),
            check: None,
            checklist: Some(&Checklist::default()),
            today: TODAY,
            lang,
        });
        match &s.actions[1].msg.args[0].1 {
            crate::Arg::Text(t) => t.clone(),
            crate::Arg::Number(_) | crate::Arg::Msg(_) => String::new(),
        }
    };
    assert_eq!(
        name(Lang::Vi),
        "H\u{1ec7} th\u{1ed1}ng D\u{1ecb}ch v\u{1ee5} c\u{f4}ng tr\u{1ef1}c tuy\u{1ebf}n"
    );
    assert_eq!(name(Lang::En), "Online public services portal");
}

#[test]
fn facts_come_from_the_findings_a_missing_one_is_could_not_check() {
    let mut r = CheckReport::new(0, OsKind::Windows);
    // A finding `id` as the check `check` gives it (the runner marks each one).
    let f = |check: &'static str, id: &str, status| {
        Finding::new(
            id,
            status,
            Msg::new("check-antivirus-title"),
            Msg::new("check-summary-unknown"),
        )
        .from_check(check)
    };
    assert_eq!(
        CheckDigest::of(&r),
        CheckDigest {
            antivirus: None,
            remote_access: None,
            stealer: None,
            hosts: None,
            run_box: None,
            windows_support: None,
            windows_updates: None,
            firewall: None,
            smartscreen: None,
            extensions: None,
            proxy: None,
            browsers: None,
            browsers_unknown: true,
            gov_saved: 0,
            other_saved: 0
        }
    );
    r.findings
        .push(f("antivirus", "antivirus", Status::Warning));
    r.findings
        .push(f("browser-passwords", "browser-passwords", Status::Ok));
    r.findings.push(f(
        "browser-extensions",
        "browser-extensions",
        Status::Unknown,
    ));
    let got = CheckDigest::of(&r);
    assert_eq!(got.antivirus, Some(Status::Warning));
    assert!(
        !got.browsers_unknown,
        "the extension check is not a browser finding"
    );
    assert_eq!(got.browsers, Some(Status::Ok));
    let s = score(Some(got), Some(&all_changed()));
    assert_eq!(part(&s, Part::RemoteAccess).state, State::Unknown);
    r.findings.push(f(
        "browser-passwords",
        "browser-firefox-abc123",
        Status::Unknown,
    ));
    assert!(
        CheckDigest::of(&r).browsers_unknown,
        "one unreadable profile"
    );
}
