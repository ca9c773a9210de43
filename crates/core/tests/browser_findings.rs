//! "Which findings are the saved-password check's" has one answer: the findings the runner
//! marks as that check's (`CheckReport::findings_of`). The score, the fleet line and the
//! incident mail all ask it; none reads finding-id prefixes (`browser-extensions` starts like
//! the browser findings but is its own check).

use std::path::Path;
use std::sync::Arc;

use tukiem_core::checks::browsers::BrowserPasswordsCheck;
use tukiem_core::checks::scenario::ScenarioEnv;
use tukiem_core::checks::{self, CheckReport, RunOptions, Status};
use tukiem_core::dates::Clock;
use tukiem_core::incident::{self, CheckSummary, Kind};
use tukiem_core::{Lang, Profile};

fn check(scenario: &str) -> CheckReport {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../scenarios")
        .join(scenario);
    checks::run_blocking(
        Arc::new(ScenarioEnv::load(&dir).unwrap()),
        checks::all_checks(),
        RunOptions::default(),
        Arc::new(|_| {}),
    )
    .unwrap()
}

#[test]
fn an_extension_warning_is_not_a_saved_password_finding_for_the_score_the_fleet_or_the_mail() {
    // The stealer scenario: no saved password, a sideloaded extension (a warning).
    let report = check("windows-stealer");
    let extensions = report
        .finding("browser-extensions")
        .expect("the extension check ran");
    assert_eq!(extensions.status, Status::Warning);

    let of_browsers: Vec<&str> = report
        .findings_of(BrowserPasswordsCheck::ID)
        .map(|f| f.id.as_str())
        .collect();
    assert!(
        of_browsers.contains(&"browser-passwords"),
        "{of_browsers:?}"
    );
    assert!(
        !of_browsers.contains(&"browser-extensions"),
        "{of_browsers:?}"
    );

    let facts = report.digest();
    assert_eq!(
        facts.browsers,
        Some(Status::Ok),
        "the score's and the fleet's input"
    );
    assert!(!facts.browsers_unknown);
    assert_eq!(facts.extensions, Some(Status::Warning));

    let line = tukiem_core::fleet::Line::of(&report, "PC-01", "default", "0.0.0");
    assert_eq!(
        line.browsers,
        Status::Ok,
        "the fleet's saved-password column"
    );

    let mail = incident::compose(
        &Profile::embedded(),
        Lang::En,
        Kind::Malware,
        Clock {
            unix: report.checked_at,
            utc_offset_minutes: 420,
        },
        Some(&CheckSummary::of_report(&report)),
    );
    assert!(
        mail.body.contains("- Browser extensions: "),
        "{}",
        mail.body
    );
    assert!(
        !mail.body.contains("- Passwords saved in browsers: "),
        "an ok check is only counted: {}",
        mail.body
    );
}

#[test]
fn every_finding_of_a_run_names_the_check_that_gave_it() {
    let report = check("windows-browsers");
    let ids: Vec<&str> = checks::all_checks().iter().map(|c| c.id()).collect();
    for f in &report.findings {
        assert!(
            ids.contains(&f.check),
            "{} has no check ({:?})",
            f.id,
            f.check
        );
    }
    assert!(
        report
            .findings_of(BrowserPasswordsCheck::ID)
            .any(|f| f.id == "browser-chrome-default")
    );
}
