//! The leaked-password filter file (`*.tkleaks`, version 1): a binary fuse filter (`xorf`'s
//! `BinaryFuse16`, 16-bit fingerprints: a false-positive rate of about 1 in 65,536) over keys
//! made from the passwords by a salted hash, so the file holds no password, not even a plain
//! hash one could look up elsewhere. Made by `tukiem-cli leaks build` (a Department's own list)
//! and by `data/leaks/make-builtin.py` (the list TựKiểm ships).
//!
//! Layout, little-endian:
//!
//! ```text
//!  0..8    magic  b"TKLEAKS\0"
//!  8..10   version (1)
//! 10..12   fingerprint bits (16)
//! 12..16   zero
//! 16..24   passwords the filter was made from (after removing duplicates)
//! 24..40   salt: key = first 8 bytes of SHA-256(salt ‖ password as UTF-8), read little-endian
//! 40..60   the filter's descriptor: seed u64, segment length u32, its mask u32, segment count length u32
//! 60..64   number of fingerprints n
//! 64..     n fingerprints, u16 each
//! last 32  SHA-256 of everything before it (a damaged or cut file is refused, not half-used)
//! ```

use sha2::{Digest, Sha256};
use xorf::{BinaryFuse16, Descriptor, Filter};

use crate::Msg;

const MAGIC: &[u8; 8] = b"TKLEAKS\0";
/// The only version this build reads.
pub const VERSION: u16 = 1;
const HEADER: usize = 64;
const CHECKSUM: usize = 32;
/// A filter file larger than this is refused: about 3.5 million passwords, more than a
/// Department needs, and the bytes are kept in memory while the app runs.
pub const MAX_FILTER_BYTES: usize = 8 * 1024 * 1024;

/// Why a filter file is not used. Says what is wrong with the file, never what it holds.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum FilterError {
    #[error("not a leaked-password filter")]
    NotAFilter,
    #[error("filter version {found}, this build reads {VERSION}")]
    WrongVersion { found: u16 },
    #[error("filter file cut short")]
    Truncated,
    #[error("filter file of {bytes} bytes, over the {max} allowed")]
    Oversized { bytes: usize, max: usize },
    #[error("filter file damaged")]
    Damaged,
}

impl FilterError {
    /// The sentence to show, naming the file as `shown`.
    pub fn reason(&self, shown: &str) -> Msg {
        let msg = match self {
            FilterError::NotAFilter => Msg::new("leaks-refused-not-a-filter"),
            FilterError::WrongVersion { found } => Msg::new("leaks-refused-version")
                .arg("found", i64::from(*found))
                .arg("expected", i64::from(VERSION)),
            FilterError::Truncated => Msg::new("leaks-refused-truncated"),
            FilterError::Oversized { bytes, max } => Msg::new("leaks-refused-oversized")
                .arg("megabytes", bytes.div_ceil(1024 * 1024))
                .arg("max", max / (1024 * 1024)),
            FilterError::Damaged => Msg::new("leaks-refused-damaged"),
        };
        msg.arg("file", shown.to_owned())
    }

    /// The stable code (`not_a_filter`, `version`, `truncated`, `oversized`, `damaged`).
    pub fn code(&self) -> &'static str {
        match self {
            FilterError::NotAFilter => "not_a_filter",
            FilterError::WrongVersion { .. } => "version",
            FilterError::Truncated => "truncated",
            FilterError::Oversized { .. } => "oversized",
            FilterError::Damaged => "damaged",
        }
    }
}

/// Why a filter could not be made from a list.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum BuildError {
    #[error("the list holds no password")]
    Empty,
    #[error("the list makes a filter over the size allowed")]
    TooMany,
    #[error("the filter could not be constructed")]
    Construction,
}

impl BuildError {
    pub fn msg(&self) -> Msg {
        Msg::new(match self {
            BuildError::Empty => "leaks-build-empty",
            BuildError::TooMany => "leaks-build-too-many",
            BuildError::Construction => "leaks-build-failed",
        })
    }
}

/// One usable filter.
pub struct LeakFilter {
    salt: [u8; 16],
    entries: u64,
    filter: BinaryFuse16,
}

impl std::fmt::Debug for LeakFilter {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("LeakFilter")
            .field("entries", &self.entries)
            .finish_non_exhaustive()
    }
}

/// The filter key of a password under `salt`. The hasher's buffer holds the password's bytes
/// until it is dropped at the end of this call (sha2 does not wipe it; see `strength.rs`).
fn key(salt: &[u8; 16], password: &[u8]) -> u64 {
    let digest = Sha256::new()
        .chain_update(salt)
        .chain_update(password)
        .finalize();
    let mut first = [0u8; 8];
    first.copy_from_slice(&digest[..8]);
    u64::from_le_bytes(first)
}

fn u16_at(b: &[u8], at: usize) -> u16 {
    u16::from_le_bytes([b[at], b[at + 1]])
}

fn u32_at(b: &[u8], at: usize) -> u32 {
    u32::from_le_bytes([b[at], b[at + 1], b[at + 2], b[at + 3]])
}

fn u64_at(b: &[u8], at: usize) -> u64 {
    let mut x = [0u8; 8];
    x.copy_from_slice(&b[at..at + 8]);
    u64::from_le_bytes(x)
}

impl LeakFilter {
    /// Reads a filter file's bytes. Every check that could make a lookup read out of bounds is
    /// done here, so [`LeakFilter::contains`] cannot panic.
    pub fn parse(bytes: &[u8]) -> Result<Self, FilterError> {
        if bytes.len() > MAX_FILTER_BYTES {
            return Err(FilterError::Oversized {
                bytes: bytes.len(),
                max: MAX_FILTER_BYTES,
            });
        }
        if bytes.len() < MAGIC.len() || &bytes[..MAGIC.len()] != MAGIC {
            // A file cut inside the magic is still recognisably a cut filter.
            return Err(if MAGIC.starts_with(bytes) && !bytes.is_empty() {
                FilterError::Truncated
            } else {
                FilterError::NotAFilter
            });
        }
        if bytes.len() < HEADER + CHECKSUM {
            return Err(FilterError::Truncated);
        }
        let version = u16_at(bytes, 8);
        if version != VERSION {
            return Err(FilterError::WrongVersion { found: version });
        }
        if u16_at(bytes, 10) != 16 || u32_at(bytes, 12) != 0 {
            return Err(FilterError::Damaged);
        }
        let n = u32_at(bytes, 60) as usize;
        let expected = HEADER + 2 * n + CHECKSUM;
        if bytes.len() < expected {
            return Err(FilterError::Truncated);
        }
        if bytes.len() > expected {
            return Err(FilterError::Damaged);
        }
        let (body, sum) = bytes.split_at(expected - CHECKSUM);
        if Sha256::digest(body).as_slice() != sum {
            return Err(FilterError::Damaged);
        }
        let descriptor = Descriptor {
            seed: u64_at(bytes, 40),
            segment_length: u32_at(bytes, 48),
            segment_length_mask: u32_at(bytes, 52),
            segment_count_length: u32_at(bytes, 56),
        };
        let sl = u64::from(descriptor.segment_length);
        let scl = u64::from(descriptor.segment_count_length);
        let consistent = sl.is_power_of_two()
            && u64::from(descriptor.segment_length_mask) == sl - 1
            && scl > 0
            && scl % sl == 0
            && scl + 2 * sl <= n as u64;
        if !consistent {
            return Err(FilterError::Damaged);
        }
        let fingerprints: Box<[u16]> = body[HEADER..]
            .chunks_exact(2)
            .map(|c| u16::from_le_bytes([c[0], c[1]]))
            .collect();
        let mut salt = [0u8; 16];
        salt.copy_from_slice(&bytes[24..40]);
        Ok(LeakFilter {
            salt,
            entries: u64_at(bytes, 16),
            filter: BinaryFuse16 {
                descriptor,
                fingerprints,
            },
        })
    }

    /// True when `password` (exactly as typed) is in the list the filter was made from, or —
    /// about once in 65,536 — a password that is not.
    pub fn contains(&self, password: &str) -> bool {
        self.filter.contains(&key(&self.salt, password.as_bytes()))
    }

    /// How many distinct passwords the filter was made from.
    pub fn entries(&self) -> u64 {
        self.entries
    }
}

/// Makes a filter file from passwords (each exactly as people type it; empty ones skipped),
/// keyed under `salt` (pass fresh random bytes: two filters should not share keys).
pub fn build<'a>(
    passwords: impl IntoIterator<Item = &'a [u8]>,
    salt: [u8; 16],
) -> Result<Vec<u8>, BuildError> {
    let mut keys: Vec<u64> = passwords
        .into_iter()
        .filter(|p| !p.is_empty())
        .map(|p| key(&salt, p))
        .collect();
    keys.sort_unstable();
    keys.dedup();
    if keys.is_empty() {
        return Err(BuildError::Empty);
    }
    // About 2.25 bytes per key: refuse before building what would be refused when read.
    if keys.len() > (MAX_FILTER_BYTES - HEADER - CHECKSUM) * 4 / 9 {
        return Err(BuildError::TooMany);
    }
    let filter = BinaryFuse16::try_from(&keys).map_err(|_| BuildError::Construction)?;
    let n = filter.fingerprints.len();
    let mut out = Vec::with_capacity(HEADER + 2 * n + CHECKSUM);
    out.extend_from_slice(MAGIC);
    out.extend_from_slice(&VERSION.to_le_bytes());
    out.extend_from_slice(&16u16.to_le_bytes());
    out.extend_from_slice(&0u32.to_le_bytes());
    out.extend_from_slice(&(keys.len() as u64).to_le_bytes());
    out.extend_from_slice(&salt);
    let d = &filter.descriptor;
    out.extend_from_slice(&d.seed.to_le_bytes());
    out.extend_from_slice(&d.segment_length.to_le_bytes());
    out.extend_from_slice(&d.segment_length_mask.to_le_bytes());
    out.extend_from_slice(&d.segment_count_length.to_le_bytes());
    let n32 = u32::try_from(n).map_err(|_| BuildError::TooMany)?;
    out.extend_from_slice(&n32.to_le_bytes());
    for f in filter.fingerprints.iter() {
        out.extend_from_slice(&f.to_le_bytes());
    }
    let sum = Sha256::digest(&out);
    out.extend_from_slice(&sum);
    if out.len() > MAX_FILTER_BYTES {
        return Err(BuildError::TooMany);
    }
    Ok(out)
}

/// Fresh random salt from the OS.
pub fn fresh_salt() -> Result<[u8; 16], BuildError> {
    let mut salt = [0u8; 16];
    getrandom::fill(&mut salt).map_err(|_| BuildError::Construction)?;
    Ok(salt)
}
