// "Report a problem": what counts, what to do now, whom to tell, and a prefilled e-mail that also
// works with no mail program (the same text in a copy box). The e-mail is composed in Rust; this
// screen names a kind of incident, never an address or a URI.
import { api, type IncidentKind, type IncidentMail, type IncidentSender, type IncidentSetup, type Lang, type Msg } from "../api";
import { h } from "../dom";
import { t, tm } from "../i18n";
import { icon } from "../icons";
import { profileNotices } from "./profile-notices";
import type { Ctx } from "./types";

// Kept across renders (a language switch re-renders): the user's pick stays picked.
let kind: IncidentKind = "other";
// What the user typed about themselves, for the mail only: kept in memory, never saved.
const sender: IncidentSender = { name: null, unit: null };

/** A finding's "report a problem" button picks its kind before the screen opens. */
export function preselectIncident(next: IncidentKind): void {
  kind = next;
}
const setups = new Map<Lang, IncidentSetup>();

/** The profile in use changed (a bundle was installed): the contact is asked for again. */
export function forgetIncident(): void {
  setups.clear();
}

export async function incidentScreen(ctx: Ctx): Promise<HTMLElement> {
  let setup = setups.get(ctx.lang);
  if (!setup) {
    setup = await api.incidentSetup(ctx.lang);
    setups.set(ctx.lang, setup);
  }
  const mail = await api.incidentMail(kind, ctx.lang, sender);
  const c = setup.contact;

  const textarea = h("textarea", {
    class: "copy-text",
    testid: "incident-text",
    attrs: { id: "mail-text", readonly: "", rows: "12", spellcheck: "false" },
  });
  textarea.value = mail.text;
  const copyStatus = h("p", { class: "copy-status", testid: "incident-copy-status", attrs: { "aria-live": "polite" } });
  const phoneStatus = h("p", { class: "copy-status", testid: "incident-phone-status", attrs: { "aria-live": "polite" } });
  const mailProblem = h("div", { class: "mail-problem", attrs: { "aria-live": "assertive" } });
  // Shown grouped to be read aloud; "copy the number" copies the digits as the profile has them.
  const phone = h("span", { class: "phone-big", testid: "incident-phone", text: c.phone_shown });

  const refresh = async (): Promise<void> => {
    mailProblem.replaceChildren();
    const fresh: IncidentMail = await api.incidentMail(kind, ctx.lang, sender);
    // Only the text changes: re-rendering the screen would move focus off the control.
    textarea.value = fresh.text;
    copyStatus.replaceChildren();
  };
  const pick = async (next: IncidentKind): Promise<void> => {
    kind = next;
    await refresh();
  };
  const senderField = (key: "name" | "unit", labelId: string) => {
    const input = h("input", {
      testid: `incident-sender-${key}`,
      attrs: { id: `sender-${key}`, type: "text", autocomplete: key === "name" ? "name" : "organization", value: sender[key] ?? "" },
    });
    input.addEventListener("input", () => {
      sender[key] = input.value.trim() === "" ? null : input.value;
      void refresh();
    });
    return h("div", { class: "sender-field" }, h("label", { text: t(labelId), attrs: { for: `sender-${key}` } }), input);
  };

  const kinds = h(
    "fieldset",
    { class: "kind-list" },
    h("legend", { text: t("incident-kinds-title") }),
    h("p", { class: "hint", text: t("incident-kinds-hint") }),
    ...setup.kinds.map((k) => {
      const id = `kind-${k.code}`;
      const input = h("input", {
        testid: `incident-kind-${k.code}`,
        attrs: { type: "radio", name: "kind", id, value: k.code, ...(k.code === kind ? { checked: "" } : {}) },
      });
      input.addEventListener("change", () => void pick(k.code));
      return h(
        "label",
        { class: "kind-option", attrs: { for: id } },
        input,
        h("span", { class: "kind-text" }, h("span", { class: "kind-title", text: tm(k.label) }), h("span", { class: "kind-hint", text: tm(k.hint) })),
      );
    }),
  );

  const now = h(
    "section",
    { class: "sos-now", testid: "incident-now", attrs: { "aria-labelledby": "sos-now-title" } },
    h("h2", {}, icon("warning"), h("span", { text: t("incident-now-title"), attrs: { id: "sos-now-title" } })),
    h(
      "ol",
      {},
      ...setup.do_now.map((m) => h("li", { text: tm(m) })),
    ),
  );

  const contact = h(
    "aside",
    { class: "callcard", testid: "incident-contact", attrs: { "aria-labelledby": "callcard-title" } },
    h("h2", {}, icon("phone"), h("span", { text: t("incident-contact-title"), attrs: { id: "callcard-title" } })),
    h("p", { class: "callcard-name", text: c.name }),
    h("p", { class: "callcard-role", text: t("incident-contact-role", { role: c.role, agency: c.agency }) }),
    h("p", { class: "callcard-label", text: t("incident-phone-label") }),
    h(
      "div",
      { class: "phone-row" },
      phone,
      h(
        "button",
        {
          class: "secondary small",
          testid: "incident-phone-copy",
          attrs: { type: "button" },
          onClick: () => void copy(c.phone, phone, phoneStatus, "incident-phone-copied", "incident-phone-copy-manual"),
        },
        icon("copy"),
        t("incident-copy-phone"),
      ),
    ),
    phoneStatus,
    h(
      "button",
      {
        class: "secondary wide",
        testid: "incident-mailto",
        attrs: { type: "button" },
        onClick: () => void openMail(ctx.lang, mailProblem, textarea),
      },
      icon("mail"),
      t("incident-mail-open"),
    ),
    h("p", { class: "hint", text: t("incident-mail-hint") }),
    h("p", { class: "callcard-label", text: t("incident-email-label") }),
    h("p", { class: "callcard-email", testid: "incident-email" }, ...breakableEmail(c.email)),
    // Beside the number and the address: what core says about this profile (an example, old,
    // reorganised), after them so the number stays first.
    profileNotices(ctx.notices, { testid: "incident-profile-notices" }),
  );

  return h(
    "section",
    { class: "screen incident", testid: "screen-incident" },
    h("h1", { text: t("incident-title"), attrs: { tabindex: "-1" } }),
    h("p", { class: "lead", text: t("incident-lead", { agency: c.agency, date: c.letter_date }) }),
    h("div", { class: "sos-grid" }, h("div", { class: "sos-main" }, now, kinds), contact),
    h(
      "section",
      { class: "copybox", attrs: { "aria-labelledby": "copybox-title" } },
      h("h2", { text: t("incident-text-title"), attrs: { id: "copybox-title" } }),
      // A failed mail program is reported here, next to the way out.
      mailProblem,
      h(
        "fieldset",
        { class: "sender" },
        h("legend", { text: t("incident-sender-title") }),
        senderField("name", "incident-sender-name"),
        senderField("unit", "incident-sender-unit"),
      ),
      h("label", { text: t("incident-text-label"), attrs: { for: "mail-text" } }),
      textarea,
      h(
        "div",
        { class: "copy-row" },
        h(
          "button",
          {
            class: "primary",
            testid: "incident-copy",
            attrs: { type: "button" },
            onClick: () => void copy(textarea.value, textarea, copyStatus, "incident-copied", "incident-copy-manual"),
          },
          icon("copy"),
          t("incident-copy"),
        ),
        copyStatus,
      ),
    ),
    h("p", { class: "privacy", text: t("incident-privacy") }),
  );
}

/** The address with a line-break opportunity after the `@`, so a narrow card never splits the domain. */
function breakableEmail(email: string): (Node | string)[] {
  const at = email.indexOf("@");
  return at < 0 ? [email] : [email.slice(0, at + 1), h("wbr"), email.slice(at + 1)];
}

async function openMail(lang: Lang, problem: HTMLElement, textarea: HTMLTextAreaElement): Promise<void> {
  problem.replaceChildren();
  const failed: Msg | null = await api.openIncidentMail(kind, lang, sender);
  if (!failed) return;
  problem.replaceChildren(
    h("p", { class: "banner warning", testid: "incident-mail-problem", attrs: { role: "alert" } }, icon("warning"), h("span", { text: tm(failed) })),
  );
  // The way out is the copy box: bring it into view, text selected, ready for Ctrl+C.
  textarea.scrollIntoView({ block: "center" });
  textarea.focus();
  textarea.select();
}

/**
 * Copies `text`; when the clipboard refuses (no permission, an old WebKit), selects `shown` so
 * Ctrl+C does it, and says so.
 */
async function copy(text: string, shown: HTMLElement, status: HTMLElement, doneId: string, manualId: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
    status.textContent = t(doneId);
  } catch {
    if (shown instanceof HTMLTextAreaElement) {
      shown.focus();
      shown.select();
    } else {
      const range = document.createRange();
      range.selectNodeContents(shown);
      const sel = window.getSelection();
      sel?.removeAllRanges();
      sel?.addRange(range);
    }
    status.textContent = t(manualId);
  }
}
