import type { Advice, Block, Msg } from "../api";
import { h } from "../dom";
import { t, tm } from "../i18n";
import { icon } from "../icons";
import { profileNotices } from "./profile-notices";

function blocks(body: Block[]): HTMLElement[] {
  return body.map((b) =>
    b.kind === "paragraph"
      ? h("p", { text: tm(b.content) })
      : h("ul", {}, ...b.content.map((m) => h("li", { text: tm(m) }))),
  );
}

function contactCard(c: Advice["contact"]): HTMLElement {
  const row = (labelId: string, value: string, testid: string) =>
    h("div", { class: "contact-row" }, h("dt", { text: t(labelId) }), h("dd", { text: value, testid }));
  return h(
    "aside",
    { class: "contact", testid: "advice-contact", attrs: { "aria-labelledby": "contact-title" } },
    h("h2", {}, icon("phone"), h("span", { text: tm(c.title), attrs: { id: "contact-title" } })),
    h(
      "dl",
      {},
      row("advice-contact-name", c.name, "contact-name"),
      row("advice-contact-role", c.role, "contact-role"),
      row("advice-contact-agency", c.agency, "contact-agency"),
      row("advice-contact-phone", c.phone, "contact-phone"),
      row("advice-contact-email", c.email, "contact-email"),
    ),
  );
}

/** The letter word for word, one paragraph a line, shown on request. */
function originalView(a: Advice): HTMLElement {
  const box = h(
    "section",
    { class: "original-letter", testid: "advice-original", attrs: { id: "original-letter", hidden: "" } },
    h("h2", { text: t("advice-original-title") }),
    h("p", { class: "hint", text: t("advice-original-note") }),
    ...(a.original ?? "").split("\n").filter((line) => line.trim() !== "").map((line) => h("p", { text: line })),
  );
  const toggle = h("button", {
    class: "secondary",
    testid: "advice-original-toggle",
    text: t("advice-original-open"),
    attrs: { type: "button", "aria-controls": "original-letter", "aria-expanded": "false" },
    onClick: () => {
      const open = box.hasAttribute("hidden");
      box.toggleAttribute("hidden", !open);
      toggle.textContent = t(open ? "advice-original-close" : "advice-original-open");
      toggle.setAttribute("aria-expanded", String(open));
      if (open) box.scrollIntoView({ block: "start" });
    },
  });
  return h("div", { class: "original-wrap" }, toggle, box);
}

/** `notices`: what core says about the profile in use (app::speaking), which includes the ageing
 * lines of `a.ageing`, shown in their place. */
export function adviceScreen(a: Advice, notices: Msg[]): HTMLElement {
  return h(
    "section",
    { class: "screen advice", testid: "screen-advice" },
    h("h1", { text: tm(a.title), attrs: { tabindex: "-1" } }),
    h(
      "section",
      { class: "letter-summary", testid: "advice-summary" },
      h("h2", { text: tm(a.summary_title) }),
      h("ol", {}, ...a.summary.map((m) => h("li", { text: tm(m) }))),
    ),
    profileNotices(notices, { testid: "advice-ageing" }),
    // The letter's order; the contact card follows the actions: the third is "report to this person".
    ...a.sections.flatMap((s) => [
      h(
        "section",
        { class: `advice-section advice-${s.id}`, testid: `advice-${s.id}` },
        h("h2", { text: tm(s.title) }),
        ...blocks(s.body),
        s.steps.length > 0
          ? h(
              "ol",
              { class: "steps" },
              ...s.steps.map((step, i) =>
                h(
                  "li",
                  { class: "step", testid: `advice-step-${i + 1}` },
                  h("h3", { text: tm(step.heading) }),
                  ...blocks(step.body),
                ),
              ),
            )
          : null,
      ),
      s.id === "actions" ? contactCard(a.contact) : null,
    ]),
    h("p", { class: "source", text: tm(a.source) }),
    a.original !== null
      ? originalView(a)
      : h("p", { class: "hint", testid: "advice-original-none", text: a.original_problem ? tm(a.original_problem) : t("advice-original-none") }),
  );
}
