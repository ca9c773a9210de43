//! The roll-up's posture columns over reports made the way TựKiểm makes them.

use super::super::Rollup;
use crate::assessment::document::tests::{NOW, sample_check, sample_checklist};
use crate::assessment::document::{MachineFacts, Person, ReportInput, build, to_json};
use crate::checks::{Finding, Status};
use crate::{Lang, Localizer, Msg};

/// A report of a person's PC whose check found `posture` (id, status) besides the sample's.
fn report(name: &str, posture: &[(&'static str, Status)]) -> String {
    let mut check = sample_check();
    for &(id, status) in posture {
        check.findings.push(
            Finding::new(
                id,
                status,
                Msg::new("check-remote-title"),
                Msg::new("check-remote-none"),
            )
            .from_check(id),
        );
    }
    let made = build(
        &ReportInput {
            profile: &crate::Profile::embedded(),
            check: Some(&check),
            checklist: Some(&sample_checklist()),
            person: Person::new(Some(name), None),
            machine: MachineFacts {
                hostname: Some(format!("PC-{name}")),
                os_name: None,
                recorded: None,
            },
            now_unix: NOW,
            utc_offset_minutes: 420,
        },
        &Localizer::new(Lang::Vi),
    );
    to_json(&made)
}

fn roll(files: &[(&str, String)], lang: Lang) -> Rollup {
    super::super::tests::roll(files, None, lang)
}

/// The cell of `person` under the column whose title is `column`'s text.
fn cell(r: &Rollup, lang: Lang, person: &str, column: &str) -> String {
    let title = Localizer::new(lang).text(column);
    let at = r.view.columns.iter().position(|c| *c == title).unwrap();
    let row = r
        .view
        .rows
        .iter()
        .find(|row| row.cells[1] == person)
        .unwrap();
    row.cells[at].clone()
}

const CLERK_PC: [(&str, Status); 5] = [
    ("run-box", Status::Critical),
    ("windows-support", Status::Warning),
    ("windows-updates", Status::Warning),
    ("firewall", Status::Warning),
    ("smartscreen", Status::Warning),
];

#[test]
fn a_run_box_trace_and_the_recommendations_to_look_at_get_their_own_columns_in_both_languages() {
    let files = [
        ("lan.json", report("Lan", &CLERK_PC)),
        (
            "binh.json",
            report(
                "Bình",
                &[
                    ("run-box", Status::Ok),
                    ("windows-support", Status::Ok),
                    ("windows-updates", Status::Ok),
                    ("firewall", Status::Ok),
                    ("smartscreen", Status::Ok),
                ],
            ),
        ),
    ];
    let vi = roll(&files, Lang::Vi);
    assert_eq!(vi.people[0].posture.len(), 5);
    assert_eq!(
        cell(&vi, Lang::Vi, "Lan", "rollup-col-run-box"),
        "Có: cần báo sự cố"
    );
    assert_eq!(
        cell(&vi, Lang::Vi, "Lan", "rollup-col-windows"),
        "Cần xem lại: thời hạn hỗ trợ, cập nhật, tường lửa, SmartScreen"
    );
    assert_eq!(
        cell(&vi, Lang::Vi, "Bình", "rollup-col-run-box"),
        "Không có"
    );
    assert_eq!(cell(&vi, Lang::Vi, "Bình", "rollup-col-windows"), "Ổn");
    assert!(vi.view.columns.iter().any(|c| c.contains("(TựKiểm gợi ý)")));
    let en = roll(&files, Lang::En);
    assert_eq!(
        cell(&en, Lang::En, "Lan", "rollup-col-windows"),
        "Needs a look: support period, updates, firewall, SmartScreen"
    );
    assert!(
        en.view
            .columns
            .iter()
            .any(|c| c.contains("(TựKiểm suggests)"))
    );
}

#[test]
fn what_could_not_be_checked_or_does_not_apply_is_said_so_never_fine() {
    let files = [
        (
            "an.json",
            report(
                "An",
                &[
                    ("run-box", Status::Unknown),
                    ("windows-support", Status::Ok),
                    ("firewall", Status::Unknown),
                    ("smartscreen", Status::Warning),
                ],
            ),
        ),
        (
            "linux.json",
            report(
                "Cường",
                &[
                    ("run-box", Status::NotApplicable),
                    ("smartscreen", Status::NotApplicable),
                ],
            ),
        ),
        // Saved before these checks existed.
        ("old.json", report("Dũng", &[])),
    ];
    let r = roll(&files, Lang::Vi);
    assert_eq!(
        cell(&r, Lang::Vi, "An", "rollup-col-run-box"),
        "Chưa kiểm tra được"
    );
    assert_eq!(
        cell(&r, Lang::Vi, "An", "rollup-col-windows"),
        "Cần xem lại: SmartScreen; Chưa kiểm tra được: tường lửa"
    );
    assert_eq!(
        cell(&r, Lang::Vi, "Cường", "rollup-col-run-box"),
        "Không áp dụng cho máy này"
    );
    assert_eq!(
        cell(&r, Lang::Vi, "Cường", "rollup-col-windows"),
        "Không áp dụng cho máy này"
    );
    for column in ["rollup-col-run-box", "rollup-col-windows"] {
        assert_eq!(cell(&r, Lang::Vi, "Dũng", column), "Chưa kiểm tra");
    }
}

#[test]
fn a_rollup_read_back_keeps_its_posture_cells_and_only_known_ids_once() {
    let first = roll(&[("lan.json", report("Lan", &CLERK_PC))], Lang::Vi);
    let mut doc: serde_json::Value =
        serde_json::from_str(&crate::rollup::json::to_json(&first)).unwrap();
    // A hand-edited file: an unknown id and a repeated one (the row is then marked damaged,
    // and still shown).
    let cells = doc["people"][0]["posture"].as_array_mut().unwrap();
    cells.push(serde_json::json!({"id": "format-c", "status": "ok"}));
    cells.push(serde_json::json!({"id": "run-box", "status": "ok"}));
    let again = roll(&[("tong-hop.json", doc.to_string())], Lang::Vi);
    let ids: Vec<&str> = again.people[0]
        .posture
        .iter()
        .map(|c| c.id.as_str())
        .collect();
    assert_eq!(
        ids,
        [
            "run-box",
            "windows-support",
            "windows-updates",
            "firewall",
            "smartscreen"
        ]
    );
    assert_eq!(
        cell(&again, Lang::Vi, "Lan", "rollup-col-run-box"),
        "Có: cần báo sự cố"
    );
}
