//! The requests and replies of the desktop commands that are not one use case's own type: each
//! gathers a few of core's answers for one screen. Declared here, beside [`super::COMMANDS`], so
//! the web view's types are generated from them (`ui/src/gen/ipc.ts`) and the shell only fills
//! them in.

use serde::{Deserialize, Serialize};

use crate::app::bundle::BundlePreview;
use crate::app::checks::ChecksView;
use crate::app::passwords::SystemRow;
use crate::incident::{Contact, KindChoice};
use crate::password::policy::Requirement;
use crate::profile::Localized;
use crate::quiz::Band;
use crate::rollup::View;
use crate::rollup::summary::Summary;
use crate::{Lang, Msg};

/// What the window needs before the first screen (`bootstrap`).
#[cfg_attr(test, derive(ts_rs::TS))]
#[derive(Clone, Debug, Serialize)]
pub struct Bootstrap {
    pub language: Lang,
    pub agency: Localized,
    /// The letter's date, as a message the UI renders in the language shown
    /// ("theo công văn ngày 02/11/2023").
    pub letter_date: Msg,
    /// Set when the user's profile file could not be used and the embedded one is shown instead.
    pub profile_problem: Option<ProfileProblem>,
    /// What the screens naming the agency say about this profile (`app::speaking::notices`):
    /// the embedded example, an old bundle, the reorganisation lines. In each language.
    pub profile_notices: PerLang<Vec<Msg>>,
}

/// One value in each language, for text the UI switches without asking again.
#[cfg_attr(test, derive(ts_rs::TS))]
#[derive(Clone, Debug, Serialize)]
pub struct PerLang<T> {
    pub vi: T,
    pub en: T,
}

/// Where the user's profile file went wrong, and why.
#[cfg_attr(test, derive(ts_rs::TS))]
#[derive(Clone, Debug, Serialize)]
pub struct ProfileProblem {
    pub location: Msg,
    pub reason: Msg,
}

/// The password guide as it opens (`password_setup`).
#[cfg_attr(test, derive(ts_rs::TS))]
#[derive(Clone, Debug, Serialize)]
pub struct PasswordSetup {
    pub requirements: Vec<RuleLine>,
    pub systems: Vec<SystemRow>,
    pub contact_name: String,
    pub contact_phone: String,
    /// Set when the checklist file could not be read.
    pub problem: Option<Msg>,
}

/// One requirement of the profile's password rule, in words.
#[cfg_attr(test, derive(ts_rs::TS))]
#[derive(Clone, Debug, Serialize)]
pub struct RuleLine {
    pub code: Requirement,
    pub label: Msg,
}

/// A generated password, shown to the person who asked for it (`generate_password`).
#[cfg_attr(test, derive(ts_rs::TS))]
#[derive(Clone, Debug, Serialize)]
pub struct Generated {
    pub password: String,
    /// Rounded to 0.1 bit.
    pub entropy_bits: f64,
}

/// The check screen as it opens (`checks_setup`).
#[cfg_attr(test, derive(ts_rs::TS))]
#[derive(Clone, Debug, Serialize)]
pub struct ChecksSetup {
    #[serde(flatten)]
    pub view: ChecksView,
    /// Set when the app checks a recorded machine instead of this one: its folder.
    pub scenario: Option<String>,
    /// That machine's title, to show instead of its folder.
    pub scenario_title: Option<Msg>,
}

/// The incident screen as it opens (`incident_setup`).
#[cfg_attr(test, derive(ts_rs::TS))]
#[derive(Clone, Debug, Serialize)]
pub struct IncidentSetup {
    pub contact: Contact,
    pub kinds: Vec<KindChoice>,
    /// What to do at once, in order (`incident::do_now`).
    pub do_now: Vec<Msg>,
}

/// One answer of a quiz round, as the screen kept it.
#[cfg_attr(test, derive(ts_rs::TS))]
#[derive(Clone, Debug, Deserialize)]
pub struct QuizAnswer {
    pub question: String,
    pub answer: u8,
}

/// A round's score (`quiz_score`).
#[cfg_attr(test, derive(ts_rs::TS))]
#[derive(Clone, Debug, Serialize)]
pub struct QuizScore {
    pub right: usize,
    pub total: usize,
    pub band: Band,
    pub verdict: Msg,
}

/// What the roll-up dialog picks: a folder of reports, or report files.
#[cfg_attr(test, derive(ts_rs::TS))]
#[derive(Clone, Copy, Debug, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum RollupPick {
    Folder,
    Files,
}

/// A roll-up as the screen shows it, rendered once in one language.
#[cfg_attr(test, derive(ts_rs::TS))]
#[derive(Clone, Debug, Serialize)]
pub struct RollupReply {
    pub view: View,
    pub summary: Summary,
}

/// The profile in use, for the top of the bundle screen (`bundle_current`).
#[cfg_attr(test, derive(ts_rs::TS))]
#[derive(Clone, Debug, Serialize)]
pub struct BundleCurrent {
    pub agency: Localized,
    /// Where it comes from, and whether it is old (`app::speaking::source_lines`).
    pub source: Vec<Msg>,
    /// Bundle files found on this computer that were refused, each with its reason.
    pub refused: Vec<Msg>,
}

/// A chosen file: what it holds, and what installing it changes, in the language asked.
#[cfg_attr(test, derive(ts_rs::TS))]
#[derive(Clone, Debug, Serialize)]
pub struct BundlePicked {
    pub preview: BundlePreview,
    pub changes: Vec<Msg>,
}

/// After an install: what was installed, and whether it speaks now (`--profile` wins).
#[cfg_attr(test, derive(ts_rs::TS))]
#[derive(Clone, Debug, Serialize)]
pub struct BundleInstalled {
    pub preview: BundlePreview,
    pub speaking: bool,
}
