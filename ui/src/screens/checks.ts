import { api, type Action, type CheckReport, type ChecksSetup, type Finding, type Msg, type Status } from "../api";
import { h } from "../dom";
import { t, tm } from "../i18n";
import { icon, type IconName } from "../icons";
import type { Ctx } from "./types";
import { preselectIncident } from "./incident";
import { preselectSystem } from "./passwords";
import { announce } from "../announce";

// Kept across renders: switching language or screen mid-run must not lose the run or its result.
let setup: ChecksSetup | null = null;
let report: CheckReport | null = null;
/** The report's result in one sentence, as core worded it. */
let overallLine: Msg | null = null;
let running = false;
let progress = new Map<string, { title: Msg; status: Status | null }>();
let problem: Msg | null = null;

const STATUS_ICON: Record<Status, IconName> = {
  // Does not apply here: never a tick.
  not_applicable: "question",
  ok: "check",
  warning: "warning",
  unknown: "question",
  critical: "cross",
};

// Set by the screen: a finding's incident button opens the incident screen, its change button
// the password guide.
let openIncident: () => void = () => {};
let openPasswords: () => void = () => {};

export async function checksScreen(ctx: Ctx, rerender: () => void): Promise<HTMLElement> {
  openIncident = () => ctx.go("incident");
  openPasswords = () => ctx.go("passwords");
  if (!setup) {
    setup = await api.checksSetup();
    report = report ?? setup.report;
    overallLine = overallLine ?? setup.overall;
    problem = problem ?? setup.problem;
  }
  const s = setup;
  return h(
    "section",
    { class: "screen checks", testid: "screen-checks" },
    h("h1", { text: t("checks-title"), attrs: { tabindex: "-1" } }),
    h("p", { class: "lead", text: t("checks-intro") }),
    s.scenario && !document.documentElement.classList.contains("presenter")
      ? h(
          "div",
          { class: "banner info", testid: "check-scenario", attrs: { role: "status" } },
          h("strong", {}, icon("laptop"), t("checks-scenario-title")),
          h("p", { text: t("checks-scenario-body", { title: s.scenario_title ? tm(s.scenario_title) : "" }) }),
        )
      : null,
    h(
      "div",
      { class: "run-bar" },
      h("button", {
        class: "primary",
        testid: "checks-run",
        text: running ? t("checks-running") : report ? t("checks-rerun") : t("checks-run"),
        attrs: running ? { type: "button", disabled: "", "aria-busy": "true" } : { type: "button" },
        onClick: () => void run(rerender),
      }),
      lastLine(),
    ),
    problem ? h("p", { class: "banner warning", testid: "checks-problem", attrs: { role: "alert" }, text: tm(problem) }) : null,
    running ? progressList() : null,
    !running && report ? results(report) : null,
    h("p", { class: "privacy", text: t("checks-privacy") }),
  );
}

/** Drops what this screen knows: the machine being checked has changed. */
export function forgetChecks(): void {
  setup = null;
  report = null;
  overallLine = null;
  problem = null;
  progress = new Map();
}

export async function runChecksNow(rerender: () => void): Promise<void> {
  if (!setup) setup = await api.checksSetup();
  await run(rerender);
}

async function run(rerender: () => void): Promise<void> {
  if (running) return;
  running = true;
  problem = null;
  progress = new Map();
  rerender();
  announce(t("checks-running"));
  try {
    const reply = await api.runChecks((p) => {
      if (p.state === "started") progress.set(p.check, { title: p.title, status: null });
      else {
        const row = progress.get(p.check);
        if (row) row.status = p.status;
      }
      updateProgress(p.check);
    });
    report = reply.report;
    overallLine = reply.overall;
    problem = reply.problem;
    if (setup) setup.last_line = reply.last_line;
  } catch (e) {
    problem = e as Msg;
  } finally {
    running = false;
    rerender();
    // The screen is rebuilt asynchronously: once it is, the result takes the focus (and is read)
    // unless something else holds it (the trainer's machine picker); then, or when the person
    // went to another screen meanwhile, the result is announced instead.
    window.setTimeout(() => {
      const overall = document.querySelector<HTMLElement>("[data-testid=checks-overall]");
      const free = document.activeElement === null || document.activeElement === document.body;
      if (overall && free) {
        announce("");
        overall.focus();
      } else announce(overallLine ? tm(overallLine) : problem ? tm(problem) : "");
    }, 0);
  }
}

/** Updates one progress row in place: a full re-render per event would steal focus and flicker. */
function updateProgress(check: string): void {
  const list = document.querySelector("[data-testid=checks-progress]");
  if (!list) return;
  const row = progressRow(check);
  const old = list.querySelector(`[data-testid="check-progress-${check}"]`);
  if (old) old.replaceWith(row);
  else list.append(row);
}

function progressList(): HTMLElement {
  return h(
    "ul",
    { class: "progress-list", testid: "checks-progress", attrs: { "aria-live": "polite" } },
    ...[...progress.keys()].map(progressRow),
  );
}

function progressRow(check: string): HTMLElement {
  const row = progress.get(check)!;
  const status = row.status;
  return h(
    "li",
    { class: status ? `done status-${status}` : "pending", testid: `check-progress-${check}` },
    status ? icon(STATUS_ICON[status], "icon status-icon") : h("span", { class: "spinner", attrs: { "aria-hidden": "true" } }),
    h("span", { class: "progress-title", text: tm(row.title) }),
    h("span", { class: "progress-state", text: status ? statusWord(status) : t("checks-in-progress") }),
  );
}

function lastLine(): HTMLElement | null {
  return setup ? h("span", { class: "checks-last", testid: "checks-last", text: tm(setup.last_line) }) : null;
}

function results(r: CheckReport): HTMLElement {
  const applying = r.findings.filter((f) => f.status !== "not_applicable");
  const notApplying = r.findings.filter((f) => f.status === "not_applicable");
  return h(
    "div",
    { class: "results-list" },
    h(
      "div",
      {
        class: `overall status-${r.status}`,
        testid: "checks-overall",
        attrs: { "data-status": r.status, tabindex: "-1", role: "status" },
      },
      icon(STATUS_ICON[r.status], "icon status-icon"),
      h("p", { text: overallLine ? tm(overallLine) : "" }),
    ),
    // Worst first, as core ordered them (the CLI and the report use the same order).
    ...applying.map(card),
    // Checks that do not apply to this system are shown apart, after the others, never ticked.
    notApplying.length
      ? h(
          "section",
          { class: "not-applicable-list", testid: "checks-not-applicable" },
          h("h2", { text: t("checks-not-applicable-heading") }),
          ...notApplying.map(card),
        )
      : null,
  );
}

/** A status in words, as core words it (`Status::msg`). */
function statusWord(status: Status): string {
  return setup ? tm(setup.status_words[status]) : "";
}

function card(f: Finding): HTMLElement {
  return h(
    "article",
    { class: `finding status-${f.status}`, testid: `check-${f.id}`, attrs: { "data-status": f.status } },
    h(
      "header",
      {},
      h(
        "span",
        { class: "status-badge", testid: `check-status-${f.id}`, attrs: { "data-status": f.status } },
        icon(STATUS_ICON[f.status], "icon status-icon"),
        statusWord(f.status),
      ),
      h("h2", { text: tm(f.title) }),
    ),
    h("p", { class: "finding-summary", text: tm(f.summary) }),
    f.reason ? h("p", { class: "finding-reason", text: tm(f.reason) }) : null,
    f.advice.length ? h("ul", { class: "finding-advice" }, ...f.advice.map((a) => h("li", { text: tm(a) }))) : null,
    ...f.actions.map((a, i) => action(f, a, i)),
  );
}

function action(f: Finding, a: Action, index: number): HTMLElement {
  if (a.kind === "open_incident" || a.kind === "open_change") {
    return h("button", {
      class: "primary",
      testid: `check-action-${f.id}-${index}`,
      text: tm(a.label),
      attrs: { type: "button" },
      onClick: () => {
        if (a.kind === "open_incident") {
          preselectIncident(a.incident);
          openIncident();
        } else {
          preselectSystem(a.system);
          openPasswords();
        }
      },
    });
  }
  if (a.kind === "open_uri") {
    return h("button", {
      class: "secondary",
      testid: `check-action-${f.id}-${index}`,
      text: tm(a.label),
      attrs: { type: "button" },
      onClick: () =>
        void api.openCheckAction(f.id, index).then((err) => {
          if (err) {
            problem = err;
            const p = document.querySelector("[data-testid=checks-problem]");
            if (p) p.textContent = tm(err);
            else document.querySelector(".run-bar")?.after(h("p", { class: "banner warning", testid: "checks-problem", attrs: { role: "alert" }, text: tm(err) }));
          }
        }),
    });
  }
  return h(
    "details",
    { class: "finding-steps", testid: `check-steps-${f.id}-${index}` },
    h("summary", { text: tm(a.label) }),
    h("ol", {}, ...a.steps.map((s) => h("li", { text: tm(s) }))),
  );
}
