//! More places a browser is told to use a proxy, beside WinINET and Chromium's policy values
//! (`proxy.rs`): a PAC script given as a `file://` address (its `PROXY`/`SOCKS` lines are read),
//! a Chromium `ProxySettings` policy that is not valid JSON, and Firefox — each profile's
//! `prefs.js` / `user.js` (`network.proxy.*`), its enterprise `policies.json` and, on Windows,
//! its policy key. Each is read, or the check is `unknown` with the reason: never "no proxy"
//! for what could not be looked at.

use serde_json::Value;

use super::browsers::firefox;
use super::facts::{Hive, RegData};
use super::proxy_setting::{ProxySetting, proxy_hosts};
use super::{Env, MachinePath, OsKind};
use crate::{Msg, outside};

/// A PAC script is a short JavaScript file; anything larger is not one.
const PAC_CAP: u64 = 1024 * 1024;

/// Every extra proxy setting of the machine, or the reason one could not be read.
pub fn extra(env: &dyn Env) -> Result<Vec<ProxySetting>, Msg> {
    let mut out = Vec::new();
    if env.os() == OsKind::Windows {
        windows_extra(env, &mut out)?;
    }
    firefox_settings(env, &mut out)?;
    Ok(out)
}

fn push_hosts(out: &mut Vec<ProxySetting>, source: &str, text: &str) {
    for host in proxy_hosts(text) {
        out.push(ProxySetting {
            source: source.to_owned(),
            host,
        });
    }
}

/// A proxy address or PAC URL: a `file:` PAC is opened and read; others give their host.
fn address(
    env: &dyn Env,
    out: &mut Vec<ProxySetting>,
    source: &str,
    text: &str,
) -> Result<(), Msg> {
    let t = text.trim();
    if t.len() >= 5 && t[..5].eq_ignore_ascii_case("file:") {
        return pac_file(env, out, &format!("{source}-file"), t);
    }
    push_hosts(out, source, t);
    Ok(())
}

/// `file:///C:/proxy/x.pac`, `file://C:\x.pac`, `file:///etc/x.pac` as a path of the machine.
fn file_url_path(os: OsKind, url: &str) -> Option<MachinePath> {
    let rest = url.get(5..)?.trim_start_matches('/');
    let decoded = rest.replace("%20", " ");
    match os {
        OsKind::Windows => MachinePath::parse(os, &decoded.replace('/', "\\")),
        _ => MachinePath::parse(os, &format!("/{decoded}")),
    }
}

fn pac_file(
    env: &dyn Env,
    out: &mut Vec<ProxySetting>,
    source: &str,
    url: &str,
) -> Result<(), Msg> {
    let Some(path) = file_url_path(env.os(), url) else {
        return Err(Msg::new("check-proxy-reason-pac-path").arg("source", source.to_owned()));
    };
    let shown = path.to_string();
    let bytes = outside::read(&env.local(&path), PAC_CAP).map_err(|e| e.reason(&shown))?;
    let text = String::from_utf8_lossy(&bytes);
    let hosts = pac_proxies(&text);
    for host in hosts {
        out.push(ProxySetting {
            source: source.to_owned(),
            host,
        });
    }
    Ok(())
}

/// The proxies a PAC script can return: the `host:port` after `PROXY`, `HTTPS`, `SOCKS`,
/// `SOCKS4`, `SOCKS5` inside its strings. `DIRECT` is no proxy.
pub fn pac_proxies(script: &str) -> Vec<String> {
    let mut out = Vec::new();
    let words: Vec<&str> = script
        .split(|c: char| c.is_whitespace() || matches!(c, '"' | '\'' | ';' | '+' | '(' | ')' | ','))
        .filter(|w| !w.is_empty())
        .collect();
    for pair in words.windows(2) {
        if matches!(pair[0], "PROXY" | "HTTPS" | "SOCKS" | "SOCKS4" | "SOCKS5") {
            for host in proxy_hosts(pair[1]) {
                if host
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | ':'))
                    && !out.contains(&host)
                {
                    out.push(host);
                }
            }
        }
    }
    out
}

fn windows_extra(env: &dyn Env, out: &mut Vec<ProxySetting>) -> Result<(), Msg> {
    let reg = |hive, key: &str| {
        env.registry(hive, key)
            .map_err(|e| super::reason::native("check-proxy-reason", &e))
    };
    // A `file:` PAC in WinINET gives no host to `proxy.rs`: read the script.
    if let Some(values) = reg(
        Hive::CurrentUser,
        r"Software\Microsoft\Windows\CurrentVersion\Internet Settings",
    )? && let Some(pac) = values.get("AutoConfigURL").and_then(RegData::as_text)
        && pac.trim().to_ascii_lowercase().starts_with("file:")
    {
        pac_file(env, out, "wininet-pac-file", pac)?;
    }
    for key in [
        r"Google\Chrome",
        r"Microsoft\Edge",
        r"BraveSoftware\Brave",
        r"Chromium",
        r"CocCoc\Browser",
    ] {
        for hive in [Hive::LocalMachine, Hive::CurrentUser] {
            let path = format!(r"SOFTWARE\Policies\{key}");
            let Some(values) = reg(hive, &path)? else {
                continue;
            };
            if let Some(json) = values.get("ProxySettings").and_then(RegData::as_text) {
                let v: Value = serde_json::from_str(json).map_err(|_| {
                    Msg::new("check-proxy-reason-policy-json")
                        .arg("key", format!(r"{}\{path}\ProxySettings", hive.code()))
                })?;
                if let Some(pac) = v.get("ProxyPacUrl").and_then(Value::as_str)
                    && pac.trim().to_ascii_lowercase().starts_with("file:")
                {
                    pac_file(env, out, &format!("policy:{key}-pac-file"), pac)?;
                }
            }
        }
    }
    // Firefox's enterprise policy in the registry.
    for hive in [Hive::LocalMachine, Hive::CurrentUser] {
        if let Some(values) = reg(hive, r"SOFTWARE\Policies\Mozilla\Firefox\Proxy")? {
            let text = |n: &str| values.get(n).and_then(RegData::as_text).map(str::to_owned);
            firefox_policy_proxy(
                env,
                out,
                text("Mode").as_deref(),
                &["HTTPProxy", "SSLProxy", "SOCKSProxy"].map(text),
                text("AutoConfigURL").as_deref(),
            )?;
        }
    }
    Ok(())
}

fn firefox_policy_proxy(
    env: &dyn Env,
    out: &mut Vec<ProxySetting>,
    mode: Option<&str>,
    servers: &[Option<String>],
    pac: Option<&str>,
) -> Result<(), Msg> {
    match mode.map(str::trim) {
        Some("manual") => {
            for s in servers.iter().flatten() {
                push_hosts(out, "firefox-policy", s);
            }
        }
        Some("autoConfig") => {
            if let Some(pac) = pac {
                address(env, out, "firefox-policy-pac", pac)?;
            }
        }
        _ => {}
    }
    Ok(())
}

/// Where Firefox keeps `profiles.ini`, per OS (reference C7).
fn firefox_roots(env: &dyn Env) -> Vec<MachinePath> {
    let mut out = Vec::new();
    match env.os() {
        OsKind::Windows => {
            if let Some(appdata) = env.path_var("APPDATA") {
                out.push(appdata.join("Mozilla/Firefox"));
            }
        }
        OsKind::Linux => {
            if let Some(home) = env.home() {
                for rel in [
                    ".mozilla/firefox",
                    "snap/firefox/common/.mozilla/firefox",
                    ".var/app/org.mozilla.firefox/.mozilla/firefox",
                    ".config/mozilla/firefox",
                ] {
                    out.push(home.join(rel));
                }
            }
        }
        OsKind::MacOs => {
            if let Some(home) = env.home() {
                out.push(home.join("Library/Application Support/Firefox"));
            }
        }
    }
    out
}

fn policies_json_paths(env: &dyn Env) -> Vec<MachinePath> {
    match env.os() {
        OsKind::Windows => ["ProgramFiles", "ProgramFiles(x86)"]
            .iter()
            .filter_map(|v| env.path_var(v))
            .map(|p| p.join("Mozilla Firefox/distribution/policies.json"))
            .collect(),
        OsKind::Linux => [
            "/etc/firefox/policies/policies.json",
            "/usr/lib/firefox/distribution/policies.json",
            "/usr/lib64/firefox/distribution/policies.json",
        ]
        .iter()
        .filter_map(|p| MachinePath::parse(OsKind::Linux, p))
        .collect(),
        OsKind::MacOs => MachinePath::parse(
            OsKind::MacOs,
            "/Applications/Firefox.app/Contents/Resources/distribution/policies.json",
        )
        .into_iter()
        .collect(),
    }
}

fn firefox_settings(env: &dyn Env, out: &mut Vec<ProxySetting>) -> Result<(), Msg> {
    for path in policies_json_paths(env) {
        let shown = path.to_string();
        let bytes = match outside::read(&env.local(&path), outside::cap::SMALL) {
            Ok(b) => b,
            Err(e) if e.is_not_found() => continue,
            Err(e) => return Err(e.reason(&shown)),
        };
        let doc: Value = serde_json::from_slice(&bytes)
            .map_err(|_| Msg::new("check-proxy-reason-firefox-json").arg("path", shown.clone()))?;
        if let Some(p) = doc.get("policies").and_then(|p| p.get("Proxy")) {
            let s = |n: &str| p.get(n).and_then(Value::as_str).map(str::to_owned);
            firefox_policy_proxy(
                env,
                out,
                s("Mode").as_deref(),
                &["HTTPProxy", "SSLProxy", "SOCKSProxy"].map(s),
                s("AutoConfigURL").as_deref(),
            )?;
        }
    }
    for root in firefox_roots(env) {
        let ini = root.join(firefox::PROFILES_INI);
        let text = match outside::read_text(&env.local(&ini), outside::cap::SMALL) {
            Ok(t) => t,
            Err(e) if e.is_not_found() => continue,
            Err(e) => return Err(e.reason(&ini.to_string())),
        };
        let Ok(profiles) = firefox::parse_profiles_ini(&text) else {
            return Err(Msg::new("check-proxy-reason-firefox-ini").arg("path", ini.to_string()));
        };
        for p in profiles {
            let dir = if p.is_relative {
                root.join(&p.path)
            } else {
                match MachinePath::parse(env.os(), &p.path) {
                    Some(d) => d,
                    None => continue,
                }
            };
            let mut prefs = Vec::new();
            for file in ["prefs.js", "user.js"] {
                let path = dir.join(file);
                match outside::read(&env.local(&path), outside::cap::SMALL) {
                    Ok(bytes) => prefs.extend(parse_user_prefs(&String::from_utf8_lossy(&bytes))),
                    Err(e) if e.is_not_found() => {}
                    Err(e) => return Err(e.reason(&path.to_string())),
                }
            }
            // Later lines (and user.js after prefs.js) win, as in Firefox.
            let get = |k: &str| {
                prefs
                    .iter()
                    .rev()
                    .find(|(n, _)| n == k)
                    .map(|(_, v)| v.clone())
            };
            match get("network.proxy.type").and_then(|v| v.as_i64()) {
                Some(1) => {
                    for k in [
                        "network.proxy.http",
                        "network.proxy.ssl",
                        "network.proxy.socks",
                    ] {
                        if let Some(h) = get(k).and_then(|v| v.as_str().map(str::to_owned))
                            && !h.trim().is_empty()
                        {
                            push_hosts(out, "firefox", &h);
                        }
                    }
                }
                Some(2) => {
                    if let Some(url) = get("network.proxy.autoconfig_url")
                        .and_then(|v| v.as_str().map(str::to_owned))
                    {
                        address(env, out, "firefox-pac", &url)?;
                    }
                }
                _ => {}
            }
        }
    }
    Ok(())
}

/// `user_pref("name", value);` lines of `prefs.js` / `user.js`: name and value (a number, a
/// boolean or a string with `\"` and `\\` escapes). Other lines are skipped.
pub fn parse_user_prefs(text: &str) -> Vec<(String, Value)> {
    let mut out = Vec::new();
    for line in text.lines() {
        let Some(rest) = line.trim().strip_prefix("user_pref(") else {
            continue;
        };
        let Some((name, rest)) = js_string(rest.trim_start()) else {
            continue;
        };
        let Some(rest) = rest.trim_start().strip_prefix(',') else {
            continue;
        };
        let rest = rest.trim_start();
        let value = if rest.starts_with('"') {
            match js_string(rest) {
                Some((s, _)) => Value::from(s),
                None => continue,
            }
        } else {
            let raw = rest.split(')').next().unwrap_or("").trim();
            match raw {
                "true" => Value::from(true),
                "false" => Value::from(false),
                n => match n.parse::<i64>() {
                    Ok(n) => Value::from(n),
                    Err(_) => continue,
                },
            }
        };
        out.push((name, value));
    }
    out
}

/// A double-quoted string at the start of `text`, and what follows it.
fn js_string(text: &str) -> Option<(String, &str)> {
    let body = text.strip_prefix('"')?;
    let mut out = String::new();
    let mut chars = body.char_indices();
    while let Some((i, c)) = chars.next() {
        match c {
            '\\' => out.push(chars.next()?.1),
            '"' => return Some((out, &body[i + 1..])),
            c => out.push(c),
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checks::scenario::ScenarioEnv;

    #[test]
    fn prefs_lines_give_names_and_values_of_every_type() {
        let prefs = parse_user_prefs(
            "// Mozilla User Preferences\nuser_pref(\"network.proxy.type\", 1);\n\
             user_pref(\"network.proxy.http\", \"10.9.8.7\");\nuser_pref(\"a\\\"b\", true);\nnot a pref\n",
        );
        assert_eq!(prefs[0], ("network.proxy.type".to_owned(), Value::from(1)));
        assert_eq!(prefs[1].1, Value::from("10.9.8.7"));
        assert_eq!(prefs[2], ("a\"b".to_owned(), Value::from(true)));
        assert_eq!(prefs.len(), 3);
    }

    #[test]
    fn a_pac_script_gives_the_proxies_it_can_return() {
        let pac = "function FindProxyForURL(url, host) {\n if (dnsDomainIs(host, \".gov.vn\")) return \"PROXY 198.51.100.4:3128; DIRECT\";\n return 'SOCKS5 evil.example:1080';\n}";
        assert_eq!(pac_proxies(pac), vec!["198.51.100.4", "evil.example"]);
        assert!(pac_proxies("function FindProxyForURL(u, h) { return \"DIRECT\"; }").is_empty());
    }

    fn linux_firefox(dir: &std::path::Path, prefs: &str) -> ScenarioEnv {
        let root = dir.join("home/lan/.mozilla/firefox");
        std::fs::create_dir_all(root.join("abc.default-release")).unwrap();
        std::fs::write(
            root.join("profiles.ini"),
            "[Profile0]\nName=default-release\nIsRelative=1\nPath=abc.default-release\n",
        )
        .unwrap();
        std::fs::write(root.join("abc.default-release/prefs.js"), prefs).unwrap();
        ScenarioEnv::new(OsKind::Linux, dir, 0).with_var("HOME", "/home/lan")
    }

    #[test]
    fn firefox_manual_and_file_pac_proxies_are_read_and_a_missing_pac_is_a_reason() {
        let dir = tempfile::tempdir().unwrap();
        let env = linux_firefox(
            dir.path(),
            "user_pref(\"network.proxy.type\", 1);\nuser_pref(\"network.proxy.http\", \"203.0.113.7\");\n",
        );
        let got = extra(&env).unwrap();
        assert_eq!(got[0].host, "203.0.113.7");
        assert_eq!(got[0].source, "firefox");

        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(dir.path().join("etc")).unwrap();
        std::fs::write(
            dir.path().join("etc/p.pac"),
            "function FindProxyForURL(u,h){return \"PROXY 198.51.100.9:8080\";}",
        )
        .unwrap();
        let env = linux_firefox(
            dir.path(),
            "user_pref(\"network.proxy.type\", 2);\nuser_pref(\"network.proxy.autoconfig_url\", \"file:///etc/p.pac\");\n",
        );
        let got = extra(&env).unwrap();
        assert_eq!(got[0].host, "198.51.100.9");
        assert_eq!(got[0].source, "firefox-pac-file");
        std::fs::remove_file(dir.path().join("etc/p.pac")).unwrap();
        assert!(
            extra(&env).is_err(),
            "a PAC that cannot be read is never 'no proxy'"
        );
    }
}
