//! The link check (the letter's second action, "be wary of links and fake websites"): every
//! link in a pasted message, each with a verdict — `official`, `lookalike`, `not_official`,
//! `invalid` — its reasons and, for a look-alike, the real address. Pure functions over text:
//! nothing is fetched, nothing is looked up on the network.
//!
//! | module | does |
//! |---|---|
//! | [`extract`] | finds the links in free text (with or without `http(s)://`, punctuation trimmed) |
//! | [`host`] | where a link really goes: userinfo, port, IP literals, UTS #46 / punycode |
//! | [`official`] | what is official: `gov.vn`, `data/official-hosts.toml`, the profile, reported fakes |
//! | [`lexicon`] | what the State's sites are called (`data/state-lexicon.toml`) and how each name may sit |
//! | `names` | finding a state name in a label and weighing where it sits (glued, typo, title word) |
//! | `fold` | what a name looks like: tone marks dropped, other scripts' look-alike letters (TR39) |
//! | `outcome` | what is said about a link: verdict, reason codes, the JSON object, the signs collected |
//! | `verdict` | the verdict on a link: the rules, in their order |
//! | `host_rules` | the signs a host's name gives: `gov.vn` out of place, `gov` glued, a state name in a label |
//! | `saved` | the saved-login question for the browser check, with its shortcut for plain hosts |
//! | `present` | what a person is told: verdict word and sentence, reasons, the real address |

pub mod extract;
mod fold;
pub mod host;
mod host_rules;
pub mod lexicon;
mod names;
pub mod official;
mod outcome;
mod present;
mod saved;
mod verdict;

pub use official::Officials;
pub use outcome::{Borrowed, Detail, LinkCheck, Reason, Verdict};
pub use present::{ShownLink, present, reason_text};
pub use saved::{Lookalike, SavedSite, saved_login_lookalike};
pub use verdict::{check_link, check_text};

/// True when some link is a look-alike (`tukiem-cli link` exits 2).
pub fn any_lookalike(checks: &[LinkCheck]) -> bool {
    checks.iter().any(|c| c.verdict == Verdict::Lookalike)
}

#[cfg(test)]
mod lexicon_tests;
#[cfg(test)]
mod tests;
