// End-to-end: the link check in the real window. A pasted scam message with a fake portal link,
// the real portal and a news site; the verdicts a person sees, in Vietnamese and in English
// (the pasted text survives the switch). Screenshots land in target/screenshots/ (scripts/screenshots refreshes docs/).
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";

import { Harness } from "./harness.mjs";

const h = new Harness({ lang: "vi_VN.UTF-8" });

before(async () => {
  await h.start();
});

after(async () => {
  await h.stop();
});

const MESSAGE =
  "[CSGT] Phương tiện của bạn có biên bản phạt nguội. Tra cứu và nộp phạt tại https://dichvucongs.top/vn trước 17h. " +
  "Cổng chính thức: dichvucong.gov.vn. Tin tức: vnexpress.net.";

// A traffic-police fake (`csgt` on a cheap domain), a reported driving-licence fake glued to
// "tra cứu", and the power company's real site (a state company: official, with its own reason).
const STATE_MESSAGE =
  "[CSGT] Xe của bạn có biên bản phạt nguội chưa nộp. Tra cứu tại https://csgtvn.top/tra-cuu trước 17h, " +
  "hoặc kiểm tra bằng lái tại tracuugplx.vn. Hóa đơn tiền điện xem tại evn.com.vn.";

describe("link check", () => {
  test("a message's fake, official and ordinary links each get their verdict, in both languages", async () => {
    const s = await h.open();
    try {
      await s.click("home-links");
      assert.equal(await s.screen(), "links");
      await s.type("links-input", MESSAGE);
      await s.click("links-check");

      await s.textWhere("link-verdict-0", (t) => t.includes("dấu hiệu giả mạo"));
      assert.equal(await s.attr("link-0", "data-verdict"), "lookalike");
      assert.match(await s.text("link-0"), /https:\/\/dichvucongs\.top\/vn/);
      assert.equal(await s.text("link-real-0"), "Địa chỉ thật là dichvucong.gov.vn.");
      assert.match(await s.text("link-0"), /Tên thật bị thêm một chữ/);
      assert.equal(await s.text("link-verdict-1"), "Chính thức");
      assert.match(await s.text("link-1"), /\.gov\.vn/);
      assert.equal(await s.text("link-verdict-2"), "Không phải trang của Nhà nước");
      assert.match(await s.text("link-2"), /đòi mật khẩu/);
      assert.equal(await s.activeTestid(), "links-results", "focus moves to the results");
      await s.screenshot("links-vi");

      await s.click("lang-switch");
      await s.textWhere("link-verdict-0", (t) => t.includes("Signs of a fake"));
      assert.equal(await s.text("link-real-0"), "The real address is dichvucong.gov.vn.");
      assert.equal(await s.text("link-verdict-1"), "Official");
      assert.equal(await s.text("link-verdict-2"), "Not a government site");
      const kept = await s.run("return document.querySelector('[data-testid=links-input]').value");
      assert.equal(kept, MESSAGE, "the pasted text survives a language switch");
      await s.screenshot("links-en");
    } finally {
      await s.close();
    }
  });

  test("a traffic-police fake, a driving-licence fake and the power company's real site each say why, in both languages", async () => {
    const s = await h.open();
    try {
      await s.click("nav-links");
      // The first test left the app in English (the language is remembered): Vietnamese first.
      if ((await s.run("return document.documentElement.lang")) !== "vi") {
        await s.click("lang-switch");
      }
      await s.type("links-input", STATE_MESSAGE);
      await s.click("links-check");

      await s.textWhere("link-verdict-0", (t) => t.includes("dấu hiệu giả mạo"));
      assert.equal(await s.activeTestid(), "links-results", "focus moves to the results");
      assert.equal(await s.attr("link-0", "data-verdict"), "lookalike");
      assert.match(
        await s.text("link-0"),
        /Dùng tên viết tắt của Cục Cảnh sát giao thông \(csgt\) trên một tên miền không phải của Nhà nước/,
      );
      assert.equal(await s.attr("link-1", "data-verdict"), "lookalike");
      assert.match(await s.text("link-1"), /ghép với chữ “tracuu” \(tra cứu\)/);
      assert.match(await s.text("link-real-1"), /gplx\.gov\.vn/);
      assert.equal(await s.attr("link-2", "data-verdict"), "official");
      assert.match(await s.text("link-2"), /doanh nghiệp nhà nước/);
      await s.screenshot("links-state-vi");

      await s.click("lang-switch");
      await s.textWhere("link-verdict-0", (t) => t.includes("Signs of a fake"));
      // Switching the language redraws the screen from the top: show the results again.
      await s.run("document.querySelector('[data-testid=links-results]').scrollIntoView()");
      assert.match(await s.text("link-0"), /short name of the Traffic Police Department \(csgt\)/);
      assert.match(await s.text("link-1"), /“tracuu” \(“look up”\)/);
      assert.match(await s.text("link-2"), /state-owned company/);
      await s.screenshot("links-state-en");
    } finally {
      await s.close();
    }
  });

  test("a message without a link says so", async () => {
    const s = await h.open();
    try {
      await s.click("nav-links");
      await s.type("links-input", "Anh gọi lại cho em nhé.");
      await s.click("links-check");
      await s.textWhere("link-verdict-0", (t) => t.length > 0);
      assert.equal(await s.attr("link-0", "data-verdict"), "invalid");
      // The language chosen in the first test is remembered.
      assert.match(await s.text("link-0"), /Không thấy đường link nào|No link was found/);
    } finally {
      await s.close();
    }
  });
});
