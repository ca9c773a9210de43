//! Which browsers keep saved passwords where, on each OS.
//!
//! Paths from `../shared/reference/machine-checks.md` C3 and C7 (Chromium's
//! `docs/user_data_dir.md`, HackBrowserData and LaZagne path lists, Cốc Cốc install scripts,
//! Firefox snap/flatpak/XDG layouts). A location that does not exist costs one failed `stat`.

use serde::Serialize;

use super::super::{Env, MachinePath, OsKind};

/// A browser, by the stable id the JSON report uses.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum BrowserId {
    Chrome,
    Edge,
    #[serde(rename = "coccoc")]
    CocCoc,
    Brave,
    Opera,
    Vivaldi,
    Chromium,
    Yandex,
    Firefox,
}

/// How a browser stores its saved passwords.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Engine {
    /// `Login Data` + `Login Data For Account` SQLite files per profile.
    Chromium,
    /// Chromium layout, but passwords in `Ya Passman Data` with Yandex's own encryption:
    /// counted, protection not judged.
    Yandex,
    /// `profiles.ini` + `logins.json`.
    Firefox,
}

impl BrowserId {
    pub const ALL: [BrowserId; 9] = [
        BrowserId::Chrome,
        BrowserId::Edge,
        BrowserId::CocCoc,
        BrowserId::Brave,
        BrowserId::Opera,
        BrowserId::Vivaldi,
        BrowserId::Chromium,
        BrowserId::Yandex,
        BrowserId::Firefox,
    ];

    /// Stable id (`check-browsers-browser-name` selects the display name on it).
    pub fn code(self) -> &'static str {
        match self {
            BrowserId::Chrome => "chrome",
            BrowserId::Edge => "edge",
            BrowserId::CocCoc => "coccoc",
            BrowserId::Brave => "brave",
            BrowserId::Opera => "opera",
            BrowserId::Vivaldi => "vivaldi",
            BrowserId::Chromium => "chromium",
            BrowserId::Yandex => "yandex",
            BrowserId::Firefox => "firefox",
        }
    }

    pub fn engine(self) -> Engine {
        match self {
            BrowserId::Yandex => Engine::Yandex,
            BrowserId::Firefox => Engine::Firefox,
            _ => Engine::Chromium,
        }
    }
}

/// Where one browser (channel) keeps its profiles: a Chromium user-data dir, or the Firefox
/// folder holding `profiles.ini`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Location {
    pub browser: BrowserId,
    /// Channel or packaging when it is not the plain install: `beta`, `dev`, `canary`, `gx`,
    /// `snap`, `flatpak`. Part of finding ids so two channels' `Default` profiles differ.
    pub variant: Option<&'static str>,
    pub root: MachinePath,
    /// Only a location when it holds `Local State` (a path a popular tool gets one level too
    /// high; gotcha 8).
    pub needs_local_state: bool,
}

/// Folder bases the tables below are relative to.
#[derive(Clone, Copy)]
enum Base {
    /// `%LOCALAPPDATA%` (or `%USERPROFILE%\AppData\Local`).
    LocalAppData,
    /// `%APPDATA%` (or `%USERPROFILE%\AppData\Roaming`).
    RoamingAppData,
    /// `~/Library/Application Support`.
    MacSupport,
    /// `$XDG_CONFIG_HOME`, and `~/.config` too when that differs.
    Config,
    /// `$CHROME_CONFIG_HOME` (Chrome and Chromium on Linux), when set.
    ChromeConfig,
    /// The home folder.
    Home,
}

type Row = (BrowserId, Option<&'static str>, Base, &'static str);

#[rustfmt::skip]
const WINDOWS: &[Row] = &[
    (BrowserId::Chrome, None, Base::LocalAppData, "Google/Chrome/User Data"),
    (BrowserId::Chrome, Some("beta"), Base::LocalAppData, "Google/Chrome Beta/User Data"),
    (BrowserId::Chrome, Some("canary"), Base::LocalAppData, "Google/Chrome SxS/User Data"),
    (BrowserId::Edge, None, Base::LocalAppData, "Microsoft/Edge/User Data"),
    (BrowserId::Edge, Some("beta"), Base::LocalAppData, "Microsoft/Edge Beta/User Data"),
    (BrowserId::Edge, Some("dev"), Base::LocalAppData, "Microsoft/Edge Dev/User Data"),
    (BrowserId::Edge, Some("canary"), Base::LocalAppData, "Microsoft/Edge SxS/User Data"),
    (BrowserId::CocCoc, None, Base::LocalAppData, "CocCoc/Browser/User Data"),
    (BrowserId::Brave, None, Base::LocalAppData, "BraveSoftware/Brave-Browser/User Data"),
    // Opera lives in Roaming, and older versions keep the profile in that folder itself.
    (BrowserId::Opera, None, Base::RoamingAppData, "Opera Software/Opera Stable"),
    (BrowserId::Opera, Some("gx"), Base::RoamingAppData, "Opera Software/Opera GX Stable"),
    (BrowserId::Vivaldi, None, Base::LocalAppData, "Vivaldi/User Data"),
    (BrowserId::Chromium, None, Base::LocalAppData, "Chromium/User Data"),
    (BrowserId::Yandex, None, Base::LocalAppData, "Yandex/YandexBrowser/User Data"),
    // Logins live in the Roaming profile; only caches are under Local.
    (BrowserId::Firefox, None, Base::RoamingAppData, "Mozilla/Firefox"),
];

#[rustfmt::skip]
const MACOS: &[Row] = &[
    (BrowserId::Chrome, None, Base::MacSupport, "Google/Chrome"),
    (BrowserId::Chrome, Some("beta"), Base::MacSupport, "Google/Chrome Beta"),
    (BrowserId::Chrome, Some("canary"), Base::MacSupport, "Google/Chrome Canary"),
    (BrowserId::Edge, None, Base::MacSupport, "Microsoft Edge"),
    (BrowserId::Edge, Some("beta"), Base::MacSupport, "Microsoft Edge Beta"),
    (BrowserId::Edge, Some("dev"), Base::MacSupport, "Microsoft Edge Dev"),
    (BrowserId::Edge, Some("canary"), Base::MacSupport, "Microsoft Edge Canary"),
    (BrowserId::CocCoc, None, Base::MacSupport, "CocCoc/Browser"),
    (BrowserId::Brave, None, Base::MacSupport, "BraveSoftware/Brave-Browser"),
    (BrowserId::Opera, None, Base::MacSupport, "com.operasoftware.Opera"),
    (BrowserId::Opera, Some("gx"), Base::MacSupport, "com.operasoftware.OperaGX"),
    (BrowserId::Vivaldi, None, Base::MacSupport, "Vivaldi"),
    (BrowserId::Chromium, None, Base::MacSupport, "Chromium"),
    (BrowserId::Yandex, None, Base::MacSupport, "Yandex/YandexBrowser"),
    (BrowserId::Firefox, None, Base::MacSupport, "Firefox"),
];

#[rustfmt::skip]
const LINUX: &[Row] = &[
    (BrowserId::Chrome, None, Base::Config, "google-chrome"),
    (BrowserId::Chrome, None, Base::ChromeConfig, "google-chrome"),
    (BrowserId::Chrome, Some("beta"), Base::Config, "google-chrome-beta"),
    (BrowserId::Chrome, Some("dev"), Base::Config, "google-chrome-unstable"),
    (BrowserId::Chrome, Some("flatpak"), Base::Home, ".var/app/com.google.Chrome/config/google-chrome"),
    (BrowserId::Edge, None, Base::Config, "microsoft-edge"),
    (BrowserId::Edge, Some("beta"), Base::Config, "microsoft-edge-beta"),
    (BrowserId::Edge, Some("dev"), Base::Config, "microsoft-edge-dev"),
    (BrowserId::Edge, Some("flatpak"), Base::Home, ".var/app/com.microsoft.Edge/config/microsoft-edge"),
    // Observed in user scripts; not confirmed by Cốc Cốc.
    (BrowserId::CocCoc, None, Base::Config, "coccoc-browser"),
    (BrowserId::Brave, None, Base::Config, "BraveSoftware/Brave-Browser"),
    (BrowserId::Brave, Some("snap"), Base::Home, "snap/brave/current/.config/BraveSoftware/Brave-Browser"),
    (BrowserId::Brave, Some("flatpak"), Base::Home, ".var/app/com.brave.Browser/config/BraveSoftware/Brave-Browser"),
    (BrowserId::Opera, None, Base::Config, "opera"),
    (BrowserId::Vivaldi, None, Base::Config, "vivaldi"),
    (BrowserId::Chromium, None, Base::Config, "chromium"),
    (BrowserId::Chromium, None, Base::ChromeConfig, "chromium"),
    (BrowserId::Chromium, Some("snap"), Base::Home, "snap/chromium/common/chromium"),
    (BrowserId::Chromium, Some("flatpak"), Base::Home, ".var/app/org.chromium.Chromium/config/chromium"),
    (BrowserId::Yandex, None, Base::Config, "yandex-browser"),
    (BrowserId::Firefox, None, Base::Home, ".mozilla/firefox"),
    // Firefox 147+ uses XDG folders for new installs; older profiles stay in ~/.mozilla.
    (BrowserId::Firefox, None, Base::Config, "mozilla/firefox"),
    (BrowserId::Firefox, Some("snap"), Base::Home, "snap/firefox/common/.mozilla/firefox"),
    (BrowserId::Firefox, Some("snap"), Base::Home, "snap/firefox/common/.config/mozilla/firefox"),
    (BrowserId::Firefox, Some("flatpak"), Base::Home, ".var/app/org.mozilla.firefox/.mozilla/firefox"),
    (BrowserId::Firefox, Some("flatpak"), Base::Home, ".var/app/org.mozilla.firefox/.config/mozilla/firefox"),
];

/// Every location to probe on this machine, in report order; `Err(variable)` when the home
/// folder itself is unknown.
pub fn locations(env: &dyn Env) -> Result<Vec<Location>, &'static str> {
    let os = env.os();
    let home = env.home().ok_or(match os {
        OsKind::Windows => "USERPROFILE",
        OsKind::Linux | OsKind::MacOs => "HOME",
    })?;
    let bases = |base: Base| -> Vec<MachinePath> {
        match base {
            Base::LocalAppData => vec![
                env.path_var("LOCALAPPDATA")
                    .unwrap_or_else(|| home.join("AppData/Local")),
            ],
            Base::RoamingAppData => vec![
                env.path_var("APPDATA")
                    .unwrap_or_else(|| home.join("AppData/Roaming")),
            ],
            Base::MacSupport => vec![home.join("Library/Application Support")],
            Base::Config => {
                let dot_config = home.join(".config");
                match env.path_var("XDG_CONFIG_HOME") {
                    Some(xdg) if xdg != dot_config => vec![xdg, dot_config],
                    _ => vec![dot_config],
                }
            }
            Base::ChromeConfig => env.path_var("CHROME_CONFIG_HOME").into_iter().collect(),
            Base::Home => vec![home.clone()],
        }
    };
    let table = match os {
        OsKind::Windows => WINDOWS,
        OsKind::MacOs => MACOS,
        OsKind::Linux => LINUX,
    };
    let mut out: Vec<Location> = Vec::new();
    for &(browser, variant, base, relative) in table {
        for root in bases(base) {
            let root = root.join(relative);
            if !out.iter().any(|l| l.root == root) {
                out.push(Location {
                    browser,
                    variant,
                    root,
                    needs_local_state: false,
                });
            }
        }
    }
    if os == OsKind::MacOs {
        // Homebrew's cask and HackBrowserData name the parent folder; on a case-insensitive
        // disk it is the same folder as `CocCoc`, so it counts only if it is itself a
        // user-data dir.
        let at = out
            .iter()
            .position(|l| l.browser == BrowserId::CocCoc)
            .map_or(out.len(), |i| i + 1);
        out.insert(
            at,
            Location {
                browser: BrowserId::CocCoc,
                variant: None,
                root: home.join("Library/Application Support/Coccoc"),
                needs_local_state: true,
            },
        );
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checks::scenario::ScenarioEnv;

    fn roots(env: &dyn Env, browser: BrowserId) -> Vec<String> {
        locations(env)
            .unwrap()
            .into_iter()
            .filter(|l| l.browser == browser)
            .map(|l| l.root.to_string())
            .collect()
    }

    #[test]
    fn windows_locations_use_local_and_roaming_app_data() {
        let env = ScenarioEnv::new(OsKind::Windows, "/x", 0)
            .with_var("USERPROFILE", r"C:\Users\lan")
            .with_var("LOCALAPPDATA", r"C:\Users\lan\AppData\Local")
            .with_var("APPDATA", r"D:\Roaming");
        assert_eq!(
            roots(&env, BrowserId::CocCoc),
            [r"C:\Users\lan\AppData\Local\CocCoc\Browser\User Data"]
        );
        assert_eq!(
            roots(&env, BrowserId::Opera),
            [
                r"D:\Roaming\Opera Software\Opera Stable",
                r"D:\Roaming\Opera Software\Opera GX Stable"
            ]
        );
        assert_eq!(
            roots(&env, BrowserId::Firefox),
            [r"D:\Roaming\Mozilla\Firefox"]
        );
    }

    #[test]
    fn windows_without_app_data_variables_falls_back_to_the_profile_folder() {
        let env =
            ScenarioEnv::new(OsKind::Windows, "/x", 0).with_var("USERPROFILE", r"C:\Users\lan");
        assert_eq!(
            roots(&env, BrowserId::Chrome)[0],
            r"C:\Users\lan\AppData\Local\Google\Chrome\User Data"
        );
        assert_eq!(
            roots(&env, BrowserId::Opera)[0],
            r"C:\Users\lan\AppData\Roaming\Opera Software\Opera Stable"
        );
    }

    #[test]
    fn linux_locations_include_xdg_snap_and_flatpak_firefox() {
        let env = ScenarioEnv::new(OsKind::Linux, "/x", 0)
            .with_var("HOME", "/home/lan")
            .with_var("XDG_CONFIG_HOME", "/home/lan/cfg");
        assert_eq!(
            roots(&env, BrowserId::Firefox),
            [
                "/home/lan/.mozilla/firefox",
                "/home/lan/cfg/mozilla/firefox",
                "/home/lan/.config/mozilla/firefox",
                "/home/lan/snap/firefox/common/.mozilla/firefox",
                "/home/lan/snap/firefox/common/.config/mozilla/firefox",
                "/home/lan/.var/app/org.mozilla.firefox/.mozilla/firefox",
                "/home/lan/.var/app/org.mozilla.firefox/.config/mozilla/firefox",
            ]
        );
        assert_eq!(
            roots(&env, BrowserId::CocCoc),
            [
                "/home/lan/cfg/coccoc-browser",
                "/home/lan/.config/coccoc-browser"
            ]
        );
    }

    #[test]
    fn macos_probes_both_coc_coc_folders() {
        let env = ScenarioEnv::new(OsKind::MacOs, "/x", 0).with_var("HOME", "/Users/lan");
        let all = locations(&env).unwrap();
        let coccoc: Vec<_> = all
            .iter()
            .filter(|l| l.browser == BrowserId::CocCoc)
            .collect();
        assert_eq!(coccoc.len(), 2);
        assert!(!coccoc[0].needs_local_state);
        assert_eq!(
            coccoc[1].root.to_string(),
            "/Users/lan/Library/Application Support/Coccoc"
        );
        assert!(coccoc[1].needs_local_state);
    }

    #[test]
    fn no_home_is_an_error_naming_the_variable() {
        let env = ScenarioEnv::new(OsKind::Linux, "/x", 0);
        assert_eq!(locations(&env), Err("HOME"));
    }
}
