// End-to-end: the computer check in the real window, over recorded machines (scenarios) and
// over this machine. Screenshots land in docs/screenshots/.
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";

import { Harness, REPO, waitFor } from "./harness.mjs";

const h = new Harness({ lang: "vi_VN.UTF-8" });
const scenario = (name) => ["--scenario", join(REPO, "scenarios", name)];

before(async () => {
  await h.start();
});

after(async () => {
  await h.stop();
});

/** Presses the run button and waits for what a person waits for: the overall verdict. */
async function runCheck(s) {
  await s.click("nav-checks");
  await s.find("screen-checks");
  await s.click("checks-run");
  await waitFor("the overall result", async () => (await s.attr("checks-overall", "data-status")) ?? null);
}

describe("computer check", { concurrency: false }, () => {
  test("a Windows machine with saved government passwords and UltraViewer, in both languages", async () => {
    const s = await h.open(scenario("windows-browsers"));
    try {
      await s.click("nav-checks");
      assert.match(await s.text("check-scenario"), /máy mẫu/);
      await runCheck(s);
      assert.equal(await s.attr("checks-overall", "data-status"), "critical");
      assert.equal(await s.attr("check-status-browser-passwords", "data-status"), "critical");
      assert.equal(await s.attr("check-status-remote-access", "data-status"), "warning");
      assert.match(await s.text("check-remote-access"), /UltraViewer/);
      assert.match(await s.text("check-status-browser-passwords"), /Nguy hiểm/, "status in words, not colour alone");
      assert.match(await s.text("checks-run"), /Kiểm tra lại/);
      await s.screenshot("checks-vi");

      await s.click("lang-switch");
      await s.textWhere("checks-run", (t) => t === "Check again", "the English screen, result kept");
      assert.match(await s.text("check-status-browser-passwords"), /Dangerous/);
      await s.screenshot("checks-en");
    } finally {
      await s.close();
    }
  });

  test("a machine where every command times out says what it could not check, never ok", async () => {
    const s = await h.open(scenario("all-timeouts"));
    try {
      await runCheck(s);
      assert.equal(await s.attr("check-status-antivirus", "data-status"), "unknown");
      assert.match(await s.text("check-antivirus"), /giây/, "the reason names the timeout");
      await s.screenshot("checks-timeouts-vi");
    } finally {
      await s.close();
    }
  });

  test("this computer: the date of the check is remembered after a restart", async () => {
    let s = await h.open();
    try {
      await s.click("nav-checks");
      assert.match(await s.text("checks-last"), /chưa được kiểm tra/);
      await runCheck(s);
      for (const id of ["antivirus", "browser-passwords", "remote-access"]) {
        const status = await s.attr(`check-status-${id}`, "data-status");
        assert.ok(["ok", "warning", "critical", "unknown"].includes(status), `${id}: ${status}`);
      }
    } finally {
      await s.close();
    }
    s = await h.open();
    try {
      await s.click("nav-checks");
      assert.match(await s.text("checks-last"), /Lần kiểm tra gần nhất: \d\d:\d\d ngày/);
    } finally {
      await s.close();
    }
  });
});
