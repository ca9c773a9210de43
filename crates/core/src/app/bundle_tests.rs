//! Which profile speaks, preview and install, over `TestHost` with real signed bundles.

use std::path::Path;

use super::*;
use crate::app::TestHost;
use crate::bundle::fixtures::*;
use crate::bundle::keys::{self, SecretKey};

/// 2026-12-07 10:00 in Hà Nội.
const NOW: i64 = 1_796_612_400;

struct Machine {
    _root: tempfile::TempDir,
    host: TestHost,
    system: std::path::PathBuf,
    outside: std::path::PathBuf,
}

/// A computer with a data folder, a machine-wide folder trusting `keys`, and a folder for the
/// files a user picks.
fn machine(trusted: &[&SecretKey]) -> Machine {
    let root = tempfile::tempdir().unwrap();
    let system = root.path().join("system");
    let outside = root.path().join("downloads");
    std::fs::create_dir_all(&system).unwrap();
    std::fs::create_dir_all(&outside).unwrap();
    for (i, k) in trusted.iter().enumerate() {
        std::fs::write(
            system.join(format!("so-{i}.pub")),
            keys::public_file_text(&k.public()),
        )
        .unwrap();
    }
    let mut host = TestHost::new(Some(root.path().join("data")), NOW);
    host.system_dir = Some(system.clone());
    Machine {
        _root: root,
        host,
        system,
        outside,
    }
}

fn agency_bundle(secret: &SecretKey, version: u64, agency_vi: &str) -> Vec<u8> {
    let mut entries = good_entries();
    entries[0].1 = profile_text(agency_vi, AGENCY_EN).into_bytes();
    signed(&entries, secret, version)
}

fn put(dir: &Path, name: &str, bytes: &[u8]) -> std::path::PathBuf {
    let p = dir.join(name);
    std::fs::write(&p, bytes).unwrap();
    p
}

fn speaking_agency(host: &dyn Host) -> String {
    load_profile(host, None).profile.agency.name.vi
}

#[test]
fn with_no_bundle_anywhere_the_embedded_profile_speaks() {
    let m = machine(&[]);
    let loaded = load_profile(&m.host, None);
    assert_eq!(loaded.source, ProfileSource::Embedded);
    assert!(current(&m.host).speaking.is_none());
    // A computer with no machine-wide folder at all (a developer's): the same, silently.
    let mut host = TestHost::new(None, NOW);
    host.system_dir = Some("/nonexistent/tukiem".into());
    assert_eq!(load_profile(&host, None).source, ProfileSource::Embedded);
    assert!(current(&host).refused.is_empty());
}

#[test]
fn a_machine_wide_bundle_of_a_trusted_key_speaks_and_says_where_it_came_from() {
    let so = key();
    let m = machine(&[&so]);
    put(&m.system, "so.tukiem", &agency_bundle(&so, 2, AGENCY_VI));
    let loaded = load_profile(&m.host, None);
    assert_eq!(loaded.profile.agency.name.vi, AGENCY_VI);
    assert_eq!(loaded.profile.lists.reported_fakes.len(), 2);
    let ProfileSource::Bundle(source) = loaded.source else {
        panic!("{:?}", loaded.source)
    };
    assert_eq!(source.place, BundlePlace::MachineWide);
    assert_eq!(source.version, 2);
    assert_eq!(source.key_id, keys::key_id(&so.public()));
}

#[test]
fn a_profile_named_on_the_command_line_wins_over_every_bundle() {
    let so = key();
    let m = machine(&[&so]);
    put(&m.system, "so.tukiem", &agency_bundle(&so, 2, AGENCY_VI));
    let missing = m.outside.join("absent.toml");
    let loaded = load_profile(&m.host, Some(&missing));
    // `Profile::load_or_embedded`'s behaviour: the embedded profile and the reason.
    assert_eq!(loaded.source, ProfileSource::Embedded);
    assert!(loaded.fallback_reason.is_some());
}

#[test]
fn a_stranger_bundle_is_refused_and_the_current_profile_stays() {
    let (so, stranger) = (key(), key());
    let m = machine(&[&so]);
    put(&m.system, "so.tukiem", &agency_bundle(&so, 2, AGENCY_VI));
    let forwarded = put(
        &m.outside,
        "zalo.tukiem",
        &agency_bundle(&stranger, 99, "Kẻ giả mạo"),
    );
    let e = preview(&m.host, &forwarded).unwrap_err();
    assert!(e.is_trust(), "{e:?}");
    let e = install(&m.host, &forwarded).unwrap_err();
    assert!(matches!(e, BundleError::Untrusted { .. }));
    assert!(!installed_path(&m.host).unwrap().exists());
    assert_eq!(speaking_agency(&m.host), AGENCY_VI);
    // Dropped into the machine-wide folder, it is still refused, and said so.
    put(
        &m.system,
        "zalo.tukiem",
        &agency_bundle(&stranger, 99, "Kẻ giả mạo"),
    );
    assert_eq!(speaking_agency(&m.host), AGENCY_VI);
    let status = current(&m.host);
    assert_eq!(status.refused.len(), 1);
    assert_eq!(status.refused[0].id, "bundle-untrusted");
}

#[test]
fn install_writes_the_verified_bytes_and_the_installed_bundle_then_speaks() {
    let so = key();
    let m = machine(&[&so]);
    let bytes = agency_bundle(&so, 5, AGENCY_VI);
    let chosen = put(&m.outside, "so-v5.tukiem", &bytes);
    let before = preview(&m.host, &chosen).unwrap();
    assert_eq!(before.installed_version, None);
    assert!(before.refusal.is_none());
    let agency = before.changes.agency.as_ref().unwrap();
    assert_eq!(agency.1.vi, AGENCY_VI);
    assert_eq!(before.changes.reported_fakes, (0, 2));
    let lines = before.changes.lines(Lang::Vi);
    assert_eq!(lines[0].id, "bundle-change-agency");
    assert!(lines.iter().any(|m| m.id == "bundle-change-reported-fakes"));

    install(&m.host, &chosen).unwrap();
    assert_eq!(
        std::fs::read(installed_path(&m.host).unwrap()).unwrap(),
        bytes
    );
    let status = current(&m.host);
    let speaking = status.speaking.unwrap();
    assert_eq!(speaking.source.place, BundlePlace::Installed);
    assert_eq!(speaking.source.version, 5);
    assert!(!speaking.is_old);
    assert_eq!(speaking_agency(&m.host), AGENCY_VI);
    // The same file again: nothing changes.
    assert_eq!(
        preview(&m.host, &chosen).unwrap().changes.lines(Lang::En)[0].id,
        "bundle-change-none"
    );
}

#[test]
fn an_older_or_equal_version_never_replaces_the_installed_one() {
    let so = key();
    let m = machine(&[&so]);
    let v5 = agency_bundle(&so, 5, AGENCY_VI);
    install(&m.host, &put(&m.outside, "v5.tukiem", &v5)).unwrap();
    for (name, version) in [("v5-again.tukiem", 5), ("v4.tukiem", 4)] {
        let older = put(&m.outside, name, &agency_bundle(&so, version, "Cơ quan cũ"));
        let p = preview(&m.host, &older).unwrap();
        assert_eq!(p.installed_version, Some(5));
        assert_eq!(p.refusal.as_ref().unwrap().id, "bundle-not-newer");
        let e = install(&m.host, &older).unwrap_err();
        assert_eq!(
            e,
            BundleError::NotNewer {
                file: older.display().to_string(),
                version,
                installed: 5
            }
        );
        assert_eq!(std::fs::read(installed_path(&m.host).unwrap()).unwrap(), v5);
    }
    // A newer one does.
    let v6 = put(
        &m.outside,
        "v6.tukiem",
        &agency_bundle(&so, 6, "Cơ quan mới"),
    );
    install(&m.host, &v6).unwrap();
    assert_eq!(speaking_agency(&m.host), "Cơ quan mới");
}

#[test]
fn a_bad_file_installs_nothing_and_the_installed_bundle_stays_intact() {
    let so = key();
    let m = machine(&[&so]);
    let v5 = agency_bundle(&so, 5, AGENCY_VI);
    install(&m.host, &put(&m.outside, "v5.tukiem", &v5)).unwrap();
    let v9 = agency_bundle(&so, 9, "Cơ quan khác");
    let truncated = put(&m.outside, "cut.tukiem", &v9[..v9.len() / 2 + 7]);
    assert!(matches!(
        install(&m.host, &truncated),
        Err(BundleError::Damaged { .. })
    ));
    assert!(matches!(
        install(&m.host, &m.outside.join("absent.tukiem")),
        Err(BundleError::Read { .. })
    ));
    assert_eq!(std::fs::read(installed_path(&m.host).unwrap()).unwrap(), v5);
    let data: Vec<_> = std::fs::read_dir(m.host.data_dir.as_ref().unwrap())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(
        data,
        [std::ffi::OsString::from(INSTALLED_FILE)],
        "no temporary file left"
    );
}

#[test]
fn without_a_data_folder_install_says_so_and_writes_nothing() {
    let so = key();
    let mut m = machine(&[&so]);
    m.host.data_dir = None;
    let chosen = put(&m.outside, "so.tukiem", &agency_bundle(&so, 1, AGENCY_VI));
    assert!(matches!(
        install(&m.host, &chosen),
        Err(BundleError::NoDataFolder)
    ));
}

#[test]
fn a_newer_machine_wide_bundle_of_the_same_key_wins_over_the_installed_one() {
    let (so, other) = (key(), key());
    let m = machine(&[&so, &other]);
    install(
        &m.host,
        &put(&m.outside, "v3.tukiem", &agency_bundle(&so, 3, "Đã cài")),
    )
    .unwrap();
    // Another key's newer bundle in the shared folder does not replace what the user installed.
    put(
        &m.system,
        "other.tukiem",
        &agency_bundle(&other, 50, "Khóa khác"),
    );
    assert_eq!(speaking_agency(&m.host), "Đã cài");
    // The same key's newer one does (the Department's update, copied by the installer).
    put(
        &m.system,
        "so-v4.tukiem",
        &agency_bundle(&so, 4, "Bản mới của Sở"),
    );
    assert_eq!(speaking_agency(&m.host), "Bản mới của Sở");
    // And installing v4 or older by hand is now a rollback.
    let again = put(&m.outside, "v4.tukiem", &agency_bundle(&so, 4, "x"));
    assert!(matches!(
        install(&m.host, &again),
        Err(BundleError::NotNewer { installed: 4, .. })
    ));
}

#[test]
fn a_bundle_past_its_old_after_day_still_speaks_but_is_called_old() {
    let so = key();
    let m = machine(&[&so]);
    let entries = good_entries();
    let manifest = manifest_for(&entries, &so, 1, "2026-12-06");
    put(
        &m.system,
        "old.tukiem",
        &signed_with_manifest(&manifest.to_toml(), &entries, &so),
    );
    let status = current(&m.host);
    let speaking = status.speaking.unwrap();
    assert!(speaking.is_old);
    assert_eq!(speaking_agency(&m.host), AGENCY_VI);
    // On the old-after day itself it is not old yet (Hà Nội's calendar).
    m.host.set_clock(crate::dates::Clock {
        unix: NOW - 86_400,
        utc_offset_minutes: 420,
    });
    assert!(!current(&m.host).speaking.unwrap().is_old);
}

#[test]
fn a_policy_key_is_trusted_like_a_pub_file() {
    let so = key();
    let mut m = machine(&[]);
    m.host.policy_keys = vec![("So".into(), keys::public_file_text(&so.public()))];
    let chosen = put(&m.outside, "so.tukiem", &agency_bundle(&so, 1, AGENCY_VI));
    install(&m.host, &chosen).unwrap();
    assert_eq!(speaking_agency(&m.host), AGENCY_VI);
}
