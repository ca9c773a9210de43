// "Kiểm tra đường link": paste a link or a whole message, press Check, read one card per link.
// Core finds the links and judges each (src-tauri/src/link_commands.rs → tukiem_core::links);
// this screen only shows the verdicts: an icon, a word and a colour, the reasons in plain words,
// and the real address when a fake imitates a known system. Nothing is fetched or stored: the
// text lives in the text box, which survives a language switch (the same element is moved).
import { api, type ShownLink } from "../api";
import { h } from "../dom";
import { t, tm } from "../i18n";
import { icon, type IconName } from "../icons";
import "./links.css";

/** How each verdict looks: the status colours the check screen uses. */
const LOOK: Record<ShownLink["verdict"], { status: string; icon: IconName }> = {
  official: { status: "ok", icon: "check" },
  lookalike: { status: "critical", icon: "cross" },
  not_official: { status: "warning", icon: "warning" },
  invalid: { status: "unknown", icon: "question" },
};

let box: HTMLTextAreaElement | null = null;
let results: ShownLink[] | null = null;
let failed = false;

function textBox(): HTMLTextAreaElement {
  if (!box) {
    box = h("textarea", {
      class: "lc-input",
      testid: "links-input",
      attrs: { id: "link-text", rows: "6", spellcheck: "false", autocomplete: "off" },
    });
  }
  return box;
}

export function linksScreen(rerender: () => void): HTMLElement {
  const input = textBox();
  const check = async (): Promise<void> => {
    try {
      results = input.value.trim() ? await api.checkLinks(input.value) : [];
      failed = false;
    } catch (e) {
      console.error(e);
      failed = true;
    }
    rerender();
    // The screen is rebuilt asynchronously: move focus to the results once they are in the page.
    setTimeout(() => document.querySelector<HTMLElement>("[data-testid=links-results]")?.focus(), 0);
  };
  return h(
    "section",
    { class: "screen links", testid: "screen-links" },
    h("h1", { text: t("links-title"), attrs: { tabindex: "-1" } }),
    h("p", { class: "lead", text: t("links-intro") }),
    h("label", { class: "lc-label", text: t("links-input-label"), attrs: { for: "link-text" } }),
    input,
    h(
      "div",
      { class: "lc-actions" },
      h("button", {
        class: "primary",
        testid: "links-check",
        text: t("links-check"),
        attrs: { type: "button" },
        onClick: () => void check(),
      }),
    ),
    h("p", { class: "privacy", text: t("links-offline") }),
    resultsView(),
    h("p", { class: "lc-tip", text: t("links-tip") }),
  );
}

function resultsView(): HTMLElement | null {
  if (failed) {
    return h("p", { class: "banner warning", testid: "links-results", text: t("links-failed"), attrs: { tabindex: "-1", role: "alert" } });
  }
  if (results === null) return null;
  if (results.length === 0) {
    return h("p", { class: "lc-empty", testid: "links-results", text: t("links-empty"), attrs: { tabindex: "-1", role: "status" } });
  }
  const found = results.filter((r) => r.host !== null).length;
  return h(
    "div",
    { class: "lc-results", testid: "links-results", attrs: { tabindex: "-1", "aria-live": "polite" } },
    found ? h("p", { class: "lc-count", text: t("links-found", { count: found }) }) : null,
    ...results.map(card),
  );
}

function card(r: ShownLink, index: number): HTMLElement {
  const look = LOOK[r.verdict];
  return h(
    "article",
    { class: `finding link-card status-${look.status}`, testid: `link-${index}`, attrs: { "data-verdict": r.verdict } },
    h(
      "header",
      {},
      h("span", { class: "status-badge", testid: `link-verdict-${index}` }, icon(look.icon, "icon status-icon"), tm(r.title)),
      h("code", { class: "link-input", text: r.input, attrs: { "aria-label": t("links-link-label") } }),
    ),
    h("p", { class: "finding-summary", text: tm(r.summary) }),
    r.real_address ? h("p", { class: "link-real", testid: `link-real-${index}`, text: tm(r.real_address) }) : null,
    r.goes_to ? h("p", { class: "link-goes", text: tm(r.goes_to) }) : null,
    r.reasons_text.length ? h("ul", { class: "finding-advice" }, ...r.reasons_text.map((m) => h("li", { text: tm(m) }))) : null,
  );
}
