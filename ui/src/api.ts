// The only module that talks to the Rust side. Every screen goes through these functions, so the
// UI can be driven against a mock in a plain browser.
import { Channel, invoke } from "@tauri-apps/api/core";

// The replies core decides are generated from Rust (ui/src/gen/ipc.ts, `scripts/gen-ipc`).
import type {
  Action,
  CheckReport,
  ChecksView,
  Component,
  Finding,
  IncidentKind,
  Lang,
  Localized,
  Msg,
  Status,
  SummaryView,
  SystemRow,
  Target,
} from "./gen/ipc";
export type { Action, CheckReport, ChecksView, Finding, IncidentKind, Lang, Localized, Msg, Status };
/** One system, already decided in core (`app::passwords::SystemRow`). */
export type SystemView = SystemRow;
/** One part of the self-assessment score (`report::score::Component`). */
export type ScoreComponent = Component;
export type ScoreTarget = Target;
/** The summary screen (`app::summary::SummaryView`). */
export type Summary = SummaryView;

/** One link of a pasted message, as core judged and worded it (src-tauri/src/link_commands.rs). */
export interface ShownLink {
  input: string;
  host: string | null;
  verdict: "official" | "lookalike" | "not_official" | "invalid";
  reasons: string[];
  imitates: string | null;
  title: Msg;
  summary: Msg;
  reasons_text: Msg[];
  real_address: Msg | null;
  goes_to: Msg | null;
}

export interface Bootstrap {
  language: Lang;
  agency: Localized;
  /** The letter's date (`date-short`), rendered in the language shown. */
  letter_date: Msg;
  profile_problem: { location: Msg; reason: Msg } | null;
  /** What the screens naming the agency say about this profile (example, old, reorganisation),
   * decided in core (`app::speaking::notices`), in each language. */
  profile_notices: Record<Lang, Msg[]>;
}

/** What a `.tukiem` file holds (core `app::bundle::BundlePreview`). */
export interface BundlePreview {
  file: string;
  issuer: Localized;
  version: number;
  made_shown: Msg;
  old_after_shown: Msg;
  /** Past its "for use until" day today. */
  is_old: boolean;
  /** Why installing it would be refused (an older or equal version), if it would be. */
  refusal: Msg | null;
}

/** The profile in use (src-tauri/src/bundle_commands.rs). */
export interface BundleCurrent {
  agency: Localized;
  /** Where it comes from, and whether it is old. */
  source: Msg[];
  refused: Msg[];
}

export type Block = { kind: "paragraph"; content: Msg } | { kind: "list"; content: Msg[] };

export interface Section {
  id: string;
  title: Msg;
  body: Block[];
  steps: { heading: Msg; body: Block[] }[];
}

export interface Advice {
  title: Msg;
  summary_title: Msg;
  summary: Msg[];
  sections: Section[];
  /** The letter's text, verbatim, one paragraph a line. */
  original: string | null;
  original_problem: Msg | null;
  /** Empty while the profile is fresh; else "agencies may have changed since, ask …". */
  ageing: Msg[];
  contact: {
    title: Msg;
    agency: string;
    name: string;
    role: string;
    phone: string;
    email: string;
  };
  source: Msg;
}

export type Requirement = "length" | "upper" | "lower" | "digit" | "special";

export interface PasswordSetup {
  requirements: { code: Requirement; label: Msg }[];
  systems: SystemView[];
  contact_name: string;
  contact_phone: string;
  problem: Msg | null;
}

export interface AssessReply {
  assessment: {
    meets_rule: boolean;
    missing: Requirement[];
    verdict: "fails_rule" | "weak" | "fair" | "strong" | "too_long" | "reused";
    score: number;
    guesses_log10: number;
    warnings: string[];
    /** Stable codes, rendered as `pw-suggestion-<code>`. */
    suggestions: string[];
    /** The password is in a leaked-password list (core's `password::leaked`). */
    leaked: boolean;
  };
  reuse: { system_id: string; date: Msg }[];
  /** How long guessing would take ("about 3 months"), when that figure means something. */
  crack_time: Msg | null;
}

export type Progress =
  | { state: "started"; check: string; title: Msg }
  | { state: "finished"; check: string; status: Status };

export interface ChecksSetup extends ChecksView {
  scenario: string | null;
  scenario_title: Msg | null;
}

export interface TrainingSetup {
  active: boolean;
  scenarios: { name: string; title: string }[];
  current: string | null;
}

export interface IncidentSetup {
  contact: { name: string; role: string; agency: string; phone: string; phone_shown: string; email: string; letter_date: string };
  kinds: { code: IncidentKind; label: Msg; hint: Msg }[];
  /** What to do at once, in order, decided in core (`incident::do_now`). */
  do_now: Msg[];
}

/** Who reports, as typed on the screen (kept in memory only). */
export interface IncidentSender {
  name: string | null;
  unit: string | null;
}

/** The prefilled report e-mail, rendered once in Rust: `text` is what the copy box shows. */
export interface IncidentMail {
  to: string;
  subject: string;
  body: string;
  text: string;
}

export interface QuizQuestion {
  id: string;
  text: Msg;
  answers: Msg[];
  /** The answer number of each displayed answer (answers are shuffled per round). */
  numbers: number[];
  why: Msg;
}

export interface QuizMark {
  correct: boolean;
  /** 1-based. */
  correct_answer: number;
}

export interface QuizScore {
  right: number;
  total: number;
  band: "great" | "good" | "review";
  verdict: Msg;
}

export type ReportFormat = "pdf" | "html" | "json";

export type RollupPick = "folder" | "files";
export type RollupFormat = "xlsx" | "pdf" | "html" | "json";

/** The roll-up as core rendered it (crates/core/src/rollup/model.rs `View`). */
export interface RollupView {
  title: string;
  place_date: string;
  date_shown: string;
  subtitle: string;
  columns: string[];
  rows: { cells: string[]; warning: string | null; damaged: boolean }[];
  summary: [string, string][];
  missing_title: string | null;
  missing: string[];
  replaced_columns: string[];
  replaced: string[][];
  refused_columns: string[];
  refused: string[][];
  integrity_note: string;
}

export interface RollupReply {
  view: RollupView;
  summary: { people: number; counted: number; damaged: number; refused: number; replaced: number };
}

export const api = {
  bootstrap: () => invoke<Bootstrap>("bootstrap"),
  advice: (language: Lang) => invoke<Advice>("advice", { language }),
  passwordSetup: () => invoke<PasswordSetup>("password_setup"),
  /** The password goes to Rust for assessment and is never sent back. */
  assessPassword: (password: string, personal: string[]) =>
    invoke<AssessReply>("assess_password", { password, personal }),
  generatePassword: (mode: "syllables" | "random") =>
    invoke<{ password: string; entropy_bits: number }>("generate_password", { mode }),
  markDone: (systemId: string, password: string | null, remember: boolean) =>
    invoke<{ systems: SystemView[]; remember_problem: Msg | null }>("mark_done", { systemId, password, remember }),
  /** Opens the system's page in the default browser; Rust takes the address from the profile.
   * Resolves to null when the browser was started, or to what went wrong. */
  openSystemPage: (systemId: string) =>
    invoke<void>("open_system_page", { systemId }).then(
      () => null,
      (error: unknown) => error,
    ),
  trainingSetup: () => invoke<TrainingSetup>("training_setup"),
  startTraining: () => invoke<TrainingSetup>("start_training"),
  setTrainingScenario: (name: string) => invoke<TrainingSetup>("set_training_scenario", { name }),
  stopTraining: () => invoke<TrainingSetup>("stop_training"),
  checksSetup: () => invoke<ChecksSetup>("checks_setup"),
  /** Progress arrives on `onProgress` while the promise is pending. */
  runChecks: (onProgress: (p: Progress) => void) => {
    const channel = new Channel<Progress>();
    channel.onmessage = onProgress;
    return invoke<ChecksView>("run_checks", { onProgress: channel });
  },
  /** Opens a finding's link by position; Rust looks the link up, the web view never names one. */
  openCheckAction: (findingId: string, action: number) =>
    invoke<void>("open_check_action", { findingId, action }).then(
      () => null,
      (error: Msg) => error,
    ),
  incidentSetup: (language: Lang) => invoke<IncidentSetup>("incident_setup", { language }),
  incidentMail: (kind: IncidentKind, language: Lang, sender?: IncidentSender) =>
    invoke<IncidentMail>("incident_mail", { kind, language, sender: sender ?? null }),
  /** Rust builds the mailto: from the profile and opens it; resolves to null, or to what went wrong. */
  openIncidentMail: (kind: IncidentKind, language: Lang, sender?: IncidentSender) =>
    invoke<void>("open_incident_mail", { kind, language, sender: sender ?? null }).then(
      () => null,
      (error: Msg) => error,
    ),
  /** The questions without their key: Rust marks each answer and the score. */
  quiz: (language: Lang, seed: number) => invoke<QuizQuestion[]>("quiz", { language, seed }),
  quizAnswer: (question: string, answer: number) => invoke<QuizMark>("quiz_answer", { question, answer }),
  quizScore: (answers: { question: string; answer: number }[]) => invoke<QuizScore>("quiz_score", { answers }),
  summary: (language: Lang) => invoke<Summary>("summary", { language }),
  /** Every link of the text with its verdict; nothing is fetched. */
  checkLinks: (text: string) => invoke<ShownLink[]>("check_links", { text }),
  /** Rust makes the report and asks where to save it (the web view never sees a path before
   * the file is written). Resolves to the path written, null when the dialog was closed, or the
   * message saying what went wrong. */
  saveReport: (format: ReportFormat, language: Lang, name: string, unit: string) =>
    invoke<string | null>("save_report", { format, language, name: name || null, unit: unit || null }).then(
      (path) => ({ path, error: null }),
      (error: Msg) => ({ path: null, error }),
    ),
  rollupPick: (pick: RollupPick, language: Lang) => invoke<RollupReply | null>("rollup_pick", { pick, language }),
  rollupView: (language: Lang) => invoke<RollupReply | null>("rollup_view", { language }),
  rollupSave: (format: RollupFormat, language: Lang) =>
    invoke<string | null>("rollup_save", { format, language }).then(
      (path) => ({ path, error: null }),
      (error: Msg) => ({ path: null, error }),
    ),
  bundleCurrent: (language: Lang) => invoke<BundleCurrent>("bundle_current", { language }),
  /** Rust asks for the file and reads it; resolves to null when the dialog was closed. A file
   * that cannot be used rejects with its reason. */
  bundlePick: (language: Lang) =>
    invoke<{ preview: BundlePreview; changes: Msg[] } | null>("bundle_pick", { language }),
  /** Installs the file last shown; rejects with the reason, and then nothing was written. */
  bundleInstall: () => invoke<{ preview: BundlePreview; speaking: boolean }>("bundle_install"),
  /** Resolves to null when saved, or to the message explaining why it was not remembered. */
  setLanguage: (language: Lang) =>
    invoke<void>("set_language", { language }).then(
      () => null,
      (error: Msg) => error,
    ),
};
