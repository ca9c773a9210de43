//! IPC for the training quiz. Nothing is stored: the screen keeps a round's answers in memory.
//!
//! The answer key stays in core and the screen asks for each mark (`quiz_answer`) and for the
//! score (`quiz_score`). The key is no secret — the explanation shown after each answer gives it
//! away — so this is not about hiding it: it keeps the one decision ("is answer n right, what is
//! the score") in the one place the unit tests pin, with no copy of the key in TypeScript.

use std::sync::LazyLock;

use tauri::State;
use tukiem_core::app::replies::{QuizAnswer, QuizScore};
use tukiem_core::quiz::{Mark, QuestionView, Quiz};
use tukiem_core::{Lang, Msg};

use crate::state::AppState;

static QUIZ: LazyLock<Quiz> = LazyLock::new(Quiz::embedded);

/// The questions of a round, answers shuffled by the round's seed, with their words and no key.
#[tauri::command]
pub fn quiz(state: State<'_, AppState>, language: Lang, seed: Option<u32>) -> Vec<QuestionView> {
    QUIZ.round(
        &state.profile.current().profile,
        language,
        u64::from(seed.unwrap_or(0)),
    )
}

#[tauri::command]
pub fn quiz_answer(question: String, answer: u8) -> Result<Mark, Msg> {
    QUIZ.answer(&question, answer).map_err(|e| e.msg())
}

#[tauri::command]
pub fn quiz_score(answers: Vec<QuizAnswer>) -> QuizScore {
    let answers: Vec<(String, u8)> = answers
        .into_iter()
        .map(|g| (g.question, g.answer))
        .collect();
    let score = QUIZ.score(&answers);
    QuizScore {
        right: score.right,
        total: score.total,
        band: score.band,
        verdict: score.band_msg(),
    }
}
