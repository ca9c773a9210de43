// The summary: the self-assessment score, what raises it, the systems still to change, the score
// over time, and saving the self-check report. Every number comes from Rust (core computes the
// score); this module only shows it.
import "./summary.css";

import { api, type Lang, type Msg, type ReportFormat, type Status, type SummaryView } from "../api";
import { h } from "../dom";
import { t, tm } from "../i18n";
import { focusWhenShown } from "../focus";
import { icon, type IconName } from "../icons";
import type { Ctx } from "./types";

// Kept across renders (a language switch re-renders): what was typed and the last save's outcome.
let personName = "";
let personUnit = "";
let saved: { path: string | null; error: Msg | null } | null = null;
let saving = false;

const STATUS_ICON: Record<Status, IconName> = {
  not_applicable: "question",
  ok: "check",
  warning: "warning",
  critical: "cross",
  unknown: "question",
};

function lastLine(s: SummaryView): string {
  return tm(s.last_line);
}

/** The big number, a bar, and when the machine was last checked. */
function scoreBlock(s: SummaryView): HTMLElement {
  // Through the CSSOM: the CSP allows no inline style attribute.
  const fill = h("span");
  fill.style.width = `${s.score.score}%`;
  const bar = h("div", { class: "sm-bar", attrs: { "aria-hidden": "true" } }, fill);
  return h(
    "div",
    { class: "sm-score-box" },
    h("p", { class: "sm-score-label", text: t("summary-score-label") }),
    h(
      "p",
      { class: "sm-score-line" },
      s.unscored
        ? h("span", { class: "sm-score-none", testid: "summary-score", text: t("summary-score-none") })
        : h("span", { class: "sm-score", testid: "summary-score", text: String(s.score.score) }),
      s.unscored ? null : h("span", { class: "sm-score-of", text: t("summary-score-of") }),
    ),
    bar,
    h("p", { class: "sm-last", testid: "summary-last", text: lastLine(s) }),
    s.score_note ? h("p", { class: "sm-last", testid: "summary-score-note", text: tm(s.score_note) }) : null,
  );
}

function actions(s: SummaryView, ctx: Ctx): HTMLElement {
  const list = s.score.actions;
  return h(
    "section",
    { class: "sm-panel" },
    h("h2", { text: t("summary-actions-title") }),
    list.length === 0
      ? h("p", { text: t("summary-actions-none") })
      : h(
          "ol",
          { class: "sm-actions" },
          ...list.map((a, i) =>
            h(
              "li",
              {},
              h(
                "button",
                {
                  class: "sm-action",
                  testid: `summary-action-${i}`,
                  attrs: { type: "button", "data-screen": a.target.screen },
                  onClick: () => ctx.go(a.target.screen),
                },
                h("span", { class: "sm-action-text", text: tm(a.msg) }),
                h("span", { class: "sm-gain", text: t("score-gain", { points: a.gain }) }),
              ),
            ),
          ),
        ),
  );
}

function systemsLeft(s: SummaryView, lang: Lang): HTMLElement {
  return h(
    "section",
    { class: "sm-panel" },
    h("h2", { text: t("summary-systems-title") }),
    s.systems_left.length === 0
      ? h("p", { text: t("summary-systems-none") })
      : h(
          "ul",
          { class: "sm-systems", testid: "summary-systems" },
          ...s.systems_left.map((sys) =>
            h(
              "li",
              { attrs: { "data-system": sys.id } },
              h("span", { text: sys.name[lang] }),
              h("span", { class: "sm-muted", text: tm(sys.state) }),
            ),
          ),
        ),
  );
}

function breakdown(s: SummaryView): HTMLElement {
  return h(
    "details",
    { class: "sm-panel sm-breakdown" },
    h("summary", { text: t("summary-breakdown-title") }),
    h(
      "table",
      {},
      h(
        "tbody",
        {},
        ...s.score.components.map((c) =>
          h(
            "tr",
            { class: `status-${c.status}` },
            h("td", { text: tm(c.label) }),
            h("td", { class: "sm-state" }, icon(STATUS_ICON[c.status], "icon status-icon"), tm(c.state_word)),
            h("td", { class: "sm-points", text: t("report-points", { earned: c.earned, possible: c.possible }) }),
          ),
        ),
      ),
    ),
  );
}

const SVG_NS = "http://www.w3.org/2000/svg";

function svg(tag: string, attrs: Record<string, string | number>): SVGElement {
  const el = document.createElementNS(SVG_NS, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  return el;
}

/** Score over time as an inline SVG built through the DOM, with the same facts in words. */
function chart(s: SummaryView): HTMLElement {
  const points = s.points;
  const section = h("section", { class: "sm-panel" }, h("h2", { text: t("summary-chart-title") }));
  if (points.length === 0) {
    section.append(h("p", { class: "sm-muted", testid: "trend-chart", text: t("summary-chart-empty") }));
    return section;
  }
  const words = points.map((p) => tm(p.label)).join("; ");
  const alt = t("summary-chart-alt", { points: words });
  // Labels big enough to read on a projector at the back of a room.
  const [w, hgt, left, top, bottom] = [560, 190, 46, 14, 34];
  const plotW = w - left - 12;
  const plotH = hgt - top - bottom;
  const x = (i: number) => left + (points.length === 1 ? plotW / 2 : (i * plotW) / (points.length - 1));
  const y = (score: number) => top + plotH - (score * plotH) / 100;
  const root = svg("svg", { viewBox: `0 0 ${w} ${hgt}`, class: "sm-chart", role: "img", "aria-label": alt });
  root.dataset.testid = "trend-chart";
  for (const v of [0, 50, 100]) {
    root.append(svg("line", { x1: left, x2: w - 12, y1: y(v), y2: y(v), class: "sm-grid" }));
    const label = svg("text", { x: left - 8, y: y(v) + 6, class: "sm-axis", "text-anchor": "end" });
    label.textContent = String(v);
    root.append(label);
  }
  root.append(svg("polyline", { points: points.map((p, i) => `${x(i)},${y(p.score)}`).join(" "), class: "sm-line" }));
  points.forEach((p, i) => {
    const dot = svg("circle", { cx: x(i), cy: y(p.score), r: 4.5, class: "sm-dot" });
    const title = svg("title", {});
    title.textContent = tm(p.label);
    dot.append(title);
    root.append(dot);
  });
  const first = svg("text", { x: x(0), y: hgt - 8, class: "sm-axis", "text-anchor": points.length === 1 ? "middle" : "start" });
  first.textContent = tm(points[0].date);
  root.append(first);
  if (points.length > 1) {
    const last = svg("text", { x: x(points.length - 1), y: hgt - 8, class: "sm-axis", "text-anchor": "end" });
    last.textContent = tm(points[points.length - 1].date);
    root.append(last);
  }
  section.append(root, h("p", { class: "sm-sr", text: alt }));
  return section;
}

function field(id: string, label: string, value: string, onInput: (v: string) => void): HTMLElement {
  const input = h("input", { testid: id, attrs: { id, type: "text", autocomplete: "off", spellcheck: "false", maxlength: "200" } });
  input.value = value;
  input.addEventListener("input", () => onInput(input.value));
  return h("div", { class: "sm-field" }, h("label", { text: label, attrs: { for: id } }), input);
}

function saveBlock(ctx: Ctx, rerender: () => void): HTMLElement {
  const formats: { format: ReportFormat; label: string; primary: boolean }[] = [
    { format: "pdf", label: "summary-save-pdf", primary: true },
    { format: "html", label: "summary-save-html", primary: false },
    { format: "json", label: "summary-save-json", primary: false },
  ];
  const outcome = saved
    ? saved.error
      ? h("p", { class: "banner warning", testid: "report-saved", attrs: { role: "alert", "data-saved": "false" }, text: tm(saved.error) })
      : saved.path
        ? h("p", { class: "sm-saved", testid: "report-saved", attrs: { role: "status", "data-saved": "true" } }, icon("check", "icon status-icon"), t("summary-saved", { path: saved.path }))
        : null
    : null;
  return h(
    "section",
    { class: "sm-panel sm-save" },
    h("h2", { text: t("summary-save-title") }),
    h("p", { class: "sm-muted", text: t("summary-save-lead") }),
    h(
      "div",
      { class: "sm-fields" },
      field("person-name", t("summary-save-name"), personName, (v) => (personName = v)),
      field("person-unit", t("summary-save-unit"), personUnit, (v) => (personUnit = v)),
    ),
    h(
      "div",
      { class: "sm-buttons", testid: "report-save", attrs: { role: "group", "aria-label": t("summary-save-title") } },
      ...formats.map((f) =>
        h("button", {
          class: f.primary ? "primary" : "secondary",
          testid: `report-save-${f.format}`,
          text: t(f.label),
          attrs: saving ? { type: "button", disabled: "" } : { type: "button" },
          onClick: () => void save(f.format, ctx, rerender),
        }),
      ),
    ),
    outcome,
  );
}

async function save(format: ReportFormat, ctx: Ctx, rerender: () => void): Promise<void> {
  if (saving) return;
  saving = true;
  saved = null;
  rerender();
  try {
    saved = await api.saveReport(format, ctx.lang, personName.trim(), personUnit.trim());
  } finally {
    saving = false;
    rerender();
    // Back to the button once the screen is rebuilt (asynchronously): the save dialog returns
    // the keyboard user where they were.
    focusWhenShown(`[data-testid=report-save-${format}]`);
  }
}

export async function summaryScreen(ctx: Ctx, rerender: () => void): Promise<HTMLElement> {
  const s = await api.summary(ctx.lang);
  return h(
    "section",
    { class: "screen summary", testid: "screen-summary" },
    h("h1", { text: t("summary-title"), attrs: { tabindex: "-1" } }),
    h("p", { class: "lead", text: t("summary-lead") }),
    s.recorded ? h("p", { class: "banner info", testid: "summary-recorded", attrs: { role: "status" }, text: t("summary-scenario") }) : null,
    s.problem ? h("p", { class: "banner warning", attrs: { role: "alert" }, text: tm(s.problem) }) : null,
    s.history_skipped > 0 ? h("p", { class: "sm-muted", text: t("summary-history-skipped", { count: s.history_skipped }) }) : null,
    h("div", { class: "sm-top" }, scoreBlock(s), actions(s, ctx)),
    h("div", { class: "sm-grid2" }, systemsLeft(s, ctx.lang), chart(s)),
    breakdown(s),
    saveBlock(ctx, rerender),
  );
}

/** The score on the home screen's lead: filled in when Rust answers, opens the summary. */
export function summaryCard(ctx: Ctx): HTMLElement {
  const card = h("button", {
    class: "sm-card",
    testid: "home-summary",
    attrs: { type: "button" },
    onClick: () => ctx.go("summary"),
  });
  card.append(h("span", { class: "sm-card-label", text: t("summary-score-label") }));
  void api.summary(ctx.lang).then(
    (s) => {
      const top = s.top_action;
      card.replaceChildren(
        h("span", { class: "sm-card-label", text: t("summary-score-label") }),
        s.unscored
          ? h("span", { class: "sm-card-score" }, h("strong", { class: "sm-card-none", text: t("summary-score-none") }))
          : h("span", { class: "sm-card-score" }, h("strong", { text: String(s.score.score) }), h("span", { text: t("summary-score-of") })),
        h("span", { class: "sm-card-text" }, h("span", { text: lastLine(s) }), top ? h("span", { text: tm(top) }) : null),
        h("span", { class: "card-open", text: t("summary-card-open") }),
      );
    },
    () => card.remove(),
  );
  return card;
}
