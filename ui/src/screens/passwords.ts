// The password guide: a checklist of the profile's systems, and a wizard per system. The typed
// password lives only in the input element; it is sent to Rust for assessment and never kept.
import { api, type AssessReply, type Msg, type PasswordSetup, type SystemView } from "../api";
import { h } from "../dom";
import { date, t, tm } from "../i18n";
import { icon } from "../icons";
import type { Ctx } from "./types";

let openSystem: string | null = null;
/** A problem from the last "mark done" (e.g. no keyring to remember the fingerprint). */
let lastProblem: Msg | null = null;
const DEBOUNCE_MS = 250;

/** Called when the user picks the section from the menu: always start at the list. */
export function resetPasswords(): void {
  openSystem = null;
  lastProblem = null;
}

export async function passwordsScreen(ctx: Ctx, rerender: () => void): Promise<HTMLElement> {
  const setup = await api.passwordSetup();
  const system = setup.systems.find((s) => s.id === openSystem);
  return system ? wizard(ctx, setup, system, rerender) : checklist(ctx, setup, rerender);
}

function checklist(ctx: Ctx, setup: PasswordSetup, rerender: () => void): HTMLElement {
  const done = setup.systems.filter((s) => s.changed_on).length;
  return h(
    "section",
    { class: "screen passwords", testid: "screen-passwords" },
    h("h1", { text: t("pw-title"), attrs: { tabindex: "-1" } }),
    h("p", { class: "lead", text: t("pw-lead") }),
    setup.problem ? h("p", { class: "banner warning", text: tm(setup.problem) }) : null,
    lastProblem ? h("p", { class: "banner warning", testid: "pw-remember-problem", text: tm(lastProblem) }) : null,
    h("p", { class: "progress", testid: "pw-progress", text: t("pw-progress", { done, total: setup.systems.length }) }),
    h(
      "ul",
      { class: "systems" },
      ...setup.systems.map((s) =>
        h(
          "li",
          { class: s.changed_on ? "system done" : "system", testid: `system-${s.id}` },
          h("span", { class: "system-mark" }, icon(s.changed_on ? "shieldCheck" : "key")),
          h(
            "span",
            { class: "system-text" },
            h("span", { class: "system-name", text: s.name[ctx.lang] }),
            h("span", {
              class: "system-state",
              text: s.changed_on ? t("pw-state-done", { date: date(s.changed_on) }) : t("pw-state-todo"),
            }),
          ),
          h("button", {
            class: s.changed_on ? "secondary" : "primary",
            testid: `system-${s.id}-change`,
            text: t(s.changed_on ? "pw-change-again" : "pw-change"),
            attrs: { type: "button" },
            onClick: () => {
              openSystem = s.id;
              lastProblem = null;
              rerender();
            },
          }),
        ),
      ),
    ),
  );
}

function wizard(ctx: Ctx, setup: PasswordSetup, system: SystemView, rerender: () => void): HTMLElement {
  const url = system.change_password_url ?? system.login_url;
  const input = h("input", {
    testid: "pw-input",
    attrs: {
      id: "new-password",
      type: "password",
      autocomplete: "new-password",
      spellcheck: "false",
      autocapitalize: "off",
      autocorrect: "off",
    },
  });
  const toggle = h("button", {
    class: "secondary",
    testid: "pw-toggle",
    text: t("pw-show"),
    attrs: { type: "button", spellcheck: "false", "aria-controls": "new-password" },
  });
  toggle.addEventListener("click", () => {
    const hidden = input.type === "password";
    input.type = hidden ? "text" : "password";
    toggle.textContent = t(hidden ? "pw-hide" : "pw-show");
  });
  const rules = h(
    "ul",
    { class: "rules" },
    ...setup.requirements.map((r) =>
      h("li", { class: "rule", testid: `pw-rule-${r.code}`, attrs: { "data-met": "false" } }, h("span", { class: "tick" }), tm(r.label)),
    ),
  );
  const verdict = h("p", { class: "verdict", testid: "pw-verdict", attrs: { "data-verdict": "empty" }, text: t("pw-verdict-empty") });
  const warnings = h("ul", { class: "warnings", testid: "pw-warnings" });
  const generated = h("p", { class: "hint", testid: "pw-generated" });
  const remember = h("input", { testid: "pw-remember", attrs: { type: "checkbox", id: "remember-fingerprint" } });

  // Optional personal details: sent with each assessment, kept only in these inputs.
  const personalFields = [
    { id: "about-name", label: "pw-about-name", type: "text" },
    { id: "about-username", label: "pw-about-username", type: "text" },
    { id: "about-birth", label: "pw-about-birth", type: "text" },
    { id: "about-phone", label: "pw-about-phone", type: "text" },
    { id: "about-old", label: "pw-about-old", type: "password" },
  ].map((f) => ({
    ...f,
    input: h("input", {
      testid: f.id,
      attrs: { id: f.id, type: f.type, autocomplete: "off", spellcheck: "false" },
    }),
  }));
  const about = h(
    "details",
    { class: "about" },
    h("summary", { text: t("pw-about-title") }),
    h("p", { class: "hint", text: t("pw-about-hint") }),
    ...personalFields.map((f) => h("div", {}, h("label", { text: t(f.label), attrs: { for: f.id } }), f.input)),
  );

  let timer: number | undefined;
  let seq = 0;
  const show = (reply: AssessReply | null) => {
    const missing = new Set(reply?.assessment.missing ?? setup.requirements.map((r) => r.code));
    for (const li of rules.querySelectorAll<HTMLElement>("[data-testid^=pw-rule-]")) {
      const code = li.dataset.testid?.slice("pw-rule-".length) as never;
      li.dataset.met = String(reply !== null && !missing.has(code));
    }
    if (!reply) {
      verdict.dataset.verdict = "empty";
      verdict.textContent = t("pw-verdict-empty");
      warnings.replaceChildren();
      return;
    }
    const a = reply.assessment;
    verdict.dataset.verdict = a.verdict;
    verdict.textContent = t(`pw-verdict-${a.verdict}`);
    const items = [
      ...reply.reuse.map((r) => {
        const s = setup.systems.find((x) => x.id === r.system_id);
        return t("pw-reused", { system: s ? s.name[ctx.lang] : r.system_id, date: date(r.changed_on) });
      }),
      // "reused" is said above, with the system's name and date.
      ...a.warnings.filter((w) => w !== "reused").map((w) => t(`pw-warning-${w}`)),
    ];
    warnings.replaceChildren(...items.map((text) => h("li", { text })));
  };
  const assess = () => {
    window.clearTimeout(timer);
    const mine = ++seq;
    const value = input.value;
    const personal = personalFields.map((f) => f.input.value);
    if (!value) {
      show(null);
      return;
    }
    timer = window.setTimeout(() => {
      api.assessPassword(value, personal).then(
        (reply) => mine === seq && show(reply),
        () => mine === seq && show(null),
      );
    }, DEBOUNCE_MS);
  };
  input.addEventListener("input", assess);
  for (const f of personalFields) f.input.addEventListener("input", assess);

  const generate = h("button", {
    class: "secondary",
    testid: "pw-generate",
    text: t("pw-generate"),
    attrs: { type: "button" },
    onClick: () => {
      void api.generatePassword("syllables").then((g) => {
        input.value = g.password;
        input.type = "text";
        toggle.textContent = t("pw-hide");
        generated.textContent = t("pw-generated", { bits: g.entropy_bits });
        assess();
      });
    },
  });

  const done = h("button", {
    class: "primary",
    testid: `system-${system.id}-done`,
    text: t("pw-mark-done"),
    attrs: { type: "button" },
    onClick: () => {
      const password = remember.checked && input.value ? input.value : null;
      void api.markDone(system.id, password, remember.checked).then((reply) => {
        lastProblem = reply.remember_problem;
        input.value = "";
        openSystem = null;
        rerender();
      });
    },
  });

  return h(
    "section",
    { class: "screen wizard", testid: "screen-wizard" },
    h("h1", { text: t("pw-wizard-title", { system: system.name[ctx.lang] }), attrs: { tabindex: "-1" } }),
    h("p", { class: "lead", text: t("pw-why") }),
    h(
      "div",
      { class: "step" },
      h("h3", { text: t("pw-step-open") }),
      h("p", {
        testid: "pw-where",
        text: url ? t("pw-open-url", { url }) : t("pw-no-url", { name: setup.contact_name, phone: setup.contact_phone }),
      }),
    ),
    h(
      "div",
      { class: "step" },
      h("h3", { text: t("pw-step-type") }),
      h("p", { class: "banner warning", testid: "pw-ime" }, h("strong", {}, icon("warning"), t("pw-ime-reminder"))),
      about,
      h("label", { text: t("pw-input-label"), attrs: { for: "new-password" } }),
      h("div", { class: "field-row" }, input, toggle, generate),
      generated,
      h("div", { class: "assessment" }, h("div", {}, h("h4", { text: t("pw-rules-title") }), rules), h("div", {}, verdict, warnings)),
    ),
    h(
      "div",
      { class: "step" },
      h("h3", { text: t("pw-step-done") }),
      h("p", { class: "check" }, remember, h("label", { text: t("pw-remember"), attrs: { for: "remember-fingerprint" } })),
      h(
        "div",
        { class: "field-row" },
        done,
        h("button", {
          class: "secondary",
          text: t("pw-back"),
          attrs: { type: "button" },
          onClick: () => {
            openSystem = null;
            rerender();
          },
        }),
      ),
    ),
  );
}
