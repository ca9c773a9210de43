//! The letter's full original text, kept as data beside the profile (`document.original_text`,
//! a file name next to the profile file) so the app can show it verbatim ("Xem nguyên văn") and
//! `tukiem-cli advice --original` can print it. The default profile's letter is embedded.

use std::path::Path;

use super::Profile;
use crate::Msg;
use crate::outside::{self, ReadError};

/// The default profile's letter: the words of the Department's letter of 02/11/2023 exactly as
/// printed (typing slips included), with the PDF's line wraps joined into paragraphs.
const EMBEDDED_LETTER: &str = include_str!("../../../../profiles/default-letter.txt");
const EMBEDDED_LETTER_NAME: &str = "default-letter.txt";

/// A letter is a few pages of text; anything larger is not one.
const MAX_LETTER_BYTES: u64 = 256 * 1024;

/// The letter's text as loaded with the profile.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum Original {
    /// The profile names no original text.
    #[default]
    Absent,
    Text(String),
    /// The profile names a file that could not be read: the profile still works, the advice says
    /// why the original cannot be shown.
    Unreadable {
        file: String,
        error: ReadError,
    },
}

impl Original {
    pub fn text(&self) -> Option<&str> {
        match self {
            Original::Text(t) => Some(t),
            _ => None,
        }
    }

    /// Why the text cannot be shown, when the profile names one that could not be read.
    pub fn problem(&self) -> Option<Msg> {
        match self {
            Original::Unreadable { file, error } => Some(error.reason(file)),
            _ => None,
        }
    }
}

impl Profile {
    pub(super) fn with_embedded_original(mut self) -> Self {
        if self.document.original_text == EMBEDDED_LETTER_NAME {
            self.document.original = Original::Text(EMBEDDED_LETTER.to_owned());
        }
        self
    }

    /// Reads `document.original_text` from the folder of the profile file `profile_path`.
    /// Validation already refused names with a folder part, so it can only be a sibling.
    pub(super) fn with_original_beside(mut self, profile_path: &Path) -> Self {
        let name = self.document.original_text.clone();
        if name.is_empty() {
            return self;
        }
        let path = profile_path
            .parent()
            .unwrap_or_else(|| Path::new(""))
            .join(&name);
        self.document.original = match outside::read_text(&path, MAX_LETTER_BYTES) {
            Ok(text) => Original::Text(text),
            Err(error) => Original::Unreadable {
                file: path.display().to_string(),
                error,
            },
        };
        self
    }
}
