// The screens and states the accessibility tests visit (audit, zoom, accessibility tree): one walk
// through the app as a person would do it, calling `at(name)` on each state once it is on screen.
// The app must have been opened over the recorded Windows machine (`SCENARIO_ARGS`), so the
// check's result is the same on every machine.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { REPO, waitFor } from "./harness.mjs";

export const SCENARIO_ARGS = ["--scenario", join(REPO, "scenarios", "windows-browsers")];

// A scam text with a fake portal, the real portal and a news site (as tests/e2e/links.test.mjs).
const MESSAGE =
  "[CSGT] Phương tiện của bạn có biên bản phạt nguội. Tra cứu và nộp phạt tại https://dichvucongs.top/vn trước 17h. " +
  "Cổng chính thức: dichvucong.gov.vn. Tin tức: vnexpress.net.";

/**
 * A folder of two real self-check reports for the roll-up (made by `tukiem-cli report --json`,
 * as tests/e2e/rollup.test.mjs does) plus one file that is not a report. Sets the test build's
 * folder and save-folder variables; call before `Harness.start()` (the app inherits them).
 */
export function prepareRollupFolder() {
  const cli = process.env.TUKIEM_CLI ?? join(process.env.CARGO_TARGET_DIR ?? join(REPO, "target"), "debug", "tukiem-cli");
  assert.ok(existsSync(cli), `build tukiem-cli first (looked for ${cli})`);
  const dir = mkdtempSync(join(tmpdir(), "tukiem-a11y-rollup-"));
  const saveDir = mkdtempSync(join(tmpdir(), "tukiem-a11y-saved-"));
  const env = { ...process.env };
  delete env.TUKIEM_PROFILE;
  for (const [file, name, unit] of [["an.json", "Nguyễn Văn An", "Văn phòng UBND xã"], ["binh.json", "Trần Thị Bình", "Địa chính"]]) {
    const o = spawnSync(cli, ["report", "--json", "--lang", "vi", "--name", name, "--unit", unit], { encoding: "utf8", env });
    assert.equal(o.status, 0, `tukiem-cli report: ${o.stderr}`);
    writeFileSync(join(dir, file), o.stdout);
  }
  mkdirSync(join(dir, "khac"), { recursive: true });
  writeFileSync(join(dir, "khac", "ghi-chu.json"), '{"ten": "không phải phiếu"}');
  process.env.TUKIEM_E2E_ROLLUP_DIR = dir;
  process.env.TUKIEM_E2E_SAVE_DIR = saveDir;
  return { dir, saveDir };
}

async function onScreen(s, name) {
  await waitFor(`the ${name} screen`, async () => (await s.screen()) === name);
}

/**
 * A click through the page's own `click()` on the element, once it is on screen. Used under page
 * zoom, where WebKitWebDriver's pointer lands off target (it does not scale the element's
 * position by the zoom level); the layout checks there are about what is drawn, not the pointer.
 */
export async function pageClick(s, testid) {
  await s.find(testid);
  await s.run("document.querySelector(`[data-testid=\"${arguments[0]}\"]`).click()", testid);
}

/**
 * Visits every screen and state, in the app's current language, calling `at(state)` on each.
 * Leaves the app on the home screen. `states` limits the walk to those names; `click` presses a
 * control by its test id (WebDriver's click unless told otherwise).
 */
export async function visitScreens(s, at, { states = null, click = (id) => s.click(id) } = {}) {
  const go = async (tab, name = tab) => {
    await click(`nav-${tab}`);
    await onScreen(s, name);
  };
  const want = (name) => states === null || states.includes(name);
  const visit = async (name) => {
    if (want(name)) {
      await s.run("window.scrollTo(0, 0)");
      await at(name);
    }
  };

  await go("home");
  await s.textWhere("home-summary", (t) => /\d/.test(t), "the score on the home screen");
  await visit("home");

  await go("passwords");
  await visit("passwords");
  if (want("password-weak")) {
    await click("system-dich-vu-cong-change");
    await s.find("screen-wizard");
    await s.type("pw-input", "Namdinh@2023");
    await waitFor("a weak verdict", async () => (await s.attr("pw-verdict", "data-verdict")) === "weak");
    await s.run("document.querySelector('details.about').open = true");
    await visit("password-weak");
  }

  await go("checks");
  await click("checks-run");
  await waitFor("the overall result", async () => (await s.attr("checks-overall", "data-status")) ?? null);
  await visit("checks-result");

  await go("summary");
  await s.textWhere("summary-score", (t) => /^\d+$/.test(t), "the score");
  await visit("summary");

  await go("advice");
  await s.find("advice-contact");
  await visit("advice");
  if (want("advice-letter")) {
    await click("advice-original-toggle");
    await s.find("advice-original");
    await visit("advice-letter");
  }

  await go("incident");
  await click("incident-kind-malware");
  await waitFor("the picked kind in the e-mail", async () =>
    (await s.run("return document.querySelector('[data-testid=incident-text]').value")).includes("mã độc") ||
    (await s.run("return document.querySelector('[data-testid=incident-text]').value")).includes("malware"),
  );
  await visit("incident");

  await go("links");
  await s.run("const b = document.querySelector('[data-testid=links-input]'); b.value = ''; b.dispatchEvent(new Event('input'))");
  await s.type("links-input", MESSAGE);
  await click("links-check");
  await s.textWhere("link-verdict-0", (t) => t.length > 0, "the first link's verdict");
  await visit("links-result");

  await go("quiz");
  await s.find("quiz-question");
  await visit("quiz");
  if (want("quiz-answered")) {
    await click("quiz-answer-1");
    await s.find("quiz-explanation");
    await visit("quiz-answered");
  }

  if (want("rollup")) {
    await go("home");
    await click("home-rollup");
    await onScreen(s, "rollup");
    await click("rollup-pick-folder");
    await s.find("rollup-result");
    await visit("rollup");
  }

  if (want("training")) {
    await click("training-start");
    await s.find("training-banner");
    await waitFor("training's check screen", async () => (await s.screen()) === "checks");
    await visit("training");
    await click("training-exit");
    await waitFor("training left", async () => (await s.run("return document.querySelector('[data-testid=training-banner]') === null")) === true);
  }
  await go("home");
}

/** Switches the language with the header's button and waits for the menu in that language. */
export async function switchTo(s, lang, click = (id) => s.click(id)) {
  if ((await s.run("return document.getElementById('app').dataset.lang")) === lang) return;
  await click("lang-switch");
  await waitFor(`the ${lang} screen`, async () => (await s.run("return document.getElementById('app').dataset.lang")) === lang);
}

export const ALL_STATES = [
  "home",
  "passwords",
  "password-weak",
  "checks-result",
  "summary",
  "advice",
  "advice-letter",
  "incident",
  "links-result",
  "quiz",
  "quiz-answered",
  "rollup",
  "training",
];
