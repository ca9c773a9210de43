// End-to-end: what a screen reader is given. WebKitGTK exposes the page on AT-SPI, the Linux
// accessibility bus (the same tree Orca reads); tests/e2e/a11y_tree.py reads it with Debian's
// python3-pyatspi inside the private D-Bus session scripts/test starts (scripts/keyring-session),
// where D-Bus starts at-spi2-core's bus launcher on demand. The app is started without
// NO_AT_BRIDGE so GTK and WebKit join the bus, as they do for a screen reader user.
//
// On every screen and state, in both languages: every control has a name, in the screen's
// language; headings form an outline; no unnamed image. On the check's result, every finding's
// status is a word in the tree and the result sits in a live region; running a check, the result
// reaches the bus inside a live region. Without an accessibility bus the test fails in CI
// (CI=true) and is skipped, saying why, elsewhere.
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

import { Harness, REPO, waitFor } from "./harness.mjs";
import { ALL_STATES, SCENARIO_ARGS, prepareRollupFolder, switchTo, visitScreens } from "./a11y-screens.mjs";

prepareRollupFolder();
const h = new Harness({ lang: "vi_VN.UTF-8", accessibility: true });
const PYTHON = process.env.TUKIEM_PYTHON ?? "/usr/bin/python3";
const SCRIPT = join(REPO, "tests/e2e/a11y_tree.py");
const IN_CI = process.env.CI === "true";

// Roles a person operates; each must carry a name.
const CONTROL_ROLES = new Set(["push button", "toggle button", "check box", "radio button", "entry", "password text", "combo box", "link", "spin button", "menu item", "page tab", "text"]);

/** One-line messages of a language's catalogue (the values a screen shows as they are). */
function catalogue(lang) {
  const values = new Map();
  const dir = join(REPO, "locales", lang);
  for (const f of readdirSync(dir).filter((f) => f.endsWith(".ftl"))) {
    for (const line of readFileSync(join(dir, f), "utf8").split("\n")) {
      const m = line.match(/^([a-z][a-z0-9-]*) = (.+)$/);
      if (m && !m[2].includes("{")) values.set(m[1], m[2].trim());
    }
  }
  return values;
}
const VI = catalogue("vi");
const EN = catalogue("en");
/** Words that exist only in the other language's catalogue: shown on this screen, they are out of place. */
const only = (a, b) => new Set([...a.values()].filter((v) => ![...b.values()].includes(v)));
const FOREIGN = { vi: only(EN, VI), en: only(VI, EN) };

/** Runs a11y_tree.py; `onReady` is called once it listens (events mode). */
function atspi(mode, { seconds, onReady } = {}) {
  return new Promise((ok, fail) => {
    const args = [SCRIPT, mode, ...(seconds ? ["--seconds", String(seconds)] : [])];
    const p = spawn(PYTHON, args, { env: { ...process.env, DISPLAY: h.display }, stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    let err = "";
    p.stdout.on("data", (d) => (out += d));
    p.stderr.on("data", (d) => {
      err += d;
      if (onReady && /^ready$/m.test(err)) {
        const go = onReady;
        onReady = null;
        go();
      }
    });
    p.on("error", fail);
    p.on("exit", (code) => {
      let json;
      try {
        json = JSON.parse(out);
      } catch {
        return fail(new Error(`a11y_tree.py ${mode} exited ${code}: ${err.trim() || out.trim()}`));
      }
      ok(json);
    });
  });
}

/** Text of a node and everything below it, as a screen reader reads the subtree. */
function subtreeText(nodes, i) {
  const parts = [nodes[i].name, nodes[i].text];
  for (let j = i + 1; j < nodes.length && nodes[j].depth > nodes[i].depth; j++) parts.push(nodes[j].text || nodes[j].name);
  return parts.filter(Boolean).join(" ");
}

/** What is wrong with the tree of one state, in words. */
function problemsIn(nodes, lang) {
  const problems = [];
  for (const n of nodes.filter((n) => n.showing)) {
    if (CONTROL_ROLES.has(n.role) && n.focusable) {
      const name = n.name.trim();
      if (!name) problems.push(`a ${n.role} (${n.attrs.tag ?? "?"}) has no name`);
      else if (FOREIGN[lang].has(name)) problems.push(`a ${n.role} is named in the other language: “${name}”`);
    }
    if (n.role === "image" && !n.name.trim()) problems.push(`an image with no name (${n.attrs.tag ?? "?"})`);
  }
  const headings = nodes.filter((n) => n.role === "heading" && n.showing).map((n) => ({ level: Number(n.attrs.level), name: n.name || n.text }));
  if (headings.length === 0) problems.push("no heading");
  else {
    if (headings[0].level !== 1) problems.push(`the first heading is level ${headings[0].level}: “${headings[0].name}”`);
    if (headings.filter((x) => x.level === 1).length !== 1) problems.push(`${headings.filter((x) => x.level === 1).length} level-1 headings`);
    for (let i = 1; i < headings.length; i++) {
      if (headings[i].level > headings[i - 1].level + 1) {
        problems.push(`heading “${headings[i].name}” (level ${headings[i].level}) follows level ${headings[i - 1].level}`);
      }
    }
    for (const x of headings) if (FOREIGN[lang].has(x.name.trim())) problems.push(`heading in the other language: “${x.name}”`);
  }
  return problems;
}

let busProblem = null;

before(async () => {
  await h.start();
});

after(async () => {
  await h.stop();
});

describe("what a screen reader is given (AT-SPI)", { concurrency: false }, () => {
  test("the accessibility bus is there and the app's page is on it", async (t) => {
    const s = await h.open(SCENARIO_ARGS);
    try {
      try {
        const r = await atspi("tree");
        if (r.error) busProblem = r.error;
        else {
          assert.ok(r.nodes.length > 10, `the page has ${r.nodes.length} accessible objects`);
          t.diagnostic(`application “${r.app}”: ${r.nodes.length} accessible objects on the home screen`);
        }
      } catch (e) {
        busProblem = e.message;
      }
      if (busProblem && IN_CI) assert.fail(`no accessibility tree in CI: ${busProblem}`);
      if (busProblem) t.skip(`no accessibility tree here: ${busProblem}`);
    } finally {
      await s.close();
    }
  });

  test("every screen and state: named controls in its language, an outline of headings, statuses as words, live results", async (t) => {
    if (busProblem) return t.skip(busProblem);
    const s = await h.open(SCENARIO_ARGS);
    const problems = [];
    try {
      for (const lang of ["vi", "en"]) {
        await switchTo(s, lang);
        let states = 0;
        await visitScreens(s, async (state) => {
          states += 1;
          // The tree follows the page a moment later: wait until it shows this state's title.
          // Every status badge (check findings, link verdicts) must be spoken as its word.
          const words = await s.run("return [...document.querySelectorAll('.status-badge')].map((e) => e.textContent.trim())");
          const title = await s.run("return document.querySelector('main h1')?.textContent ?? ''");
          const said = (got) => got.nodes.map((n) => `${n.name} ${n.text}`).join(" ");
          // The tree follows the page a moment later: wait until it shows this state's title and words.
          let last = null;
          const r = await waitFor(`${lang}/${state} in the accessibility tree`, async () => {
            const got = await atspi("tree");
            if (got.error) throw new Error(got.error);
            last = got;
            const titled = got.nodes.some((n) => n.role === "heading" && n.attrs.level === "1" && (n.name || n.text) === title);
            return titled && words.every((w) => said(got).includes(w)) ? got : null;
          }).catch(() => last);
          assert.ok(r, `${lang}/${state}: no tree read`);
          const nodes = r.nodes;
          for (const p of problemsIn(nodes, lang)) problems.push(`${lang}/${state}: ${p}`);
          const all = said(r);
          for (const w of words) if (!all.includes(w)) problems.push(`${lang}/${state}: the status “${w}” is not in the tree`);
          if (state === "checks-result") {
            if (words.length < 3) problems.push(`${lang}/${state}: only ${words.length} status words`);
            const overall = (await s.text("checks-overall")).trim();
            const live = nodes.findIndex((n, i) => (n.attrs.live === "polite" || n.attrs.live === "assertive") && subtreeText(nodes, i).includes(overall));
            if (live < 0) problems.push(`${lang}/${state}: the result “${overall}” is not in a live region`);
          }
          t.diagnostic(`${lang}/${state}: ${nodes.length} accessible objects, ${nodes.filter((n) => n.role === "heading").length} headings, ${nodes.filter((n) => CONTROL_ROLES.has(n.role) && n.focusable).length} controls`);
        });
        assert.equal(states, ALL_STATES.length, "every state was read");
      }
      assert.deepEqual(problems, [], problems.join("\n"));
    } finally {
      await switchTo(s, "vi").catch(() => {});
      await s.close();
    }
  });

  // On this computer, not a recorded one. Here every check answers within moments, so the run is
  // over before a progress row can be read back; what is verified is that the result reaches the
  // bus inside a live region, and that the app-wide announcer (which says "Đang kiểm tra…" when a
  // run starts) is a live region.
  test("the check's result reaches the screen reader through a live region", async (t) => {
    if (busProblem) return t.skip(busProblem);
    const s = await h.open();
    try {
      await s.click("nav-checks");
      await s.find("screen-checks");
      const r = await atspi("events", { seconds: 10, onReady: () => void s.click("checks-run") });
      if (r.error) assert.fail(r.error);
      await waitFor("the overall result", async () => (await s.attr("checks-overall", "data-status")) ?? null);
      const polite = (a) => a["container-live"] === "polite" || a.live === "polite";
      const live = r.events.filter((e) => polite(e.attrs) || polite(e.added_attrs));
      const said = live.map((e) => `${e.text} ${e.added}`).join(" | ");
      t.diagnostic(`${live.length} of ${r.events.length} changes while checking were inside live regions`);

      const announcer = await s.run("const a = document.getElementById('announcer'); return a && a.getAttribute('role') + ' ' + a.getAttribute('aria-live')");
      assert.equal(announcer, "status polite", "the app-wide announcer is a polite status region");
      const overall = (await s.text("checks-overall")).trim();
      assert.ok(said.includes(overall), `the result “${overall}” was not announced: ${said.slice(0, 400)}`);
    } finally {
      await s.close();
    }
  });
});
