//! Fixture homes for tests, benches and scenario generators: real Chromium `Login Data` SQLite
//! files (schema version 41, as `login_database.cc` creates it), real `Local State` /
//! `Preferences` JSON, real Firefox `profiles.ini` and `logins.json`, written into a folder
//! that stands for a machine's disk (the layout [`ScenarioEnv`] reads).
//!
//! Compiled for this crate's tests and with the `fixtures` feature; never in the app. Builders
//! panic on I/O errors: they are test support, and a fixture that cannot be written is a
//! broken test machine.
//!
//! ```ignore
//! let home = FixtureHome::windows(tmp.path());
//! home.chromium(BrowserId::Chrome)
//!     .profile("Default")
//!     .login_data(&[Login::saved("https://dichvucong.namdinh.gov.vn/", b"v10")]);
//! home.firefox().profile("abcd.default-release").logins(&[FirefoxLogin::saved("https://mail.gov.vn")]);
//! let env = home.env(1_795_000_000);
//! ```

use std::path::{Path, PathBuf};

use rusqlite::{Connection, params};

use super::catalog::{self, BrowserId};
use crate::checks::scenario::ScenarioEnv;
use crate::checks::{Env, MachinePath, OsKind};

/// The `logins` table of Chromium's login database, schema version 41, column for column.
pub const LOGINS_SCHEMA_V41: &str = "CREATE TABLE logins (origin_url VARCHAR NOT NULL, \
    action_url VARCHAR, username_element VARCHAR, username_value VARCHAR, \
    password_element VARCHAR, password_value BLOB, submit_element VARCHAR, \
    signon_realm VARCHAR NOT NULL, date_created INTEGER NOT NULL, \
    blacklisted_by_user INTEGER NOT NULL, scheme INTEGER NOT NULL, password_type INTEGER, \
    times_used INTEGER, form_data BLOB, display_name VARCHAR, icon_url VARCHAR, \
    federation_url VARCHAR, skip_zero_click INTEGER, generation_upload_status INTEGER, \
    possible_username_pairs BLOB, id INTEGER PRIMARY KEY AUTOINCREMENT, \
    date_last_used INTEGER NOT NULL DEFAULT 0, moving_blocked_for BLOB, \
    date_password_modified INTEGER NOT NULL DEFAULT 0, sender_email VARCHAR, \
    sender_name VARCHAR, date_received INTEGER, \
    sharing_notification_displayed INTEGER NOT NULL DEFAULT 0, keychain_identifier BLOB, \
    sender_profile_image_url VARCHAR, \
    UNIQUE (origin_url, username_element, username_value, password_element, signon_realm))";

/// The other tables and indexes of a version 41 login database.
const OTHER_TABLES_V41: &str = "
    CREATE TABLE meta(key LONGVARCHAR NOT NULL UNIQUE PRIMARY KEY, value LONGVARCHAR);
    INSERT INTO meta VALUES ('mmap_status', '-1'), ('version', '41'), ('last_compatible_version', '40');
    CREATE INDEX logins_signon ON logins (signon_realm);
    CREATE TABLE insecure_credentials (parent_id INTEGER REFERENCES logins ON UPDATE CASCADE \
        ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED, insecurity_type INTEGER NOT NULL, \
        create_time INTEGER NOT NULL, is_muted INTEGER NOT NULL DEFAULT 0, \
        trigger_notification_from_backend INTEGER NOT NULL DEFAULT 0, \
        UNIQUE (parent_id, insecurity_type));
    CREATE INDEX foreign_key_index ON insecure_credentials (parent_id);
    CREATE TABLE password_notes (id INTEGER PRIMARY KEY AUTOINCREMENT, parent_id INTEGER NOT NULL \
        REFERENCES logins ON UPDATE CASCADE ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED, \
        key VARCHAR NOT NULL, value BLOB, date_created INTEGER NOT NULL, confidential INTEGER, \
        UNIQUE (parent_id, key));
    CREATE INDEX foreign_key_index_notes ON password_notes (parent_id);
    CREATE TABLE sync_entities_metadata (storage_key INTEGER PRIMARY KEY AUTOINCREMENT, \
        metadata VARCHAR NOT NULL);
    CREATE TABLE sync_model_metadata (id INTEGER PRIMARY KEY AUTOINCREMENT, \
        model_metadata VARCHAR NOT NULL);
";

/// 2026-01-01 in Chrome time (µs since 1601-01-01 UTC).
const CHROME_TIME: i64 = (1_767_225_600 + 11_644_473_600) * 1_000_000;

/// One row of `logins`.
#[derive(Clone, Debug)]
pub struct Login {
    pub origin_url: String,
    pub signon_realm: String,
    pub username_value: Vec<u8>,
    pub password_value: Vec<u8>,
    pub blacklisted_by_user: bool,
    pub federation_url: Option<String>,
}

impl Login {
    /// A saved password for `origin_url` whose encrypted value starts with `prefix` (`v10`,
    /// `v11`, `v20`, or `[1, 0, 0, 0, 0xD0, 0x8C, 0x9D, 0xDF]` for a raw DPAPI blob) followed
    /// by bytes that look random but are derived from the URL, so files regenerate identically.
    pub fn saved(origin_url: &str, prefix: &[u8]) -> Self {
        let mut password_value = prefix.to_vec();
        password_value.extend(noise(origin_url, 12 + 16 + 16));
        Self {
            origin_url: origin_url.to_owned(),
            signon_realm: realm_of(origin_url),
            username_value: Vec::new(),
            password_value,
            blacklisted_by_user: false,
            federation_url: None,
        }
    }

    /// A "Never save for this site" marker: no credential.
    pub fn never_save(origin_url: &str) -> Self {
        Self {
            blacklisted_by_user: true,
            password_value: Vec::new(),
            ..Self::saved(origin_url, b"")
        }
    }

    /// A federated login (signed in with another site): no password.
    pub fn federated(origin_url: &str, provider: &str) -> Self {
        Self {
            password_value: Vec::new(),
            federation_url: Some(provider.to_owned()),
            signon_realm: format!("federation://{}/{}", host_of(origin_url), host_of(provider)),
            ..Self::saved(origin_url, b"")
        }
    }

    pub fn username(mut self, value: &[u8]) -> Self {
        self.username_value = value.to_vec();
        self
    }

    pub fn password(mut self, value: &[u8]) -> Self {
        self.password_value = value.to_vec();
        self
    }

    pub fn realm(mut self, realm: &str) -> Self {
        self.signon_realm = realm.to_owned();
        self
    }
}

fn host_of(url: &str) -> &str {
    super::gov::raw_host(url).unwrap_or(url)
}

/// `https://host/path` → `https://host/`, as Chromium derives the realm of an HTML form.
fn realm_of(url: &str) -> String {
    match url.find("://") {
        Some(at) => {
            let rest = &url[at + 3..];
            let end = rest.find('/').unwrap_or(rest.len());
            format!("{}{}/", &url[..at + 3], &rest[..end])
        }
        None => url.to_owned(),
    }
}

/// Deterministic bytes that look random (xorshift seeded by FNV-1a of `seed`).
pub fn noise(seed: &str, len: usize) -> Vec<u8> {
    let mut state: u64 = 0xcbf2_9ce4_8422_2325;
    for b in seed.bytes() {
        state = (state ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
    }
    (0..len)
        .map(|_| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            (state >> 24) as u8
        })
        .collect()
}

/// Creates a version 41 login database at `path` (replacing any file there) holding `logins`.
pub fn write_login_db(path: &Path, logins: &[Login]) -> rusqlite::Result<()> {
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).map_err(|e| {
            rusqlite::Error::SqliteFailure(
                rusqlite::ffi::Error::new(rusqlite::ffi::SQLITE_CANTOPEN),
                Some(e.to_string()),
            )
        })?;
    }
    let _ = std::fs::remove_file(path);
    let mut conn = Connection::open(path)?;
    // A fixture need not survive a power cut; skipping fsync keeps big homes quick to build.
    conn.pragma_update(None, "synchronous", "OFF")?;
    conn.execute_batch(LOGINS_SCHEMA_V41)?;
    conn.execute_batch(OTHER_TABLES_V41)?;
    let tx = conn.transaction()?;
    {
        let mut insert = tx.prepare(
            "INSERT INTO logins (origin_url, action_url, username_element, username_value, \
             password_element, password_value, submit_element, signon_realm, date_created, \
             blacklisted_by_user, scheme, password_type, times_used, form_data, display_name, \
             icon_url, federation_url, skip_zero_click, generation_upload_status, \
             possible_username_pairs, date_last_used, moving_blocked_for, \
             date_password_modified, sender_email, sender_name, date_received, \
             sharing_notification_displayed, keychain_identifier, sender_profile_image_url) \
             VALUES (?1, ?2, 'username', ?3, 'password', ?4, '', ?5, ?6, ?7, 0, 0, 1, x'', '', \
             '', ?8, 0, 0, x'', ?6, x'', ?6, '', '', 0, 0, x'', '')",
        )?;
        for (i, login) in logins.iter().enumerate() {
            let created = CHROME_TIME + i as i64 * 1_000_000;
            insert.execute(params![
                login.origin_url,
                login.origin_url,
                login.username_value,
                login.password_value,
                login.signon_realm,
                created,
                i64::from(login.blacklisted_by_user),
                login.federation_url.clone().unwrap_or_default(),
            ])?;
        }
    }
    tx.commit()
}

/// A folder standing for a machine's disk, with one user, `lan`.
#[derive(Clone, Debug)]
pub struct FixtureHome {
    fs: PathBuf,
    os: OsKind,
}

impl FixtureHome {
    pub fn windows(fs_root: &Path) -> Self {
        Self::new(OsKind::Windows, fs_root)
    }

    pub fn linux(fs_root: &Path) -> Self {
        Self::new(OsKind::Linux, fs_root)
    }

    pub fn macos(fs_root: &Path) -> Self {
        Self::new(OsKind::MacOs, fs_root)
    }

    pub fn new(os: OsKind, fs_root: &Path) -> Self {
        Self {
            fs: fs_root.to_path_buf(),
            os,
        }
    }

    pub fn os(&self) -> OsKind {
        self.os
    }

    /// The environment variables of `lan`'s session on this OS.
    pub fn vars(&self) -> Vec<(&'static str, &'static str)> {
        match self.os {
            OsKind::Windows => vec![
                ("USERPROFILE", r"C:\Users\lan"),
                ("LOCALAPPDATA", r"C:\Users\lan\AppData\Local"),
                ("APPDATA", r"C:\Users\lan\AppData\Roaming"),
                ("ProgramFiles", r"C:\Program Files"),
                ("SystemRoot", r"C:\Windows"),
            ],
            OsKind::Linux => vec![("HOME", "/home/lan")],
            OsKind::MacOs => vec![("HOME", "/Users/lan")],
        }
    }

    /// A scenario machine over this disk with [`Self::vars`] set.
    pub fn env(&self, now_unix: i64) -> ScenarioEnv {
        let mut env = ScenarioEnv::new(self.os, &self.fs, now_unix);
        for (name, value) in self.vars() {
            env = env.with_var(name, value);
        }
        env
    }

    /// Where a machine path of this home lives in the fixture folder.
    pub fn local(&self, machine: &MachinePath) -> PathBuf {
        self.env(0).local(machine)
    }

    /// The plain install's user-data dir of a Chromium browser (the first catalog location).
    pub fn chromium(&self, browser: BrowserId) -> ChromiumHome {
        let env = self.env(0);
        let location = catalog::locations(&env)
            .ok()
            .and_then(|all| all.into_iter().find(|l| l.browser == browser))
            .expect("every browser has a location on every OS");
        ChromiumHome {
            udd: env.local(&location.root),
            os: self.os,
        }
    }

    /// A user-data dir at a machine path of this OS (a beta channel, a flatpak…).
    pub fn chromium_at(&self, machine_path: &str) -> ChromiumHome {
        let machine = MachinePath::parse(self.os, machine_path).expect("an absolute path");
        ChromiumHome {
            udd: self.local(&machine),
            os: self.os,
        }
    }

    /// The plain Firefox root (the folder holding `profiles.ini`).
    pub fn firefox(&self) -> FirefoxHome {
        let env = self.env(0);
        let location = catalog::locations(&env)
            .ok()
            .and_then(|all| all.into_iter().find(|l| l.browser == BrowserId::Firefox))
            .expect("Firefox has a location on every OS");
        FirefoxHome {
            root: env.local(&location.root),
        }
    }

    /// A Firefox root at a machine path (snap, flatpak, XDG).
    pub fn firefox_at(&self, machine_path: &str) -> FirefoxHome {
        let machine = MachinePath::parse(self.os, machine_path).expect("an absolute path");
        FirefoxHome {
            root: self.local(&machine),
        }
    }
}

/// A Chromium user-data dir in a fixture home.
#[derive(Clone, Debug)]
pub struct ChromiumHome {
    udd: PathBuf,
    os: OsKind,
}

impl ChromiumHome {
    pub fn path(&self) -> &Path {
        &self.udd
    }

    /// A profile folder with `Preferences`, registered in `Local State`'s `info_cache`.
    pub fn profile(&self, dir: &str) -> ChromiumProfile {
        let path = self.udd.join(dir);
        std::fs::create_dir_all(&path).expect("create the profile folder");
        self.register(dir);
        let profile = ChromiumProfile { dir: path };
        profile.write_preferences(None);
        profile
    }

    /// The flat layout of older Opera: the profile's files in the user-data dir itself.
    pub fn flat(&self) -> ChromiumProfile {
        std::fs::create_dir_all(&self.udd).expect("create the user-data dir");
        let profile = ChromiumProfile {
            dir: self.udd.clone(),
        };
        profile.write_preferences(None);
        profile
    }

    fn register(&self, dir: &str) {
        let file = self.udd.join(super::profiles::LOCAL_STATE);
        let mut state: serde_json::Value = std::fs::read(&file)
            .ok()
            .and_then(|b| serde_json::from_slice(&b).ok())
            .unwrap_or_else(|| self.new_local_state());
        let n = state["profile"]["info_cache"]
            .as_object()
            .map_or(0, |m| m.len());
        state["profile"]["info_cache"][dir] = serde_json::json!({
            "name": format!("Person {}", n + 1),
            "is_using_default_name": true,
            "active_time": 1_767_225_600.0,
        });
        if state["profile"]["last_used"].is_null() {
            state["profile"]["last_used"] = dir.into();
        }
        write_json(&file, &state);
    }

    fn new_local_state(&self) -> serde_json::Value {
        let mut state = serde_json::json!({
            "browser": { "enabled_labs_experiments": [] },
            "profile": { "info_cache": {}, "profiles_created": 1 },
        });
        if self.os == OsKind::Windows {
            // Shape only: base64 of "DPAPI" followed by zero bytes, not a key.
            state["os_crypt"] = serde_json::json!({ "encrypted_key": "RFBBUEkAAAAAAAAAAAAAAAAA" });
        }
        state
    }
}

/// One Chromium profile folder.
#[derive(Clone, Debug)]
pub struct ChromiumProfile {
    dir: PathBuf,
}

impl ChromiumProfile {
    pub fn path(&self) -> &Path {
        &self.dir
    }

    /// Writes `Login Data`.
    pub fn login_data(&self, logins: &[Login]) -> &Self {
        self.store("Login Data", logins)
    }

    /// Writes `Login Data For Account` (passwords saved to the Google account).
    pub fn account_data(&self, logins: &[Login]) -> &Self {
        self.store("Login Data For Account", logins)
    }

    /// Writes a login database under any file name (`Ya Passman Data`).
    pub fn store(&self, file: &str, logins: &[Login]) -> &Self {
        write_login_db(&self.dir.join(file), logins).expect("write the login database");
        self
    }

    /// Sets `credentials_enable_service` in `Preferences`.
    pub fn offer_to_save(&self, on: bool) -> &Self {
        self.write_preferences(Some(on));
        self
    }

    fn write_preferences(&self, offer: Option<bool>) {
        let mut prefs = serde_json::json!({
            "browser": { "has_seen_welcome_page": true },
            "profile": { "name": "Person 1", "exit_type": "Normal" },
            "intl": { "accept_languages": "vi,en-US,en" },
        });
        if let Some(on) = offer {
            prefs["credentials_enable_service"] = on.into();
        }
        write_json(&self.dir.join(super::profiles::PREFERENCES), &prefs);
    }
}

/// A Firefox root (the folder holding `profiles.ini`) in a fixture home.
#[derive(Clone, Debug)]
pub struct FirefoxHome {
    root: PathBuf,
}

impl FirefoxHome {
    pub fn path(&self) -> &Path {
        &self.root
    }

    /// A profile `Profiles/<dir>`, added to `profiles.ini` (the first one as the default).
    pub fn profile(&self, dir: &str) -> FirefoxProfile {
        let path = self.root.join("Profiles").join(dir);
        std::fs::create_dir_all(&path).expect("create the Firefox profile folder");
        let ini = self.root.join(super::firefox::PROFILES_INI);
        let existing = std::fs::read_to_string(&ini).unwrap_or_default();
        let n = existing.matches("[Profile").count();
        let mut text = if existing.is_empty() {
            "[General]\r\nStartWithLastProfile=1\r\nVersion=2\r\n".to_owned()
        } else {
            existing
        };
        let name = dir.split_once('.').map_or(dir, |(_, n)| n);
        text.push_str(&format!(
            "\r\n[Profile{n}]\r\nName={name}\r\nIsRelative=1\r\nPath=Profiles/{dir}\r\n"
        ));
        if n == 0 {
            text.push_str("Default=1\r\n\r\n[Install308046B0AF4A39CB]\r\n");
            text.push_str(&format!("Default=Profiles/{dir}\r\nLocked=1\r\n"));
        }
        std::fs::write(&ini, text).expect("write profiles.ini");
        let profile = FirefoxProfile { dir: path };
        profile.write_prefs(None);
        profile
    }
}

/// One Firefox profile folder.
#[derive(Clone, Debug)]
pub struct FirefoxProfile {
    dir: PathBuf,
}

/// One entry of `logins.json`.
#[derive(Clone, Debug)]
pub struct FirefoxLogin {
    pub hostname: String,
    pub deleted: bool,
    /// Stands for the base64 ASN.1 blob Firefox writes; any text.
    pub encrypted_username: String,
    pub encrypted_password: String,
}

impl FirefoxLogin {
    pub fn saved(hostname: &str) -> Self {
        let fake = |salt: &str| -> String {
            let bytes = noise(&format!("{hostname}{salt}"), 45);
            format!("MDoEEPgAAAAAAAAAAAAAAAAAAAEw{}", hex(&bytes))
        };
        Self {
            hostname: hostname.to_owned(),
            deleted: false,
            encrypted_username: fake("u"),
            encrypted_password: fake("p"),
        }
    }

    /// A login deleted on another synced device: kept as a tombstone without credentials.
    pub fn tombstone(hostname: &str) -> Self {
        Self {
            deleted: true,
            encrypted_username: String::new(),
            encrypted_password: String::new(),
            ..Self::saved(hostname)
        }
    }

    /// The Firefox Account's own entry.
    pub fn firefox_account() -> Self {
        Self::saved("chrome://FirefoxAccounts")
    }

    pub fn encrypted(mut self, username: &str, password: &str) -> Self {
        self.encrypted_username = username.to_owned();
        self.encrypted_password = password.to_owned();
        self
    }
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

impl FirefoxProfile {
    pub fn path(&self) -> &Path {
        &self.dir
    }

    /// Writes `logins.json` in the shape `storage-json.sys.mjs` keeps.
    pub fn logins(&self, logins: &[FirefoxLogin]) -> &Self {
        let entries: Vec<serde_json::Value> = logins
            .iter()
            .enumerate()
            .map(|(i, l)| {
                let guid = format!("{{{}}}", hex(&noise(&format!("{}{i}", l.hostname), 16)));
                if l.deleted {
                    serde_json::json!({
                        "id": i + 1, "hostname": l.hostname, "guid": guid, "deleted": true,
                        "timeCreated": 1_767_225_600_000_i64, "syncCounter": 0, "everSynced": true,
                    })
                } else {
                    let realm = (l.hostname == "chrome://FirefoxAccounts")
                        .then_some("Firefox Accounts credentials");
                    serde_json::json!({
                        "id": i + 1, "hostname": l.hostname, "httpRealm": realm,
                        "formSubmitURL": if realm.is_some() { None } else { Some(&l.hostname) },
                        "usernameField": "username", "passwordField": "password",
                        "encryptedUsername": l.encrypted_username,
                        "encryptedPassword": l.encrypted_password,
                        "guid": guid, "encType": 1,
                        "timeCreated": 1_767_225_600_000_i64, "timeLastUsed": 1_767_225_600_000_i64,
                        "timePasswordChanged": 1_767_225_600_000_i64, "timesUsed": 1,
                        "syncCounter": 0, "everSynced": false, "encryptedUnknownFields": null,
                    })
                }
            })
            .collect();
        let doc = serde_json::json!({
            "nextId": logins.len() + 1,
            "logins": entries,
            "potentiallyVulnerablePasswords": [],
            "dismissedBreachAlertsByLoginGUID": {},
            "version": 3,
        });
        write_json(&self.dir.join(super::firefox::LOGINS_JSON), &doc);
        self
    }

    /// Sets `signon.rememberSignons` in `prefs.js`.
    pub fn remember_signons(&self, on: bool) -> &Self {
        self.write_prefs(Some(on));
        self
    }

    fn write_prefs(&self, remember: Option<bool>) {
        let mut text = String::from(
            "// Mozilla User Preferences\n\n\
             user_pref(\"browser.startup.homepage_override.mstone\", \"140.0\");\n",
        );
        if let Some(on) = remember {
            text.push_str(&format!("user_pref(\"signon.rememberSignons\", {on});\n"));
        }
        std::fs::write(self.dir.join("prefs.js"), text).expect("write prefs.js");
    }
}

fn write_json(path: &Path, value: &serde_json::Value) {
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).expect("create the folder");
    }
    let text = serde_json::to_string(value).expect("JSON values serialize");
    std::fs::write(path, text).expect("write the JSON file");
}
