//! What the black-box CLI tests share: the real binary, run with no profile from the developer's
//! environment and the "C" locale (so the language comes only from `--lang`).

use std::io::Write;
use std::process::{Command, Output, Stdio};

/// Runs `tukiem-cli ARGS` with `stdin` on standard input and waits for it.
pub fn run(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_tukiem-cli"))
        .args(args)
        .env_remove("TUKIEM_PROFILE")
        // No Department bundle from this computer (`docs/bundle.md`): the embedded profile.
        .env("TUKIEM_SYSTEM_DIR", "/nonexistent/tukiem")
        .env("TUKIEM_DATA_DIR", "/nonexistent/tukiem")
        .env_remove("LANGUAGE")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", "C")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("tukiem-cli runs");
    child
        .stdin
        .take()
        .expect("stdin is piped")
        .write_all(stdin)
        .expect("tukiem-cli reads its input");
    child.wait_with_output().expect("tukiem-cli ends")
}
