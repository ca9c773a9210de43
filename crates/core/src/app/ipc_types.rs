//! `ui/src/gen/ipc.ts`, the TypeScript side of the IPC replies core decides, generated from these
//! Rust types with ts-rs (a test-only dependency: nothing of it ships). The test compares the
//! committed file with what the types give today and fails when they differ; it never writes a
//! tracked file. `scripts/gen-ipc` writes it on purpose (`TUKIEM_IPC_OUT`).

use ts_rs::{Config, TS};

use crate::app::checks::ChecksView;
use crate::app::passwords::{Marked, SystemRow};
use crate::app::summary::{PointView, SummaryView, SystemLeft};
use crate::change_steps::ChangeSteps;
use crate::checks::{Action, CheckReport, Finding, OsKind, Status};
use crate::incident::Kind;
use crate::profile::Localized;
use crate::report::score::{Component, Part, Score, ScoreAction, State, Target};
use crate::{Lang, Msg};

const HEADER: &str = "// Generated from Rust by ts-rs (crates/core/src/app/ipc_types.rs): do not edit.\n\
// `scripts/gen-ipc` regenerates it; `cargo test -p tukiem-core --lib app::ipc_types` checks it.\n";

fn generated() -> String {
    // Seconds since the epoch and counts are well inside a JavaScript number.
    let cfg = Config::new().with_large_int("number");
    let decls = [
        Msg::decl(&cfg),
        Lang::decl(&cfg),
        Localized::decl(&cfg),
        Status::decl(&cfg),
        OsKind::decl(&cfg),
        Kind::decl(&cfg),
        Action::decl(&cfg),
        Finding::decl(&cfg),
        CheckReport::decl(&cfg),
        ChecksView::decl(&cfg),
        ChangeSteps::decl(&cfg),
        SystemRow::decl(&cfg),
        Marked::decl(&cfg),
        Part::decl(&cfg),
        State::decl(&cfg),
        Component::decl(&cfg),
        Target::decl(&cfg),
        ScoreAction::decl(&cfg),
        Score::decl(&cfg),
        PointView::decl(&cfg),
        SystemLeft::decl(&cfg),
        SummaryView::decl(&cfg),
    ];
    let mut out = String::from(HEADER);
    for d in decls {
        out.push_str("\nexport ");
        out.push_str(&d);
        out.push('\n');
    }
    out
}

#[test]
fn the_generated_ipc_types_are_current() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../ui/src/gen/ipc.ts");
    let want = generated();
    if let Some(out) = std::env::var_os("TUKIEM_IPC_OUT") {
        std::fs::write(out, &want).unwrap();
        return;
    }
    let have = std::fs::read_to_string(path).unwrap_or_default();
    assert!(
        have == want,
        "ui/src/gen/ipc.ts is not what the Rust types give: run scripts/gen-ipc\n{want}"
    );
}
