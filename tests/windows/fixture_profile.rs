//! Writes the Windows user profile the Wine test checks: real-format browser stores at their
//! Windows places for a user whose name has Vietnamese letters and a space, and a
//! `scenario.toml` over the same files, so the Linux CLI can check the very same stores
//! (`tukiem-cli check --scenario OUT`) and the two counts can be compared.
//!
//! `cargo run -p tukiem-core --example windows_fixture_profile -- OUT`
//!
//! OUT/fs/C/Users/<user>/AppData/… holds Chrome (two profiles, `v10` and `v20` app-bound rows,
//! the account store), Edge (one profile whose `Login Data` is corrupt), Cốc Cốc, Brave and
//! Firefox. The Wine test copies OUT/fs/C/Users/<user> into its prefix and points Wine's known
//! folders there. Values are fake and deterministic.

use std::path::{Path, PathBuf};

use tukiem_core::checks::browsers::fixtures::{FirefoxLogin, FixtureHome, Login};

/// The Windows user: Vietnamese letters (in NFC, as Windows keeps them) and spaces.
const USER: &str = "Nguyễn Thị Lan Anh";

fn main() -> std::io::Result<()> {
    let Some(out) = std::env::args_os().nth(1).map(PathBuf::from) else {
        eprintln!("usage: windows_fixture_profile OUT");
        std::process::exit(2);
    };
    let fs = out.join("fs");
    if fs.exists() {
        std::fs::remove_dir_all(&fs)?;
    }
    std::fs::create_dir_all(&fs)?;
    write_stores(&fs)?;
    std::fs::write(out.join("scenario.toml"), scenario_toml())?;
    println!("{USER}");
    Ok(())
}

fn local(rest: &str) -> String {
    format!(r"C:\Users\{USER}\AppData\Local\{rest}")
}

fn write_stores(fs: &Path) -> std::io::Result<()> {
    let home = FixtureHome::windows(fs);

    let chrome = home.chromium_at(&local(r"Google\Chrome\User Data"));
    chrome
        .profile("Default")
        .login_data(&[
            Login::saved("https://dichvucong.namdinh.gov.vn/dang-nhap", b"v10")
                .username(b"lan.ubndxa"),
            Login::saved("https://qlvb.namdinh.gov.vn/", b"v20").username(b"lannt"),
            Login::saved("https://www.facebook.com/", b"v20"),
            Login::never_save("https://www.vietcombank.com.vn/"),
        ])
        .account_data(&[Login::saved("https://mail.namdinh.gov.vn/owa/", b"v20")]);
    chrome
        .profile("Profile 1")
        .login_data(&[Login::saved("https://id.zalo.me/", b"v20")]);

    let edge = home.chromium_at(&local(r"Microsoft\Edge\User Data"));
    edge.profile("Default").login_data(&[
        Login::saved("https://mail.namdinh.gov.vn/owa/", b"v10"),
        Login::saved("https://login.microsoftonline.com/", b"v10"),
    ]);
    // One corrupt store: the check must say it could not read it, and read the others.
    let broken = edge.profile("Profile 2");
    std::fs::write(
        broken.path().join("Login Data"),
        b"SQLite format 3\0 this file was cut short by a crash",
    )?;

    home.chromium_at(&local(r"CocCoc\Browser\User Data"))
        .profile("Default")
        .login_data(&[
            Login::saved(
                "https://dichvucong.gov.vn/p/home/dvc-dang-nhap.html",
                b"v10",
            ),
            Login::saved("https://hoadondientu.gdt.gov.vn/", b"v10"),
            Login::saved("https://vnexpress.net/", b"v10"),
        ]);

    home.chromium_at(&local(r"BraveSoftware\Brave-Browser\User Data"))
        .profile("Default")
        .login_data(&[Login::saved("https://github.com/session", b"v10")]);

    home.firefox_at(&format!(r"C:\Users\{USER}\AppData\Roaming\Mozilla\Firefox"))
        .profile("k3x9q2.default-release")
        .logins(&[
            FirefoxLogin::saved("https://qlvb.namdinh.gov.vn"),
            FirefoxLogin::saved("https://shopee.vn"),
            FirefoxLogin::tombstone("https://old.example.vn"),
        ]);
    Ok(())
}

/// The same machine as a recorded scenario: Windows, the profile's folders, and no answer from
/// any Windows command (so the antivirus check is unknown, as under Wine).
fn scenario_toml() -> String {
    format!(
        r#"# Written by tests/windows/fixture_profile.rs: the Windows user profile of the Wine test.
os = "windows"
now = 1795000000
title = "scenario-windows-browsers"
default_command = {{ result = "not-found" }}

[env]
USERPROFILE = 'C:\Users\{USER}'
USERNAME = '{USER}'
LOCALAPPDATA = 'C:\Users\{USER}\AppData\Local'
APPDATA = 'C:\Users\{USER}\AppData\Roaming'
SystemRoot = 'C:\Windows'
OS = 'Windows_NT'
"#
    )
}
