//! ClamAV: where its database is, how old the `daily` signatures are, and the parsers for the
//! files and output that tell (`../shared/reference/machine-checks.md` B1, Gotcha 18).
//!
//! Freshness comes from `daily`'s header (its epoch field, 8; very old files lack it, then
//! field 1's date), never from `main` (rebuilt rarely) nor from a file's modification time.

use std::time::Duration;

use super::dates::{parse_clamav_build_time, parse_ctime};
use crate::checks::{CommandSpec, Env, MachinePath, OsKind};
use crate::outside::{self, ReadError, cap};

pub const COMMAND_ID: &str = "clamscan-version";

/// A `.cvd`/`.cld` header is the first 512 bytes of the file.
pub const HEADER_LEN: usize = 512;

/// `freshclam.conf` locations: Debian/Ubuntu, Fedora/RHEL, source builds.
pub const FRESHCLAM_CONF: &[&str] = &[
    "/etc/clamav/freshclam.conf",
    "/etc/freshclam.conf",
    "/usr/local/etc/freshclam.conf",
    "/usr/local/etc/clamav/freshclam.conf",
];

/// Where packages put the database when `freshclam.conf` does not say.
pub const DEFAULT_DATABASE_DIRS: &[&str] =
    &["/var/lib/clamav", "/usr/local/share/clamav", "/var/clamav"];

/// `daily.cld` is `daily.cvd` with freshclam's incremental updates applied; `.cud` is the
/// unsigned form. Only one should exist; if several do, the newest version counts, as in
/// libclamav.
pub const DAILY_FILES: &[&str] = &["daily.cld", "daily.cvd", "daily.cud"];

/// The programs whose presence means ClamAV is installed.
pub const BINARIES: &[&str] = &[
    "/usr/bin/clamscan",
    "/usr/bin/freshclam",
    "/usr/bin/clamdscan",
    "/usr/sbin/clamd",
    "/usr/local/bin/clamscan",
    "/usr/local/bin/freshclam",
    "/usr/local/sbin/clamd",
];

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CvdHeader {
    /// Field 1 as written, e.g. `16 Apr 2020 07-58 -0400`.
    pub build_time: String,
    pub version: u32,
    pub signatures: u64,
    pub functionality_level: u32,
    pub builder: Option<String>,
    /// When the file was built, Unix seconds: field 8, else field 1.
    pub created: Option<i64>,
}

#[derive(Debug, PartialEq, Eq, thiserror::Error)]
pub enum HeaderError {
    #[error("not a ClamAV database header")]
    NotClamAv,
    #[error("header field {0} is missing or not a number")]
    BadField(usize),
}

/// Parses the 512-byte header of a `.cvd`/`.cld` file (extra bytes are ignored):
/// `ClamAV-VDB:<build time>:<version>:<signatures>:<level>:<md5>:<dsig>:<builder>:<epoch>`,
/// padded with spaces. The MD5 and signature fields are not needed and not checked
/// (incrementally built `.cld` headers are not re-signed).
pub fn parse_cvd_header(bytes: &[u8]) -> Result<CvdHeader, HeaderError> {
    let head = &bytes[..bytes.len().min(HEADER_LEN)];
    let text = String::from_utf8_lossy(head);
    let text = text.trim_end_matches([' ', '\0', '\n', '\r', '\t']);
    let fields: Vec<&str> = text.split(':').collect();
    if fields.first() != Some(&"ClamAV-VDB") {
        return Err(HeaderError::NotClamAv);
    }
    let num = |i: usize| -> Result<u64, HeaderError> {
        fields
            .get(i)
            .and_then(|f| f.trim().parse().ok())
            .ok_or(HeaderError::BadField(i))
    };
    let version = u32::try_from(num(2)?).map_err(|_| HeaderError::BadField(2))?;
    let signatures = num(3)?;
    let functionality_level = u32::try_from(num(4)?).map_err(|_| HeaderError::BadField(4))?;
    let build_time = fields.get(1).map_or("", |f| f.trim()).to_owned();
    let epoch = fields
        .get(8)
        .and_then(|f| f.trim().parse::<i64>().ok())
        .filter(|t| *t > 0);
    Ok(CvdHeader {
        created: epoch.or_else(|| parse_clamav_build_time(&build_time)),
        build_time,
        version,
        signatures,
        functionality_level,
        builder: fields
            .get(7)
            .map(|f| f.trim().to_owned())
            .filter(|b| !b.is_empty()),
    })
}

/// `DatabaseDirectory` from a `freshclam.conf`: the last uncommented setting wins, quotes
/// are dropped; `None` when it is not set.
pub fn parse_freshclam_database_dir(conf: &str) -> Option<String> {
    conf.lines().rev().find_map(|line| {
        let line = line.trim();
        if line.starts_with('#') {
            return None;
        }
        let (key, value) = line.split_once(char::is_whitespace)?;
        key.eq_ignore_ascii_case("DatabaseDirectory")
            .then(|| value.trim().trim_matches(['"', '\'']).trim().to_owned())
            .filter(|v| !v.is_empty())
    })
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ClamscanVersion {
    pub engine: String,
    pub daily_version: Option<u32>,
    /// When `daily` was built, Unix seconds (local time read as UTC).
    pub daily_time: Option<i64>,
}

/// `clamscan --version`: `ClamAV 1.4.3/27800/Tue Oct  6 07:34:01 2026`, or just
/// `ClamAV 1.4.3` when no database is installed.
pub fn parse_clamscan_version(stdout: &str) -> Option<ClamscanVersion> {
    let line = stdout
        .lines()
        .map(str::trim)
        .find(|l| l.starts_with("ClamAV "))?;
    let mut parts = line["ClamAV ".len()..].splitn(3, '/');
    let engine = parts.next()?.trim().to_owned();
    if engine.is_empty() {
        return None;
    }
    Some(ClamscanVersion {
        engine,
        daily_version: parts.next().and_then(|v| v.trim().parse().ok()),
        daily_time: parts.next().and_then(parse_ctime),
    })
}

pub fn command(env: &dyn Env) -> CommandSpec {
    let program = ["/usr/bin/clamscan", "/usr/local/bin/clamscan"]
        .into_iter()
        .find(|p| exists(env, p))
        .unwrap_or("clamscan");
    CommandSpec::new(COMMAND_ID, program, &["--version"], Duration::from_secs(15))
}

pub(super) fn exists(env: &dyn Env, path: &str) -> bool {
    MachinePath::parse(env.os(), path).is_some_and(|p| env.local(&p).exists())
}

/// The first 512 bytes of a regular file; `Ok(None)` when it does not exist.
pub(super) fn read_head(env: &dyn Env, path: &MachinePath) -> Result<Option<Vec<u8>>, ReadError> {
    match outside::read_head(&env.local(path), HEADER_LEN as u64) {
        Ok(head) => Ok(Some(head)),
        Err(e) if e.is_not_found() => Ok(None),
        Err(e) => Err(e),
    }
}

/// The database folder: `DatabaseDirectory` of the first `freshclam.conf` that sets it,
/// then the packages' defaults.
pub(super) fn database_dirs(env: &dyn Env) -> Vec<MachinePath> {
    let mut dirs: Vec<MachinePath> = FRESHCLAM_CONF
        .iter()
        .filter_map(|c| MachinePath::parse(OsKind::Linux, c))
        .find_map(|conf| {
            let text = outside::read(&env.local(&conf), cap::OUTPUT).ok()?;
            parse_freshclam_database_dir(&String::from_utf8_lossy(&text))
        })
        .and_then(|d| MachinePath::parse(env.os(), &d))
        .into_iter()
        .collect();
    for d in DEFAULT_DATABASE_DIRS {
        if let Some(p) = MachinePath::parse(env.os(), d)
            && !dirs.contains(&p)
        {
            dirs.push(p);
        }
    }
    dirs
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A real header shape (from ClamAV's format, see the reference B1), padded to 512 bytes
    /// with spaces like sigtool does, followed by the start of the archive.
    fn header(text: &str) -> Vec<u8> {
        let mut bytes = text.as_bytes().to_vec();
        bytes.resize(HEADER_LEN, b' ');
        bytes.extend_from_slice(&[0x1f, 0x8b, 0x08, 0x00]);
        bytes
    }

    const REAL: &str = "ClamAV-VDB:16 Apr 2020 07-58 -0400:25784:2267600:63:92baacd5e6d4c3b2a1f0e9d8c7b6a5f4:4Jp9mFg6AqQpCsE2dGg3QzGv0y8mY7hP3xT1bN5cLw9kR2sV4zU6aX8eD0fH2jK4:raynman:1587038339";

    #[test]
    fn the_epoch_field_gives_the_build_time() {
        let h = parse_cvd_header(&header(REAL)).unwrap();
        assert_eq!(h.version, 25_784);
        assert_eq!(h.signatures, 2_267_600);
        assert_eq!(h.functionality_level, 63);
        assert_eq!(h.builder.as_deref(), Some("raynman"));
        assert_eq!(h.created, Some(1_587_038_339));
        assert_eq!(h.build_time, "16 Apr 2020 07-58 -0400");
    }

    #[test]
    fn old_headers_without_the_epoch_fall_back_to_the_written_date() {
        let old = "ClamAV-VDB:16 Apr 2020 07-58 -0400:25784:2267600:63:92baacd5:4Jp9:raynman";
        let h = parse_cvd_header(&header(old)).unwrap();
        assert_eq!(h.created, Some(1_587_038_280), "11:58 UTC, to the minute");
    }

    #[test]
    fn nul_padding_and_a_short_file_are_fine() {
        let mut bytes = REAL.as_bytes().to_vec();
        bytes.resize(HEADER_LEN, 0);
        assert_eq!(
            parse_cvd_header(&bytes).unwrap().created,
            Some(1_587_038_339)
        );
        assert!(parse_cvd_header(REAL.as_bytes()).is_ok());
    }

    #[test]
    fn other_files_and_broken_headers_are_errors() {
        assert_eq!(parse_cvd_header(b""), Err(HeaderError::NotClamAv));
        assert_eq!(
            parse_cvd_header(b"\x1f\x8b\x08\x00 gzip"),
            Err(HeaderError::NotClamAv)
        );
        assert_eq!(
            parse_cvd_header(&header("ClamAV-VDB:16 Apr 2020 07-58 -0400:x:1:63")),
            Err(HeaderError::BadField(2))
        );
        assert_eq!(
            parse_cvd_header(&header("ClamAV-VDB:16 Apr 2020 07-58 -0400:1")),
            Err(HeaderError::BadField(3))
        );
        // A nonsense epoch falls back to the date; a nonsense date leaves the time unknown.
        let h = parse_cvd_header(&header("ClamAV-VDB:yesterday:1:2:3:m:d:b:soon")).unwrap();
        assert_eq!(h.created, None);
    }

    #[test]
    fn freshclam_conf_database_directory() {
        let conf = "# Comment\n#DatabaseDirectory /var/lib/old\nDatabaseOwner clamav\nDatabaseDirectory /srv/clamav\nDatabaseMirror database.clamav.net\n";
        assert_eq!(
            parse_freshclam_database_dir(conf).as_deref(),
            Some("/srv/clamav")
        );
        assert_eq!(
            parse_freshclam_database_dir("DatabaseDirectory \"/opt/clam db\"\r\n").as_deref(),
            Some("/opt/clam db")
        );
        assert_eq!(parse_freshclam_database_dir("DatabaseDirectory\n"), None);
        assert_eq!(parse_freshclam_database_dir("# DatabaseDirectory /x"), None);
        assert_eq!(
            parse_freshclam_database_dir("DatabaseDirectory /a\nDatabaseDirectory /b").as_deref(),
            Some("/b"),
            "the last one wins"
        );
    }

    #[test]
    fn clamscan_version_with_and_without_a_database() {
        let v = parse_clamscan_version("ClamAV 1.4.3/27800/Tue Oct  6 07:34:01 2026\n").unwrap();
        assert_eq!(v.engine, "1.4.3");
        assert_eq!(v.daily_version, Some(27_800));
        assert!(v.daily_time.is_some());
        let v = parse_clamscan_version("ClamAV 1.0.7\n").unwrap();
        assert_eq!((v.daily_version, v.daily_time), (None, None));
        assert_eq!(
            parse_clamscan_version("bash: clamscan: command not found"),
            None
        );
        assert_eq!(parse_clamscan_version("ClamAV /1/x"), None);
    }
}
