// End-to-end: "Cập nhật hồ sơ đơn vị" in the real window. A native file dialog cannot be driven
// by WebDriver: the test build (identifier vn.tukiem.app.test, and only it) reads the file named
// by TUKIEM_E2E_BUNDLE_FILE instead of asking. The Department's keys and bundles are made here by
// the real `tukiem-cli bundle keygen` / `bundle build` (TUKIEM_CLI, else the debug build under
// CARGO_TARGET_DIR or target/); the trusted key lies in a temporary machine-wide folder
// (TUKIEM_SYSTEM_DIR). Screenshots land in target/screenshots/.
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { Harness, REPO, waitFor } from "./harness.mjs";

const cli = process.env.TUKIEM_CLI ?? join(process.env.CARGO_TARGET_DIR ?? join(REPO, "target"), "debug", "tukiem-cli");
const work = mkdtempSync(join(tmpdir(), "tukiem-e2e-bundle-"));
const systemDir = mkdtempSync(join(tmpdir(), "tukiem-e2e-system-"));
// The one file "chosen" in the dialog; the test puts a good or a bad bundle there before each pick.
const chosen = join(work, "ho-so-don-vi.tukiem");
process.env.TUKIEM_SYSTEM_DIR = systemDir;
process.env.TUKIEM_E2E_BUNDLE_FILE = chosen;

const DEFAULT_AGENCY = "Sở Thông tin và Truyền thông tỉnh Nam Định";
const AGENCY = { vi: "Sở Khoa học và Công nghệ tỉnh Ninh Bình", en: "Ninh Binh Department of Science and Technology" };

const h = new Harness({ lang: "vi_VN.UTF-8" });

function run(args) {
  const o = spawnSync(cli, args, { encoding: "utf8" });
  assert.equal(o.status, 0, `tukiem-cli ${args.join(" ")}: ${o.stderr}`);
}

/** The default profile speaking for AGENCY, checked today, with the letter it names beside it;
 * `phone`: the contact's number (a newer version changes it). */
function departmentProfile(phone) {
  const today = new Date().toISOString().slice(0, 10);
  const text = readFileSync(join(REPO, "profiles/default.toml"), "utf8")
    .replace(/^valid_as_of = .*$/m, `valid_as_of = "${today}"`)
    .replace('phone = "0949268749"', `phone = "${phone}"`)
    .replaceAll(DEFAULT_AGENCY, AGENCY.vi)
    .replaceAll("Nam Dinh Department of Information and Communications", AGENCY.en);
  assert.ok(text.includes(AGENCY.vi));
  const profile = join(work, "profile.toml");
  writeFileSync(profile, text);
  copyFileSync(join(REPO, "profiles/default-letter.txt"), join(work, "default-letter.txt"));
  return profile;
}

/** A bundle of the profile, version `version`, signed with the secret key `key`. */
function bundle(key, version, phone = "0949268749") {
  const out = join(work, `${key}-v${version}.tukiem`);
  run(["bundle", "build", "--profile", departmentProfile(phone), "--version", String(version), "--valid-until", "2099-12-31", "--secret", join(work, `${key}.key`), "--out", out]);
  return out;
}

const installedFile = () => join(h.data, "data", "vn.tukiem.app.test", "department.tukiem");
const installedBytes = () => (existsSync(installedFile()) ? readFileSync(installedFile()) : null);

let good;
let goodNewer;
let stranger;

before(async () => {
  assert.ok(existsSync(cli), `build tukiem-cli first (looked for ${cli})`);
  // The Department's key is trusted (its .pub in the machine-wide folder); a stranger's is not.
  run(["bundle", "keygen", "--secret", join(work, "department.key"), "--public", join(systemDir, "so-khcn.pub")]);
  run(["bundle", "keygen", "--secret", join(work, "stranger.key"), "--public", join(work, "stranger.pub")]);
  good = bundle("department", 2);
  goodNewer = bundle("department", 3, "02293871234");
  stranger = bundle("stranger", 9);
  await h.start();
});

after(async () => {
  await h.stop();
});

/** Opens the profile update screen from the home screen's card. */
async function openBundleScreen(s) {
  await s.click("nav-home");
  await s.click("home-bundle");
  await s.find("screen-bundle");
}

/** A stranger's bundle is refused with its reason and nothing changes. */
async function refuseStranger(s, lang, agencyShown) {
  const before = installedBytes();
  copyFileSync(stranger, chosen);
  await s.click("bundle-pick");
  const reason = await s.text("bundle-refused-reason");
  assert.ok(reason.length > 10, `a reason is given: ${reason}`);
  assert.match(await s.text("bundle-refused"), lang === "vi" ? /Không có gì được cài/ : /Nothing was installed/);
  assert.ok(!(await s.run("return document.querySelector('[data-testid=bundle-install]') !== null")), "nothing to install");
  assert.ok((await s.text("bundle-current-agency")).includes(agencyShown), "the profile in use is unchanged");
  assert.deepEqual(installedBytes(), before, "nothing was written");
  await s.screenshot(`bundle-refused-${lang}`);
}

/** A good bundle: preview → install → confirmation → home names the agency. */
async function installGood(s, lang, file, version) {
  copyFileSync(file, chosen);
  await s.click("bundle-pick");
  assert.equal(await s.text("bundle-preview-issuer"), AGENCY[lang]);
  assert.equal(await s.text("bundle-preview-version"), String(version));
  assert.ok((await s.text("bundle-preview-changes")).length > 0, "what changes is listed");
  if (version === 3) assert.match(await s.text("bundle-preview-changes"), /0949268749.*→.*02293871234/);
  await s.screenshot(`bundle-preview-${lang}`);
  await s.click("bundle-install");
  const done = await s.text("bundle-installed");
  assert.ok(done.includes(AGENCY[lang]), done);
  assert.equal(await s.activeTestid(), "bundle-installed", "the confirmation gets the focus");
  assert.deepEqual(installedBytes(), readFileSync(file), "the very file shown was installed");
  await s.screenshot(`bundle-installed-${lang}`);
  await s.click("bundle-go-home");
  await waitFor("home", async () => (await s.screen()) === "home");
  assert.ok((await s.text("home-lead")).includes(AGENCY[lang]), "home speaks for the new agency");
  assert.ok(!(await s.run("return document.querySelector('[data-testid=home-profile-notices]') !== null")), "no example notice any more");
  await s.screenshot(`home-bundle-${lang}`);
}

describe("update the unit's profile", { concurrency: false }, () => {
  test("a stranger's bundle is refused and nothing changes; the Department's is shown, installed, and every screen speaks for it; in both languages", async () => {
    const s = await h.open();
    try {
      // The embedded default says what it is, where the agency is named.
      assert.match(await s.text("home-profile-notices"), /hồ sơ lấy ví dụ/);
      await s.screenshot("home-example-vi");
      // … and where the clerk dials: beside the contact of "Báo sự cố", and on the advice.
      await s.click("nav-incident");
      assert.match(await s.text("incident-profile-notices"), /hồ sơ lấy ví dụ[\s\S]*Năm 2025/);
      await s.run("document.querySelector('[data-testid=incident-contact]').scrollIntoView({ block: 'start' })");
      await s.screenshot("incident-example-vi");
      await s.click("nav-advice");
      assert.match(await s.text("advice-ageing"), /hồ sơ lấy ví dụ/);
      await openBundleScreen(s);
      assert.ok((await s.text("bundle-current-agency")).includes(DEFAULT_AGENCY));
      await s.screenshot("bundle-vi");

      await refuseStranger(s, "vi", DEFAULT_AGENCY);
      await installGood(s, "vi", good, 2);
      await s.click("nav-incident");
      assert.ok((await s.text("screen-incident")).includes(AGENCY.vi), "the incident screen names the new agency");
      await s.click("nav-advice");
      await s.textWhere("advice-contact", (t) => t.includes(AGENCY.vi), "the advice contact card");

      await s.click("lang-switch");
      await openBundleScreen(s);
      assert.ok((await s.text("bundle-current-agency")).includes(AGENCY.en));
      await refuseStranger(s, "en", AGENCY.en);
      // The same version again is refused too (no rollback, no reinstall): shown, not installable.
      copyFileSync(good, chosen);
      await s.click("bundle-pick");
      await s.find("bundle-preview-refusal");
      assert.ok(!(await s.run("return document.querySelector('[data-testid=bundle-install]') !== null")));
      await s.click("bundle-cancel");
      await installGood(s, "en", goodNewer, 3);
    } finally {
      await s.close();
    }
  });

  test("the installed bundle still speaks after the app is started again", async () => {
    const s = await h.open();
    try {
      assert.ok((await s.text("home-lead")).includes(AGENCY.en), "English was remembered, the bundle too");
    } finally {
      await s.close();
    }
  });
});
