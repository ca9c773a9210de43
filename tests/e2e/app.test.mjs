// End-to-end: the real app window under Xvfb. Screenshots land in target/screenshots/ (scripts/screenshots refreshes docs/).
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { Harness, REPO, waitFor } from "./harness.mjs";

// A machine whose locale we do not speak: TựKiểm must fall back to Vietnamese.
const h = new Harness({ lang: "C.UTF-8" });

before(async () => {
  await h.start();
});

after(async () => {
  await h.stop();
});

describe("TựKiểm window", { concurrency: false }, () => {
  test("home screen speaks Vietnamese and offers the three entries", async () => {
    const s = await h.open();
    try {
      assert.equal(await s.text("nav-home"), "Trang chủ");
      assert.equal(await s.text("nav-passwords"), "Đổi mật khẩu");
      assert.equal(await s.text("nav-checks"), "Kiểm tra máy tính");
      assert.equal(await s.text("nav-advice"), "Khuyến cáo");
      const lead = await s.run("return document.querySelector('.lead').textContent");
      assert.match(lead, /Sở Thông tin và Truyền thông tỉnh Nam Định/);
      for (const entry of ["home-passwords", "home-checks", "home-advice"]) await s.find(entry);
      await s.screenshot("home-vi");
    } finally {
      await s.close();
    }
  });

  test("advice screen shows the three actions and the profile's contact", async () => {
    const s = await h.open();
    try {
      await s.click("nav-advice");
      const contact = await s.textWhere("advice-contact", (t) => t.includes("Phạm Văn An"));
      assert.match(contact, /0949268749/);
      assert.match(contact, /phamvanan\.stt@namdinh\.gov\.vn/);
      assert.match(contact, /Chuyên viên Phòng Chuyển đổi số/);
      assert.match(await s.text("advice-step-1"), /Đổi mật khẩu ngay sau lần đăng nhập đầu tiên/);
      assert.match(await s.text("advice-step-2"), /Chỉ thị số 14\/CT-TTg ngày 25\/5\/2018/);
      assert.match(await s.text("advice-step-3"), /Báo ngay/);
      assert.match(await s.text("advice-summary"), /Đổi mật khẩu ngay sau lần đăng nhập đầu tiên/);
      const order = await s.run(
        `return [...document.querySelectorAll('[data-testid^="advice-"][data-testid$="-happened"], [data-testid="advice-risks"], [data-testid="advice-causes"], [data-testid="advice-actions"], [data-testid="advice-contact"]')].map((e) => e.dataset.testid)`,
      );
      assert.deepEqual(order, ["advice-what-happened", "advice-risks", "advice-causes", "advice-actions", "advice-contact"], "the letter's order");
      await s.screenshot("advice-vi");
      await s.click("advice-original-toggle");
      assert.match(await s.text("advice-original"), /Mật khẩu mới yêu cầu tối thiểu 8 ký tự/);
      await s.screenshot("advice-original-vi");
    } finally {
      await s.close();
    }
  });

  test("English is chosen in one click and remembered after a restart", async () => {
    let s = await h.open();
    try {
      assert.equal(await s.text("lang-switch"), "English");
      await s.click("lang-switch");
      await s.textWhere("nav-home", (t) => t === "Home", "the English menu");
      await s.screenshot("home-en");
      await s.click("nav-advice");
      const contact = await s.textWhere("advice-contact", (t) => t.includes("Contact point"));
      assert.match(contact, /Phạm Văn An/);
      assert.match(await s.text("advice-step-2"), /Directive No\. 14\/CT-TTg/);
      await s.screenshot("advice-en");
    } finally {
      await s.close();
    }

    s = await h.open();
    try {
      assert.equal(await s.text("nav-home"), "Home", "English remembered after restart");
      await s.click("lang-switch");
      await s.textWhere("nav-home", (t) => t === "Trang chủ", "the Vietnamese menu");
    } finally {
      await s.close();
    }

    s = await h.open();
    try {
      assert.equal(await s.text("nav-home"), "Trang chủ", "Vietnamese remembered after restart");
    } finally {
      await s.close();
    }
  });

  test("password wizard: weak is explained, generated is strong, done is remembered", async () => {
    let s = await h.open();
    try {
      await s.click("nav-passwords");
      assert.match(await s.text("system-dich-vu-cong"), /Chưa đổi/);
      await s.screenshot("passwords-vi");
      await s.click("system-dich-vu-cong-change");
      assert.match(await s.text("pw-where"), /các bước/, "no URL in the profile: the general steps first");
      assert.match(await s.text("pw-howto"), /Đổi mật khẩu/);
      assert.match(await s.text("pw-howto-help"), /Phạm Văn An/, "then whom to call when they do not work");
      assert.equal(await s.attr("pw-input", "autocomplete"), "new-password");
      assert.equal(await s.attr("pw-input", "spellcheck"), "false");

      await s.type("pw-input", "Namdinh@2023");
      await waitFor("a weak verdict", async () => (await s.attr("pw-verdict", "data-verdict")) === "weak");
      assert.equal(await s.attr("pw-rule-upper", "data-met"), "true");
      assert.equal(await s.attr("pw-rule-special", "data-met"), "true");
      const reasons = await s.text("pw-warnings");
      assert.match(reasons, /Tên@123/, reasons);
      await s.screenshot("password-weak-vi");

      // What the user tells about themselves counts against the password.
      await s.run("document.querySelector('details.about').open = true");
      await s.type("about-name", "Lê Thị Ngọc Ánh");
      await s.run("const i = document.getElementById('new-password'); i.value = ''; i.dispatchEvent(new Event('input'))");
      await s.type("pw-input", "Ngocanh@1992");
      await s.textWhere("pw-warnings", (t) => t.includes("thông tin của chính bạn"), "the personal-info warning");

      // Under the verdict: how long guessing would take, and what to do about it.
      await s.run("const i = document.getElementById('new-password'); i.value = ''; i.dispatchEvent(new Event('input'))");
      await s.type("pw-input", "Abcd@1234");
      const crack = await s.textWhere("pw-crack-time", (t) => t.length > 0, "the time to guess");
      assert.match(crack, /^Máy tính của kẻ xấu cần (khoảng \d+ (giây|phút|giờ)|dưới 1 giây) để đoán ra mật khẩu này\.$/, crack);
      const tips = await s.textWhere("pw-suggestions", (t) => t.includes("Gợi ý"), "the suggestions");
      assert.match(tips, /Thêm một hai từ nữa/, tips);
      assert.match(tips, /Tránh gõ các phím liền nhau/, tips);
      assert.doesNotMatch(tips, /không cần/i, "never 'no need for symbols'");
      await s.click("pw-toggle");
      assert.equal(await s.attr("pw-input", "type"), "text");
      const toTheInput = "document.querySelector('label[for=new-password]').scrollIntoView({ block: 'start' }); window.scrollBy(0, -12)";
      await s.run(toTheInput);
      await s.screenshot("password-suggestions-vi");

      // A language switch keeps what was typed, the show/hide choice and the personal details,
      // and shows the same verdict in the other language. Nothing goes to storage or the markup.
      await s.click("lang-switch");
      await s.textWhere("pw-verdict", (t) => t.includes("Weak — easy to guess"), "the verdict in English");
      const value = "return document.getElementById('new-password').value";
      assert.equal(await s.run(value), "Abcd@1234");
      assert.equal(await s.attr("pw-verdict", "data-verdict"), "weak");
      assert.equal(await s.attr("pw-input", "type"), "text");
      assert.equal(await s.text("pw-toggle"), "Hide");
      assert.equal(await s.run("return document.getElementById('about-name').value"), "Lê Thị Ngọc Ánh");
      assert.equal(await s.run("return document.querySelector('details.about').open"), true);
      await s.textWhere("pw-crack-time", (t) => /would need (about \d+ \w+|less than a second) to guess this password\.$/.test(t));
      const tipsEn = await s.textWhere("pw-suggestions", (t) => t.includes("Tips"), "the suggestions in English");
      assert.match(tipsEn, /Add another word or two/, tipsEn);
      assert.equal(await s.run("return localStorage.length + sessionStorage.length"), 0, "nothing in web storage");
      assert.equal(await s.run("return document.documentElement.outerHTML.includes('Abcd@1234')"), false);
      await s.run(toTheInput);
      await s.screenshot("password-suggestions-en");
      await s.click("lang-switch");
      await s.textWhere("pw-verdict", (t) => t.includes("Yếu"), "the verdict in Vietnamese again");
      assert.equal(await s.run(value), "Abcd@1234");
      await s.click("pw-toggle");
      assert.equal(await s.attr("pw-input", "type"), "password");

      await s.click("pw-generate");
      await waitFor("a strong verdict", async () => (await s.attr("pw-verdict", "data-verdict")) === "strong");
      for (const r of ["length", "upper", "lower", "digit", "special"]) {
        assert.equal(await s.attr(`pw-rule-${r}`, "data-met"), "true", r);
      }
      await s.screenshot("password-generated-vi");

      await s.click("system-dich-vu-cong-done");
      await s.textWhere("system-dich-vu-cong", (t) => /Đã đổi ngày \d{2}\/\d{2}\/\d{4}/.test(t));
      assert.match(await s.text("pw-progress"), /1\/3/);
    } finally {
      await s.close();
    }

    s = await h.open();
    try {
      await s.click("nav-passwords");
      await s.textWhere("system-dich-vu-cong", (t) => t.includes("Đã đổi ngày"), "done after a restart");
      await s.click("lang-switch");
      await s.textWhere("pw-progress", (t) => t.includes("1 of 3"));
      assert.match(await s.text("system-dich-vu-cong"), /Changed on [A-Z][a-z]{2} \d{1,2}, \d{4}/);
      await s.screenshot("passwords-en");
      await s.click("system-quan-ly-van-ban-change");
      await s.type("pw-input", "matkhau");
      await waitFor("fails the rule", async () => (await s.attr("pw-verdict", "data-verdict")) === "fails_rule");
      await s.screenshot("password-fails-rule-en");
      await s.click("lang-switch");
      await s.textWhere("nav-home", (t) => t === "Trang chủ");
    } finally {
      await s.close();
    }
  });

  test("a password from the leaked-password lists that meets the rule is weak, said in its own box", async () => {
    // In the shipped filter (benches/data/leaked-tuning.txt), and it meets the province's rule:
    // nothing in its shape is weak, only the list knows it.
    const listed = "Mosquito@13";
    const s = await h.open();
    try {
      await s.click("nav-passwords");
      await s.click("system-quan-ly-van-ban-change");
      await s.type("pw-input", listed);
      await waitFor("a weak verdict", async () => (await s.attr("pw-verdict", "data-verdict")) === "weak");
      for (const r of ["length", "upper", "lower", "digit", "special"]) {
        assert.equal(await s.attr(`pw-rule-${r}`, "data-met"), "true", r);
      }
      const box = await s.textWhere("pw-leaked", (t) => t.includes("Mật khẩu này đã bị lộ"), "the leaked box");
      assert.match(box, /danh sách mật khẩu bị lộ/, box);
      assert.equal(await s.run("return document.querySelector('[data-testid=pw-leaked]').hidden"), false);
      // A leaked password is replaced, not extended: no "add another word" to it.
      const tips = await s.textWhere("pw-suggestions", (t) => t.includes("Gợi ý"), "the suggestions");
      assert.match(tips, /Ghép vài từ không liên quan/, tips);
      assert.doesNotMatch(tips, /Thêm một hai từ nữa/, tips);
      const toTheVerdict = "document.querySelector('[data-testid=pw-verdict]').scrollIntoView({ block: 'start' }); window.scrollBy(0, -120)";
      await s.run(toTheVerdict);
      await s.screenshot("password-leaked-vi");

      await s.click("lang-switch");
      const boxEn = await s.textWhere("pw-leaked", (t) => t.includes("This password has leaked"), "the leaked box in English");
      assert.match(boxEn, /lists of leaked passwords/, boxEn);
      assert.equal(await s.attr("pw-verdict", "data-verdict"), "weak");
      assert.equal(await s.run("return document.documentElement.outerHTML.includes('Mosquito')"), false);
      await s.run(toTheVerdict);
      await s.screenshot("password-leaked-en");
      await s.click("lang-switch");
      await s.textWhere("nav-home", (t) => t === "Trang chủ");
    } finally {
      await s.close();
    }
  });

  test("a typed password never reaches disk; a remembered one is caught when reused", async () => {
    const canary = "Canary#Zebu7Quokka-Hue";
    const s = await h.open();
    try {
      await s.click("nav-passwords");
      await s.click("system-thu-cong-vu-change");
      await s.type("pw-input", canary);
      await waitFor("a verdict", async () => (await s.attr("pw-verdict", "data-verdict")) !== "empty");
      await s.click("pw-remember");
      await s.click("system-thu-cong-vu-done");
      await s.textWhere("system-thu-cong-vu", (t) => t.includes("Đã đổi ngày"));
      // The real keyring (scripts/test runs this under scripts/keyring-session) holds the key.
      assert.equal(
        await s.run("return document.querySelector('[data-testid=pw-remember-problem]')?.textContent ?? null"),
        null,
        "the fingerprint was remembered",
      );

      await s.click("system-quan-ly-van-ban-change");
      await s.type("pw-input", canary);
      await s.textWhere("pw-warnings", (t) => t.includes("Thư điện tử công vụ"), "the reuse warning");
      assert.equal(await s.attr("pw-verdict", "data-verdict"), "reused", "a reused password gets its own verdict: do not use");
      await s.screenshot("password-reused-vi");
    } finally {
      await s.close();
    }
    const leaks = h.filesContaining(["Zebu7Quokka", canary]);
    assert.deepEqual(leaks, [], "the typed password was written to disk");
  });

  test("keyboard alone reaches the advice", async () => {
    const s = await h.open();
    try {
      const seen = [];
      for (let i = 0; i < 12 && !seen.includes("nav-advice"); i++) {
        await s.pressKey("\uE004"); // Tab
        seen.push(await s.activeTestid());
      }
      assert.ok(seen.includes("nav-home"), `Tab order: ${seen}`);
      assert.ok(seen.includes("nav-advice"), `Tab order: ${seen}`);
      await s.pressKey("\uE007"); // Enter
      await waitFor("advice by keyboard", async () => (await s.screen()) === "advice");
      await s.find("advice-contact");
    } finally {
      await s.close();
    }
  });

  test("fits an 800×600 screen without sideways scrolling", async () => {
    const s = await h.open();
    try {
      await s.setSize(800, 600);
      for (const [nav, name] of [["nav-home", "home-vi-800x600"], ["nav-advice", "advice-vi-800x600"]]) {
        await s.click(nav);
        await waitFor(`${nav} screen`, async () => (await s.screen()) === nav.slice(4));
        const overflow = await s.run(
          "return document.documentElement.scrollWidth - document.documentElement.clientWidth",
        );
        assert.ok(overflow <= 0, `${nav}: ${overflow}px of sideways scroll`);
        await s.screenshot(name);
      }
    } finally {
      await s.close();
    }
  });

  test("a broken profile is explained and the app still starts with the default", async () => {
    const dir = mkdtempSync(join(tmpdir(), "tukiem-profile-"));
    const bad = join(dir, "office.toml");
    const text = readFileSync(join(REPO, "profiles/default.toml"), "utf8");
    writeFileSync(bad, text.replace('email = "phamvanan.stt@namdinh.gov.vn"', 'email = "not-an-address"'));
    const line = text.split("\n").findIndex((l) => l.startsWith("email =")) + 1;

    const s = await h.open(["--profile", bad]);
    try {
      const banner = await s.text("profile-problem");
      assert.match(banner, /Không dùng được tệp hồ sơ cơ quan/);
      assert.ok(banner.includes(`${bad}, dòng ${line}, mục “contact.email”`), banner);
      assert.match(banner, /địa chỉ thư điện tử không hợp lệ/);
      await s.click("nav-advice");
      await s.textWhere("advice-contact", (t) => t.includes("phamvanan.stt@namdinh.gov.vn"));
      await s.click("nav-home");
      await waitFor("home", async () => (await s.screen()) === "home");
      await s.screenshot("profile-error-vi");
    } finally {
      await s.close();
    }
  });
});
