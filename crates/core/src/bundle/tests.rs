//! The bundle reader against real bundles and against every kind of bad one.

use super::fixtures::*;
use super::format::{self, MAX_BUNDLE_BYTES};
use super::keys::{self, SecretKey};
use super::*;
use crate::outside::ReadError;

const FILE: &str = "goi.tukiem";

fn refusal(bytes: &[u8], trusted: &[TrustedKey]) -> BundleError {
    read(bytes, FILE, trusted).expect_err("refused")
}

#[test]
fn a_signed_bundle_reads_back_as_its_profile_with_its_lists() {
    let secret = key();
    let bytes = signed(&good_entries(), &secret, 7);
    let b = read(&bytes, FILE, &trusting(&secret)).unwrap();
    assert_eq!(b.manifest.version, 7);
    assert_eq!(b.key_id, keys::key_id(&secret.public()));
    assert_eq!(b.profile.agency.name.vi, AGENCY_VI);
    assert_eq!(b.profile.lists.reported_fakes.len(), 2);
    assert_eq!(b.profile.lists.reported_fakes[1].host, "ninhbinh-gov.net");
    assert_eq!(b.profile.lists.reported_fakes[1].date, "2026-11-25");
    assert!(
        b.profile
            .official_hosts
            .contains(&"qlvb.ninhbinh.vn".to_owned())
    );
    assert_eq!(b.profile.lists.old_after.as_deref(), Some("2027-06-30"));
    assert_eq!(b.profile.document.original.text(), Some(DEFAULT_LETTER));
    let counts = b.counts();
    assert_eq!((counts.reported_fakes, counts.leak_filters), (2, 0));
    assert!(counts.letter);
}

#[test]
fn build_makes_a_bundle_the_reader_accepts_with_families_and_leak_filters() {
    let dir = tempfile::tempdir().unwrap();
    let write = |name: &str, body: &[u8]| {
        let p = dir.path().join(name);
        std::fs::write(&p, body).unwrap();
        p
    };
    let profile = write(
        "profile.toml",
        profile_text(AGENCY_VI, AGENCY_EN).as_bytes(),
    );
    write("default-letter.txt", DEFAULT_LETTER.as_bytes());
    let inputs = BuildInputs {
        profile,
        reported_fakes: Some(write(
            "fakes.tsv",
            b"fake-ninhbinh.com\tninhbinh.gov.vn\t2026-11-20\tSo KHCN\n",
        )),
        official_hosts: Some(write("hosts.txt", b"mail.ninhbinh.vn\n")),
        stealer_families: Some(write(
            "families.toml",
            "[[family]]\nname = \"Acme\"\naliases = [\"acmestealer\"]\nsource = \"So KHCN, 2026\"\n"
                .as_bytes(),
        )),
        leaks: vec![write("Top-Leaks.bin", &[1, 2, 3, 4])],
        version: 3,
        made: "2026-12-01".into(),
        old_after: "2027-06-01".into(),
    };
    let secret = key();
    let bytes = build(&inputs, &secret).unwrap();
    let b = read(&bytes, FILE, &trusting(&secret)).unwrap();
    assert_eq!(b.manifest.issuer.vi, AGENCY_VI);
    assert_eq!(b.profile.lists.stealer_families[0].name, "Acme");
    assert_eq!(&*b.profile.lists.leak_filters[0], &[1, 2, 3, 4]);
    assert_eq!(b.profile.lists.reported_fakes[0].source, "So KHCN");
    assert!(
        b.profile
            .official_hosts
            .contains(&"mail.ninhbinh.vn".to_owned())
    );
    // The same inputs make the same container (time 0, fixed order), but a new signature
    // key makes another.
    assert_eq!(build(&inputs, &secret).unwrap(), bytes);
}

#[test]
fn build_refuses_a_list_with_a_bad_line_and_names_the_line() {
    let dir = tempfile::tempdir().unwrap();
    let profile = dir.path().join("p.toml");
    std::fs::write(&profile, profile_text(AGENCY_VI, AGENCY_EN)).unwrap();
    std::fs::write(dir.path().join("default-letter.txt"), DEFAULT_LETTER).unwrap();
    let fakes = dir.path().join("f.tsv");
    std::fs::write(
        &fakes,
        "ok.example.com\tx.gov.vn\t2026-01-01\tsrc\nnot a tsv line\n",
    )
    .unwrap();
    let inputs = BuildInputs {
        profile,
        reported_fakes: Some(fakes),
        version: 1,
        made: "2026-12-01".into(),
        old_after: "2027-06-01".into(),
        ..BuildInputs::default()
    };
    let e = build(&inputs, &key()).unwrap_err();
    let BundleError::BadInput { reason, .. } = &e else {
        panic!("{e:?}")
    };
    assert_eq!(reason.id, "bundle-input-bad-line");
    assert_eq!(reason.args[0].1, crate::i18n::Arg::Number(2));
}

#[test]
fn a_truncated_bundle_is_damaged() {
    let secret = key();
    let bytes = signed(&good_entries(), &secret, 1);
    // (Only the two zero blocks that end a tar may go: every entry is still whole then.)
    for cut in [
        bytes.len() - 1536,
        bytes.len() - 1025,
        bytes.len() / 2 + 1,
        700,
        100,
        0,
    ] {
        let e = refusal(&bytes[..cut], &trusting(&secret));
        assert!(
            matches!(e, BundleError::Damaged { .. }),
            "cut at {cut}: {e:?}"
        );
    }
}

#[test]
fn a_file_over_64_mib_is_refused_before_it_is_read() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("big.tukiem");
    let f = std::fs::File::create(&path).unwrap();
    f.set_len(MAX_BUNDLE_BYTES + 1).unwrap();
    let e = read_file(&path, &trusting(&key())).unwrap_err();
    assert_eq!(
        e,
        BundleError::Read {
            file: path.display().to_string(),
            error: ReadError::TooLarge {
                limit: MAX_BUNDLE_BYTES
            }
        }
    );
    assert_eq!(e.msg().id, "outside-too-large");
}

#[test]
fn an_entry_declaring_more_than_its_cap_or_than_the_file_holds_is_refused() {
    let secret = key();
    let good = signed(&good_entries(), &secret, 1);
    // A profile declaring 2 GiB: over the profile's cap, refused before anything is read.
    let raw = raw_entry(b"zz.txt", tar::EntryType::Regular, 2 << 30, b"");
    let e = refusal(&with_raw(&good, &raw), &trusting(&secret));
    assert!(matches!(e, BundleError::EntryTooLarge { .. }), "{e:?}");
    // A leak filter declaring 60 MiB inside a small file: the file is cut short.
    let raw = raw_entry(b"leaks/a.bin", tar::EntryType::Regular, 60 << 20, b"abc");
    let e = refusal(&with_raw(&good, &raw), &trusting(&secret));
    assert!(matches!(e, BundleError::Damaged { .. }), "{e:?}");
}

#[test]
fn entries_that_climb_out_are_refused_whatever_their_form() {
    let secret = key();
    let good = signed(&good_entries(), &secret, 1);
    for name in [
        &b"../evil.txt"[..],
        b"/etc/evil.txt",
        b"leaks/../../evil.bin",
        b"leaks/../profile.toml",
        b"C:\\evil.txt",
        b"..\\evil.txt",
        b"sub/evil.txt",
        b"Profile.toml",
        b"evil.exe",
        b"\xff\xfe.txt",
    ] {
        let raw = raw_entry(name, tar::EntryType::Regular, 3, b"abc");
        let e = refusal(&with_raw(&good, &raw), &trusting(&secret));
        assert!(
            matches!(e, BundleError::BadEntryName { .. }),
            "{}: {e:?}",
            String::from_utf8_lossy(name)
        );
    }
}

#[test]
fn links_folders_and_devices_inside_are_refused_even_under_a_good_name() {
    let secret = key();
    let good = signed(&good_entries(), &secret, 1);
    for kind in [
        tar::EntryType::Symlink,
        tar::EntryType::Link,
        tar::EntryType::Directory,
        tar::EntryType::Fifo,
        tar::EntryType::Char,
    ] {
        let raw = raw_entry(b"extra.txt", kind, 0, b"");
        let e = refusal(&with_raw(&good, &raw), &trusting(&secret));
        assert!(
            matches!(e, BundleError::NotPlainEntry { .. }),
            "{kind:?}: {e:?}"
        );
    }
}

#[test]
fn an_entry_seen_twice_is_refused() {
    let secret = key();
    let good = signed(&good_entries(), &secret, 1);
    let raw = raw_entry(b"profile.toml", tar::EntryType::Regular, 3, b"abc");
    let e = refusal(&with_raw(&good, &raw), &trusting(&secret));
    assert_eq!(
        e,
        BundleError::DuplicateEntry {
            file: FILE.into(),
            entry: "profile.toml".into()
        }
    );
}

#[test]
fn a_newer_format_is_named_as_such() {
    let secret = key();
    let entries = good_entries();
    let text = manifest_for(&entries, &secret, 1, "2027-01-01")
        .to_toml()
        .replacen("format = 1", "format = 2", 1);
    let e = refusal(
        &signed_with_manifest(&text, &entries, &secret),
        &trusting(&secret),
    );
    assert!(
        matches!(e, BundleError::UnknownFormat { found: 2, .. }),
        "{e:?}"
    );
}

#[test]
fn a_stranger_key_or_no_key_at_all_is_a_trust_refusal() {
    let bytes = signed(&good_entries(), &key(), 1);
    let e = refusal(&bytes, &trusting(&key()));
    assert!(matches!(e, BundleError::Untrusted { .. }) && e.is_trust());
    assert_eq!(e.msg().id, "bundle-untrusted");
    let e = refusal(&bytes, &[]);
    assert!(matches!(e, BundleError::NoTrustedKey { .. }) && e.is_trust());
}

#[test]
fn a_manifest_edited_after_signing_no_longer_verifies() {
    let secret = key();
    let entries = good_entries();
    let text = manifest_for(&entries, &secret, 1, "2027-01-01").to_toml();
    let sig = secret.sign(text.as_bytes());
    let edited = text.replacen("version = 1", "version = 99", 1);
    let all = [
        (format::MANIFEST.to_owned(), edited.into_bytes()),
        (format::SIGNATURE.to_owned(), sig.to_vec()),
    ]
    .into_iter()
    .chain(entries)
    .collect::<Vec<_>>();
    let bytes = container::write_entries(&all).unwrap();
    assert!(matches!(
        refusal(&bytes, &trusting(&secret)),
        BundleError::Untrusted { .. }
    ));
}

#[test]
fn an_entry_changed_after_signing_is_refused_though_the_signature_verifies() {
    let secret = key();
    let entries = good_entries();
    let manifest = manifest_for(&entries, &secret, 1, "2027-01-01").to_toml();
    let mut changed = entries.clone();
    changed[0].1 = profile_text("Kẻ giả mạo", "Impostor").into_bytes();
    let e = refusal(
        &signed_with_manifest(&manifest, &changed, &secret),
        &trusting(&secret),
    );
    assert_eq!(
        e,
        BundleError::EntryMismatch {
            file: FILE.into(),
            entry: format::PROFILE.into()
        }
    );
}

#[test]
fn an_entry_the_manifest_does_not_list_is_refused() {
    let secret = key();
    let entries = good_entries();
    let manifest = manifest_for(&entries[..3], &secret, 1, "2027-01-01").to_toml();
    let e = refusal(
        &signed_with_manifest(&manifest, &entries, &secret),
        &trusting(&secret),
    );
    assert!(matches!(e, BundleError::UnlistedEntry { .. }), "{e:?}");
}

#[test]
fn a_signed_profile_that_does_not_validate_is_refused_with_the_profile_reason() {
    let secret = key();
    let mut entries = good_entries();
    entries[0].1 = profile_text(AGENCY_VI, AGENCY_EN)
        .replacen("min_length = ", "min_length = 1000 #", 1)
        .into_bytes();
    let e = refusal(&signed(&entries, &secret, 1), &trusting(&secret));
    let BundleError::Profile { error, .. } = &e else {
        panic!("{e:?}")
    };
    assert_eq!(error.field.as_deref(), Some("password_rule.min_length"));
    assert_eq!(e.msg().id, "bundle-profile-invalid");
}

#[test]
fn a_signed_list_in_the_wrong_form_names_its_line() {
    let secret = key();
    let mut entries = good_entries();
    entries[2].1 = b"# fakes\nhost.example.com\tx\tnot-a-date\tsrc\n".to_vec();
    let e = refusal(&signed(&entries, &secret, 1), &trusting(&secret));
    assert_eq!(
        e,
        BundleError::BadList {
            file: FILE.into(),
            entry: format::REPORTED_FAKES.into(),
            line: Some(2)
        }
    );
}

#[test]
fn a_letter_the_profile_names_must_be_inside() {
    let secret = key();
    let entries: Vec<_> = good_entries()
        .into_iter()
        .filter(|(n, _)| n != "default-letter.txt")
        .collect();
    let e = refusal(&signed(&entries, &secret, 1), &trusting(&secret));
    assert!(
        matches!(e, BundleError::MissingEntry { ref entry, .. } if entry == "default-letter.txt"),
        "{e:?}"
    );
}

#[cfg(unix)]
#[test]
fn a_fifo_in_place_of_the_bundle_is_refused_without_blocking() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("pipe.tukiem");
    let c = std::ffi::CString::new(path.as_os_str().as_encoded_bytes()).unwrap();
    assert_eq!(unsafe { libc::mkfifo(c.as_ptr(), 0o600) }, 0);
    let e = read_file(&path, &trusting(&key())).unwrap_err();
    assert!(
        matches!(
            e,
            BundleError::Read {
                error: ReadError::NotAFile,
                ..
            }
        ),
        "{e:?}"
    );
}

#[test]
fn key_files_round_trip_and_a_policy_value_may_be_bare_base64() {
    let secret = key();
    let again = SecretKey::from_file_text(&secret.to_file_text()).unwrap();
    assert_eq!(again.public(), secret.public());
    let text = keys::public_file_text(&secret.public());
    assert!(text.starts_with("tukiem-public-key v1 "));
    assert_eq!(
        keys::public_from_text(&format!("# note\n\n{text}")),
        Some(secret.public())
    );
    let bare = text.trim().rsplit(' ').next().unwrap();
    assert_eq!(keys::public_from_text(bare), Some(secret.public()));
    // A secret key file is not a public key, and two keys in one file are none.
    assert_eq!(keys::public_from_text(&secret.to_file_text()), None);
    assert_eq!(keys::public_from_text(&format!("{text}{text}")), None);
}

#[test]
fn trusted_keys_come_from_pub_files_and_policy_values_and_bad_ones_are_skipped() {
    let dir = tempfile::tempdir().unwrap();
    let (a, b) = (key(), key());
    std::fs::write(
        dir.path().join("so.pub"),
        keys::public_file_text(&a.public()),
    )
    .unwrap();
    std::fs::write(dir.path().join("broken.pub"), "tukiem-public-key v1 !!!").unwrap();
    std::fs::write(
        dir.path().join("not-a-key.txt"),
        keys::public_file_text(&b.public()),
    )
    .unwrap();
    let policy = vec![("Department".to_owned(), keys::public_file_text(&b.public()))];
    let trusted = keys::trusted_keys(Some(dir.path()), &policy);
    let ids: Vec<_> = trusted.iter().map(|k| k.id.clone()).collect();
    assert_eq!(ids, [keys::key_id(&a.public()), keys::key_id(&b.public())]);
    assert_eq!(trusted[1].origin, KeyOrigin::Policy("Department".into()));
    // A folder that does not exist holds no key, silently.
    assert!(keys::trusted_keys(Some(&dir.path().join("absent")), &[]).is_empty());
}

#[cfg(unix)]
#[test]
fn a_secret_key_file_is_written_for_its_owner_only_and_never_over_another() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("so.key");
    let secret = key();
    keys::write_new_key_file(&path, &secret.to_file_text(), true).unwrap();
    let mode = std::fs::metadata(&path).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o600);
    assert!(keys::write_new_key_file(&path, "x", true).is_err());
    assert_eq!(SecretKey::read(&path).unwrap().public(), secret.public());
}
