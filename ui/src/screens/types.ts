import type { Lang, Localized } from "../api";

export type ScreenId = "home" | "passwords" | "checks" | "advice" | "incident" | "quiz" | "summary" | "links" | "rollup";

export interface Ctx {
  lang: Lang;
  agency: Localized;
  /** The letter's date, for "theo công văn ngày …". */
  letterDate: Localized;
  go: (screen: ScreenId) => void;
}
