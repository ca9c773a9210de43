// "Tổng hợp đơn vị": pick a folder (or files) of self-check reports, see the table, the summary
// and the files left out with their reasons, save it as Excel/PDF/HTML/JSON. Rust opens every
// dialog and reads every file (src-tauri/src/rollup_commands.rs); this screen only shows the view
// core rendered and names a format.
import "./rollup.css";
import { api, type Msg, type RollupFormat, type RollupPick, type RollupReply } from "../api";
import { h } from "../dom";
import { t, tm } from "../i18n";
import { icon } from "../icons";
import type { Ctx } from "./types";

let problem: Msg | null = null;
let saved: { path: string | null; error: Msg | null } | null = null;
let busy = false;

export async function rollupScreen(ctx: Ctx, rerender: () => void): Promise<HTMLElement> {
  let reply: RollupReply | null = null;
  try {
    // The files already picked, in the language now shown.
    reply = await api.rollupView(ctx.lang);
  } catch (e) {
    problem = e as Msg;
  }
  const pick = async (kind: RollupPick): Promise<void> => {
    if (busy) return;
    busy = true;
    problem = null;
    saved = null;
    try {
      await api.rollupPick(kind, ctx.lang);
    } catch (e) {
      problem = e as Msg;
    }
    busy = false;
    rerender();
  };
  return h(
    "section",
    { class: "screen rollup", testid: "screen-rollup" },
    h("h1", { text: t("rollup-screen-title"), attrs: { tabindex: "-1" } }),
    h("p", { class: "lead", text: t("rollup-screen-lead") }),
    h(
      "div",
      { class: "ru-panel" },
      h(
        "div",
        { class: "ru-buttons" },
        h("button", {
          class: "primary",
          testid: "rollup-pick-folder",
          text: t("rollup-pick-folder"),
          attrs: { type: "button" },
          onClick: () => void pick("folder"),
        }),
        h("button", {
          class: "secondary",
          testid: "rollup-pick-files",
          text: t("rollup-pick-files"),
          attrs: { type: "button" },
          onClick: () => void pick("files"),
        }),
      ),
      problem ? h("p", { class: "banner warning", testid: "rollup-problem", attrs: { role: "alert" }, text: tm(problem) }) : null,
    ),
    reply ? result(reply, ctx, rerender) : h("p", { class: "ru-note", testid: "rollup-empty", text: t("rollup-empty") }),
  );
}

function result(r: RollupReply, ctx: Ctx, rerender: () => void): HTMLElement {
  const v = r.view;
  // A wide table scrolls sideways in its own box: focusable and named, so arrow keys scroll it.
  const people = h(
    "div",
    { class: "ru-scroll", attrs: { tabindex: "0", role: "region", "aria-label": t("rollup-section-people") } },
    h(
      "table",
      { class: "ru-table", testid: "rollup-people" },
      h("thead", {}, h("tr", {}, ...v.columns.map((c) => h("th", { text: c, attrs: { scope: "col" } })))),
      h(
        "tbody",
        {},
        ...v.rows.map((row) =>
          h("tr", { class: row.damaged ? "ru-marked" : "", attrs: { "data-damaged": String(row.damaged) } }, ...row.cells.map((c) => h("td", { text: c }))),
        ),
      ),
    ),
  );
  return h(
    "div",
    { testid: "rollup-result" },
    h(
      "div",
      { class: "ru-panel" },
      h("h2", { text: t("rollup-section-summary") }),
      h("p", { text: v.subtitle }),
      h("table", { class: "ru-summary", testid: "rollup-summary" }, h("tbody", {}, ...v.summary.map(([label, value]) => h("tr", {}, h("td", { text: label }), h("td", { text: value }))))),
      v.missing_title
        ? h("div", {}, h("h3", { text: v.missing_title }), v.missing.length ? h("ul", { testid: "rollup-missing" }, ...v.missing.map((n) => h("li", { text: n }))) : h("p", { text: t("rollup-none") }))
        : null,
      h("p", { class: "ru-note", text: v.integrity_note }),
    ),
    h("div", { class: "ru-panel" }, h("h2", { text: t("rollup-section-people") }), v.rows.length ? people : h("p", { text: t("rollup-none") })),
    h(
      "div",
      { class: "ru-panel" },
      h("h2", { text: t("rollup-section-refused") }),
      v.refused.length
        ? h("ul", { class: "ru-files", testid: "rollup-refused" }, ...v.refused.map(([file, reason]) => h("li", { attrs: { "data-file": file } }, h("span", { text: reason }))))
        : h("p", { text: t("rollup-none") }),
      h("h2", { text: t("rollup-section-replaced") }),
      v.replaced.length
        ? h(
            "div",
            { class: "ru-scroll", attrs: { tabindex: "0", role: "region", "aria-label": t("rollup-section-replaced") } },
            h(
              "table",
              { class: "ru-table", testid: "rollup-replaced" },
              h("thead", {}, h("tr", {}, ...v.replaced_columns.map((c) => h("th", { text: c, attrs: { scope: "col" } })))),
              h("tbody", {}, ...v.replaced.map((row) => h("tr", {}, ...row.map((c) => h("td", { text: c }))))),
            ),
          )
        : h("p", { text: t("rollup-none") }),
    ),
    saveBlock(ctx, rerender),
  );
}

function saveBlock(ctx: Ctx, rerender: () => void): HTMLElement {
  const formats: { format: RollupFormat; label: string; primary: boolean }[] = [
    { format: "xlsx", label: "rollup-save-xlsx", primary: true },
    { format: "pdf", label: "rollup-save-pdf", primary: false },
    { format: "html", label: "rollup-save-html", primary: false },
    { format: "json", label: "rollup-save-json", primary: false },
  ];
  const outcome = saved
    ? saved.error
      ? h("p", { class: "banner warning", testid: "rollup-saved", attrs: { role: "alert", "data-saved": "false" }, text: tm(saved.error) })
      : saved.path
        ? h("p", { class: "ru-saved", testid: "rollup-saved", attrs: { role: "status", "data-saved": "true" } }, icon("check", "icon status-icon"), t("rollup-saved", { path: saved.path }))
        : null
    : null;
  return h(
    "div",
    { class: "ru-panel" },
    h("h2", { text: t("rollup-save-title") }),
    h("p", { class: "ru-note", text: t("rollup-save-lead") }),
    h(
      "div",
      { class: "ru-buttons", attrs: { role: "group", "aria-label": t("rollup-save-title") } },
      ...formats.map((f) =>
        h("button", {
          class: f.primary ? "primary" : "secondary",
          testid: `rollup-save-${f.format}`,
          text: t(f.label),
          attrs: { type: "button" },
          onClick: () => void save(f.format, ctx, rerender),
        }),
      ),
    ),
    outcome,
  );
}

async function save(format: RollupFormat, ctx: Ctx, rerender: () => void): Promise<void> {
  saved = await api.rollupSave(format, ctx.lang);
  rerender();
}
