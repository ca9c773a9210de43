//! Is a saved login for a government system? A host is one when it is `gov.vn` or ends in
//! `.gov.vn`, read the way a browser reads the URL it saved: scheme, userinfo and port are not
//! part of the host, upper case and a trailing dot do not matter, Unicode (IDN) hosts and
//! full-width dots are mapped with UTS #46 first. `evilgov.vn` and `gov.vn.evil.com` are not.
//!
//! Called once per saved login (tens of thousands on a big profile), so the common ASCII case
//! allocates only for a government host.

use crate::links::host::percent_decode;

const GOV: &str = "gov.vn";

/// The government host a saved URL (Chromium `origin_url` / `signon_realm`, Firefox
/// `hostname`) points at, lower-cased without port or trailing dot; `None` for any other host
/// or for text that has no host.
pub fn gov_host(url: &str) -> Option<String> {
    let host = raw_host(url)?;
    if is_host_text(host) {
        let host = host.strip_suffix('.').unwrap_or(host);
        return is_gov(host).then(|| host.to_ascii_lowercase());
    }
    // Rare: percent-escapes, non-ASCII letters or odd characters. Decode and map as the URL
    // standard does (which rejects spaces and the like), then decide on the ASCII form.
    let decoded = percent_decode(host)?;
    let ascii = idna::domain_to_ascii(&decoded).ok()?;
    let ascii = ascii.strip_suffix('.').unwrap_or(&ascii);
    (is_host_text(ascii) && is_gov(ascii)).then(|| ascii.to_owned())
}

/// Letters, digits, `-`, `_` and dots: what a DNS host name is made of.
fn is_host_text(host: &str) -> bool {
    host.bytes()
        .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'-' | b'_'))
}

/// True for `gov.vn` and its sub-domains, ignoring ASCII case. `host` has no trailing dot.
/// A host with an empty label (`a..b.gov.vn`) is not a name a browser saved a login for.
fn is_gov(host: &str) -> bool {
    if host.contains("..") {
        return false;
    }
    let n = host.len();
    if n == GOV.len() {
        return host.eq_ignore_ascii_case(GOV);
    }
    n > GOV.len()
        && host.is_char_boundary(n - GOV.len())
        && host[n - GOV.len()..].eq_ignore_ascii_case(GOV)
        && host.as_bytes()[n - GOV.len() - 1] == b'.'
        // `x..gov.vn` has an empty label: not a host a browser would have saved.
        && !host[..n - GOV.len() - 1].is_empty()
        && !host[..n - GOV.len() - 1].ends_with('.')
}

/// The host part of a URL, as written (no decoding). Accepts `scheme://authority/…`,
/// `//authority/…` and a bare `authority/…`; the authority ends at `/`, `\`, `?` or `#`
/// (a backslash is a path separator in http(s) URLs), userinfo ends at the last `@`.
pub fn raw_host(url: &str) -> Option<&str> {
    let url = url.trim_matches(|c: char| c <= ' ');
    let rest = match url.find("://") {
        Some(at) if is_scheme(&url[..at]) => &url[at + 3..],
        _ => url.strip_prefix("//").unwrap_or(url),
    };
    // Special schemes treat extra slashes after the scheme as nothing: `https:///host`.
    let rest = rest.trim_start_matches(['/', '\\']);
    let authority = &rest[..crate::links::host::authority_end(rest)];
    let host_port = match authority.rfind('@') {
        Some(at) => &authority[at + 1..],
        None => authority,
    };
    let host = if host_port.starts_with('[') {
        // An IPv6 literal is never a government host name; keep it whole so it is not misread.
        &host_port[..host_port.find(']').map_or(host_port.len(), |i| i + 1)]
    } else {
        match host_port.rfind(':') {
            Some(at) if host_port[at + 1..].bytes().all(|b| b.is_ascii_digit()) => &host_port[..at],
            _ => host_port,
        }
    };
    (!host.is_empty()).then_some(host)
}

fn is_scheme(text: &str) -> bool {
    let mut chars = text.chars();
    chars.next().is_some_and(|c| c.is_ascii_alphabetic())
        && chars.all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[track_caller]
    fn gov(url: &str) -> Option<String> {
        gov_host(url)
    }

    #[test]
    fn government_hosts_are_found_in_every_saved_url_shape() {
        for (url, host) in [
            (
                "https://dichvucong.namdinh.gov.vn/",
                "dichvucong.namdinh.gov.vn",
            ),
            (
                "https://qlvb.namdinh.gov.vn/login?next=/",
                "qlvb.namdinh.gov.vn",
            ),
            ("http://MAIL.NamDinh.Gov.VN:8443/owa", "mail.namdinh.gov.vn"),
            ("https://gov.vn/", "gov.vn"),
            ("https://dichvucong.gov.vn./", "dichvucong.gov.vn"),
            ("https://user:pw@mail.gov.vn/", "mail.gov.vn"),
            ("https://evil.com@mail.gov.vn/", "mail.gov.vn"),
            ("mail.gov.vn", "mail.gov.vn"),
            ("//mail.gov.vn/x", "mail.gov.vn"),
            ("ftp://files.hanoi.gov.vn", "files.hanoi.gov.vn"),
            ("https://mail.gov.vn/Basic realm", "mail.gov.vn"),
            ("https://mail.gov.vn#frag", "mail.gov.vn"),
            ("  https://mail.gov.vn/  ", "mail.gov.vn"),
            ("https:///mail.gov.vn/", "mail.gov.vn"),
        ] {
            assert_eq!(gov(url).as_deref(), Some(host), "{url}");
        }
    }

    #[test]
    fn look_alike_hosts_are_not_government_hosts() {
        for url in [
            "https://evilgov.vn/",
            "https://gov.vn.evil.com/",
            "https://mail.gov.vn@evil.com/",
            "https://mail.gov.vn:pw@evil.com/",
            "https://evil.com/mail.gov.vn",
            "https://evil.com/?u=https://mail.gov.vn",
            "https://evil.com#mail.gov.vn",
            "https://mail.gov.vn\\@evil.com/",
            "https://gov.vn.",
            "https://.gov.vn/",
            "https://x..gov.vn/",
            "https://a..b.namdinh.gov.vn/",
            "https://ov.vn/",
            "https://vn/",
            "android://hash@vn.gov.dichvucong/",
            "chrome://FirefoxAccounts",
            "https://[::1]:443/",
            "",
            "https://",
            "gov.vn.",
            "https://mail .gov.vn/",
        ] {
            let got = gov(url);
            // `https://mail.gov.vn\@evil.com/`: the backslash ends the host, as in a browser.
            if url.contains('\\') {
                assert_eq!(got.as_deref(), Some("mail.gov.vn"), "{url}");
            } else if url == "https://gov.vn." || url == "gov.vn." {
                assert_eq!(got.as_deref(), Some("gov.vn"), "{url}");
            } else {
                assert_eq!(got, None, "{url}");
            }
        }
    }

    #[test]
    fn unicode_and_escaped_hosts_are_mapped_like_a_browser_does() {
        // Full-width and ideographic dots are label separators after UTS #46 mapping.
        assert_eq!(
            gov("https://mail\u{ff0e}gov\u{3002}vn/").as_deref(),
            Some("mail.gov.vn")
        );
        // Vietnamese letters in a label become punycode.
        let host = gov("https://d\u{1ecb}chv\u{1ee5}c\u{f4}ng.gov.vn/").unwrap();
        assert!(
            host.starts_with("xn--") && host.ends_with(".gov.vn"),
            "{host}"
        );
        assert_eq!(
            gov("https://mail.%67ov.vn/").as_deref(),
            Some("mail.gov.vn")
        );
        assert_eq!(gov("https://mail.gov%2Evn.evil.com/"), None);
        assert_eq!(gov("https://%ff.gov.vn/"), None);
        // Full-width letters fold to ASCII: this is a real gov.vn host for the browser.
        assert_eq!(
            gov("https://mail.\u{ff47}\u{ff4f}\u{ff56}.vn/").as_deref(),
            Some("mail.gov.vn")
        );
        assert_eq!(gov("https://evil\u{ff0e}com/"), None);
    }

    #[test]
    fn hosts_are_cut_out_without_their_port_or_userinfo() {
        assert_eq!(
            raw_host("https://a:b@Host.example:8080/p"),
            Some("Host.example")
        );
        assert_eq!(raw_host("https://host.example:/p"), Some("host.example"));
        assert_eq!(raw_host("https://[fe80::1]:8080/"), Some("[fe80::1]"));
        assert_eq!(raw_host("https:///"), None);
        assert_eq!(raw_host(""), None);
    }
}
