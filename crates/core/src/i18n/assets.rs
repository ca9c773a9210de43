//! The `.ftl` catalogue, embedded in the binary from `locales/`.
//!
//! `i18n-embed` asks for one file per language (`<lang>/<domain>.ftl`); we keep several files per
//! language for readability, so [`Locales`] answers that request with every `.ftl` of the language.

use std::borrow::Cow;
use std::collections::BTreeSet;

use i18n_embed::I18nAssets;
use rust_embed::RustEmbed;

use super::Lang;

pub(crate) const DOMAIN: &str = "tukiem";

#[derive(RustEmbed)]
#[folder = "../../locales/"]
#[include = "*/*.ftl"]
struct Embedded;

pub(crate) struct Locales;

impl I18nAssets for Locales {
    fn get_files(&self, file_path: &str) -> Vec<Cow<'_, [u8]>> {
        let Some(lang) = file_path.strip_suffix(&format!("/{DOMAIN}.ftl")) else {
            return Vec::new();
        };
        files_of(lang)
            .into_iter()
            .filter_map(|name| Embedded::get(&name).map(|f| f.data))
            .collect()
    }

    fn filenames_iter(&self) -> Box<dyn Iterator<Item = String> + '_> {
        let langs: BTreeSet<String> = Embedded::iter()
            .filter_map(|p| p.split_once('/').map(|(lang, _)| lang.to_owned()))
            .collect();
        Box::new(langs.into_iter().map(|l| format!("{l}/{DOMAIN}.ftl")))
    }
}

fn files_of(lang: &str) -> Vec<String> {
    let prefix = format!("{lang}/");
    let mut names: Vec<String> = Embedded::iter()
        .filter(|p| p.starts_with(&prefix))
        .map(|p| p.into_owned())
        .collect();
    names.sort();
    names
}

/// Every embedded `.ftl` file of a language, as `(file name, source text)`.
pub fn ftl_sources(lang: Lang) -> Vec<(String, String)> {
    files_of(lang.code())
        .into_iter()
        .filter_map(|name| {
            let data = Embedded::get(&name)?.data;
            Some((name, String::from_utf8_lossy(&data).into_owned()))
        })
        .collect()
}

/// The message ids a language defines (terms, which start with `-`, are left out).
pub fn message_ids(lang: Lang) -> BTreeSet<String> {
    ftl_sources(lang)
        .iter()
        .flat_map(|(_, src)| {
            let resource = match fluent_syntax::parser::parse(src.as_str()) {
                Ok(r) => r,
                Err((r, _)) => r,
            };
            resource
                .body
                .into_iter()
                .filter_map(|entry| match entry {
                    fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_owned()),
                    _ => None,
                })
                .collect::<Vec<_>>()
        })
        .collect()
}
