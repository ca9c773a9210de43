// Generated from Rust by ts-rs (crates/core/src/app/ipc_types.rs): do not edit.
// `scripts/gen-ipc` regenerates it; `cargo test -p tukiem-core --lib app::ipc_types` checks it.

export type Msg = { id: string, args: Record<string, string | number | Msg>, };

export type Lang = "vi" | "en";

export type Localized = { vi: string, en: string, };

export type Status = "not_applicable" | "ok" | "warning" | "unknown" | "critical";

export type OsKind = "windows" | "linux" | "macos";

export type IncidentKind = "malware" | "account" | "password" | "suspicious" | "other";

export type Action = { "kind": "open_uri", uri: string, label: Msg, } | { "kind": "steps", label: Msg, steps: Array<Msg>, } | { "kind": "open_incident", 
/**
 * The incident kind's code (`malware`).
 */
incident: IncidentKind, label: Msg, threat: string, 
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
problem: Msg | null, };

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
system?: string, label: Msg, state: State, earned: number, possible: number, };

export type Target = { "screen": "checks" } | { "screen": "passwords", system: string, };

export type ScoreAction = { msg: Msg, 
/**
 * Points the score would gain (at most; for "check", what the checks can give).
 */
gain: number, target: Target, };

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
