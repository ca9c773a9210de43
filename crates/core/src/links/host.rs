//! Where a link really goes: its host, read the way a browser reads the address bar.
//!
//! `https://dichvucong.gov.vn@evil.example/` goes to `evil.example` (the part before `@` is a
//! user name); `https://evil.example\dichvucong.gov.vn` goes to `evil.example` (a backslash is a
//! path separator); `http://3232235777/` is an IPv4 address; `ｄｉｃｈｖｕｃｏｎｇ。gov。vn` is
//! `dichvucong.gov.vn` once mapped with UTS #46 (the `idna` crate, as browsers do). A link
//! without a scheme is read as `http://`.

use std::borrow::Cow;
use std::net::{Ipv4Addr, Ipv6Addr};

/// A link taken apart.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Link<'a> {
    /// The user-info before `@`, as written (`official@elsewhere` tricks).
    pub userinfo: Option<&'a str>,
    pub host: Host,
    /// Path, query and fragment, as written (may be empty).
    pub path: &'a str,
}

/// The host of a link.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Host {
    /// Lower-case ASCII (punycode for Unicode labels), no trailing dot: what the browser asks
    /// the network for.
    pub ascii: String,
    /// The same name as a browser may show it (Unicode labels decoded).
    pub unicode: String,
    pub kind: HostKind,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HostKind {
    Name,
    Ipv4(Ipv4Addr),
    Ipv6(Ipv6Addr),
}

/// Why a text is not a web address.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum HostError {
    #[error("the scheme is not http or https")]
    NotWeb,
    #[error("there is no host")]
    Empty,
    #[error("the host is not a valid name or address")]
    BadHost,
    #[error("the port is not a number")]
    BadPort,
}

/// Longest host a browser accepts (RFC 1035: 253 characters, 255 with dots and the root).
pub(crate) const MAX_HOST: usize = 253;

/// Takes a link apart. `text` is one link as found in a message (no surrounding spaces).
pub fn parse_link(text: &str) -> Result<Link<'_>, HostError> {
    let (userinfo, host, path) = split_link(text)?;
    Ok(Link {
        userinfo,
        host: parse_host(host)?,
        path,
    })
}

/// A link cut into user-info, host as written (not yet decoded or mapped) and path: the part of
/// [`parse_link`] that only slices.
pub(crate) fn split_link(text: &str) -> Result<(Option<&str>, &str, &str), HostError> {
    let text = text.trim_matches(|c: char| c <= ' ');
    let rest = match text.find("://") {
        Some(at) if is_scheme(&text[..at]) => {
            let scheme = &text[..at];
            if !scheme.eq_ignore_ascii_case("http") && !scheme.eq_ignore_ascii_case("https") {
                return Err(HostError::NotWeb);
            }
            &text[at + 3..]
        }
        _ => text.strip_prefix("//").unwrap_or(text),
    };
    // Browsers skip extra slashes after a web scheme: `https:///host`.
    let rest = rest.trim_start_matches(['/', '\\']);
    let (authority, path) = rest.split_at(authority_end(rest));
    let (userinfo, host_port) = match authority.rfind('@') {
        Some(at) => (Some(&authority[..at]), &authority[at + 1..]),
        None => (None, authority),
    };
    let host = split_port(host_port)?;
    if host.is_empty() {
        return Err(HostError::Empty);
    }
    Ok((userinfo, host, path))
}

/// Where the authority after `scheme://` ends: at the first `/`, `\\`, `?` or `#`, or the end.
/// A byte scan: these are ASCII, so the index is a character boundary, and it is several times
/// quicker than `str::find` with a set of characters (the browser check asks this per login).
pub(crate) fn authority_end(rest: &str) -> usize {
    rest.bytes()
        .position(|b| matches!(b, b'/' | b'\\' | b'?' | b'#'))
        .unwrap_or(rest.len())
}

/// The host without its `:port`; an IPv6 literal keeps its brackets.
fn split_port(host_port: &str) -> Result<&str, HostError> {
    if host_port.starts_with('[') {
        let close = host_port.find(']').ok_or(HostError::BadHost)?;
        let after = &host_port[close + 1..];
        return match after.strip_prefix(':') {
            None if after.is_empty() => Ok(&host_port[..=close]),
            Some(port) if port.bytes().all(|b| b.is_ascii_digit()) => Ok(&host_port[..=close]),
            _ => Err(HostError::BadPort),
        };
    }
    match host_port.rfind(':') {
        Some(at) if host_port[at + 1..].bytes().all(|b| b.is_ascii_digit()) => Ok(&host_port[..at]),
        Some(_) => Err(HostError::BadPort),
        None => Ok(host_port),
    }
}

/// Reads one host name or IP literal (percent-escapes decoded, UTS #46 mapped).
pub fn parse_host(raw: &str) -> Result<Host, HostError> {
    if let Some(inner) = raw.strip_prefix('[') {
        let inner = inner.strip_suffix(']').ok_or(HostError::BadHost)?;
        let ip: Ipv6Addr = inner.parse().map_err(|_| HostError::BadHost)?;
        let text = format!("[{ip}]");
        return Ok(Host {
            ascii: text.clone(),
            unicode: text,
            kind: HostKind::Ipv6(ip),
        });
    }
    if raw.len() > MAX_HOST * 4 {
        return Err(HostError::BadHost);
    }
    let decoded = percent_decode(raw).ok_or(HostError::BadHost)?;
    let ascii = idna::domain_to_ascii(&decoded).map_err(|_| HostError::BadHost)?;
    let ascii = ascii.strip_suffix('.').unwrap_or(&ascii).to_owned();
    if ascii.is_empty() {
        return Err(HostError::Empty);
    }
    if ascii.len() > MAX_HOST {
        return Err(HostError::BadHost);
    }
    let labels: Vec<&str> = ascii.split('.').collect();
    if labels.iter().any(|l| l.is_empty() || l.len() > 63) {
        return Err(HostError::BadHost);
    }
    if !ascii
        .bytes()
        .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'-' | b'_'))
    {
        return Err(HostError::BadHost);
    }
    // The URL standard: a host whose last label is a number is an IPv4 address (or invalid).
    if labels.last().is_some_and(|l| is_number(l)) {
        let ip = parse_ipv4(&labels).ok_or(HostError::BadHost)?;
        let text = ip.to_string();
        return Ok(Host {
            ascii: text.clone(),
            unicode: text,
            kind: HostKind::Ipv4(ip),
        });
    }
    let (unicode, _) = idna::domain_to_unicode(&ascii);
    Ok(Host {
        ascii,
        unicode,
        kind: HostKind::Name,
    })
}

fn is_scheme(text: &str) -> bool {
    let mut chars = text.chars();
    chars.next().is_some_and(|c| c.is_ascii_alphabetic())
        && chars.all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'))
}

/// A label the URL standard reads as a number: decimal, `0x` hex or `0`-led octal.
fn is_number(label: &str) -> bool {
    parse_number(label).is_some()
        || label
            .strip_prefix("0x")
            .or_else(|| label.strip_prefix("0X"))
            .is_some_and(|h| h.bytes().all(|b| b.is_ascii_hexdigit()))
        || label.bytes().all(|b| b.is_ascii_digit())
}

fn parse_number(label: &str) -> Option<u64> {
    let (digits, radix) = if let Some(h) = label
        .strip_prefix("0x")
        .or_else(|| label.strip_prefix("0X"))
    {
        (h, 16)
    } else if label.len() > 1 && label.starts_with('0') {
        (&label[1..], 8)
    } else {
        (label, 10)
    };
    if digits.is_empty() {
        return (radix == 16).then_some(0);
    }
    // Longer than any u32 in any radix: too big, and u64 parsing would overflow.
    if digits.len() > 32 {
        return None;
    }
    u64::from_str_radix(digits, radix).ok()
}

/// `1.2.3.4`, `1.2.772`, `0xC0A80101`, `3232235777`: the URL standard's IPv4 forms.
fn parse_ipv4(labels: &[&str]) -> Option<Ipv4Addr> {
    if labels.len() > 4 {
        return None;
    }
    let numbers: Vec<u64> = labels
        .iter()
        .map(|l| parse_number(l))
        .collect::<Option<_>>()?;
    let (last, parts) = numbers.split_last()?;
    if parts.iter().any(|&n| n > 255) {
        return None;
    }
    let room = 8 * (4 - parts.len() as u32);
    if *last >= 1u64 << room {
        return None;
    }
    let mut value: u64 = *last;
    for (i, n) in parts.iter().enumerate() {
        value += n << (8 * (3 - i as u32));
    }
    u32::try_from(value).ok().map(Ipv4Addr::from)
}

/// `%xx` decoding of a host; `None` when the result is not UTF-8. Also the browser check's.
pub(crate) fn percent_decode(text: &str) -> Option<Cow<'_, str>> {
    if !text.contains('%') {
        return Some(Cow::Borrowed(text));
    }
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = |b: u8| (b as char).to_digit(16);
        match (bytes[i], bytes.get(i + 1), bytes.get(i + 2)) {
            (b'%', Some(&h), Some(&l)) if hex(h).is_some() && hex(l).is_some() => {
                out.push((hex(h)? * 16 + hex(l)?) as u8);
                i += 3;
            }
            (b, _, _) => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8(out).ok().map(Cow::Owned)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `input` → `host` as `ascii` (with `@userinfo` prefixed when there is one) or the error.
    #[track_caller]
    fn check(input: &str, expect: &str) {
        let got = match parse_link(input) {
            Ok(link) => match link.userinfo {
                Some(u) => format!("{u}@{}", link.host.ascii),
                None => link.host.ascii,
            },
            Err(e) => format!("error: {e}"),
        };
        assert_eq!(got, expect, "{input}");
    }

    #[test]
    fn hosts_are_read_as_a_browser_reads_them() {
        check("https://dichvucong.gov.vn/p/home", "dichvucong.gov.vn");
        check("dichvucong.gov.vn", "dichvucong.gov.vn");
        check("HTTP://DichVuCong.Gov.VN:443/", "dichvucong.gov.vn");
        check("https://dichvucong.gov.vn./", "dichvucong.gov.vn");
        check("https:///dichvucong.gov.vn", "dichvucong.gov.vn");
        check("//dichvucong.gov.vn/x", "dichvucong.gov.vn");
        check("https://evil.example\\dichvucong.gov.vn", "evil.example");
        check("https://evil.example?dichvucong.gov.vn", "evil.example");
        check("https://evil.example#@dichvucong.gov.vn", "evil.example");
    }

    #[test]
    fn the_part_before_at_is_a_user_name_not_the_host() {
        check(
            "https://dichvucong.gov.vn@evil.example/login",
            "dichvucong.gov.vn@evil.example",
        );
        check("https://a@b:c@evil.example/", "a@b:c@evil.example");
    }

    #[test]
    fn unicode_full_width_and_escaped_hosts_are_mapped() {
        check(
            "https://\u{ff44}\u{ff49}\u{ff43}\u{ff48}vucong\u{3002}gov\u{ff0e}vn/",
            "dichvucong.gov.vn",
        );
        check("https://dichvucong.%67ov.vn/", "dichvucong.gov.vn");
        check(
            "https://%ff.example/",
            "error: the host is not a valid name or address",
        );
        let link = parse_link("https://d\u{1ecb}chv\u{1ee5}c\u{f4}ng.vn/").unwrap();
        assert!(link.host.ascii.starts_with("xn--"), "{}", link.host.ascii);
        assert_eq!(link.host.unicode, "d\u{1ecb}chv\u{1ee5}c\u{f4}ng.vn");
    }

    #[test]
    fn ip_addresses_in_every_form_browsers_accept() {
        check("http://103.9.76.10/dichvucong", "103.9.76.10");
        check("http://3232235777/", "192.168.1.1");
        check("http://0xC0A80101/", "192.168.1.1");
        check("http://0300.0250.1.1/", "192.168.1.1");
        check("http://192.168.257/", "192.168.1.1");
        check("http://[::1]:8080/", "[::1]");
        check("http://[2001:DB8::1]/", "[2001:db8::1]");
        check(
            "http://1.2.3.256/",
            "error: the host is not a valid name or address",
        );
        check(
            "http://1.2.3.4.5/",
            "error: the host is not a valid name or address",
        );
        check(
            "http://[::1/",
            "error: the host is not a valid name or address",
        );
    }

    #[test]
    fn texts_that_are_not_web_addresses_say_why() {
        check(
            "ftp://files.example/",
            "error: the scheme is not http or https",
        );
        check(
            "javascript://x.example/",
            "error: the scheme is not http or https",
        );
        check("https://", "error: there is no host");
        check("https://:80/", "error: there is no host");
        check(
            "https://host.example:abc/",
            "error: the port is not a number",
        );
        check(
            "https://a..b.example/",
            "error: the host is not a valid name or address",
        );
        check(
            "https://a b.example/",
            "error: the host is not a valid name or address",
        );
        check(
            "https://a<b.example/",
            "error: the host is not a valid name or address",
        );
        let long = format!("https://{}.example/", "a".repeat(300));
        check(&long, "error: the host is not a valid name or address");
    }
}
