/** How a learner's choice compares with the correct options. */
export interface AnswerScore {
  /** Every correct option chosen and no wrong one. */
  correct: boolean;
  /** `partial`: some correct options found (multiple choice), but not all or with wrong ones. */
  verdict: 'correct' | 'partial' | 'incorrect';
  /** Correct options the learner chose. */
  found: number;
  /** Correct options the learner left out. */
  missed: number;
  /** Wrong options the learner chose. */
  wrong: number;
}

/** Scores one answer: `correctIndices` from the question, `chosen` from the learner. */
export function scoreAnswer(correctIndices: readonly number[], chosen: readonly number[]): AnswerScore {
  const right = new Set(correctIndices);
  const picked = new Set(chosen);
  const found = [...picked].filter((index) => right.has(index)).length;
  const wrong = picked.size - found;
  const missed = right.size - found;
  const correct = wrong === 0 && missed === 0 && right.size > 0;
  return { correct, verdict: correct ? 'correct' : found > 0 ? 'partial' : 'incorrect', found, missed, wrong };
}

/** What is announced after "Check answer": plain words that never rely on colour. */
export function describeScore(score: AnswerScore, multiple: boolean): string {
  if (score.correct) return 'Correct.';
  if (!multiple) return 'Not correct.';
  const parts = [`you found ${score.found} of ${score.found + score.missed} correct options`];
  if (score.wrong > 0) parts.push(`and chose ${score.wrong} wrong ${score.wrong === 1 ? 'option' : 'options'}`);
  return `${score.verdict === 'partial' ? 'Partly correct' : 'Not correct'}: ${parts.join(' ')}.`;
}

/** "3 of 5 correct" for a set of questions, counting each question's latest answer. */
export function tallyLatest(questionIds: readonly string[], latestCorrect: (id: string) => boolean | undefined) {
  let answered = 0;
  let correct = 0;
  for (const id of questionIds) {
    const result = latestCorrect(id);
    if (result === undefined) continue;
    answered += 1;
    if (result) correct += 1;
  }
  return { answered, correct, total: questionIds.length };
}

/** How an option shows once a question is answered: chosen and right, right but left out, chosen and wrong, or neither. */
export type OptionState = 'correct' | 'missed' | 'wrong' | 'other';

/** The one rule for an option's state, used by the page quiz, the review session and the exam results. */
export const optionState = (correct: boolean, chosen: boolean): OptionState => (correct ? (chosen ? 'correct' : 'missed') : chosen ? 'wrong' : 'other');
