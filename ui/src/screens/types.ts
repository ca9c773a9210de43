import type { Lang, Localized, Msg } from "../api";

export type ScreenId = "home" | "passwords" | "checks" | "advice" | "incident" | "quiz" | "summary" | "links" | "rollup" | "bundle";

export interface Ctx {
  lang: Lang;
  agency: Localized;
  /** The letter's date as a `date-short` message, rendered in the language shown. */
  letterDate: Msg;
  /** What to say about the profile next to the agency's name and contact (core decided it). */
  notices: Msg[];
  go: (screen: ScreenId) => void;
}
