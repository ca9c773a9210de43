//! `ui/src/gen/ipc.ts`, the TypeScript side of every desktop command: each command's request and
//! reply (the `Commands` map, checked here against [`super::COMMANDS`]) and every type they name,
//! generated from the Rust types with ts-rs (a test-only dependency: nothing of it ships). The
//! test compares the committed file with what the types give today and fails when they differ;
//! it never writes a tracked file. `scripts/gen-ipc` writes it on purpose (`TUKIEM_IPC_OUT`).

use ts_rs::{Config, TS};

use crate::advice::{Advice, Block, ContactCard, Section, Step};
use crate::app::bundle::{BundlePreview, Changes};
use crate::app::checks::ChecksView;
use crate::app::passwords::{Assessed, EarlierUse, Marked, SystemRow};
use crate::app::replies::{
    Bootstrap, BundleCurrent, BundleInstalled, BundlePicked, ChecksSetup, Generated, IncidentSetup,
    PasswordSetup, PerLang, ProfileProblem, QuizAnswer, QuizScore, RollupPick, RollupReply,
    RuleLine,
};
use crate::app::session::TrainingView;
use crate::app::summary::{PointView, SummaryView, SystemLeft};
use crate::app::{report, rollup as rollup_use_case};
use crate::assessment::score::{ActionScreen, Component, Part, Score, ScoreAction, State};
use crate::bundle::Counts;
use crate::change_steps::ChangeSteps;
use crate::checks::training::TrainingScenario;
use crate::checks::{Action, CheckReport, Finding, OsKind, Progress, Status, StatusWords};
use crate::incident::{Contact, Kind, KindChoice, Mail, Sender};
use crate::links::ShownLink;
use crate::password::crack_time::CrackTime;
use crate::password::generate::Mode;
use crate::password::policy::Requirement;
use crate::password::strength::{Assessment, Verdict};
use crate::profile::Localized;
use crate::quiz::{Band, Mark, QuestionView};
use crate::rollup::View;
use crate::rollup::summary::{StaffCheck, Summary, SystemShare};
use crate::{Lang, Msg};

const HEADER: &str = "// Generated from Rust by ts-rs (crates/core/src/app/ipc_types.rs): do not edit.\n\
// `scripts/gen-ipc` regenerates it; `cargo test -p tukiem-core --lib app::ipc_types` checks it.\n";

/// One command as the web view calls it: its name, its arguments (camelCase, as Tauri takes
/// them) with their TypeScript types, and what it resolves to. The Rust spellings are kept to
/// compare with [`super::COMMANDS`].
struct Row {
    name: &'static str,
    args: Vec<(String, String)>,
    reply: String,
    rust_request: String,
    rust_reply: &'static str,
}

/// `system_id` → `systemId`: Tauri's argument names on the web view's side.
fn camel(snake: &str) -> String {
    let mut out = String::new();
    let mut up = false;
    for c in snake.chars() {
        if c == '_' {
            up = true;
        } else if up {
            out.extend(c.to_uppercase());
            up = false;
        } else {
            out.push(c);
        }
    }
    out
}

/// Each row: `"name" (arg: Type, …) -> Reply`. A reply of `Result<T, Msg>` resolves to `T` and
/// rejects with a `Msg`, so `T` is written and `rejects` marks it.
macro_rules! rows {
    ($cfg:ident; $( $name:literal ( $( $arg:ident : $ty:ty ),* ) -> $(rejects)? $reply:ty => $rust_reply:literal ; )*) => {
        vec![ $( Row {
            name: $name,
            args: vec![ $( (camel(stringify!($arg)), <$ty as TS>::name($cfg)) ),* ],
            reply: <$reply as TS>::name($cfg),
            rust_request: Vec::<String>::from([ $( format!("{}: {}", stringify!($arg), stringify!($ty)) ),* ]).join(", "),
            rust_reply: $rust_reply,
        } ),* ]
    };
}

type ReportFormat = report::Format;
type RollupFormat = rollup_use_case::Format;

fn command_rows(cfg: &Config) -> Vec<Row> {
    let mut rows = rows! { cfg;
        "bootstrap" () -> Bootstrap => "Bootstrap";
        "advice" (language: Lang) -> Advice => "Advice";
        "set_language" (language: Lang) -> () => "Result<(), Msg>";
        "password_setup" () -> PasswordSetup => "PasswordSetup";
        "assess_password" (password: String, personal: Vec<String>) -> Assessed => "Result<Assessed, Msg>";
        "generate_password" (mode: Mode) -> Generated => "Result<Generated, Msg>";
        "mark_done" (system_id: String, password: Option<String>, remember: bool) -> Marked => "Result<Marked, Msg>";
        "open_system_page" (system_id: String) -> () => "Result<(), Msg>";
        "checks_setup" () -> ChecksSetup => "ChecksSetup";
        "run_checks" () -> ChecksView => "Result<ChecksView, Msg>";
        "open_check_action" (finding_id: String, action: usize) -> () => "Result<(), Msg>";
        "incident_setup" (language: Lang) -> IncidentSetup => "IncidentSetup";
        "incident_mail" (kind: Kind, language: Lang, sender: Option<Sender>) -> Mail => "IncidentMail";
        "open_incident_mail" (kind: Kind, language: Lang, sender: Option<Sender>) -> () => "Result<(), Msg>";
        "check_links" (text: String) -> Vec<ShownLink> => "Vec<ShownLink>";
        "quiz" (language: Lang, seed: Option<u32>) -> Vec<QuestionView> => "Vec<QuizQuestion>";
        "quiz_answer" (question: String, answer: u8) -> Mark => "Result<QuizMark, Msg>";
        "quiz_score" (answers: Vec<QuizAnswer>) -> QuizScore => "QuizScore";
        "training_setup" () -> TrainingView => "TrainingView";
        "start_training" () -> TrainingView => "Result<TrainingView, Msg>";
        "set_training_scenario" (name: String) -> TrainingView => "Result<TrainingView, Msg>";
        "stop_training" () -> TrainingView => "TrainingView";
        "summary" (language: Lang) -> SummaryView => "SummaryView";
        "save_report" (format: ReportFormat, language: Lang, name: Option<String>, unit: Option<String>) -> Option<String> => "Result<Option<String>, Msg>";
        "rollup_pick" (pick: RollupPick, language: Lang) -> Option<RollupReply> => "Result<Option<RollupReply>, Msg>";
        "rollup_view" (language: Lang) -> Option<RollupReply> => "Result<Option<RollupReply>, Msg>";
        "rollup_save" (format: RollupFormat, language: Lang) -> Option<String> => "Result<Option<String>, Msg>";
        "bundle_current" (language: Lang) -> BundleCurrent => "Result<BundleCurrent, Msg>";
        "bundle_pick" (language: Lang) -> Option<BundlePicked> => "Result<Option<BundlePicked>, Msg>";
        "bundle_install" () -> BundleInstalled => "Result<BundleInstalled, Msg>";
    };
    // `run_checks` takes the channel its progress arrives on (`Channel` of `@tauri-apps/api/core`).
    let run = rows
        .iter_mut()
        .find(|r| r.name == "run_checks")
        .expect("run_checks row");
    run.args.push((
        "onProgress".into(),
        format!("Channel<{}>", Progress::name(cfg)),
    ));
    run.rust_request = "on_progress: Channel<Progress>".into();
    rows
}

fn commands_decl(rows: &[Row]) -> String {
    let mut out = String::from(
        "/** Every command: what the web view sends (argument names as Tauri takes them) and what \
         it resolves to.\n * A command whose Rust reply is `Result<T, Msg>` rejects with a `Msg`. */\n\
         export type Commands = {\n",
    );
    for r in rows {
        let args: Vec<String> = r.args.iter().map(|(n, t)| format!("{n}: {t}")).collect();
        let request = if args.is_empty() {
            "Record<string, never>".to_owned()
        } else {
            format!("{{ {} }}", args.join(", "))
        };
        out.push_str(&format!(
            "  {}: {{ request: {request}, reply: {} }},\n",
            r.name, r.reply
        ));
    }
    out.push_str("};\n");
    out
}

fn generated() -> String {
    // Seconds since the epoch and counts are well inside a JavaScript number.
    let cfg = Config::new().with_large_int("number");
    let decls = [
        Msg::decl(&cfg),
        Lang::decl(&cfg),
        Localized::decl(&cfg),
        PerLang::<()>::decl(&cfg),
        Status::decl(&cfg),
        StatusWords::decl(&cfg),
        OsKind::decl(&cfg),
        Kind::decl(&cfg),
        Action::decl(&cfg),
        Finding::decl(&cfg),
        CheckReport::decl(&cfg),
        Progress::decl(&cfg),
        ChecksView::decl(&cfg),
        ChecksSetup::decl(&cfg),
        TrainingScenario::decl(&cfg),
        TrainingView::decl(&cfg),
        ProfileProblem::decl(&cfg),
        Bootstrap::decl(&cfg),
        Block::decl(&cfg),
        Step::decl(&cfg),
        Section::decl(&cfg),
        ContactCard::decl(&cfg),
        Advice::decl(&cfg),
        ChangeSteps::decl(&cfg),
        SystemRow::decl(&cfg),
        Marked::decl(&cfg),
        Requirement::decl(&cfg),
        RuleLine::decl(&cfg),
        PasswordSetup::decl(&cfg),
        Verdict::decl(&cfg),
        CrackTime::decl(&cfg),
        Assessment::decl(&cfg),
        EarlierUse::decl(&cfg),
        Assessed::decl(&cfg),
        Mode::decl(&cfg),
        Generated::decl(&cfg),
        Contact::decl(&cfg),
        KindChoice::decl(&cfg),
        IncidentSetup::decl(&cfg),
        Sender::decl(&cfg),
        Mail::decl(&cfg),
        crate::links::Verdict::decl(&cfg),
        crate::links::Reason::decl(&cfg),
        ShownLink::decl(&cfg),
        QuestionView::decl(&cfg),
        Mark::decl(&cfg),
        Band::decl(&cfg),
        QuizAnswer::decl(&cfg),
        QuizScore::decl(&cfg),
        Part::decl(&cfg),
        State::decl(&cfg),
        Component::decl(&cfg),
        ActionScreen::decl(&cfg),
        ScoreAction::decl(&cfg),
        Score::decl(&cfg),
        PointView::decl(&cfg),
        SystemLeft::decl(&cfg),
        SummaryView::decl(&cfg),
        ReportFormat::decl(&cfg),
        RollupPick::decl(&cfg),
        RollupFormat::decl(&cfg),
        View::decl(&cfg),
        crate::rollup::view::ViewRow::decl(&cfg),
        SystemShare::decl(&cfg),
        StaffCheck::decl(&cfg),
        Summary::decl(&cfg),
        RollupReply::decl(&cfg),
        Counts::decl(&cfg),
        Changes::decl(&cfg),
        BundlePreview::decl(&cfg),
        BundleCurrent::decl(&cfg),
        BundlePicked::decl(&cfg),
        BundleInstalled::decl(&cfg),
    ];
    let mut out = String::from(HEADER);
    out.push_str("\nimport type { Channel } from \"@tauri-apps/api/core\";\n");
    for d in decls {
        out.push_str("\nexport ");
        out.push_str(&d);
        out.push('\n');
    }
    out.push('\n');
    out.push_str(&commands_decl(&command_rows(&cfg)));
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

#[test]
fn every_command_of_the_table_has_its_generated_types_with_the_same_request_and_reply() {
    let rows = command_rows(&Config::new().with_large_int("number"));
    let names: Vec<&str> = rows.iter().map(|r| r.name).collect();
    let table: Vec<&str> = super::COMMANDS.iter().map(|c| c.name).collect();
    assert_eq!(
        names, table,
        "ipc_types.rs's rows and app::COMMANDS name other commands"
    );
    let squeeze = |s: &str| s.split_whitespace().collect::<String>();
    for (row, command) in rows.iter().zip(super::COMMANDS) {
        assert_eq!(
            squeeze(&row.rust_request),
            squeeze(command.request),
            "{}: the request in app::COMMANDS differs from its generated type",
            row.name
        );
        assert_eq!(
            row.rust_reply, command.reply,
            "{}: the reply in app::COMMANDS differs from its generated type",
            row.name
        );
    }
}
