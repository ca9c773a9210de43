// The only module that talks to the Rust side: every screen goes through `api`. What each command
// takes and answers is generated from core (ui/src/gen/ipc.ts, `scripts/gen-ipc`), so a command
// called with other arguments, or a reply read as another type, does not compile.
import { Channel, invoke } from "@tauri-apps/api/core";

import type { Commands, IncidentKind, IncidentSender, Lang, Mode, Msg, Progress, QuizAnswer, ReportFormat, RollupFormat, RollupPick } from "./gen/ipc";
export type * from "./gen/ipc";

type Name = keyof Commands;
type Request<K extends Name> = Commands[K]["request"];
/** A command without arguments is called with none. */
type Args<K extends Name> = Request<K> extends Record<string, never> ? [] : [Request<K>];

/** Calls one command of core's table with the arguments and reply its generated types name. */
function call<K extends Name>(name: K, ...args: Args<K>): Promise<Commands[K]["reply"]> {
  return invoke<Commands[K]["reply"]>(name, args[0]);
}

/** A command that answers nothing: resolves to null when done, or to the `Msg` it rejected with. */
function done(p: Promise<null>): Promise<Msg | null> {
  return p.then(
    () => null,
    (error: Msg) => error,
  );
}

/** A save: resolves to the path written (null when the dialog was closed), or to what went wrong. */
function saved(p: Promise<string | null>): Promise<{ path: string | null; error: Msg | null }> {
  return p.then(
    (path) => ({ path, error: null }),
    (error: Msg) => ({ path: null, error }),
  );
}

export const api = {
  bootstrap: () => call("bootstrap"),
  advice: (language: Lang) => call("advice", { language }),
  passwordSetup: () => call("password_setup"),
  /** The password goes to Rust for assessment and is never sent back. */
  assessPassword: (password: string, personal: string[]) => call("assess_password", { password, personal }),
  generatePassword: (mode: Mode) => call("generate_password", { mode }),
  markDone: (systemId: string, password: string | null, remember: boolean) =>
    call("mark_done", { systemId, password, remember }),
  /** Opens the system's page in the default browser; Rust takes the address from the profile. */
  openSystemPage: (systemId: string) => done(call("open_system_page", { systemId })),
  trainingSetup: () => call("training_setup"),
  startTraining: () => call("start_training"),
  setTrainingScenario: (name: string) => call("set_training_scenario", { name }),
  stopTraining: () => call("stop_training"),
  checksSetup: () => call("checks_setup"),
  /** Progress arrives on `onProgress` while the promise is pending. */
  runChecks: (onProgress: (p: Progress) => void) => {
    const channel = new Channel<Progress>();
    channel.onmessage = onProgress;
    return call("run_checks", { onProgress: channel });
  },
  /** Opens a finding's link by position; Rust looks the link up, the web view never names one. */
  openCheckAction: (findingId: string, action: number) => done(call("open_check_action", { findingId, action })),
  incidentSetup: (language: Lang) => call("incident_setup", { language }),
  incidentMail: (kind: IncidentKind, language: Lang, sender?: IncidentSender) =>
    call("incident_mail", { kind, language, sender: sender ?? null }),
  /** Rust builds the mailto: from the profile and opens it. */
  openIncidentMail: (kind: IncidentKind, language: Lang, sender?: IncidentSender) =>
    done(call("open_incident_mail", { kind, language, sender: sender ?? null })),
  /** The questions without their key: Rust marks each answer and the score. */
  quiz: (language: Lang, seed: number) => call("quiz", { language, seed }),
  quizAnswer: (question: string, answer: number) => call("quiz_answer", { question, answer }),
  quizScore: (answers: QuizAnswer[]) => call("quiz_score", { answers }),
  summary: (language: Lang) => call("summary", { language }),
  /** Every link of the text with its verdict; nothing is fetched. */
  checkLinks: (text: string) => call("check_links", { text }),
  /** Rust makes the report and asks where to save it (the web view never sees a path before
   * the file is written). */
  saveReport: (format: ReportFormat, language: Lang, name: string, unit: string) =>
    saved(call("save_report", { format, language, name: name || null, unit: unit || null })),
  rollupPick: (pick: RollupPick, language: Lang) => call("rollup_pick", { pick, language }),
  rollupView: (language: Lang) => call("rollup_view", { language }),
  rollupSave: (format: RollupFormat, language: Lang) => saved(call("rollup_save", { format, language })),
  bundleCurrent: (language: Lang) => call("bundle_current", { language }),
  /** Rust asks for the file and reads it; resolves to null when the dialog was closed. A file
   * that cannot be used rejects with its reason. */
  bundlePick: (language: Lang) => call("bundle_pick", { language }),
  /** Installs the file last shown; rejects with the reason, and then nothing was written. */
  bundleInstall: () => call("bundle_install"),
  /** Resolves to null when saved, or to the message explaining why it was not remembered. */
  setLanguage: (language: Lang) => done(call("set_language", { language })),
};
