//! When TựKiểm cannot open its window at all — no WebView2 Runtime on a Windows PC, or the window
//! system refusing the window — there is no screen to explain it in. This module says it in a
//! native message box, in the user's language, and the app then exits cleanly instead of
//! failing silently (or in Tauri's English box).
//!
//! The words and the language choice are plain code, tested on every OS; only the WebView2 probe
//! and the message box itself are Windows APIs.

use std::path::{Path, PathBuf};

use tukiem_core::settings::Settings;
use tukiem_core::{Lang, Localizer, Msg};

/// Why the window cannot be opened.
#[derive(Debug)]
pub enum Problem {
    /// The Microsoft Edge WebView2 Runtime is not installed (or not usable for this user).
    /// Only Windows finds it missing; the words are tested everywhere.
    #[cfg_attr(not(windows), allow(dead_code))]
    WebViewMissing,
    /// Creating the window or its webview failed; the detail is the runtime's own error.
    WindowFailed { detail: String },
}

/// Where the app keeps its settings without Tauri's path resolver, which does not exist yet
/// when the check runs: Tauri's `app_data_dir()` is the roaming application-data folder plus the
/// app's identifier (`%APPDATA%\vn.tukiem.app` on Windows).
pub fn data_dir_guess(identifier: &str) -> Option<PathBuf> {
    let base = if cfg!(windows) {
        std::env::var_os("APPDATA").map(PathBuf::from)
    } else {
        std::env::var_os("XDG_DATA_HOME")
            .map(PathBuf::from)
            .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".local/share")))
    }?;
    Some(base.join(identifier))
}

/// The language the app would have shown: the saved choice if the settings file is readable,
/// else the OS's UI language, else Vietnamese (core's rule, the same as the app's).
pub fn language<S: AsRef<str>>(data_dir: Option<&Path>, os_locales: &[S]) -> Lang {
    data_dir
        .and_then(|dir| Settings::load(dir).ok())
        .unwrap_or_default()
        .language(os_locales)
}

/// The box's title and text.
pub fn text(problem: &Problem, l: &Localizer) -> (String, String) {
    let (title, paragraphs) = match problem {
        Problem::WebViewMissing => (
            l.text("windows-webview-missing-title"),
            [
                l.text("windows-webview-missing-problem"),
                l.text("windows-webview-missing-fix"),
                l.text("windows-webview-missing-note"),
            ],
        ),
        Problem::WindowFailed { detail } => (
            l.text("windows-window-failed-title"),
            [
                l.text("windows-window-failed-problem"),
                l.text("windows-window-failed-fix"),
                l.render(&Msg::new("windows-window-failed-detail").arg("detail", detail.as_str())),
            ],
        ),
    };
    (title, paragraphs.join("\n\n"))
}

/// Shows the box (Windows) or prints the text on standard error (elsewhere: a Linux desktop
/// without a usable display has no native box to show), in the user's language.
pub fn show(problem: &Problem, identifier: &str) {
    let os_locales: Vec<String> = sys_locale::get_locales().collect();
    let lang = language(data_dir_guess(identifier).as_deref(), &os_locales);
    let (title, body) = text(problem, &Localizer::new(lang));
    native::message_box(&title, &body);
}

/// `Err` when this PC has no usable WebView2 Runtime. Asks WebView2's own loader (the call
/// Microsoft documents for this), which also finds per-user and fixed-version runtimes that a
/// registry look-up would miss.
#[cfg(windows)]
pub fn webview_runtime() -> Result<String, Problem> {
    use webview2_com::Microsoft::Web::WebView2::Win32::GetAvailableCoreWebView2BrowserVersionString;
    use windows::core::{PCWSTR, PWSTR};

    let mut version = PWSTR::null();
    // SAFETY: a null folder asks for the installed Evergreen runtime; on success `version` is a
    // string the loader allocated, which `take_pwstr` copies and frees.
    let found =
        unsafe { GetAvailableCoreWebView2BrowserVersionString(PCWSTR::null(), &mut version) };
    match found {
        Ok(()) if !version.is_null() => Ok(webview2_com::take_pwstr(version)),
        _ => Err(Problem::WebViewMissing),
    }
}

/// Every other OS ships its webview with the system (WebKitGTK is a package dependency).
#[cfg(not(windows))]
pub fn webview_runtime() -> Result<String, Problem> {
    Ok(String::new())
}

#[cfg(windows)]
mod native {
    use windows::Win32::UI::WindowsAndMessaging::{
        MB_ICONERROR, MB_OK, MB_SETFOREGROUND, MessageBoxW,
    };
    use windows::core::HSTRING;

    pub fn message_box(title: &str, body: &str) {
        // SAFETY: no owner window; both strings live until the call returns.
        unsafe {
            MessageBoxW(
                None,
                &HSTRING::from(body),
                &HSTRING::from(title),
                MB_OK | MB_ICONERROR | MB_SETFOREGROUND,
            );
        }
    }
}

#[cfg(not(windows))]
mod native {
    pub fn message_box(title: &str, body: &str) {
        eprintln!("{title}");
        eprintln!();
        eprintln!("{body}");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn saved_language_wins_over_the_os_language() {
        let dir = tempfile::tempdir().unwrap();
        Settings {
            language: Some(Lang::En),
        }
        .save(dir.path())
        .unwrap();
        assert_eq!(language(Some(dir.path()), &["vi-VN"]), Lang::En);
    }

    #[test]
    fn without_saved_settings_the_os_language_decides_and_vietnamese_is_the_fallback() {
        let dir = tempfile::tempdir().unwrap();
        assert_eq!(language(Some(dir.path()), &["en-US"]), Lang::En);
        assert_eq!(language(None, &["fr-FR"]), Lang::Vi);
    }

    #[test]
    fn unreadable_settings_fall_back_to_the_os_language() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(Settings::path_in(dir.path()), b"{not json").unwrap();
        assert_eq!(language(Some(dir.path()), &["en-GB"]), Lang::En);
    }

    #[test]
    fn webview_missing_box_says_what_to_install_in_both_languages() {
        insta::assert_snapshot!(
            "webview_missing",
            Lang::ALL
                .iter()
                .map(|&lang| {
                    let (title, body) = text(&Problem::WebViewMissing, &Localizer::new(lang));
                    format!("[{lang}] {title}\n{body}\n")
                })
                .collect::<Vec<_>>()
                .join("\n")
        );
    }

    #[test]
    fn window_failure_box_carries_the_technical_detail() {
        let problem = Problem::WindowFailed {
            detail: "failed to create webview: 0x80070005".into(),
        };
        let (title, body) = text(&problem, &Localizer::new(Lang::Vi));
        assert_eq!(title, "TựKiểm chưa mở được");
        assert!(body.ends_with("Chi tiết kỹ thuật: failed to create webview: 0x80070005"));
    }
}
