//! Localized text. Every sentence a person reads lives in `locales/<lang>/*.ftl`; code only names
//! message ids ([`Msg`]) and this module renders them with Fluent (through `i18n-embed`).
//!
//! The web UI renders the same `.ftl` files with `@fluent/bundle`, so core results cross the IPC
//! boundary as ids plus arguments, never as pre-rendered text.

mod assets;
mod lang;
mod msg;

pub use assets::{ftl_sources, message_ids};
pub use lang::Lang;
pub use msg::{Arg, Msg};

use i18n_embed::LanguageLoader;
use i18n_embed::fluent::FluentLanguageLoader;

/// Renders messages in one language, falling back to Vietnamese for an id missing in English
/// (a test keeps both catalogues identical, so the fallback is a safety net, not a feature).
pub struct Localizer {
    lang: Lang,
    loader: FluentLanguageLoader,
}

impl Localizer {
    pub fn new(lang: Lang) -> Self {
        let loader = FluentLanguageLoader::new(assets::DOMAIN, Lang::FALLBACK.langid());
        // Infallible for the embedded catalogue: both languages ship in the binary, and a test
        // loads each one. A failure here would mean the build embedded no locales at all.
        loader
            .load_languages(&assets::Locales, &[lang.langid()])
            .expect("embedded locales load");
        // Isolation marks (U+2068/U+2069) around placeables confuse terminals and copy-paste of
        // phone numbers; our arguments are never right-to-left, so turn them off.
        loader.set_use_isolating(false);
        Self { lang, loader }
    }

    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// True when the message exists in this language or the fallback.
    pub fn has(&self, id: &str) -> bool {
        self.loader.has(id)
    }

    /// A message without arguments.
    pub fn text(&self, id: &str) -> String {
        self.loader.get(id)
    }

    /// A message with its arguments.
    pub fn render(&self, msg: &Msg) -> String {
        if msg.args.is_empty() {
            return self.loader.get(&msg.id);
        }
        let args = msg
            .args
            .iter()
            .map(|(name, value)| (name.as_str(), value.to_fluent(&|m| self.render(m))))
            .collect();
        self.loader.get_args_concrete(&msg.id, args)
    }
}
