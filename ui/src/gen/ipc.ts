// Generated from Rust by ts-rs (crates/core/src/app/ipc_types.rs): do not edit.
// `scripts/gen-ipc` regenerates it; `cargo test -p tukiem-core --lib app::ipc_types` checks it.

import type { Channel } from "@tauri-apps/api/core";

export type Msg = { id: string, args: Record<string, string | number | Msg>, };

export type Lang = "vi" | "en";

export type Localized = { vi: string, en: string, };

export type PerLang<T> = { vi: T, en: T, };

export type Status = "not_applicable" | "ok" | "warning" | "unknown" | "critical";

export type StatusWords = { not_applicable: Msg, ok: Msg, warning: Msg, unknown: Msg, critical: Msg, };

export type OsKind = "windows" | "linux" | "macos";

export type IncidentKind = "malware" | "account" | "password" | "suspicious" | "other";

export type Action = { "kind": "open_uri", uri: string, label: Msg, } | { "kind": "steps", label: Msg, steps: Array<Msg>, } | { "kind": "open_incident", 
/**
 * The incident kind's code (`malware`, `password`).
 */
incident: IncidentKind, label: Msg, 
/**
 * The detected threat's name; empty when the incident is not a detection (a password
 * typed into a fake site).
 */
threat: string, 
/**
 * `YYYY-MM-DD`, or empty when not known.
 */
detected: string, } | { "kind": "open_change", system: string, label: Msg, };

export type Finding = { 
/**
 * Stable: scripts and the UI's test ids key on it (`antivirus`, `browser-chrome-default`, …).
 */
id: string, status: Status, title: Msg, 
/**
 * What was found, in one or two sentences.
 */
summary: Msg, 
/**
 * What to do, shortest first. Empty when nothing needs doing.
 */
advice: Array<Msg>, 
/**
 * Why the status is `unknown` or `not_applicable`; always set for those, never otherwise.
 */
reason?: Msg, evidence: Record<string, unknown>, actions: Array<Action>, };

export type CheckReport = { schema: string, 
/**
 * Seconds since the Unix epoch (the checked machine's clock).
 */
checked_at: number, os: OsKind, 
/**
 * The worst status of all findings.
 */
status: Status, findings: Array<Finding>, antivirus: unknown[], browsers: unknown[], remote_access: unknown[], };

export type Progress = { "state": "started", check: string, title: Msg, } | { "state": "finished", check: string, status: Status, };

export type ChecksView = { 
/**
 * "Last checked: 08:00 on 25/11/2026", "Sample machine recorded at …", "not checked yet".
 */
last_line: Msg, 
/**
 * This session's report, findings worst first.
 */
report: CheckReport | null, 
/**
 * Why the last check could not be read or remembered.
 */
problem: Msg | null, 
/**
 * The report's result in one sentence ([`crate::checks::Status::overall_msg`]).
 */
overall: Msg | null, 
/**
 * Each status in words, for the findings and the progress rows.
 */
status_words: StatusWords, };

export type ChecksSetup = { 
/**
 * Set when the app checks a recorded machine instead of this one: its folder.
 */
scenario: string | null, 
/**
 * That machine's title, to show instead of its folder.
 */
scenario_title: Msg | null, 
/**
 * "Last checked: 08:00 on 25/11/2026", "Sample machine recorded at …", "not checked yet".
 */
last_line: Msg, 
/**
 * This session's report, findings worst first.
 */
report: CheckReport | null, 
/**
 * Why the last check could not be read or remembered.
 */
problem: Msg | null, 
/**
 * The report's result in one sentence ([`crate::checks::Status::overall_msg`]).
 */
overall: Msg | null, 
/**
 * Each status in words, for the findings and the progress rows.
 */
status_words: StatusWords, };

export type TrainingScenario = { 
/**
 * The folder name: stable, used to switch scenario.
 */
name: string, 
/**
 * Message id of its title.
 */
title: string, };

export type TrainingView = { active: boolean, scenarios: Array<TrainingScenario>, current: string | null, };

export type ProfileProblem = { location: Msg, reason: Msg, };

export type Bootstrap = { language: Lang, agency: Localized, 
/**
 * The letter's date, as a message the UI renders in the language shown
 * ("theo công văn ngày 02/11/2023").
 */
letter_date: Msg, 
/**
 * Set when the user's profile file could not be used and the embedded one is shown instead.
 */
profile_problem: ProfileProblem | null, 
/**
 * What the screens naming the agency say about this profile (`app::speaking::notices`):
 * the embedded example, an old bundle, the reorganisation lines. In each language.
 */
profile_notices: PerLang<Array<Msg>>, };

export type Block = { "kind": "paragraph", "content": Msg } | { "kind": "list", "content": Array<Msg> };

export type Step = { heading: Msg, body: Array<Block>, };

export type Section = { 
/**
 * Stable id: `what-happened`, `risks`, `causes`, `actions`.
 */
id: string, title: Msg, body: Array<Block>, 
/**
 * Numbered steps with their own heading (the letter's three actions).
 */
steps: Array<Step>, };

export type ContactCard = { title: Msg, agency: string, 
/**
 * The name as a letter writes it, with the profile's honorific ("Ông Phạm Văn An").
 */
name: string, role: string, phone: string, email: string, };

export type Advice = { 
/**
 * Names the source: the issuer and the letter's date.
 */
title: Msg, 
/**
 * The three actions in one short line each, shown above everything else.
 */
summary_title: Msg, summary: Array<Msg>, 
/**
 * In the letter's order: `what-happened`, `risks`, `causes`, `actions`.
 */
sections: Array<Section>, contact: ContactCard, 
/**
 * Which document this comes from.
 */
source: Msg, 
/**
 * The letter's full text, verbatim, one paragraph a line; `None` when the profile ships none.
 */
original: string | null, 
/**
 * Why the original cannot be shown, when the profile names a file that could not be read.
 */
original_problem: Msg | null, 
/**
 * Empty while the profile is less than a year old; else a gentle line that agencies and
 * contacts may have changed since, and whom to ask.
 */
ageing: Array<Msg>, };

export type ChangeSteps = { 
/**
 * Said before the steps: the page can be opened from here, or the letter gives no address.
 */
intro: Msg, 
/**
 * The general in-system steps, in order.
 */
steps: Array<Msg>, 
/**
 * Whom to call when the steps do not work: the profile's contact.
 */
help: Msg, };

export type SystemRow = { id: string, name: Localized, 
/**
 * The page the guide opens ([`crate::profile::System::page_url`]: change-password page,
 * else login page, `http(s)://` only); `None`: ask the contact.
 */
page_url: string | null, 
/**
 * `YYYY-MM-DD` when marked changed.
 */
changed_on: string | null, done: boolean, 
/**
 * "Changed on 25/11/2026" or "Not changed yet".
 */
state: Msg, 
/**
 * How to change the password inside the system, then whom to call.
 */
steps: ChangeSteps, };

export type Marked = { systems: Array<SystemRow>, 
/**
 * Set when the user asked to remember a fingerprint and it could not be done.
 */
remember_problem: Msg | null, };

export type Requirement = "length" | "upper" | "lower" | "digit" | "special";

export type RuleLine = { code: Requirement, label: Msg, };

export type PasswordSetup = { requirements: Array<RuleLine>, systems: Array<SystemRow>, contact_name: string, contact_phone: string, 
/**
 * Set when the checklist file could not be read.
 */
problem: Msg | null, };

export type PasswordVerdict = "fails_rule" | "weak" | "fair" | "strong" | "too_long" | "reused";

export type CrackTime = { "unit": "less_than_second" } | { "unit": "seconds", "count": number } | { "unit": "minutes", "count": number } | { "unit": "hours", "count": number } | { "unit": "days", "count": number } | { "unit": "months", "count": number } | { "unit": "years", "count": number } | { "unit": "centuries" };

export type Assessment = { meets_rule: boolean, missing: Array<Requirement>, verdict: PasswordVerdict, 
/**
 * 0–4 on zxcvbn's scale, from the lowest estimate: zxcvbn on the raw and the toneless
 * form, and the Vietnamese model.
 */
score: number, guesses_log10: number, 
/**
 * Stable codes, most important first.
 */
warnings: Array<string>, 
/**
 * What to do about it: stable codes (`pw-suggestion-<code>`), most useful first. Empty for a
 * `strong` or `too_long` verdict.
 */
suggestions: Array<string>, 
/**
 * How long guessing would take (see [`CrackTime`] for the assumed attack), from the lowest
 * estimate. `None` when that figure would mislead: the password is too long to assess, or
 * reused.
 */
crack_time: CrackTime | null, 
/**
 * The password, exactly as typed, is in a leaked-password list ([`super::leaked`]).
 */
leaked: boolean, };

export type EarlierUse = { system_id: string, date: Msg, };

export type Assessed = { assessment: Assessment, 
/**
 * Earlier uses of this same password (only when a fingerprint key already exists).
 */
reuse: Array<EarlierUse>, 
/**
 * The time to guess it, in words ("about 3 months"); none once it is reused.
 */
crack_time: Msg | null, 
/**
 * The verdict in words ([`verdict_msg`]).
 */
verdict_word: Msg, 
/**
 * The warnings the guide lists, in words: all but "reused" (said with the system and its
 * date, from `reuse`) and "leaked" (said in its own box, from `assessment.leaked`).
 */
warning_words: Array<Msg>, 
/**
 * What to do about it, in words, most useful first.
 */
suggestion_words: Array<Msg>, };

export type Mode = "syllables" | "random";

export type Generated = { password: string, 
/**
 * Rounded to 0.1 bit.
 */
entropy_bits: number, };

export type IncidentContact = { 
/**
 * With the profile's honorific, as a letter writes it ("Ông Phạm Văn An").
 */
name: string, role: string, agency: string, 
/**
 * As written in the profile: what "copy the number" copies.
 */
phone: string, 
/**
 * Grouped to be read aloud and dialled ("0949 268 749"): what the card shows.
 */
phone_shown: string, email: string, 
/**
 * The letter's date, as the language writes it: "the letter of 02/11/2023 asks…".
 */
letter_date: string, };

export type KindChoice = { code: IncidentKind, label: Msg, hint: Msg, };

export type IncidentSetup = { contact: IncidentContact, kinds: Array<KindChoice>, 
/**
 * What to do at once, in order (`incident::do_now`).
 */
do_now: Array<Msg>, };

export type IncidentSender = { name: string | null, unit: string | null, };

export type IncidentMail = { to: string, subject: string, 
/**
 * Lines separated by `\n`; [`Mail::mailto`] turns them into CRLF as RFC 6068 asks.
 */
body: string, 
/**
 * What the copy box shows: the address and subject lines, a blank line, the body.
 */
text: string, };

export type LinkVerdict = "official" | "lookalike" | "not_official" | "invalid";

export type LinkReason = "gov_vn" | "listed_official" | "state_company" | "state_media" | "profile_official" | "reported_fake" | "userinfo_trick" | "gov_vn_not_at_end" | "gov_vn_hyphenated" | "gov_vn_mistyped" | "gov_as_domain" | "gov_glued" | "one_letter_from_official" | "name_in_subdomain" | "name_in_domain" | "name_with_lure" | "typo_added" | "typo_dropped" | "typo_swapped" | "typo_replaced" | "confusable_characters" | "idn_renders_like_official" | "ip_address" | "name_in_path" | "not_gov_vn" | "lists_old" | "no_link" | "not_web_scheme" | "bad_host" | "unknown_suffix";

export type ShownLink = { 
/**
 * `links-verdict-…`: one or a few words for the badge.
 */
title: Msg, 
/**
 * `links-summary-…`: what it means and what to do.
 */
summary: Msg, 
/**
 * One sentence per reason, in the order of the reasons.
 */
reasons_text: Array<Msg>, 
/**
 * "The real address is …", for a look-alike of a known system.
 */
real_address: Msg | null, 
/**
 * "This link really goes to …", when the reader would not see it.
 */
goes_to: Msg | null, 
/**
 * The link as written in the message.
 */
input: string, 
/**
 * Where it really goes (lower-case ASCII; `None` when there is no host).
 */
host: string | null, verdict: LinkVerdict, reasons: Array<LinkReason>, 
/**
 * The official host a look-alike imitates, when it is known.
 */
imitates: string | null, };

export type QuizQuestion = { id: string, text: Msg, 
/**
 * In display order (shuffled for a round, see [`Quiz::round`]).
 */
answers: Array<Msg>, 
/**
 * The answer number (1-based, as in the data and the catalogue) of each displayed answer:
 * what [`Quiz::answer`] is asked with, and what [`Mark::correct_answer`] names.
 */
numbers: Array<number>, 
/**
 * Shown after the user answers, right or wrong.
 */
why: Msg, };

export type QuizMark = { correct: boolean, 
/**
 * The right answer, 1-based, so a wrong answer can be followed by the right one.
 */
correct_answer: number, };

export type QuizBand = "great" | "good" | "review";

export type QuizAnswer = { question: string, answer: number, };

export type QuizScore = { right: number, total: number, band: QuizBand, verdict: Msg, };

export type Part = "antivirus" | "gov_passwords" | "other_passwords" | "remote_access" | "stealer_detections" | "hosts_file" | "browser_extensions" | "proxy" | "run_box" | "windows_support" | "windows_updates" | "firewall" | "smartscreen" | "systems";

export type State = "full" | "partial" | "none" | "unknown" | "not_checked";

export type Component = { part: Part, 
/**
 * How the part is shown ([`State::status`]).
 */
status: Status, 
/**
 * The system's id, for [`Part::Systems`] components.
 */
system?: string, label: Msg, state: State, 
/**
 * The state in words ([`State::msg`]).
 */
state_word: Msg, earned: number, possible: number, };

export type ActionScreen = { "screen": "checks" } | { "screen": "passwords", system: string, };

export type ScoreAction = { msg: Msg, 
/**
 * Points the score would gain (at most; for "check", what the checks can give).
 */
gain: number, target: ActionScreen, };

export type Score = { 
/**
 * 0–100.
 */
score: number, 
/**
 * False when no check result was given.
 */
checked: boolean, components: Array<Component>, 
/**
 * At most [`MAX_ACTIONS`], largest gain first.
 */
actions: Array<ScoreAction>, };

export type PointView = { checked_at: number, score: number, 
/**
 * The check's date on the person's calendar.
 */
date: Msg, 
/**
 * "25/11/2026: 72 điểm", for the chart's tooltip and its text alternative.
 */
label: Msg, };

export type SystemLeft = { id: string, name: Localized, 
/**
 * "Changed on …, over N days ago" (the profile's `max_age_days`) or "Not changed yet".
 */
state: Msg, };

export type SummaryView = { 
/**
 * Each component carries its status (colour, icon) and its label.
 */
score: Score, 
/**
 * Set when the score is about a recorded machine (scenario, training).
 */
recorded: boolean, 
/**
 * Nothing earned yet and this computer never checked: the screens say "no score yet"
 * instead of a 0, which a first-time user reads as failing.
 */
unscored: boolean, 
/**
 * "Last checked 12 days ago", "… today", "not checked yet".
 */
last_line: Msg, 
/**
 * Why the score does not count the last check remembered from an earlier run of the app
 * (its findings are not kept once the app closes), so the score and the "last checked"
 * line never read as a contradiction.
 */
score_note: Msg | null, 
/**
 * The best next step with its gain, for the home screen's card.
 */
top_action: Msg | null, 
/**
 * This computer's checks, oldest first (empty for a recorded machine).
 */
points: Array<PointView>, history_skipped: number, systems_left: Array<SystemLeft>, problem: Msg | null, };

export type ReportFormat = "pdf" | "html" | "json";

export type RollupPick = "folder" | "files";

export type RollupFormat = "xlsx" | "pdf" | "html" | "json";

export type RollupView = { title: string, 
/**
 * Under the title: a table the unit made itself with TựKiểm, not a form issued by the
 * agency the reports name.
 */
self_assessment: string, place_date: string, date_shown: string, 
/**
 * "12 reports read from 14 files".
 */
subtitle: string, columns: Array<string>, rows: Array<ViewRow>, 
/**
 * Label and value, in order.
 */
summary: Array<[string, string]>, missing_title: string | null, missing: Array<string>, replaced_columns: Array<string>, replaced: Array<Array<string>>, refused_columns: Array<string>, refused: Array<Array<string>>, 
/**
 * What the integrity mark can and cannot tell.
 */
integrity_note: string, };

export type ViewRow = { cells: Array<string>, 
/**
 * The row's integrity problem in words, when there is one (the row is marked).
 */
warning: string | null, damaged: boolean, };

export type SystemShare = { id: string, name: string, 
/**
 * People who marked it changed (within 90 days or longer ago).
 */
changed: number, percent: number, };

export type StaffCheck = { listed: number, 
/**
 * Names on the list with no report, in the list's order.
 */
missing: Array<string>, };

export type RollupSummary = { 
/**
 * Rows in the table.
 */
people: number, 
/**
 * Rows counted in the shares (all but the damaged ones).
 */
counted: number, damaged: number, 
/**
 * Rows from reports saved before integrity marks existed (counted).
 */
no_mark: number, 
/**
 * Anti-malware check `ok`.
 */
antivirus_ok: number, antivirus_percent: number, 
/**
 * No government-site password saved in any browser.
 */
gov_none_saved: number, gov_none_percent: number, systems: Array<SystemShare>, staff: StaffCheck | null, replaced: number, refused: number, };

export type RollupReply = { view: RollupView, summary: RollupSummary, };

export type Counts = { systems: number, reported_fakes: number, official_hosts: number, stealer_families: number, leak_filters: number, 
/**
 * The letter's original text is inside.
 */
letter: boolean, };

export type Changes = { 
/**
 * `(now, after)` when the agency's name changes.
 */
agency: [Localized, Localized] | null, 
/**
 * `(now, after)` contact name and phone, when either changes.
 */
contact: [string, string] | null, 
/**
 * `(now, after)` counts.
 */
systems: [number, number], reported_fakes: [number, number], official_hosts: [number, number], stealer_families: [number, number], leak_filters: [number, number], };

export type BundlePreview = { file: string, issuer: Localized, version: number, 
/**
 * `YYYY-MM-DD` and as a `date-short` message.
 */
made: string, made_shown: Msg, old_after: string, old_after_shown: Msg, 
/**
 * Past its old-after day on the person's calendar today.
 */
is_old: boolean, key_id: string, counts: Counts, changes: Changes, 
/**
 * The version of the same key already in use, if any.
 */
installed_version: number | null, 
/**
 * Why installing it would be refused (an older or equal version), if it would be.
 */
refusal: Msg | null, };

export type BundleCurrent = { agency: Localized, 
/**
 * Where it comes from, and whether it is old (`app::speaking::source_lines`).
 */
source: Array<Msg>, 
/**
 * Bundle files found on this computer that were refused, each with its reason.
 */
refused: Array<Msg>, };

export type BundlePicked = { preview: BundlePreview, changes: Array<Msg>, };

export type BundleInstalled = { preview: BundlePreview, speaking: boolean, };

/** Every command: what the web view sends (argument names as Tauri takes them) and what it resolves to.
 * A command whose Rust reply is `Result<T, Msg>` rejects with a `Msg`. */
export type Commands = {
  bootstrap: { request: Record<string, never>, reply: Bootstrap },
  advice: { request: { language: Lang }, reply: Advice },
  set_language: { request: { language: Lang }, reply: null },
  password_setup: { request: Record<string, never>, reply: PasswordSetup },
  assess_password: { request: { password: string, personal: Array<string> }, reply: Assessed },
  generate_password: { request: { mode: Mode }, reply: Generated },
  mark_done: { request: { systemId: string, password: string | null, remember: boolean }, reply: Marked },
  open_system_page: { request: { systemId: string }, reply: null },
  checks_setup: { request: Record<string, never>, reply: ChecksSetup },
  run_checks: { request: { onProgress: Channel<Progress> }, reply: ChecksView },
  open_check_action: { request: { findingId: string, action: number }, reply: null },
  incident_setup: { request: { language: Lang }, reply: IncidentSetup },
  incident_mail: { request: { kind: IncidentKind, language: Lang, sender: IncidentSender | null }, reply: IncidentMail },
  open_incident_mail: { request: { kind: IncidentKind, language: Lang, sender: IncidentSender | null }, reply: null },
  check_links: { request: { text: string }, reply: Array<ShownLink> },
  quiz: { request: { language: Lang, seed: number | null }, reply: Array<QuizQuestion> },
  quiz_answer: { request: { question: string, answer: number }, reply: QuizMark },
  quiz_score: { request: { answers: Array<QuizAnswer> }, reply: QuizScore },
  training_setup: { request: Record<string, never>, reply: TrainingView },
  start_training: { request: Record<string, never>, reply: TrainingView },
  set_training_scenario: { request: { name: string }, reply: TrainingView },
  stop_training: { request: Record<string, never>, reply: TrainingView },
  summary: { request: { language: Lang }, reply: SummaryView },
  save_report: { request: { format: ReportFormat, language: Lang, name: string | null, unit: string | null }, reply: string | null },
  rollup_pick: { request: { pick: RollupPick, language: Lang }, reply: RollupReply | null },
  rollup_view: { request: { language: Lang }, reply: RollupReply | null },
  rollup_save: { request: { format: RollupFormat, language: Lang }, reply: string | null },
  bundle_current: { request: { language: Lang }, reply: BundleCurrent },
  bundle_pick: { request: { language: Lang }, reply: BundlePicked | null },
  bundle_install: { request: Record<string, never>, reply: BundleInstalled },
};
