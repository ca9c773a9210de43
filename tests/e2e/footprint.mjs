// Benchmark, not a test: cold start to an interactive home screen, and memory, of a built app
// under Xvfb. Usage: node tests/e2e/footprint.mjs [path-to-binary] [runs]
// Prints the median and every run; the README records the figures.
//
// The memory goal is what TựKiểm owns: the main process's private heap, anonymous memory and
// binary pages (`/proc/PID/smaps`: Private_Clean + Private_Dirty; shared libraries and shared
// memory left out) after a check of this computer, a saved report and a roll-up. That work needs
// the test build's identifier (vn.tukiem.app.test), which saves without a dialog into
// TUKIEM_E2E_SAVE_DIR and rolls up TUKIEM_E2E_ROLLUP_DIR; with another build it is skipped.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, realpathSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { Harness, waitFor } from "./harness.mjs";

const app = process.argv[2] ?? "target/release/tukiem";
const runs = Number(process.argv[3] ?? 7);

/** Resident and proportional (shared pages split among their users) memory of a process, MiB. */
function memory(pid) {
  const rollup = readFileSync(`/proc/${pid}/smaps_rollup`, "utf8");
  const kb = (key) => Number(rollup.match(new RegExp(`^${key}:\\s+(\\d+) kB`, "m"))?.[1] ?? NaN);
  return { rss: kb("Rss") / 1024, pss: kb("Pss") / 1024 };
}

/**
 * The main process's own memory, MiB: the private pages (clean and dirty) of its heap, of its
 * anonymous mappings, and of its binary's mappings. Shared libraries (GTK, WebKitGTK, Mesa) and
 * shared memory (window buffers) are the platform's, listed apart as `platform`.
 */
function ownMemory(pid, binary) {
  const smaps = readFileSync(`/proc/${pid}/smaps`, "utf8");
  const parts = { heap: 0, anonymous: 0, binary: 0, platform: 0 };
  let part = null;
  for (const line of smaps.split("\n")) {
    const header = line.match(/^[0-9a-f]+-[0-9a-f]+ \S+ \S+ \S+ \d+\s*(.*)$/);
    if (header) {
      const path = header[1].trim();
      if (path === "[heap]") part = "heap";
      else if (path === "") part = "anonymous";
      else if (path === binary || path === `${binary} (deleted)`) part = "binary";
      else part = "platform";
      continue;
    }
    const kb = line.match(/^Private_(?:Clean|Dirty):\s+(\d+) kB/);
    if (kb && part) parts[part] += Number(kb[1]) / 1024;
  }
  return { ...parts, own: parts.heap + parts.anonymous + parts.binary };
}

/** Pids whose command line starts with `prefix`. */
function pidsOf(prefix) {
  return execFileSync("ps", ["-eo", "pid=,args="], { encoding: "utf8" })
    .split("\n")
    .map((l) => l.trim().match(/^(\d+)\s+(.*)$/))
    .filter((m) => m && m[2].startsWith(prefix))
    .map((m) => Number(m[1]));
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

// The work the memory goal is measured after (test build only; see the header).
const saveDir = mkdtempSync(join(tmpdir(), "tukiem-footprint-"));
process.env.TUKIEM_E2E_SAVE_DIR = saveDir;
process.env.TUKIEM_E2E_ROLLUP_DIR = saveDir;
const saved = (ext) => readdirSync(saveDir).filter((f) => f.endsWith(`.${ext}`));

/** A check of this computer, the report saved as JSON, and a roll-up of that report. */
async function work(s) {
  await s.click("nav-checks");
  await s.find("screen-checks");
  await s.click("checks-run");
  await waitFor("the overall result", async () => (await s.attr("checks-overall", "data-status")) ?? null, 120000);
  await s.click("nav-home");
  await s.click("home-summary");
  await s.find("screen-summary");
  // Each run saves under the same dated name: the last run's file goes first, so a count can see
  // the new one (and the roll-up reads one report).
  for (const f of saved("json")) rmSync(join(saveDir, f));
  await s.click("report-save-json");
  await waitFor("the report to be saved", async () => saved("json").length > 0);
  await s.click("nav-home");
  await s.click("home-rollup");
  await s.find("screen-rollup");
  await s.click("rollup-pick-folder");
  await s.find("rollup-result");
}

const binary = realpathSync(app);
const testBuild = process.env.TUKIEM_FOOTPRINT_WORK !== "0";
const afterWork = [];

const h = await new Harness({ app }).start();
const starts = [];
const mainRss = [];
const mainPss = [];
const settledRss = [];
const webPss = [];
try {
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const s = await h.open(); // returns once the home screen is rendered, in its font
    await s.find("nav-advice");
    starts.push(performance.now() - t0);
    const [main] = pidsOf(app);
    if (main === undefined) throw new Error(`no process of ${app}`);
    mainRss.push(memory(main).rss);
    mainPss.push(memory(main).pss);
    // The first frames reach the main process a moment later (two window-sized buffers, 3.2 MiB
    // each at 1100×760): memory is read again once the home screen has sat for 3 s.
    await new Promise((resolve) => setTimeout(resolve, 3000));
    settledRss.push(memory(main).rss);
    const web = pidsOf("/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/WebKitWebProcess");
    webPss.push(web.map((p) => memory(p).pss).reduce((a, b) => a + b, 0));
    if (testBuild) {
      await work(s);
      // As at the home screen: the trim after the work and the last frames settle first.
      await new Promise((resolve) => setTimeout(resolve, 3000));
      afterWork.push(ownMemory(main, binary));
    }
    await s.close();
  }
} finally {
  await h.stop();
}
const fmt = (xs, unit, digits = 0) => `${median(xs).toFixed(digits)} ${unit} (runs: ${xs.map((x) => x.toFixed(digits)).join(", ")})`;
console.log(`binary: ${app}`);
console.log(`cold start to interactive home (session request → home ready), median of ${runs}: ${fmt(starts, "ms")}`);
console.log(`main process at home screen, median RSS: ${fmt(mainRss, "MiB", 1)}`);
console.log(`main process after 3 s on the home screen, median RSS: ${fmt(settledRss, "MiB", 1)}`);
console.log(`main process at home screen, median PSS: ${fmt(mainPss, "MiB", 1)}`);
console.log(`WebKit web process at home screen, median PSS: ${fmt(webPss, "MiB", 1)}`);
if (afterWork.length > 0) {
  const part = (key) => afterWork.map((m) => m[key]);
  console.log(`main process's own memory after a check, a report and a roll-up (goal ≤ 20 MiB), median: ${fmt(part("own"), "MiB", 1)}`);
  for (const key of ["heap", "anonymous", "binary"]) console.log(`  of which ${key}: ${fmt(part(key), "MiB", 1)}`);
  console.log(`  the platform's private pages beside it (shared libraries, not counted): ${fmt(part("platform"), "MiB", 1)}`);
} else {
  console.log("own memory after work: skipped (TUKIEM_FOOTPRINT_WORK=0)");
}
