use serde::Serialize;

use super::validate::{FieldPath, Problem, Reason, Seg};
use crate::Msg;
use crate::outside::ReadError;

/// Why a profile could not be used, with where in the file it went wrong.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, thiserror::Error)]
#[error("{file}: line {line:?}, field {field:?}: {kind:?}")]
pub struct ProfileError {
    /// The file as the user named it.
    pub file: String,
    /// 1-based line, when the problem can be placed.
    pub line: Option<usize>,
    /// Dotted path of the field, e.g. `systems[1].login_url`.
    pub field: Option<String>,
    pub kind: ProfileErrorKind,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum ProfileErrorKind {
    NotFound,
    PermissionDenied,
    Unreadable {
        detail: String,
    },
    /// A FIFO, a device, a folder: not opened.
    NotAFile,
    TooLarge {
        megabytes: u64,
    },
    NotUtf8,
    /// Not valid TOML. `detail` is the parser's own (English) description.
    Syntax {
        detail: String,
    },
    MissingField,
    UnknownField,
    WrongType {
        detail: String,
    },
    Invalid {
        reason: Reason,
    },
}

impl ProfileError {
    pub(crate) fn read(file: &str, e: &ReadError) -> Self {
        let kind = match e {
            ReadError::NotFound => ProfileErrorKind::NotFound,
            ReadError::PermissionDenied => ProfileErrorKind::PermissionDenied,
            ReadError::NotAFile => ProfileErrorKind::NotAFile,
            ReadError::NotUtf8 => ProfileErrorKind::NotUtf8,
            ReadError::TooLarge { limit } => ProfileErrorKind::TooLarge {
                megabytes: (limit / (1024 * 1024)).max(1),
            },
            other => ProfileErrorKind::Unreadable {
                detail: other.to_string(),
            },
        };
        Self::whole_file(file, kind)
    }

    pub(crate) fn not_utf8(file: &str) -> Self {
        Self::whole_file(file, ProfileErrorKind::NotUtf8)
    }

    fn whole_file(file: &str, kind: ProfileErrorKind) -> Self {
        Self {
            file: file.to_owned(),
            line: None,
            field: None,
            kind,
        }
    }

    /// Where the problem is: file, and line and field when known.
    pub fn location(&self) -> Msg {
        let msg = match (&self.line, &self.field) {
            (Some(line), Some(field)) => Msg::new("profile-error-at-field")
                .arg("line", *line)
                .arg("field", field),
            (Some(line), None) => Msg::new("profile-error-at-line").arg("line", *line),
            (None, Some(field)) => Msg::new("profile-error-in-field").arg("field", field),
            (None, None) => Msg::new("profile-error-in-file"),
        };
        msg.arg("file", &self.file)
    }

    /// What is wrong, in words a clerk can act on.
    pub fn reason(&self) -> Msg {
        match &self.kind {
            ProfileErrorKind::NotFound => Msg::new("profile-reason-not-found"),
            ProfileErrorKind::PermissionDenied => Msg::new("profile-reason-permission"),
            // The details are the OS's or the parser's English: kept in `kind` for a developer,
            // never put inside a sentence (the location already names the line and the field).
            ProfileErrorKind::Unreadable { .. } => Msg::new("profile-reason-unreadable"),
            ProfileErrorKind::NotUtf8 => Msg::new("profile-reason-not-utf8"),
            ProfileErrorKind::NotAFile => Msg::new("profile-reason-not-a-file"),
            ProfileErrorKind::TooLarge { megabytes } => Msg::new("profile-reason-too-large")
                .arg("megabytes", i64::try_from(*megabytes).unwrap_or(i64::MAX)),
            ProfileErrorKind::Syntax { .. } => Msg::new("profile-reason-syntax"),
            ProfileErrorKind::MissingField => Msg::new("profile-reason-missing"),
            ProfileErrorKind::UnknownField => Msg::new("profile-reason-unknown-field"),
            ProfileErrorKind::WrongType { .. } => Msg::new("profile-reason-wrong-type"),
            ProfileErrorKind::Invalid { reason } => reason.msg(),
        }
    }
}

/// Maps a TOML or serde error onto file, line and field.
///
/// `field` is the path serde_path_to_error tracked to the failing value. serde reports a missing
/// or unknown key on its parent, with the key's name only in its (long-stable) message text
/// (`missing field `x``), so the name is taken from there and appended to the path.
pub(super) fn from_toml(
    file: &str,
    text: &str,
    e: &toml::de::Error,
    field: Option<String>,
) -> ProfileError {
    let message = e.message().trim().to_owned();
    let line = e.span().map(|s| line_of_offset(text, s.start));
    let field = field.filter(|f| !f.is_empty() && f != ".");
    let (kind, field) = if let Some(name) = quoted_after(&message, "missing field ") {
        (
            ProfileErrorKind::MissingField,
            Some(join_path(field, &name)),
        )
    } else if let Some(name) = quoted_after(&message, "unknown field ") {
        (
            ProfileErrorKind::UnknownField,
            Some(join_path(field, &name)),
        )
    } else if field.is_some()
        || message.starts_with("invalid type")
        || message.starts_with("invalid value")
    {
        // A failure on a known field is a value of the wrong shape, whatever serde called it.
        (ProfileErrorKind::WrongType { detail: message }, field)
    } else {
        (ProfileErrorKind::Syntax { detail: message }, None)
    };
    ProfileError {
        file: file.to_owned(),
        line,
        field,
        kind,
    }
}

pub(super) fn from_problem(file: &str, text: &str, problem: Problem) -> ProfileError {
    ProfileError {
        file: file.to_owned(),
        line: line_of_field(text, &problem.path),
        field: Some(problem.path.to_string()),
        kind: ProfileErrorKind::Invalid {
            reason: problem.reason,
        },
    }
}

/// 1-based line of a field in the TOML text, found through toml_edit's spans. When the field
/// itself has no span, the nearest enclosing item that has one is used.
pub(super) fn line_of_field(text: &str, path: &FieldPath) -> Option<usize> {
    let doc = toml_edit::Document::parse(text).ok()?;
    let mut item: &toml_edit::Item = doc.as_item();
    let mut best = None;
    for seg in &path.0 {
        let next = match seg {
            Seg::Key(k) => item.get(*k),
            Seg::Name(k) => item.get(k.as_str()),
            Seg::Index(i) => item.get(*i),
        };
        let Some(next) = next else { break };
        best = next.span().map(|s| s.start).or(best);
        item = next;
    }
    best.map(|offset| line_of_offset(text, offset))
}

/// 1-based line of a byte offset (where TOML's own errors point).
pub(super) fn line_of_offset(text: &str, offset: usize) -> usize {
    let offset = offset.min(text.len());
    text.as_bytes()[..offset]
        .iter()
        .filter(|&&b| b == b'\n')
        .count()
        + 1
}

fn quoted_after(message: &str, prefix: &str) -> Option<String> {
    let rest = message.strip_prefix(prefix)?.strip_prefix('`')?;
    Some(rest.split('`').next()?.to_owned())
}

/// Appends `name` unless the path already ends with it (serde_path_to_error includes an unknown
/// key in its path, but not a missing one).
fn join_path(parent: Option<String>, name: &str) -> String {
    match parent {
        Some(p) if p == name || p.ends_with(&format!(".{name}")) => p,
        Some(p) => format!("{p}.{name}"),
        None => name.to_owned(),
    }
}
