//! Black-box tests of the leaked-password check: `password --json` says `leaked`, and
//! `leaks build` / `leaks check` make and vet a Department's filter without printing or keeping
//! any password of the list.

mod common;

use common::run;

#[test]
fn password_json_says_whether_the_password_is_in_the_leaked_list() {
    let o = run(
        &["password", "--json"],
        b"P@ssw0rd\n1qaz!QAZ\nGio-Bien7-Xanh!Ngat\n",
    );
    assert!(o.status.success());
    let lines: Vec<serde_json::Value> = String::from_utf8(o.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines[0]["leaked"], true);
    assert_eq!(lines[1]["leaked"], true);
    assert_eq!(lines[1]["verdict"], "weak");
    assert_eq!(lines[1]["warnings"][0], "leaked");
    assert_eq!(lines[2]["leaked"], false);
    assert_eq!(lines[2]["verdict"], "strong");
}

#[test]
fn the_human_output_gives_the_leaked_reason_in_vietnamese() {
    let o = run(&["password", "--lang", "vi"], b"1qaz!QAZ\n");
    let out = String::from_utf8(o.stdout).unwrap();
    assert!(
        out.contains("đã có trong các danh sách mật khẩu bị lộ"),
        "{out}"
    );
    assert!(!out.contains("1qaz"), "{out}");
}

#[test]
fn a_filter_built_from_a_list_is_usable_and_holds_no_password_of_it() {
    let dir = tempfile::tempdir().unwrap();
    let list = dir.path().join("list.txt");
    let out = dir.path().join("so.tkleaks");
    std::fs::write(&list, "Canary#Zebu7Quokka\r\nSo@Tnmt2024\n\nSo@Tnmt2024\n").unwrap();
    let o = run(
        &[
            "leaks",
            "build",
            "--from",
            list.to_str().unwrap(),
            "--out",
            out.to_str().unwrap(),
            "--lang",
            "en",
        ],
        b"",
    );
    let said = String::from_utf8_lossy(&[o.stdout.clone(), o.stderr.clone()].concat()).into_owned();
    assert!(o.status.success(), "{said}");
    assert!(said.contains("2 distinct passwords"), "{said}");
    assert!(!said.contains("Zebu") && !said.contains("Tnmt"), "{said}");
    let bytes = std::fs::read(&out).unwrap();
    let text = String::from_utf8_lossy(&bytes);
    assert!(!text.contains("Zebu") && !text.contains("Tnmt"));
    let o = run(
        &["leaks", "check", out.to_str().unwrap(), "--lang", "en"],
        b"",
    );
    assert!(o.status.success());
    assert!(String::from_utf8_lossy(&o.stderr).contains("can be used: 2 passwords"));
}

#[test]
fn bad_filter_files_are_refused_with_their_reason_and_exit_65() {
    let dir = tempfile::tempdir().unwrap();
    let list = dir.path().join("list.txt");
    let good = dir.path().join("good.tkleaks");
    std::fs::write(&list, "So@Tnmt2024\n").unwrap();
    let o = run(
        &[
            "leaks",
            "build",
            "--from",
            list.to_str().unwrap(),
            "--out",
            good.to_str().unwrap(),
        ],
        b"",
    );
    assert!(o.status.success());
    let bytes = std::fs::read(&good).unwrap();
    let cases: [(&str, Vec<u8>, &str); 4] = [
        (
            "cut.tkleaks",
            bytes[..bytes.len() / 2].to_vec(),
            "cut short",
        ),
        (
            "json.tkleaks",
            b"{\"not\": \"a filter\"}".to_vec(),
            "is not a leaked-password filter",
        ),
        (
            "v9.tkleaks",
            {
                let mut b = bytes.clone();
                b[8] = 9;
                b
            },
            "version 9",
        ),
        (
            "big.tkleaks",
            vec![0u8; 9 * 1024 * 1024],
            "over the 8 MB allowed",
        ),
    ];
    for (name, content, reason) in cases {
        let path = dir.path().join(name);
        std::fs::write(&path, content).unwrap();
        let o = run(
            &["leaks", "check", path.to_str().unwrap(), "--lang", "en"],
            b"",
        );
        let err = String::from_utf8_lossy(&o.stderr);
        assert_eq!(o.status.code(), Some(65), "{name}: {err}");
        assert!(err.contains(reason) && err.contains(name), "{name}: {err}");
    }
}

#[test]
fn a_list_that_is_missing_or_empty_makes_no_filter() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("x.tkleaks");
    let missing = dir.path().join("missing.txt");
    let o = run(
        &[
            "leaks",
            "build",
            "--from",
            missing.to_str().unwrap(),
            "--out",
            out.to_str().unwrap(),
        ],
        b"",
    );
    assert_eq!(o.status.code(), Some(66));
    let empty = dir.path().join("empty.txt");
    std::fs::write(&empty, "\n\n").unwrap();
    let o = run(
        &[
            "leaks",
            "build",
            "--from",
            empty.to_str().unwrap(),
            "--out",
            out.to_str().unwrap(),
        ],
        b"",
    );
    assert_eq!(o.status.code(), Some(65));
    assert!(!out.exists());
}
