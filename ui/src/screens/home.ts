import { h } from "../dom";
import { t, tm } from "../i18n";
import { icon, type IconName } from "../icons";
import { summaryCard } from "./summary";
import { profileNotices } from "./profile-notices";
import type { Ctx, ScreenId } from "./types";

interface Entry {
  screen: ScreenId;
  title: string;
  body: string;
  icon: IconName;
}

export function homeScreen(ctx: Ctx): HTMLElement {
  const entries: Entry[] = [
    { screen: "passwords", title: "home-passwords-title", body: "home-passwords-body", icon: "key" },
    { screen: "checks", title: "home-checks-title", body: "home-checks-body", icon: "laptop" },
    { screen: "links", title: "links-home-title", body: "links-home-body", icon: "link" },
    { screen: "advice", title: "home-advice-title", body: "home-advice-body", icon: "shieldCheck" },
    { screen: "incident", title: "home-incident-title", body: "home-incident-body", icon: "report" },
    { screen: "quiz", title: "home-quiz-title", body: "home-quiz-body", icon: "question" },
    { screen: "rollup", title: "home-rollup-title", body: "home-rollup-body", icon: "copy" },
    { screen: "bundle", title: "bundle-screen-home-title", body: "bundle-screen-home-body", icon: "shield" },
  ];
  return h(
    "section",
    { class: "screen home", testid: "screen-home" },
    h("h1", { text: t("home-title"), attrs: { tabindex: "-1" } }),
    h("p", { class: "lead", testid: "home-lead", text: t("home-lead", { agency: ctx.agency[ctx.lang], date: tm(ctx.letterDate) }) }),
    profileNotices(ctx.notices, { testid: "home-profile-notices" }),
    summaryCard(ctx),
    h(
      "div",
      { class: "cards" },
      ...entries.map((e) =>
        h(
          "button",
          {
            class: "card",
            testid: `home-${e.screen}`,
            attrs: { type: "button" },
            onClick: () => ctx.go(e.screen),
          },
          h("span", { class: "card-icon" }, icon(e.icon)),
          h("span", { class: "card-title", text: t(e.title) }),
          h("span", { class: "card-body", text: t(e.body, { agency: ctx.agency[ctx.lang], date: tm(ctx.letterDate) }) }),
          h("span", { class: "card-open", text: t("home-open") }),
        ),
      ),
    ),
    h("p", { class: "privacy", text: t("home-privacy") }),
  );
}
