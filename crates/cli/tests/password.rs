//! Black-box tests of `tukiem-cli password`: standard input in, one result per line out, and the
//! passwords themselves never appear anywhere in the output.

mod common;

use common::run;

#[test]
fn json_is_one_object_per_line_with_the_contract_fields() {
    let o = run(
        &["password", "--json"],
        b"Namdinh@2023\nabc\r\nGio-Bien7-Xanh!Ngat\n",
    );
    assert!(o.status.success());
    let out = String::from_utf8(o.stdout).unwrap();
    let lines: Vec<serde_json::Value> = out
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 3);
    assert_eq!(lines[0]["verdict"], "weak");
    assert_eq!(lines[0]["meets_rule"], true);
    assert!(
        lines[0]["warnings"]
            .as_array()
            .unwrap()
            .contains(&"default_shape".into())
    );
    assert_eq!(lines[1]["verdict"], "fails_rule");
    assert_eq!(
        lines[1]["missing"],
        serde_json::json!(["length", "upper", "digit", "special"])
    );
    assert_eq!(lines[2]["verdict"], "strong");
    for l in &lines {
        assert!(l["score"].as_u64().unwrap() <= 4);
        assert!(l["guesses_log10"].is_number());
        assert!(l["suggestions"].is_array(), "{l}");
    }
    assert_eq!(
        lines[0]["suggestions"],
        serde_json::json!(["use_a_few_words"])
    );
    assert_eq!(
        lines[1]["suggestions"],
        serde_json::json!(["add_another_word", "avoid_sequences"])
    );
    assert_eq!(lines[2]["suggestions"], serde_json::json!([]));
}

#[test]
fn json_never_suggests_dropping_symbols_digits_or_upper_case() {
    // An empty line is where zxcvbn says "no need for symbols, digits, or uppercase letters".
    let o = run(&["password", "--json"], b"\n");
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(
        v["suggestions"],
        serde_json::json!(["use_a_few_words"]),
        "{v}"
    );
}

#[test]
fn passwords_never_appear_in_any_output() {
    let canary = "Canary#Zebu7Quokka";
    for args in [
        &["password"][..],
        &["password", "--json"],
        &["password", "--lang", "en"],
    ] {
        let o = run(args, format!("{canary}\n").as_bytes());
        let all = [o.stdout, o.stderr].concat();
        let text = String::from_utf8_lossy(&all);
        assert!(
            !text.contains("Zebu") && !text.contains("Quokka") && !text.contains("anary"),
            "{text}"
        );
    }
}

#[test]
fn personal_details_from_stdin_count_against_the_passwords() {
    let o = run(
        &["password", "--json", "--user-input-stdin"],
        "Lê Thị Ngọc Ánh\n19/07/1992\n\nNgocanh#2024!\nXanh#19071992q\n".as_bytes(),
    );
    assert!(o.status.success());
    let out = String::from_utf8(o.stdout).unwrap();
    let lines: Vec<serde_json::Value> = out
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(
        lines.len(),
        2,
        "one result per password, none per detail: {out}"
    );
    for v in &lines {
        assert_eq!(v["verdict"], "weak", "{v}");
        assert!(
            v["warnings"]
                .as_array()
                .unwrap()
                .contains(&"personal_info".into()),
            "{v}"
        );
    }
}

#[test]
fn personal_details_never_appear_in_any_output() {
    for args in [
        &["password", "--user-input-stdin"][..],
        &["password", "--json", "--user-input-stdin"],
    ] {
        let o = run(
            args,
            b"Quokkaname Zebusurname\n0912345678\n\nAbc#12345678\n",
        );
        let all = [o.stdout, o.stderr].concat();
        let text = String::from_utf8_lossy(&all);
        assert!(
            !text.to_lowercase().contains("quokka")
                && !text.to_lowercase().contains("zebu")
                && !text.contains("0912345678"),
            "{text}"
        );
    }
}

#[test]
fn human_output_numbers_passwords_not_detail_lines() {
    let o = run(
        &["password", "--lang", "en", "--user-input-stdin"],
        b"Tran Van Binh\n\nMatkhau@123\nabc\n",
    );
    let out = String::from_utf8(o.stdout).unwrap();
    assert!(out.starts_with("1: "), "{out}");
    assert!(out.contains("\n2: "), "{out}");
}

#[test]
fn personal_details_are_no_longer_accepted_as_arguments() {
    // Arguments are visible in the process list to every user of the computer.
    let o = run(&["password", "--user-input", "Lê Thị Ngọc Ánh"], b"");
    assert!(!o.status.success());
}

#[test]
fn human_output_is_localized_and_numbered() {
    let o = run(&["password", "--lang", "vi"], b"Matkhau@123\n");
    let out = String::from_utf8(o.stdout).unwrap();
    assert!(out.starts_with("1: Yếu — dễ bị đoán"), "{out}");
    let o = run(&["password", "--lang", "en"], b"matkhau\n");
    let out = String::from_utf8(o.stdout).unwrap();
    assert!(out.contains("no upper-case letter"), "{out}");
}

#[test]
fn invalid_utf8_is_bad_input_data_not_a_crash() {
    let o = run(&["password", "--lang", "en"], b"ok\n\xff\xfe\n");
    assert_eq!(
        o.status.code(),
        Some(65),
        "bad input data, not a check result"
    );
    assert!(String::from_utf8_lossy(&o.stderr).contains("Line 2 is not UTF-8 text"));
}

#[test]
fn weak_passwords_still_exit_zero_and_empty_input_prints_nothing() {
    let o = run(&["password"], b"123456\n");
    assert!(o.status.success());
    let o = run(&["password", "--json"], b"");
    assert!(o.status.success() && o.stdout.is_empty());
}
