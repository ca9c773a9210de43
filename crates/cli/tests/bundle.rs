//! Black-box tests of `tukiem-cli bundle …`: the real binary, a machine-wide folder and a data
//! folder of the test's own (`TUKIEM_SYSTEM_DIR`, `TUKIEM_DATA_DIR`), bundles made by
//! `bundle build` or, for the bad ones, by the test from the format's own writer.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use tukiem_core::bundle::{container, format, keys};

const DEFAULT_PROFILE: &str = include_str!("../../../profiles/default.toml");
const DEFAULT_LETTER: &str = include_str!("../../../profiles/default-letter.txt");
const DEFAULT_NAME: &str = r#"name = { vi = "Sở Thông tin và Truyền thông tỉnh Nam Định", en = "Nam Dinh Department of Information and Communications" }"#;
const AGENCY_VI: &str = "Sở Khoa học và Công nghệ tỉnh Ninh Bình";

/// One computer: the Department's work folder, the machine-wide folder, the data folder.
struct World {
    root: tempfile::TempDir,
}

impl World {
    fn new() -> World {
        let w = World {
            root: tempfile::tempdir().unwrap(),
        };
        for d in ["so", "system", "data", "downloads"] {
            std::fs::create_dir_all(w.root.path().join(d)).unwrap();
        }
        w
    }

    fn dir(&self, name: &str) -> PathBuf {
        self.root.path().join(name)
    }

    fn path(&self, dir: &str, name: &str) -> String {
        self.dir(dir).join(name).display().to_string()
    }

    fn cli(&self, args: &[&str]) -> Output {
        Command::new(env!("CARGO_BIN_EXE_tukiem-cli"))
            .args(args)
            .env_remove("TUKIEM_PROFILE")
            .env_remove("LANGUAGE")
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES")
            .env("LANG", "C")
            .env("TUKIEM_SYSTEM_DIR", self.dir("system"))
            .env("TUKIEM_DATA_DIR", self.dir("data"))
            .output()
            .expect("tukiem-cli runs")
    }

    /// The Department's keys, made with `bundle keygen`; the public one trusted by this computer.
    fn keygen(&self, name: &str, trusted: bool) {
        let o = self.cli(&[
            "bundle",
            "keygen",
            "--secret",
            &self.path("so", &format!("{name}.key")),
            "--public",
            &self.path("so", &format!("{name}.pub")),
        ]);
        assert!(o.status.success(), "{}", err(&o));
        if trusted {
            std::fs::copy(
                self.dir("so").join(format!("{name}.pub")),
                self.dir("system").join(format!("{name}.pub")),
            )
            .unwrap();
        }
    }

    /// A bundle for `agency` with `bundle build`, written to `downloads/out`.
    fn build(&self, key: &str, agency: &str, version: &str, out: &str) -> Output {
        let profile = self.dir("so").join("profile.toml");
        std::fs::write(
            &profile,
            DEFAULT_PROFILE.replacen(
                DEFAULT_NAME,
                &format!(r#"name = {{ vi = "{agency}", en = "Test agency" }}"#),
                1,
            ),
        )
        .unwrap();
        std::fs::write(self.dir("so").join("default-letter.txt"), DEFAULT_LETTER).unwrap();
        std::fs::write(
            self.dir("so").join("fakes.tsv"),
            "dichvucong-ninhbinh.com\tdichvucong.ninhbinh.gov.vn\t2026-11-20\tSo KHCN\n",
        )
        .unwrap();
        self.cli(&[
            "bundle",
            "build",
            "--profile",
            profile.to_str().unwrap(),
            "--reported-fakes",
            &self.path("so", "fakes.tsv"),
            "--version",
            version,
            "--valid-until",
            "2099-12-31",
            "--secret",
            &self.path("so", &format!("{key}.key")),
            "--out",
            &self.path("downloads", out),
        ])
    }

    fn installed(&self) -> Option<Vec<u8>> {
        std::fs::read(self.dir("data").join("department.tukiem")).ok()
    }

    fn secret(&self, key: &str) -> keys::SecretKey {
        keys::SecretKey::read(&self.dir("so").join(format!("{key}.key"))).unwrap()
    }
}

fn out(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).unwrap()
}

fn err(o: &Output) -> String {
    String::from_utf8(o.stderr.clone()).unwrap()
}

#[test]
fn a_department_makes_signs_and_installs_its_bundle_and_advice_then_speaks_for_it() {
    let w = World::new();
    w.keygen("so", true);
    let o = w.build("so", AGENCY_VI, "3", "so.tukiem");
    assert!(o.status.success(), "{}", err(&o));
    assert!(out(&o).contains(AGENCY_VI), "{}", out(&o));

    let file = w.path("downloads", "so.tukiem");
    let o = w.cli(&["--lang", "vi", "bundle", "verify", &file]);
    assert!(o.status.success(), "{}", err(&o));
    let text = out(&o);
    assert!(
        text.contains(AGENCY_VI) && text.contains("Phiên bản: 3"),
        "{text}"
    );
    assert!(text.contains("1 trang giả mạo đã được báo"), "{text}");
    assert!(w.installed().is_none(), "verify writes nothing");

    let o = w.cli(&["--lang", "vi", "bundle", "install", &file]);
    assert!(o.status.success(), "{}", err(&o));
    assert_eq!(w.installed().unwrap(), std::fs::read(&file).unwrap());

    let o = w.cli(&["--lang", "vi", "bundle", "show"]);
    assert!(o.status.success(), "{}", err(&o));
    assert!(out(&o).contains("do người dùng cài"), "{}", out(&o));

    let o = w.cli(&["--lang", "vi", "advice"]);
    assert!(o.status.success(), "{}", err(&o));
    assert!(out(&o).contains(AGENCY_VI), "{}", out(&o));
    // `--profile` still wins (tests and trainers).
    let o = w.cli(&[
        "--lang",
        "vi",
        "--profile",
        &w.path("so", "profile.toml"),
        "advice",
    ]);
    assert!(o.status.success(), "{}", err(&o));
}

#[test]
fn a_bundle_in_the_machine_wide_folder_speaks_without_any_install() {
    let w = World::new();
    w.keygen("so", true);
    assert!(w.build("so", AGENCY_VI, "1", "so.tukiem").status.success());
    std::fs::copy(
        w.dir("downloads").join("so.tukiem"),
        w.dir("system").join("so.tukiem"),
    )
    .unwrap();
    let o = w.cli(&["--lang", "en", "bundle", "show"]);
    assert!(out(&o).contains("shared folder"), "{}", out(&o));
    let o = w.cli(&["--lang", "vi", "advice"]);
    assert!(out(&o).contains(AGENCY_VI), "{}", out(&o));
}

#[test]
fn without_any_bundle_show_says_the_built_in_profile_speaks() {
    let w = World::new();
    let o = w.cli(&["--lang", "en", "bundle", "show"]);
    assert!(o.status.success(), "{}", err(&o));
    assert!(out(&o).contains("built-in example profile"), "{}", out(&o));
}

#[test]
fn a_stranger_bundle_or_no_key_exits_77_and_installs_nothing() {
    let w = World::new();
    w.keygen("stranger", false);
    assert!(
        w.build("stranger", "Kẻ giả mạo", "9", "zalo.tukiem")
            .status
            .success()
    );
    let file = w.path("downloads", "zalo.tukiem");
    for cmd in ["verify", "install"] {
        let o = w.cli(&["--lang", "vi", "bundle", cmd, &file]);
        assert_eq!(o.status.code(), Some(77), "{cmd}: {}", err(&o));
        assert!(err(&o).contains("chưa có khóa công khai"), "{}", err(&o));
    }
    w.keygen("so", true);
    let o = w.cli(&["--lang", "vi", "bundle", "install", &file]);
    assert_eq!(o.status.code(), Some(77));
    assert!(
        err(&o).contains("zalo.tukiem") && err(&o).contains("không được ký"),
        "{}",
        err(&o)
    );
    assert!(w.installed().is_none());
}

#[test]
fn an_older_version_exits_65_and_the_installed_bundle_stays() {
    let w = World::new();
    w.keygen("so", true);
    assert!(w.build("so", AGENCY_VI, "5", "v5.tukiem").status.success());
    assert!(
        w.build("so", "Cơ quan cũ", "4", "v4.tukiem")
            .status
            .success()
    );
    let o = w.cli(&["bundle", "install", &w.path("downloads", "v5.tukiem")]);
    assert!(o.status.success(), "{}", err(&o));
    let before = w.installed().unwrap();
    let o = w.cli(&[
        "--lang",
        "vi",
        "bundle",
        "install",
        &w.path("downloads", "v4.tukiem"),
    ]);
    assert_eq!(o.status.code(), Some(65), "{}", err(&o));
    assert!(err(&o).contains("không mới hơn"), "{}", err(&o));
    assert_eq!(w.installed().unwrap(), before);
}

/// A 512-byte ustar header written by hand (the format's writer makes only plain files).
fn header(name: &str, kind: u8, size: u64) -> Vec<u8> {
    let mut h = vec![0u8; 512];
    h[..name.len()].copy_from_slice(name.as_bytes());
    h[100..108].copy_from_slice(b"0000644\0");
    h[108..116].copy_from_slice(b"0000000\0");
    h[116..124].copy_from_slice(b"0000000\0");
    h[124..136].copy_from_slice(format!("{size:011o}\0").as_bytes());
    h[136..148].copy_from_slice(b"00000000000\0");
    h[156] = kind;
    if kind == b'2' {
        h[157..168].copy_from_slice(b"/etc/passwd");
    }
    h[257..263].copy_from_slice(b"ustar\0");
    h[263..265].copy_from_slice(b"00");
    h[148..156].copy_from_slice(b"        ");
    let sum: u32 = h.iter().map(|&b| u32::from(b)).sum();
    h[148..156].copy_from_slice(format!("{sum:06o}\0 ").as_bytes());
    h
}

/// `good` with one more raw entry before its end blocks.
fn with_raw(good: &[u8], name: &str, kind: u8, data: &[u8]) -> Vec<u8> {
    let mut out = good[..good.len() - 1024].to_vec();
    out.extend(header(name, kind, data.len() as u64));
    out.extend_from_slice(data);
    out.resize(out.len().div_ceil(512) * 512, 0);
    out.extend_from_slice(&[0u8; 1024]);
    out
}

#[test]
fn every_kind_of_bad_bundle_is_refused_with_its_reason_exit_65_and_nothing_written() {
    let w = World::new();
    w.keygen("so", true);
    assert!(
        w.build("so", AGENCY_VI, "5", "good.tukiem")
            .status
            .success()
    );
    let good = std::fs::read(w.dir("downloads").join("good.tukiem")).unwrap();
    let secret = w.secret("so");

    // Signed properly, but a profile that does not validate.
    let bad_profile = {
        let profile = DEFAULT_PROFILE.replacen("min_length = ", "min_length = 1000 #", 1);
        let entries = vec![
            (format::PROFILE.to_owned(), profile.into_bytes()),
            (
                "default-letter.txt".to_owned(),
                DEFAULT_LETTER.as_bytes().to_vec(),
            ),
        ];
        signed(&entries, &secret, 6, 1)
    };
    let unknown_format = {
        let entries = vec![(
            format::PROFILE.to_owned(),
            DEFAULT_PROFILE.as_bytes().to_vec(),
        )];
        signed(&entries, &secret, 6, 2)
    };
    let changed_after_signing = {
        let mut b = good.clone();
        // The profile is the third entry: change a byte of its text, past the headers.
        let at = find(&b, b"[agency]").unwrap();
        b[at + 1] = b'A';
        b
    };
    let cases: Vec<(&str, Vec<u8>, &str)> = vec![
        ("truncated", good[..good.len() / 2 + 3].to_vec(), "bị hỏng"),
        (
            "symlink",
            with_raw(&good, "x.txt", b'2', b""),
            "không phải tệp thường",
        ),
        (
            "hardlink",
            with_raw(&good, "x.txt", b'1', b""),
            "không phải tệp thường",
        ),
        (
            "climbs",
            with_raw(&good, "../x.txt", b'0', b"abc"),
            "tên không được phép",
        ),
        (
            "absolute",
            with_raw(&good, "/tmp/x.txt", b'0', b"abc"),
            "tên không được phép",
        ),
        (
            "duplicate",
            with_raw(&good, "profile.toml", b'0', b"abc"),
            "hai lần",
        ),
        (
            "unlisted",
            with_raw(&good, "extra.txt", b'0', b"abc"),
            "bản kê",
        ),
        ("changed", changed_after_signing, "bị thay đổi sau khi ký"),
        ("profile", bad_profile, "không hợp lệ"),
        ("format", unknown_format, "dạng số 2"),
    ];
    let before = {
        assert!(
            w.cli(&["bundle", "install", &w.path("downloads", "good.tukiem")])
                .status
                .success()
        );
        w.installed().unwrap()
    };
    for (name, bytes, reason) in cases {
        let file = w.dir("downloads").join(format!("{name}.tukiem"));
        std::fs::write(&file, bytes).unwrap();
        let o = w.cli(&["--lang", "vi", "bundle", "install", file.to_str().unwrap()]);
        assert_eq!(o.status.code(), Some(65), "{name}: {}", err(&o));
        assert!(err(&o).contains(reason), "{name}: {}", err(&o));
        assert!(
            err(&o).contains(&format!("{name}.tukiem")),
            "{name}: {}",
            err(&o)
        );
        assert_eq!(w.installed().unwrap(), before, "{name}");
    }
    // A file over 64 MiB and a FIFO: refused before reading.
    let big = w.dir("downloads").join("big.tukiem");
    std::fs::File::create(&big)
        .unwrap()
        .set_len(64 * 1024 * 1024 + 1)
        .unwrap();
    let o = w.cli(&["bundle", "install", big.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(65), "{}", err(&o));
    #[cfg(unix)]
    {
        let fifo = w.dir("downloads").join("pipe.tukiem");
        let c = std::ffi::CString::new(fifo.to_str().unwrap()).unwrap();
        // SAFETY: a valid C string; mkfifo only creates the node.
        assert_eq!(unsafe { libc_mkfifo(c.as_ptr(), 0o600) }, 0);
        let o = w.cli(&["bundle", "verify", fifo.to_str().unwrap()]);
        assert_eq!(o.status.code(), Some(65), "{}", err(&o));
    }
    assert_eq!(w.installed().unwrap(), before);
    let leftovers: Vec<_> = std::fs::read_dir(w.dir("data")).unwrap().collect();
    assert_eq!(leftovers.len(), 1, "no temporary file left");
}

#[cfg(unix)]
unsafe extern "C" {
    #[link_name = "mkfifo"]
    fn libc_mkfifo(path: *const std::ffi::c_char, mode: u32) -> i32;
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

/// A bundle of `entries` signed by `secret`, with the manifest's format number `format`.
fn signed(
    entries: &[(String, Vec<u8>)],
    secret: &keys::SecretKey,
    version: u64,
    format_number: i64,
) -> Vec<u8> {
    let manifest = format::Manifest {
        format: format_number,
        version,
        made: "2026-12-01".into(),
        old_after: "2099-12-31".into(),
        key_id: keys::key_id(&secret.public()),
        issuer: tukiem_core::profile::Localized {
            vi: AGENCY_VI.into(),
            en: "Test agency".into(),
        },
        entries: entries
            .iter()
            .map(|(name, data)| format::ManifestEntry {
                name: name.clone(),
                size: data.len() as u64,
                sha256: format::sha256_hex(data),
            })
            .collect(),
    };
    let text = manifest.to_toml();
    let mut all = vec![
        (format::MANIFEST.to_owned(), text.clone().into_bytes()),
        (
            format::SIGNATURE.to_owned(),
            secret.sign(text.as_bytes()).to_vec(),
        ),
    ];
    all.extend(entries.iter().cloned());
    container::write_entries(&all).unwrap()
}

#[test]
fn build_without_a_profile_is_a_usage_error_and_keygen_never_overwrites() {
    let w = World::new();
    w.keygen("so", false);
    let o = w.cli(&[
        "bundle",
        "build",
        "--secret",
        &w.path("so", "so.key"),
        "--out",
        &w.path("so", "x.tukiem"),
    ]);
    assert_eq!(o.status.code(), Some(64), "{}", err(&o));
    let before = std::fs::read(w.dir("so").join("so.key")).unwrap();
    let o = w.cli(&[
        "bundle",
        "keygen",
        "--secret",
        &w.path("so", "so.key"),
        "--public",
        &w.path("so", "new.pub"),
    ]);
    assert_eq!(o.status.code(), Some(73));
    assert_eq!(std::fs::read(w.dir("so").join("so.key")).unwrap(), before);
    assert!(!Path::new(&w.path("so", "new.pub")).exists());
}
