// End-to-end: the main path with the keyboard alone, in the real window — home → change a password
// → check the computer → save the report — pressing only Tab, Shift+Tab, Enter, Space and Escape
// through WebDriver's key actions, and asserting where the focus is after each step, that the
// focus ring is drawn thick and dark enough to see on a projector, and that no control traps it.
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync } from "node:fs";

import { Harness, KEY, waitFor } from "./harness.mjs";
import { SCENARIO_ARGS, prepareRollupFolder } from "./a11y-screens.mjs";

const { saveDir } = prepareRollupFolder();
const h = new Harness({ lang: "vi_VN.UTF-8" });

before(async () => {
  await h.start();
});

after(async () => {
  await h.stop();
});

/** What has the focus: its test id, else its tag and text, so a failure says where focus went. */
function focused(s) {
  return s.run(`const e = document.activeElement;
    if (!e || e === document.body) return "body";
    return e.dataset.testid ?? (e.tagName.toLowerCase() + ":" + (e.id || e.textContent.trim().slice(0, 30)));`);
}

/**
 * Presses Tab (or Shift+Tab) until `target` has the focus; fails, listing every stop, if it is not
 * reached within `max` presses. Each stop's focus ring is checked on the way.
 */
async function tabTo(s, target, { back = false, max = 40 } = {}) {
  const stops = [];
  for (let i = 0; i < max; i++) {
    await s.keys(back ? [KEY.Shift, KEY.Tab] : KEY.Tab);
    const now = await focused(s);
    stops.push(now);
    await assertRingVisible(s, now);
    if (now === target) return stops;
  }
  assert.fail(`${target} not reached with ${back ? "Shift+Tab" : "Tab"} in ${max} presses; focus went: ${stops.join(" → ")}`);
}

/** The focused control draws the shared ring: at least 3 px, solid, near-black with a light halo. */
async function assertRingVisible(s, where) {
  const read = () =>
    s.run(`const e = document.activeElement; const c = getComputedStyle(e);
    return { style: c.outlineStyle, width: parseFloat(c.outlineWidth), color: c.outlineColor, shadow: c.boxShadow,
             focusVisible: e.matches(":focus-visible"), tag: e.tagName, type: e.type ?? null };`);
  let ring = await read();
  if (ring.tag === "BODY") return;
  // A card's shadow eases in over 0.15 s (its transition): wait for the halo rather than sleep.
  if (!["checkbox", "radio"].includes(ring.type)) ring = await waitFor(`${where}: the focus halo`, async () => {
    const r = await read();
    return /rgb\(242, 183, 5\)/.test(r.shadow) ? r : null;
  }, 2000).catch(() => ring);
  assert.ok(ring.focusVisible, `${where}: keyboard focus is not :focus-visible`);
  assert.equal(ring.style, "solid", `${where}: no focus ring (${JSON.stringify(ring)})`);
  assert.ok(ring.width >= 3, `${where}: focus ring only ${ring.width}px wide`);
  assert.equal(ring.color, "rgb(10, 20, 36)", `${where}: focus ring colour ${ring.color}`);
  // WebKit draws no shadow around a native check box or radio button: the dark ring alone there.
  if (!["checkbox", "radio"].includes(ring.type)) {
    assert.match(ring.shadow, /rgb\(242, 183, 5\)/, `${where}: no yellow halo around the ring (${ring.shadow})`);
  }
}

// One name per Tab stop, for the reachability test (a radio group is one stop).
const DESCRIBE = `(e) => !e || e === document.body ? "body" : e.type === "radio" ? "radio:" + e.name : e.dataset.testid ?? (e.tagName.toLowerCase() + ":" + (e.id || e.textContent.trim().slice(0, 30)))`;

async function onScreen(s, name) {
  try {
    await waitFor(`the ${name} screen`, async () => (await s.screen()) === name);
  } catch (e) {
    // Seen once in a long CI run and not since (the menu click left the incident screen on):
    // say what the page showed instead, with a picture, so the next time tells why.
    const state = await s
      .run(`return { screen: document.getElementById('app').dataset.screen, focus: (${DESCRIBE})(document.activeElement), scrollY: window.scrollY, error: !!document.querySelector('[data-testid="screen-error"]') }`)
      .catch((why) => ({ unreadable: why.message }));
    const shot = await s.screenshot(`keyboard-stuck-before-${name}`).catch(() => "no screenshot");
    throw new Error(`${e.message}; the page: ${JSON.stringify(state)}; ${shot}`);
  }
}

describe("keyboard only", { concurrency: false }, () => {
  test("home → change a password → check the computer → save the report, with keys alone", async () => {
    const s = await h.open(SCENARIO_ARGS);
    try {
      // Home: the first stops are the header's, then the menu, then the screen's own entries.
      const first = await tabTo(s, "home-passwords");
      assert.deepEqual(first.slice(0, 3), ["training-start", "lang-switch", "nav-home"], `Tab order: ${first.join(" → ")}`);
      assert.ok(first.indexOf("nav-quiz") < first.indexOf("home-summary"), `menu before content: ${first.join(" → ")}`);
      await s.keys(KEY.Enter);
      await onScreen(s, "passwords");
      assert.equal(await focused(s), "h1:" + (await s.run("return document.querySelector('h1').textContent")).slice(0, 30), "a new screen puts focus on its title");

      // Change a password: open the first system, type a weak one, then take a generated one.
      await tabTo(s, "system-dich-vu-cong-change");
      await s.keys(KEY.Enter);
      await s.find("screen-wizard");
      await tabTo(s, "pw-input");
      await s.typeKeys("Namdinh@2023");
      await waitFor("a weak verdict", async () => (await s.attr("pw-verdict", "data-verdict")) === "weak");
      await tabTo(s, "pw-generate");
      await s.keys(KEY.Space);
      await waitFor("a strong verdict", async () => (await s.attr("pw-verdict", "data-verdict")) === "strong");
      // Escape in a text field must not throw the typed password away or move the user anywhere.
      await tabTo(s, "pw-input", { back: true });
      await s.keys(KEY.Escape);
      assert.equal(await s.screen(), "passwords");
      assert.equal(await focused(s), "pw-input", "Escape leaves focus where it was");
      await tabTo(s, "system-dich-vu-cong-done");
      await s.keys(KEY.Space);
      await s.textWhere("system-dich-vu-cong", (t) => t.includes("Đã đổi ngày"), "the system marked changed");
      await s.screenshot("keyboard-password-done-vi");

      // Check the computer: back up to the menu, open the check, run it.
      await tabTo(s, "nav-checks", { back: true });
      await s.keys(KEY.Enter);
      await onScreen(s, "checks");
      await tabTo(s, "checks-run");
      await s.keys(KEY.Enter);
      await waitFor("the overall result", async () => (await s.attr("checks-overall", "data-status")) ?? null);
      await waitFor("focus on the result", async () => (await focused(s)) === "checks-overall");
      // A finding's steps open from the keyboard.
      const stepsStop = await s.run(
        "const e = document.querySelector('details.finding-steps summary'); return e ? 'summary:' + e.textContent.trim().slice(0, 30) : null",
      );
      assert.ok(stepsStop, "the recorded machine's findings have steps to open");
      await tabTo(s, stepsStop);
      await s.keys(KEY.Enter);
      assert.equal(await s.run("return document.querySelector('details.finding-steps').open"), true, "Enter opens the steps");
      await s.screenshot("keyboard-checks-vi");

      // Save the report: to the summary, type name and unit, save as PDF.
      await tabTo(s, "nav-summary", { back: true, max: 80 });
      await s.keys(KEY.Enter);
      await onScreen(s, "summary");
      await tabTo(s, "person-name");
      await s.typeKeys("Lê Thị Ngọc Ánh");
      await s.keys(KEY.Tab);
      assert.equal(await focused(s), "person-unit");
      await s.typeKeys("Văn phòng");
      await tabTo(s, "report-save-pdf");
      await s.keys(KEY.Enter);
      await waitFor("the report saved", async () => (await s.attr("report-saved", "data-saved")) === "true");
      await waitFor("focus back on the save button", async () => (await focused(s)) === "report-save-pdf");
      assert.equal(readdirSync(saveDir).filter((f) => f.endsWith(".pdf")).length, 1, "one PDF saved");
      await s.screenshot("keyboard-report-saved-vi");

      // No trap: Tab goes on to the end of the page and round to the header again, and back.
      const round = await tabTo(s, "lang-switch", { max: 80 });
      assert.ok(round.length > 1, `Tab wrapped round: ${round.join(" → ")}`);
      await tabTo(s, "report-save-pdf", { back: true, max: 80 });

      // The language switch works from the keyboard and keeps the focus on itself.
      await tabTo(s, "lang-switch", { back: true, max: 80 });
      await s.keys(KEY.Space);
      await s.textWhere("nav-home", (t) => t === "Home", "the English menu");
      assert.equal(await focused(s), "lang-switch", "focus stays on the language switch");
      await s.keys(KEY.Enter);
      await s.textWhere("nav-home", (t) => t === "Trang chủ", "the Vietnamese menu");
    } finally {
      await s.close();
    }
  });

  test("every control on every screen can be reached with Tab", async () => {
    const s = await h.open(SCENARIO_ARGS);
    try {
      for (const screen of ["home", "passwords", "checks", "summary", "links", "advice", "incident", "quiz"]) {
        await s.click(`nav-${screen}`);
        await onScreen(s, screen);
        // Every enabled control the page shows, in document order, by a stable description.
        // A group of radio buttons is one Tab stop (arrows move inside it), so it counts once.
        const controls = await s.run(`return [...new Set([...document.querySelectorAll('button, input, select, textarea, summary, a[href], [tabindex]:not([tabindex="-1"])')]
          .filter((e) => !e.disabled && e.getClientRects().length > 0 && !e.closest('[inert]'))
          .map(${DESCRIBE}))]`);
        const seen = new Set();
        await s.run("document.activeElement?.blur(); window.scrollTo(0, 0)");
        for (let i = 0; i < controls.length + 5 && seen.size < controls.length; i++) {
          await s.keys(KEY.Tab);
          const now = await s.run(`return (${DESCRIBE})(document.activeElement)`);
          if (controls.includes(now)) seen.add(now);
          else if (now === "body" && seen.size > 0) break;
        }
        const missed = controls.filter((c) => !seen.has(c));
        assert.deepEqual(missed, [], `${screen}: not reachable with Tab`);
      }
    } finally {
      await s.close();
    }
  });
});
