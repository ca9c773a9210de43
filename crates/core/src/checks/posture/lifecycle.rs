//! The shipped, dated table of when each operating-system release stops getting security
//! updates (`data/os-lifecycle.toml`, with its sources). Looked up by build and edition class on
//! Windows, by `ID` and `VERSION_ID` on Linux.

use std::sync::OnceLock;

use chrono::NaiveDate;
use serde::Deserialize;

const TABLE_TOML: &str = include_str!("../../../data/os-lifecycle.toml");

/// Which editions a Windows date is for (Microsoft gives Home/Pro and Enterprise/Education
/// different dates for the same release).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EditionClass {
    HomePro,
    Enterprise,
    Ltsc,
    IotLtsc,
    Server,
}

impl EditionClass {
    pub fn code(self) -> &'static str {
        match self {
            EditionClass::HomePro => "home_pro",
            EditionClass::Enterprise => "enterprise",
            EditionClass::Ltsc => "ltsc",
            EditionClass::IotLtsc => "iot_ltsc",
            EditionClass::Server => "server",
        }
    }

    /// The class of a registry `EditionID` (`Professional`, `EnterpriseS`, …); `None` for one
    /// TựKiểm does not know, so a date is never guessed for it.
    pub fn of_edition_id(edition: &str, server: bool) -> Option<Self> {
        if server || edition.starts_with("Server") {
            return Some(EditionClass::Server);
        }
        let e = edition.trim();
        Some(match e {
            "IoTEnterpriseS" | "IoTEnterpriseSK" => EditionClass::IotLtsc,
            "EnterpriseS" | "EnterpriseSN" => EditionClass::Ltsc,
            "Enterprise" | "EnterpriseN" | "EnterpriseG" | "EnterpriseGN" | "Education"
            | "EducationN" | "IoTEnterprise" | "IoTEnterpriseK" | "ServerRdsh" => {
                EditionClass::Enterprise
            }
            "Core"
            | "CoreN"
            | "CoreSingleLanguage"
            | "CoreCountrySpecific"
            | "Professional"
            | "ProfessionalN"
            | "ProfessionalEducation"
            | "ProfessionalEducationN"
            | "ProfessionalWorkstation"
            | "ProfessionalWorkstationN"
            | "CloudEdition"
            | "CloudEditionN" => EditionClass::HomePro,
            _ => return None,
        })
    }
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Table {
    /// The day the table was compiled.
    #[serde(deserialize_with = "iso")]
    pub checked: NaiveDate,
    pub windows_esu: Esu,
    pub windows: Vec<WindowsRelease>,
    pub windows_older: Older,
    pub linux: Vec<LinuxRelease>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Esu {
    #[serde(deserialize_with = "iso")]
    pub consumer_until: NaiveDate,
    #[serde(deserialize_with = "iso")]
    pub commercial_until: NaiveDate,
    pub source: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WindowsRelease {
    pub product: String,
    pub release: String,
    pub build: u32,
    pub edition: EditionClass,
    #[serde(deserialize_with = "iso")]
    pub ends: NaiveDate,
    /// Windows 10 22H2: paid or enrolled extended security updates exist after `ends`.
    #[serde(default)]
    pub esu: bool,
    pub source: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Older {
    pub windows_10_below: u32,
    #[serde(deserialize_with = "iso")]
    pub ended_before: NaiveDate,
    pub source: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LinuxRelease {
    pub id: String,
    pub version: String,
    pub name: String,
    #[serde(deserialize_with = "iso")]
    pub ends: NaiveDate,
    pub source: String,
}

/// A `YYYY-MM-DD` date of the table.
fn iso<'de, D: serde::Deserializer<'de>>(d: D) -> Result<NaiveDate, D::Error> {
    let text = String::deserialize(d)?;
    crate::dates::parse_iso(&text)
        .ok_or_else(|| serde::de::Error::custom(format!("not a YYYY-MM-DD date: {text}")))
}

/// The shipped table. It is ours and tested
/// (`the_lifecycle_table_parses_and_every_row_has_a_source`); a broken one would be caught there.
pub fn table() -> &'static Table {
    static TABLE: OnceLock<Table> = OnceLock::new();
    TABLE.get_or_init(|| match toml::from_str(TABLE_TOML) {
        Ok(t) => t,
        Err(e) => panic!("data/os-lifecycle.toml: {e}"),
    })
}

/// What the table says about one Windows build.
#[derive(Debug)]
pub enum WindowsLookup<'a> {
    Listed(&'a WindowsRelease),
    /// A Windows 10 build older than every listed one (not LTSC): ended before this date.
    LongEnded {
        before: NaiveDate,
    },
    /// A build newer than every one the table lists for this class: the table is older
    /// than the release.
    NewerThanTable,
    /// Not listed (a build between listed ones, an edition class with no row).
    NotListed,
}

pub fn windows(build: u32, class: EditionClass) -> WindowsLookup<'static> {
    let t = table();
    if let Some(r) = t
        .windows
        .iter()
        .find(|r| r.build == build && r.edition == class)
    {
        return WindowsLookup::Listed(r);
    }
    let newest = t
        .windows
        .iter()
        .filter(|r| r.edition == class)
        .map(|r| r.build)
        .max()
        .unwrap_or(0);
    if build > newest {
        return WindowsLookup::NewerThanTable;
    }
    let client = matches!(class, EditionClass::HomePro | EditionClass::Enterprise);
    if client && build < t.windows_older.windows_10_below {
        return WindowsLookup::LongEnded {
            before: t.windows_older.ended_before,
        };
    }
    WindowsLookup::NotListed
}

/// What the table says about one Linux release.
#[derive(Debug)]
pub enum LinuxLookup<'a> {
    Listed(&'a LinuxRelease),
    /// The distribution is in the table, this version is newer than every listed one.
    NewerThanTable,
    /// The distribution or version has no row.
    NotListed,
}

pub fn linux(id: &str, version: &str) -> LinuxLookup<'static> {
    let t = table();
    if let Some(r) = t.linux.iter().find(|r| r.id == id && r.version == version) {
        return LinuxLookup::Listed(r);
    }
    let as_number = |v: &str| v.parse::<f64>().ok();
    let newest = t
        .linux
        .iter()
        .filter(|r| r.id == id)
        .filter_map(|r| as_number(&r.version))
        .fold(None, |m: Option<f64>, v| Some(m.map_or(v, |m| m.max(v))));
    match (newest, as_number(version)) {
        (Some(newest), Some(v)) if v > newest => LinuxLookup::NewerThanTable,
        _ => LinuxLookup::NotListed,
    }
}
