import type { Lang, Localized, Msg } from "../api";

export type ScreenId = "home" | "passwords" | "checks" | "advice" | "incident" | "quiz" | "summary" | "links" | "rollup";

export interface Ctx {
  lang: Lang;
  agency: Localized;
  /** The letter's date as a `date-short` message, rendered in the language shown. */
  letterDate: Msg;
  go: (screen: ScreenId) => void;
}
