use serde::{Deserialize, Serialize};
use unic_langid::LanguageIdentifier;

/// The languages TựKiểm speaks. Vietnamese first: it is the default and the fallback.
#[cfg_attr(test, derive(ts_rs::TS))]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    Vi,
    En,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::Vi, Lang::En];
    pub const FALLBACK: Lang = Lang::Vi;

    pub fn code(self) -> &'static str {
        match self {
            Lang::Vi => "vi",
            Lang::En => "en",
        }
    }

    pub fn from_code(code: &str) -> Option<Lang> {
        Lang::ALL.into_iter().find(|l| l.code() == code)
    }

    pub(crate) fn langid(self) -> LanguageIdentifier {
        match self {
            Lang::Vi => unic_langid::langid!("vi"),
            Lang::En => unic_langid::langid!("en"),
        }
    }

    /// The first of the OS's preferred locales that we speak, else Vietnamese.
    ///
    /// Locales arrive in any of the shapes operating systems use: `vi-VN`, `vi_VN.UTF-8`,
    /// `en-US`, `C`, `POSIX`. Only the primary language subtag matters.
    pub fn from_os_locales<S: AsRef<str>>(locales: &[S]) -> Lang {
        locales
            .iter()
            .filter_map(|l| {
                let primary = l
                    .as_ref()
                    .split(['-', '_', '.', '@'])
                    .next()
                    .unwrap_or_default();
                Lang::from_code(&primary.to_ascii_lowercase())
            })
            .next()
            .unwrap_or(Lang::FALLBACK)
    }
}

impl std::fmt::Display for Lang {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn os_locale_picks_first_spoken_language() {
        assert_eq!(Lang::from_os_locales(&["vi-VN"]), Lang::Vi);
        assert_eq!(Lang::from_os_locales(&["en_US.UTF-8"]), Lang::En);
        assert_eq!(Lang::from_os_locales(&["fr-FR", "en-GB", "vi"]), Lang::En);
        assert_eq!(Lang::from_os_locales(&["VI_vn"]), Lang::Vi);
    }

    #[test]
    fn unknown_or_missing_os_locale_falls_back_to_vietnamese() {
        assert_eq!(Lang::from_os_locales(&["C"]), Lang::Vi);
        assert_eq!(Lang::from_os_locales(&["POSIX", "fr-FR"]), Lang::Vi);
        assert_eq!(Lang::from_os_locales::<&str>(&[]), Lang::Vi);
    }

    #[test]
    fn codes_round_trip() {
        for lang in Lang::ALL {
            assert_eq!(Lang::from_code(lang.code()), Some(lang));
        }
        assert_eq!(Lang::from_code("fr"), None);
    }
}
