//! Test fixtures: real bundles made with the format's own writer and signer, and raw tar
//! entries for the containers `bundle build` would never make (links, `../` names, lies about
//! sizes).

use super::format::{self, Manifest, ManifestEntry};
use super::keys::{self, KeyOrigin, SecretKey, TrustedKey};
use crate::profile::Localized;

pub const DEFAULT_PROFILE: &str = include_str!("../../../../profiles/default.toml");
pub const DEFAULT_LETTER: &str = include_str!("../../../../profiles/default-letter.txt");
const DEFAULT_NAME: &str = r#"name = { vi = "Sở Thông tin và Truyền thông tỉnh Nam Định", en = "Nam Dinh Department of Information and Communications" }"#;

/// The default profile with another agency's name.
pub fn profile_text(agency_vi: &str, agency_en: &str) -> String {
    assert!(DEFAULT_PROFILE.contains(DEFAULT_NAME));
    DEFAULT_PROFILE.replacen(
        DEFAULT_NAME,
        &format!(r#"name = {{ vi = "{agency_vi}", en = "{agency_en}" }}"#),
        1,
    )
}

pub const AGENCY_VI: &str = "Sở Khoa học và Công nghệ tỉnh Ninh Bình";
pub const AGENCY_EN: &str = "Ninh Binh Department of Science and Technology";

pub fn key() -> SecretKey {
    SecretKey::generate().expect("randomness")
}

pub fn trusting(secret: &SecretKey) -> Vec<TrustedKey> {
    vec![TrustedKey {
        id: keys::key_id(&secret.public()),
        key: secret.public(),
        origin: KeyOrigin::File("test.pub".into()),
    }]
}

/// The entries of a good bundle: the Ninh Bình profile, its letter, two reported fakes, one
/// official host.
pub fn good_entries() -> Vec<(String, Vec<u8>)> {
    vec![
        (
            format::PROFILE.into(),
            profile_text(AGENCY_VI, AGENCY_EN).into_bytes(),
        ),
        (
            "default-letter.txt".into(),
            DEFAULT_LETTER.as_bytes().to_vec(),
        ),
        (
            format::REPORTED_FAKES.into(),
            b"dichvucong-ninhbinh.com\tdichvucong.ninhbinh.gov.vn\t2026-11-20\tCanh bao cua So\n\
              # a comment line\n\
              ninhbinh-gov.net\tninhbinh.gov.vn\t2026-11-25\tBao Ninh Binh\n"
                .to_vec(),
        ),
        (
            format::OFFICIAL_HOSTS.into(),
            b"# the agency's own\nqlvb.ninhbinh.vn\n".to_vec(),
        ),
    ]
}

pub fn manifest_for(
    entries: &[(String, Vec<u8>)],
    secret: &SecretKey,
    version: u64,
    old_after: &str,
) -> Manifest {
    Manifest {
        format: format::FORMAT_VERSION,
        version,
        made: "2026-12-01".into(),
        old_after: old_after.into(),
        key_id: keys::key_id(&secret.public()),
        issuer: Localized {
            vi: AGENCY_VI.into(),
            en: AGENCY_EN.into(),
        },
        entries: entries
            .iter()
            .map(|(name, data)| ManifestEntry {
                name: name.clone(),
                size: data.len() as u64,
                sha256: format::sha256_hex(data),
            })
            .collect(),
    }
}

/// A container of the manifest (as given, signed), its signature and `entries`.
pub fn signed_with_manifest(
    manifest_text: &str,
    entries: &[(String, Vec<u8>)],
    secret: &SecretKey,
) -> Vec<u8> {
    let sig = secret.sign(manifest_text.as_bytes());
    let mut all = vec![
        (
            format::MANIFEST.to_owned(),
            manifest_text.as_bytes().to_vec(),
        ),
        (format::SIGNATURE.to_owned(), sig.to_vec()),
    ];
    all.extend(entries.iter().cloned());
    super::container::write_entries(&all).unwrap()
}

/// A good signed bundle of `entries`.
pub fn signed(entries: &[(String, Vec<u8>)], secret: &SecretKey, version: u64) -> Vec<u8> {
    let manifest = manifest_for(entries, secret, version, "2027-06-30");
    signed_with_manifest(&manifest.to_toml(), entries, secret)
}

/// One raw tar entry with any name bytes, type and declared size (the `tar` crate's own
/// `set_path` refuses `..` and absolute names, so the name is written into the header here).
pub fn raw_entry(name: &[u8], kind: tar::EntryType, declared: u64, data: &[u8]) -> Vec<u8> {
    let mut header = tar::Header::new_ustar();
    {
        let ustar = header.as_ustar_mut().unwrap();
        ustar.name[..name.len()].copy_from_slice(name);
    }
    header.set_size(declared);
    header.set_mode(0o644);
    header.set_entry_type(kind);
    if kind == tar::EntryType::Symlink || kind == tar::EntryType::Link {
        header.set_link_name("/etc/passwd").unwrap();
    }
    header.set_cksum();
    let mut out = header.as_bytes().to_vec();
    out.extend_from_slice(data);
    out.resize(out.len().div_ceil(512) * 512, 0);
    out
}

/// A container of a good signed bundle with raw entries appended before the end blocks.
pub fn with_raw(good: &[u8], raw: &[u8]) -> Vec<u8> {
    // A tar written by `tar::Builder` ends in two zero blocks; put the raw entry before them.
    let body = &good[..good.len() - 1024];
    let mut out = body.to_vec();
    out.extend_from_slice(raw);
    out.extend_from_slice(&[0u8; 1024]);
    out
}
