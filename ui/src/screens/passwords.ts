// The password guide: a checklist of the profile's systems, and a wizard per system. The typed
// password lives only in its input element; it is sent to Rust for assessment and never kept.
import { api, type Assessed, type Msg, type PasswordSetup, type SystemRow } from "../api";
import { h } from "../dom";
import { t, tm } from "../i18n";
import { icon } from "../icons";
import type { Ctx } from "./types";

let openSystem: string | null = null;
/** A problem from the last "mark done" (e.g. no keyring to remember the fingerprint). */
let lastProblem: Msg | null = null;
const DEBOUNCE_MS = 250;

/**
 * What the user has typed into the open wizard, kept while the screen is rebuilt (a language
 * switch renders everything again). The password and the personal details stay where they always
 * were, in their own <input> elements: the elements themselves move into the new screen, so no
 * copy of a secret is made and nothing is written to storage. Dropped (and the inputs emptied)
 * when the wizard closes.
 */
interface Draft {
  systemId: string;
  password: HTMLInputElement;
  personal: { id: string; label: string; input: HTMLInputElement }[];
  remember: HTMLInputElement;
  /** The "about you" box of the last render, to keep it open if it was. */
  about: HTMLDetailsElement | null;
  generatedBits: number | null;
  /** The last assessment: codes and message ids only, re-rendered in the new language. */
  reply: Assessed | null;
  openProblem: Msg | null;
  timer: number | undefined;
  seq: number;
  /** Listeners of the current render; aborted when the screen is rebuilt or closed. */
  listeners: AbortController;
}

let draft: Draft | null = null;

function newDraft(systemId: string): Draft {
  const personal = [
    { id: "about-name", label: "pw-about-name", type: "text" },
    { id: "about-username", label: "pw-about-username", type: "text" },
    { id: "about-birth", label: "pw-about-birth", type: "text" },
    { id: "about-phone", label: "pw-about-phone", type: "text" },
    { id: "about-old", label: "pw-about-old", type: "password" },
  ].map((f) => ({
    id: f.id,
    label: f.label,
    input: h("input", { testid: f.id, attrs: { id: f.id, type: f.type, autocomplete: "off", spellcheck: "false" } }),
  }));
  return {
    systemId,
    password: h("input", {
      testid: "pw-input",
      attrs: {
        id: "new-password",
        type: "password",
        autocomplete: "new-password",
        spellcheck: "false",
        autocapitalize: "off",
        autocorrect: "off",
      },
    }),
    personal,
    remember: h("input", { testid: "pw-remember", attrs: { type: "checkbox", id: "remember-fingerprint" } }),
    about: null,
    generatedBits: null,
    reply: null,
    openProblem: null,
    timer: undefined,
    seq: 0,
    listeners: new AbortController(),
  };
}

/** Closes the wizard's state: listeners off, inputs emptied, nothing left in memory we hold. */
function dropDraft(): void {
  if (!draft) return;
  draft.listeners.abort();
  window.clearTimeout(draft.timer);
  draft.seq++;
  draft.password.value = "";
  for (const f of draft.personal) f.input.value = "";
  draft = null;
}

// A finding's "change the password of …" button names the system to open next (core chose it).
let pendingSystem: string | null = null;

/** The next time the guide opens, it opens this system's wizard instead of the list. */
export function preselectSystem(systemId: string): void {
  pendingSystem = systemId;
}

/** Called whenever the user picks a section from the menu: the guide starts again at the list. */
export function resetPasswords(): void {
  openSystem = pendingSystem;
  pendingSystem = null;
  lastProblem = null;
  dropDraft();
}

function isMsg(e: unknown): e is Msg {
  return typeof e === "object" && e !== null && typeof (e as Msg).id === "string";
}

export async function passwordsScreen(ctx: Ctx, rerender: () => void): Promise<HTMLElement> {
  const setup = await api.passwordSetup();
  const system = setup.systems.find((s) => s.id === openSystem);
  return system ? wizard(ctx, setup, system, rerender) : checklist(ctx, setup, rerender);
}

function checklist(ctx: Ctx, setup: PasswordSetup, rerender: () => void): HTMLElement {
  const done = setup.systems.filter((s) => s.done).length;
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
          { class: s.done ? "system done" : "system", testid: `system-${s.id}` },
          h("span", { class: "system-mark" }, icon(s.done ? "shieldCheck" : "key")),
          h(
            "span",
            { class: "system-text" },
            h("span", { class: "system-name", text: s.name[ctx.lang] }),
            h("span", {
              class: "system-state",
              text: tm(s.state),
            }),
          ),
          h("button", {
            class: s.done ? "secondary" : "primary",
            testid: `system-${s.id}-change`,
            text: t(s.done ? "pw-change-again" : "pw-change"),
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

function wizard(ctx: Ctx, setup: PasswordSetup, system: SystemRow, rerender: () => void): HTMLElement {
  if (draft?.systemId !== system.id) {
    dropDraft();
    draft = newDraft(system.id);
  }
  const d: Draft = draft;
  // A rebuild (language switch) replaces every listener of the previous render.
  d.listeners.abort();
  d.listeners = new AbortController();
  const on = { signal: d.listeners.signal };
  window.clearTimeout(d.timer);

  const url = system.page_url;
  const input = d.password;
  const toggle = h("button", {
    class: "secondary",
    testid: "pw-toggle",
    text: t(input.type === "password" ? "pw-show" : "pw-hide"),
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
  const verdict = h("p", { class: "verdict", testid: "pw-verdict", attrs: { "data-verdict": "empty", role: "status" }, text: t("pw-verdict-empty") });
  const crackTime = h("p", { class: "crack-time", testid: "pw-crack-time" });
  // Core's verdict that the password is in a leaked-password list, said apart from the warnings.
  const leaked = h("div", { class: "leaked", testid: "pw-leaked", attrs: { role: "alert" } });
  leaked.hidden = true;
  const warnings = h("ul", { class: "warnings", testid: "pw-warnings" });
  const suggestions = h("div", { class: "suggestions", testid: "pw-suggestions" });
  const generated = h("p", {
    class: "hint",
    testid: "pw-generated",
    text: d.generatedBits === null ? "" : t("pw-generated", { bits: d.generatedBits }),
  });
  const remember = d.remember;

  // Optional personal details: sent with each assessment, kept only in these inputs.
  const about = h(
    "details",
    { class: "about" },
    h("summary", { text: t("pw-about-title") }),
    h("p", { class: "hint", text: t("pw-about-hint") }),
    ...d.personal.map((f) => h("div", {}, h("label", { text: t(f.label), attrs: { for: f.id } }), f.input)),
  );
  about.open = d.about?.open ?? false;
  d.about = about;

  const show = (reply: Assessed | null) => {
    d.reply = reply;
    const missing = new Set(reply?.assessment.missing ?? setup.requirements.map((r) => r.code));
    for (const li of rules.querySelectorAll<HTMLElement>("[data-testid^=pw-rule-]")) {
      const code = li.dataset.testid?.slice("pw-rule-".length) as never;
      li.dataset.met = String(reply !== null && !missing.has(code));
    }
    if (!reply) {
      verdict.dataset.verdict = "empty";
      verdict.textContent = t("pw-verdict-empty");
      crackTime.replaceChildren();
      leaked.hidden = true;
      leaked.replaceChildren();
      warnings.replaceChildren();
      suggestions.replaceChildren();
      return;
    }
    const a = reply.assessment;
    verdict.dataset.verdict = a.verdict;
    verdict.textContent = tm(reply.verdict_word);
    crackTime.textContent = reply.crack_time ? t("pw-crack-time", { time: tm(reply.crack_time) }) : "";
    leaked.hidden = !a.leaked;
    leaked.replaceChildren(
      ...(a.leaked ? [h("strong", { text: t("pw-leaked-title") }), h("p", { text: t("pw-leaked-body") })] : []),
    );
    const items = [
      ...reply.reuse.map((r) => {
        const s = setup.systems.find((x) => x.id === r.system_id);
        return t("pw-reused", { system: s ? s.name[ctx.lang] : r.system_id, date: tm(r.date) });
      }),
      // Core leaves out "reused" (said above, with the system's name and date) and "leaked" (its own box).
      ...reply.warning_words.map(tm),
    ];
    warnings.replaceChildren(...items.map((text) => h("li", { text })));
    suggestions.replaceChildren(
      ...(reply.suggestion_words.length
        ? [
            h("h3", { text: t("pw-suggestions-title") }),
            h("ul", {}, ...reply.suggestion_words.map((m) => h("li", { text: tm(m) }))),
          ]
        : []),
    );
  };
  const assess = () => {
    window.clearTimeout(d.timer);
    const mine = ++d.seq;
    const value = input.value;
    const personal = d.personal.map((f) => f.input.value);
    if (!value) {
      show(null);
      return;
    }
    d.timer = window.setTimeout(() => {
      api.assessPassword(value, personal).then(
        (reply) => mine === d.seq && show(reply),
        () => mine === d.seq && show(null),
      );
    }, DEBOUNCE_MS);
  };
  input.addEventListener("input", assess, on);
  for (const f of d.personal) f.input.addEventListener("input", assess, on);
  // Rebuilt with text already typed: show the last verdict in the new language at once, and
  // assess again in case an answer was still on its way when the screen was rebuilt.
  if (input.value) {
    show(d.reply);
    assess();
  }

  const generate = h("button", {
    class: "secondary",
    testid: "pw-generate",
    text: t("pw-generate"),
    attrs: { type: "button" },
    onClick: () => {
      void api.generatePassword("syllables").then((g) => {
        if (draft !== d) return; // the wizard was closed meanwhile
        input.value = g.password;
        input.type = "text";
        toggle.textContent = t("pw-hide");
        d.generatedBits = g.entropy_bits;
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
        dropDraft();
        openSystem = null;
        rerender();
      });
    },
  });

  // Filled only when opening the browser failed.
  const openProblem = h("div", { testid: "pw-open-problem", attrs: { role: "alert" } });
  const showOpenProblem = () =>
    openProblem.replaceChildren(...(d.openProblem ? [h("p", { class: "banner warning", text: tm(d.openProblem) })] : []));
  showOpenProblem();
  // The general steps inside the system, then the contact for when they do not work (core decides).
  const howto = [
    h("ol", { class: "howto", testid: "pw-howto" }, ...system.steps.steps.map((m) => h("li", { text: tm(m) }))),
    h("p", { class: "hint", testid: "pw-howto-help", text: tm(system.steps.help) }),
  ];
  const where = url
    ? [
        h("p", { text: tm(system.steps.intro) }),
        h("p", { testid: "pw-where", text: t("pw-open-url", { url }) }),
        h("button", {
          class: "secondary",
          testid: `system-${system.id}-open`,
          text: t("pw-open"),
          attrs: { type: "button" },
          onClick: () => {
            // Rust looks the address up in the profile; the web view only names the system.
            void api.openSystemPage(system.id).then((problem) => {
              if (draft !== d) return;
              d.openProblem = problem === null ? null : isMsg(problem) ? problem : { id: "pw-open-failed", args: { url } };
              showOpenProblem();
            });
          },
        }),
        openProblem,
        ...howto,
      ]
    : [h("p", { testid: "pw-where", text: tm(system.steps.intro) }), ...howto];

  return h(
    "section",
    { class: "screen wizard", testid: "screen-wizard" },
    h("h1", { text: t("pw-wizard-title", { system: system.name[ctx.lang] }), attrs: { tabindex: "-1" } }),
    h("p", { class: "lead", text: t("pw-why") }),
    h("div", { class: "step" }, h("h2", { text: t("pw-step-open") }), ...where),
    h(
      "div",
      { class: "step" },
      h("h2", { text: t("pw-step-type") }),
      h("p", { class: "banner warning", testid: "pw-ime" }, h("strong", {}, icon("warning"), t("pw-ime-reminder"))),
      about,
      h("label", { text: t("pw-input-label"), attrs: { for: "new-password" } }),
      h("div", { class: "field-row" }, input, toggle, generate),
      generated,
      h(
        "div",
        { class: "assessment" },
        h("div", {}, h("h3", { text: t("pw-rules-title") }), rules),
        h("div", {}, verdict, leaked, crackTime, warnings, suggestions),
      ),
    ),
    h(
      "div",
      { class: "step" },
      h("h2", { text: t("pw-step-done") }),
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
            dropDraft();
            openSystem = null;
            rerender();
          },
        }),
      ),
    ),
  );
}
