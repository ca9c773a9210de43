// End-to-end: "Report a problem" and the quiz in the real window. Screenshots land in
// target/screenshots/ (scripts/screenshots refreshes docs/).
//
// The app runs with only the stand-in launchers on its PATH: the stand-in `xdg-open` records the
// mailto: the app asks the desktop to open, and once it is taken away (last test) the app has no
// way to open a mail program at all, as on a machine with none set up.
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { userInfo } from "node:os";
import { join } from "node:path";

import { Harness, REPO, waitFor } from "./harness.mjs";

const h = new Harness({ lang: "vi_VN.UTF-8", onlyStandIns: true });

before(async () => {
  await h.start();
});

after(async () => {
  await h.stop();
});

const PHONE = "0949268749";
// How the screen shows it: grouped to be read aloud (copying gives PHONE).
const PHONE_SHOWN = "0949 268 749";
const EMAIL = "phamvanan.stt@namdinh.gov.vn";

/** The copy box's text (a textarea's value is not its WebDriver "text"). */
function copyText(s) {
  return s.run("return document.querySelector('[data-testid=incident-text]').value");
}

/** Waits until the copy box's text satisfies `test`. */
function copyTextWhere(s, test, what) {
  return waitFor(what, async () => {
    const v = await copyText(s);
    return test(v) ? v : null;
  });
}

function sideways(s) {
  return s.run("return document.documentElement.scrollWidth - document.documentElement.clientWidth");
}

/** The tabs of the top bar all sit on one row. */
function navRows(s) {
  return s.run("return new Set([...document.querySelectorAll('nav .tab')].map((b) => b.offsetTop)).size");
}

/** Answers the current question with `n` and waits for the explanation. */
async function answer(s, n) {
  await s.click(`quiz-answer-${n}`);
  return waitFor(`the explanation after answer ${n}`, async () => s.attr("quiz-explanation", "data-correct"));
}

describe("report a problem and the quiz", { concurrency: false }, () => {
  test("incident screen: the profile's phone, a picked kind in the e-mail, the mailto: the desktop opens", async () => {
    const s = await h.open();
    try {
      assert.equal(await s.text("nav-incident"), "Báo sự cố");
      await s.click("home-incident");
      assert.equal(await s.text("incident-phone"), PHONE_SHOWN);
      assert.match(await s.text("incident-contact"), /Phạm Văn An/);
      assert.match(await s.text("incident-now"), /không cài lại Windows/);

      // Nothing picked yet: "something else, or not sure".
      let text = await copyText(s);
      assert.ok(text.startsWith(`Gửi đến: ${EMAIL}\nTiêu đề: Báo sự cố an toàn thông tin (chưa rõ loại)\n\n`), text);

      await s.click("incident-kind-malware");
      const subject = "Báo sự cố: Máy tính nghi nhiễm mã độc";
      text = await copyTextWhere(s, (v) => v.includes(`Tiêu đề: ${subject}\n`), "the subject of the picked kind");
      assert.match(text, /Loại sự cố: Máy tính nghi nhiễm mã độc/);
      assert.match(text, /Ngày báo: \d{2}\/\d{2}\/\d{4}/);
      assert.match(text, /Máy chưa được kiểm tra bằng TựKiểm\./);

      await s.click("incident-mailto");
      const uri = await waitFor("the mailto: handed to the desktop", () => h.opened().find((u) => u.startsWith("mailto:")));
      assert.ok(uri.startsWith(`mailto:${EMAIL}?subject=`), uri);
      assert.doesNotMatch(uri, /[\s+]/, "spaces and line breaks are percent-encoded");
      const params = Object.fromEntries(
        uri
          .slice(uri.indexOf("?") + 1)
          .split("&")
          .map((kv) => [kv.slice(0, kv.indexOf("=")), decodeURIComponent(kv.slice(kv.indexOf("=") + 1))]),
      );
      assert.equal(params.subject, subject);
      const body = text.slice(text.indexOf("\n\n") + 2);
      assert.equal(params.body, body.replaceAll("\n", "\r\n"), "the e-mail is the copy box's text, with CRLF");
      assert.equal(
        await s.run("return document.querySelector('[data-testid=incident-mail-problem]')"),
        null,
        "no error when the desktop took the mailto:",
      );

      await s.click("incident-copy");
      await s.textWhere("incident-copy-status", (t) => /Đã sao chép|Ctrl\+C/.test(t), "copied, or told to press Ctrl+C");
      await s.run("window.scrollTo(0, 0)");
      await s.screenshot("incident-vi");

      await s.setSize(800, 600);
      assert.ok((await sideways(s)) <= 0, "no sideways scroll at 800×600");
      assert.equal(await navRows(s), 1, "the top bar's tabs fit on one row at 800 px");
      await s.screenshot("incident-vi-800x600");
    } finally {
      await s.close();
    }
  });

  test("incident screen in English", async () => {
    const s = await h.open();
    try {
      await s.click("lang-switch");
      await s.textWhere("nav-incident", (t) => t === "Report a problem", "the English tab");
      await s.click("nav-incident");
      assert.equal(await s.text("incident-phone"), PHONE_SHOWN);
      await s.click("incident-kind-account");
      const text = await copyTextWhere(s, (v) => v.includes("Subject: Incident report: Account taken over\n"), "the English subject");
      assert.ok(text.startsWith(`To: ${EMAIL}\n`), text);
      assert.match(text, /Dear Mr Phạm Văn An, Specialist, Digital Transformation Division, Nam Dinh Department of Information and Communications,/);
      await s.run("window.scrollTo(0, 0)");
      await s.screenshot("incident-en");
      await s.setSize(800, 600);
      assert.equal(await navRows(s), 1, "the English tabs fit on one row at 800 px");
      await s.click("lang-switch");
      await s.textWhere("nav-home", (t) => t === "Trang chủ");
    } finally {
      await s.close();
    }
  });

  test("after checking this computer, the e-mail sums the check up with codes and counts only", async () => {
    const s = await h.open();
    try {
      await s.click("nav-checks");
      await s.click("checks-run");
      await waitFor("the overall result", async () => (await s.attr("checks-overall", "data-status")) ?? null, 90000);
      await s.click("nav-incident");
      const text = await copyTextWhere(s, (v) => v.includes("Kiểm tra máy bằng TựKiểm lúc"), "the check summary");
      assert.match(text, /Kiểm tra máy bằng TựKiểm lúc \d\d:\d\d ngày \d\d\/\d\d\/\d{4}: \d+ mục/);
      assert.ok(!text.includes(process.env.HOME ?? "/nonexistent/"), "no home folder path");
      const user = userInfo().username;
      if (user.length >= 3) assert.doesNotMatch(text, new RegExp(`\\b${user}\\b`), "no user name");
    } finally {
      await s.close();
    }
  });

  test("a recorded machine's findings never reach the e-mail: it keeps this computer's last check", async () => {
    const s = await h.open(["--scenario", join(REPO, "scenarios", "windows-browsers")]);
    try {
      await s.click("nav-checks");
      await s.click("checks-run");
      await waitFor("the sample machine's result", async () => (await s.attr("checks-overall", "data-status")) === "critical");
      await s.click("nav-incident");
      const text = await copyTextWhere(s, (v) => v.includes("Kiểm tra máy bằng TựKiểm lúc"), "a check line");
      // The previous test checked this computer: its date and overall result are what the mail says.
      assert.match(text, /kết quả chung “/, text);
      assert.doesNotMatch(text, /browser-passwords|remote-access/, text);
    } finally {
      await s.close();
    }
  });

  test("quiz: a right answer, a wrong one with the right one shown, then the score", async () => {
    const s = await h.open();
    try {
      await s.click("home-quiz");
      assert.match(await s.text("quiz-progress"), /Câu 1\/14/);
      assert.match(await s.text("quiz-question"), /mật khẩu mới phải thế nào/);
      assert.match(await s.text("quiz-answer-2"), /Ít nhất 8 ký tự/);

      assert.equal(await answer(s, 2), "true");
      assert.match(await s.text("quiz-explanation"), /^Đúng rồi!/);
      assert.match(await s.text("quiz-explanation"), /tối thiểu 8 ký tự/);
      assert.match(await s.text("quiz-answer-2"), /Đáp án đúng/, "the right answer says so in words");
      await s.screenshot("quiz-vi");

      await s.click("quiz-next");
      await s.textWhere("quiz-progress", (t) => t.includes("Câu 2/14"));
      assert.equal(await answer(s, 1), "false");
      assert.match(await s.text("quiz-explanation"), /Chưa đúng/);
      // Answers are shuffled per round: the letter is the one the right answer shows on screen.
      const letter = await s.run(`return document.querySelector('[data-testid="quiz-answer-3"] .qa-letter').textContent`);
      assert.match(await s.text("quiz-explanation"), new RegExp(`Đáp án đúng là ${letter}\\.`));
      assert.match(await s.text("quiz-answer-1"), /Bạn chọn/);
      assert.match(await s.text("quiz-answer-3"), /Đáp án đúng/);
      await s.setSize(800, 600);
      assert.ok((await sideways(s)) <= 0, "no sideways scroll at 800×600");
      await s.screenshot("quiz-wrong-vi-800x600");

      // The rest: always the first answer. Right for q03 and q10 only, so 1 + 2 = 3 in all.
      for (let n = 3; n <= 14; n++) {
        await s.click("quiz-next");
        await s.textWhere("quiz-progress", (t) => t.includes(`Câu ${n}/14`));
        await answer(s, 1);
      }
      assert.equal(await s.text("quiz-next"), "Xem kết quả");
      await s.click("quiz-next");
      assert.equal(await s.textWhere("quiz-score", (t) => t.length > 0), "3/14");
      assert.match(await s.text("quiz-verdict"), /đọc lại khuyến cáo/);
      await s.screenshot("quiz-score-vi");

      await s.click("quiz-again");
      await s.textWhere("quiz-progress", (t) => t.includes("Câu 1/14"), "a fresh round");
    } finally {
      await s.close();
    }
  });

  test("quiz in English", async () => {
    const s = await h.open();
    try {
      await s.click("lang-switch");
      await s.textWhere("nav-home", (t) => t === "Home");
      await s.click("home-quiz");
      assert.match(await s.text("quiz-progress"), /Question 1 of 14/);
      assert.equal(await answer(s, 1), "false");
      assert.match(await s.text("quiz-explanation"), /Not quite/);
      assert.match(await s.text("quiz-explanation"), new RegExp(`The right answer is ${await s.run(`return document.querySelector('[data-testid="quiz-answer-2"] .qa-letter').textContent`)}\\.`));
      await s.screenshot("quiz-en");
      await s.click("lang-switch");
      await s.textWhere("nav-home", (t) => t === "Trang chủ");
    } finally {
      await s.close();
    }
  });

  test("with no mail program the screen says so and points to the copy box; never a crash", async () => {
    h.removeStandIns();
    const s = await h.open();
    try {
      await s.click("nav-incident");
      await s.click("incident-mailto");
      const problem = await s.textWhere("incident-mail-problem", (t) => t.length > 0);
      assert.match(problem, /không mở được chương trình thư/);
      assert.match(problem, new RegExp(PHONE_SHOWN));
      assert.equal(await s.activeTestid(), "incident-text", "the copy box has the focus, text selected");
      assert.equal(await s.screen(), "incident");
      await s.screenshot("incident-no-mail-vi");
    } finally {
      await s.close();
    }
  });
});
