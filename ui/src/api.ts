// The only module that talks to the Rust side. Every screen goes through these functions, so the
// UI can be driven against a mock in a plain browser.
import { Channel, invoke } from "@tauri-apps/api/core";

export type Lang = "vi" | "en";

export interface Msg {
  id: string;
  args: Record<string, string | number>;
}

export interface Localized {
  vi: string;
  en: string;
}

export interface Bootstrap {
  language: Lang;
  agency: Localized;
  profile_problem: { location: Msg; reason: Msg } | null;
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
  sections: Section[];
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

export interface SystemView {
  id: string;
  name: Localized;
  login_url: string | null;
  change_password_url: string | null;
  changed_on: string | null;
}

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
    verdict: "fails_rule" | "weak" | "fair" | "strong" | "too_long";
    score: number;
    guesses_log10: number;
    warnings: string[];
    /** Stable codes, rendered as `pw-suggestion-<code>`. */
    suggestions: string[];
  };
  reuse: { system_id: string; changed_on: string }[];
  /** How long guessing would take ("about 3 months"), when that figure means something. */
  crack_time: Msg | null;
}

export type Status = "ok" | "warning" | "unknown" | "critical";

export type Action = { kind: "open_uri"; uri: string; label: Msg } | { kind: "steps"; label: Msg; steps: Msg[] };

export interface Finding {
  id: string;
  status: Status;
  title: Msg;
  summary: Msg;
  advice: Msg[];
  reason?: Msg;
  evidence: Record<string, unknown>;
  actions: Action[];
}

export interface CheckReport {
  schema: string;
  checked_at: number;
  os: string;
  status: Status;
  findings: Finding[];
}

export type Progress =
  | { state: "started"; check: string; title: Msg }
  | { state: "finished"; check: string; status: Status };

export interface LastCheck {
  checked_at: number;
  status: Status;
}

export interface ChecksSetup {
  last: LastCheck | null;
  report: CheckReport | null;
  scenario: string | null;
  problem: Msg | null;
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
  checksSetup: () => invoke<ChecksSetup>("checks_setup"),
  /** Progress arrives on `onProgress` while the promise is pending. */
  runChecks: (onProgress: (p: Progress) => void) => {
    const channel = new Channel<Progress>();
    channel.onmessage = onProgress;
    return invoke<{ report: CheckReport; save_problem: Msg | null }>("run_checks", { onProgress: channel });
  },
  /** Opens a finding's link by position; Rust looks the link up, the web view never names one. */
  openCheckAction: (findingId: string, action: number) =>
    invoke<void>("open_check_action", { findingId, action }).then(
      () => null,
      (error: Msg) => error,
    ),
  /** Resolves to null when saved, or to the message explaining why it was not remembered. */
  setLanguage: (language: Lang) =>
    invoke<void>("set_language", { language }).then(
      () => null,
      (error: Msg) => error,
    ),
};
