// "Cập nhật hồ sơ đơn vị": the profile in use, then choose the unit's `.tukiem` file → see who
// sent it, its version and dates and what installing it changes → install → confirmation. Rust
// opens the dialog and reads the file; core decides trust, versions and what changes
// (src-tauri/src/bundle_commands.rs); this screen only shows what it is told.
import "./bundle.css";
import { api, type BundleCurrent, type BundlePreview, type Msg } from "../api";
import { h } from "../dom";
import { t, tm } from "../i18n";
import { icon } from "../icons";
import type { Ctx } from "./types";

// Kept across renders (a language switch re-renders); the file itself stays in Rust.
let shown: { preview: BundlePreview; changes: Msg[] } | null = null;
let refusal: Msg | null = null;
let installed: { preview: BundlePreview; speaking: boolean } | null = null;
let busy = false;

/** Leaving the screen forgets the file shown; the next visit starts from the top. */
export function resetBundle(): void {
  shown = null;
  refusal = null;
  installed = null;
}

/**
 * `rerender` draws the screen again; `profileChanged` reloads what the app knows about the
 * profile (the agency on every screen) after an install, then draws the screen again.
 */
export async function bundleScreen(ctx: Ctx, rerender: () => Promise<void>, profileChanged: () => Promise<void>): Promise<HTMLElement> {
  const current = await api.bundleCurrent(ctx.lang);
  // After each step, the place where its outcome is said gets the focus (keyboard and screen
  // reader users land on it).
  const focusOutcome = (): void => document.querySelector<HTMLElement>("[data-outcome]")?.focus();

  const pick = async (): Promise<void> => {
    if (busy) return;
    busy = true;
    refusal = null;
    installed = null;
    try {
      const reply = await api.bundlePick(ctx.lang);
      // Closing the dialog changes nothing on the screen.
      if (reply) shown = reply;
    } catch (e) {
      shown = null;
      refusal = e as Msg;
    }
    busy = false;
    await rerender();
    focusOutcome();
  };
  const install = async (): Promise<void> => {
    if (busy) return;
    busy = true;
    try {
      installed = await api.bundleInstall();
      shown = null;
      refusal = null;
      busy = false;
      await profileChanged();
    } catch (e) {
      shown = null;
      refusal = e as Msg;
      busy = false;
      await rerender();
    }
    focusOutcome();
  };
  const cancel = async (): Promise<void> => {
    resetBundle();
    await rerender();
    document.querySelector<HTMLElement>("[data-testid=bundle-pick]")?.focus();
  };

  return h(
    "section",
    { class: "screen bundle", testid: "screen-bundle" },
    h("h1", { text: t("bundle-screen-title"), attrs: { tabindex: "-1" } }),
    h("p", { class: "lead", text: t("bundle-screen-lead") }),
    installed ? done(installed, ctx) : null,
    refusal ? refused(refusal) : null,
    shown ? previewPanel(shown, ctx, install, cancel) : null,
    currentPanel(current, ctx),
    shown
      ? null
      : h(
          "div",
          { class: "bd-buttons" },
          h("button", {
            class: installed ? "secondary" : "primary",
            testid: "bundle-pick",
            text: t(refusal ? "bundle-screen-pick-other" : "bundle-screen-pick"),
            attrs: { type: "button" },
            onClick: () => void pick(),
          }),
        ),
  );
}

function currentPanel(c: BundleCurrent, ctx: Ctx): HTMLElement {
  return h(
    "section",
    { class: "bd-panel", testid: "bundle-current", attrs: { "aria-labelledby": "bd-current-title" } },
    h("h2", { text: t("bundle-screen-current-title"), attrs: { id: "bd-current-title" } }),
    h("p", { class: "bd-agency", testid: "bundle-current-agency", text: t("bundle-screen-current-agency", { agency: c.agency[ctx.lang] }) }),
    h("div", { testid: "bundle-current-source" }, ...c.source.map((m) => h("p", { class: "bd-source", text: tm(m) }))),
    c.refused.length > 0
      ? h(
          "div",
          { class: "bd-refused", testid: "bundle-found-refused" },
          h("p", { text: t("bundle-screen-found-refused") }),
          h("ul", {}, ...c.refused.map((m) => h("li", { text: tm(m) }))),
        )
      : null,
  );
}

function previewPanel(
  s: { preview: BundlePreview; changes: Msg[] },
  ctx: Ctx,
  install: () => Promise<void>,
  cancel: () => Promise<void>,
): HTMLElement {
  const p = s.preview;
  const fact = (labelId: string, value: string, dd: { testid: string }) => [h("dt", { text: t(labelId) }), h("dd", { text: value, testid: dd.testid })];
  return h(
    "section",
    { class: "bd-panel", testid: "bundle-preview", attrs: { "aria-labelledby": "bd-preview-title", tabindex: "-1", "data-outcome": "" } },
    h("h2", { text: t("bundle-screen-preview-title"), attrs: { id: "bd-preview-title" } }),
    h(
      "dl",
      { class: "bd-facts" },
      ...fact("bundle-screen-issuer", p.issuer[ctx.lang], { testid: "bundle-preview-issuer" }),
      ...fact("bundle-screen-version", String(p.version), { testid: "bundle-preview-version" }),
      ...fact("bundle-screen-made", tm(p.made_shown), { testid: "bundle-preview-made" }),
      ...fact("bundle-screen-old-after", tm(p.old_after_shown), { testid: "bundle-preview-old-after" }),
      ...fact("bundle-screen-file", p.file, { testid: "bundle-preview-file" }),
    ),
    p.is_old ? h("p", { class: "banner warning", testid: "bundle-preview-old" }, h("span", { text: t("bundle-screen-is-old") })) : null,
    h("h3", { text: t("bundle-screen-changes-title") }),
    h("ul", { class: "bd-changes", testid: "bundle-preview-changes" }, ...s.changes.map((m) => h("li", { text: tm(m) }))),
    p.refusal
      ? h("p", { class: "banner warning", testid: "bundle-preview-refusal", attrs: { role: "alert" } }, h("span", { text: tm(p.refusal) }))
      : null,
    h(
      "div",
      { class: "bd-buttons" },
      p.refusal
        ? null
        : h("button", {
            class: "primary",
            testid: "bundle-install",
            text: t("bundle-screen-install"),
            attrs: { type: "button" },
            onClick: () => void install(),
          }),
      h("button", {
        class: "secondary",
        testid: "bundle-cancel",
        text: t("bundle-screen-cancel"),
        attrs: { type: "button" },
        onClick: () => void cancel(),
      }),
    ),
  );
}

function refused(reason: Msg): HTMLElement {
  return h(
    "div",
    { class: "banner warning", testid: "bundle-refused", attrs: { role: "alert", tabindex: "-1", "data-outcome": "" } },
    h("strong", {}, icon("warning"), t("bundle-screen-refused-title")),
    h("p", { testid: "bundle-refused-reason", text: tm(reason) }),
    h("p", { text: t("bundle-screen-unchanged") }),
  );
}

function done(r: { preview: BundlePreview; speaking: boolean }, ctx: Ctx): HTMLElement {
  const args = { issuer: r.preview.issuer[ctx.lang], version: r.preview.version, agency: ctx.agency[ctx.lang] };
  return h(
    "div",
    { class: "banner bd-done", testid: "bundle-installed", attrs: { role: "status", tabindex: "-1", "data-outcome": "" } },
    h("strong", {}, icon("check"), t("bundle-screen-installed-title")),
    h("p", { text: t(r.speaking ? "bundle-screen-installed" : "bundle-screen-installed-overridden", args) }),
    h(
      "div",
      { class: "bd-buttons" },
      h("button", {
        class: "primary",
        testid: "bundle-go-home",
        text: t("bundle-screen-go-home"),
        attrs: { type: "button" },
        onClick: () => ctx.go("home"),
      }),
    ),
  );
}
