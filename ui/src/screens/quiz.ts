// The quiz: one question at a time, big answer buttons, right or wrong said with an icon and
// words, the explanation, then the next question; a score at the end. Rust holds the key and
// marks each answer (see src-tauri/src/quiz_commands.rs); answers live only in this module's
// memory and are forgotten on "try again" or when the screen is opened again.
import { api, type Lang, type Msg, type QuizMark, type QuizQuestion, type QuizScore } from "../api";
import { h } from "../dom";
import { t, tm } from "../i18n";
import { icon } from "../icons";
import type { Ctx } from "./types";

const LETTERS = "ABCDEF";

const questionsByLang = new Map<Lang, QuizQuestion[]>();
let index = 0;
let given: { question: string; answer: number }[] = [];
let chosen: number | null = null;
let mark: QuizMark | null = null;
let score: QuizScore | null = null;
let problem: Msg | null = null;
// The round's seed: core shuffles the answers by it, so a language switch keeps the order.
let seed = newSeed();

function newSeed(): number {
  return Math.floor(Math.random() * 0xffff_ffff);
}

/** A fresh round: called when the screen is opened from elsewhere. */
export function resetQuiz(): void {
  seed = newSeed();
  questionsByLang.clear();
  index = 0;
  given = [];
  chosen = null;
  mark = null;
  score = null;
  problem = null;
}

export async function quizScreen(ctx: Ctx): Promise<HTMLElement> {
  let questions = questionsByLang.get(ctx.lang);
  if (!questions) {
    questions = await api.quiz(ctx.lang, seed);
    questionsByLang.set(ctx.lang, questions);
  }
  const qs = questions;
  const body = h("div", { class: "qa-body" });

  // The screen redraws its own body in place, so focus can go where the user's eyes should.
  const draw = (focus?: string): void => {
    body.replaceChildren(score ? scoreView(score) : questionView(qs[index], qs.length));
    if (focus) body.querySelector<HTMLElement>(focus)?.focus();
  };

  const answer = async (q: QuizQuestion, n: number): Promise<void> => {
    if (mark) return;
    try {
      mark = await api.quizAnswer(q.id, n);
      chosen = n;
      given.push({ question: q.id, answer: n });
    } catch (e) {
      problem = e as Msg;
    }
    draw(".qa-feedback");
    // The explanation has the focus; the way on must be in view too.
    body.querySelector(".qa-card > .primary")?.scrollIntoView({ block: "nearest" });
  };

  const next = async (): Promise<void> => {
    if (index + 1 >= qs.length) {
      try {
        score = await api.quizScore(given);
      } catch (e) {
        problem = e as Msg;
      }
      draw(".qa-score");
      return;
    }
    index += 1;
    chosen = null;
    mark = null;
    draw(".qa-question");
  };

  const again = (): void => {
    resetQuiz();
    draw(".qa-question");
  };

  function questionView(q: QuizQuestion, total: number): HTMLElement {
    const answered = mark !== null;
    return h(
      "div",
      { class: "qa-card" },
      index === 0 && !answered ? h("p", { class: "lead", text: t("quiz-intro", { total }) }) : null,
      h(
        "div",
        { class: "qa-progress" },
        h("span", { testid: "quiz-progress", text: t("quiz-progress", { n: index + 1, total }) }),
        h("progress", { attrs: { max: String(total), value: String(index + (answered ? 1 : 0)), "aria-hidden": "true" } }),
      ),
      h("h2", { class: "qa-question", testid: "quiz-question", text: tm(q.text), attrs: { tabindex: "-1" } }),
      h(
        "ol",
        { class: "qa-answers" },
        ...q.answers.map((a, i) => {
          // The answer's own number (its test id too); the letter is its place on screen.
          const n = q.numbers[i] ?? i + 1;
          const isRight = answered && mark?.correct_answer === n;
          const isChosenWrong = answered && chosen === n && !isRight;
          const state = isRight ? "is-right" : isChosenWrong ? "is-wrong" : answered ? "is-other" : "";
          return h(
            "li",
            {},
            h(
              "button",
              {
                class: `qa-answer ${state}`,
                testid: `quiz-answer-${n}`,
                attrs: answered ? { type: "button", disabled: "" } : { type: "button" },
                onClick: () => void answer(q, n),
              },
              h("span", { class: "qa-letter", text: LETTERS[i] ?? String(n), attrs: { "aria-hidden": "true" } }),
              h("span", { class: "qa-text", text: tm(a) }),
              isRight ? h("span", { class: "qa-tag" }, icon("check"), t("quiz-correct-tag")) : null,
              isChosenWrong ? h("span", { class: "qa-tag" }, icon("cross"), t("quiz-chosen")) : null,
            ),
          );
        }),
      ),
      problem ? h("p", { class: "banner warning", testid: "quiz-problem", attrs: { role: "alert" }, text: tm(problem) }) : null,
      answered && mark ? feedback(q, mark) : null,
      answered
        ? h("button", {
            class: "primary",
            testid: "quiz-next",
            text: index + 1 >= total ? t("quiz-finish") : t("quiz-next"),
            attrs: { type: "button" },
            onClick: () => void next(),
          })
        : null,
    );
  }

  function feedback(q: QuizQuestion, m: QuizMark): HTMLElement {
    const place = q.numbers.indexOf(m.correct_answer);
    const letter = LETTERS[place] ?? String(m.correct_answer);
    return h(
      "div",
      {
        class: m.correct ? "qa-feedback right" : "qa-feedback wrong",
        testid: "quiz-explanation",
        attrs: { tabindex: "-1", role: "status", "data-correct": String(m.correct) },
      },
      h(
        "p",
        { class: "qa-verdict" },
        icon(m.correct ? "check" : "cross"),
        h("strong", { text: m.correct ? t("quiz-right") : t("quiz-wrong") }),
        m.correct ? null : h("span", { text: t("quiz-right-answer", { letter }) }),
      ),
      h("p", { text: tm(q.why) }),
    );
  }

  function scoreView(s: QuizScore): HTMLElement {
    return h(
      "div",
      { class: `qa-result band-${s.band}` },
      h("h2", { text: t("quiz-score-title") }),
      h("p", { class: "qa-score", testid: "quiz-score", text: t("quiz-score", { right: s.right, total: s.total }), attrs: { tabindex: "-1" } }),
      h("p", { class: "qa-score-line", text: t("quiz-score-line", { right: s.right, total: s.total }) }),
      h("p", { class: "qa-band", testid: "quiz-verdict", text: tm(s.verdict) }),
      h(
        "div",
        { class: "qa-actions" },
        h("button", { class: "primary", testid: "quiz-again", text: t("quiz-again"), attrs: { type: "button" }, onClick: again }),
        h("button", {
          class: "secondary",
          testid: "quiz-advice",
          text: t("quiz-read-advice"),
          attrs: { type: "button" },
          onClick: () => ctx.go("advice"),
        }),
      ),
    );
  }

  draw();
  return h(
    "section",
    { class: "screen quiz", testid: "screen-quiz" },
    h("h1", { text: t("quiz-title"), attrs: { tabindex: "-1" } }),
    body,
  );
}
