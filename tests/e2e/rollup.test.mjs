// End-to-end: the unit roll-up screen in the real window. A native folder dialog cannot be driven
// by WebDriver: the test build (identifier vn.tukiem.app.test, and only it) reads the folder
// named by TUKIEM_E2E_ROLLUP_DIR instead of asking, and saves into TUKIEM_E2E_SAVE_DIR.
// The reports are made by the real `tukiem-cli report --json` (TUKIEM_CLI, else the debug
// build under CARGO_TARGET_DIR or target/). Screenshots land in target/screenshots/ (scripts/screenshots refreshes docs/).
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { Harness, REPO, waitFor } from "./harness.mjs";

const cli = process.env.TUKIEM_CLI ?? join(process.env.CARGO_TARGET_DIR ?? join(REPO, "target"), "debug", "tukiem-cli");
const reportsDir = mkdtempSync(join(tmpdir(), "tukiem-e2e-rollup-"));
const saveDir = mkdtempSync(join(tmpdir(), "tukiem-e2e-rollup-saved-"));
process.env.TUKIEM_E2E_ROLLUP_DIR = reportsDir;
process.env.TUKIEM_E2E_SAVE_DIR = saveDir;

const h = new Harness({ lang: "vi_VN.UTF-8" });

function report(name, unit, extra = []) {
  const env = { ...process.env };
  delete env.TUKIEM_PROFILE;
  const o = spawnSync(cli, ["report", "--json", "--lang", "vi", "--name", name, "--unit", unit, ...extra], { encoding: "utf8", env });
  assert.equal(o.status, 0, `tukiem-cli report: ${o.stderr}`);
  return o.stdout;
}

function seedFolder() {
  assert.ok(existsSync(cli), `build tukiem-cli first (looked for ${cli})`);
  mkdirSync(join(reportsDir, "zalo"), { recursive: true });
  writeFileSync(join(reportsDir, "an.json"), report("Nguyễn Văn An", "Văn phòng UBND xã"));
  writeFileSync(join(reportsDir, "zalo", "binh.json"), report("Trần Thị Bình", "Địa chính"));
  const cuong = report("Lê Văn Cường", "Tư pháp");
  writeFileSync(join(reportsDir, "cuong.json"), cuong.replace(/"score": \d+/, '"score": 100'));
  writeFileSync(join(reportsDir, "tai-do.json"), cuong.slice(0, 200));
  writeFileSync(join(reportsDir, "khac.json"), '{"ten": "không phải phiếu"}');
  const scenario = join(REPO, "scenarios", "windows-browsers");
  if (existsSync(join(scenario, "scenario.toml"))) writeFileSync(join(reportsDir, "tap-huan.json"), report("Học viên", "Lớp tập huấn", ["--scenario", scenario]));
}

const saved = (ext) => readdirSync(saveDir).filter((f) => f.endsWith(`.${ext}`));

before(async () => {
  seedFolder();
  await h.start();
});

after(async () => {
  await h.stop();
});

describe("unit roll-up", () => {
  test("a clerk picks the folder, sees everyone, the marked file and the files left out, and saves Excel and PDF", async () => {
    const s = await h.open();
    try {
      await s.click("home-rollup");
      await s.find("screen-rollup");
      await s.find("rollup-empty");
      await s.click("rollup-pick-folder");
      await s.find("rollup-result");
      const people = await s.text("rollup-people");
      for (const name of ["Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường"]) assert.match(people, new RegExp(name));
      assert.doesNotMatch(people, /Học viên/, "a training report is refused");
      assert.equal(await s.run("return document.querySelectorAll('[data-testid=rollup-people] tr[data-damaged=true]').length"), 1);
      const refused = await s.text("rollup-refused");
      assert.match(refused, /tai-do\.json bị cắt dở/);
      assert.match(refused, /khac\.json là JSON nhưng không phải phiếu/);
      const summary = await s.text("rollup-summary");
      assert.match(summary, /Số người có phiếu\s*3/);
      assert.match(summary, /Số phiếu được tính\s*2/);
      await s.screenshot("rollup-vi");
      await s.run("document.querySelector('[data-testid=rollup-people]').scrollIntoView({ block: 'start' })");
      await s.screenshot("rollup-table-vi");

      await s.click("rollup-save-xlsx");
      await waitFor("the xlsx to be saved", async () => (await s.attr("rollup-saved", "data-saved")) === "true" && saved("xlsx").length === 1);
      const xlsx = readFileSync(join(saveDir, saved("xlsx")[0]));
      assert.equal(xlsx.subarray(0, 2).toString(), "PK", "an .xlsx is a zip");
      await s.click("rollup-save-pdf");
      await waitFor("the pdf to be saved", async () => saved("pdf").length === 1);
      const pdf = join(saveDir, saved("pdf")[0]);
      const text = spawnSync("pdftotext", [pdf, "-"], { encoding: "utf8" });
      if (text.error) console.log("SKIPPED text check: pdftotext is not installed");
      else assert.match(text.stdout, /Nguyễn Văn An/);

      await s.click("lang-switch");
      await s.textWhere("rollup-summary", (t) => /People with a report\s*3/.test(t), "the English summary");
      assert.match(await s.text("rollup-refused"), /khac\.json is JSON but not a TựKiểm report/);
      await s.screenshot("rollup-en");
    } finally {
      await s.close();
    }
  });
});
