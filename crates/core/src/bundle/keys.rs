//! Ed25519 keys (`ed25519-dalek`) and their files, and which public keys this computer trusts.
//!
//! Key files are one line of text, so they can be mailed, printed and compared by eye:
//! `tukiem-public-key v1 <base64 of the 32-byte key>` and `tukiem-secret-key v1 <base64 of the
//! 32-byte seed>`. Blank lines and lines starting with `#` are ignored (room for a note). A
//! key's id is the first 8 bytes of the SHA-256 of the public key, in hex.
//!
//! Trust comes only from outside the bundle and outside the app's reach: `*.pub` files in the
//! machine-wide folder ([`crate::app::Host::system_dir`]) and, on Windows, the values of the
//! policy key `HKLM\Software\Policies\TuKiem` ([`crate::app::Host::policy_keys`]). The app
//! never adds a key; a bundle never carries one.

use std::path::{Path, PathBuf};

use base64::Engine;
use base64::engine::general_purpose::STANDARD as BASE64;
use ed25519_dalek::{Signature, Signer, SigningKey, VerifyingKey};
use zeroize::Zeroizing;

use super::BundleError;
use crate::outside::{self, Deadline};

const PUBLIC_TAG: &str = "tukiem-public-key v1 ";
const SECRET_TAG: &str = "tukiem-secret-key v1 ";

/// Key files are one line; anything bigger is not one.
const MAX_KEY_FILE_BYTES: u64 = 4096;
/// The machine-wide folder holds a few files; more is not a folder an installer made.
const MAX_FOLDER_ENTRIES: usize = 1000;
/// At most this many trusted keys are tried (each is one signature check).
const MAX_TRUSTED_KEYS: usize = 32;

/// A public key this computer trusts, and where it was found.
#[derive(Clone, Debug)]
pub struct TrustedKey {
    pub key: VerifyingKey,
    pub id: String,
    pub origin: KeyOrigin,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum KeyOrigin {
    /// A `*.pub` file in the machine-wide folder.
    File(PathBuf),
    /// A value of the policy key, by its value name.
    Policy(String),
}

/// A secret (signing) key, wiped from memory when dropped (dalek's `zeroize`).
pub struct SecretKey(SigningKey);

impl SecretKey {
    /// A new key from the operating system's randomness.
    pub fn generate() -> Result<SecretKey, getrandom::Error> {
        let mut seed = Zeroizing::new([0u8; 32]);
        getrandom::fill(&mut seed[..])?;
        Ok(SecretKey(SigningKey::from_bytes(&seed)))
    }

    pub fn public(&self) -> VerifyingKey {
        self.0.verifying_key()
    }

    pub fn sign(&self, message: &[u8]) -> [u8; 64] {
        self.0.sign(message).to_bytes()
    }

    /// The secret key file's text.
    pub fn to_file_text(&self) -> Zeroizing<String> {
        Zeroizing::new(format!(
            "{SECRET_TAG}{}\n",
            BASE64.encode(self.0.to_bytes())
        ))
    }

    pub fn from_file_text(text: &str) -> Option<SecretKey> {
        let bytes = Zeroizing::new(decode_line(text, SECRET_TAG)?);
        let seed: &[u8; 32] = bytes.as_slice().try_into().ok()?;
        Some(SecretKey(SigningKey::from_bytes(seed)))
    }

    /// Reads a secret key file (`bundle build --secret`).
    pub fn read(path: &Path) -> Result<SecretKey, BundleError> {
        let file = path.display().to_string();
        let text = Zeroizing::new(outside::read_text(path, MAX_KEY_FILE_BYTES).map_err(
            |error| BundleError::Read {
                file: file.clone(),
                error,
            },
        )?);
        SecretKey::from_file_text(&text).ok_or(BundleError::BadKeyFile { file })
    }
}

/// The public key file's text.
pub fn public_file_text(key: &VerifyingKey) -> String {
    format!("{PUBLIC_TAG}{}\n", BASE64.encode(key.as_bytes()))
}

/// A public key from a key file's text, or from a bare base64 value (a policy value may hold
/// either).
pub fn public_from_text(text: &str) -> Option<VerifyingKey> {
    let bytes = decode_line(text, PUBLIC_TAG).or_else(|| {
        let t = text.trim();
        (!t.contains(char::is_whitespace))
            .then(|| BASE64.decode(t).ok())
            .flatten()
    })?;
    let bytes: [u8; 32] = bytes.as_slice().try_into().ok()?;
    // `from_bytes` refuses points not on the curve; weak keys are refused by `verify_strict`.
    VerifyingKey::from_bytes(&bytes).ok()
}

/// The key's id: the first 8 bytes of the SHA-256 of the key, in hex.
pub fn key_id(key: &VerifyingKey) -> String {
    super::format::sha256_hex(key.as_bytes())[..16].to_owned()
}

/// The one key line of a key file (comments and blank lines aside), decoded.
fn decode_line(text: &str, tag: &str) -> Option<Vec<u8>> {
    let mut lines = text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'));
    let line = lines.next()?;
    if lines.next().is_some() {
        return None;
    }
    BASE64.decode(line.strip_prefix(tag)?.trim()).ok()
}

/// The key among `trusted` whose signature over `message` verifies, if any.
pub fn verifying<'k>(
    trusted: &'k [TrustedKey],
    message: &[u8],
    signature: &[u8],
) -> Option<&'k TrustedKey> {
    let signature = Signature::from_slice(signature).ok()?;
    trusted
        .iter()
        .find(|k| k.key.verify_strict(message, &signature).is_ok())
}

/// The public keys in the machine-wide folder (`*.pub`, read through [`outside`]) and the
/// policy values. A missing folder is no keys, silently; an unreadable or malformed key file is
/// skipped (it cannot make anything trusted).
pub fn trusted_keys(system_dir: Option<&Path>, policy: &[(String, String)]) -> Vec<TrustedKey> {
    let mut keys = Vec::new();
    if let Some(dir) = system_dir {
        let deadline = Deadline::after(outside::DEFAULT_BUDGET);
        for entry in outside::list_dir(dir, MAX_FOLDER_ENTRIES, &deadline).unwrap_or_default() {
            if !has_extension(&entry.path, "pub") {
                continue;
            }
            let Ok(text) = outside::read_text_by(&entry.path, MAX_KEY_FILE_BYTES, &deadline) else {
                continue;
            };
            if let Some(key) = public_from_text(&text) {
                keys.push(TrustedKey {
                    id: key_id(&key),
                    key,
                    origin: KeyOrigin::File(entry.path),
                });
            }
        }
    }
    for (name, value) in policy {
        if let Some(key) = public_from_text(value) {
            keys.push(TrustedKey {
                id: key_id(&key),
                key,
                origin: KeyOrigin::Policy(name.clone()),
            });
        }
    }
    keys.truncate(MAX_TRUSTED_KEYS);
    keys
}

/// True when `path`'s extension is `ext`, in any case (`.PUB` on a Windows share).
pub fn has_extension(path: &Path, ext: &str) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| e.eq_ignore_ascii_case(ext))
}

/// Writes a new key file, never over an existing one. A secret key file is readable by its
/// owner only on Unix (0600, set when the file is created, so it is never readable by others
/// even for a moment); on Windows it inherits the folder's permissions (docs/bundle.md says to
/// keep it in the signing officer's own folder).
pub fn write_new_key_file(path: &Path, text: &str, secret: bool) -> std::io::Result<()> {
    use std::io::Write;
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(if secret { 0o600 } else { 0o644 });
    }
    #[cfg(not(unix))]
    let _ = secret;
    let mut file = options.open(path)?;
    file.write_all(text.as_bytes())?;
    file.sync_all()
}
