//! The use cases over a [`TestHost`]: a fixed Hà Nội clock, a temporary data folder, a memory
//! keyring.

use zeroize::Zeroizing;

use super::*;
use crate::checks::{CheckReport, LastCheck, OsKind, Status};
use crate::dates::{Clock, unix_of_utc};
use crate::history::{self, Entry};
use crate::password::checklist::Checklist;
use crate::{Lang, Localizer, Msg, Profile};

/// 2026-11-25 09:00 in Hà Nội.
fn now() -> i64 {
    unix_of_utc(2026, 11, 25, 2, 0, 0).unwrap()
}

fn host(dir: &tempfile::TempDir) -> TestHost {
    TestHost::new(Some(dir.path().to_owned()), now())
}

fn report(at: i64) -> CheckReport {
    let mut r = crate::assessment::document::tests::sample_check();
    r.checked_at = at;
    r
}

fn vi(m: &Msg) -> String {
    Localizer::new(Lang::Vi).render(m)
}

#[test]
fn the_check_screen_gets_the_result_sentence_and_every_status_word_from_core() {
    let dir = tempfile::tempdir().unwrap();
    let h = host(&dir);
    let r = report(now() - 3600);
    let v = checks::view(&h, &Subject::ThisComputer, Some(&r));
    assert_eq!(v.overall, Some(r.status.overall_msg()));
    let words = &v.status_words;
    for (status, word) in [
        (Status::NotApplicable, &words.not_applicable),
        (Status::Ok, &words.ok),
        (Status::Warning, &words.warning),
        (Status::Unknown, &words.unknown),
        (Status::Critical, &words.critical),
    ] {
        assert_eq!(*word, status.msg());
        assert!(Localizer::new(Lang::Vi).has(&status.overall_msg().id));
    }
    assert_eq!(vi(&words.critical), "Nguy hiểm");
    assert_eq!(checks::view(&h, &Subject::ThisComputer, None).overall, None);
}

#[test]
fn a_change_at_six_in_the_morning_in_hanoi_is_dated_today() {
    let dir = tempfile::tempdir().unwrap();
    let h = host(&dir);
    // 06:00 on the 25th in Hà Nội is 23:00 UTC on the 24th.
    h.set_clock(Clock {
        unix: unix_of_utc(2026, 11, 24, 23, 0, 0).unwrap(),
        utc_offset_minutes: 420,
    });
    let marked =
        passwords::mark_changed(&h, &Profile::embedded(), "thu-cong-vu", None, false).unwrap();
    let list = Checklist::load(dir.path()).unwrap();
    assert_eq!(list.changed["thu-cong-vu"], "2026-11-25");
    let row = marked
        .systems
        .iter()
        .find(|s| s.id == "thu-cong-vu")
        .unwrap();
    assert!(row.done);
    assert_eq!(vi(&row.state), "Đã đổi ngày 25/11/2026");
}

#[test]
fn marking_an_unknown_system_or_with_an_impossible_clock_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let h = host(&dir);
    let p = Profile::embedded();
    assert_eq!(
        passwords::mark_changed(&h, &p, "no-such", None, false)
            .unwrap_err()
            .id,
        "pw-unknown-system"
    );
    h.set_clock(Clock {
        unix: i64::MAX,
        utc_offset_minutes: 420,
    });
    assert_eq!(
        passwords::mark_changed(&h, &p, "thu-cong-vu", None, false)
            .unwrap_err()
            .id,
        "pw-clock-unknown"
    );
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0);
}

#[test]
fn remembering_a_password_stores_a_fingerprint_and_no_history_line() {
    let dir = tempfile::tempdir().unwrap();
    let h = host(&dir);
    let pw = Zeroizing::new("Correct-Horse-9-battery".to_owned());
    let marked =
        passwords::mark_changed(&h, &Profile::embedded(), "dich-vu-cong", Some(&pw), true).unwrap();
    assert_eq!(marked.remember_problem, None);
    let fp = crate::password::fingerprints::History::load(dir.path()).unwrap();
    let key = crate::password::fingerprints::fingerprint_key(&h.keys).unwrap();
    assert_eq!(fp.reuses(&key, &pw).len(), 1);
    // The checklist is the one record of change dates.
    assert!(history::read(dir.path()).unwrap().entries.is_empty());
}

#[test]
fn the_page_url_is_the_profiles_filtered_one() {
    let dir = tempfile::tempdir().unwrap();
    let p = Profile::embedded();
    let (rows, problem) = passwords::systems(&host(&dir), &p);
    assert_eq!(problem, None);
    for (row, s) in rows.iter().zip(&p.systems) {
        assert_eq!(row.page_url.as_deref(), s.page_url());
    }
}

#[test]
fn a_check_of_this_computer_is_remembered_once_in_the_history_and_a_recording_never() {
    let dir = tempfile::tempdir().unwrap();
    let h = host(&dir);
    let p = Profile::embedded();
    let r = report(now() - 3600);
    let recorded = Subject::Recorded {
        name: "windows-browsers".into(),
    };
    let v = checks::after_check(&h, &p, &recorded, &r);
    assert_eq!(v.problem, None);
    assert_eq!(
        vi(&v.last_line),
        "Máy mẫu được ghi lại lúc 08:00 ngày 25/11/2026"
    );
    assert!(history::read(dir.path()).unwrap().entries.is_empty());

    let v = checks::after_check(&h, &p, &Subject::ThisComputer, &r);
    assert_eq!(v.problem, None);
    assert_eq!(
        vi(&v.last_line),
        "Lần kiểm tra gần nhất: 08:00 ngày 25/11/2026"
    );
    let statuses: Vec<Status> = v
        .report
        .unwrap()
        .findings
        .iter()
        .map(|f| f.status)
        .collect();
    assert_eq!(
        statuses,
        [Status::Unknown, Status::Warning, Status::Ok],
        "worst first"
    );
    assert_eq!(
        checks::last_check(&h).unwrap(),
        Some(LastCheck {
            checked_at: r.checked_at,
            status: r.status
        })
    );
    assert!(!dir.path().join("last-check.json").exists());
    // A later start of the app, before any check: the same line, from the history.
    let v = checks::view(&h, &Subject::ThisComputer, None);
    assert_eq!(
        vi(&v.last_line),
        "Lần kiểm tra gần nhất: 08:00 ngày 25/11/2026"
    );
}

#[test]
fn a_first_run_has_no_score_yet_and_any_step_or_check_gives_one() {
    let dir = tempfile::tempdir().unwrap();
    let h = host(&dir);
    let p = Profile::embedded();
    let s = summary::summary(&h, &p, &Subject::ThisComputer, None, Lang::Vi);
    assert_eq!(s.score.score, 0);
    assert!(
        s.unscored,
        "nothing done, never checked: no score yet, not a 0"
    );
    // A check that earns nothing is still a score of 0: the machine was checked.
    history::append(
        dir.path(),
        &Subject::ThisComputer,
        &Entry::Check {
            checked_at: now() - 3600,
            score: 0,
            status: Status::Critical,
            counts: Default::default(),
        },
    )
    .unwrap();
    let s = summary::summary(&h, &p, &Subject::ThisComputer, None, Lang::Vi);
    assert!(!s.unscored);

    let dir = tempfile::tempdir().unwrap();
    let h = host(&dir);
    let mut list = Checklist::default();
    list.mark("dich-vu-cong", "2026-11-20");
    list.save(dir.path()).unwrap();
    let s = summary::summary(&h, &p, &Subject::ThisComputer, None, Lang::Vi);
    assert!(s.score.score > 0);
    assert!(!s.unscored);
}

#[test]
fn the_summary_decides_days_dates_and_what_is_left() {
    let dir = tempfile::tempdir().unwrap();
    let h = host(&dir);
    let p = Profile::embedded();
    let day = 86_400;
    for (at, score) in [(now() - 20 * day, 40u8), (now() - 12 * day, 60)] {
        history::append(
            dir.path(),
            &Subject::ThisComputer,
            &Entry::Check {
                checked_at: at,
                score,
                status: Status::Warning,
                counts: Default::default(),
            },
        )
        .unwrap();
    }
    let mut list = Checklist::default();
    list.mark("dich-vu-cong", "2026-11-20");
    list.mark("thu-cong-vu", "2026-01-02");
    list.save(dir.path()).unwrap();

    let s = summary::summary(&h, &p, &Subject::ThisComputer, None, Lang::Vi);
    assert!(!s.recorded);
    assert_eq!(
        s.last_line,
        Msg::new("summary-last-days").arg("days", 12i64)
    );
    assert_eq!(s.points.len(), 2);
    assert_eq!(vi(&s.points[1].label), "13/11/2026: 60 điểm");
    // After a restart the remembered check is not in the score: the summary says so, with its date.
    let note = s
        .score_note
        .as_ref()
        .expect("a note on the uncounted check");
    assert!(vi(note).contains("13/11/2026"), "{}", vi(note));
    let this_session = report(now());
    let s = summary::summary(
        &h,
        &p,
        &Subject::ThisComputer,
        Some(&this_session),
        Lang::Vi,
    );
    assert_eq!(s.score_note, None, "this session's check is in the score");
    let left = |s: &summary::SummaryView| -> Vec<(String, String)> {
        s.systems_left
            .iter()
            .map(|x| (x.id.clone(), vi(&x.state)))
            .collect()
    };
    // The letter asks for one change and sets no age: a change, however old, is done.
    assert_eq!(
        left(&s),
        [("quan-ly-van-ban".to_owned(), "Chưa đổi".to_owned())]
    );
    // A profile that sets `max_age_days` makes the older change due again, with its date.
    let mut aged = p.clone();
    aged.password_rule.max_age_days = Some(90);
    let s = summary::summary(&h, &aged, &Subject::ThisComputer, None, Lang::Vi);
    assert_eq!(
        left(&s)[1],
        (
            "thu-cong-vu".to_owned(),
            "Đã đổi ngày 02/01/2026, quá 90 ngày".to_owned()
        )
    );
    let top = s.top_action.unwrap();
    assert!(vi(&top).ends_with("điểm)"), "{}", vi(&top));
    // Each part carries the status it is shown with.
    assert!(
        s.score
            .components
            .iter()
            .all(|c| c.status == c.state.status())
    );
}

#[test]
fn a_recorded_machine_s_summary_reads_no_history_and_counts_as_just_checked() {
    let dir = tempfile::tempdir().unwrap();
    let h = host(&dir);
    history::append(
        dir.path(),
        &Subject::ThisComputer,
        &Entry::check(&report(now() - 86_400 * 5), 50),
    )
    .unwrap();
    let r = report(0); // the recording's own clock
    let subject = Subject::Recorded { name: "x".into() };
    let s = summary::summary(&h, &Profile::embedded(), &subject, Some(&r), Lang::En);
    assert!(s.recorded);
    assert!(s.points.is_empty());
    assert_eq!(s.last_line, Msg::new("summary-last-days").arg("days", 0i64));
}

#[test]
fn a_hostile_clock_in_the_history_or_the_host_is_unknown_never_a_panic() {
    let dir = tempfile::tempdir().unwrap();
    let h = host(&dir);
    std::fs::write(
        history::path_in(dir.path()),
        "{\"kind\":\"check\",\"checked_at\":9223372036854775807,\"score\":255,\"status\":\"ok\",\"counts\":{\"ok\":1,\"warning\":0,\"unknown\":0,\"critical\":0}}\n",
    )
    .unwrap();
    let p = Profile::embedded();
    let s = summary::summary(&h, &p, &Subject::ThisComputer, None, Lang::Vi);
    assert_eq!(s.last_line, Msg::new("summary-last-unknown"));
    assert_eq!(vi(&s.points[0].date), vi(&Msg::new("date-unknown")));
    assert_eq!(s.points[0].score, 100);
    let v = checks::view(&h, &Subject::ThisComputer, None);
    assert!(vi(&v.last_line).contains(&vi(&Msg::new("date-unknown"))));
    h.set_clock(Clock {
        unix: i64::MIN,
        utc_offset_minutes: i32::MAX,
    });
    let _ = summary::summary(
        &h,
        &p,
        &Subject::ThisComputer,
        Some(&report(i64::MIN)),
        Lang::Vi,
    );
    let _ = report::model(
        &h,
        &p,
        &Subject::ThisComputer,
        Some(&report(i64::MAX)),
        None,
        Default::default(),
        &Localizer::new(Lang::Vi),
    );
    let _ = incident::mail(
        &h,
        &p,
        None,
        crate::incident::Kind::Other,
        Lang::Vi,
        &Default::default(),
    );
}

#[test]
fn the_incident_mail_lists_findings_only_of_the_check_the_history_remembers() {
    let dir = tempfile::tempdir().unwrap();
    let h = host(&dir);
    let p = Profile::embedded();
    assert!(incident::last_check(&h, None).is_none());
    let r = report(now() - 60);
    // A recording's report is not in the history: not even its date reaches the mail.
    assert!(incident::last_check(&h, Some(&r)).is_none());
    checks::after_check(&h, &p, &Subject::ThisComputer, &r);
    let mail = incident::mail(
        &h,
        &p,
        Some(&r),
        crate::incident::Kind::Malware,
        Lang::En,
        &Default::default(),
    );
    assert!(mail.body.contains("Anti-malware software"), "{}", mail.body);
    let other = report(now() - 30);
    let mail = incident::mail(
        &h,
        &p,
        Some(&other),
        crate::incident::Kind::Malware,
        Lang::En,
        &Default::default(),
    );
    assert!(
        !mail.body.contains("Anti-malware software"),
        "{}",
        mail.body
    );
}

#[test]
fn machine_facts_name_a_recording_never_this_computer() {
    let dir = tempfile::tempdir().unwrap();
    let h = host(&dir);
    let f = machine::machine_facts(
        &h,
        &Subject::recorded(std::path::Path::new("/x/windows-browsers")),
    );
    assert_eq!(
        (f.hostname, f.os_name, f.recorded.as_deref()),
        (None, None, Some("windows-browsers"))
    );
    // A shipped recording is named by its title, which the report prints in its language.
    let shipped =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../scenarios/windows-browsers");
    let f = machine::machine_facts(&h, &Subject::recorded(&shipped));
    assert_eq!(f.recorded.as_deref(), Some("scenario-windows-browsers"));
    let f = machine::machine_facts(&h, &Subject::ThisComputer);
    assert_eq!(f.hostname.as_deref(), Some("PC-VANTHU-01"));
    assert_eq!(f.recorded, None);
}

#[test]
fn the_saved_report_is_made_in_each_format_with_a_dated_name() {
    let dir = tempfile::tempdir().unwrap();
    let h = host(&dir);
    let l = Localizer::new(Lang::Vi);
    let r = report(now() - 60);
    let doc = report::model(
        &h,
        &Profile::embedded(),
        &Subject::ThisComputer,
        Some(&r),
        None,
        Default::default(),
        &l,
    );
    assert_eq!(
        report::file_name(&doc, report::Format::Html, &l),
        "phieu-tu-kiem-tra-2026-11-25.html"
    );
    let json = report::render(&doc, report::Format::Json, &l).unwrap();
    assert!(
        std::str::from_utf8(&json)
            .unwrap()
            .contains("tukiem.report/1")
    );
}

#[test]
fn an_old_data_folder_is_migrated_once_and_nothing_is_lost() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    // What an older version left: last-check.json, a history with change lines, a checklist.
    std::fs::write(
        d.join("last-check.json"),
        "{\"checked_at\": 1795000000, \"status\": \"critical\"}",
    )
    .unwrap();
    history::append(
        d,
        &Subject::ThisComputer,
        &Entry::check(&report(1_794_000_000), 40),
    )
    .unwrap();
    for (system, date) in [
        ("thu-cong-vu", "2026-11-20"),
        ("dich-vu-cong", "2026-01-01"),
        ("x", "bad"),
    ] {
        history::append(
            d,
            &Subject::ThisComputer,
            &Entry::PasswordChanged {
                system: system.into(),
                date: date.into(),
            },
        )
        .unwrap();
    }
    let mut list = Checklist::default();
    list.mark("dich-vu-cong", "2026-05-05");
    list.save(d).unwrap();

    let done = migrate::run(d);
    assert_eq!(
        done,
        migrate::Migrated {
            last_check_file: true,
            change_dates: 1
        }
    );
    assert!(!d.join("last-check.json").exists());
    let h = host(&dir);
    assert_eq!(
        checks::last_check(&h).unwrap(),
        Some(LastCheck {
            checked_at: 1_795_000_000,
            status: Status::Critical
        })
    );
    let list = Checklist::load(d).unwrap();
    assert_eq!(list.changed["thu-cong-vu"], "2026-11-20");
    assert_eq!(
        list.changed["dich-vu-cong"], "2026-05-05",
        "the newer date wins"
    );
    // Again: nothing more to do, nothing duplicated.
    assert_eq!(migrate::run(d), migrate::Migrated::default());
    assert_eq!(history::read(d).unwrap().entries.len(), 5);
}

#[test]
fn an_unreadable_legacy_file_is_left_alone() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("last-check.json"), "{oops").unwrap();
    assert_eq!(migrate::run(dir.path()), migrate::Migrated::default());
    assert!(dir.path().join("last-check.json").exists());
}

/// Issue 11: `now = 9223372036854775807` in a scenario panicked in the report's date code.
#[test]
fn a_scenario_whose_clock_is_i64_max_gives_unknown_dates_not_a_panic() {
    let dir = tempfile::tempdir().unwrap();
    let scenario = dir.path().join("far-future");
    std::fs::create_dir_all(&scenario).unwrap();
    std::fs::write(
        scenario.join("scenario.toml"),
        "os = \"windows\"\nnow = 9223372036854775807\n",
    )
    .unwrap();
    let env = crate::checks::env_for(Some(&scenario)).unwrap();
    let r = crate::checks::run_blocking(
        env,
        crate::checks::all_checks(),
        crate::checks::RunOptions::default(),
        std::sync::Arc::new(|_| {}),
    )
    .unwrap();
    assert_eq!(r.checked_at, i64::MAX);
    let data = tempfile::tempdir().unwrap();
    let h = host(&data);
    let p = Profile::embedded();
    let subject = Subject::recorded(&scenario);
    let view = checks::after_check(&h, &p, &subject, &r);
    assert!(vi(&view.last_line).contains(&vi(&Msg::new("date-unknown"))));
    let l = Localizer::new(Lang::Vi);
    let doc = report::model(&h, &p, &subject, Some(&r), None, Default::default(), &l);
    for format in [
        report::Format::Json,
        report::Format::Html,
        report::Format::Pdf,
    ] {
        report::render(&doc, format, &l).unwrap();
    }
    let _ = summary::summary(&h, &p, &subject, Some(&r), Lang::Vi);
}

#[test]
fn after_a_real_check_the_fleet_line_is_written_when_the_profile_asks_and_never_for_a_recording() {
    let dir = tempfile::tempdir().unwrap();
    let program_data = tempfile::tempdir().unwrap();
    let mut h = host(&dir);
    h.program_data = Some(program_data.path().into());
    let lines = program_data
        .path()
        .join("TuKiem")
        .join("tukiem-check.jsonl");
    let count = || {
        std::fs::read_to_string(&lines)
            .map(|t| t.lines().count())
            .unwrap_or(0)
    };
    let mut r = report(now() - 60);
    r.os = OsKind::Windows;

    let mut p = Profile::embedded();
    // Off unless the profile asks.
    let v = checks::after_check(&h, &p, &Subject::ThisComputer, &r);
    assert!(v.problem.is_none(), "{:?}", v.problem);
    assert_eq!(count(), 0);

    p.fleet.enabled = true;
    let recorded = Subject::Recorded {
        name: "windows-healthy".into(),
    };
    let v = checks::after_check(&h, &p, &recorded, &r);
    assert!(v.problem.is_none(), "{:?}", v.problem);
    assert_eq!(count(), 0, "a recorded machine is not this computer");

    let v = checks::after_check(&h, &p, &Subject::ThisComputer, &r);
    assert!(v.problem.is_none(), "{:?}", v.problem);
    assert_eq!(count(), 1);
    let line: serde_json::Value =
        serde_json::from_str(std::fs::read_to_string(&lines).unwrap().trim()).unwrap();
    assert_eq!(line["host"], "PC-VANTHU-01");
}

#[test]
fn the_advice_s_ageing_line_follows_the_host_s_calendar() {
    let p = Profile::embedded();
    let since = crate::dates::iso_day_number(p.valid_as_of()).unwrap();
    let at_noon_on = |day: i64| TestHost::new(None, day * 86_400 + 5 * 3600);
    assert!(
        advice::build(&at_noon_on(since + 30), &p, Lang::Vi)
            .ageing
            .is_empty()
    );
    assert!(
        !advice::build(&at_noon_on(since + 400), &p, Lang::Vi)
            .ageing
            .is_empty()
    );
    // A clock that is no real date leaves the line out rather than guessing an age.
    assert!(
        advice::build(&TestHost::new(None, i64::MAX), &p, Lang::Vi)
            .ageing
            .is_empty()
    );
}

#[test]
fn the_incident_screen_gets_the_same_ageing_lines_as_the_advice_naming_the_contact_politely() {
    let p = Profile::embedded();
    let since = crate::dates::iso_day_number(p.valid_as_of()).unwrap();
    let old = TestHost::new(None, (since + 400) * 86_400 + 5 * 3600);
    let lines = advice::ageing(&old, &p, Lang::Vi);
    assert_eq!(lines, advice::build(&old, &p, Lang::Vi).ageing);
    assert_eq!(lines.len(), 2, "the ageing line and the profile's note");
    let l = crate::Localizer::new(Lang::Vi);
    let shown = l.render(&lines[0]);
    assert!(
        shown.contains("ông Phạm Văn An (điện thoại 0949 268 749)"),
        "{shown}"
    );
    let young = TestHost::new(None, (since + 30) * 86_400);
    assert!(advice::ageing(&young, &p, Lang::Vi).is_empty());
}

#[test]
fn the_rollup_is_dated_on_the_person_s_calendar() {
    let reports = tempfile::tempdir().unwrap();
    // 06:00 on the 25th in Hà Nội is 23:00 UTC on the 24th.
    let h = TestHost::new(None, unix_of_utc(2026, 11, 24, 23, 0, 0).unwrap());
    let r = rollup::make(&h, &[reports.path().to_owned()], None, Lang::Vi);
    assert_eq!(r.date, "2026-11-25");
    assert_eq!(
        rollup::file_name(&r, rollup::Format::Xlsx, &Localizer::new(Lang::Vi)),
        "tong-hop-don-vi-2026-11-25.xlsx"
    );
    let bytes = rollup::render(&r, rollup::Format::Json, &Localizer::new(Lang::Vi)).unwrap();
    assert!(
        String::from_utf8(bytes)
            .unwrap()
            .contains("tukiem.rollup/1")
    );
}
