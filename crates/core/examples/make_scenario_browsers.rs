//! Regenerates the browser part of the recorded scenarios' disks:
//!
//! - `scenarios/windows-browsers/fs/C/Users/lan/AppData/Local/…`: Chrome (`Default`,
//!   `Profile 1`), Cốc Cốc and Edge profiles with `*.gov.vn` and ordinary logins;
//! - `scenarios/linux-clamav/fs/home/lan/.config/google-chrome/…`: a Chrome profile whose
//!   passwords carry the Linux `v10` prefix (fixed key, as good as plain text);
//! - `scenarios/windows-lookalike/fs/C/Users/lan/AppData/Local/Google/Chrome/…`: logins saved
//!   on look-alikes of official systems (`dichvucongs.top`, `bhxh.co`) beside real ones.
//!
//! `cargo run -p tukiem-core --example make_scenario_browsers`
//!
//! Values are fake and deterministic: `password_value` is a prefix plus bytes derived from the
//! URL, usernames are empty or made up. Only the browser folders are replaced; the rest of each
//! `fs/` (and `scenario.toml`, `commands/`) belongs to the scenario's author.

use std::path::{Path, PathBuf};

use tukiem_core::checks::browsers::BrowserId;
use tukiem_core::checks::browsers::fixtures::{FixtureHome, Login};

fn main() -> std::io::Result<()> {
    let scenarios = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../scenarios");
    windows(&scenarios.join("windows-browsers/fs"))?;
    linux(&scenarios.join("linux-clamav/fs"))?;
    lookalike(&scenarios.join("windows-lookalike/fs"))?;
    Ok(())
}

fn fresh(dirs: &[PathBuf]) -> std::io::Result<()> {
    for dir in dirs {
        match std::fs::remove_dir_all(dir) {
            Err(e) if e.kind() != std::io::ErrorKind::NotFound => return Err(e),
            _ => {}
        }
    }
    Ok(())
}

fn windows(fs: &Path) -> std::io::Result<()> {
    let local = fs.join("C/Users/lan/AppData/Local");
    fresh(&[
        local.join("Google/Chrome"),
        local.join("CocCoc/Browser"),
        local.join("Microsoft/Edge"),
    ])?;
    let home = FixtureHome::windows(fs);

    let chrome = home.chromium(BrowserId::Chrome);
    chrome
        .profile("Default")
        .login_data(&[
            Login::saved("https://dichvucong.namdinh.gov.vn/dang-nhap", b"v10")
                .username(b"lan.ubndxa"),
            Login::saved("https://qlvb.namdinh.gov.vn/", b"v10").username(b"lannt"),
            Login::saved("https://www.facebook.com/", b"v10"),
            Login::saved("https://shopee.vn/buyer/login", b"v10"),
            Login::never_save("https://www.vietcombank.com.vn/"),
        ])
        .account_data(&[Login::saved("https://mail.namdinh.gov.vn/owa/", b"v10")]);
    chrome
        .profile("Profile 1")
        .login_data(&[
            Login::saved("https://id.zalo.me/", b"v10"),
            Login::saved("https://accounts.google.com/", b"v20"),
        ])
        .offer_to_save(false);

    home.chromium(BrowserId::CocCoc)
        .profile("Default")
        .login_data(&[
            Login::saved(
                "https://dichvucong.gov.vn/p/home/dvc-dang-nhap.html",
                b"v10",
            ),
            Login::saved("https://hoadondientu.gdt.gov.vn/", b"v10"),
            Login::saved("https://vnexpress.net/", b"v10"),
        ]);

    home.chromium(BrowserId::Edge)
        .profile("Default")
        .login_data(&[
            Login::saved("https://mail.namdinh.gov.vn/owa/", b"v10"),
            Login::saved("https://login.microsoftonline.com/", b"v10"),
        ]);
    Ok(())
}

fn linux(fs: &Path) -> std::io::Result<()> {
    fresh(&[fs.join("home/lan/.config/google-chrome")])?;
    let home = FixtureHome::linux(fs);
    home.chromium(BrowserId::Chrome)
        .profile("Default")
        .login_data(&[
            Login::saved(
                "https://dichvucong.gov.vn/p/home/dvc-dang-nhap.html",
                b"v10",
            ),
            Login::saved("https://qlvb.namdinh.gov.vn/", b"v10").username(b"lannt"),
            Login::saved("https://github.com/session", b"v10"),
            Login::never_save("https://www.facebook.com/"),
        ]);
    Ok(())
}

fn lookalike(fs: &Path) -> std::io::Result<()> {
    let local = fs.join("C/Users/lan/AppData/Local");
    fresh(&[local.join("Google/Chrome")])?;
    let home = FixtureHome::windows(fs);
    home.chromium(BrowserId::Chrome)
        .profile("Default")
        .login_data(&[
            Login::saved("https://dichvucongs.top/vn/dang-nhap", b"v10").username(b"lan.ubndxa"),
            Login::saved("https://bhxh.co/tra-cuu", b"v10"),
            Login::saved(
                "https://dichvucong.gov.vn/p/home/dvc-dang-nhap.html",
                b"v10",
            ),
            Login::saved("https://shopee.vn/buyer/login", b"v10"),
        ]);
    Ok(())
}
