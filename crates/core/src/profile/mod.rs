//! The organization profile: who issued the advice, whom to call, which shared systems need a new
//! password, and the password rule. Agencies are renamed and merged (the 2025 reorganization merged
//! departments and provinces), so nothing about the agency is written anywhere but a profile.
//!
//! The default profile (`profiles/default.toml`) is embedded at build time. A user can point at
//! another file; a broken one gives a [`ProfileError`] naming the file, line and field.

mod ageing;
mod error;
mod lists;
mod original;
mod validate;

pub use ageing::{AGEING_DAYS, age_notice};
pub use error::{ProfileError, ProfileErrorKind};
pub use lists::{DepartmentLists, ReportedFake, StealerFamily};
pub use original::Original;
pub(crate) use validate::is_host_name;

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::{Lang, Msg};

/// The environment variable the CLI and the app both read for a profile path.
pub const PROFILE_ENV: &str = "TUKIEM_PROFILE";

/// The largest profile file read: a real one is a few kilobytes.
pub const MAX_FILE_BYTES: u64 = 1024 * 1024;

const EMBEDDED_DEFAULT: &str = include_str!("../../../../profiles/default.toml");

/// Text given in both languages.
#[cfg_attr(test, derive(ts_rs::TS))]
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Localized {
    pub vi: String,
    pub en: String,
}

impl Localized {
    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::Vi => &self.vi,
            Lang::En => &self.en,
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Profile {
    /// Stable id of the profile, e.g. `namdinh-sotttt-2023`.
    pub id: String,
    pub agency: Agency,
    pub document: SourceDocument,
    pub contact: Contact,
    pub systems: Vec<System>,
    pub password_rule: PasswordRule,
    /// `YYYY-MM-DD`: the day the profile's names and contacts were last known to be right.
    /// Absent in older profiles: the document's date stands in (see [`Profile::valid_as_of`]).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub valid_as_of: String,
    /// A short note from whoever keeps the profile, shown beside the ageing line.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<Localized>,
    /// Hosts of the organisation's own systems that are not under `gov.vn` (the link check
    /// calls them official; everything under `gov.vn` is official already).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub official_hosts: Vec<String>,
    /// What the organisation itself installs on its computers (`docs/profile-format.md`).
    #[serde(default)]
    pub machine: MachineOptions,
    /// Results for the fleet engines (`docs/fleet.md`); off when the table is absent.
    #[serde(default)]
    pub fleet: FleetOptions,
    /// The lists a Department's signed bundle adds (reported fakes, stealer families, leak
    /// filters); empty unless the profile came from a bundle. Never part of the TOML.
    #[serde(skip)]
    pub lists: DepartmentLists,
}

/// The profile's `[fleet]` table: whether each real check also leaves its result for the
/// fleet engines (`fleet.rs`, `docs/fleet.md`).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FleetOptions {
    /// Write each real check's result for the fleet engines. Off unless the profile says so.
    #[serde(default)]
    pub enabled: bool,
}

/// The organisation's own browser extensions and proxy, so the machine check does not warn
/// about them.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MachineOptions {
    /// Extension ids (32 letters a–p) the organisation installs or forces.
    #[serde(default)]
    pub allowed_extensions: Vec<String>,
    /// Host names (or addresses) of the organisation's proxy; `*.` covers sub-domains.
    #[serde(default)]
    pub proxy_hosts: Vec<String>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Agency {
    pub name: Localized,
    /// The province (or city) whose shared systems the profile covers.
    pub province: Localized,
}

/// The official document the advice comes from.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SourceDocument {
    /// ISO date, `YYYY-MM-DD`.
    pub date: String,
    pub issuer: Localized,
    pub signer_name: String,
    pub signer_title: Localized,
    /// File name of the letter's full text, beside the profile (plain UTF-8, one paragraph a
    /// line). Empty: the profile ships no original text.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub original_text: String,
    /// The letter's text itself, read when the profile is loaded; never part of the TOML.
    #[serde(skip)]
    pub original: Original,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Contact {
    /// How a letter addresses the person ("Ông", "Bà"; "Mr", "Ms"). Optional.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub honorific: Option<Localized>,
    pub name: String,
    pub role: Localized,
    pub phone: String,
    pub email: String,
}

/// A shared system whose password must be changed.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct System {
    /// Lower-case letters, digits and `-`; used in file names and test ids.
    pub id: String,
    pub name: Localized,
    /// True when the source document itself names this system as affected.
    #[serde(default)]
    pub in_document: bool,
    /// Empty when the agency has not published it: the UI then says whom to ask.
    #[serde(default)]
    pub login_url: String,
    #[serde(default)]
    pub change_password_url: String,
}

impl System {
    pub fn login_url(&self) -> Option<&str> {
        Some(self.login_url.as_str()).filter(|u| !u.is_empty())
    }

    pub fn change_password_url(&self) -> Option<&str> {
        Some(self.change_password_url.as_str()).filter(|u| !u.is_empty())
    }

    /// The page to open in the browser for a password change: the change-password page when
    /// published, else the login page. Only `http(s)://` addresses are ever returned (loading a
    /// profile already refuses others; checked again here because this one is handed to the OS).
    pub fn page_url(&self) -> Option<&str> {
        self.change_password_url()
            .or_else(|| self.login_url())
            .filter(|u| validate::is_web_url(u))
    }
}

/// Why a system's page cannot be opened.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum PageError {
    #[error("the profile has no system with this id")]
    UnknownSystem,
    #[error("the profile gives no address for this system")]
    NoAddress,
}

impl PageError {
    pub fn msg(self) -> Msg {
        match self {
            PageError::UnknownSystem => Msg::new("pw-unknown-system"),
            PageError::NoAddress => Msg::new("pw-open-no-url"),
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PasswordRule {
    pub min_length: u32,
    pub require_upper: bool,
    pub require_lower: bool,
    pub require_digit: bool,
    pub require_special: bool,
    /// The characters that count as "special".
    pub specials: String,
    /// The example the document gives, shown as a shape to follow, never as a password to use.
    #[serde(default)]
    pub example: String,
    /// Days after which a changed password should be changed again. Absent (the default profile,
    /// whose letter asks only for a change after the first login): a change stays a change.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_age_days: Option<u32>,
}

/// Where a profile came from, for messages and for the UI.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", content = "path", rename_all = "lowercase")]
pub enum ProfileSource {
    Embedded,
    File(PathBuf),
    /// A Department's signed bundle (`app::bundle`, docs/bundle.md).
    Bundle(BundleSource),
}

/// Which bundle a profile came from: the file, who issued it, its version and dates, and the
/// id of the trusted key that verified it.
#[cfg_attr(test, derive(ts_rs::TS))]
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct BundleSource {
    #[cfg_attr(test, ts(type = "string"))]
    pub path: PathBuf,
    pub place: BundlePlace,
    pub issuer: Localized,
    pub version: u64,
    /// `YYYY-MM-DD`.
    pub made: String,
    /// `YYYY-MM-DD`: after this day the bundle is called old.
    pub old_after: String,
    pub key_id: String,
}

/// Where the bundle that speaks was found.
#[cfg_attr(test, derive(ts_rs::TS))]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum BundlePlace {
    /// Installed by the user (the import screen, `tukiem-cli bundle install`): the app data folder.
    Installed,
    /// In the machine-wide folder (put there by the installer or an administrator).
    MachineWide,
}

/// A profile the app can use, and the error that made it fall back to the embedded one, if any.
#[derive(Clone, Debug)]
pub struct LoadedProfile {
    pub profile: Profile,
    pub source: ProfileSource,
    pub fallback_reason: Option<ProfileError>,
}

impl Profile {
    /// The profile compiled into the binary.
    pub fn embedded() -> Profile {
        // A unit test parses and validates this exact text, so a broken default never ships.
        Profile::parse(EMBEDDED_DEFAULT, "profiles/default.toml")
            .expect("embedded profile is valid")
            .with_embedded_original()
    }

    /// Parses and validates profile text. `file` only names the source in errors.
    pub fn parse(text: &str, file: &str) -> Result<Profile, ProfileError> {
        let de =
            toml::Deserializer::parse(text).map_err(|e| error::from_toml(file, text, &e, None))?;
        let profile: Profile = serde_path_to_error::deserialize(de).map_err(|e| {
            let field = e.path().to_string();
            error::from_toml(file, text, e.inner(), Some(field))
        })?;
        validate::check(&profile).map_err(|problem| error::from_problem(file, text, problem))?;
        Ok(profile)
    }

    /// The address to open for the system with this id (see [`System::page_url`]).
    pub fn system_page(&self, system_id: &str) -> Result<&str, PageError> {
        let system = self
            .systems
            .iter()
            .find(|s| s.id == system_id)
            .ok_or(PageError::UnknownSystem)?;
        system.page_url().ok_or(PageError::NoAddress)
    }

    /// Reads a profile file through [`crate::outside`]: a regular file of at most
    /// [`MAX_FILE_BYTES`], so a FIFO, a device or a huge file cannot hang or fill the memory.
    pub fn from_file(path: &Path) -> Result<Profile, ProfileError> {
        let shown = path.display().to_string();
        let bytes = crate::outside::read(path, MAX_FILE_BYTES)
            .map_err(|e| ProfileError::read(&shown, &e))?;
        let text = String::from_utf8(bytes).map_err(|_| ProfileError::not_utf8(&shown))?;
        Ok(Profile::parse(&text, &shown)?.with_original_beside(path))
    }

    /// The profile the user asked for (a path, from a flag or [`PROFILE_ENV`]), or the embedded
    /// one. The app never refuses to start over a profile: a broken file is reported and the
    /// embedded profile is used instead.
    pub fn load_or_embedded(requested: Option<&Path>) -> LoadedProfile {
        match requested {
            None => LoadedProfile {
                profile: Profile::embedded(),
                source: ProfileSource::Embedded,
                fallback_reason: None,
            },
            Some(path) => match Profile::from_file(path) {
                Ok(profile) => LoadedProfile {
                    profile,
                    source: ProfileSource::File(path.to_owned()),
                    fallback_reason: None,
                },
                Err(e) => LoadedProfile {
                    profile: Profile::embedded(),
                    source: ProfileSource::Embedded,
                    fallback_reason: Some(e),
                },
            },
        }
    }

    /// The profile path a user asked for: a command-line value wins over the environment.
    pub fn requested_path(
        flag: Option<PathBuf>,
        env_value: Option<std::ffi::OsString>,
    ) -> Option<PathBuf> {
        flag.or_else(|| env_value.filter(|v| !v.is_empty()).map(PathBuf::from))
    }
}

#[cfg(test)]
mod tests;

#[cfg(test)]
mod hardening_tests;

/// `YYYY-MM-DD` → (year, month, day), checking the day exists in that month.
pub fn parse_iso_date(s: &str) -> Option<(u32, u32, u32)> {
    let mut parts = s.split('-');
    let (y, m, d) = (parts.next()?, parts.next()?, parts.next()?);
    if parts.next().is_some() || y.len() != 4 || m.len() != 2 || d.len() != 2 {
        return None;
    }
    let (y, m, d): (u32, u32, u32) = (y.parse().ok()?, m.parse().ok()?, d.parse().ok()?);
    let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    let days = match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return None,
    };
    (1..=days).contains(&d).then_some((y, m, d))
}
