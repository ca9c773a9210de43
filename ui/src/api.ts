// The only module that talks to the Rust side. Every screen goes through these functions, so the
// UI can be driven against a mock in a plain browser.
import { invoke } from "@tauri-apps/api/core";

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

export const api = {
  bootstrap: () => invoke<Bootstrap>("bootstrap"),
  advice: (language: Lang) => invoke<Advice>("advice", { language }),
  /** Resolves to null when saved, or to the message explaining why it was not remembered. */
  setLanguage: (language: Lang) =>
    invoke<void>("set_language", { language }).then(
      () => null,
      (error: Msg) => error,
    ),
};
