//! Walks every browser location of the machine through `Env` and reads each profile's stores.
//!
//! Every file is read through [`crate::outside`]: regular files only, capped, within a time
//! budget. Each profile has its own budget, so one bad profile (a stalled share, a hostile store)
//! makes that profile unknown and leaves the others' findings standing; the whole walk has a
//! budget below the runner's per-check timeout, so the check itself always answers.

use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::time::Duration;

use super::super::{Env, MachinePath, OsKind};
use super::StoreFact;
use super::catalog::{self, BrowserId, Engine, Location};
use super::chromium_db::{self, PrefixRule};
use super::firefox;
use super::prefs::{self, Policy, PolicyLookup, WindowsPolicies};
use super::profiles::{self, ProfileDir};
use super::sites::KnownSites;
use super::tally::{StoreCount, StoreError};
use crate::Msg;
use crate::outside::{self, Deadline, ReadError, cap};

/// What one profile may take: its folder listing, stores and preference files together.
pub(super) const PROFILE_BUDGET: Duration = Duration::from_secs(10);
/// What the whole walk may take, kept under the runner's 60 s per-check timeout so the check
/// reports what it found instead of being cut off.
pub(super) const SCAN_BUDGET: Duration = Duration::from_secs(45);

/// Everything found on the machine.
#[derive(Debug, Default)]
pub(super) struct Scan {
    pub profiles: Vec<ScannedProfile>,
    /// Locations that exist but could not be listed (no profile can be named).
    pub problems: Vec<LocationProblem>,
}

#[derive(Debug)]
pub(super) struct ScannedProfile {
    pub browser: BrowserId,
    pub variant: Option<&'static str>,
    pub name: String,
    pub count: StoreCount,
    pub stores: Vec<StoreFact>,
    /// Why some store or file of this profile could not be read.
    pub problems: Vec<Msg>,
    pub saving_offered: Option<bool>,
    pub policy_checked: bool,
}

#[derive(Debug)]
pub(super) struct LocationProblem {
    pub browser: BrowserId,
    pub variant: Option<&'static str>,
    pub reason: Msg,
}

const CHROMIUM_STORES: &[&str] = &["Login Data", "Login Data For Account"];
const YANDEX_STORES: &[&str] = &["Ya Passman Data"];

/// The earlier of "`budget` from now" and the walk's own deadline.
fn profile_deadline(walk: &Deadline) -> Deadline {
    walk.min(Deadline::after(PROFILE_BUDGET))
}

/// Scans the machine, weighing saved sites against `sites`; `Err(variable)` when the home
/// folder is unknown.
pub(super) fn scan(env: &dyn Env, sites: &KnownSites) -> Result<Scan, &'static str> {
    scan_within(env, sites, SCAN_BUDGET)
}

pub(super) fn scan_within(
    env: &dyn Env,
    sites: &KnownSites,
    budget: Duration,
) -> Result<Scan, &'static str> {
    let walk = Deadline::after(budget);
    let locations = catalog::locations(env)?;
    let mut policies = Policies::new(env);
    let mut scan = Scan::default();
    let mut seen: HashSet<PathBuf> = HashSet::new();
    for location in &locations {
        let local = env.local(&location.root);
        // The same folder reached twice (a symlink, `$XDG_CONFIG_HOME` = `~/.config`, a
        // case-insensitive disk) is counted once.
        if let Ok(real) = std::fs::canonicalize(&local)
            && !seen.insert(real)
        {
            continue;
        }
        let scan_location: ScanLocation = match location.browser.engine() {
            Engine::Chromium | Engine::Yandex => scan_chromium,
            Engine::Firefox => scan_firefox,
        };
        scan_location(
            env,
            sites,
            location,
            &local,
            &mut policies,
            &mut scan,
            &walk,
        );
    }
    Ok(scan)
}

/// How one browser location is walked: its profiles found, each read into `scan`.
type ScanLocation =
    fn(&dyn Env, &KnownSites, &Location, &Path, &mut Policies, &mut Scan, &Deadline);

/// The reason for a file or folder of the checked machine that could not be read.
fn unreadable(path: &MachinePath, error: &ReadError) -> Msg {
    error.reason(&path.to_string())
}

fn scan_chromium(
    env: &dyn Env,
    sites: &KnownSites,
    location: &Location,
    local: &Path,
    policies: &mut Policies,
    scan: &mut Scan,
    walk: &Deadline,
) {
    if location.needs_local_state && !profiles::exists(&local.join(profiles::LOCAL_STATE)) {
        return;
    }
    let dirs = match profiles::chromium_profiles(&location.root, local, &profile_deadline(walk)) {
        Ok(dirs) => dirs,
        Err(e) => {
            scan.problems.push(LocationProblem {
                browser: location.browser,
                variant: location.variant,
                reason: unreadable(&location.root, &e),
            });
            return;
        }
    };
    for dir in dirs {
        let deadline = profile_deadline(walk);
        let profile = scan_chromium_profile(env, sites, location, &dir, policies, &deadline);
        scan.profiles.push(profile);
    }
}

fn scan_chromium_profile(
    env: &dyn Env,
    sites: &KnownSites,
    location: &Location,
    dir: &ProfileDir,
    policies: &mut Policies,
    deadline: &Deadline,
) -> ScannedProfile {
    let yandex = location.browser.engine() == Engine::Yandex;
    let (files, rule) = if yandex {
        (YANDEX_STORES, PrefixRule::CountOnly)
    } else {
        (CHROMIUM_STORES, PrefixRule::Chromium(env.os()))
    };
    let mut profile = ScannedProfile {
        browser: location.browser,
        variant: location.variant,
        name: dir.name.clone(),
        count: StoreCount::default(),
        stores: Vec::new(),
        problems: Vec::new(),
        saving_offered: None,
        policy_checked: false,
    };
    for file in files {
        let machine = dir.machine.join(file);
        match chromium_db::read_login_store(&dir.local.join(file), rule, sites, deadline) {
            Ok(None) => {}
            Ok(Some(count)) => {
                profile.count.merge(&count);
                profile.stores.push(StoreFact {
                    file,
                    saved_logins: Some(count.saved),
                });
            }
            Err(e) => {
                profile.problems.push(store_reason(&machine, &e));
                profile.stores.push(StoreFact {
                    file,
                    saved_logins: None,
                });
            }
        }
    }
    if !yandex {
        // A missing or damaged `Preferences` means the browser's defaults (saving on).
        let user = outside::read_by(&dir.local.join(profiles::PREFERENCES), cap::SMALL, deadline)
            .ok()
            .and_then(|bytes| prefs::parse_chromium_preferences(&bytes).ok())
            .and_then(|p| p.user_setting());
        let policy = policies.chromium(location.browser);
        profile.saving_offered = Some(prefs::saving_offered(policy, user));
        profile.policy_checked = matches!(policy, PolicyLookup::Known(_));
    }
    profile
}

fn store_reason(path: &MachinePath, error: &StoreError) -> Msg {
    let with_detail = |id: &str, detail: String| {
        Msg::new(id)
            .arg("path", path.to_string())
            .arg("detail", detail)
    };
    let plain = |id: &str| Msg::new(id).arg("path", path.to_string());
    match error {
        StoreError::Read(e) => unreadable(path, e),
        StoreError::Empty => plain("check-browsers-reason-db-empty"),
        StoreError::Corrupt(d) => with_detail("check-browsers-reason-db-corrupt", d.clone()),
        StoreError::Schema(d) => with_detail("check-browsers-reason-db-schema", d.clone()),
        StoreError::OddValues(column) => {
            with_detail("check-browsers-reason-db-odd-values", (*column).to_owned())
        }
        StoreError::Changing => plain("check-browsers-reason-db-changing"),
        StoreError::InUse => plain("check-browsers-reason-db-in-use"),
        StoreError::Sqlite(d) => with_detail("check-browsers-reason-db-other", d.clone()),
    }
}

fn scan_firefox(
    env: &dyn Env,
    sites: &KnownSites,
    location: &Location,
    local: &Path,
    policies: &mut Policies,
    scan: &mut Scan,
    walk: &Deadline,
) {
    let os = env.os();
    let mut dirs: Vec<(MachinePath, PathBuf)> = Vec::new();
    let mut known: HashSet<PathBuf> = HashSet::new();
    let ini_machine = location.root.join(firefox::PROFILES_INI);
    let listing = profile_deadline(walk);
    match outside::read_by(&local.join(firefox::PROFILES_INI), cap::SMALL, &listing) {
        Ok(bytes) => match firefox::parse_profiles_ini(&String::from_utf8_lossy(&bytes)) {
            Ok(list) => {
                for entry in list {
                    let machine = if entry.is_relative {
                        Some(location.root.join(&entry.path))
                    } else {
                        MachinePath::parse(os, &entry.path)
                    };
                    if let Some(machine) = machine {
                        let local = env.local(&machine);
                        // Count every profile whose folder exists, default or not.
                        if profiles::exists(&local) && known.insert(local.clone()) {
                            dirs.push((machine, local));
                        }
                    }
                }
            }
            Err(e) => scan.problems.push(LocationProblem {
                browser: location.browser,
                variant: location.variant,
                reason: e.reason(&ini_machine.to_string()),
            }),
        },
        Err(e) if e.is_not_found() => {}
        Err(e) => scan.problems.push(LocationProblem {
            browser: location.browser,
            variant: location.variant,
            reason: unreadable(&ini_machine, &e),
        }),
    }
    // Profiles a stealer would glob even if `profiles.ini` forgot them.
    let profiles_dir = location.root.join("Profiles");
    match outside::list_dir(&env.local(&profiles_dir), cap::ENTRIES, &listing) {
        Ok(entries) => {
            let extra: Vec<(MachinePath, PathBuf)> = entries
                .into_iter()
                .filter(|e| profiles::exists(&e.path.join(firefox::LOGINS_JSON)))
                .filter(|e| !known.contains(&e.path))
                .map(|e| (profiles_dir.join(&e.name.to_string_lossy()), e.path))
                .collect();
            dirs.extend(extra);
        }
        Err(e) if e.is_not_found() => {}
        Err(e) => scan.problems.push(LocationProblem {
            browser: location.browser,
            variant: location.variant,
            reason: unreadable(&profiles_dir, &e),
        }),
    }
    for (machine, local) in dirs {
        scan.profiles.push(scan_firefox_profile(
            sites,
            location,
            &machine,
            &local,
            policies,
            &profile_deadline(walk),
        ));
    }
}

fn scan_firefox_profile(
    sites: &KnownSites,
    location: &Location,
    machine: &MachinePath,
    local: &Path,
    policies: &mut Policies,
    deadline: &Deadline,
) -> ScannedProfile {
    let name = match local.file_name() {
        Some(n) => n.to_string_lossy().into_owned(),
        None => machine.file_name().unwrap_or_default().to_owned(),
    };
    let mut profile = ScannedProfile {
        browser: location.browser,
        variant: location.variant,
        name,
        count: StoreCount::default(),
        stores: Vec::new(),
        problems: Vec::new(),
        saving_offered: None,
        policy_checked: false,
    };
    let logins_machine = machine.join(firefox::LOGINS_JSON);
    match outside::read_by(&local.join(firefox::LOGINS_JSON), cap::STORE, deadline) {
        Ok(bytes) => match firefox::parse_logins_json(&bytes, sites) {
            Ok(count) => {
                profile.stores.push(StoreFact {
                    file: firefox::LOGINS_JSON,
                    saved_logins: Some(count.saved),
                });
                profile.count = count;
            }
            Err(e) => {
                profile.stores.push(StoreFact {
                    file: firefox::LOGINS_JSON,
                    saved_logins: None,
                });
                profile.problems.push(e.reason(&logins_machine.to_string()));
            }
        },
        Err(e) if e.is_not_found() => {
            // No `logins.json` is no saved login — unless the folder itself is unreadable.
            if let Err(e) = outside::list_dir(local, cap::ENTRIES, deadline) {
                profile.problems.push(unreadable(machine, &e));
            }
        }
        Err(e) => {
            profile.stores.push(StoreFact {
                file: firefox::LOGINS_JSON,
                saved_logins: None,
            });
            profile.problems.push(unreadable(&logins_machine, &e));
        }
    }
    // `user.js` is applied after `prefs.js` at start-up, so it wins.
    let user = ["prefs.js", "user.js"]
        .iter()
        .filter_map(|f| outside::read_by(&local.join(f), cap::SMALL, deadline).ok())
        .filter_map(|bytes| prefs::parse_prefs_js(&String::from_utf8_lossy(&bytes)))
        .next_back();
    let policy = policies.firefox();
    profile.saving_offered = Some(prefs::saving_offered(policy, user));
    profile.policy_checked = matches!(policy, PolicyLookup::Known(_));
    profile
}

/// Policies, read once per run and only when a profile needs them.
struct Policies<'a> {
    env: &'a dyn Env,
    windows: Option<Option<WindowsPolicies>>,
    linux: Vec<(BrowserId, PolicyLookup)>,
    firefox_files: Option<PolicyLookup>,
}

impl<'a> Policies<'a> {
    fn new(env: &'a dyn Env) -> Self {
        Self {
            env,
            windows: None,
            linux: Vec::new(),
            firefox_files: None,
        }
    }

    /// The registry policies, or `None` when a key could not be read.
    fn windows(&mut self) -> Option<&WindowsPolicies> {
        let env = self.env;
        self.windows
            .get_or_insert_with(|| prefs::read_windows_policies(env))
            .as_ref()
    }

    fn chromium(&mut self, browser: BrowserId) -> PolicyLookup {
        match self.env.os() {
            OsKind::Windows => match self.windows() {
                Some(p) => PolicyLookup::Known(p.policy(browser)),
                None => PolicyLookup::Unknown,
            },
            OsKind::Linux => {
                if let Some((_, p)) = self.linux.iter().find(|(b, _)| *b == browser) {
                    return *p;
                }
                let p = prefs::linux_chromium_policy(self.env, browser);
                self.linux.push((browser, p));
                p
            }
            // Managed preferences are binary plists; not read.
            OsKind::MacOs => PolicyLookup::Unknown,
        }
    }

    fn firefox(&mut self) -> PolicyLookup {
        let env = self.env;
        let files = *self
            .firefox_files
            .get_or_insert_with(|| prefs::firefox_file_policy(env));
        let registry = match env.os() {
            OsKind::Windows => match self.windows() {
                Some(p) => PolicyLookup::Known(p.policy(BrowserId::Firefox)),
                None => PolicyLookup::Unknown,
            },
            OsKind::Linux | OsKind::MacOs => PolicyLookup::Known(Policy::default()),
        };
        prefs::merge_lookups(files, registry)
    }
}
