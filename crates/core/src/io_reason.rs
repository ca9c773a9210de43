//! What a failed read or write may say inside a sentence: the kind of failure in the reader's
//! language (`io-*` in `locales/*/io.ftl`), never the OS's own English text ("Not a directory
//! (os error 20)"), which would otherwise land inside a Vietnamese sentence.

use crate::Msg;

/// The kind of `e`, as a message.
pub fn msg(e: &std::io::Error) -> Msg {
    use std::io::ErrorKind as K;
    Msg::new(match e.kind() {
        K::NotFound => "io-not-found",
        K::PermissionDenied | K::ReadOnlyFilesystem => "io-permission-denied",
        K::NotADirectory => "io-not-a-folder",
        K::IsADirectory => "io-is-a-folder",
        K::StorageFull | K::QuotaExceeded => "io-disk-full",
        K::AlreadyExists => "io-already-exists",
        K::TimedOut | K::WouldBlock => "io-timed-out",
        K::BrokenPipe => "io-closed",
        K::InvalidData | K::UnexpectedEof => "io-damaged",
        _ => "io-other",
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Lang, Localizer};

    #[test]
    fn a_real_os_error_is_said_in_the_reader_s_language() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("f");
        std::fs::write(&file, b"x").unwrap();
        let e = std::fs::create_dir(file.join("sub")).unwrap_err();
        let m = msg(&e);
        assert_eq!(m.id, "io-not-a-folder");
        let vi = Localizer::new(Lang::Vi).render(&m);
        assert!(!vi.contains("directory"), "{vi}");
        let e = std::fs::read(dir.path().join("none")).unwrap_err();
        assert_eq!(msg(&e).id, "io-not-found");
    }
}
