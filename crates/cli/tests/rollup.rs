//! Black-box tests of `tukiem-cli rollup` over reports made by the real `tukiem-cli report
//! --json` in a temp dir: duplicates, a damaged and a hand-edited file, a training report, a
//! foreign JSON, a truncated, an oversized and a FIFO file; the .xlsx read back; roll-ups of
//! roll-ups.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::OnceLock;

const AN: &str = "Nguy\u{1ec5}n V\u{103}n An";
const BINH: &str = "Tr\u{1ea7}n Th\u{1ecb} B\u{ec}nh";
const UNIT: &str = "V\u{103}n ph\u{f2}ng U\u{1ef7} ban";

fn cli(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_tukiem-cli"))
        .args(args)
        .env_remove("TUKIEM_PROFILE")
        // No Department bundle from this computer (`docs/bundle.md`): the embedded profile.
        .env("TUKIEM_SYSTEM_DIR", "/nonexistent/tukiem")
        .env("TUKIEM_DATA_DIR", "/nonexistent/tukiem")
        .env("LANG", "C")
        .output()
        .expect("tukiem-cli runs")
}

fn ok(o: &Output) -> &Output {
    assert!(
        o.status.success(),
        "exit {:?}\nstdout: {}\nstderr: {}",
        o.status.code(),
        String::from_utf8_lossy(&o.stdout),
        String::from_utf8_lossy(&o.stderr)
    );
    o
}

/// Real reports of this computer, made once for every test: An twice (the second is later),
/// Bình once, and one of a recorded (training) machine.
struct Reports {
    _dir: tempfile::TempDir,
    an_old: String,
    an_new: String,
    binh: String,
    recorded: String,
}

fn reports() -> &'static Reports {
    static R: OnceLock<Reports> = OnceLock::new();
    R.get_or_init(|| {
        let dir = tempfile::tempdir().unwrap();
        let report = |name: &str| {
            let o = cli(&[
                "report", "--json", "--lang", "vi", "--name", name, "--unit", UNIT,
            ]);
            String::from_utf8(ok(&o).stdout.clone()).unwrap()
        };
        let an_old = report(AN);
        // Reports carry seconds: make sure the second one is later.
        std::thread::sleep(std::time::Duration::from_millis(1100));
        let an_new = report(AN);
        let binh = report(BINH);
        let scenario =
            Path::new(env!("CARGO_MANIFEST_DIR")).join("../../scenarios/windows-browsers");
        let o = cli(&[
            "report",
            "--json",
            "--scenario",
            scenario.to_str().unwrap(),
            "--name",
            "Trainer",
        ]);
        let recorded = String::from_utf8(ok(&o).stdout.clone()).unwrap();
        Reports {
            _dir: dir,
            an_old,
            an_new,
            binh,
            recorded,
        }
    })
}

fn write(dir: &Path, name: &str, text: &str) -> PathBuf {
    let path = dir.join(name);
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(&path, text).unwrap();
    path
}

fn rollup_json(args: &[&str]) -> serde_json::Value {
    let mut all = vec!["rollup", "--json", "--lang", "en"];
    all.extend_from_slice(args);
    let o = cli(&all);
    serde_json::from_slice(&ok(&o).stdout).expect("one JSON document")
}

fn names(doc: &serde_json::Value) -> Vec<String> {
    doc["people"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["name"].as_str().unwrap_or("").to_owned())
        .collect()
}

fn refused(doc: &serde_json::Value) -> Vec<(String, String)> {
    doc["refused"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            let file = r["file"].as_str().unwrap();
            let file = Path::new(file)
                .file_name()
                .unwrap()
                .to_string_lossy()
                .into_owned();
            (file, r["reason"].as_str().unwrap().to_owned())
        })
        .collect()
}

/// A folder a clerk might bring: good reports, a duplicate, and every kind of bad file.
fn messy_folder() -> tempfile::TempDir {
    let r = reports();
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    write(d, "usb/an-cu.json", &r.an_old);
    write(d, "usb/zalo/an-moi.json", &r.an_new);
    write(d, "binh.json", &r.binh);
    write(d, "tap-huan.json", &r.recorded);
    write(d, "khac.json", "{\"hello\": \"world\"}");
    write(d, "ghi-chu.txt", "not read: not a .json in a folder");
    // Cut near the middle, on a character boundary (the report holds Vietnamese text).
    let half = (0..=r.binh.len() / 2)
        .rev()
        .find(|&i| r.binh.is_char_boundary(i))
        .unwrap_or(0);
    write(d, "cat-do.json", &r.binh[..half]);
    write(
        d,
        "phien-ban-2.json",
        &r.binh.replace("tukiem.report/1", "tukiem.report/2"),
    );
    // Hand-edited: the score pushed up in a text editor.
    let v: serde_json::Value = serde_json::from_str(&r.binh).unwrap();
    let score = v["score"].as_u64().unwrap();
    let edited = r.binh.replace(
        &format!("\"score\": {score},"),
        &format!("\"score\": {},", if score == 100 { 99 } else { 100 }),
    );
    assert_ne!(edited, r.binh);
    write(
        d,
        "sua-tay/binh.json",
        &edited.replace(BINH, "L\u{ea} V\u{103}n S\u{1eed}a"),
    );
    // Oversized: a sparse file past the cap (no need to fill it).
    let big = std::fs::File::create(d.join("to.json")).unwrap();
    big.set_len(40 * 1024 * 1024).unwrap();
    #[cfg(unix)]
    {
        let fifo = std::ffi::CString::new(d.join("ong.json").to_str().unwrap()).unwrap();
        // SAFETY: a valid C string; mkfifo only creates the node.
        assert_eq!(unsafe { libc_mkfifo(fifo.as_ptr(), 0o600) }, 0);
    }
    dir
}

#[cfg(unix)]
unsafe extern "C" {
    #[link_name = "mkfifo"]
    fn libc_mkfifo(path: *const std::ffi::c_char, mode: u32) -> i32;
}

#[test]
fn a_messy_folder_rolls_up_lists_every_bad_file_with_its_reason_and_never_aborts() {
    let dir = messy_folder();
    let doc = rollup_json(&[dir.path().to_str().unwrap()]);
    assert_eq!(doc["schema"], "tukiem.rollup/1");
    let mut people = names(&doc);
    people.sort();
    assert_eq!(people, ["L\u{ea} V\u{103}n S\u{1eed}a", AN, BINH]);
    let mut refused = refused(&doc);
    refused.sort();
    let mut expected: Vec<(String, String)> = [
        ("cat-do.json", "truncated"),
        ("khac.json", "foreign"),
        ("phien-ban-2.json", "version"),
        ("tap-huan.json", "recorded"),
        ("to.json", "too_large"),
    ]
    .iter()
    .map(|(a, b)| (a.to_string(), b.to_string()))
    .collect();
    if cfg!(unix) {
        expected.push(("ong.json".into(), "not_a_file".into()));
        expected.sort();
    }
    assert_eq!(refused, expected);
    for r in doc["refused"].as_array().unwrap() {
        assert!(
            r["text"]
                .as_str()
                .unwrap()
                .contains(r["file"].as_str().unwrap())
        );
    }
}

#[test]
fn the_same_person_and_machine_appear_once_the_latest_wins_and_the_older_is_listed() {
    let dir = messy_folder();
    let doc = rollup_json(&[dir.path().to_str().unwrap()]);
    let an: Vec<&serde_json::Value> = doc["people"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|p| p["name"] == AN)
        .collect();
    assert_eq!(an.len(), 1);
    assert!(an[0]["source"].as_str().unwrap().ends_with("an-moi.json"));
    let replaced = doc["replaced"].as_array().unwrap();
    assert_eq!(replaced.len(), 1);
    assert!(
        replaced[0]["file"]
            .as_str()
            .unwrap()
            .ends_with("an-cu.json")
    );
    assert!(replaced[0]["by"].as_str().unwrap().ends_with("an-moi.json"));
    assert_eq!(doc["summary"]["replaced"], 1);
}

#[test]
fn a_hand_edited_report_is_marked_and_left_out_of_the_shares_an_old_one_reads_as_unmarked() {
    let r = reports();
    let dir = messy_folder();
    // A report saved before integrity marks: the mark line removed, the JSON still valid.
    let old: String = r
        .binh
        .lines()
        .filter(|l| !l.trim_start().starts_with("\"integrity\""))
        .collect::<Vec<_>>()
        .join("\n")
        .replace("],\n}", "]\n}");
    serde_json::from_str::<serde_json::Value>(&old).expect("still JSON");
    let old_dir = tempfile::tempdir().unwrap();
    write(
        old_dir.path(),
        "cu.json",
        &old.replace(BINH, "Ph\u{1ea1}m C\u{169}"),
    );
    let doc = rollup_json(&[
        dir.path().to_str().unwrap(),
        old_dir.path().to_str().unwrap(),
    ]);
    let by_name = |n: &str| {
        doc["people"]
            .as_array()
            .unwrap()
            .iter()
            .find(|p| p["name"] == n)
            .cloned()
            .unwrap()
    };
    assert_eq!(by_name(AN)["integrity"], "intact");
    assert_eq!(
        by_name("L\u{ea} V\u{103}n S\u{1eed}a")["integrity"],
        "damaged"
    );
    assert_eq!(by_name("Ph\u{1ea1}m C\u{169}")["integrity"], "no_mark");
    let s = &doc["summary"];
    assert_eq!(s["people"], 4);
    assert_eq!(s["damaged"], 1);
    assert_eq!(s["counted"], 3);
    assert_eq!(s["no_mark"], 1);
}

#[test]
fn the_summary_names_who_on_the_staff_list_brought_no_report() {
    let r = reports();
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "an.json", &r.an_new);
    let staff = write(
        dir.path(),
        "danh-sach.csv",
        &format!(
            "H\u{1ecd} v\u{e0} t\u{ea}n,Ch\u{1ee9}c v\u{1ee5}\n{},x\n{BINH},y\n",
            AN.to_uppercase()
        ),
    );
    let doc = rollup_json(&[
        "--staff",
        staff.to_str().unwrap(),
        dir.path().join("an.json").to_str().unwrap(),
    ]);
    assert_eq!(doc["summary"]["staff"]["listed"], 2);
    assert_eq!(
        doc["summary"]["staff"]["missing"],
        serde_json::json!([BINH])
    );
}

#[test]
fn an_unreadable_staff_list_stops_with_exit_66_and_names_the_file() {
    let o = cli(&[
        "rollup",
        "--lang",
        "en",
        "--staff",
        "/nonexistent/staff.txt",
        "/tmp",
    ]);
    assert_eq!(o.status.code(), Some(66));
    assert!(String::from_utf8_lossy(&o.stderr).contains("/nonexistent/staff.txt"));
}

#[test]
fn the_xlsx_reads_back_with_vietnamese_intact() {
    use calamine::{Reader, Xlsx, open_workbook};
    let dir = messy_folder();
    let out = tempfile::tempdir().unwrap();
    let file = out.path().join("tong-hop.xlsx");
    ok(&cli(&[
        "rollup",
        "--lang",
        "vi",
        "--xlsx",
        file.to_str().unwrap(),
        dir.path().to_str().unwrap(),
    ]));
    let mut wb: Xlsx<_> = open_workbook(&file).expect("a valid .xlsx");
    let sheets = wb.sheet_names();
    assert_eq!(
        sheets,
        [
            "Danh s\u{e1}ch",
            "T\u{1ed5}ng h\u{1ee3}p",
            "T\u{1ec7}p kh\u{f4}ng d\u{f9}ng"
        ]
    );
    let people = wb.worksheet_range("Danh s\u{e1}ch").unwrap();
    let cells: Vec<String> = people.rows().flatten().map(|c| c.to_string()).collect();
    assert!(cells.iter().any(|c| c == AN), "{cells:?}");
    assert!(cells.iter().any(|c| c == UNIT));
    assert!(cells.iter().any(|c| c == "H\u{1ecd} v\u{e0} t\u{ea}n"));
    assert!(
        cells
            .iter()
            .any(|c| c.starts_with("T\u{1ec7}p \u{111}\u{e3} b\u{1ecb} h\u{1ecf}ng"))
    );
    // Under the title of both sheets: the unit's own table, not a form the agency issued.
    let own = "B\u{1ea3}ng t\u{1ed5}ng h\u{1ee3}p c\u{e1}c phi\u{1ebf}u t\u{1ef1} \u{111}\u{e1}nh gi\u{e1}, do \u{111}\u{1a1}n v\u{1ecb} t\u{1ef1} l\u{1ead}p";
    assert!(cells.iter().any(|c| c.starts_with(own)), "{cells:?}");
    let summary = wb.worksheet_range("T\u{1ed5}ng h\u{1ee3}p").unwrap();
    assert!(
        summary
            .rows()
            .flatten()
            .any(|c| c.to_string().starts_with(own))
    );
    let files = wb
        .worksheet_range("T\u{1ec7}p kh\u{f4}ng d\u{f9}ng")
        .unwrap();
    let text: String = files
        .rows()
        .flatten()
        .map(|c| c.to_string())
        .collect::<Vec<_>>()
        .join("\n");
    assert!(
        text.contains("khac.json") && text.contains("an-cu.json"),
        "{text}"
    );
}

#[test]
fn html_and_pdf_are_written_for_signing_with_the_names_in_them() {
    let dir = messy_folder();
    let out = tempfile::tempdir().unwrap();
    let html = out.path().join("t.html");
    let pdf = out.path().join("t.pdf");
    ok(&cli(&[
        "rollup",
        "--lang",
        "vi",
        "--html",
        html.to_str().unwrap(),
        "--pdf",
        pdf.to_str().unwrap(),
        dir.path().to_str().unwrap(),
    ]));
    let page = std::fs::read_to_string(&html).unwrap();
    assert!(
        page.contains(AN)
            && page.contains("TH\u{1ee6} TR\u{1af}\u{1ede}NG \u{110}\u{1a0}N V\u{1eca}")
    );
    let bytes = std::fs::read(&pdf).unwrap();
    assert!(bytes.starts_with(b"%PDF"));
    if let Ok(o) = Command::new("pdftotext").arg(&pdf).arg("-").output()
        && o.status.success()
    {
        let text = String::from_utf8_lossy(&o.stdout);
        assert!(text.contains(AN), "{text}");
    } else {
        eprintln!("pdftotext not installed: text extraction not checked");
    }
}

#[test]
fn roll_ups_of_roll_ups_count_every_office_and_keep_the_path_to_each_report() {
    let r = reports();
    let a = tempfile::tempdir().unwrap();
    let b = tempfile::tempdir().unwrap();
    write(a.path(), "an.json", &r.an_new);
    write(b.path(), "binh.json", &r.binh);
    write(b.path(), "khac.json", "[1, 2]");
    let district = tempfile::tempdir().unwrap();
    for (dir, name) in [(&a, "xa-a.json"), (&b, "xa-b.json")] {
        let o = cli(&[
            "rollup",
            "--json",
            "--lang",
            "vi",
            dir.path().to_str().unwrap(),
        ]);
        write(
            district.path(),
            name,
            std::str::from_utf8(&ok(&o).stdout).unwrap(),
        );
    }
    let doc = rollup_json(&[district.path().to_str().unwrap()]);
    let mut people = names(&doc);
    people.sort();
    assert_eq!(people, [AN, BINH]);
    for p in doc["people"].as_array().unwrap() {
        assert_eq!(p["integrity"], "intact", "{p}");
        assert!(p["source"].as_str().unwrap().contains("xa-"));
    }
    let refused = doc["refused"].as_array().unwrap();
    assert_eq!(refused.len(), 1);
    assert!(refused[0]["file"].as_str().unwrap().contains("xa-b.json"));
    assert_eq!(refused[0]["reason"], "foreign");
    // An office's roll-up edited by hand: every row from it is marked.
    let edited = std::fs::read_to_string(district.path().join("xa-a.json"))
        .unwrap()
        .replace(AN, "Ai \u{110}\u{f3}");
    write(district.path(), "xa-a.json", &edited);
    let doc = rollup_json(&[district.path().to_str().unwrap()]);
    let marked: Vec<&serde_json::Value> = doc["people"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|p| p["integrity"] == "damaged")
        .collect();
    assert_eq!(marked.len(), 1);
    assert_eq!(marked[0]["name"], "Ai \u{110}\u{f3}");
}

#[test]
fn text_output_shows_the_summary_and_the_honest_note() {
    let dir = messy_folder();
    let o = cli(&["rollup", "--lang", "en", dir.path().to_str().unwrap()]);
    let out = String::from_utf8(ok(&o).stdout.clone()).unwrap();
    assert!(out.contains("People with a report: 3"), "{out}");
    assert!(out.contains("not a determined forger"));
    assert!(out.contains("khac.json"));
}
