// End-to-end: large text and small windows, in the real window. The page is zoomed the way a
// person does it — Ctrl and = five times (the window's own page zoom, 20 % a step, enabled by
// `zoomHotkeysEnabled` in src-tauri/tauri.conf.json) — to 200 %, and the window is made as small
// as it goes (800 × 600). On every screen and state, in both languages: no sideways scrolling
// (WCAG 1.4.10 reflow), nothing pushed past the window's edge or clipped inside its box, and no
// two controls or headings drawn over each other. Screenshots: target/screenshots/a11y-*.png.
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";

import { Harness, KEY, waitFor } from "./harness.mjs";
import { ALL_STATES, SCENARIO_ARGS, prepareRollupFolder, switchTo, visitScreens } from "./a11y-screens.mjs";

prepareRollupFolder();
const h = new Harness({ lang: "vi_VN.UTF-8" });

before(async () => {
  await h.start();
});

after(async () => {
  await h.stop();
});

/** Zooms the page with Ctrl+= (or Ctrl+- for negative steps) and waits for the layout to follow. */
async function zoomSteps(s, steps, baseWidth) {
  for (let i = 0; i < Math.abs(steps); i++) await s.keys([KEY.Control, steps > 0 ? "=" : "-"]);
  const want = baseWidth / (1 + 0.2 * steps);
  await waitFor(`the page at ${100 + 20 * steps} %`, async () => Math.abs((await s.run("return window.innerWidth")) - want) <= 2);
}

/** What a person would see wrong at this size: sideways scrolling, cut-off content, overlaps. */
const LAYOUT_PROBLEMS = `
  const root = document.documentElement;
  const width = root.clientWidth;
  const problems = [];
  if (root.scrollWidth > width) problems.push("sideways scroll: " + (root.scrollWidth - width) + "px");
  const name = (e) => (e.dataset.testid ? "[" + e.dataset.testid + "]" : e.tagName.toLowerCase() + (e.className && typeof e.className === "string" ? "." + e.className.split(" ")[0] : "")) + " “" + (e.textContent || "").trim().slice(0, 40) + "”";
  const shown = (e) => { const c = getComputedStyle(e); return c.visibility !== "hidden" && c.display !== "none" && e.getClientRects().length > 0; };
  // Inside a box that scrolls on purpose (a wide table), content may lie past the window's edge.
  const inScroller = (e) => { for (let p = e.parentElement; p; p = p.parentElement) { const o = getComputedStyle(p).overflowX; if (o === "auto" || o === "scroll") return true; } return false; };
  for (const e of document.querySelectorAll("#app *")) {
    if (!shown(e) || e.closest("svg") && e.tagName.toLowerCase() !== "svg") continue;
    const r = e.getBoundingClientRect();
    // Text kept for screen readers only (a 1 px box) is not on screen to be cut off.
    if (r.width <= 1 || r.height <= 1) continue;
    if ((r.right > width + 1 || r.left < -1) && !inScroller(e)) problems.push("past the edge: " + name(e) + " " + Math.round(r.left) + "–" + Math.round(r.right) + " of " + width);
    const c = getComputedStyle(e);
    const clips = c.overflowX === "hidden" || c.overflowX === "clip" || c.textOverflow === "ellipsis";
    if (clips && e.scrollWidth > e.clientWidth + 1 && e.textContent.trim() && !["PROGRESS", "TEXTAREA", "INPUT"].includes(e.tagName)) problems.push("clipped: " + name(e));
  }
  // Controls and headings never drawn over one another.
  const boxes = [...document.querySelectorAll("#app button, #app input:not([type=radio]):not([type=checkbox]), #app select, #app textarea, #app summary, #app h1, #app h2, #app h3, #app label, #app .status-badge")]
    .filter(shown).map((e) => ({ e, r: e.getBoundingClientRect() })).filter(({ r }) => r.width > 0 && r.height > 0);
  for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) {
    const a = boxes[i], b = boxes[j];
    if (a.e.contains(b.e) || b.e.contains(a.e)) continue;
    const x = Math.min(a.r.right, b.r.right) - Math.max(a.r.left, b.r.left);
    const y = Math.min(a.r.bottom, b.r.bottom) - Math.max(a.r.top, b.r.top);
    if (x > 2 && y > 2) problems.push("overlap: " + name(a.e) + " and " + name(b.e));
  }
  return problems;`;

async function checkEveryState(s, label, t) {
  const found = [];
  for (const lang of ["vi", "en"]) {
    await switchTo(s, lang);
    let states = 0;
    await visitScreens(s, async (state) => {
      states += 1;
      const problems = await s.run(LAYOUT_PROBLEMS);
      for (const p of problems) found.push(`${label} ${lang}/${state}: ${p}`);
      await s.screenshot(`a11y-${label}-${lang}-${state}`);
    });
    assert.equal(states, ALL_STATES.length, "every state was visited");
    t.diagnostic(`${label} ${lang}: ${states} states, window ${await s.run("return innerWidth + '×' + innerHeight")} CSS px`);
  }
  await switchTo(s, "vi");
  return found;
}

describe("zoom and small windows", { concurrency: false }, () => {
  test("at 200 % zoom every screen reflows: no sideways scroll, nothing cut off or overlapping", async (t) => {
    const s = await h.open(SCENARIO_ARGS);
    try {
      const base = await s.run("return window.innerWidth");
      await zoomSteps(s, 5, base);
      const found = await checkEveryState(s, "zoom200", t);
      assert.deepEqual(found, [], found.join("\n"));
      await s.keys([KEY.Control, "0"]);
      await waitFor("zoom back to 100 %", async () => (await s.run("return window.innerWidth")) === base);
    } finally {
      await s.close();
    }
  });

  test("at 800 × 600 every screen fits, also at 200 % zoom", async (t) => {
    const s = await h.open(SCENARIO_ARGS);
    try {
      await s.setSize(800, 600);
      let found = await checkEveryState(s, "800x600", t);
      const base = await s.run("return window.innerWidth");
      await zoomSteps(s, 5, base);
      found = [...found, ...(await checkEveryState(s, "800x600-zoom200", t))];
      assert.deepEqual(found, [], found.join("\n"));
    } finally {
      await s.close();
    }
  });
});
