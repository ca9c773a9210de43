import "@fontsource/be-vietnam-pro/400.css";
import "@fontsource/be-vietnam-pro/600.css";
import "@fontsource/be-vietnam-pro/700.css";
import "./styles.css";

import { api, type Advice, type Bootstrap, type Lang, type Msg, type TrainingView } from "./api";
import { h } from "./dom";
import { lang, setLang, t, tm } from "./i18n";
import { icon } from "./icons";
import { adviceScreen } from "./screens/advice";
import { bundleScreen, resetBundle } from "./screens/bundle";
import { checksScreen, forgetChecks, runChecksNow } from "./screens/checks";
import { homeScreen } from "./screens/home";
import { forgetIncident, incidentScreen } from "./screens/incident";
import { linksScreen } from "./screens/links";
import { passwordsScreen, resetPasswords } from "./screens/passwords";
import { quizScreen, resetQuiz } from "./screens/quiz";
import { rollupScreen } from "./screens/rollup";
import { summaryScreen } from "./screens/summary";
import type { Ctx, ScreenId } from "./screens/types";

const root = document.getElementById("app") as HTMLElement;

let boot: Bootstrap;
let training: TrainingView;
let screen: ScreenId = "home";
let notice: Msg | null = null;
const adviceCache = new Map<Lang, Advice>();

const NAV: { screen: ScreenId; label: string }[] = [
  { screen: "home", label: "nav-home" },
  { screen: "passwords", label: "nav-passwords" },
  { screen: "checks", label: "nav-checks" },
  { screen: "summary", label: "nav-summary-tab" },
  { screen: "links", label: "links-nav" },
  { screen: "advice", label: "nav-advice" },
  { screen: "incident", label: "nav-incident" },
  { screen: "quiz", label: "nav-quiz" },
];

/** The tab to mark: the screen's own. The roll-up and the profile update have no tab, so no tab is marked there (marking
 * "Home" said the clerk was on the home screen). */
function current(tab: ScreenId): boolean {
  return tab === screen;
}

function header(): HTMLElement {
  const other: Lang = lang() === "vi" ? "en" : "vi";
  return h(
    "header",
    { class: "topbar" },
    h(
      "div",
      { class: "topbar-row" },
      h(
        "div",
        { class: "brand" },
        icon("shieldCheck", "brand-mark"),
        h("span", { class: "brand-name", text: t("app-name") }),
        h("span", { class: "brand-tagline", text: t("app-tagline") }),
      ),
      training.active
        ? null
        : h("button", {
            class: "trainer-switch",
            testid: "training-start",
            text: t("training-start"),
            attrs: { type: "button", title: t("training-start-body") },
            onClick: () => void setTraining(api.startTraining()),
          }),
      // Named by what it shows (the other language's own name, spoken in that language), so a
      // voice-control user can say what they see; what it does is its description.
      h(
        "button",
        {
          class: "lang-switch",
          testid: "lang-switch",
          attrs: { type: "button", title: t("lang-switch-label") },
          onClick: () => void switchLanguage(other),
        },
        h("span", { text: t("lang-switch"), attrs: { lang: other } }),
      ),
    ),
    h(
      "nav",
      { attrs: { "aria-label": t("nav-label") } },
      ...NAV.map((n) =>
        h("button", {
          class: current(n.screen) ? "tab active" : "tab",
          testid: `nav-${n.screen}`,
          text: t(n.label),
          attrs: { type: "button", ...(current(n.screen) ? { "aria-current": "page" } : {}) },
          onClick: () => go(n.screen),
        }),
      ),
    ),
  );
}

function banners(): HTMLElement | null {
  const items: HTMLElement[] = [];
  const p = boot.profile_problem;
  if (p) {
    items.push(
      h(
        "div",
        { class: "banner warning", testid: "profile-problem", attrs: { role: "alert" } },
        h("strong", {}, icon("warning"), t("profile-fallback-title")),
        h("p", { text: `${tm(p.location)} ${tm(p.reason)}` }),
        h("p", { text: t("profile-fallback-hint") }),
      ),
    );
  }
  if (training.active) items.push(trainingBanner());
  if (notice) {
    items.push(h("div", { class: "banner warning", testid: "notice", attrs: { role: "status" } }, h("p", { text: tm(notice) })));
  }
  return items.length ? h("div", { class: "banners" }, ...items) : null;
}

async function body(): Promise<HTMLElement> {
  const ctx: Ctx = { lang: lang(), agency: boot.agency, letterDate: boot.letter_date, notices: boot.profile_notices[lang()], go };
  switch (screen) {
    case "home":
      return homeScreen(ctx);
    case "passwords":
      return passwordsScreen(ctx, () => void render(true));
    case "checks":
      return checksScreen(ctx, () => void render(false));
    case "advice": {
      let a = adviceCache.get(ctx.lang);
      if (!a) {
        a = await api.advice(ctx.lang);
        adviceCache.set(ctx.lang, a);
      }
      return adviceScreen(a, ctx.notices);
    }
    case "incident":
      return incidentScreen(ctx);
    case "summary":
      return summaryScreen(ctx, () => void render(false));
    case "quiz":
      return quizScreen(ctx);
    case "links":
      return linksScreen(() => void render(false));
    case "rollup":
      return rollupScreen(ctx, () => void render(false));
    case "bundle":
      return bundleScreen(ctx, () => render(false), profileChanged);
  }
}

let renderSeq = 0;

async function render(moveFocus: boolean): Promise<void> {
  const seq = ++renderSeq;
  document.title = t("app-window-title");
  let main: HTMLElement;
  try {
    main = await body();
  } catch (e) {
    console.error(e);
    main = h("section", { class: "screen", testid: "screen-error" }, h("p", { class: "banner warning", text: t("app-load-failed") }));
  }
  // A later click may have started another render while this one awaited: keep only the newest.
  if (seq !== renderSeq) return;
  root.replaceChildren(header(), h("main", { attrs: { id: "main" } }, banners(), main));
  root.dataset.screen = screen;
  root.dataset.lang = lang();
  if (moveFocus) root.querySelector<HTMLElement>("h1")?.focus();
}

/** Permanent while training: says so in capitals, switches sample machine in one click. */
function trainingBanner(): HTMLElement {
  const select = h(
    "select",
    { testid: "training-scenario", attrs: { id: "sample-machine" } },
    ...training.scenarios.map((sc) =>
      h("option", { text: t(sc.title), attrs: sc.name === training.current ? { value: sc.name, selected: "" } : { value: sc.name } }),
    ),
  );
  select.addEventListener("change", () => void switchScenario(select.value));
  return h(
    "div",
    { class: "banner training", testid: "training-banner", attrs: { role: "status" } },
    h("strong", { class: "trainer-title", text: t("training-banner") }),
    h("p", { text: t("training-banner-body") }),
    h(
      "div",
      { class: "trainer-controls" },
      h("label", { text: t("training-scenario-label"), attrs: { for: "sample-machine" } }),
      select,
      h("button", {
        class: "secondary",
        testid: "training-quiz",
        text: t("training-quiz"),
        attrs: { type: "button" },
        onClick: () => go("quiz"),
      }),
      h("button", {
        class: "secondary",
        testid: "training-exit",
        text: t("training-exit"),
        attrs: { type: "button" },
        onClick: () => void setTraining(api.stopTraining()),
      }),
    ),
  );
}

async function setTraining(next: Promise<TrainingView>): Promise<void> {
  try {
    training = await next;
    notice = null;
  } catch (e) {
    notice = e as Msg;
  }
  document.documentElement.classList.toggle("presenter", training.active);
  forgetChecks();
  screen = training.active ? "checks" : "home";
  await render(true);
}

/** One click: the trainer picks a machine and sees it checked. */
async function switchScenario(name: string): Promise<void> {
  try {
    training = await api.setTrainingScenario(name);
  } catch (e) {
    notice = e as Msg;
  }
  forgetChecks();
  screen = "checks";
  await render(false);
  await runChecksNow(() => void render(false));
  root.querySelector<HTMLElement>("#sample-machine")?.focus();
}

/** A bundle was installed: every screen speaks for the agency of the profile now in use. */
async function profileChanged(): Promise<void> {
  boot = await api.bootstrap();
  adviceCache.clear();
  forgetIncident();
  forgetChecks();
  await render(false);
}

function go(next: ScreenId): void {
  // The profile update screen starts from the top each time it is opened.
  if (next !== screen) resetBundle();
  // Leaving or re-entering the password guide closes any open wizard and empties its inputs.
  resetPasswords();
  // Opening the quiz starts a fresh round; a language switch (no `go`) keeps the round going.
  if (next === "quiz") resetQuiz();
  screen = next;
  void render(true);
}

async function switchLanguage(next: Lang): Promise<void> {
  setLang(next);
  notice = await api.setLanguage(next);
  await render(false);
  root.querySelector<HTMLElement>("[data-testid=lang-switch]")?.focus();
}

async function start(): Promise<void> {
  root.replaceChildren(h("p", { class: "loading", text: t("app-loading") }));
  boot = await api.bootstrap();
  training = await api.trainingSetup();
  document.documentElement.classList.toggle("presenter", training.active);
  if (training.active) screen = "checks";
  setLang(boot.language);
  await render(false);
  // Ready means what a person would see: the first screen, in its own font. Faces load lazily,
  // so ask for each weight (with a Vietnamese letter, to pull in that subset) before saying so.
  await Promise.all(
    ["400", "600", "700"].map((w) => document.fonts.load(`${w} 18px "Be Vietnam Pro"`, "A\u1EC7").catch(() => [])),
  );
  root.dataset.ready = "true";
}

void start();
