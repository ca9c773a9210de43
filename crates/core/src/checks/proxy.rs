//! Is web browsing sent through someone else's proxy? A proxy set behind the user's back sees
//! (and can change) every page, sign-ins included; some stealers set one to keep watching.
//!
//! - Windows: the user's WinINET settings (`HKCU\…\Internet Settings`: `ProxyEnable` +
//!   `ProxyServer`, `AutoConfigURL`) and Chromium's proxy policies (`ProxySettings`,
//!   `ProxyServer`, `ProxyPacUrl` under `SOFTWARE\Policies\<browser>`, HKLM and HKCU).
//! - Linux and macOS: the `http_proxy`-style variables of the session.
//! - A host the profile names as the organisation's (`machine.proxy_hosts`) is fine; any other
//!   is a **warning** naming the host. Nothing set is `ok`; a setting that cannot be read is
//!   `unknown` with its reason.

use serde_json::json;

use super::facts::{FactError, Hive, RegData, RegValues};
use super::{Check, CheckOutput, Env, Finding, OsKind, Status};
use crate::Msg;

pub const FINDING_ID: &str = "proxy";

const INTERNET_SETTINGS: &str = r"Software\Microsoft\Windows\CurrentVersion\Internet Settings";

/// Chromium browsers' policy keys (below `SOFTWARE\Policies`).
const CHROMIUM_POLICY_KEYS: &[&str] = &[
    r"Google\Chrome",
    r"Microsoft\Edge",
    r"BraveSoftware\Brave",
    r"Chromium",
    r"CocCoc\Browser",
];

pub use super::proxy_setting::{ProxySetting, proxy_hosts};

pub struct ProxyCheck {
    /// The organisation's proxy hosts (from the profile).
    pub allowed: Vec<String>,
}

impl Check for ProxyCheck {
    fn id(&self) -> &'static str {
        FINDING_ID
    }

    fn title(&self) -> Msg {
        Msg::new("check-proxy-title")
    }

    fn run(&self, env: &dyn Env) -> CheckOutput {
        CheckOutput::finding(assess(env, self.title(), &self.allowed))
    }
}

fn allowed_host(host: &str, allowed: &[String]) -> bool {
    allowed.iter().any(|a| {
        let a = a.trim().to_ascii_lowercase();
        match a.strip_prefix("*.") {
            Some(domain) => host
                .strip_suffix(domain)
                .is_some_and(|rest| rest.ends_with('.')),
            None => host == a,
        }
    })
}

fn text_of(values: &RegValues, name: &str) -> Option<String> {
    values
        .get(name)
        .and_then(RegData::as_text)
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_owned)
}

/// Proxies from Chromium's `ProxySettings` policy (a JSON text) and its older single values.
fn from_policy(values: &RegValues, source: &str, out: &mut Vec<ProxySetting>) {
    let mut push = |text: &str| {
        for host in proxy_hosts(text) {
            out.push(ProxySetting {
                source: source.to_owned(),
                host,
            });
        }
    };
    if let Some(json) = text_of(values, "ProxySettings")
        && let Ok(v) = serde_json::from_str::<serde_json::Value>(&json)
    {
        let mode = v.get("ProxyMode").and_then(|m| m.as_str()).unwrap_or("");
        if mode != "direct" && mode != "system" && mode != "auto_detect" {
            for key in ["ProxyServer", "ProxyPacUrl"] {
                if let Some(s) = v.get(key).and_then(|s| s.as_str()) {
                    push(s);
                }
            }
        }
    }
    let mode = text_of(values, "ProxyMode").unwrap_or_default();
    if mode != "direct" && mode != "system" && mode != "auto_detect" {
        for key in ["ProxyServer", "ProxyPacUrl"] {
            if let Some(s) = text_of(values, key) {
                push(&s);
            }
        }
    }
}

fn windows_settings(env: &dyn Env) -> Result<Vec<ProxySetting>, FactError> {
    let mut out = Vec::new();
    if let Some(values) = env.registry(Hive::CurrentUser, INTERNET_SETTINGS)? {
        let enabled = values
            .get("ProxyEnable")
            .and_then(RegData::as_bool)
            .unwrap_or(false);
        if enabled && let Some(server) = text_of(&values, "ProxyServer") {
            for host in proxy_hosts(&server) {
                out.push(ProxySetting {
                    source: "wininet".to_owned(),
                    host,
                });
            }
        }
        // A `file:` PAC has no host: `proxy_sources` reads the script itself.
        if let Some(pac) = text_of(&values, "AutoConfigURL")
            && !pac.to_ascii_lowercase().starts_with("file:")
        {
            for host in proxy_hosts(&pac) {
                out.push(ProxySetting {
                    source: "wininet-pac".to_owned(),
                    host,
                });
            }
        }
    }
    for key in CHROMIUM_POLICY_KEYS {
        for hive in [Hive::LocalMachine, Hive::CurrentUser] {
            let path = format!(r"SOFTWARE\Policies\{key}");
            if let Some(values) = env.registry(hive, &path)? {
                from_policy(&values, &format!("policy:{key}"), &mut out);
            }
        }
    }
    Ok(out)
}

fn env_settings(env: &dyn Env) -> Vec<ProxySetting> {
    let mut out = Vec::new();
    for name in [
        "http_proxy",
        "https_proxy",
        "all_proxy",
        "HTTP_PROXY",
        "HTTPS_PROXY",
        "ALL_PROXY",
    ] {
        if let Some(value) = env.var(name) {
            for host in proxy_hosts(&value) {
                out.push(ProxySetting {
                    source: format!("env:{name}"),
                    host,
                });
            }
        }
    }
    out
}

fn assess(env: &dyn Env, title: Msg, allowed: &[String]) -> Finding {
    let settings = match env.os() {
        OsKind::Windows => match windows_settings(env) {
            Ok(list) => list,
            Err(e) => {
                return Finding::unknown(
                    FINDING_ID,
                    title,
                    super::reason::native("check-proxy-reason", &e),
                );
            }
        },
        OsKind::Linux | OsKind::MacOs => env_settings(env),
    };
    // A `file://` PAC, an unreadable policy and Firefox's own settings (`proxy_sources`).
    let settings = match super::proxy_sources::extra(env) {
        Ok(more) => settings.into_iter().chain(more).collect::<Vec<_>>(),
        Err(reason) => return Finding::unknown(FINDING_ID, title, reason),
    };
    let evidence = json!(
        settings
            .iter()
            .map(|s| json!({"source": s.source, "host": s.host}))
            .collect::<Vec<_>>()
    );
    let mut foreign: Vec<&str> = settings
        .iter()
        .filter(|s| !allowed_host(&s.host, allowed))
        .map(|s| s.host.as_str())
        .collect();
    foreign.dedup();
    if foreign.is_empty() {
        let summary = if settings.is_empty() {
            Msg::new("check-proxy-none")
        } else {
            Msg::new("check-proxy-organisation")
        };
        return Finding::new(FINDING_ID, Status::Ok, title, summary).evidence("proxies", evidence);
    }
    let mut f = Finding::new(
        FINDING_ID,
        Status::Warning,
        title,
        Msg::new("check-proxy-foreign").arg("hosts", foreign.join(", ")),
    )
    .advise(Msg::new("check-proxy-advice-ask"));
    if env.os() == OsKind::Windows {
        f = f
            .advise(Msg::new("check-proxy-advice-windows"))
            .action(super::Action::OpenUri {
                uri: "ms-settings:network-proxy".to_owned(),
                label: Msg::new("check-proxy-open-settings"),
            });
    }
    f.evidence("proxies", evidence)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checks::scenario::ScenarioEnv;
    use crate::checks::scenario_facts::RecordedFacts;

    fn windows(values: &[(&str, &str, RegData)]) -> ScenarioEnv {
        let mut facts = RecordedFacts::default();
        for (key, name, data) in values {
            let entry = facts
                .registry
                .entry(key.to_ascii_uppercase())
                .or_insert_with(|| Ok(RegValues::default()));
            if let Ok(v) = entry {
                v.0.push(((*name).to_owned(), data.clone()));
            }
        }
        ScenarioEnv::new(OsKind::Windows, "/x", 0).with_facts(facts)
    }

    const IS: &str = r"HKCU\Software\Microsoft\Windows\CurrentVersion\Internet Settings";

    #[test]
    fn proxy_texts_in_every_shape_give_their_hosts() {
        assert_eq!(proxy_hosts("10.1.2.3:8080"), ["10.1.2.3"]);
        assert_eq!(
            proxy_hosts("http=proxy.evil.ru:3128;https=proxy.evil.ru:3128"),
            ["proxy.evil.ru"]
        );
        assert_eq!(
            proxy_hosts("http://u:p@Proxy.Example.com:80/x.pac"),
            ["proxy.example.com"]
        );
        assert_eq!(proxy_hosts("[::1]:8888"), ["::1"]);
        assert!(proxy_hosts("  ").is_empty());
    }

    #[test]
    fn a_foreign_wininet_proxy_is_a_warning_naming_the_host() {
        let env = windows(&[
            (IS, "ProxyEnable", RegData::Number(1)),
            (IS, "ProxyServer", RegData::Text("185.22.1.9:8080".into())),
        ]);
        let f = ProxyCheck { allowed: vec![] }.run(&env).findings.remove(0);
        assert_eq!(f.status, Status::Warning);
        assert!(
            f.summary
                .args
                .contains(&("hosts".to_owned(), "185.22.1.9".into()))
        );
    }

    #[test]
    fn the_organisation_proxy_and_a_disabled_one_are_fine() {
        let env = windows(&[
            (IS, "ProxyEnable", RegData::Number(1)),
            (
                IS,
                "ProxyServer",
                RegData::Text("proxy.sotttt.namdinh.gov.vn:3128".into()),
            ),
        ]);
        let allowed = vec!["*.namdinh.gov.vn".to_owned()];
        let f = ProxyCheck { allowed }.run(&env).findings.remove(0);
        assert_eq!(f.summary.id, "check-proxy-organisation");
        let env = windows(&[
            (IS, "ProxyEnable", RegData::Number(0)),
            (IS, "ProxyServer", RegData::Text("185.22.1.9:8080".into())),
        ]);
        let f = ProxyCheck { allowed: vec![] }.run(&env).findings.remove(0);
        assert_eq!(f.summary.id, "check-proxy-none");
    }

    #[test]
    fn a_pac_url_and_a_chromium_policy_count_too() {
        let env = windows(&[
            (
                IS,
                "AutoConfigURL",
                RegData::Text("http://45.77.1.2/proxy.pac".into()),
            ),
            (
                r"HKLM\SOFTWARE\Policies\Google\Chrome",
                "ProxySettings",
                RegData::Text(
                    r#"{"ProxyMode":"fixed_servers","ProxyServer":"bad.example:1080"}"#.into(),
                ),
            ),
        ]);
        let f = ProxyCheck { allowed: vec![] }.run(&env).findings.remove(0);
        assert_eq!(f.status, Status::Warning);
        assert!(
            f.summary
                .args
                .contains(&("hosts".to_owned(), "45.77.1.2, bad.example".into()))
        );
    }

    #[test]
    fn an_unreadable_registry_is_unknown_and_linux_reads_its_variables() {
        let facts = RecordedFacts {
            default_error: Some(FactError::AccessDenied),
            ..RecordedFacts::default()
        };
        let env = ScenarioEnv::new(OsKind::Windows, "/x", 0).with_facts(facts);
        let f = ProxyCheck { allowed: vec![] }.run(&env).findings.remove(0);
        assert_eq!(f.status, Status::Unknown);
        let env = ScenarioEnv::new(OsKind::Linux, "/x", 0)
            .with_var("https_proxy", "http://10.9.9.9:3128/");
        let f = ProxyCheck { allowed: vec![] }.run(&env).findings.remove(0);
        assert_eq!(f.status, Status::Warning);
    }
}
