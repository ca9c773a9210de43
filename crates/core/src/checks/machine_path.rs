//! A path on the machine being checked, which need not be this machine.
//!
//! A recorded Windows scenario is checked on Linux, so `C:\Users\lan\AppData\Local` cannot be a
//! `std::path::Path` here: it is a drive plus components, joined and printed with the rules of the
//! OS it belongs to. [`super::Env::local`] says where such a path can actually be read from.
//!
//! Its text form is for showing. A path of *this* machine that is not valid Unicode (a home
//! folder named in a legacy code page, bytes that are not UTF-8 on Linux) keeps its exact
//! OS-native form beside the text, carried through `join` and `parent`, so
//! `SystemEnv::local` reads the real folder instead of a lossy look-alike that does not exist.

use std::ffi::OsStr;
use std::fmt;
use std::path::PathBuf;

use super::OsKind;

#[derive(Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct MachinePath {
    windows: bool,
    /// `C:` on Windows (upper-cased), empty for the Unix root.
    drive: String,
    parts: Vec<String>,
    /// The exact OS path, kept only when the text form lost something (not valid Unicode).
    native: Option<PathBuf>,
}

impl MachinePath {
    /// An absolute path in the OS's own spelling; `None` for relative or empty input.
    /// Windows accepts both separators and any drive letter case; Unix needs a leading `/`.
    pub fn parse(os: OsKind, text: &str) -> Option<Self> {
        let text = text.trim();
        if os == OsKind::Windows {
            let bytes = text.as_bytes();
            if bytes.len() < 2 || !bytes[0].is_ascii_alphabetic() || bytes[1] != b':' {
                return None;
            }
            let drive = text[..2].to_ascii_uppercase();
            Some(Self {
                windows: true,
                drive,
                parts: split(&text[2..], true),
                native: None,
            })
        } else {
            text.starts_with('/').then(|| Self {
                windows: false,
                drive: String::new(),
                parts: split(text, false),
                native: None,
            })
        }
    }

    /// [`MachinePath::parse`] of an OS string of this machine (an environment variable): when
    /// it is not valid Unicode, the exact value is kept for [`MachinePath::native`] and the
    /// text form shows it with replacement characters.
    pub fn from_os(os: OsKind, value: &OsStr) -> Option<Self> {
        let mut path = Self::parse(os, &value.to_string_lossy())?;
        if value.to_str().is_none() {
            path.native = Some(PathBuf::from(value));
        }
        Some(path)
    }

    /// The exact OS-native path, when the text form is not exact (see [`MachinePath::from_os`]).
    pub fn native(&self) -> Option<&std::path::Path> {
        self.native.as_deref()
    }

    /// This path with `relative` appended; `relative` may hold several components separated by
    /// `/` (and `\` on Windows). `..` and `.` are not interpreted: callers join known names.
    pub fn join(&self, relative: &str) -> Self {
        let mut out = self.clone();
        let parts = split(relative, self.windows);
        if let Some(native) = &mut out.native {
            native.extend(&parts);
        }
        out.parts.extend(parts);
        out
    }

    pub fn parent(&self) -> Option<Self> {
        let mut out = self.clone();
        out.parts.pop()?;
        if let Some(native) = &mut out.native {
            native.pop();
        }
        Some(out)
    }

    pub fn file_name(&self) -> Option<&str> {
        self.parts.last().map(String::as_str)
    }

    pub fn is_windows(&self) -> bool {
        self.windows
    }

    /// The drive without its colon (`C`), empty on Unix.
    pub fn drive_letter(&self) -> &str {
        self.drive.trim_end_matches(':')
    }

    pub fn components(&self) -> impl Iterator<Item = &str> {
        self.parts.iter().map(String::as_str)
    }
}

fn split(text: &str, windows: bool) -> Vec<String> {
    text.split(|c| c == '/' || (windows && c == '\\'))
        .filter(|p| !p.is_empty() && *p != ".")
        .map(str::to_owned)
        .collect()
}

/// The path as the machine's own OS writes it: `C:\Users\lan`, `/home/lan`.
impl fmt::Display for MachinePath {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.windows {
            f.write_str(&self.drive)?;
            if self.parts.is_empty() {
                return f.write_str("\\");
            }
            for p in &self.parts {
                write!(f, "\\{p}")?;
            }
            Ok(())
        } else if self.parts.is_empty() {
            f.write_str("/")
        } else {
            for p in &self.parts {
                write!(f, "/{p}")?;
            }
            Ok(())
        }
    }
}

impl fmt::Debug for MachinePath {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "MachinePath({self})")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn windows_paths_take_either_separator_and_print_backslashes() {
        let p = MachinePath::parse(OsKind::Windows, r"c:\Users\lan/AppData\Local").unwrap();
        assert_eq!(p.to_string(), r"C:\Users\lan\AppData\Local");
        let chrome = p.join("Google/Chrome/User Data");
        assert_eq!(
            chrome.to_string(),
            r"C:\Users\lan\AppData\Local\Google\Chrome\User Data"
        );
        assert_eq!(chrome.file_name(), Some("User Data"));
        assert_eq!(chrome.drive_letter(), "C");
    }

    #[test]
    fn unix_paths_keep_backslashes_as_part_of_a_name() {
        let p = MachinePath::parse(OsKind::Linux, "/home/lan").unwrap();
        assert_eq!(
            p.join(r".config/odd\name").to_string(),
            r"/home/lan/.config/odd\name"
        );
        assert_eq!(p.parent().unwrap().to_string(), "/home");
    }

    #[cfg(unix)]
    #[test]
    fn a_path_that_is_not_utf8_keeps_its_exact_bytes_through_join_and_parent() {
        use std::os::unix::ffi::OsStrExt;
        let home = OsStr::from_bytes(b"/home/l\xe2n");
        let p = MachinePath::from_os(OsKind::Linux, home).unwrap();
        assert_eq!(p.to_string(), "/home/l\u{fffd}n");
        let chrome = p.join(".config/google-chrome");
        assert_eq!(
            chrome.native().unwrap().as_os_str().as_bytes(),
            b"/home/l\xe2n/.config/google-chrome"
        );
        assert_eq!(
            chrome
                .parent()
                .unwrap()
                .native()
                .unwrap()
                .as_os_str()
                .as_bytes(),
            b"/home/l\xe2n/.config"
        );
        let plain = MachinePath::from_os(OsKind::Linux, OsStr::new("/home/lan")).unwrap();
        assert_eq!(plain.native(), None);
    }

    #[test]
    fn relative_or_empty_text_is_not_a_machine_path() {
        assert!(MachinePath::parse(OsKind::Windows, r"Users\lan").is_none());
        assert!(MachinePath::parse(OsKind::Windows, "").is_none());
        assert!(MachinePath::parse(OsKind::Linux, "home/lan").is_none());
        assert!(MachinePath::parse(OsKind::MacOs, "").is_none());
    }
}
