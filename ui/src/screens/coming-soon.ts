import { h } from "../dom";
import { t } from "../i18n";
import type { Ctx } from "./types";

/** Passwords and computer check until their issues land: say so, and point at what helps now. */
export function comingSoonScreen(ctx: Ctx, titleId: string): HTMLElement {
  return h(
    "section",
    { class: "screen coming-soon", testid: "screen-coming-soon" },
    h("h1", { text: t(titleId), attrs: { tabindex: "-1" } }),
    h("p", { class: "badge", text: t("coming-soon") }),
    h("h2", { text: t("coming-soon-title") }),
    h("p", { text: t("coming-soon-body") }),
    h("button", {
      class: "primary",
      text: t("coming-soon-action"),
      attrs: { type: "button" },
      onClick: () => ctx.go("advice"),
    }),
  );
}
