//! The look-alike signs a host's own name can give: `gov.vn` out of place, hyphenated, glued or
//! mistyped, `gov` registered as a name, a whole host one letter from an official one, and a
//! state name from the lexicon in a label (weighed in `super::names`).

use std::borrow::Cow;

use super::fold::{Folded, fold_label};
use super::host::Host;
use super::names::{Edit, How, name_in_labels, one_edit};
use super::official::{GOV_VN, Officials, is_under};
use super::outcome::{Borrowed, Reason, Signs};

pub(super) fn host_rules(officials: &Officials, host: &Host, signs: &mut Signs) {
    let ascii = host.ascii.as_str();
    let labels: Vec<&str> = ascii.split('.').collect();
    let shown: Vec<&str> = host.unicode.split('.').collect();
    let (source, folded): (&str, Vec<Folded>) = if shown.len() == labels.len() {
        (&host.unicode, shown.iter().map(|l| fold_label(l)).collect())
    } else {
        (ascii, labels.iter().map(|l| fold_label(l)).collect())
    };
    // Labels that needed no folding are slices of `source`: then so is the whole.
    let folded_host: Cow<str> = if folded.iter().all(|f| matches!(f.text, Cow::Borrowed(_))) {
        Cow::Borrowed(source)
    } else {
        Cow::Owned(
            folded
                .iter()
                .map(|f| f.text.as_ref())
                .collect::<Vec<_>>()
                .join("."),
        )
    };
    let idn = labels.iter().any(|l| l.starts_with("xn--"));
    let names = name_in_labels(officials, ascii, &folded);
    let names_imitate = names.as_ref().and_then(|m| m.name.imitates.clone());

    // `gov.vn` somewhere but not at the end.
    let dotted = format!(".{folded_host}.");
    if let Some(at) = dotted.find(".gov.vn.")
        && at + ".gov.vn.".len() < dotted.len()
    {
        let prefix = &dotted[1..at + ".gov.vn".len()];
        let imitates = (prefix != GOV_VN)
            .then(|| officials.known_host(prefix).unwrap_or(prefix).to_owned())
            .or(names_imitate.clone());
        signs.add(Reason::GovVnNotAtEnd, imitates.as_deref());
    }
    // `gov-vn`, `govvn`, `gov.vn-…`: the suffix written into a name.
    if [
        "gov-vn", "govvn", "gov_vn", ".gov.vn-", "-gov.vn", "vngov", "govn", "vn-gov",
    ]
    .iter()
    .any(|p| dotted.contains(p))
    {
        signs.add(Reason::GovVnHyphenated, names_imitate.as_deref());
    }
    // Ends in something that reads as `gov.vn` but is not: `gov.vm`, `g0v.vn`, `gоv.vn`.
    let n = folded.len();
    // Both tests below need a tail of 5 to 7 characters (`gov.vn` is 6): most hosts have
    // none, and skip building the strings.
    if labels.len() >= 2
        && (5..=7).contains(
            &(folded[n - 2].text.chars().count() + 1 + folded[n - 1].text.chars().count()),
        )
    {
        let tail = format!("{}.{}", folded[n - 2].text, folded[n - 1].text);
        let front = folded[..n - 2]
            .iter()
            .map(|f| f.text.as_ref())
            .collect::<Vec<_>>();
        let real = if front.is_empty() {
            GOV_VN.to_owned()
        } else {
            format!("{}.{GOV_VN}", front.join("."))
        };
        let real = officials
            .known_host(&real)
            .map(str::to_owned)
            .unwrap_or(real);
        let real = real.is_ascii().then_some(real);
        if tail == GOV_VN && !is_under(ascii, GOV_VN) {
            signs.add(Reason::GovVnMistyped, real.as_deref());
            signs.add(Reason::ConfusableCharacters, None);
        } else if let Some(edit) = one_edit(&tail, GOV_VN)
            && !front.is_empty()
            && !another_governments_suffix(ascii, &tail)
        {
            signs.add(Reason::GovVnMistyped, real.as_deref());
            signs.add(typo_reason(edit), None);
        }
    }
    // A whole host that reads like, or is one letter from, an official one not under gov.vn.
    for official in officials.hosts_outside_gov_vn() {
        if folded_host.as_ref() == official && ascii != official {
            signs.add(Reason::ConfusableCharacters, Some(official));
        } else if let Some(edit) = one_edit(&folded_host, official) {
            signs.add(Reason::OneLetterFromOfficial, Some(official));
            signs.add(typo_reason(edit), None);
        }
    }
    gov_as_domain(ascii, &folded, names_imitate.as_deref(), signs);
    if let Some(m) = names {
        let reason = match m.how {
            How::Typo(edit) => typo_reason(edit),
            _ if m.in_subdomain => Reason::NameInSubdomain,
            _ => Reason::NameInDomain,
        };
        signs.add(reason, m.name.imitates.as_deref());
        if m.with_gov && m.how != How::Exact {
            signs.add(Reason::GovGlued, None);
        }
        if let Some(lure) = m.lure {
            signs.add(Reason::NameWithLure, None);
            signs.detail.lure = Some(lure.to_owned());
        }
        if m.confusable {
            signs.add(Reason::ConfusableCharacters, None);
        }
        signs.detail.borrowed = Some(Borrowed {
            word: m.name.word.clone(),
            body: m.name.body.clone(),
            short: m.name.short,
        });
    }
    gov_glued_to_word(ascii, &folded, names_imitate.as_deref(), signs);
    if idn && !signs.reasons.is_empty() {
        signs.add(Reason::IdnRendersLikeOfficial, None);
    }
}

/// `vietnamvisa.govt.vn`, `dichvucong.gov.com`: `gov` (or `govt`) is the name registered under
/// a suffix that is not a government's, so anyone could have registered it.
fn gov_as_domain(ascii: &str, folded: &[Folded], imitates: Option<&str>, signs: &mut Signs) {
    let suffix_labels = psl::suffix(ascii.as_bytes())
        .map(|s| s.as_bytes().split(|b| *b == b'.').count())
        .unwrap_or(1);
    if folded.len() <= suffix_labels {
        return;
    }
    let registered = &folded[folded.len() - suffix_labels - 1].text;
    // `gov.vm`, `gοv.vn` are told as a mistyped `gov.vn` already.
    if matches!(registered.as_ref(), "gov" | "govt")
        && !is_under(ascii, GOV_VN)
        && !signs.reasons.contains(&Reason::GovVnMistyped)
    {
        signs.add(Reason::GovAsDomain, imitates);
    }
}

/// `vietgov.cc`, `rgov.net`, `govqp.com`: a word of a label before the suffix that ends in `gov`
/// (or `govt`) after other letters, or is `gov` and one or two consonants — a name dressed up as
/// a state address. No Vietnamese syllable ends in "v" or lacks a vowel (`govap` is Gò Vấp), and
/// the English words that start with "gov" (`govern…`) are longer than that.
fn gov_glued_to_word(ascii: &str, folded: &[Folded], imitates: Option<&str>, signs: &mut Signs) {
    // `gov` already told as glued to a name, as a written-in or mistyped `gov.vn`, or as the
    // registered name itself.
    if signs.reasons.iter().any(|r| {
        matches!(
            r,
            Reason::GovGlued
                | Reason::GovVnHyphenated
                | Reason::GovVnMistyped
                | Reason::GovAsDomain
        )
    }) {
        return;
    }
    let suffix_labels = psl::suffix(ascii.as_bytes())
        .map(|s| s.as_bytes().split(|b| *b == b'.').count())
        .unwrap_or(1);
    let Some(named) = folded.len().checked_sub(suffix_labels) else {
        return;
    };
    let glued = folded[..named].iter().any(|label| {
        // Words are the label's runs of letters: `vietgov22` → `vietgov`.
        label
            .text
            .split(|c: char| !c.is_ascii_lowercase())
            .any(|word| {
                (word.len() > 4 && word.ends_with("govt"))
                    || (word.len() > 3 && word.ends_with("gov"))
                    || word.strip_prefix("gov").is_some_and(|rest| {
                        // `govqp`, not `govap` (Gò Vấp): a Vietnamese syllable has a vowel.
                        (1..=2).contains(&rest.len())
                            && !rest.contains(['a', 'e', 'i', 'o', 'u', 'y'])
                    })
            })
    });
    if glued {
        signs.add(Reason::GovGlued, imitates);
    }
}

/// `gov.cn`, `gov.in`, `gov.mn`: one letter from `gov.vn`, but the government suffix of another
/// country, and the host really ends in it. Only that country's government registers names under
/// it, so nobody can use it to imitate ours: such a site is "not a state site", not a fake.
/// (`gob.vn` is no suffix — anyone can register `gob.vn` itself — and stays a lookalike.)
fn another_governments_suffix(ascii: &str, tail: &str) -> bool {
    tail.strip_prefix("gov.")
        .is_some_and(|cc| cc.len() == 2 && cc.bytes().all(|b| b.is_ascii_lowercase()))
        && psl::suffix(ascii.as_bytes())
            .is_some_and(|s| s.is_known() && s.as_bytes() == tail.as_bytes())
}

/// The reason a one-edit look-alike is given, by its kind of edit.
fn typo_reason(edit: Edit) -> Reason {
    match edit {
        Edit::Added => Reason::TypoAdded,
        Edit::Dropped => Reason::TypoDropped,
        Edit::Swapped => Reason::TypoSwapped,
        Edit::Replaced => Reason::TypoReplaced,
    }
}
