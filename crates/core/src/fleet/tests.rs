use super::*;
use crate::assessment::document::tests::sample_check;
use crate::checks::Finding;

fn input<'a>(report: &'a CheckReport, dir: &Path, fallback: Option<PathBuf>) -> Input<'a> {
    Input {
        enabled: true,
        subject: &Subject::ThisComputer,
        report,
        host: "PC-VANTHU-01",
        profile: "namdinh-sotttt-2023",
        app_version: "0.1.0",
        machine_dir: dir.to_path_buf(),
        fallback_dir: fallback,
    }
}

fn lines(dir: &Path) -> Vec<serde_json::Value> {
    std::fs::read_to_string(dir.join(LINES_FILE))
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

#[test]
fn off_by_default_and_never_for_a_recorded_machine() {
    let dir = tempfile::tempdir().unwrap();
    let report = sample_check();
    let mut i = input(&report, dir.path(), None);
    i.enabled = crate::profile::FleetOptions::default().enabled;
    assert_eq!(record(&i), Outcome::Off);
    let mut i = input(&report, dir.path(), None);
    let recorded = Subject::Recorded {
        name: "windows-browsers".into(),
    };
    i.subject = &recorded;
    assert_eq!(record(&i), Outcome::Off);
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0);
}

#[test]
fn the_line_matches_the_published_json_schema() {
    let schema: serde_json::Value = serde_json::from_str(include_str!(
        "../../../../docs/schemas/tukiem.check-1.schema.json"
    ))
    .unwrap();
    let validator = jsonschema::validator_for(&schema).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let mut report = sample_check();
    report.findings.push(
        Finding::new(
            "browser-chrome-Profile 1",
            Status::Critical,
            Msg::new("check-browsers-title"),
            Msg::new("check-remote-none"),
        )
        .from_check("browser-passwords"),
    );
    assert!(matches!(
        record(&input(&report, dir.path(), None)),
        Outcome::Written { .. }
    ));
    let line = &lines(dir.path())[0];
    let errors: Vec<String> = validator.iter_errors(line).map(|e| e.to_string()).collect();
    assert!(errors.is_empty(), "{errors:?}\n{line}");
    assert_eq!(line["schema"], "tukiem.check/1");
    assert_eq!(line["antivirus"], "unknown");
    assert_eq!(line["remote_access"], "warning");
    assert_eq!(line["browsers"], "critical");
    assert_eq!(line["findings"]["remote-access"], "warning");
    // A line the schema must refuse: proves the validator looks.
    let mut bad = line.clone();
    bad["gov_saved"] = serde_json::json!(-1);
    assert!(!validator.is_valid(&bad));
}

#[test]
fn the_line_holds_no_text_only_codes_counts_names_and_times() {
    let dir = tempfile::tempdir().unwrap();
    let report = sample_check();
    record(&input(&report, dir.path(), None));
    let text = std::fs::read_to_string(dir.path().join(LINES_FILE)).unwrap();
    // The finding's summary names UltraViewer and its reason says "60 seconds": neither appears.
    assert!(
        !text.contains("UltraViewer") && !text.contains("60"),
        "{text}"
    );
    assert!(!text.contains("check-"), "no message ids either: {text}");
}

#[test]
fn the_sqlite_file_answers_the_documented_atc_query() {
    let docs = include_str!("../../../../docs/fleet.md");
    let at = docs.find("\"auto_table_construction\"").unwrap();
    let start = docs[..at].rfind("```json").unwrap() + "```json".len();
    let end = start + docs[start..].find("```").unwrap();
    let atc: serde_json::Value = serde_json::from_str(&docs[start..end]).unwrap();
    let table = &atc["auto_table_construction"]["tukiem_check"];
    let query = table["query"].as_str().unwrap();
    let columns: Vec<&str> = table["columns"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c.as_str().unwrap())
        .collect();
    assert!(table["path"].as_str().unwrap().ends_with(DB_FILE));
    assert_eq!(table["platform"], "windows");

    let dir = tempfile::tempdir().unwrap();
    let mut report = sample_check();
    record(&input(&report, dir.path(), None));
    report.checked_at += 86_400;
    record(&input(&report, dir.path(), None));
    let conn = rusqlite::Connection::open(dir.path().join(DB_FILE)).unwrap();
    let mut stmt = conn.prepare(query).unwrap();
    let names: Vec<String> = stmt.column_names().iter().map(|s| s.to_string()).collect();
    assert_eq!(names, columns);
    let rows: Vec<(String, i64, String)> = stmt
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(7)?)))
        .unwrap()
        .map(|r| r.unwrap())
        .collect();
    assert_eq!(
        rows,
        [(
            "PC-VANTHU-01".to_owned(),
            report.checked_at,
            "unknown".to_owned()
        )],
        "one row: the latest check"
    );
    // The Department's query from the same page runs too.
    let fleet_at = docs.find("```sql").unwrap() + "```sql".len();
    let fleet_query = &docs[fleet_at..fleet_at + docs[fleet_at..].find("```").unwrap()];
    let hits: i64 = conn
        .query_row(
            &format!(
                "SELECT count(*) FROM ({})",
                fleet_query.trim().trim_end_matches(';')
            ),
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(hits, 1, "antivirus unknown is flagged");
    assert_eq!(lines(dir.path()).len(), 2, "the line file keeps both");
}

#[test]
fn a_full_line_file_is_rotated_keeping_one_older_generation() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join(LINES_FILE),
        vec![b'x'; ROTATE_BYTES as usize],
    )
    .unwrap();
    let report = sample_check();
    record(&input(&report, dir.path(), None));
    assert_eq!(lines(dir.path()).len(), 1);
    let old = dir.path().join(format!("{LINES_FILE}.1"));
    assert_eq!(std::fs::metadata(old).unwrap().len(), ROTATE_BYTES);
}

#[test]
fn an_unwritable_machine_folder_falls_back_and_says_so_or_fails_clearly() {
    let dir = tempfile::tempdir().unwrap();
    // A file where the folder should be: no one can write inside it, root included.
    let blocked = dir.path().join("blocked");
    std::fs::write(&blocked, "").unwrap();
    let report = sample_check();
    let fallback = dir.path().join("fallback");
    match record(&input(&report, &blocked, Some(fallback.clone()))) {
        Outcome::Fallback {
            dir: d,
            machine_dir,
            ..
        } => {
            assert_eq!(d, fallback);
            assert_eq!(machine_dir, blocked);
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(lines(&fallback).len(), 1);
    let o = record(&input(&report, &blocked, None));
    assert!(matches!(o, Outcome::Failed { .. }));
    let msg = o.problem().unwrap();
    assert_eq!(msg.id, "fleet-failed");
}

#[test]
fn the_machine_folder_is_programdata_on_windows() {
    assert_eq!(
        machine_dir(OsKind::Windows, Some(std::ffi::OsStr::new(r"D:\PD"))),
        PathBuf::from(r"D:\PD").join("TuKiem")
    );
    assert_eq!(
        machine_dir(OsKind::Linux, None),
        PathBuf::from("/var/lib/tukiem")
    );
}

#[test]
fn the_profile_turns_fleet_output_on_only_when_it_says_so() {
    assert!(!crate::Profile::embedded().fleet.enabled);
    let text = include_str!("../../../../profiles/default.toml");
    let on =
        crate::Profile::parse(&format!("{text}\n[fleet]\nenabled = true\n"), "p.toml").unwrap();
    assert!(on.fleet.enabled);
    let typo = crate::Profile::parse(&format!("{text}\n[fleet]\nenable = true\n"), "p.toml");
    assert!(
        typo.is_err(),
        "an unknown key is refused, not silently ignored"
    );
}
