//! What the State's sites are called (`data/state-lexicon.toml`): each body's words, how much of
//! a host's label each must be to count, and the real address to send a reader to. Built from
//! the bodies' own names and addresses, never from lists of fakes, so a fake nobody reported yet
//! is caught by what it imitates.

use serde::Deserialize;

const EMBEDDED: &str = include_str!("../../data/state-lexicon.toml");

/// How much of a label a word must be to count as the body's name there.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Sits {
    /// No ordinary word contains it (`bhxh`, `dichvucongquocgia`): anywhere in a label.
    Anywhere,
    /// A three-letter acronym (`evn`): the whole word, or its start or end.
    Edge,
    /// Ordinary words run together (`congan`): the whole word, or glued only to other state
    /// words, `gov`, place names and lure words.
    Whole,
    /// Letters that mean other things too (`btc`): only glued to another state word or `gov`.
    Paired,
}

/// One word of a body, as the rules use it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LexiconWord {
    pub word: String,
    pub sits: Sits,
    /// A short form (acronym): the reason says "short name".
    pub short: bool,
    /// Also matched one letter off (`dichvucongg`); not for the body's `exact` words.
    pub typos: bool,
    /// The body (`links-body-<id>` names it).
    pub body: String,
    /// Its real address, when it has one.
    pub real: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct DataFile {
    body: Vec<Body>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Body {
    id: String,
    #[serde(default)]
    real: Option<String>,
    #[serde(default)]
    anywhere: Vec<String>,
    #[serde(default)]
    edge: Vec<String>,
    #[serde(default)]
    whole: Vec<String>,
    #[serde(default)]
    paired: Vec<String>,
    #[serde(default)]
    short: Vec<String>,
    #[serde(default)]
    exact: Vec<String>,
    #[allow(dead_code)] // For people reading the data file; not used by the rules.
    source: String,
}

/// The embedded lexicon, every word with its body. Pinned by a test; should it ever fail to
/// parse, the rules still have the official hosts and `gov.vn`.
pub fn words() -> Vec<LexiconWord> {
    parse(EMBEDDED).unwrap_or_default()
}

/// The body ids of the embedded lexicon (each needs its `links-body-<id>` message).
pub fn body_ids() -> Vec<String> {
    toml::from_str::<DataFile>(EMBEDDED)
        .map(|d| d.body.into_iter().map(|b| b.id).collect())
        .unwrap_or_default()
}

fn parse(text: &str) -> Result<Vec<LexiconWord>, toml::de::Error> {
    let data: DataFile = toml::from_str(text)?;
    let mut out = Vec::new();
    for body in data.body {
        let lists = [
            (&body.anywhere, Sits::Anywhere),
            (&body.edge, Sits::Edge),
            (&body.whole, Sits::Whole),
            (&body.paired, Sits::Paired),
        ];
        for (list, sits) in lists {
            for word in list {
                out.push(LexiconWord {
                    word: word.clone(),
                    sits,
                    short: body.short.contains(word),
                    typos: !body.exact.contains(word),
                    body: body.id.clone(),
                    real: body.real.clone(),
                });
            }
        }
    }
    Ok(out)
}

/// Words a fake glues to a state name that say nothing by themselves: the suffix spelled into
/// the name, the country, "portal", a department or ministry, a place.
pub const GLUE: &[&str] = &[
    "gov",
    "govt",
    "govn",
    "govvn",
    // "The State" and "government" written out: they say what "gov" says.
    "government",
    "nhanuoc",
    "vn",
    "vietnam",
    "viet",
    "quocgia",
    "cong",
    "web",
    "www",
    "my",
    "id",
    "info",
    "portal",
    "app",
    // What a site calls itself when it dresses as the body's news page (`blogkhobac`).
    "blog",
    "news",
    "tintuc",
    "tt",
    "trungtam",
    "cuc",
    "so",
    "bo",
    "tong",
    "tinh",
    "thanhpho",
    "tp",
    // The units below a province whose police or people's committee a fake names
    // (`conganphuongyenbai`: công an phường Yên Bái).
    "quan",
    "huyen",
    "phuong",
    "xa",
    "new",
    "moi",
    "dientu",
    "he",
    "thong",
    "hethong",
    "vietnamese",
    // The three regions the power companies and others are named by.
    "mienbac",
    "mientrung",
    "miennam",
    // Places: the provinces and cities a provincial body's fake names (2025 and older names).
    "hanoi",
    "hn",
    "hcm",
    "hcmc",
    "hochiminh",
    "saigon",
    "sg",
    "haiphong",
    "danang",
    "cantho",
    "hue",
    "nghean",
    "thanhhoa",
    "namdinh",
    "ninhbinh",
    "thaibinh",
    "haiduong",
    "hungyen",
    "bacninh",
    "bacgiang",
    "quangninh",
    "laocai",
    "yenbai",
    "tuyenquang",
    "hagiang",
    "caobang",
    "langson",
    "thainguyen",
    "phutho",
    "vinhphuc",
    "hoabinh",
    "sonla",
    "dienbien",
    "laichau",
    "hatinh",
    "quangbinh",
    "quangtri",
    "quangnam",
    "quangngai",
    "binhdinh",
    "phuyen",
    "khanhhoa",
    "ninhthuan",
    "binhthuan",
    "kontum",
    "gialai",
    "daklak",
    "daknong",
    "lamdong",
    "binhphuoc",
    "tayninh",
    "binhduong",
    "dongnai",
    "vungtau",
    "longan",
    "tiengiang",
    "bentre",
    "travinh",
    "vinhlong",
    "dongthap",
    "angiang",
    "kiengiang",
    "haugiang",
    "soctrang",
    "baclieu",
    "camau",
    "backan",
    "hanam",
    "baria",
    "bariavungtau",
    "thuathienhue",
];

/// Glue words that say "the State" as `gov` does: a paired name glued to one is borrowed
/// (`taichinhnhanuoc`, `mofgov`).
pub fn says_state(glue: &str) -> bool {
    glue.starts_with("gov") || glue == "nhanuoc"
}

/// Words a fake glues to a state name to make a reader act: look up, log in, pay, borrow.
pub const LURE: &[&str] = &[
    "online",
    "login",
    "dangnhap",
    "xacthuc",
    "xacminh",
    "tracuu",
    "dangky",
    "capnhat",
    "nop",
    "lam",
    "cap",
    "update",
    "secure",
    "verify",
    "account",
    "service",
    "support",
    "hotro",
    "cskh",
    "vay",
    "vaytien",
    "hoantien",
    "thanhtoan",
    "nopphat",
    "nopphi",
    "datlich",
    "dichvu",
    "nhantien",
    "chinhthuc",
    "official",
    "khachhang",
    "credit",
    "bank",
    "pay",
    "tracuuthongtin",
    "kichhoat",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_embedded_lexicon_parses_into_folded_words_with_their_bodies() {
        let words = parse(EMBEDDED).expect("state-lexicon.toml parses");
        assert!(words.len() > 80, "{}", words.len());
        for w in &words {
            assert!(
                w.word.len() >= 3 && w.word.bytes().all(|b| b.is_ascii_lowercase()),
                "{w:?}"
            );
            if w.sits == Sits::Edge {
                assert_eq!(w.word.len(), 3, "{w:?}");
            }
        }
        let csgt = words.iter().find(|w| w.word == "csgt").unwrap();
        assert_eq!(
            (csgt.sits, csgt.short, csgt.body.as_str()),
            (Sits::Anywhere, true, "csgt")
        );
        assert_eq!(csgt.real.as_deref(), Some("csgt.bocongan.gov.vn"));
        // Short forms and exact words are among the body's words, so a typo in `short` or
        // `exact` cannot go unnoticed; no word belongs to two bodies.
        let data: DataFile = toml::from_str(EMBEDDED).unwrap();
        for body in &data.body {
            for short in body.short.iter().chain(&body.exact) {
                assert!(
                    [&body.anywhere, &body.edge, &body.whole, &body.paired]
                        .iter()
                        .any(|l| l.contains(short)),
                    "{}: {short}",
                    body.id
                );
            }
        }
        let mut seen = std::collections::BTreeSet::new();
        for w in &words {
            assert!(seen.insert(&w.word), "{} twice", w.word);
        }
    }

    #[test]
    fn glue_and_lure_words_are_folded_ascii_and_not_state_names() {
        let words = words();
        for g in GLUE.iter().chain(LURE) {
            assert!(g.bytes().all(|b| b.is_ascii_lowercase()), "{g}");
            assert!(!words.iter().any(|w| w.word == *g), "{g} is a state name");
        }
    }
}
