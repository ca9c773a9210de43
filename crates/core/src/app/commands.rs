//! The contract between the web view and the app, declared once (the model is Yaak's
//! `rpc-schema`): every command the desktop shell serves, what the web view sends, what it gets
//! back, in one line each.
//!
//! The shell registers exactly these (`src-tauri/src/lib.rs`'s `generate_handler!`), declares
//! them to the capability ACL (`src-tauri/build.rs`'s `AppManifest`), grants them and nothing
//! else (`src-tauri/capabilities/main.json`), and the web view calls them by these names only
//! (`ui/src/api.ts`). `crates/core/tests/command_table.rs` checks the four against this table
//! and names any command missing from one of them.
//!
//! Requests are the shell's arguments as Rust declares them (the web view sends them in
//! camelCase); replies name the type in `ui/src/gen/ipc.ts`. A reply of `Result<T, Msg>` rejects
//! with a `Msg` the screen shows. Both are generated into `ui/src/gen/ipc.ts`'s `Commands` from
//! the Rust types, and `app::ipc_types` checks each row here against them.

/// One command of the desktop shell.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Command {
    /// The name the web view invokes.
    pub name: &'static str,
    /// Its arguments, as `name: type` (empty: none).
    pub request: &'static str,
    /// What it answers.
    pub reply: &'static str,
    /// What it is for.
    pub doc: &'static str,
}

const fn command(
    name: &'static str,
    request: &'static str,
    reply: &'static str,
    doc: &'static str,
) -> Command {
    Command {
        name,
        request,
        reply,
        doc,
    }
}

/// Every command, in the order the shell registers them.
pub const COMMANDS: &[Command] = &[
    command(
        "bootstrap",
        "",
        "Bootstrap",
        "language to show, agency name, the profile problem if the user's file was unusable",
    ),
    command(
        "advice",
        "language: Lang",
        "Advice",
        "the letter's advice as of the person's today (`app::advice::build`)",
    ),
    command(
        "set_language",
        "language: Lang",
        "Result<(), Msg>",
        "remember the language chosen",
    ),
    command(
        "password_setup",
        "",
        "PasswordSetup",
        "the rule's requirements, the systems with their state (`app::passwords::systems`), whom to ask",
    ),
    command(
        "assess_password",
        "password: String, personal: Vec<String>",
        "Result<Assessed, Msg>",
        "strength, earlier uses and time to guess of a typed password (`app::passwords::assess`)",
    ),
    command(
        "generate_password",
        "mode: Mode",
        "Result<Generated, Msg>",
        "a generated password and its entropy",
    ),
    command(
        "mark_done",
        "system_id: String, password: Option<String>, remember: bool",
        "Result<Marked, Msg>",
        "mark a system changed today (`app::passwords::mark_changed`)",
    ),
    command(
        "open_system_page",
        "system_id: String",
        "Result<(), Msg>",
        "open the system's `http(s)://` page the profile gives, from Rust",
    ),
    command(
        "checks_setup",
        "",
        "ChecksSetup",
        "the last-check line, this session's report worst first, the scenario being checked",
    ),
    command(
        "run_checks",
        "on_progress: Channel<Progress>",
        "Result<ChecksView, Msg>",
        "run the profile's checks off the UI thread; then `app::checks::after_check`",
    ),
    command(
        "open_check_action",
        "finding_id: String, action: usize",
        "Result<(), Msg>",
        "open the URI of a finding of the last report",
    ),
    command(
        "incident_setup",
        "language: Lang",
        "IncidentSetup",
        "the contact, the kinds of incident, what to do at once",
    ),
    command(
        "incident_mail",
        "kind: Kind, language: Lang, sender: Option<Sender>",
        "IncidentMail",
        "the report e-mail, dated with the host's clock (`app::incident::mail`)",
    ),
    command(
        "open_incident_mail",
        "kind: Kind, language: Lang, sender: Option<Sender>",
        "Result<(), Msg>",
        "the same mail as a `mailto:`, opened from Rust",
    ),
    command(
        "check_links",
        "text: String",
        "Vec<ShownLink>",
        "every link of the pasted text with its verdict and words; nothing fetched",
    ),
    command(
        "quiz",
        "language: Lang, seed: Option<u32>",
        "Vec<QuizQuestion>",
        "the questions without the key",
    ),
    command(
        "quiz_answer",
        "question: String, answer: u8",
        "Result<QuizMark, Msg>",
        "mark one answer",
    ),
    command(
        "quiz_score",
        "answers: Vec<QuizAnswer>",
        "QuizScore",
        "score a round",
    ),
    command(
        "training_setup",
        "",
        "TrainingView",
        "the shipped scenarios and the one in use",
    ),
    command(
        "start_training",
        "",
        "Result<TrainingView, Msg>",
        "check a shipped scenario instead of this computer; nothing saved",
    ),
    command(
        "set_training_scenario",
        "name: String",
        "Result<TrainingView, Msg>",
        "pick another shipped scenario",
    ),
    command("stop_training", "", "TrainingView", "back to this computer"),
    command(
        "summary",
        "language: Lang",
        "SummaryView",
        "score, last-check line, top action, chart points, systems left (`app::summary`)",
    ),
    command(
        "save_report",
        "format: ReportFormat, language: Lang, name: Option<String>, unit: Option<String>",
        "Result<Option<String>, Msg>",
        "the self-check report saved where the dialog says (`app::report`)",
    ),
    command(
        "rollup_pick",
        "pick: RollupPick, language: Lang",
        "Result<Option<RollupReply>, Msg>",
        "pick a folder or report files and roll them up (`app::rollup::make`)",
    ),
    command(
        "rollup_view",
        "language: Lang",
        "Result<Option<RollupReply>, Msg>",
        "the same files rolled up again (a language switch)",
    ),
    command(
        "rollup_save",
        "format: RollupFormat, language: Lang",
        "Result<Option<String>, Msg>",
        "the roll-up saved as xlsx, pdf, html or json where the dialog says",
    ),
    command(
        "bundle_current",
        "language: Lang",
        "Result<BundleCurrent, Msg>",
        "which profile speaks now, where it came from, and the bundles found but refused",
    ),
    command(
        "bundle_pick",
        "language: Lang",
        "Result<Option<BundlePicked>, Msg>",
        "a .tukiem file chosen with the dialog, verified, and what it would change (`app::bundle::preview`)",
    ),
    command(
        "bundle_install",
        "",
        "Result<BundleInstalled, Msg>",
        "the file shown installed (`app::bundle::install`), then the profile loaded again",
    ),
];
