//! The Windows posture checks over recorded registry facts, and their Linux counterparts over a
//! folder made by the test.

use super::firewall::FirewallCheck;
use super::lifecycle::{self, EditionClass, WindowsLookup};
use super::run_box::RunBoxCheck;
use super::smartscreen::SmartScreenCheck;
use super::support::WindowsSupportCheck;
use super::updates::{WindowsUpdatesCheck, installed_on};
use crate::checks::scenario::ScenarioEnv;
use crate::checks::scenario_facts::RecordedFacts;
use crate::checks::{Check, Finding, OsKind, Status};

/// 2026-12-07 12:00 UTC.
const NOW: i64 = 1_796_644_800;

fn windows(facts: &str) -> ScenarioEnv {
    ScenarioEnv::new(OsKind::Windows, "/nonexistent", NOW)
        .with_facts(RecordedFacts::parse(facts).unwrap())
}

fn run(check: &dyn Check, env: &ScenarioEnv) -> Finding {
    let mut out = check.run(env);
    assert_eq!(out.findings.len(), 1);
    out.findings.remove(0)
}

fn current_version(edition: &str, build: &str, release: &str) -> String {
    format!(
        "[registry.'HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion']\n\
         ProductName = \"Windows 10 Pro\"\nEditionID = \"{edition}\"\n\
         CurrentBuild = \"{build}\"\nDisplayVersion = \"{release}\"\nUBR = 6456\n\
         InstallationType = \"Client\"\n"
    )
}

#[test]
fn the_lifecycle_table_parses_and_every_row_has_a_source() {
    let t = lifecycle::table();
    assert!(t.windows.len() >= 20);
    for r in &t.windows {
        assert!(
            r.source.starts_with("https://learn.microsoft.com/"),
            "{}",
            r.product
        );
    }
    for r in &t.linux {
        assert!(r.source.starts_with("https://"), "{}", r.name);
    }
    assert!(t.checked >= crate::dates::parse_iso("2026-12-01").unwrap());
}

#[test]
fn editions_are_classed_and_unknown_ones_are_not_guessed() {
    assert_eq!(
        EditionClass::of_edition_id("Professional", false),
        Some(EditionClass::HomePro)
    );
    assert_eq!(
        EditionClass::of_edition_id("CoreSingleLanguage", false),
        Some(EditionClass::HomePro)
    );
    assert_eq!(
        EditionClass::of_edition_id("Education", false),
        Some(EditionClass::Enterprise)
    );
    assert_eq!(
        EditionClass::of_edition_id("EnterpriseS", false),
        Some(EditionClass::Ltsc)
    );
    assert_eq!(
        EditionClass::of_edition_id("ServerStandard", false),
        Some(EditionClass::Server)
    );
    assert_eq!(EditionClass::of_edition_id("Mystery", false), None);
    assert!(matches!(
        lifecycle::windows(30_000, EditionClass::HomePro),
        WindowsLookup::NewerThanTable
    ));
    assert!(matches!(
        lifecycle::windows(18_363, EditionClass::HomePro),
        WindowsLookup::LongEnded { .. }
    ));
}

#[test]
fn windows_11_24h2_pro_is_past_its_end_and_enterprise_still_supported_in_december_2026() {
    let pro = run(
        &WindowsSupportCheck,
        &windows(&current_version("Professional", "26100", "24H2")),
    );
    assert_eq!(pro.status, Status::Warning);
    assert_eq!(pro.summary.id, "posture-support-ended");
    assert_eq!(pro.evidence["ends"], "2026-10-13");
    assert_eq!(pro.evidence["table_checked"], "2026-12-07");
    assert_eq!(pro.evidence["recommendation"], true);
    let ent = run(
        &WindowsSupportCheck,
        &windows(&current_version("Enterprise", "26100", "24H2")),
    );
    assert_eq!(ent.status, Status::Ok);
    assert_eq!(ent.evidence["ends"], "2027-10-12");
    let h25 = run(
        &WindowsSupportCheck,
        &windows(&current_version("Core", "26200", "25H2")),
    );
    assert_eq!(h25.status, Status::Ok);
}

#[test]
fn windows_10_after_its_end_explains_extended_updates_and_ltsc_keeps_its_own_date() {
    let f = run(
        &WindowsSupportCheck,
        &windows(&current_version("Professional", "19045", "22H2")),
    );
    assert_eq!(f.status, Status::Warning);
    assert!(
        f.advice
            .iter()
            .any(|a| a.id == "posture-support-advice-esu"),
        "{:?}",
        f.advice
    );
    let ltsc = run(
        &WindowsSupportCheck,
        &windows(&current_version("EnterpriseS", "19044", "21H2")),
    );
    // LTSC 2021 ends 12/01/2027: within 60 days of 07/12/2026.
    assert_eq!(ltsc.status, Status::Warning);
    assert_eq!(ltsc.summary.id, "posture-support-supported");
}

#[test]
fn a_release_newer_than_the_table_says_so_and_is_never_ok() {
    let f = run(
        &WindowsSupportCheck,
        &windows(&current_version("Professional", "27000", "26H2")),
    );
    assert_eq!(f.status, Status::Unknown);
    assert_eq!(f.reason.unwrap().id, "posture-support-reason-newer");
}

#[test]
fn absurd_build_wrong_types_and_future_ubr_are_unknown_or_set_aside() {
    let zero = run(
        &WindowsSupportCheck,
        &windows(&current_version("Professional", "0", "22H2")),
    );
    assert_eq!(zero.status, Status::Unknown);
    assert_eq!(zero.reason.unwrap().id, "posture-support-reason-build");
    let list_typed = "[registry.'HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion']\n\
        CurrentBuild = [\"26100\"]\nEditionID = \"Professional\"\n";
    assert_eq!(
        run(&WindowsSupportCheck, &windows(list_typed)).status,
        Status::Unknown
    );
    let future_ubr =
        current_version("Enterprise", "26100", "24H2").replace("UBR = 6456", "UBR = 4294967295");
    let f = run(&WindowsSupportCheck, &windows(&future_ubr));
    assert_eq!(f.status, Status::Ok);
    assert_eq!(f.evidence["ubr_unbelievable"], true);
    assert!(!f.evidence.contains_key("ubr"));
    // A direction-changing character is dropped before the edition is read or shown.
    let bidi = current_version("Enter\u{202E}prise", "26100", "24H2");
    let f = run(&WindowsSupportCheck, &windows(&bidi));
    assert_eq!(f.status, Status::Ok);
    assert_eq!(f.evidence["edition_id"], "Enterprise");
}

#[test]
fn every_reader_failing_gives_unknown_with_a_reason_never_ok() {
    let env = windows("default_error = \"access-denied\"");
    for check in [
        &WindowsSupportCheck as &dyn Check,
        &WindowsUpdatesCheck,
        &FirewallCheck,
        &SmartScreenCheck,
        &RunBoxCheck,
    ] {
        let f = run(check, &env);
        assert_eq!(f.status, Status::Unknown, "{}", check.id());
        assert!(f.reason.is_some(), "{}", check.id());
    }
}

#[test]
fn on_another_system_the_windows_only_checks_do_not_apply_and_are_never_ticked() {
    let mac = ScenarioEnv::new(OsKind::MacOs, "/nonexistent", NOW);
    for check in [
        &WindowsSupportCheck as &dyn Check,
        &WindowsUpdatesCheck,
        &FirewallCheck,
        &SmartScreenCheck,
        &RunBoxCheck,
    ] {
        let f = run(check, &mac);
        assert_eq!(f.status, Status::NotApplicable, "{}", check.id());
        assert!(f.reason.is_some());
    }
}

#[test]
fn installed_on_dates_are_read_in_every_form_windows_writes_and_absurd_ones_refused() {
    assert_eq!(installed_on("11/12/2026", NOW), Some(1_794_441_600));
    assert_eq!(installed_on("20261112", NOW), Some(1_794_441_600));
    // FILETIME of 2026-11-12 00:00 UTC.
    let ft = (1_794_441_600u64 + 11_644_473_600) * 10_000_000;
    assert_eq!(
        installed_on(&format!("{ft:016x}"), NOW),
        Some(1_794_441_600)
    );
    assert_eq!(installed_on("1/1/1601", NOW), None);
    assert_eq!(installed_on("0000000000000000", NOW), None);
    assert_eq!(installed_on("1/1/2099", NOW), None);
    assert_eq!(installed_on("13/45/2026", NOW), None);
    assert_eq!(installed_on("yesterday", NOW), None);
}

const FRESH_UPDATES: &str = "[[installed_updates.updates]]\nhotfix_id = \"KB1\"\ninstalled_on = \"1/1/1601\"\n\
    [[installed_updates.updates]]\nhotfix_id = \"KB2\"\ninstalled_on = \"11/12/2026\"\n";

#[test]
fn a_recent_update_is_ok_and_months_without_one_is_a_warning() {
    let f = run(&WindowsUpdatesCheck, &windows(FRESH_UPDATES));
    assert_eq!(f.status, Status::Ok, "{:?}", f.reason);
    assert_eq!(f.evidence["last_update"], "2026-11-12");
    assert_eq!(f.evidence["updates_dated"], 1);
    let old = FRESH_UPDATES.replace("11/12/2026", "6/10/2026");
    let f = run(&WindowsUpdatesCheck, &windows(&old));
    assert_eq!(f.status, Status::Warning);
    assert!(
        f.advice
            .iter()
            .any(|a| a.id == "posture-updates-advice-stale")
    );
}

#[test]
fn paused_or_turned_off_updates_are_a_warning_naming_how() {
    let paused = format!(
        "{FRESH_UPDATES}[registry.'HKLM\\SOFTWARE\\Microsoft\\WindowsUpdate\\UX\\Settings']\n\
         PauseUpdatesExpiryTime = \"2026-12-28T07:59:59Z\"\n"
    );
    let f = run(&WindowsUpdatesCheck, &windows(&paused));
    assert_eq!(f.status, Status::Warning);
    assert_eq!(f.advice[0].id, "posture-updates-paused");
    assert_eq!(f.evidence["paused_until"], "2026-12-28");
    let expired = paused.replace("2026-12-28", "2026-11-28");
    assert_eq!(
        run(&WindowsUpdatesCheck, &windows(&expired)).status,
        Status::Ok
    );
    let policy = format!(
        "{FRESH_UPDATES}[registry.'HKLM\\SOFTWARE\\Policies\\Microsoft\\Windows\\WindowsUpdate\\AU']\nNoAutoUpdate = 1\n"
    );
    let f = run(&WindowsUpdatesCheck, &windows(&policy));
    assert_eq!(f.status, Status::Warning);
    assert_eq!(f.advice[0].id, "posture-updates-off-by-policy");
}

#[test]
fn an_update_list_without_a_real_date_is_unknown() {
    let f = run(
        &WindowsUpdatesCheck,
        &windows(
            "[[installed_updates.updates]]\nhotfix_id = \"KB1\"\ninstalled_on = \"1/1/1601\"\n",
        ),
    );
    assert_eq!(f.status, Status::Unknown);
    assert_eq!(f.reason.unwrap().id, "posture-updates-reason-no-date");
}

fn firewall_facts(domain: u32, private: u32, public: u32) -> String {
    let root =
        "HKLM\\SYSTEM\\CurrentControlSet\\Services\\SharedAccess\\Parameters\\FirewallPolicy";
    format!(
        "[registry.'{root}\\DomainProfile']\nEnableFirewall = {domain}\n\
         [registry.'{root}\\StandardProfile']\nEnableFirewall = {private}\n\
         [registry.'{root}\\PublicProfile']\nEnableFirewall = {public}\n"
    )
}

#[test]
fn the_firewall_off_on_the_public_profile_only_is_a_warning_naming_that_profile() {
    assert_eq!(
        run(&FirewallCheck, &windows(&firewall_facts(1, 1, 1))).status,
        Status::Ok
    );
    let f = run(&FirewallCheck, &windows(&firewall_facts(1, 1, 0)));
    assert_eq!(f.status, Status::Warning);
    assert_eq!(f.evidence["public"], "off");
    assert_eq!(f.evidence["private"], "on");
    assert_eq!(f.summary.args[0].0, "profiles");
}

#[test]
fn a_firewall_policy_overrides_the_setting_and_is_named() {
    let facts = format!(
        "{}[registry.'HKLM\\SOFTWARE\\Policies\\Microsoft\\WindowsFirewall\\DomainProfile']\nEnableFirewall = 0\n",
        firewall_facts(1, 1, 1)
    );
    let f = run(&FirewallCheck, &windows(&facts));
    assert_eq!(f.status, Status::Warning);
    assert_eq!(f.evidence["domain"], "off-by-policy");
    assert!(
        f.advice
            .iter()
            .any(|a| a.id == "posture-firewall-by-policy")
    );
}

#[test]
fn a_firewall_value_of_the_wrong_type_is_unknown_not_on() {
    let facts =
        firewall_facts(1, 1, 1).replace("EnableFirewall = 1\n", "EnableFirewall = [\"1\"]\n");
    assert_eq!(
        run(&FirewallCheck, &windows(&facts)).status,
        Status::Unknown
    );
}

#[test]
fn smartscreen_off_by_policy_is_a_warning_naming_the_policy() {
    let explorer = "[registry.'HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Explorer']\nShellState = 1\n";
    let f = run(&SmartScreenCheck, &windows(explorer));
    assert_eq!(f.status, Status::Ok);
    assert_eq!(f.summary.id, "posture-smartscreen-on-default");
    // Without the key every Windows has, "default" would be a guess.
    assert_eq!(run(&SmartScreenCheck, &windows("")).status, Status::Unknown);
    let f = run(
        &SmartScreenCheck,
        &windows(
            "[registry.'HKLM\\SOFTWARE\\Policies\\Microsoft\\Windows\\System']\nEnableSmartScreen = 0\n",
        ),
    );
    assert_eq!(f.status, Status::Warning);
    assert_eq!(f.evidence["apps"], "off-by-policy");
    assert_eq!(f.advice[0].id, "posture-smartscreen-by-policy");
    let f = run(
        &SmartScreenCheck,
        &windows(&format!(
            "{explorer}[registry.'HKCU\\SOFTWARE\\Policies\\Microsoft\\Edge']\nSmartScreenEnabled = 0\n"
        )),
    );
    assert_eq!(f.evidence["edge"], "off-by-policy");
    let f = run(
        &SmartScreenCheck,
        &windows(
            "[registry.'HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Explorer']\nSmartScreenEnabled = \"Off\"\n",
        ),
    );
    assert_eq!(f.evidence["apps"], "off");
}

#[test]
fn on_linux_the_release_table_package_date_and_ufw_are_read() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    std::fs::create_dir_all(root.join("etc/ufw")).unwrap();
    std::fs::create_dir_all(root.join("var/lib/dpkg")).unwrap();
    std::fs::write(
        root.join("etc/os-release"),
        "PRETTY_NAME=\"Ubuntu 20.04.6 LTS\"\nID=ubuntu\nVERSION_ID=\"20.04\"\n",
    )
    .unwrap();
    std::fs::write(root.join("etc/ufw/ufw.conf"), "# comment\nENABLED=no\n").unwrap();
    std::fs::write(root.join("var/lib/dpkg/status"), "Package: x\n").unwrap();
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs() as i64;
    let env = ScenarioEnv::new(OsKind::Linux, root, now);
    let support = run(&WindowsSupportCheck, &env);
    // 20.04 ended 31/05/2025, before any day this test runs.
    assert_eq!(support.status, Status::Warning);
    assert_eq!(support.evidence["distribution"], "ubuntu");
    let updates = run(&WindowsUpdatesCheck, &env);
    assert_eq!(updates.status, Status::Ok, "{:?}", updates.reason);
    assert_eq!(updates.evidence["source"], "/var/lib/dpkg/status");
    let fw = run(&FirewallCheck, &env);
    assert_eq!(fw.status, Status::Warning);
    std::fs::write(root.join("etc/os-release"), "ID=arch\n").unwrap();
    std::fs::remove_file(root.join("etc/ufw/ufw.conf")).unwrap();
    assert_eq!(
        run(&WindowsSupportCheck, &env).status,
        Status::NotApplicable
    );
    assert_eq!(run(&FirewallCheck, &env).status, Status::Unknown);
    assert_eq!(run(&SmartScreenCheck, &env).status, Status::NotApplicable);
}

#[test]
fn smartscreen_on_a_windows_older_than_8_as_wine_reports_it_is_unknown_never_on_by_default() {
    // What a fresh Wine 8 prefix holds: Windows 7's build, Explorer's key without the value.
    let wine = "[registry.'HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion']\n\
                ProductName = \"Microsoft Windows 7\"\nCurrentBuild = \"7601\"\n\
                [registry.'HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Explorer']\nShellState = 1\n";
    let f = run(&SmartScreenCheck, &windows(wine));
    assert_eq!(f.status, Status::Unknown);
    assert_eq!(
        f.reason.as_ref().map(|r| r.id.as_str()),
        Some("posture-smartscreen-reason-old-windows")
    );
    // Turned off by policy is off whatever the build.
    let f = run(
        &SmartScreenCheck,
        &windows(&format!(
            "{wine}[registry.'HKLM\\SOFTWARE\\Policies\\Microsoft\\Windows\\System']\nEnableSmartScreen = 0\n"
        )),
    );
    assert_eq!(f.evidence["apps"], "off-by-policy");
    // Windows 10's build with the same keys: Windows' default, on.
    let f = run(&SmartScreenCheck, &windows(&wine.replace("7601", "19045")));
    assert_eq!(f.summary.id, "posture-smartscreen-on-default");
}
