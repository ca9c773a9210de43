//! Passwords saved in web browsers: the loot of the infostealers behind the leak. Counts and
//! protection only — nothing is ever decrypted, copied, locked or written.
//!
//! | module | does |
//! |---|---|
//! | [`catalog`] | browsers × OS → user-data dirs (Chromium family) and Firefox roots |
//! | [`profiles`] | the profiles of a Chromium user-data dir (`Local State` + folders) |
//! | [`chromium_db`] | counting one `Login Data` SQLite file in place, protection from the prefix |
//! | [`firefox`] | `profiles.ini`, `logins.json`; why the Primary Password is not tested |
//! | [`prefs`] | whether saving is still offered: preferences and policies |
//! | [`gov`] | is a saved URL's host a `*.gov.vn` host |
//! | [`insecure`] | the browser's own verdicts (Password Checkup: leaked, phished, muted) |
//! | [`sites`] | the sites logins are weighed against: built-in, or the active profile's |
//! | [`tally`] | what the readers count (store counts, protection, verdicts, store errors) |
//! | `scan` | walks the locations through `Env` |
//! | `findings` | turns what was found into findings and the JSON facts |
//! | `breached`, `lookalike` | the findings on the browser's verdicts and on look-alike sites |

mod breached;
pub mod catalog;
pub mod chromium_db;
mod findings;
pub mod firefox;
pub mod gov;
pub mod insecure;
mod lookalike;
pub mod prefs;
pub mod profiles;
mod scan;
pub mod sites;
pub mod tally;

#[cfg(any(test, feature = "fixtures"))]
#[doc(hidden)]
pub mod fixtures;

use serde::Serialize;

use super::{Check, CheckOutput, Env, Finding, Status};
use crate::Msg;

pub use catalog::BrowserId;
pub use sites::KnownSites;

/// One browser profile that was found, as the JSON report lists it.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct BrowserProfile {
    /// Stable id: chrome, edge, coccoc, brave, opera, vivaldi, chromium, yandex, firefox.
    pub browser: &'static str,
    /// Channel or packaging when not the plain install: beta, dev, canary, gx, snap, flatpak.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub variant: Option<&'static str>,
    /// The profile's directory name.
    pub profile: String,
    pub saved_logins: u32,
    pub gov_logins: u32,
    /// Government hosts with a saved login (hosts only, never a URL path or a username).
    pub gov_domains: Vec<String>,
    /// Saved logins for look-alikes of official systems, and their hosts.
    #[serde(skip_serializing_if = "is_zero")]
    pub lookalike_logins: u32,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub lookalike_domains: Vec<String>,
    /// The browser's own verdicts (Chromium family: `insecure.rs`): logins it found in a data
    /// breach, saw typed on a phishing site, either on a government host (muted or not), and
    /// whose warnings the person muted. `null` when not known, with `insecure_unknown` saying
    /// why; absent for stores that keep no verdicts (Firefox, Yandex).
    #[serde(skip_serializing_if = "Verdict::is_absent")]
    pub leaked_logins: Verdict,
    #[serde(skip_serializing_if = "Verdict::is_absent")]
    pub phished_logins: Verdict,
    #[serde(skip_serializing_if = "Verdict::is_absent")]
    pub gov_leaked_logins: Verdict,
    #[serde(skip_serializing_if = "Verdict::is_absent")]
    pub muted_insecure_logins: Verdict,
    /// Why the verdicts are not known: `no_table`, `schema`, `odd_values`, `sqlite`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub insecure_unknown: Option<&'static str>,
    /// How the saved passwords are protected at rest (stable code, the weakest seen):
    /// `plaintext_equivalent`, `dpapi`, `os_keyring`, `keychain`, `app_bound`,
    /// `firefox_unknown_primary`, `not_checked`, `unknown`; `none` when nothing is saved.
    pub protection: &'static str,
    pub status: Status,
    /// Whether the browser still offers to save new passwords; `None` when not known.
    pub saving_offered: Option<bool>,
    /// Whether administrator policies were read; when `false`, `saving_offered` comes from
    /// the profile's own setting alone.
    pub policy_checked: bool,
    /// The store files found and how many saved logins each holds (`None`: unreadable).
    pub stores: Vec<StoreFact>,
    /// The id of the finding about this profile, when there is one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub finding: Option<String>,
}

/// One password store file of a profile.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct StoreFact {
    /// File name: `Login Data`, `Login Data For Account`, `Ya Passman Data`, `logins.json`.
    pub file: &'static str,
    pub saved_logins: Option<u32>,
}

/// One verdict count of a profile: known, unknown (serialized `null`) or not kept at all.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Verdict {
    Absent,
    Unknown,
    Count(u32),
}

impl Verdict {
    fn is_absent(&self) -> bool {
        *self == Verdict::Absent
    }
}

impl Serialize for Verdict {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Verdict::Count(n) => s.serialize_u32(*n),
            Verdict::Absent | Verdict::Unknown => s.serialize_none(),
        }
    }
}

fn is_zero(n: &u32) -> bool {
    *n == 0
}

/// The saved-password check. The default knows TựKiểm's built-in official sites only; the
/// app's and the CLI's runs give it the active profile's (`checks::FromProfile`).
#[derive(Default)]
pub struct BrowserPasswordsCheck {
    pub sites: std::sync::Arc<KnownSites>,
}

impl BrowserPasswordsCheck {
    pub const ID: &'static str = "browser-passwords";
}

impl Check for BrowserPasswordsCheck {
    fn id(&self) -> &'static str {
        Self::ID
    }

    fn title(&self) -> Msg {
        Msg::new("check-browsers-title")
    }

    fn run(&self, env: &dyn Env) -> CheckOutput {
        let scan = match scan::scan(env, &self.sites) {
            Ok(scan) => scan,
            Err(variable) => {
                return CheckOutput::finding(Finding::unknown(
                    self.id(),
                    self.title(),
                    Msg::new("check-browsers-reason-no-home").arg("var", variable),
                ));
            }
        };
        let (findings, browsers) = findings::build(self.id(), self.title(), &scan, &self.sites);
        CheckOutput {
            findings,
            browsers,
            ..CheckOutput::default()
        }
    }
}

#[cfg(test)]
mod tests;

#[cfg(test)]
mod hardening_tests;
