//! Reuse detection. When a user marks a system's password as changed, they may let TựKiểm
//! remember a *fingerprint* of the new password: Argon2id keyed with a random secret that lives
//! only in the OS keyring (Secret Service, Windows Credential Manager, macOS Keychain). The
//! fingerprints file in the app data folder is useless without that key, and the key is never
//! written to a file. No keyring → the feature is off, and the UI says why.

use std::path::{Path, PathBuf};

use argon2::{Algorithm, Argon2, Params, Version};
use serde::{Deserialize, Serialize};
use unicode_normalization::UnicodeNormalization;
use zeroize::Zeroizing;

use crate::Msg;

const KEY_LEN: usize = 32;
/// Argon2 needs a salt; the per-install secret is the key, so the salt only separates uses.
const SALT: &[u8] = b"tukiem/password-fingerprint/v1";
const FILE_NAME: &str = "password-fingerprints.json";
/// Keyring entry: service and account names.
pub const KEYRING_SERVICE: &str = "vn.tukiem.app";
pub const KEYRING_ACCOUNT: &str = "password-fingerprint-key";

#[derive(Debug, thiserror::Error)]
pub enum HistoryError {
    #[error("no usable OS keyring: {0}")]
    NoKeyring(String),
    #[error("the operating system's random source failed: {0}")]
    Random(getrandom::Error),
    #[error(transparent)]
    File(#[from] crate::store::StoreError),
}

impl HistoryError {
    /// What to tell the user.
    pub fn msg(&self) -> Msg {
        match self {
            HistoryError::NoKeyring(_) => Msg::new("history-no-keyring"),
            HistoryError::Random(_) => Msg::new("history-unavailable"),
            HistoryError::File(e) => {
                Msg::new("history-file-problem").arg("file", e.path().display().to_string())
            }
        }
    }
}

/// Where the fingerprint key is kept. The OS keyring in the app; a memory store in tests.
pub trait KeyStore {
    fn load(&self) -> Result<Option<Zeroizing<Vec<u8>>>, HistoryError>;
    fn save(&self, key: &[u8]) -> Result<(), HistoryError>;
}

/// The OS keyring, through the `keyring` crate.
pub struct OsKeyring {
    pub service: String,
    pub account: String,
}

impl Default for OsKeyring {
    fn default() -> Self {
        Self {
            service: KEYRING_SERVICE.into(),
            account: KEYRING_ACCOUNT.into(),
        }
    }
}

impl OsKeyring {
    fn entry(&self) -> Result<keyring::Entry, HistoryError> {
        keyring::Entry::new(&self.service, &self.account)
            .map_err(|e| HistoryError::NoKeyring(e.to_string()))
    }
}

impl KeyStore for OsKeyring {
    fn load(&self) -> Result<Option<Zeroizing<Vec<u8>>>, HistoryError> {
        match self.entry()?.get_secret() {
            Ok(secret) => Ok(Some(Zeroizing::new(secret))),
            Err(keyring::Error::NoEntry) => Ok(None),
            Err(e) => Err(HistoryError::NoKeyring(e.to_string())),
        }
    }

    fn save(&self, key: &[u8]) -> Result<(), HistoryError> {
        self.entry()?
            .set_secret(key)
            .map_err(|e| HistoryError::NoKeyring(e.to_string()))
    }
}

/// A key store that lives in memory: for tests, and for training mode (nothing kept).
#[derive(Default)]
pub struct MemoryKeyStore(std::sync::Mutex<Option<Zeroizing<Vec<u8>>>>);

impl KeyStore for MemoryKeyStore {
    fn load(&self) -> Result<Option<Zeroizing<Vec<u8>>>, HistoryError> {
        Ok(self.0.lock().unwrap_or_else(|p| p.into_inner()).clone())
    }

    fn save(&self, key: &[u8]) -> Result<(), HistoryError> {
        *self.0.lock().unwrap_or_else(|p| p.into_inner()) = Some(Zeroizing::new(key.to_vec()));
        Ok(())
    }
}

/// The fingerprint key: read from the store, or made (32 random bytes) and saved on first use.
pub fn fingerprint_key(store: &dyn KeyStore) -> Result<Zeroizing<Vec<u8>>, HistoryError> {
    if let Some(key) = store.load()?.filter(|k| k.len() == KEY_LEN) {
        return Ok(key);
    }
    let mut key = Zeroizing::new(vec![0u8; KEY_LEN]);
    getrandom::fill(&mut key).map_err(HistoryError::Random)?;
    store.save(&key)?;
    // Read back: a keyring that accepts a write but loses it would make every check miss.
    match store.load()? {
        Some(stored) if *stored == *key => Ok(key),
        _ => Err(HistoryError::NoKeyring(
            "the key did not survive a save".into(),
        )),
    }
}

/// Argon2id(password in NFC, keyed by `key`), hex. NFC so that the same password typed with
/// precomposed or combining marks gives the same fingerprint.
pub fn fingerprint(key: &[u8], password: &str) -> String {
    let nfc = Zeroizing::new(password.nfc().collect::<String>());
    // OWASP's Argon2id minimum (19 MiB, 2 passes, 1 lane): fixed, valid parameters.
    let params = Params::new(19 * 1024, 2, 1, Some(32)).expect("valid Argon2 parameters");
    let argon = Argon2::new_with_secret(key, Algorithm::Argon2id, Version::V0x13, params)
        .expect("key length accepted");
    let mut out = [0u8; 32];
    argon
        .hash_password_into(nfc.as_bytes(), SALT, &mut out)
        .expect("fixed sizes are valid");
    out.iter().map(|b| format!("{b:02x}")).collect()
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Record {
    pub system_id: String,
    /// ISO date the user marked the change, as the caller passed it in.
    pub changed_on: String,
    pub fingerprint: String,
}

/// The fingerprints file. Holds system ids, dates and keyed fingerprints — nothing else.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct History {
    pub records: Vec<Record>,
}

/// A earlier use of the same password.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Reuse {
    pub system_id: String,
    pub changed_on: String,
}

impl History {
    pub fn path_in(dir: &Path) -> PathBuf {
        dir.join(FILE_NAME)
    }

    pub fn load(dir: &Path) -> Result<History, HistoryError> {
        Ok(crate::store::load(&Self::path_in(dir))?)
    }

    pub fn save(&self, dir: &Path) -> Result<(), HistoryError> {
        Ok(crate::store::save(&Self::path_in(dir), self)?)
    }

    /// Earlier records with the same password: on another system, or on this one before.
    pub fn reuses(&self, key: &[u8], password: &str) -> Vec<Reuse> {
        let fp = fingerprint(key, password);
        self.records
            .iter()
            .filter(|r| r.fingerprint == fp)
            .map(|r| Reuse {
                system_id: r.system_id.clone(),
                changed_on: r.changed_on.clone(),
            })
            .collect()
    }

    pub fn record(&mut self, key: &[u8], password: &str, system_id: &str, changed_on: &str) {
        self.records.push(Record {
            system_id: system_id.to_owned(),
            changed_on: changed_on.to_owned(),
            fingerprint: fingerprint(key, password),
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn key_is_made_once_and_then_reused() {
        let store = MemoryKeyStore::default();
        let a = fingerprint_key(&store).unwrap();
        let b = fingerprint_key(&store).unwrap();
        assert_eq!(a.len(), 32);
        assert_eq!(*a, *b);
    }

    #[test]
    fn same_password_same_fingerprint_under_one_key_only() {
        let k1 = [1u8; 32];
        let k2 = [2u8; 32];
        assert_eq!(
            fingerprint(&k1, "Gio-Bien-47"),
            fingerprint(&k1, "Gio-Bien-47")
        );
        assert_ne!(
            fingerprint(&k1, "Gio-Bien-47"),
            fingerprint(&k1, "Gio-Bien-48")
        );
        assert_ne!(
            fingerprint(&k1, "Gio-Bien-47"),
            fingerprint(&k2, "Gio-Bien-47")
        );
    }

    #[test]
    fn precomposed_and_combining_forms_match() {
        let k = [7u8; 32];
        let nfd: String = "Mậtkhẩu#9".nfd().collect();
        assert_eq!(fingerprint(&k, "Mậtkhẩu#9"), fingerprint(&k, &nfd));
    }

    #[test]
    fn reuse_across_systems_is_found_and_survives_a_restart() {
        let dir = tempfile::tempdir().unwrap();
        let key = fingerprint_key(&MemoryKeyStore::default()).unwrap();
        let mut h = History::load(dir.path()).unwrap();
        h.record(&key, "Nhang+Phe+Ni+30", "dich-vu-cong", "2026-11-20");
        h.save(dir.path()).unwrap();
        let h = History::load(dir.path()).unwrap();
        assert_eq!(
            h.reuses(&key, "Nhang+Phe+Ni+30"),
            [Reuse {
                system_id: "dich-vu-cong".into(),
                changed_on: "2026-11-20".into()
            }]
        );
        assert!(h.reuses(&key, "Nhang+Phe+Ni+31").is_empty());
    }

    #[test]
    fn fingerprints_file_holds_no_password_text() {
        let dir = tempfile::tempdir().unwrap();
        let key = [3u8; 32];
        let mut h = History::default();
        h.record(&key, "Canary#Zebu7Quokka", "thu-cong-vu", "2026-11-25");
        h.save(dir.path()).unwrap();
        let text = std::fs::read_to_string(History::path_in(dir.path())).unwrap();
        assert!(
            !text.contains("Zebu") && !text.contains("Quokka") && !text.contains("Canary"),
            "{text}"
        );
        // Nor the key: it lives only in the key store.
        let key_hex: String = key.iter().map(|b| format!("{b:02x}")).collect();
        assert!(!text.contains(&key_hex));
    }

    #[test]
    fn corrupt_file_is_reported() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(History::path_in(dir.path()), b"[not json").unwrap();
        let e = History::load(dir.path()).unwrap_err();
        assert!(matches!(
            e,
            HistoryError::File(crate::store::StoreError::Corrupt { .. })
        ));
        assert_eq!(e.msg().id, "history-file-problem");
    }

    struct BrokenStore;

    impl KeyStore for BrokenStore {
        fn load(&self) -> Result<Option<Zeroizing<Vec<u8>>>, HistoryError> {
            Err(HistoryError::NoKeyring(
                "no Secret Service on the bus".into(),
            ))
        }
        fn save(&self, _: &[u8]) -> Result<(), HistoryError> {
            Err(HistoryError::NoKeyring(
                "no Secret Service on the bus".into(),
            ))
        }
    }

    #[test]
    fn no_keyring_turns_the_feature_off_with_a_reason() {
        let e = fingerprint_key(&BrokenStore).unwrap_err();
        assert_eq!(e.msg().id, "history-no-keyring");
    }
}
