//! Finding the links in a pasted message (SMS, Zalo, e-mail), the way a phone underlines them:
//! `https://…` and `www.…` anywhere, and bare names such as `dichvucongs.top/vn` when they end in
//! a real top-level domain. Punctuation that ends a Vietnamese sentence or wraps a link (`.`,
//! `,`, `)`, `”`, `…`) is not part of it; an e-mail address is not a link.

/// What can stand before a link and is not part of it.
const LEADING: &[char] = &[
    '(', '[', '{', '<', '"', '\'', '“', '‘', '«', '‹', '「', '『', '*', '_', '>',
];

/// What can stand after a link and is not part of it.
const TRAILING: &[char] = &[
    '.', ',', ';', ':', '!', '?', ')', ']', '}', '>', '<', '"', '\'', '”', '’', '»', '›', '…',
    '。', '，', '」', '』', '*', '_', '、',
];

/// Characters that end a link in running text (no URL holds them unescaped).
fn is_break(c: char) -> bool {
    c.is_whitespace()
        || matches!(
            c,
            '<' | '>' | '"' | '“' | '”' | '«' | '»' | '\u{0}'..='\u{1f}'
        )
}

/// Byte ranges of the links in `text`, in order.
pub fn find_links(text: &str) -> Vec<std::ops::Range<usize>> {
    let mut found = Vec::new();
    let mut start = None;
    for (i, c) in text
        .char_indices()
        .chain(std::iter::once((text.len(), ' ')))
    {
        match (start, is_break(c)) {
            (None, false) => start = Some(i),
            (Some(s), true) => {
                if let Some(range) = link_in_token(text, s, i) {
                    found.push(range);
                }
                start = None;
            }
            _ => {}
        }
    }
    found
}

/// The link inside one space-free token, if it holds one.
fn link_in_token(text: &str, start: usize, end: usize) -> Option<std::ops::Range<usize>> {
    let token = &text[start..end];
    // `Link:https://…`, `(https://…`: the link starts at its scheme.
    let (offset, with_scheme) = match find_scheme(token) {
        Some(at) => (at, true),
        None => {
            let trimmed = token.trim_start_matches(LEADING);
            (token.len() - trimmed.len(), false)
        }
    };
    let candidate = trim_trailing(&token[offset..]);
    if candidate.is_empty() {
        return None;
    }
    let keep = with_scheme || is_bare_link(candidate);
    keep.then(|| start + offset..start + offset + candidate.len())
}

/// Where `scheme://` starts in a token (the scheme's first letter).
fn find_scheme(token: &str) -> Option<usize> {
    let at = token.find("://")?;
    let before = &token[..at];
    let scheme_start = before
        .char_indices()
        .rev()
        .take_while(|(_, c)| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'))
        .last()
        .map(|(i, _)| i)?;
    // A scheme begins with a letter; `1https://` is not one.
    let scheme = &before[scheme_start..];
    let first_letter = scheme.find(|c: char| c.is_ascii_alphabetic())?;
    Some(scheme_start + first_letter)
}

/// Drops sentence punctuation after a link; a `)` stays when the link opened one
/// (`https://vi.wikipedia.org/wiki/A_(B)`).
fn trim_trailing(mut s: &str) -> &str {
    loop {
        let Some(last) = s.chars().next_back() else {
            return s;
        };
        let drop = match last {
            ')' => s.matches('(').count() < s.matches(')').count(),
            ']' => s.matches('[').count() < s.matches(']').count(),
            c => TRAILING.contains(&c),
        };
        if !drop {
            return s;
        }
        s = &s[..s.len() - last.len_utf8()];
    }
}

/// A link written without a scheme: `www.…`, or a host whose last label is a known top-level
/// domain (`dichvucongs.top/vn`, `bhxh.co`), or an IPv4 address with a path or port. An e-mail
/// address (`ten@namdinh.gov.vn`) is not a link.
fn is_bare_link(candidate: &str) -> bool {
    let end = candidate
        .find(['/', '\\', '?', '#'])
        .unwrap_or(candidate.len());
    let authority = &candidate[..end];
    if authority.contains('@') {
        return false;
    }
    let host = match authority.rfind(':') {
        Some(at) if authority[at + 1..].bytes().all(|b| b.is_ascii_digit()) => &authority[..at],
        Some(_) => return false,
        None => authority,
    };
    let has_more = end < candidate.len() || host.len() < authority.len();
    let labels: Vec<&str> = host.split(['.', '。', '．', '｡']).collect();
    if labels.len() < 2 || labels.iter().any(|l| !is_label(l)) {
        return false;
    }
    if labels.iter().all(|l| l.bytes().all(|b| b.is_ascii_digit())) {
        return labels.len() == 4 && has_more;
    }
    if labels[0].eq_ignore_ascii_case("www") {
        return true;
    }
    let tld = labels[labels.len() - 1];
    tld.len() >= 2
        && tld.bytes().all(|b| b.is_ascii_alphabetic())
        && psl::suffix(tld.to_ascii_lowercase().as_bytes()).is_some_and(|s| s.is_known())
}

/// Letters (any script), digits, `-` and `_`, not starting or ending with `-`.
fn is_label(label: &str) -> bool {
    !label.is_empty()
        && !label.starts_with('-')
        && !label.ends_with('-')
        && label
            .chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '-' | '_'))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The links found in `text`, joined by ` | `.
    #[track_caller]
    fn check(text: &str, expect: &str) {
        let got: Vec<&str> = find_links(text).into_iter().map(|r| &text[r]).collect();
        assert_eq!(got.join(" | "), expect, "{text}");
    }

    #[test]
    fn links_with_a_scheme_are_found_anywhere() {
        check(
            "Truy cập https://dichvucong.gov.vn/p/home/dvc-trang-chu.html để nộp hồ sơ.",
            "https://dichvucong.gov.vn/p/home/dvc-trang-chu.html",
        );
        check("Link:https://bhxh.co/tra-cuu", "https://bhxh.co/tra-cuu");
        check("(xem http://gdtgov.cfd)", "http://gdtgov.cfd");
        check("«https://vneid.gov.vn»", "https://vneid.gov.vn");
        check("HTTPS://VNEID.GOV.VN!", "HTTPS://VNEID.GOV.VN");
    }

    #[test]
    fn bare_names_ending_in_a_real_domain_are_links() {
        check(
            "[CSGT] Phuong tien cua ban vi pham, tra cuu va nop phat tai dichvucongs.top/vn truoc 17h.",
            "dichvucongs.top/vn",
        );
        check(
            "Quý khách vui lòng cập nhật thông tin BHXH tại bhxh.co, hạn chót hôm nay!",
            "bhxh.co",
        );
        check("Vào www.hochieu-online.vn…", "www.hochieu-online.vn");
        check("Trang: dịchvụcông.vn.", "dịchvụcông.vn");
        check("IP 103.9.76.10/login nhé", "103.9.76.10/login");
    }

    #[test]
    fn ordinary_dotted_words_and_addresses_are_not_links() {
        check("Gửi về phamvanan.stt@namdinh.gov.vn trước thứ Sáu.", "");
        check("TP.HCM, Q.1, v.v. và 1.000.000 đồng lúc 10.30", "");
        check("Phiên bản 1.2.3.4 đã cài", "");
        check("file baocao.docx và anh.jpeg", "");
        check("", "");
        check("...", "");
    }

    #[test]
    fn sentence_punctuation_is_trimmed_but_a_links_own_parentheses_stay() {
        check(
            "Xem https://vi.wikipedia.org/wiki/Nam_%C4%90%E1%BB%8Bnh_(t%E1%BB%89nh).",
            "https://vi.wikipedia.org/wiki/Nam_%C4%90%E1%BB%8Bnh_(t%E1%BB%89nh)",
        );
        check("“dichvucong.gov.vn”,", "dichvucong.gov.vn");
        check("dichvucong.gov.vn。", "dichvucong.gov.vn");
        check("dichvucong.gov.vn?!", "dichvucong.gov.vn");
    }

    #[test]
    fn several_links_in_one_message_come_in_order() {
        check(
            "Cổng thật: dichvucong.gov.vn; trang giả: https://dichvucongg.top/vn, báo: vnexpress.net",
            "dichvucong.gov.vn | https://dichvucongg.top/vn | vnexpress.net",
        );
    }

    #[test]
    fn a_search_address_is_one_link_even_when_its_query_names_the_portal() {
        check(
            "https://www.google.com/search?q=dichvucong.gov.vn+dang+nhap",
            "https://www.google.com/search?q=dichvucong.gov.vn+dang+nhap",
        );
    }
}
