// End-to-end: Windows itself and the Run box (issue 27) on the checks screen and in the unit
// roll-up, over the recorded Windows 10 PC that has every such problem at once
// (scenarios/windows-10-posture): out of support, updates paused, the firewall off on public
// networks only, SmartScreen off by group policy, a fake CAPTCHA's PowerShell line in the Run
// box. Screenshots land in target/screenshots/ (scripts/screenshots refreshes docs/).
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { Harness, REPO, waitFor } from "./harness.mjs";

const POSTURE = join(REPO, "scenarios", "windows-10-posture");
const HEALTHY = join(REPO, "scenarios", "windows-healthy");
const cli = process.env.TUKIEM_CLI ?? join(process.env.CARGO_TARGET_DIR ?? join(REPO, "target"), "debug", "tukiem-cli");
const reportsDir = mkdtempSync(join(tmpdir(), "tukiem-e2e-posture-rollup-"));
process.env.TUKIEM_E2E_ROLLUP_DIR = reportsDir;
process.env.TUKIEM_E2E_SAVE_DIR = mkdtempSync(join(tmpdir(), "tukiem-e2e-posture-saved-"));

const h = new Harness({ lang: "vi_VN.UTF-8" });
const RECOMMENDATIONS = ["windows-support", "windows-updates", "firewall", "smartscreen"];

/** The integrity mark as TựKiểm writes it (crates/core/src/assessment/integrity.rs): SHA-256 over
 * the document without its mark, compact, keys sorted. */
function seal(doc) {
  const canonical = (v) =>
    Array.isArray(v)
      ? `[${v.map(canonical).join(",")}]`
      : v !== null && typeof v === "object"
        ? `{${Object.keys(v).sort().map((k) => `${JSON.stringify(k)}:${canonical(v[k])}`).join(",")}}`
        : JSON.stringify(v);
  const { integrity: _, ...rest } = doc;
  return { ...doc, integrity: `sha256:${createHash("sha256").update(canonical(rest)).digest("hex")}` };
}

/** A clerk's report from the PC the recorded machine stands for: the CLI's report of the
 * recording, named as that PC. The roll-up refuses a recorded machine's report (a trainee's is
 * not a person's computer), so the test makes it the report of that PC and seals it again. */
function clerkReport(scenario, name, machine) {
  const env = { ...process.env };
  delete env.TUKIEM_PROFILE;
  const o = spawnSync(cli, ["report", "--json", "--lang", "vi", "--name", name, "--unit", "UBND xã Nghĩa Hưng", "--scenario", scenario], { encoding: "utf8", env });
  assert.equal(o.status, 0, `tukiem-cli report: ${o.stderr}`);
  const doc = JSON.parse(o.stdout);
  assert.equal(doc.machine.recorded, true);
  doc.machine.recorded = false;
  doc.machine.name = machine;
  return JSON.stringify(seal(doc), null, 2);
}

before(async () => {
  assert.ok(existsSync(join(POSTURE, "scenario.toml")), "scenarios/windows-10-posture is shipped");
  assert.ok(existsSync(cli), `build tukiem-cli first (looked for ${cli})`);
  writeFileSync(join(reportsDir, "lan.json"), clerkReport(POSTURE, "Nguyễn Thị Lan", "UBND-XA-01"));
  writeFileSync(join(reportsDir, "binh.json"), clerkReport(HEALTHY, "Trần Văn Bình", "UBND-XA-02"));
  await h.start();
});

after(async () => {
  await h.stop();
});

describe("Windows itself and the Run box", { concurrency: false }, () => {
  test("the checks screen names each posture problem, labelled as TựKiểm's suggestion, in both languages", async () => {
    const s = await h.open(["--scenario", POSTURE]);
    try {
      await s.click("nav-checks");
      await s.click("checks-run");
      await waitFor("the overall result", async () => (await s.attr("checks-overall", "data-status")) ?? null);
      assert.equal(await s.attr("check-status-run-box", "data-status"), "critical");
      const runBox = await s.text("check-run-box");
      assert.match(runBox, /powershell/);
      assert.match(runBox, /check\.cloudflare-verify\.example/);
      assert.match(runBox, /17\/11\/2026/, "the day the Run box line was run");
      assert.doesNotMatch(runBox, /7f3a9c|irm|robot - reCAPTCHA/, "never the command itself");
      for (const id of RECOMMENDATIONS) {
        assert.equal(await s.attr(`check-status-${id}`, "data-status"), "warning", id);
        assert.match(await s.text(`check-${id}`), /\(TựKiểm gợi ý\)/, `${id} is labelled as TựKiểm's suggestion`);
      }
      assert.match(await s.text("check-firewall"), /mạng công cộng/);
      assert.match(await s.text("check-smartscreen"), /chính sách nhóm/);
      assert.match(await s.text("check-scenario"), /Windows 10 hết hỗ trợ/, "the recorded PC named by its title");
      const shoot = async (lang) => {
        await s.run("window.scrollTo(0, 0)");
        await s.screenshot(`checks-posture-${lang}`);
        for (const [id, name] of [["windows-support", "more"], ["firewall", "firewall"]]) {
          await s.run(`document.querySelector('[data-testid=check-${id}]').scrollIntoView({ block: 'start' })`);
          await s.screenshot(`checks-posture-${name}-${lang}`);
        }
      };
      await shoot("vi");

      await s.click("lang-switch");
      await s.textWhere("checks-run", (t) => t === "Check again", "the English screen, result kept");
      assert.match(await s.text("check-run-box"), /it was run on Nov 17, 2026/);
      assert.match(await s.text("check-firewall"), /\(TựKiểm suggests\)/);
      await shoot("en");
      await s.click("lang-switch");
      await s.textWhere("checks-run", (t) => t === "Kiểm tra lại", "back to Vietnamese");
    } finally {
      await s.close();
    }
  });

  test("the unit roll-up shows the Run-box trace and TựKiểm's suggestions about each PC", async () => {
    const s = await h.open();
    try {
      await s.click("home-rollup");
      await s.find("screen-rollup");
      await s.click("rollup-pick-folder");
      await s.find("rollup-result");
      const people = await s.text("rollup-people");
      assert.match(people, /Lệnh lạ trong hộp Run/);
      assert.match(people, /\(TựKiểm gợi ý\)/);
      assert.match(people, /Có: cần báo sự cố/);
      assert.match(people, /Cần xem lại: thời hạn hỗ trợ, cập nhật, tường lửa, SmartScreen/);
      assert.equal(await s.run("return document.querySelectorAll('[data-testid=rollup-people] tr[data-damaged=true]').length"), 0, "both reports intact");
      // A wide window, as a clerk making the roll-up would use, so the whole row shows.
      await s.setSize(1500, 900);
      const showPosture = () => s.run("document.querySelector('[data-testid=rollup-people]').scrollIntoView({ block: 'start' })");
      await showPosture();
      await s.screenshot("rollup-posture-vi");

      await s.click("lang-switch");
      await s.textWhere("rollup-people", (t) => /Unknown command in the Run box/.test(t), "the English table");
      const en = await s.text("rollup-people");
      assert.match(en, /Yes: report it/);
      assert.match(en, /Needs a look: support period, updates, firewall, SmartScreen/);
      assert.match(en, /\(TựKiểm suggests\)/);
      await showPosture();
      await s.screenshot("rollup-posture-en");
      await s.click("lang-switch");
      await s.setSize(1100, 760);
    } finally {
      await s.close();
    }
  });
});
