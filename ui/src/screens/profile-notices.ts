// The lines core decided about the profile in use (the embedded example, an old bundle, the
// reorganisation), shown next to the agency's name and contact on home, advice and incident.
import type { Msg } from "../api";
import { h } from "../dom";
import { tm } from "../i18n";
import { icon } from "../icons";

/** `where.testid` names the banner for the tests (its own per screen). */
export function profileNotices(notices: Msg[], where: { testid: string }): HTMLElement | null {
  if (notices.length === 0) return null;
  return h(
    "div",
    { class: "banner info profile-notices", testid: where.testid, attrs: { role: "note" } },
    ...notices.map((m, i) => (i === 0 ? h("p", { class: "pn-first" }, icon("warning"), h("span", { text: tm(m) })) : h("p", { text: tm(m) }))),
  );
}
