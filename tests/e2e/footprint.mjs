// Benchmark, not a test: cold start to an interactive home screen, and memory, of a built app
// under Xvfb. Usage: node tests/e2e/footprint.mjs [path-to-binary] [runs]
// Prints the median and every run; the README records the figures.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";

import { Harness } from "./harness.mjs";

const app = process.argv[2] ?? "target/release/tukiem";
const runs = Number(process.argv[3] ?? 7);

/** Resident and proportional (shared pages split among their users) memory of a process, MiB. */
function memory(pid) {
  const rollup = readFileSync(`/proc/${pid}/smaps_rollup`, "utf8");
  const kb = (key) => Number(rollup.match(new RegExp(`^${key}:\\s+(\\d+) kB`, "m"))?.[1] ?? NaN);
  return { rss: kb("Rss") / 1024, pss: kb("Pss") / 1024 };
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
