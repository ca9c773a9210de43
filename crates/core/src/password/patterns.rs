//! The parts a password can be built from that zxcvbn does not know — Vietnamese syllables,
//! words, names and places written without tones, the agency's own names, the user's details,
//! Vietnamese dates, phone numbers and lucky numbers, the `Word@123` habit — as stable codes, and
//! the context words (agency, personal) the model counts against a password. The estimate that
//! finds them is [`super::vi_model`].

use std::borrow::Borrow;
use std::collections::HashSet;
use std::hash::{Hash, Hasher};

use serde::Serialize;
use zeroize::Zeroizing;

/// Why a password is guessable. The serialized names are the CLI's stable warning codes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Pattern {
    CommonPassword,
    VietnameseWords,
    Name,
    Place,
    AgencyWords,
    PersonalInfo,
    Year,
    Date,
    Phone,
    DigitSequence,
    Leet,
    DefaultShape,
    VietnameseSyllables,
    LuckyNumber,
    ShortNumber,
    MobileNumber,
    CitizenId,
    Telex,
}

impl Pattern {
    pub fn code(self) -> &'static str {
        match self {
            Pattern::CommonPassword => "common_password",
            Pattern::VietnameseWords => "vietnamese_words",
            Pattern::Name => "name",
            Pattern::Place => "place",
            Pattern::AgencyWords => "agency_words",
            Pattern::PersonalInfo => "personal_info",
            Pattern::Year => "year",
            Pattern::Date => "date",
            Pattern::Phone => "phone",
            Pattern::DigitSequence => "digit_sequence",
            Pattern::Leet => "leet",
            Pattern::DefaultShape => "default_shape",
            Pattern::VietnameseSyllables => "vietnamese_syllables",
            Pattern::LuckyNumber => "lucky_number",
            Pattern::ShortNumber => "short_number",
            Pattern::MobileNumber => "mobile_number",
            Pattern::CitizenId => "citizen_id",
            Pattern::Telex => "telex",
        }
    }
}

/// A word taken from the user's details (which include the old password): wiped from memory
/// when dropped, never printed, and looked up by `&str` in a set.
#[derive(PartialEq, Eq)]
pub struct SecretWord(Zeroizing<String>);

impl SecretWord {
    pub fn new(word: impl Into<String>) -> Self {
        SecretWord(Zeroizing::new(word.into()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl Hash for SecretWord {
    fn hash<H: Hasher>(&self, state: &mut H) {
        // Same as `str`'s hash, so that `Borrow<str>` lookups find it.
        self.0.as_str().hash(state);
    }
}

impl Borrow<str> for SecretWord {
    fn borrow(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Debug for SecretWord {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("SecretWord([redacted])")
    }
}

/// Words that come from outside the built-in lists: the agency's names from the profile and the
/// user's own details. Already folded and lower-case. The personal ones are secrets
/// ([`SecretWord`]); the agency's are public.
#[derive(Default)]
pub struct ContextWords {
    pub agency: HashSet<String>,
    pub personal: HashSet<SecretWord>,
    /// Digit strings from the user's details (date of birth, phone).
    pub personal_digits: HashSet<SecretWord>,
}
