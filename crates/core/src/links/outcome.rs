//! What the link check says about a link: the verdict, the stable reason codes, the
//! `tukiem-cli link --json` object, what the reasons name, and the signs the rules collect
//! (shared by `verdict`, which orders the rules, and `host_rules`, which reads a host's name).

use serde::Serialize;

use crate::Msg;

#[cfg_attr(test, derive(ts_rs::TS))]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(test, ts(rename = "LinkVerdict"))]
pub enum Verdict {
    Official,
    Lookalike,
    NotOfficial,
    Invalid,
}

impl Verdict {
    pub fn code(self) -> &'static str {
        match self {
            Verdict::Official => "official",
            Verdict::Lookalike => "lookalike",
            Verdict::NotOfficial => "not_official",
            Verdict::Invalid => "invalid",
        }
    }

    /// The verdict in a few words (`links-verdict-official` …).
    pub fn msg(self) -> Msg {
        Msg::new(&format!("links-verdict-{}", self.code().replace('_', "-")))
    }
}

/// Why a verdict was given. Codes are stable (the CLI's JSON, the UI's messages).
#[cfg_attr(test, derive(ts_rs::TS))]
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(test, ts(rename = "LinkReason"))]
pub enum Reason {
    // official
    GovVn,
    ListedOfficial,
    StateCompany,
    StateMedia,
    ProfileOfficial,
    // lookalike
    ReportedFake,
    UserinfoTrick,
    GovVnNotAtEnd,
    GovVnHyphenated,
    GovVnMistyped,
    GovAsDomain,
    GovGlued,
    OneLetterFromOfficial,
    NameInSubdomain,
    NameInDomain,
    NameWithLure,
    TypoAdded,
    TypoDropped,
    TypoSwapped,
    TypoReplaced,
    ConfusableCharacters,
    IdnRendersLikeOfficial,
    IpAddress,
    NameInPath,
    // not_official
    NotGovVn,
    // lookalike and not_official, when the bundle's lists are old
    ListsOld,
    // invalid
    NoLink,
    NotWebScheme,
    BadHost,
    UnknownSuffix,
}

impl Reason {
    pub const ALL: [Reason; 30] = [
        Reason::GovVn,
        Reason::ListedOfficial,
        Reason::StateCompany,
        Reason::StateMedia,
        Reason::ProfileOfficial,
        Reason::ReportedFake,
        Reason::UserinfoTrick,
        Reason::GovVnNotAtEnd,
        Reason::GovVnHyphenated,
        Reason::GovVnMistyped,
        Reason::GovAsDomain,
        Reason::GovGlued,
        Reason::OneLetterFromOfficial,
        Reason::NameInSubdomain,
        Reason::NameInDomain,
        Reason::NameWithLure,
        Reason::TypoAdded,
        Reason::TypoDropped,
        Reason::TypoSwapped,
        Reason::TypoReplaced,
        Reason::ConfusableCharacters,
        Reason::IdnRendersLikeOfficial,
        Reason::IpAddress,
        Reason::NameInPath,
        Reason::NotGovVn,
        Reason::ListsOld,
        Reason::NoLink,
        Reason::NotWebScheme,
        Reason::BadHost,
        Reason::UnknownSuffix,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Reason::GovVn => "gov_vn",
            Reason::ListedOfficial => "listed_official",
            Reason::StateCompany => "state_company",
            Reason::StateMedia => "state_media",
            Reason::ProfileOfficial => "profile_official",
            Reason::ReportedFake => "reported_fake",
            Reason::UserinfoTrick => "userinfo_trick",
            Reason::GovVnNotAtEnd => "gov_vn_not_at_end",
            Reason::GovVnHyphenated => "gov_vn_hyphenated",
            Reason::GovVnMistyped => "gov_vn_mistyped",
            Reason::GovAsDomain => "gov_as_domain",
            Reason::GovGlued => "gov_glued",
            Reason::OneLetterFromOfficial => "one_letter_from_official",
            Reason::NameInSubdomain => "name_in_subdomain",
            Reason::NameInDomain => "name_in_domain",
            Reason::NameWithLure => "name_with_lure",
            Reason::TypoAdded => "typo_added",
            Reason::TypoDropped => "typo_dropped",
            Reason::TypoSwapped => "typo_swapped",
            Reason::TypoReplaced => "typo_replaced",
            Reason::ConfusableCharacters => "confusable_characters",
            Reason::IdnRendersLikeOfficial => "idn_renders_like_official",
            Reason::IpAddress => "ip_address",
            Reason::NameInPath => "name_in_path",
            Reason::NotGovVn => "not_gov_vn",
            Reason::ListsOld => "lists_old",
            Reason::NoLink => "no_link",
            Reason::NotWebScheme => "not_web_scheme",
            Reason::BadHost => "bad_host",
            Reason::UnknownSuffix => "unknown_suffix",
        }
    }

    /// The reason in plain words (`links-reason-gov-vn` …).
    pub fn msg(self) -> Msg {
        Msg::new(&format!("links-reason-{}", self.code().replace('_', "-")))
    }
}

/// One link and what TựKiểm makes of it: the `tukiem-cli link --json` object.
#[cfg_attr(test, derive(ts_rs::TS))]
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct LinkCheck {
    /// The link as written in the message.
    pub input: String,
    /// Where it really goes (lower-case ASCII; `None` when there is no host).
    pub host: Option<String>,
    pub verdict: Verdict,
    pub reasons: Vec<Reason>,
    /// The official host a look-alike imitates, when it is known.
    pub imitates: Option<String>,
    /// What the reasons' words name (the state name borrowed, the report); not in the JSON.
    #[serde(skip)]
    pub detail: Detail,
}

/// What a verdict's reasons name, for the words a person reads.
#[derive(Clone, Debug, Default, PartialEq, Eq, PartialOrd, Ord)]
pub struct Detail {
    /// The state name a look-alike borrows.
    pub borrowed: Option<Borrowed>,
    /// The lure word glued to it (`tracuu`, `vay` …).
    pub lure: Option<String>,
    /// The Department's report: `(date, source)`.
    pub reported: Option<(String, String)>,
    /// The bundle's "old after" day, when its lists are old.
    pub lists_old_after: Option<String>,
}

/// A state name found in a look-alike.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Borrowed {
    /// As written in the lexicon (`csgt`).
    pub word: String,
    /// The lexicon body (`links-body-<id>`); `None` for a profile's system.
    pub body: Option<String>,
    /// A short form (acronym).
    pub short: bool,
}

/// Collected look-alike signs.
#[derive(Default)]
pub(super) struct Signs {
    pub reasons: Vec<Reason>,
    pub imitates: Option<String>,
    pub detail: Detail,
}

impl Signs {
    pub(super) fn add(&mut self, reason: Reason, imitates: Option<&str>) {
        if !self.reasons.contains(&reason) {
            self.reasons.push(reason);
        }
        if self.imitates.is_none() {
            self.imitates = imitates.map(str::to_owned);
        }
    }
}
