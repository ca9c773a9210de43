// End-to-end: the wizard's "open the page" button. The app's PATH holds only the harness's
// stand-in launcher, so the test sees exactly what the app asked the desktop to open, and can
// take the launcher away to see how a failure is shown.
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { Harness, REPO, waitFor } from "./harness.mjs";

const h = new Harness({ lang: "C.UTF-8", onlyStandIns: true });
const PAGE = "https://dichvucong.namdinh.gov.vn/doi-mat-khau";
let profile;

before(async () => {
  const dir = mkdtempSync(join(tmpdir(), "tukiem-profile-"));
  profile = join(dir, "office.toml");
  const text = readFileSync(join(REPO, "profiles/default.toml"), "utf8");
  // The first system gets a change-password page; the others keep none.
  writeFileSync(profile, text.replace('change_password_url = ""', `change_password_url = "${PAGE}"`));
  await h.start();
});

after(async () => {
  await h.stop();
});

/** Calls a command the way a script in the page could, and says how it ended. */
function invokeFromPage(s, cmd, args) {
  return s.runAsync(
    "window.__TAURI_INTERNALS__.invoke(arguments[0], arguments[1]).then(" +
      "() => done({ ok: true }), (e) => done({ ok: false, error: typeof e === 'string' ? e : JSON.stringify(e) }))",
    cmd,
    args,
  );
}

describe("opening a system's page", { concurrency: false }, () => {
  test("the profile's address opens in the default browser, and only through our command", async () => {
    const s = await h.open(["--profile", profile]);
    try {
      await s.click("nav-passwords");
      await s.click("system-dich-vu-cong-change");
      assert.match(await s.text("pw-where"), new RegExp(PAGE.replaceAll(".", "\\.")));
      await s.click("system-dich-vu-cong-open");
      await waitFor("the page to be opened", async () => h.opened().includes(PAGE));
      assert.equal(await s.text("pw-open-problem"), "", "no problem shown");

      // The web view holds no opener permission: the plugin's own command is refused…
      const direct = await invokeFromPage(s, "plugin:opener|open_url", { url: "https://example.com/" });
      assert.equal(direct.ok, false, "plugin:opener|open_url must be refused");
      // …and ours only takes a system id, which must be in the profile.
      const unknown = await invokeFromPage(s, "open_system_page", { systemId: "no-such-system" });
      assert.equal(unknown.ok, false);
      assert.match(unknown.error, /pw-unknown-system/);
      assert.deepEqual(h.opened(), [PAGE], "nothing else was opened");

      // A system without an address says whom to ask and offers no button.
      await s.click("nav-passwords");
      await s.click("system-quan-ly-van-ban-change");
      assert.match(await s.text("pw-howto-help"), /Phạm Văn An/);
      const button = await s.run(`return document.querySelector('[data-testid$="-open"]') === null`);
      assert.equal(button, true, "no open button without an address");
    } finally {
      await s.close();
    }
  });

  test("when no browser can be started, the wizard says so in words and keeps working", async () => {
    h.removeStandIns();
    const s = await h.open(["--profile", profile]);
    try {
      await s.click("nav-passwords");
      await s.click("system-dich-vu-cong-change");
      await s.click("system-dich-vu-cong-open");
      const problem = await s.textWhere("pw-open-problem", (t) => t.length > 0, "the failure message");
      assert.match(problem, /Không mở được trình duyệt/);
      assert.ok(problem.includes(PAGE), problem);
      await s.click("lang-switch");
      await s.textWhere("pw-open-problem", (t) => t.includes("The browser could not be opened"), "the message in English");
      // Still usable: typing is assessed as before.
      await s.type("pw-input", "Namdinh@2023");
      await waitFor("a verdict", async () => (await s.attr("pw-verdict", "data-verdict")) === "weak");
      await s.click("lang-switch");
      await s.textWhere("nav-home", (t) => t === "Trang chủ");
    } finally {
      await s.close();
    }
  });
});
