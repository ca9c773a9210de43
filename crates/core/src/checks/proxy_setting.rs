//! A proxy as found in a setting, and the hosts a proxy string names — shared by the proxy
//! check (`proxy`) and its extra sources (`proxy_sources`).

/// One proxy found, and where.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ProxySetting {
    /// `wininet`, `wininet-pac`, `policy:<browser key>`, `env:<variable>`.
    pub source: String,
    pub host: String,
}

/// The host of a proxy as written in settings: `host:port`, `http=host:port;https=…`,
/// `http://user@host:port/`, `socks=host`, a PAC URL. The first host is enough to name it.
pub fn proxy_hosts(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    for part in text.split([';', ' ']).filter(|p| !p.trim().is_empty()) {
        let part = part.trim();
        // `http=host:port` (WinINET per-protocol form); not a `scheme://` URL's `=`.
        let value = match part.split_once('=') {
            Some((scheme, v)) if !scheme.contains('/') => v,
            _ => part,
        };
        let value = value.split_once("://").map_or(value, |(_, r)| r);
        let authority = value.split(['/', '?', '#']).next().unwrap_or("");
        let authority = authority.rsplit_once('@').map_or(authority, |(_, h)| h);
        let host = if let Some(v6) = authority.strip_prefix('[') {
            v6.split(']').next().unwrap_or("")
        } else {
            authority.split(':').next().unwrap_or("")
        };
        let host = host.trim().trim_end_matches('.').to_ascii_lowercase();
        if !host.is_empty() && !out.contains(&host) {
            out.push(host);
        }
    }
    out
}
